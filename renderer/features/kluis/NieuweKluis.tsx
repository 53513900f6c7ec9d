import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { nieuwWachtwoord, slotNaam } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';
import { WachtwoordSterkte } from './WachtwoordSterkte';

const schema = z
  .object({ naam: slotNaam, wachtwoord: nieuwWachtwoord, herhaling: z.string() })
  .refine((v) => v.wachtwoord === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

interface Props {
  aangemaakt: (herstelcode: string) => void;
  /** Why this screen shows (an interrupted creation, a missing key file); null for a first start. */
  melding?: string | null;
  /** Move a database without key file aside first (toestand 'sleutel_ontbreekt'). */
  oudeOpzijZetten?: boolean;
  terug?: () => void;
}

export function NieuweKluis({ aangemaakt, melding = null, oudeOpzijZetten = false, terug }: Props) {
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { naam: 'Regisseur', wachtwoord: '', herhaling: '' } });
  const [wachtwoord, naam] = useWatch({ control, name: ['wachtwoord', 'naam'] });
  const aanmaken = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('kluisAanmaken', { wachtwoord: waarden.wachtwoord, naam: waarden.naam, ...(oudeOpzijZetten ? { oudeOpzijZetten } : {}) }),
    onSuccess: ({ herstelcode }) => aangemaakt(herstelcode),
  });

  return (
    <KluisKader titel="Nieuwe kluis aanmaken">
      {melding && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {melding}
        </Alert>
      )}
      {oudeOpzijZetten && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Het oude kluisbestand wordt hernoemd (niet verwijderd). Zonder zijn sleutelbestand kan Koers het niet openen.
        </Alert>
      )}
      <Typography sx={{ mb: 2 }}>
        Koers bewaart alle gegevens versleuteld in één bestand op deze computer. U opent de kluis met een wachtwoord. Daarna
        krijgt u een herstelcode voor als u het wachtwoord vergeet.
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        Zonder wachtwoord én herstelcode zijn de gegevens niet meer te openen. Niemand kan ze dan terughalen, ook de leverancier niet.
      </Alert>
      <form onSubmit={handleSubmit((waarden) => aanmaken.mutate(waarden))} noValidate>
        <Stack spacing={2}>
          <TekstVeld control={control} name="naam" label="Uw naam in Koers" autoComplete="name" helperText="Zo staat u in het logboek, bijvoorbeeld Regisseur of uw eigen naam." />
          <TekstVeld control={control} name="wachtwoord" label="Wachtwoord" type="password" autoComplete="new-password" autoFocus helperText="Minstens 12 tekens. Een zin van vier woorden is sterk en goed te onthouden." />
          <WachtwoordSterkte wachtwoord={wachtwoord} eigenWoorden={[naam]} />
          <TekstVeld control={control} name="herhaling" label="Herhaal het wachtwoord" type="password" autoComplete="new-password" />
          {aanmaken.isError && <FoutMelding fout={aanmaken.error} />}
          <Button type="submit" variant="contained" loading={aanmaken.isPending} loadingPosition="start">
            Kluis aanmaken
          </Button>
          {terug && (
            <Button variant="text" onClick={terug}>
              Terug
            </Button>
          )}
        </Stack>
      </form>
    </KluisKader>
  );
}
