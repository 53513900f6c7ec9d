import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function LogboekTab(_props: { inburgeraarId: number }) {
  return <Typography>Logboek</Typography>;
}
