import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { foutTekst } from '../api/koers';

export function Laden({ tekst = 'Bezig met laden…' }: { tekst?: string }) {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 4 }}>
      <CircularProgress size={24} aria-hidden />
      <span>{tekst}</span>
    </Box>
  );
}

export function FoutMelding({ fout }: { fout: unknown }) {
  return (
    <Alert severity="error" role="alert" sx={{ my: 2 }}>
      {foutTekst(fout)}
    </Alert>
  );
}
