import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function VoortgangTab(_props: { inburgeraarId: number }) {
  return <Typography>Voortgang</Typography>;
}
