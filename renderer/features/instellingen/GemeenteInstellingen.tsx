import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import type { z } from 'zod';
import { instellingenInvoer, type Instellingen, type InstellingenInvoer } from '../../../shared/domain/instellingen';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

type Rustdag = { datum: string; naam: string };

/** Atw art. 3 lid 3: extra days by Koninklijk Besluit, typed one per line as "dd-mm-jjjj naam". */
function RustdagenVeld({ waarde, wijzig, fout }: { waarde: Rustdag[]; wijzig: (dagen: Rustdag[]) => void; fout?: string | undefined }) {
  const [tekst, setTekst] = useState(() => waarde.map((d) => `${d.datum.split('-').reverse().join('-')} ${d.naam}`).join('\n'));
  const lees = (invoer: string): Rustdag[] =>
    invoer
      .split('\n')
      .map((regel) => regel.trim())
      .filter(Boolean)
      .map((regel) => {
        const match = /^(\d{2})-(\d{2})-(\d{4})\s+(.+)$/.exec(regel);
        return match ? { datum: `${match[3]}-${match[2]}-${match[1]}`, naam: match[4]! } : { datum: 'ongeldig', naam: regel };
      });
  return (
    <TextField
      label="Extra dagen gelijk aan feestdagen (Koninklijk Besluit, Algemene termijnenwet art. 3)"
      multiline
      minRows={2}
      value={tekst}
      onChange={(e) => {
        setTekst(e.target.value);
        wijzig(lees(e.target.value));
      }}
      error={!!fout}
      helperText={fout ?? 'Eén per regel, bijvoorbeeld: 15-05-2026 vrijdag na Hemelvaart. Termijnen die op zo’n dag eindigen, lopen door tot de volgende werkdag.'}
    />
  );
}

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
          <Grid size={12}>
            <Controller
              control={control}
              name="extraRustdagen"
              render={({ field, fieldState }) => (
                <RustdagenVeld waarde={field.value ?? []} wijzig={field.onChange} fout={fieldState.error ? 'Controleer de regels: dd-mm-jjjj en een naam, bijvoorbeeld 15-05-2026 vrijdag na Hemelvaart.' : undefined} />
              )}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="mapUrenNorm" label="Urennorm MAP" type="number" helperText="Uit de Regeling inburgering; standaard 40 uur" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="begeleidingMaanden" label="Duur maatschappelijke begeleiding (maanden)" type="number" helperText="De wet noemt geen duur; standaard 12 maanden" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="herhaaldeOproepBinnenDagen" label="Herhaalde oproep binnen (dagen)" type="number" helperText="Na een gemiste intake (art. 14 lid 2 Wi 2021); standaard 7 dagen" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="duoMeldenBinnenDagen" label="Gegevens melden aan DUO binnen (dagen)" type="number" helperText="Voor de werkvoorraad; standaard 14 dagen" />
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
