import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function DuoMeldingen() {
  return <Typography>DUO-meldingen</Typography>;
}
