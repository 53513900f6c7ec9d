import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { nieuwWachtwoord, wachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const schema = z
  .object({ huidig: wachtwoord, nieuw: nieuwWachtwoord, herhaling: z.string() })
  .refine((v) => v.nieuw === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

export function WachtwoordWijzigen() {
  const { control, handleSubmit, reset } = useForm({ resolver: zodResolver(schema), defaultValues: { huidig: '', nieuw: '', herhaling: '' } });
  const wijzigen = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('kluisWachtwoordWijzigen', { huidig: waarden.huidig, nieuw: waarden.nieuw }),
    onSuccess: () => reset(),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Wachtwoord wijzigen
      </Typography>
      <form onSubmit={handleSubmit((waarden) => wijzigen.mutate(waarden))} noValidate>
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <TekstVeld control={control} name="huidig" label="Huidig wachtwoord" type="password" autoComplete="current-password" />
          <TekstVeld control={control} name="nieuw" label="Nieuw wachtwoord" type="password" autoComplete="new-password" helperText="Minstens 12 tekens." />
          <TekstVeld control={control} name="herhaling" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" />
          {wijzigen.isError && <FoutMelding fout={wijzigen.error} />}
          {wijzigen.isSuccess && <Alert severity="success">Het wachtwoord is gewijzigd. De herstelcode blijft geldig.</Alert>}
          <Button type="submit" variant="outlined" loading={wijzigen.isPending} loadingPosition="start">
            Wachtwoord wijzigen
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
