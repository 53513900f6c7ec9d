import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function HandhavingTab(_props: { inburgeraarId: number }) {
  return <Typography>Handhaving</Typography>;
}
