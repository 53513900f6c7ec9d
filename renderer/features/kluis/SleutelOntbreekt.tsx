import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { KluisKader } from './KluisKader';
import { NieuweKluis } from './NieuweKluis';

/** koers.db exists but its key file does not: say what exists and what to do; a new vault stays possible. */
export function SleutelOntbreekt({ melding, aangemaakt }: { melding: string | null; aangemaakt: (herstelcode: string) => void }) {
  const queryClient = useQueryClient();
  const [nieuw, setNieuw] = useState(false);
  if (nieuw) return <NieuweKluis aangemaakt={aangemaakt} melding={melding} oudeOpzijZetten terug={() => setNieuw(false)} />;
  return (
    <KluisKader titel="Het sleutelbestand ontbreekt">
      <Stack spacing={2}>
        <Alert severity="warning">{melding}</Alert>
        <Typography>Hebt u het sleutelbestand teruggezet? Kijk dan opnieuw.</Typography>
        <Button variant="contained" onClick={() => void queryClient.invalidateQueries({ queryKey: ['kluisStatus'] })}>
          Opnieuw kijken
        </Button>
        <Button variant="text" onClick={() => setNieuw(true)}>
          Oude kluis opzij zetten en een nieuwe kluis maken
        </Button>
      </Stack>
    </KluisKader>
  );
}
