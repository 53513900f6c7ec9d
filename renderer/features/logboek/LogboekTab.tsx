import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { tijdstipKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';

const ACTOREN: Record<string, string> = { regisseur: 'Regisseur' };

/** The audit lines of this dossier (BIO 8.15.01): who did what, when, and whether it was refused. */
export function LogboekTab({ inburgeraarId }: { inburgeraarId: number }) {
  const logboek = useQuery({ queryKey: ['logboek', inburgeraarId], queryFn: () => koers('logboekDossier', { inburgeraarId }) });
  if (logboek.isPending) return <Laden />;
  if (logboek.isError) return <FoutMelding fout={logboek.error} />;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Logboek
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Koers legt elke handeling vast: wie, wat en wanneer, en of het lukte. Nooit de inhoud: geen namen, geen BSN en geen teksten uit het dossier. Het
        logboek kan niet worden gewijzigd.
      </Typography>
      {logboek.data.length === 0 ? (
        <Typography>Er staat nog niets in het logboek van dit dossier.</Typography>
      ) : (
        <Table size="small" aria-label="Logboek van dit dossier, nieuwste eerst">
          <TableHead>
            <TableRow>
              <TableCell>Wanneer</TableCell>
              <TableCell>Wie</TableCell>
              <TableCell>Handeling</TableCell>
              <TableCell>Betreft</TableCell>
              <TableCell>Resultaat</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {logboek.data.map((r) => (
              <TableRow key={r.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{tijdstipKort(r.tijdstip)}</TableCell>
                <TableCell>{ACTOREN[r.actor] ?? r.actor}</TableCell>
                <TableCell>{r.omschrijving}</TableCell>
                <TableCell>{r.betreft}</TableCell>
                <TableCell>{r.geweigerd ? <Chip size="small" variant="outlined" label={r.resultaat} /> : r.resultaat}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
