import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function BegeleidingTab(_props: { inburgeraarId: number }) {
  return <Typography>Begeleiding</Typography>;
}
