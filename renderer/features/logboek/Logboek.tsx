import Typography from '@mui/material/Typography';

export function Logboek() {
  return (
    <Typography variant="h2" component="h2">
      Logboek
    </Typography>
  );
}
