import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function Importeren() {
  return <Typography>Importeren</Typography>;
}
