import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Instellingen } from '../../../shared/domain/instellingen';
import { KoersFoutMelding, koers } from '../../api/koers';
import { leesAlsBase64 } from '../../components/bestanden';
import { FoutMelding } from '../../components/Laden';

export function LogoInstelling({ instellingen }: { instellingen: Instellingen }) {
  const queryClient = useQueryClient();
  const invoer = useRef<HTMLInputElement>(null);
  const opslaan = useMutation({
    mutationFn: async (bestand: File) => {
      if (bestand.type !== 'image/png' && bestand.type !== 'image/jpeg') {
        throw new KoersFoutMelding('ONGELDIGE_INVOER', 'Kies een logo als PNG of JPG.');
      }
      return koers('logoOpslaan', { mime: bestand.type, base64: await leesAlsBase64(bestand) });
    },
    onSuccess: (nieuw) => queryClient.setQueryData(['instellingen'], nieuw),
  });
  const verwijderen = useMutation({
    mutationFn: () => koers('logoVerwijderen', {}),
    onSuccess: (nieuw) => queryClient.setQueryData(['instellingen'], nieuw),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Logo
      </Typography>
      <Typography sx={{ mb: 2 }}>Het logo staat linksboven op brieven en de participatieverklaring. PNG of JPG, hoogstens 1 MB.</Typography>
      {instellingen.logo ? (
        <Box component="img" src={`data:${instellingen.logo.mime};base64,${instellingen.logo.base64}`} alt="Huidig logo van de gemeente" sx={{ maxHeight: 80, maxWidth: 240, mb: 2, display: 'block' }} />
      ) : (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Er is nog geen logo.
        </Typography>
      )}
      <input
        ref={invoer}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        aria-label="Logobestand kiezen"
        onChange={(event) => {
          const bestand = event.target.files?.[0];
          if (bestand) opslaan.mutate(bestand);
          event.target.value = '';
        }}
      />
      <Stack direction="row" spacing={2}>
        <Button variant="outlined" onClick={() => invoer.current?.click()} loading={opslaan.isPending}>
          Logo kiezen…
        </Button>
        {instellingen.logo && (
          <Button variant="text" color="error" onClick={() => verwijderen.mutate()} loading={verwijderen.isPending}>
            Logo verwijderen
          </Button>
        )}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </Paper>
  );
}
