import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { herstelcode, nieuwWachtwoord, wachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';

export function Ontgrendelen() {
  const [metHerstelcode, setMetHerstelcode] = useState(false);
  return metHerstelcode ? <MetHerstelcode terug={() => setMetHerstelcode(false)} /> : <MetWachtwoord herstellen={() => setMetHerstelcode(true)} />;
}

function useOntgrendeld() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['kluisStatus'] });
}

const wachtwoordSchema = z.object({ wachtwoord });

function MetWachtwoord({ herstellen }: { herstellen: () => void }) {
  const { control, handleSubmit, setFocus } = useForm({ resolver: zodResolver(wachtwoordSchema), defaultValues: { wachtwoord: '' } });
  const ontgrendeld = useOntgrendeld();
  const ontgrendelen = useMutation({
    mutationFn: (waarden: z.output<typeof wachtwoordSchema>) => koers('kluisOntgrendelen', waarden),
    onSuccess: ontgrendeld,
    onError: () => setFocus('wachtwoord', { shouldSelect: true }),
  });
  return (
    <KluisKader titel="Kluis ontgrendelen">
      <Typography sx={{ mb: 2 }}>De gegevens van Koers zijn vergrendeld. Vul uw wachtwoord in.</Typography>
      <form onSubmit={handleSubmit((waarden) => ontgrendelen.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          <TekstVeld control={control} name="wachtwoord" label="Wachtwoord" type="password" autoComplete="current-password" autoFocus />
          {ontgrendelen.isError && <FoutMelding fout={ontgrendelen.error} />}
          <Button type="submit" variant="contained" loading={ontgrendelen.isPending} loadingPosition="start">
            Ontgrendelen
          </Button>
          <Button variant="text" onClick={herstellen}>
            Wachtwoord vergeten? Gebruik uw herstelcode
          </Button>
        </Stack>
      </form>
    </KluisKader>
  );
}

const herstelSchema = z
  .object({ herstelcode, nieuwWachtwoord, herhaling: z.string() })
  .refine((v) => v.nieuwWachtwoord === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

function MetHerstelcode({ terug }: { terug: () => void }) {
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(herstelSchema),
    defaultValues: { herstelcode: '', nieuwWachtwoord: '', herhaling: '' },
  });
  const ontgrendeld = useOntgrendeld();
  const herstellen = useMutation({
    mutationFn: (waarden: z.output<typeof herstelSchema>) =>
      koers('kluisOntgrendelenMetHerstelcode', { herstelcode: waarden.herstelcode, nieuwWachtwoord: waarden.nieuwWachtwoord }),
    onSuccess: ontgrendeld,
  });
  return (
    <KluisKader titel="Ontgrendelen met herstelcode">
      <Typography sx={{ mb: 2 }}>Vul de herstelcode van uw afdruk in en kies meteen een nieuw wachtwoord. Het oude wachtwoord werkt daarna niet meer.</Typography>
      <form onSubmit={handleSubmit((waarden) => herstellen.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          <TekstVeld control={control} name="herstelcode" label="Herstelcode" autoComplete="off" autoFocus slotProps={{ htmlInput: { spellCheck: false } }} />
          <TekstVeld control={control} name="nieuwWachtwoord" label="Nieuw wachtwoord" type="password" autoComplete="new-password" helperText="Minstens 12 tekens." />
          <TekstVeld control={control} name="herhaling" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" />
          {herstellen.isError && <FoutMelding fout={herstellen.error} />}
          <Button type="submit" variant="contained" loading={herstellen.isPending} loadingPosition="start">
            Ontgrendelen en nieuw wachtwoord instellen
          </Button>
          <Button variant="text" onClick={terug}>
            Terug naar ontgrendelen met wachtwoord
          </Button>
        </Stack>
      </form>
    </KluisKader>
  );
}
