import Typography from '@mui/material/Typography';

export function Beveiliging() {
  return (
    <Typography variant="h2" component="h2">
      Wachtwoorden en vervangers
    </Typography>
  );
}
