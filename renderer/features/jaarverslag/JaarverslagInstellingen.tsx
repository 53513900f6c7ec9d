import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { jaarverslagInstellingen, type JaarverslagInstellingen as Instellingen } from '../../../shared/contract/jaarverslag';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

type Invoer = z.input<typeof jaarverslagInstellingen>;

/** The planned route mix (AMRD 40/20/40 by default) and the small-cell threshold of the raad report. */
export function JaarverslagInstellingen({ instellingen }: { instellingen: Instellingen }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit, reset, formState } = useForm<Invoer, unknown, Instellingen>({
    resolver: zodResolver(jaarverslagInstellingen),
    defaultValues: instellingen,
  });
  const opslaan = useMutation({
    mutationFn: (waarden: Instellingen) => koers('jaarverslagInstellingenOpslaan', waarden),
    onSuccess: async (nieuw) => {
      queryClient.setQueryData(['jaarverslagInstellingen'], nieuw);
      reset(nieuw);
      await queryClient.invalidateQueries({ queryKey: ['jaarverslagKerncijfers'] });
    },
  });
  const mixFout = formState.errors.geplandeMix?.root?.message ?? formState.errors.geplandeMix?.message;
  const { referentieMix: szw } = instellingen;
  const getal = { type: 'number', slotProps: { htmlInput: { min: 0, max: 100, step: 1 } } } as const;

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Instellingen van het jaarverslag
      </Typography>
      <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate aria-label="Instellingen van het jaarverslag">
        <Typography sx={{ mb: 2 }}>
          De geplande verdeling over de leerroutes vergelijkt het verslag met de echte verdeling. Het Rijk (SZW) verwachtte {szw.b1}&nbsp;% B1-route, {szw.onderwijs}&nbsp;% onderwijsroute en{' '}
          {szw.z}&nbsp;% Z-route.
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TekstVeld control={control} name="geplandeMix.b1" label="Gepland: B1-route (%)" fullWidth {...getal} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TekstVeld control={control} name="geplandeMix.onderwijs" label="Gepland: onderwijsroute (%)" fullWidth {...getal} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TekstVeld control={control} name="geplandeMix.z" label="Gepland: Z-route (%)" fullWidth {...getal} />
          </Grid>
          {mixFout && (
            <Grid size={12}>
              <Alert severity="error" role="alert">
                {mixFout}
              </Alert>
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 6 }}>
            <TekstVeld
              control={control}
              name="drempelKleineAantallen"
              label="Drempel kleine aantallen"
              fullWidth
              type="number"
              slotProps={{ htmlInput: { min: 1, max: 50, step: 1 } }}
              helperText="Aantallen onder deze drempel staan in de PDF voor de raad als '< 5'."
            />
          </Grid>
        </Grid>
        <Button type="submit" variant="outlined" sx={{ mt: 2 }} loading={opslaan.isPending}>
          Instellingen opslaan
        </Button>
        {opslaan.isSuccess && !formState.isDirty && (
          <Typography role="status" sx={{ mt: 1 }}>
            De instellingen zijn opgeslagen.
          </Typography>
        )}
        {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      </form>
    </Paper>
  );
}
