import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { Bevinding } from '../../shared/rules/intake';

/** What still blocks a step, each with its article. */
export function Bevindingen({ titel, bevindingen, ernst = 'warning' }: { titel: string; bevindingen: Bevinding[]; ernst?: 'warning' | 'info' }) {
  if (bevindingen.length === 0) return null;
  return (
    <Alert severity={ernst} sx={{ my: 2 }}>
      <AlertTitle>{titel}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {bevindingen.map((b) => (
          <li key={b.regel}>
            {b.melding} <em>({b.artikel})</em>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
