import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';

/** Asks before something is removed for good; the safe choice has the focus. */
export function BevestigDialoog({
  open,
  titel,
  tekst,
  knop,
  bezig,
  annuleren,
  bevestigen,
}: {
  open: boolean;
  titel: string;
  tekst: string;
  knop: string;
  bezig?: boolean;
  annuleren: () => void;
  bevestigen: () => void;
}) {
  const id = useId();
  return (
    <Dialog open={open} onClose={annuleren} aria-labelledby={`${id}-titel`} aria-describedby={`${id}-tekst`}>
      <DialogTitle id={`${id}-titel`}>{titel}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-tekst`}>{tekst}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={annuleren} autoFocus>
          Annuleren
        </Button>
        <Button color="error" variant="contained" onClick={bevestigen} loading={!!bezig}>
          {knop}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
