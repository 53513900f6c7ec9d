import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function Agenda() {
  return <Typography>Agenda</Typography>;
}
