import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AgendaAfspraak } from '../../../shared/domain/journaal';
import { AGENDA_VOORUIT_DAGEN } from '../../../shared/domain/journaal';
import { datumKort } from '../../../shared/format';
import { isIsoDatum, plusDagen, vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { vernieuwJournaal } from './vernieuwen';
import { dagLang, journaalAdres } from './weergave';

/** The afspraken of all dossiers on one day (today unless another day is chosen), and the week after it. */
export function Agenda() {
  const vandaag = vandaagInNederland();
  const [datum, setDatum] = useState(vandaag);
  const [invoer, setInvoer] = useState<string | null>(vandaag);
  const kies = (dag: string) => {
    setDatum(dag);
    setInvoer(dag);
  };
  const agenda = useQuery({ queryKey: ['agenda', datum], queryFn: () => koers('agendaVanDag', { datum }) });

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Agenda
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }} role="group" aria-label="Dag kiezen">
        <Box sx={{ maxWidth: 240 }}>
          <DatumInvoer
            label="Dag"
            naam="dag"
            waarde={invoer}
            wijzig={(waarde) => {
              setInvoer(waarde);
              if (waarde && isIsoDatum(waarde)) setDatum(waarde);
            }}
            verlaat={() => undefined}
          />
        </Box>
        <Button variant="outlined" onClick={() => kies(plusDagen(datum, -1))}>
          Vorige dag
        </Button>
        <Button variant="outlined" onClick={() => kies(vandaag)} disabled={datum === vandaag}>
          Vandaag
        </Button>
        <Button variant="outlined" onClick={() => kies(plusDagen(datum, 1))}>
          Volgende dag
        </Button>
      </Stack>
      {agenda.isPending && <Laden />}
      {agenda.isError && <FoutMelding fout={agenda.error} />}
      {agenda.data && (
        <>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="dag-kop">
            <Typography id="dag-kop" variant="h6" component="h2" gutterBottom>
              {agenda.data.datum === vandaag ? 'Vandaag, ' : ''}
              {dagLang(agenda.data.datum)}
            </Typography>
            <AfsprakenTabel afspraken={agenda.data.afspraken} kopId="dag-kop" leeg="Geen afspraken op deze dag." />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="week-kop">
            <Typography id="week-kop" variant="h6" component="h2" gutterBottom>
              De {AGENDA_VOORUIT_DAGEN} dagen daarna, tot en met {datumKort(plusDagen(agenda.data.datum, AGENDA_VOORUIT_DAGEN))}
            </Typography>
            <AfsprakenTabel afspraken={agenda.data.komendeDagen} kopId="week-kop" leeg="Geen afspraken in deze dagen." metDatum />
          </Paper>
        </>
      )}
    </Stack>
  );
}

function AfsprakenTabel({ afspraken, kopId, leeg, metDatum = false }: { afspraken: AgendaAfspraak[]; kopId: string; leeg: string; metDatum?: boolean }) {
  const queryClient = useQueryClient();
  const afhandelen = useMutation({
    mutationFn: (a: AgendaAfspraak) => koers('afspraakAfhandelen', { id: a.id, afgehandeld: !a.afgehandeld }),
    onSuccess: (_uit, a) => vernieuwJournaal(queryClient, a.inburgeraarId),
  });
  if (afspraken.length === 0) return <Typography color="text.secondary">{leeg}</Typography>;
  return (
    <>
      <Table size="small" aria-labelledby={kopId}>
        <TableHead>
          <TableRow>
            {metDatum && <TableCell>Datum</TableCell>}
            <TableCell>Tijd</TableCell>
            <TableCell>Naam</TableCell>
            <TableCell>Onderwerp</TableCell>
            <TableCell>Plaats</TableCell>
            <TableCell>Tolk</TableCell>
            <TableCell>Doen</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {afspraken.map((a) => (
            <TableRow key={a.id}>
              {metDatum && <TableCell sx={{ whiteSpace: 'nowrap' }}>{dagLang(a.datum)}</TableCell>}
              <TableCell>{a.tijd}</TableCell>
              <TableCell>
                <Link component={RouterLink} to={journaalAdres(a.inburgeraarId)}>
                  {a.naam}
                </Link>
              </TableCell>
              <TableCell>{a.onderwerp}</TableCell>
              <TableCell>{a.plaats}</TableCell>
              <TableCell>{a.metTolk ? 'Ja' : 'Nee'}</TableCell>
              <TableCell>
                {a.afgehandeld ? (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Chip size="small" color="success" label="Afgehandeld" />
                    <Button size="small" onClick={() => afhandelen.mutate(a)} aria-label={`Afspraak met ${a.naam} om ${a.tijd} weer openzetten`}>
                      Weer openzetten
                    </Button>
                  </Stack>
                ) : (
                  <Button size="small" variant="outlined" onClick={() => afhandelen.mutate(a)} aria-label={`Afspraak met ${a.naam} om ${a.tijd} afgehandeld`}>
                    Afgehandeld
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {afhandelen.isError && <FoutMelding fout={afhandelen.error} />}
    </>
  );
}
