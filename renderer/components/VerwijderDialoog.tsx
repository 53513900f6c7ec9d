import DialogContentText from '@mui/material/DialogContentText';
import { BevestigDialoog } from './BevestigDialoog';

/** Asks before something is removed for good, in one sentence; the safe choice has the focus. */
export function VerwijderDialoog({
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
  return (
    <BevestigDialoog open={open} titel={titel} bevestigLabel={knop} bezig={bezig} gevaarlijk focusOpAnnuleren bevestig={bevestigen} annuleer={annuleren}>
      <DialogContentText>{tekst}</DialogContentText>
    </BevestigDialoog>
  );
}
