import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { intakeInvoer, NIVEAUS, type IntakeInvoer } from '../../../shared/domain/intake';
import { datumLang } from '../../../shared/format';
import { isIsoDatum, vandaagInNederland } from '../../../shared/rules/datum';
import { datumconflictenAfronding, datumconflictenIntake, ontbrekendInIntake } from '../../../shared/rules/intake';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { DatumInvoer, DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { OntheffingSectie } from './OntheffingSectie';
import { Oproepen } from './Oproepen';

type Waarden = z.input<typeof intakeInvoer>;

export function IntakeTab({ inburgeraarId }: { inburgeraarId: number }) {
  const intake = useQuery({ queryKey: ['intake', inburgeraarId], queryFn: () => koers('intakeOphalen', { inburgeraarId }) });
  if (intake.isPending) return <Laden />;
  if (intake.isError) return <FoutMelding fout={intake.error} />;
  return (
    <Stack spacing={3}>
      <Oproepen inburgeraarId={inburgeraarId} data={intake.data} />
      <IntakeFormulier key={intake.data.intake.afgerondOp ?? 'open'} inburgeraarId={inburgeraarId} data={intake.data} />
      <OntheffingSectie inburgeraarId={inburgeraarId} />
    </Stack>
  );
}

function IntakeFormulier({ inburgeraarId, data }: { inburgeraarId: number; data: Uitvoer<'intakeOphalen'> }) {
  const queryClient = useQueryClient();
  const { intake, ontbreekt, volgendeStap } = data;
  const afgerond = !!intake.afgerondOp;
  const { control, handleSubmit } = useForm<Waarden, unknown, IntakeInvoer>({ resolver: zodResolver(intakeInvoer), defaultValues: intake });
  const gesprekken = useFieldArray({ control, name: 'gesprekken' });
  // The same rule as the main process, on what is on screen now: the list updates while typing.
  const opScherm = intakeInvoer.safeParse(useWatch({ control }));
  const nogNodig = opScherm.success ? ontbrekendInIntake(opScherm.data, false) : ontbreekt;
  const [afrondDatum, setAfrondDatum] = useState(vandaagInNederland());
  const vandaag = vandaagInNederland();
  const datumconflicten = opScherm.success ? datumconflictenIntake(opScherm.data, { vandaag, kennisgevingDuo: data.datumKennisgevingDuo }) : [];
  const afrondconflicten =
    opScherm.success && isIsoDatum(afrondDatum)
      ? datumconflictenAfronding(opScherm.data, { datum: afrondDatum, inAfwezigheid: volgendeStap === 'in_afwezigheid_afronden', oproepen: intake.oproepen }, vandaag)
      : [];
  const vernieuw = async () => {
    await queryClient.invalidateQueries({ queryKey: ['intake', inburgeraarId] });
    await queryClient.invalidateQueries({ queryKey: ['inburgeraar', inburgeraarId] });
    await queryClient.invalidateQueries({ queryKey: ['pip', inburgeraarId] });
  };
  const opslaan = useMutation({ mutationFn: (gegevens: IntakeInvoer) => koers('intakeOpslaan', { inburgeraarId, gegevens }), onSuccess: vernieuw });
  // Afronden saves what is on screen first, so nothing typed is lost.
  const afronden = useMutation({
    mutationFn: async ({ gegevens, inAfwezigheid }: { gegevens: IntakeInvoer; inAfwezigheid: boolean }) => {
      if (!inAfwezigheid) await koers('intakeOpslaan', { inburgeraarId, gegevens });
      return koers('intakeAfronden', { inburgeraarId, datum: afrondDatum, inAfwezigheid });
    },
    onSettled: vernieuw,
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Brede intake (art. 14 Wi 2021; art. 5.2 Besluit)
      </Typography>
      {afgerond && (
        <Alert severity="success" sx={{ mb: 2 }}>
          De intake is afgerond op {datumLang(intake.afgerondOp!)}
          {intake.inAfwezigheid ? ', in afwezigheid van de inburgeraar na drie oproepen (art. 14 lid 2)' : ''}. De gegevens veranderen niet meer.
        </Alert>
      )}
      <form onSubmit={handleSubmit((gegevens) => opslaan.mutate(gegevens))} noValidate aria-label="Brede intake">
        <fieldset disabled={afgerond} style={{ border: 0, padding: 0, margin: 0 }}>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1, mb: 1, fontWeight: 700 }}>
            Leerbaarheidstoets (art. 14 lid 3 onder a)
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 3 }}>
              <DatumVeld control={control} name="leerbaarheidstoetsDatum" label="Datum toets" />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <TekstVeld control={control} name="leerbaarheidstoetsDoor" label="Afgenomen door" />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <KeuzeVeld control={control} name="geadviseerdNiveau" label="Geadviseerd niveau" opties={NIVEAUS.map((n) => ({ waarde: n, label: n }))} />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <KeuzeVeld
                control={control}
                name="ontheffingToets"
                label="Ontheffing toets (art. 14 lid 6)"
                opties={[
                  { waarde: 'geen', label: 'Geen ontheffing' },
                  { waarde: 'visueel', label: 'Visuele beperking' },
                  { waarde: 'auditief', label: 'Auditieve beperking' },
                ]}
              />
            </Grid>
            <Grid size={12}>
              <TekstVeld control={control} name="leerbaarheidstoetsResultaat" label="Resultaat en advies" multiline minRows={2} />
            </Grid>
          </Grid>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 700 }}>
            Onderzoek en verkenning
          </Typography>
          <Grid container spacing={2}>
            {(
              [
                ['onderwijsEnWerkervaring', 'Onderwijs en werkervaring in het land van herkomst (lid 3 onder b)'],
                ['persoonlijkeOmstandigheden', 'Persoonlijke omstandigheden, waaronder fysieke en mentale gezondheid (lid 3 onder c)'],
                ['vve', 'Voor- en vroegschoolse educatie voor de kinderen (lid 3 onder d)'],
                ['taalniveau', 'Taalniveau (art. 5.2 lid 1 onder a Besluit)'],
                ['arbeidsparticipatie', 'Mogelijkheden tot arbeidsparticipatie (onder b)'],
                ['zelfredzaamheid', 'Mate van zelfredzaamheid (onder c)'],
              ] as const
            ).map(([naam, label]) => (
              <Grid key={naam} size={{ xs: 12, md: 6 }}>
                <TekstVeld control={control} name={naam} label={label} multiline minRows={2} />
              </Grid>
            ))}
          </Grid>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 700 }}>
            Onderwijsroute (art. 8 lid 1 Wi 2021; art. 14 lid 3 onder b)
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Vraag of de inburgeraar wil studeren, en beoordeel of er een grote kans is op een diploma in het mbo, hbo of wo.
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 3 }}>
              <TekstVeld control={control} name="jarenOnderwijs" label="Jaren onderwijs" type="number" slotProps={{ htmlInput: { min: 0, max: 30, step: 1 } }} helperText="Heel getal, 0 tot en met 30" />
            </Grid>
            <Grid size={{ xs: 12, md: 9 }}>
              <TekstVeld control={control} name="hoogsteOpleiding" label="Hoogste opleiding" helperText="Bijvoorbeeld: middelbare school met diploma" />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <KeuzeVeld
                control={control}
                name="wilStuderen"
                label="Wil de inburgeraar studeren?"
                opties={[
                  { waarde: '', label: 'Nog niet gevraagd' },
                  { waarde: 'ja', label: 'Ja' },
                  { waarde: 'nee', label: 'Nee' },
                  { waarde: 'weet_niet', label: 'Weet het nog niet' },
                ]}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <KeuzeVeld
                control={control}
                name="groteKansOpDiploma"
                label="Grote kans op een diploma in mbo, hbo of wo?"
                opties={[
                  { waarde: '', label: 'Nog niet beoordeeld' },
                  { waarde: 'ja', label: 'Ja, grote kans' },
                  { waarde: 'nee', label: 'Nee' },
                  { waarde: 'twijfel', label: 'Twijfel' },
                ]}
              />
            </Grid>
            <Grid size={12}>
              <TekstVeld
                control={control}
                name="onderwijsrouteToelichting"
                label="Toelichting onderwijsroute: waarom deze beoordeling?"
                multiline
                minRows={2}
                helperText="Verplicht bij een grote kans of twijfel"
              />
            </Grid>
          </Grid>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 700 }}>
            Recht op een gesprek zonder anderen (art. 5.2 lid 2 Besluit)
          </Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
            <VinkVeld control={control} name="rechtAlleenGeinformeerd" label="De inburgeraar is op dit recht gewezen" />
            <DatumVeld control={control} name="rechtAlleenGeinformeerdOp" label="Op" />
          </Stack>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 700 }}>
            Gesprekken
          </Typography>
          {gesprekken.fields.map((veld, index) => (
            <Grid container spacing={2} key={veld.id} sx={{ mb: 1, alignItems: 'center' }}>
              <Grid size={{ xs: 12, md: 3 }}>
                <DatumVeld control={control} name={`gesprekken.${index}.datum`} label={`Datum gesprek ${index + 1}`} verplicht />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <TekstVeld control={control} name={`gesprekken.${index}.aanwezigen`} label="Aanwezigen" />
              </Grid>
              <Grid size={{ xs: 6, md: 1 }}>
                <VinkVeld control={control} name={`gesprekken.${index}.tolk`} label="Tolk" />
              </Grid>
              <Grid size={{ xs: 10, md: 4 }}>
                <TekstVeld control={control} name={`gesprekken.${index}.notitie`} label="Notitie" />
              </Grid>
              <Grid size={{ xs: 2, md: 1 }}>
                <IconButton aria-label={`Gesprek ${index + 1} verwijderen`} onClick={() => gesprekken.remove(index)} disabled={afgerond}>
                  <DeleteIcon />
                </IconButton>
              </Grid>
            </Grid>
          ))}
          <Button startIcon={<AddIcon />} onClick={() => gesprekken.append({ datum: vandaagInNederland(), aanwezigen: '', tolk: false, notitie: '' })} disabled={afgerond}>
            Gesprek toevoegen
          </Button>
          <TekstVeld control={control} name="notities" label="Notities" multiline minRows={2} sx={{ mt: 2 }} />
          {!afgerond && <Bevindingen titel="Deze datums kunnen niet kloppen" bevindingen={datumconflicten} />}
          {!afgerond && (
            <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
              Intake opslaan
            </Button>
          )}
          {opslaan.isSuccess && !afgerond && (
            <Alert severity="success" sx={{ mt: 2 }}>
              De intake is opgeslagen.
            </Alert>
          )}
          {opslaan.isError && <FoutMelding fout={opslaan.error} />}
        </fieldset>
      </form>
      {!afgerond && (
        <>
          <Bevindingen titel="Nog nodig om de intake af te ronden" bevindingen={nogNodig} />
          <Bevindingen titel="Deze datum van afronding kan niet kloppen" bevindingen={afrondconflicten} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center', mt: 2 }}>
            <DatumInvoer label="Datum afronding" naam="afrondDatum" waarde={afrondDatum} wijzig={(w) => w && setAfrondDatum(w)} verlaat={() => undefined} />
            <Button variant="outlined" onClick={handleSubmit((gegevens) => afronden.mutate({ gegevens, inAfwezigheid: false }))} loading={afronden.isPending}>
              Intake opslaan en afronden
            </Button>
            {volgendeStap === 'in_afwezigheid_afronden' && (
              <Button variant="outlined" color="warning" onClick={handleSubmit((gegevens) => afronden.mutate({ gegevens, inAfwezigheid: true }))}>
                Afronden zonder inburgeraar (art. 14 lid 2)
              </Button>
            )}
          </Stack>
          {afronden.isError && <FoutMelding fout={afronden.error} />}
        </>
      )}
    </Paper>
  );
}
