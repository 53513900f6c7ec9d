import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function BezwaarTab(_props: { inburgeraarId: number }) {
  return <Typography>Bezwaar en beroep</Typography>;
}
