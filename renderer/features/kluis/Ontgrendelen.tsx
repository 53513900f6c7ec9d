import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { herstelcode, nieuwWachtwoord, wachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';
import { WachtwoordSterkte } from './WachtwoordSterkte';

interface Gebruiker {
  id: string;
  naam: string;
}

interface Props {
  /** The passphrase slots: with more than one, "Wie bent u?" picks one, so only one scrypt runs. */
  gebruikers: Gebruiker[];
  melding?: string | null;
}

export function Ontgrendelen({ gebruikers, melding = null }: Props) {
  const [metHerstelcode, setMetHerstelcode] = useState(false);
  return metHerstelcode ? (
    <MetHerstelcode gebruikers={gebruikers} terug={() => setMetHerstelcode(false)} />
  ) : (
    <MetWachtwoord gebruikers={gebruikers} melding={melding} herstellen={() => setMetHerstelcode(true)} />
  );
}

function useOntgrendeld() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['kluisStatus'] });
}

const kies = (gebruikers: Gebruiker[]) =>
  gebruikers.length > 1 ? z.string({ error: 'Kies uw naam.' }).min(1, 'Kies uw naam.') : z.string().optional();
const opties = (gebruikers: Gebruiker[]) => gebruikers.map((g) => ({ waarde: g.id, label: g.naam }));
const slot = (gebruikers: Gebruiker[], gekozen: string | undefined) => (gebruikers.length > 1 && gekozen ? { slotId: gekozen } : {});

function MetWachtwoord({ gebruikers, melding, herstellen }: { gebruikers: Gebruiker[]; melding: string | null; herstellen: () => void }) {
  const schema = z.object({ wie: kies(gebruikers), wachtwoord });
  const { control, handleSubmit, setFocus } = useForm({ resolver: zodResolver(schema), defaultValues: { wie: '', wachtwoord: '' } });
  const ontgrendeld = useOntgrendeld();
  const ontgrendelen = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('kluisOntgrendelen', { wachtwoord: waarden.wachtwoord, ...slot(gebruikers, waarden.wie) }),
    onSuccess: ontgrendeld,
    onError: () => setFocus('wachtwoord', { shouldSelect: true }),
  });
  return (
    <KluisKader titel="Kluis ontgrendelen">
      {melding && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {melding}
        </Alert>
      )}
      <Typography sx={{ mb: 2 }}>De gegevens van Koers zijn vergrendeld. {gebruikers.length > 1 ? 'Kies uw naam en vul uw wachtwoord in.' : 'Vul uw wachtwoord in.'}</Typography>
      <form onSubmit={handleSubmit((waarden) => ontgrendelen.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          {gebruikers.length > 1 && <KeuzeVeld control={control} name="wie" label="Wie bent u?" opties={opties(gebruikers)} autoFocus />}
          <TekstVeld control={control} name="wachtwoord" label="Wachtwoord" type="password" autoComplete="current-password" autoFocus={gebruikers.length <= 1} />
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

function MetHerstelcode({ gebruikers, terug }: { gebruikers: Gebruiker[]; terug: () => void }) {
  const schema = z
    .object({ wie: kies(gebruikers), herstelcode, nieuwWachtwoord, herhaling: z.string() })
    .refine((v) => v.nieuwWachtwoord === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { wie: '', herstelcode: '', nieuwWachtwoord: '', herhaling: '' },
  });
  const nieuw = useWatch({ control, name: 'nieuwWachtwoord' });
  const ontgrendeld = useOntgrendeld();
  const herstellen = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) =>
      koers('kluisOntgrendelenMetHerstelcode', { herstelcode: waarden.herstelcode, nieuwWachtwoord: waarden.nieuwWachtwoord, ...slot(gebruikers, waarden.wie) }),
    onSuccess: ontgrendeld,
  });
  return (
    <KluisKader titel="Ontgrendelen met herstelcode">
      <Typography sx={{ mb: 2 }}>Vul de herstelcode van uw afdruk in en kies meteen een nieuw wachtwoord. Het oude wachtwoord werkt daarna niet meer.</Typography>
      <form onSubmit={handleSubmit((waarden) => herstellen.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          {gebruikers.length > 1 && <KeuzeVeld control={control} name="wie" label="Wie bent u?" opties={opties(gebruikers)} helperText="Uw nieuwe wachtwoord hoort bij deze naam." />}
          <TekstVeld control={control} name="herstelcode" label="Herstelcode" autoComplete="off" autoFocus slotProps={{ htmlInput: { spellCheck: false } }} />
          <TekstVeld control={control} name="nieuwWachtwoord" label="Nieuw wachtwoord" type="password" autoComplete="new-password" helperText="Minstens 12 tekens en moeilijk te raden, bijvoorbeeld een zin van vier woorden." />
          <WachtwoordSterkte wachtwoord={nieuw} />
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
