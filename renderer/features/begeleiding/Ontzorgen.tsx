import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { VASTE_LAST_LABELS, VASTE_LASTEN, VASTE_LASTEN_56A, VASTE_LASTEN_57, ontzorgenInvoer, type OntzorgenInvoer, type VasteLast } from '../../../shared/domain/begeleiding';
import { datumLang } from '../../../shared/format';
import { ontzorgenEindeFout } from '../../../shared/rules/begeleiding';
import { isIsoDatum } from '../../../shared/rules/datum';
import { ontzorgenEinde } from '../../../shared/rules/termijnen';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { VerwijderDialoog } from '../../components/VerwijderDialoog';
import { vernieuwNaWijziging } from './vernieuwen';

type Stand = Uitvoer<'begeleidingOphalen'>['ontzorgen'];
type Waarden = z.input<typeof ontzorgenInvoer>;

// Pw 56a lid 2 at the field while typing: the same rule the main process applies.
const formulier = ontzorgenInvoer.superRefine((o, ctx) => {
  const fout = o.einde ? ontzorgenEindeFout(o.startBijstand, o.einde) : null;
  if (fout) ctx.addIssue({ code: 'custom', path: ['einde'], message: fout });
});

interface Props {
  inburgeraarId: number;
  vandaag: string;
  stand: Stand;
}

export function Ontzorgen(props: Props) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ontzorgen-kop">
      <Typography id="ontzorgen-kop" variant="h6" component="h2" gutterBottom>
        Financieel ontzorgen (art. 56a Participatiewet)
      </Typography>
      {props.stand.weigering ? <Alert severity="info">{props.stand.weigering}</Alert> : <OntzorgenFormulier {...props} />}
    </Paper>
  );
}

function dagen(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

function OntzorgenStand({ stand }: { stand: Stand }) {
  const { gegevens, stand: s } = stand;
  if (!gegevens || !s) return null;
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        {s.afgelopen
          ? `Het ontzorgen is afgelopen op ${datumLang(gegevens.einde)}.`
          : s.dagenOver === 0
            ? `Vandaag, ${datumLang(gegevens.einde)}, is de laatste dag van het ontzorgen.`
            : `Het ontzorgen loopt tot en met ${datumLang(gegevens.einde)}: nog ${dagen(s.dagenOver)}.`}
        {gegevens.uitstroomgesprek ? ` Uitstroomgesprek: ${datumLang(gegevens.uitstroomgesprek)}.` : ''}
      </Typography>
      {s.uitstroomgesprekPlannen && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle>Plan het uitstroomgesprek</AlertTitle>
          Het ontzorgen eindigt op {datumLang(gegevens.einde)}
          {s.dagenOver > 0 ? `, over ${dagen(s.dagenOver)}` : ''}. Bespreek hoe de inburgeraar de vaste lasten daarna zelf betaalt, of dat budgetbeheer nodig is
          (art. 57 Participatiewet), en vul hieronder de datum van het gesprek in.
        </Alert>
      )}
    </>
  );
}

function OntzorgenFormulier({ inburgeraarId, stand }: Props) {
  const queryClient = useQueryClient();
  const { gegevens, startBijstandUitPip } = stand;
  const { control, handleSubmit } = useForm<Waarden, unknown, OntzorgenInvoer>({
    resolver: zodResolver(formulier),
    defaultValues: gegevens
      ? { inburgeraarId, ...gegevens, uitstroomgesprek: gegevens.uitstroomgesprek ?? '', toelichting: gegevens.toelichting ?? '' }
      : { inburgeraarId, startBijstand: startBijstandUitPip ?? '', vasteLasten: [...VASTE_LASTEN_56A], einde: '', uitstroomgesprek: '', toelichting: '' },
  });
  const startBijstand = useWatch({ control, name: 'startBijstand' });
  const vasteLasten = useWatch({ control, name: 'vasteLasten' }) ?? [];
  const nietGekozen = VASTE_LASTEN_56A.filter((l) => !vasteLasten.includes(l));
  const minimum = isIsoDatum(startBijstand ?? '') ? ontzorgenEinde(startBijstand!) : null;
  const [verwijderen, setVerwijderen] = useState(false);

  const vernieuw = () => vernieuwNaWijziging(queryClient, inburgeraarId);
  const opslaan = useMutation({ mutationFn: (invoer: OntzorgenInvoer) => koers('ontzorgenOpslaan', invoer), onSuccess: vernieuw });
  const weghalen = useMutation({
    mutationFn: () => koers('ontzorgenVerwijderen', { inburgeraarId }),
    onSuccess: async () => {
      setVerwijderen(false);
      await vernieuw();
    },
  });

  return (
    <>
      <OntzorgenStand stand={stand} />
      <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label="Financieel ontzorgen">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld
              control={control}
              name="startBijstand"
              label="Start bijstand"
              verplicht
              hulptekst={!gegevens && startBijstandUitPip ? 'Overgenomen uit het PIP' : 'De dag waarop het recht op bijstand ontstond'}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld
              control={control}
              name="einde"
              label="Einde ontzorgen"
              hulptekst={
                minimum
                  ? `Leeg laten: zes maanden, tot en met ${datumLang(minimum)} (art. 56a lid 2). Later mag als budgetbeheer (art. 57).`
                  : 'Leeg laten: zes maanden vanaf de start van de bijstand (art. 56a lid 2).'
              }
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld control={control} name="uitstroomgesprek" label="Uitstroomgesprek" hulptekst="Gepland of gehouden, vóór het einde" />
          </Grid>
          <Grid size={12}>
            <VasteLastenVelden control={control} />
          </Grid>
          {nietGekozen.length > 0 && (
            <Grid size={12}>
              <Alert severity="info">
                Niet aangevinkt uit art. 56a lid 2: {nietGekozen.map((l) => VASTE_LAST_LABELS[l].toLowerCase()).join(', ')}. Licht in de toelichting toe waarom.
              </Alert>
            </Grid>
          )}
          <Grid size={12}>
            <TekstVeld control={control} name="toelichting" label="Toelichting" multiline minRows={2} fullWidth />
          </Grid>
        </Grid>
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" loading={opslaan.isPending}>
            Ontzorgen opslaan
          </Button>
          {gegevens && (
            <Button color="error" onClick={() => setVerwijderen(true)} aria-haspopup="dialog">
              Ontzorgen verwijderen
            </Button>
          )}
        </Stack>
      </form>
      {opslaan.isSuccess && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Het ontzorgen is opgeslagen, tot en met {datumLang(opslaan.data.einde)}.
        </Alert>
      )}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {weghalen.isError && <FoutMelding fout={weghalen.error} />}
      <VerwijderDialoog
        open={verwijderen}
        titel="Ontzorgen verwijderen?"
        tekst="De gegevens over financieel ontzorgen van deze inburgeraar worden verwijderd. Dit kan niet ongedaan worden gemaakt."
        knop="Verwijderen"
        bezig={weghalen.isPending}
        annuleren={() => setVerwijderen(false)}
        bevestigen={() => weghalen.mutate()}
      />
    </>
  );
}

function VasteLastenVelden({ control }: { control: Control<Waarden> }) {
  return (
    <Controller
      control={control}
      name="vasteLasten"
      render={({ field }) => {
        const gekozen = new Set<VasteLast>(field.value ?? []);
        const zet = (last: VasteLast, aan: boolean) => field.onChange(VASTE_LASTEN.filter((l) => (l === last ? aan : gekozen.has(l))));
        const groep = (legend: string, lasten: readonly VasteLast[]) => (
          <FormControl component="fieldset" variant="standard" sx={{ mb: 1 }}>
            <FormLabel component="legend">{legend}</FormLabel>
            <FormGroup row>
              {lasten.map((l) => (
                <FormControlLabel key={l} control={<Checkbox checked={gekozen.has(l)} onChange={(e) => zet(l, e.target.checked)} onBlur={field.onBlur} />} label={VASTE_LAST_LABELS[l]} />
              ))}
            </FormGroup>
          </FormControl>
        );
        return (
          <Stack>
            {groep('Vaste lasten die de gemeente betaalt (art. 56a lid 2)', VASTE_LASTEN_56A)}
            {groep('Ook betaald als budgetbeheer (art. 57 Participatiewet)', VASTE_LASTEN_57)}
          </Stack>
        );
      }}
    />
  );
}
