import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type FormEvent, type ReactNode } from 'react';
import { FoutMelding } from './Laden';

interface Props {
  open: boolean;
  titel: string;
  /** What the action means; fields for a date or reason go here too. */
  children: ReactNode;
  bevestigLabel: string;
  bezig?: boolean;
  fout?: unknown;
  /** Red for an action that cannot simply be undone. */
  gevaarlijk?: boolean;
  /** Focus the safe choice (Annuleren) when the dialog has no fields to fill in. */
  focusOpAnnuleren?: boolean;
  bevestig: () => void;
  annuleer: () => void;
}

/**
 * A confirmation before an action that cannot simply be undone: it says what the action means, and the
 * confirm button names the action ("Niet verschenen vastleggen", not "OK"). Escape and Annuleren cancel;
 * Enter in a field confirms.
 */
export function BevestigDialoog({ open, titel, children, bevestigLabel, bezig, fout, gevaarlijk, focusOpAnnuleren, bevestig, annuleer }: Props) {
  const titelId = useId();
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    bevestig();
  };
  return (
    <Dialog open={open} onClose={bezig ? undefined : annuleer} aria-labelledby={titelId} maxWidth="sm" fullWidth>
      <form onSubmit={verstuur} noValidate aria-labelledby={titelId}>
        <DialogTitle id={titelId}>{titel}</DialogTitle>
        <DialogContent>
          {children}
          {fout ? <FoutMelding fout={fout} /> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={annuleer} disabled={bezig} autoFocus={focusOpAnnuleren}>
            Annuleren
          </Button>
          <Button type="submit" variant="contained" color={gevaarlijk ? 'error' : 'primary'} loading={bezig}>
            {bevestigLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
