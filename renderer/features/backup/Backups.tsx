import Typography from '@mui/material/Typography';

export function Backups() {
  return (
    <Typography variant="h2" component="h2">
      Backups maken en terugzetten
    </Typography>
  );
}
