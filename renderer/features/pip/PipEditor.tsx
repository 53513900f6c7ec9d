import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { ALFABETISERING, ALFABETISERING_LABELS, LAGERE_NORM_REDENEN, LEERROUTES, LEERROUTE_LABELS, pipInhoud, type Pip, type PipFormulier, type PipInhoud } from '../../../shared/domain/pip';
import { heeftVerblijfsvergunningAsiel, isAsielgroep } from '../../../shared/rules/doelgroep';
import { koers } from '../../api/koers';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { totaalNiveau } from '../../../shared/rules/pip';
import { mapVanToepassing } from '../../../shared/rules/pvt';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { NiveauPerOnderdeelVelden } from './NiveauPerOnderdeelVelden';
import { WijzigingMotiveringVelden } from './WijzigingMotiveringVelden';

interface Props {
  inburgeraar: Inburgeraar;
  concept: Pip | undefined;
  bouwstenen: string[];
  /** Besluit 5.3 lid 1: the deadline of the first PIP, to ask for a reason when it has passed. */
  pipUiterlijk?: string | null;
}

const LAGERE_NORM_LABELS: Record<(typeof LAGERE_NORM_REDENEN)[number], string> = {
  geen: 'Nee: de gewone norm',
  visueel: 'Ja: visuele beperking',
  auditief: 'Ja: auditieve beperking',
};

const LEEG: PipFormulier = { magOpleidingAfmaken: false, ontzorgen: false };

/** After a move the leerroute and level of the earlier gemeente stay (Wi 15 lid 4): the new plan starts from them. */
function beginVoor(inburgeraar: Inburgeraar): PipFormulier {
  if (!inburgeraar.leerrouteEerder) return LEEG;
  const niveaus = inburgeraar.niveausEerder;
  const niveau = niveaus ? totaalNiveau(niveaus) : null;
  return {
    ...LEEG,
    leerroute: inburgeraar.leerrouteEerder,
    niveau: inburgeraar.leerrouteEerder === 'b1' ? niveau : null,
    niveauPerOnderdeel: niveau === 'A2' ? niveaus : null,
  };
}

/** The PIP of Wi 15 as a form; fields that do not apply to this person or route are not shown. */
export function PipEditor({ inburgeraar, concept, bouwstenen, pipUiterlijk }: Props) {
  const queryClient = useQueryClient();
  const asiel = isAsielgroep(inburgeraar.doelgroep);
  const vbvAsiel = heeftVerblijfsvergunningAsiel(inburgeraar.doelgroepcode);
  const { control, handleSubmit, setValue, getValues } = useForm<PipFormulier, unknown, PipInhoud>({
    resolver: zodResolver(pipInhoud),
    defaultValues: concept?.inhoud ?? beginVoor(inburgeraar),
  });
  const leerroute = useWatch({ control, name: 'leerroute' });
  const ontzorgen = useWatch({ control, name: 'ontzorgen' });
  const perOnderdeel = useWatch({ control, name: 'niveauPerOnderdeel' });
  const wijziging = concept?.soort === 'wijziging' ? (concept.wijzigingReden ?? 'anders') : null;
  // The routes considered belong to a first PIP and to schakelen (Awb 3:2, 3:46).
  const metOverwegingen = !wijziging || wijziging === 'schakelen';
  const naTermijn = !wijziging && !!pipUiterlijk && pipUiterlijk < vandaagInNederland();

  // The MAP is not part of the onderwijsroute (Wi 8 lid 3): clear it when that route is chosen.
  useEffect(() => {
    if (leerroute === 'onderwijs' && getValues('mapIntensiteit')) setValue('mapIntensiteit', null);
  }, [leerroute, getValues, setValue]);

  const opslaan = useMutation({
    mutationFn: (inhoud: PipInhoud) => koers('pipConceptOpslaan', { inburgeraarId: inburgeraar.id, inhoud }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pip', inburgeraar.id] }),
  });

  const overwegingen = LEERROUTES.filter((r) => r !== leerroute);
  const overwegingVeld = { b1: 'overwegingB1', onderwijs: 'overwegingOnderwijs', z: 'overwegingZ' } as const;

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {concept?.soort === 'wijziging' ? `Wijziging (versie ${concept.versie}) — concept` : 'Persoonlijk plan inburgering en participatie — concept'}
      </Typography>
      <form onSubmit={handleSubmit((inhoud) => opslaan.mutate(inhoud))} noValidate aria-label="PIP">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="leerroute" label="Leerroute (art. 15 lid 1 onder a)" opties={LEERROUTES.map((r) => ({ waarde: r, label: LEERROUTE_LABELS[r] }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld
              control={control}
              name="niveau"
              label="Niveau"
              opties={[
                { waarde: 'B1', label: 'B1' },
                { waarde: 'A2', label: 'A2 (alleen na afschalen, of facultatief in de Z-route)' },
              ]}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="alfabetisering" label="Alfabetisering" opties={ALFABETISERING.map((a) => ({ waarde: a, label: ALFABETISERING_LABELS[a] }))} />
          </Grid>
          {leerroute === 'b1' && (
            <Grid size={12}>
              <VinkVeld
                control={control}
                name="niveauPerOnderdeel"
                label="Niveau per examenonderdeel (na afschalen, art. 17 lid 3)"
                vinkWaarde={{ lezen: 'B1', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' }}
              />
            </Grid>
          )}
          {leerroute === 'b1' && perOnderdeel && <NiveauPerOnderdeelVelden control={control} />}
          {asiel && (
            <>
              <Grid size={{ xs: 12, md: 4 }}>
                <TekstVeld control={control} name="intensiteitUrenPerWeek" label="Intensiteit leerroute: uren per week (art. 15 lid 2)" type="number" />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TekstVeld control={control} name="geschatteIntensiteitUren" label="Intensiteit leerroute: uren in totaal" type="number" />
              </Grid>
            </>
          )}
          {leerroute === 'z' && (
            <>
              <Grid size={{ xs: 12, md: 4 }}>
                <TekstVeld control={control} name="zRouteCursusuren" label="Z-route: cursusuren (ten minste 800)" type="number" />
              </Grid>
              {asiel && (
                <Grid size={{ xs: 12, md: 4 }}>
                  <TekstVeld control={control} name="zRouteParticipatieuren" label="Z-route: participatie-uren (ten minste 800)" type="number" />
                </Grid>
              )}
              <Grid size={{ xs: 12, md: 4 }}>
                <KeuzeVeld
                  control={control}
                  name="zRouteLagereNorm"
                  label="Lagere norm (art. 3.14 lid 2 Besluit)"
                  opties={LAGERE_NORM_REDENEN.map((r) => ({ waarde: r, label: LAGERE_NORM_LABELS[r] }))}
                />
              </Grid>
              <Grid size={12}>
                <TekstVeld control={control} name="zRouteLagereNormToelichting" label="Toelichting lagere norm (welke beperking, vastgesteld door wie)" multiline minRows={1} />
              </Grid>
            </>
          )}
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="aantalVoortgangsgesprekken" label="Aantal voortgangsgesprekken (art. 5.3 lid 4 Besluit)" type="number" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="voortgangsgesprekkenElkeMaanden" label="Voortgangsgesprekken: elke … maanden" type="number" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="taalaanbieder" label="Taalaanbieder" />
          </Grid>
          <Grid size={12}>
            <VinkVeld control={control} name="magOpleidingAfmaken" label="Mag de niet-vrijstellende opleiding eerst afmaken" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="ondersteuningEnBegeleiding" label="Ondersteuning en begeleiding (onder b)" multiline minRows={2} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="pvtIntensiteit" label="Intensiteit participatieverklaringstraject (onder c)" multiline minRows={2} />
          </Grid>
          {mapVanToepassing(leerroute ?? null) && (
            <Grid size={{ xs: 12, md: 6 }}>
              <TekstVeld control={control} name="mapIntensiteit" label="Intensiteit MAP (onder c)" multiline minRows={2} />
            </Grid>
          )}
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="vveAfspraken" label="Afspraken VVE (onder d), als van toepassing" multiline minRows={2} />
          </Grid>
          {asiel && (
            <Grid size={{ xs: 12, md: 6 }}>
              <TekstVeld control={control} name="maatschappelijkeBegeleiding" label="Maatschappelijke begeleiding (art. 13)" multiline minRows={2} />
            </Grid>
          )}
          {vbvAsiel && (
            <Grid size={{ xs: 12, md: 6 }}>
              <VinkVeld control={control} name="ontzorgen" label="Financieel ontzorgen: ontvangt bijstand (art. 56a Participatiewet)" />
              {ontzorgen && <DatumVeld control={control} name="startBijstand" label="Recht op bijstand ontstaan op" />}
            </Grid>
          )}
          {naTermijn && (
            <>
              <Grid size={{ xs: 12, md: 8 }}>
                <TekstVeld control={control} name="redenTermijnOverschreden" label="Reden dat het PIP na de termijn van tien weken komt (art. 5.3 lid 2 Besluit)" multiline minRows={2} />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <DatumVeld control={control} name="informatieDerdeOntvangenOp" label="Informatie van derde ontvangen op" />
              </Grid>
            </>
          )}
          {wijziging ? (
            <Grid size={12}>
              <WijzigingMotiveringVelden control={control} reden={wijziging} />
            </Grid>
          ) : (
            <Grid size={12}>
              <TekstVeld control={control} name="motivering" label="Motivering (art. 3:46 Awb)" multiline minRows={3} />
            </Grid>
          )}
          {bouwstenen.length > 0 && (
            <Grid size={12}>
              <TextField
                select
                label="Bouwsteen toevoegen aan de motivering"
                value=""
                sx={{ maxWidth: 480 }}
                onChange={(e) => {
                  const veld = wijziging ? 'wijziging.feiten' : 'motivering';
                  const huidig = (getValues(veld) as string | null | undefined) ?? '';
                  setValue(veld, huidig ? `${huidig} ${e.target.value}` : e.target.value, { shouldDirty: true });
                }}
              >
                {bouwstenen.map((b) => (
                  <MenuItem key={b} value={b} sx={{ whiteSpace: 'normal', maxWidth: 640 }}>
                    {b}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          )}
          {metOverwegingen && overwegingen.map((route) => (
            <Grid key={route} size={{ xs: 12, md: 6 }}>
              <TekstVeld control={control} name={overwegingVeld[route]} label={`Waarom niet de ${LEERROUTE_LABELS[route]}?`} multiline minRows={2} />
            </Grid>
          ))}
        </Grid>
        <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
          Concept opslaan
        </Button>
      </form>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {opslaan.isSuccess && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Het concept is opgeslagen.
        </Alert>
      )}
    </Paper>
  );
}
