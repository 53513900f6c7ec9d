import Button from '@mui/material/Button';
import { useMutation } from '@tanstack/react-query';
import { koers } from '../api/koers';
import { FoutMelding } from './Laden';

/** Saves a stored document (the exact bytes that were printed) through the save dialog. */
export function DocumentKnop({ documentId, label }: { documentId: number; label: string }) {
  const opslaan = useMutation({ mutationFn: () => koers('documentOpslaan', { documentId }) });
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => opslaan.mutate()} loading={opslaan.isPending}>
        {label}
      </Button>
      {opslaan.data?.opgeslagen && <span role="status"> Opgeslagen: {opslaan.data.bestandsnaam}</span>}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </>
  );
}
