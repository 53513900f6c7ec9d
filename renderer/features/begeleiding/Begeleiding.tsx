import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import {
  BEGELEIDING_DEEL_ARTIKELEN,
  BEGELEIDING_DEEL_LABELS,
  BEGELEIDING_DELEN,
  BEGELEIDING_ONDERDEEL_CODES,
  BEGELEIDING_ONDERDELEN,
  begeleidingInvoer,
  type BegeleidingInvoer,
  type BegeleidingOnderdeel,
} from '../../../shared/domain/begeleiding';
import { datumLang } from '../../../shared/format';
import { begeleidingStandaardEinde, begeleidingStartFout } from '../../../shared/rules/begeleiding';
import { isIsoDatum } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DatumInvoer, DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { vernieuwNaWijziging } from './vernieuwen';

type Stand = Uitvoer<'begeleidingOphalen'>['begeleiding'];
type Waarden = z.input<typeof begeleidingInvoer>;

const KOP = 'Maatschappelijke begeleiding (art. 13 Wi 2021; art. 5.1 Besluit)';

interface Props {
  inburgeraarId: number;
  vandaag: string;
  inschrijvingBrp: string | null;
  stand: Stand;
}

export function Begeleiding(props: Props) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="begeleiding-kop">
      <Typography id="begeleiding-kop" variant="h6" component="h2" gutterBottom>
        {KOP}
      </Typography>
      {props.stand.weigering ? <Alert severity="info">{props.stand.weigering}</Alert> : <BegeleidingFormulier {...props} />}
    </Paper>
  );
}

function BegeleidingFormulier({ inburgeraarId, vandaag, inschrijvingBrp, stand }: Props) {
  const queryClient = useQueryClient();
  const gegevens = stand.gegevens;
  const afgerond = !!gegevens?.afgerondOp;
  // The same start rule as the main process (Wi 13 lid 3), shown at the field while typing.
  const schema = useMemo(
    () =>
      begeleidingInvoer.superRefine((b, ctx) => {
        const fout = begeleidingStartFout(b.start, inschrijvingBrp);
        if (fout) ctx.addIssue({ code: 'custom', path: ['start'], message: fout });
      }),
    [inschrijvingBrp],
  );
  const { control, handleSubmit } = useForm<Waarden, unknown, BegeleidingInvoer>({
    resolver: zodResolver(schema),
    defaultValues: {
      inburgeraarId,
      start: gegevens?.start ?? stand.standaardStart ?? '',
      geplandEinde: gegevens?.geplandEinde ?? '',
      uitvoerder: gegevens?.uitvoerder ?? '',
      onderdelen: gegevens?.onderdelen ?? {},
    },
  });
  const start = useWatch({ control, name: 'start' });
  const onderdelen = useWatch({ control, name: 'onderdelen' }) ?? {};
  const gedaan = BEGELEIDING_ONDERDEEL_CODES.filter((c) => onderdelen[c]).length;
  const [afrondDatum, setAfrondDatum] = useState<string | null>(vandaag);

  const vernieuw = () => vernieuwNaWijziging(queryClient, inburgeraarId);
  const opslaan = useMutation({ mutationFn: (invoer: BegeleidingInvoer) => koers('begeleidingOpslaan', invoer), onSuccess: vernieuw });
  const afronden = useMutation({
    mutationFn: () => koers('begeleidingAfronden', { inburgeraarId, datum: afrondDatum && isIsoDatum(afrondDatum) ? afrondDatum : '' }),
    onSuccess: vernieuw,
  });
  const heropenen = useMutation({ mutationFn: () => koers('begeleidingHeropenen', { inburgeraarId }), onSuccess: vernieuw });

  const standaardEinde = isIsoDatum(start ?? '') ? begeleidingStandaardEinde(start!, stand.standaardMaanden) : null;

  return (
    <>
      {!inschrijvingBrp && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          De datum van inschrijving in de BRP ontbreekt. De begeleiding begint op die dag (art. 13 lid 3 Wi 2021): vul hem eerst in bij de gegevens.
        </Alert>
      )}
      {gegevens && (
        <Typography sx={{ mb: 1 }}>
          Gestart op {datumLang(gegevens.start)}
          {gegevens.geplandEinde ? `, gepland tot en met ${datumLang(gegevens.geplandEinde)}` : ''} · {gedaan} van {BEGELEIDING_ONDERDEEL_CODES.length} onderdelen gedaan
          {gegevens.uitvoerder ? ` · uitgevoerd door ${gegevens.uitvoerder}` : ''}
        </Typography>
      )}
      {afgerond && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => heropenen.mutate()} loading={heropenen.isPending}>
              Afronding ongedaan maken
            </Button>
          }
        >
          De begeleiding is afgerond op {datumLang(gegevens.afgerondOp!)}. Maak de afronding ongedaan om nog iets te veranderen.
        </Alert>
      )}
      {heropenen.isError && <FoutMelding fout={heropenen.error} />}
      <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label="Maatschappelijke begeleiding">
        <fieldset disabled={afgerond} style={{ border: 0, padding: 0, margin: 0 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <DatumVeld
                control={control}
                name="start"
                label="Start begeleiding"
                verplicht
                hulptekst={inschrijvingBrp ? `Dag van inschrijving in de BRP: ${datumLang(inschrijvingBrp)} (art. 13 lid 3)` : 'De dag van inschrijving in de BRP (art. 13 lid 3)'}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <DatumVeld
                control={control}
                name="geplandEinde"
                label="Gepland einde"
                hulptekst={
                  standaardEinde
                    ? `Leeg laten: ${stand.standaardMaanden} maanden, tot en met ${datumLang(standaardEinde)}. De wet noemt geen duur.`
                    : `Leeg laten: ${stand.standaardMaanden} maanden na de start. De wet noemt geen duur.`
                }
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TekstVeld control={control} name="uitvoerder" label="Uitvoerder" helperText="Wie de begeleiding uitvoert, bijvoorbeeld een organisatie" fullWidth />
            </Grid>
          </Grid>
          {BEGELEIDING_DELEN.map((deel) => (
            <Box key={deel} component="section" aria-labelledby={`deel-${deel}`} sx={{ mt: 2 }}>
              <Typography id={`deel-${deel}`} variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
                {BEGELEIDING_DEEL_LABELS[deel]}{' '}
                <Typography component="span" variant="body2" color="text.secondary">
                  ({BEGELEIDING_DEEL_ARTIKELEN[deel]})
                </Typography>
              </Typography>
              {BEGELEIDING_ONDERDEEL_CODES.filter((code) => BEGELEIDING_ONDERDELEN[code].deel === deel).map((code) => (
                <OnderdeelRegel key={code} control={control} code={code} vandaag={vandaag} />
              ))}
            </Box>
          ))}
          {!afgerond && (
            <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
              Begeleiding opslaan
            </Button>
          )}
        </fieldset>
      </form>
      {opslaan.isSuccess && !afgerond && (
        <Alert severity="success" sx={{ mt: 2 }}>
          De begeleiding is opgeslagen.
        </Alert>
      )}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {gegevens && !afgerond && (
        <Box component="section" aria-labelledby="afronden-kop" sx={{ mt: 3 }}>
          <Typography id="afronden-kop" variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
            Afronden
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
            <Box sx={{ maxWidth: 240 }}>
              <DatumInvoer label="Datum afronding" naam="afrondDatum" waarde={afrondDatum} wijzig={setAfrondDatum} verlaat={() => undefined} />
            </Box>
            <Button variant="outlined" onClick={() => afronden.mutate()} loading={afronden.isPending}>
              Begeleiding afronden
            </Button>
          </Stack>
          {afronden.isError && <FoutMelding fout={afronden.error} />}
        </Box>
      )}
    </>
  );
}

/** One item of the checklist: ticking it records today; the date can be changed. */
function OnderdeelRegel({ control, code, vandaag }: { control: Control<Waarden>; code: BegeleidingOnderdeel; vandaag: string }) {
  const info = BEGELEIDING_ONDERDELEN[code];
  const labelId = `onderdeel-${code}`;
  return (
    <Controller
      control={control}
      name={`onderdelen.${code}`}
      render={({ field, fieldState }) => (
        <Box role="group" aria-labelledby={labelId} sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, minHeight: 56 }}>
          <FormControlLabel
            sx={{ flex: '1 1 320px' }}
            control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked ? vandaag : null)} onBlur={field.onBlur} name={field.name} />}
            label={
              <span id={labelId}>
                {info.label}{' '}
                <Typography component="span" variant="body2" color="text.secondary">
                  ({info.artikel})
                </Typography>
              </span>
            }
          />
          {field.value ? (
            <Box sx={{ width: 220 }}>
              <DatumInvoer
                label="Gedaan op"
                naam={`${field.name}.datum`}
                waarde={field.value}
                // Emptying the field while retyping keeps the item ticked; untick it to reopen the item.
                wijzig={(waarde) => field.onChange(waarde ?? 'ongeldig')}
                verlaat={field.onBlur}
                fout={fieldState.error?.message}
              />
            </Box>
          ) : null}
        </Box>
      )}
    />
  );
}
