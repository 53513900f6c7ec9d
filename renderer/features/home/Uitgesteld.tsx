import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { UitgesteldSignaal } from '../../../shared/domain/signaal';
import { datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';
import { MeerTonen } from './MeerTonen';
import { useWerkvoorraadVernieuwen } from './vernieuwen';

function OpheffenKnop({ signaal }: { signaal: UitgesteldSignaal }) {
  const vernieuwen = useWerkvoorraadVernieuwen();
  const opheffen = useMutation({
    mutationFn: () => koers('signaalUitstelOpheffen', { inburgeraarId: signaal.inburgeraarId, sleutel: signaal.sleutel }),
    onSuccess: vernieuwen,
  });
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => opheffen.mutate()} loading={opheffen.isPending} sx={{ whiteSpace: 'nowrap' }}>
        Uitstel opheffen
      </Button>
      {opheffen.isError && <FoutMelding fout={opheffen.error} />}
    </>
  );
}

/** Signals put aside until a date, with the reason given; folded away unless asked for. */
export function Uitgesteld({ signalen, totaal, meerTonen }: { signalen: UitgesteldSignaal[]; totaal: number; meerTonen: () => void }) {
  return (
    <Accordion variant="outlined" sx={{ mt: 4 }} slotProps={{ heading: { component: 'h2' } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="uitgesteld-inhoud" id="uitgesteld-kop">
        <Typography variant="h6" component="span">
          Uitgesteld ({totaal})
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="uitgesteld-inhoud">
        {signalen.length === 0 ? (
          <Typography color="text.secondary">Er is niets uitgesteld.</Typography>
        ) : (
          <Table size="small" aria-label="Uitgestelde signalen">
            <TableHead>
              <TableRow>
                <TableCell>Naam</TableCell>
                <TableCell>Wat</TableCell>
                <TableCell>Datum</TableCell>
                <TableCell>Uitgesteld tot</TableCell>
                <TableCell>Reden</TableCell>
                <TableCell>Doen</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {signalen.map((s) => (
                <TableRow key={`${s.inburgeraarId}:${s.sleutel}`}>
                  <TableCell>
                    <Link component={RouterLink} to={`/inburgeraars/${s.inburgeraarId}`}>
                      {s.naam}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {s.wat}
                    <Typography variant="body2" color="text.secondary">
                      {s.artikel}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{datumLang(s.datum)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{datumLang(s.tot)}</TableCell>
                  <TableCell>{s.reden}</TableCell>
                  <TableCell>
                    <OpheffenKnop signaal={s} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <MeerTonen getoond={signalen.length} totaal={totaal} meerTonen={meerTonen} />
      </AccordionDetails>
    </Accordion>
  );
}
