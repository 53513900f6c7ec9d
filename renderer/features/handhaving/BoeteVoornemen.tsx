import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { WI23_GEDRAGING_LABELS, wi23VoornemenInvoer } from '../../../shared/domain/handhaving';
import { bedrag } from '../../../shared/format';
import { AWB_5_53_GRENS, boeteWi23Berekening, VERWIJTBAARHEDEN, VERWIJTBAARHEID_LABELS } from '../../../shared/rules/boete';
import { WI23_GEDRAGINGEN } from '../../../shared/rules/handhaving';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { vernieuwHandhaving } from './vernieuwen';

const SAMENLOOP = 'De bijstand is voor deze gedraging al verlaagd (art. 27 Wi 2021)';

/** Wi 22: after a missed herhaalde oproep (Wi 14 lid 1), or a missed new term of the previous boete (Wi 22 lid 3). */
function Wi22Voornemen({ inburgeraarId, wi22 }: { inburgeraarId: number; wi22: Uitvoer<'handhavingOphalen'>['wi22'] }) {
  const queryClient = useQueryClient();
  const [bijstandVerlaagd, setBijstandVerlaagd] = useState(false);
  const voornemen = useMutation({
    mutationFn: () => koers('boeteWi22Voornemen', { inburgeraarId, toelichting: null, bijstandVerlaagd }),
    onSuccess: () => vernieuwHandhaving(queryClient, inburgeraarId),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        Boete brede intake (art. 22 Wi 2021)
      </Typography>
      {wi22.mogelijk ? (
        <>
          <Typography sx={{ mb: 1 }}>
            De inburgeraar is na de schriftelijke waarschuwing en de herhaalde oproep niet verschenen. Het college moet dan een boete opleggen. Eerst volgt een voornemen met de
            vraag om een zienswijze.
          </Typography>
          <FormControlLabel control={<Checkbox checked={bijstandVerlaagd} onChange={(e) => setBijstandVerlaagd(e.target.checked)} />} label={SAMENLOOP} />
          <div>
            <Button variant="contained" onClick={() => voornemen.mutate()} loading={voornemen.isPending}>
              Voornemen boete brede intake
            </Button>
          </div>
          {voornemen.isError && <FoutMelding fout={voornemen.error} />}
        </>
      ) : (
        <Alert severity="info">{wi22.reden}</Alert>
      )}
    </Paper>
  );
}

const wi23Formulier = wi23VoornemenInvoer.omit({ inburgeraarId: true });

/** Wi 23: a duty of the vastgesteld PIP not met; the amount follows Besluit 7.1, shown step by step while typing. */
function Wi23Voornemen({ inburgeraarId, data }: { inburgeraarId: number; data: Uitvoer<'handhavingOphalen'> }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit, reset } = useForm<z.input<typeof wi23Formulier>, unknown, z.output<typeof wi23Formulier>>({
    resolver: zodResolver(wi23Formulier),
    defaultValues: { gedraging: 'ondersteuning_begeleiding', toelichting: '', datumGedraging: '', verwijtbaarheid: 'geen', verwijtbaarheidMotivering: '', bijstandVerlaagd: false, rapportDatum: null },
  });
  const verwijtbaarheid = useWatch({ control, name: 'verwijtbaarheid' });
  // An indication without recidive: the main process counts the earlier onherroepelijke boetes itself.
  const indicatie = boeteWi23Berekening({ verwijtbaarheid: verwijtbaarheid ?? 'geen', eerdereOnherroepelijkeBoetesBinnen12Maanden: 0, reedsOpgelegdInTermijn: data.reedsOpgelegd });
  const voornemen = useMutation({
    mutationFn: (waarden: z.output<typeof wi23Formulier>) => koers('boeteWi23Voornemen', { inburgeraarId, ...waarden }),
    onSuccess: async () => {
      reset();
      await vernieuwHandhaving(queryClient, inburgeraarId);
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        Boete PIP-verplichting (art. 23 Wi 2021)
      </Typography>
      {!data.wi23.mogelijk ? (
        <Alert severity="info">{data.wi23.reden}</Alert>
      ) : (
        <form onSubmit={handleSubmit((waarden) => voornemen.mutate(waarden))} noValidate aria-label="Voornemen boete PIP-verplichting">
          <Grid container spacing={2}>
            <Grid size={12}>
              <KeuzeVeld control={control} name="gedraging" label="Gedraging" fullWidth opties={WI23_GEDRAGINGEN.map((g) => ({ waarde: g, label: WI23_GEDRAGING_LABELS[g] }))} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <DatumVeld control={control} name="datumGedraging" label="Datum constatering" verplicht />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <KeuzeVeld control={control} name="verwijtbaarheid" label="Verwijtbaarheid" fullWidth opties={VERWIJTBAARHEDEN.map((v) => ({ waarde: v, label: VERWIJTBAARHEID_LABELS[v] }))} />
            </Grid>
            <Grid size={12}>
              <TekstVeld control={control} name="toelichting" label="Omschrijving van de gedraging" fullWidth multiline minRows={2} required />
            </Grid>
            <Grid size={12}>
              <TekstVeld control={control} name="verwijtbaarheidMotivering" label="Motivering van de verwijtbaarheid" fullWidth multiline minRows={2} required />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <DatumVeld control={control} name="rapportDatum" label="Datum rapport (boven € 340)" hulptekst="Art. 5:53 Awb" />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <VinkVeld control={control} name="bijstandVerlaagd" label={SAMENLOOP} />
            </Grid>
          </Grid>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Zonder recidive: {bedrag(indicatie.bedrag)}. Koers telt eerdere onherroepelijke boetes van de laatste 12 maanden mee; boven {bedrag(AWB_5_53_GRENS)} is een rapport nodig.
          </Typography>
          <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={voornemen.isPending}>
            Voornemen boete PIP-verplichting
          </Button>
          {voornemen.isError && <FoutMelding fout={voornemen.error} />}
        </form>
      )}
    </Paper>
  );
}

export function BoeteVoornemen({ inburgeraarId, data }: { inburgeraarId: number; data: Uitvoer<'handhavingOphalen'> }) {
  return (
    <>
      <Wi22Voornemen inburgeraarId={inburgeraarId} wi22={data.wi22} />
      <Wi23Voornemen inburgeraarId={inburgeraarId} data={data} />
    </>
  );
}
