import Typography from '@mui/material/Typography';

export function Bewaartermijn() {
  return (
    <Typography variant="h2" component="h2">
      Bewaartermijn
    </Typography>
  );
}
