import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { wachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';

const schema = z.object({ wachtwoord });

/** The herstelcode was never confirmed (Koers closed too early): make a new one before going on. */
export function HerstelcodeVernieuwen({ nieuw, anderen = 0 }: { nieuw: (herstelcode: string) => void; anderen?: number }) {
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { wachtwoord: '' } });
  const maken = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('kluisNieuweHerstelcode', waarden),
    onSuccess: ({ herstelcode }) => nieuw(herstelcode),
  });
  return (
    <KluisKader titel="Herstelcode nog niet bevestigd">
      <Typography sx={{ mb: 2 }}>
        De herstelcode van deze kluis is nooit bevestigd. Maak een nieuwe herstelcode en bewaar die goed; de oude code werkt daarna niet meer.
      </Typography>
      {anderen > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Koers vervangt daarbij ook de sleutel van de kluis. De wachtwoorden van vervangers vervallen; voeg hen daarna opnieuw toe onder Gegevensbeheer.
        </Alert>
      )}
      <form onSubmit={handleSubmit((waarden) => maken.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          <TekstVeld control={control} name="wachtwoord" label="Uw wachtwoord" type="password" autoComplete="current-password" autoFocus />
          {maken.isError && <FoutMelding fout={maken.error} />}
          <Button type="submit" variant="contained" loading={maken.isPending} loadingPosition="start">
            Nieuwe herstelcode maken
          </Button>
        </Stack>
      </form>
    </KluisKader>
  );
}
