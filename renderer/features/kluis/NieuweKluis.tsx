import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { nieuwWachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';
import { WachtwoordSterkte } from './WachtwoordSterkte';

const schema = z
  .object({ wachtwoord: nieuwWachtwoord, herhaling: z.string() })
  .refine((v) => v.wachtwoord === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

export function NieuweKluis({ aangemaakt }: { aangemaakt: (herstelcode: string) => void }) {
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { wachtwoord: '', herhaling: '' } });
  const wachtwoord = useWatch({ control, name: 'wachtwoord' });
  const aanmaken = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('kluisAanmaken', { wachtwoord: waarden.wachtwoord }),
    onSuccess: ({ herstelcode }) => aangemaakt(herstelcode),
  });

  return (
    <KluisKader titel="Nieuwe kluis aanmaken">
      <Typography sx={{ mb: 2 }}>
        Koers bewaart alle gegevens versleuteld in één bestand op deze computer. U opent de kluis met een wachtwoord. Daarna
        krijgt u een herstelcode voor als u het wachtwoord vergeet.
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        Zonder wachtwoord én herstelcode zijn de gegevens niet meer te openen. Niemand kan ze dan terughalen, ook de leverancier niet.
      </Alert>
      <form onSubmit={handleSubmit((waarden) => aanmaken.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          <TekstVeld control={control} name="wachtwoord" label="Wachtwoord" type="password" autoComplete="new-password" autoFocus helperText="Minstens 12 tekens. Een zin van vier woorden is sterk en goed te onthouden." />
          <WachtwoordSterkte wachtwoord={wachtwoord} />
          <TekstVeld control={control} name="herhaling" label="Herhaal het wachtwoord" type="password" autoComplete="new-password" />
          {aanmaken.isError && <FoutMelding fout={aanmaken.error} />}
          <Button type="submit" variant="contained" loading={aanmaken.isPending} loadingPosition="start">
            Kluis aanmaken
          </Button>
        </Stack>
      </form>
    </KluisKader>
  );
}
