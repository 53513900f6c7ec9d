import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getal } from '../../../shared/format';

/** Below a part of the werkvoorraad that shows fewer rows than it has: how many, and a button for more. */
export function MeerTonen({ getoond, totaal, meerTonen }: { getoond: number; totaal: number; meerTonen: () => void }) {
  if (getoond >= totaal) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {getal(getoond, 0)} van {getal(totaal, 0)} getoond.
      </Typography>
      <Button size="small" variant="outlined" onClick={meerTonen}>
        Meer tonen
      </Button>
    </Stack>
  );
}
