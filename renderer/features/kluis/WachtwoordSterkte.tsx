import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { beoordeelWachtwoord } from '../../../shared/rules/wachtwoord';

/** The meter under a new passphrase: the same zxcvbn score the vault enforces (shared/rules/wachtwoord.ts). */
export function WachtwoordSterkte({ wachtwoord, eigenWoorden = [] }: { wachtwoord: string; eigenWoorden?: string[] }) {
  const { score, label, voldoet, tips } = beoordeelWachtwoord(wachtwoord, eigenWoorden);
  const kleur = voldoet ? 'success' : score === 2 ? 'warning' : 'error';
  const tip = wachtwoord.length > 0 && !voldoet ? tips[0] : undefined;
  return (
    <Box aria-live="polite">
      <LinearProgress variant="determinate" value={wachtwoord.length === 0 ? 0 : ((score + 1) / 5) * 100} color={kleur} aria-label="Sterkte van het wachtwoord" />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        Sterkte: {label}
        {tip ? ` — ${tip}` : ''}
      </Typography>
    </Box>
  );
}
