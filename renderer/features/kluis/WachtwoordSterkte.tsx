import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { wachtwoordSterkte } from '../../../shared/domain/kluis';

export function WachtwoordSterkte({ wachtwoord }: { wachtwoord: string }) {
  const { score, label } = wachtwoordSterkte(wachtwoord);
  const kleur = score >= 3 ? 'success' : score === 2 ? 'warning' : 'error';
  return (
    <Box aria-live="polite">
      <LinearProgress variant="determinate" value={(score / 3) * 100} color={kleur} aria-label="Sterkte van het wachtwoord" />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        Sterkte: {label}
      </Typography>
    </Box>
  );
}
