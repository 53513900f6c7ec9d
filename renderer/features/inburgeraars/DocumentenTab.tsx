import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { optioneleDatum, optioneleTekst } from '../../../shared/domain/velden';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const schema = z.object({ datum: optioneleDatum('Datum'), plaats: optioneleTekst('Plaats', 80) });

export function DocumentenTab({ inburgeraar }: { inburgeraar: Inburgeraar }) {
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { datum: null, plaats: '' },
  });
  const opslaan = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('participatieverklaringOpslaan', { inburgeraarId: inburgeraar.id, ...waarden }),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Participatieverklaring
      </Typography>
      <Typography sx={{ mb: 2 }}>
        De verklaring met de tekst van de Wet inburgering 2021, op naam van deze inburgeraar, om op de ondertekeningsbijeenkomst te tekenen. Het
        BSN staat er niet op. Laat datum en plaats leeg om ze op de bijeenkomst met de hand in te vullen.
      </Typography>
      <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate>
        <Grid container spacing={2} sx={{ mb: 2 }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld control={control} name="datum" label="Datum ondertekening (optioneel)" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="plaats" label="Plaats (optioneel)" />
          </Grid>
        </Grid>
        <Button type="submit" variant="contained" loading={opslaan.isPending} loadingPosition="start">
          Participatieverklaring opslaan als PDF
        </Button>
      </form>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {opslaan.data?.opgeslagen && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Opgeslagen: {opslaan.data.bestandsnaam}
        </Alert>
      )}
    </Paper>
  );
}
