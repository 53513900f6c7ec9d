import Typography from '@mui/material/Typography';

export function Jaarverslag() {
  return (
    <Typography variant="h2" component="h2">
      Jaarverslag
    </Typography>
  );
}
