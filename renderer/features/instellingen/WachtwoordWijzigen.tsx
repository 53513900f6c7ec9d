import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { nieuwWachtwoord, wachtwoord } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useToonHerstelcode } from '../kluis/HerstelcodeContext';
import { WachtwoordSterkte } from '../kluis/WachtwoordSterkte';

const schema = z
  .object({ huidig: wachtwoord, nieuw: nieuwWachtwoord, herhaling: z.string(), mogelijkBekend: z.boolean() })
  .refine((v) => v.nieuw === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

/** Changes the passphrase of whoever unlocked the vault; "mogelijk bekend" also replaces the data key. */
export function WachtwoordWijzigen({ kop = 'h2' }: { kop?: 'h2' | 'h3' }) {
  const queryClient = useQueryClient();
  const toonHerstelcode = useToonHerstelcode();
  const { control, handleSubmit, reset } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { huidig: '', nieuw: '', herhaling: '', mogelijkBekend: false },
  });
  const [nieuw, mogelijkBekend] = useWatch({ control, name: ['nieuw', 'mogelijkBekend'] });
  const wijzigen = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) =>
      koers('kluisWachtwoordWijzigen', { huidig: waarden.huidig, nieuw: waarden.nieuw, mogelijkBekend: waarden.mogelijkBekend }),
    onSuccess: ({ herstelcode }) => {
      reset();
      void queryClient.invalidateQueries({ queryKey: ['kluisSloten'] });
      if (herstelcode) toonHerstelcode(herstelcode);
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component={kop} gutterBottom>
        Wachtwoord wijzigen
      </Typography>
      <form onSubmit={handleSubmit((waarden) => wijzigen.mutate(waarden))} noValidate>
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <TekstVeld control={control} name="huidig" label="Huidig wachtwoord" type="password" autoComplete="current-password" />
          <TekstVeld control={control} name="nieuw" label="Nieuw wachtwoord" type="password" autoComplete="new-password" helperText="Minstens 12 tekens en moeilijk te raden, bijvoorbeeld een zin van vier woorden." />
          <WachtwoordSterkte wachtwoord={nieuw} />
          <TekstVeld control={control} name="herhaling" label="Herhaal het nieuwe wachtwoord" type="password" autoComplete="new-password" />
          <VinkVeld control={control} name="mogelijkBekend" label="Mijn wachtwoord is mogelijk bekend bij iemand anders" />
          {mogelijkBekend && (
            <Alert severity="warning">
              Koers vervangt dan ook de sleutel van de kluis, zodat het oude wachtwoord niets meer opent, ook niet met een oud sleutelbestand. U krijgt
              een nieuwe herstelcode (de oude werkt niet meer), en vervangers moeten daarna opnieuw een wachtwoord kiezen.
            </Alert>
          )}
          {wijzigen.isError && <FoutMelding fout={wijzigen.error} />}
          {wijzigen.isSuccess && !wijzigen.data.herstelcode && <Alert severity="success">Het wachtwoord is gewijzigd. De herstelcode blijft geldig.</Alert>}
          <Button type="submit" variant="outlined" loading={wijzigen.isPending} loadingPosition="start">
            Wachtwoord wijzigen
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
