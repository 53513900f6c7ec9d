import Typography from '@mui/material/Typography';

export function Budget() {
  return (
    <Typography variant="h2" component="h2">
      Budget en SiSa
    </Typography>
  );
}
