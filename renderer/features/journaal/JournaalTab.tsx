import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function JournaalTab(_props: { inburgeraarId: number }) {
  return <Typography>Journaal</Typography>;
}
