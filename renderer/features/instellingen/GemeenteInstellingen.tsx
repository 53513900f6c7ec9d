import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { instellingenInvoer, type Instellingen, type InstellingenInvoer } from '../../../shared/domain/instellingen';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

export function GemeenteInstellingen({ instellingen }: { instellingen: Instellingen }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<z.input<typeof instellingenInvoer>, unknown, InstellingenInvoer>({
    resolver: zodResolver(instellingenInvoer),
    defaultValues: instellingen,
  });
  const opslaan = useMutation({
    mutationFn: (invoer: InstellingenInvoer) => koers('instellingenOpslaan', invoer),
    onSuccess: (nieuw) => queryClient.setQueryData(['instellingen'], nieuw),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Gemeente en brieven
      </Typography>
      <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="gemeentenaam" label="Naam van de gemeente" required helperText='Zonder "Gemeente", bijvoorbeeld: Voorbeeldstad' />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="postadres" label="Postadres" required helperText="Straat en huisnummer, of postbus" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="postcode" label="Postcode" required />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <TekstVeld control={control} name="plaats" label="Plaats" required />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="ondertekenaarNaam" label="Naam ondertekenaar participatieverklaring" helperText="Bijvoorbeeld de burgemeester of wethouder" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="ondertekenaarFunctie" label="Functie ondertekenaar" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="behandelaarNaam" label="Behandeld door (naam in de referentieregel)" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="behandelaarTelefoon" label="Telefoon in de referentieregel" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="bezwaarAdres" label="Adres voor bezwaarschriften" helperText="Leeg: het postadres hierboven" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="rechtbank" label="Rechtbank (voorlopige voorziening)" helperText="Bijvoorbeeld: de rechtbank Noord-Nederland" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="kenmerkPatroon" label="Patroon van het kenmerk" helperText="Met {jaar} en {volgnummer}, bijvoorbeeld INB-{jaar}-{volgnummer}" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="mapUrenNorm" label="Urennorm MAP" type="number" helperText="Uit de Regeling inburgering; standaard 40 uur" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="vergrendelenNaMinuten" label="Automatisch vergrendelen na (minuten)" type="number" slotProps={{ htmlInput: { min: 1, max: 240 } }} />
          </Grid>
        </Grid>
        {opslaan.isError && <FoutMelding fout={opslaan.error} />}
        {opslaan.isSuccess && (
          <Alert severity="success" sx={{ mt: 2 }}>
            De instellingen zijn opgeslagen.
          </Alert>
        )}
        <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending} loadingPosition="start">
          Instellingen opslaan
        </Button>
      </form>
    </Paper>
  );
}
