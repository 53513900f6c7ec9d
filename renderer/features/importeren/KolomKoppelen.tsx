import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  IMPORT_VELDEN,
  IMPORT_VELD_LABELS,
  VERPLICHTE_VELDEN,
  type GekozenKoppeling,
  type ImportVeld,
  type KolomKoppeling,
  type KoppelingBron,
} from '../../../shared/domain/importeren';

const BRON_TEKST: Record<KoppelingBron, string> = {
  exact: 'kolom van het sjabloon',
  opgeslagen: 'zoals de vorige keer',
  voorstel: 'voorstel van Koers, controleer',
  gekozen: 'door u gekozen',
  geen: 'niet herkend',
};

const NIET = '';

/** The mapping step: which column of the file is which field; Koers remembers the choice for next time. */
export function KolomKoppelen({ kolommen, ontbrekend, gebruik }: { kolommen: KolomKoppeling[]; ontbrekend: ImportVeld[]; gebruik: (koppeling: GekozenKoppeling) => void }) {
  const [keuze, setKeuze] = useState<Record<number, ImportVeld | typeof NIET>>(() => Object.fromEntries(kolommen.map((k) => [k.index, k.veld ?? NIET])));
  const gekozen = Object.values(keuze).filter((v): v is ImportVeld => v !== NIET);
  const dubbel = [...new Set(gekozen.filter((v, i) => gekozen.indexOf(v) !== i))];
  const mist = VERPLICHTE_VELDEN.filter((v) => !gekozen.includes(v));

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Kolommen koppelen
      </Typography>
      <Typography sx={{ mb: 2 }}>
        De kolommen van dit bestand zijn niet allemaal die van het importsjabloon. Kies per kolom het veld in Koers, of "Niet importeren". Koers onthoudt uw keuze voor een volgend bestand.
      </Typography>
      {ontbrekend.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Koers vond geen kolom voor: {ontbrekend.map((v) => IMPORT_VELD_LABELS[v]).join(', ')}.
        </Alert>
      )}
      <Table size="small" aria-label="Kolommen koppelen" sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Kolom in het bestand</TableCell>
            <TableCell>Veld in Koers</TableCell>
            <TableCell>Herkomst</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {kolommen.map((k) => (
            <TableRow key={k.index}>
              <TableCell>{k.kop || `(kolom ${k.index + 1} zonder kop)`}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  label={`Veld voor ${k.kop || `kolom ${k.index + 1}`}`}
                  value={keuze[k.index] ?? NIET}
                  onChange={(e) => setKeuze({ ...keuze, [k.index]: e.target.value as ImportVeld | typeof NIET })}
                  sx={{ minWidth: 260 }}
                >
                  <MenuItem value={NIET}>Niet importeren</MenuItem>
                  {IMPORT_VELDEN.map((veld) => (
                    <MenuItem key={veld} value={veld}>
                      {IMPORT_VELD_LABELS[veld]}
                      {VERPLICHTE_VELDEN.includes(veld) ? ' (verplicht)' : ''}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
              <TableCell>{BRON_TEKST[k.bron]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {dubbel.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }}>
          Aan meer dan één kolom gekoppeld: {dubbel.map((v) => IMPORT_VELD_LABELS[v]).join(', ')}. Kies voor elke kolom een ander veld.
        </Alert>
      )}
      {mist.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Nog te koppelen (verplicht): {mist.map((v) => IMPORT_VELD_LABELS[v]).join(', ')}.
        </Alert>
      )}
      <Button variant="contained" disabled={dubbel.length > 0 || mist.length > 0} onClick={() => gebruik(kolommen.map((k) => ({ index: k.index, veld: keuze[k.index] || null })))}>
        Koppeling gebruiken en controleren
      </Button>
    </Paper>
  );
}
