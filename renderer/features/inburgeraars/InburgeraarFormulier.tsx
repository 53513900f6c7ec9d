import { zodResolver } from '@hookform/resolvers/zod';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Collapse from '@mui/material/Collapse';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { GESLACHTEN, GESLACHT_LABELS, inburgeraarInvoerOp, type InburgeraarFormulier as Waarden, type InburgeraarInvoer } from '../../../shared/domain/inburgeraar';
import { EXAMENONDERDELEN, EXAMENONDERDEEL_LABELS, LEERROUTES, LEERROUTE_LABELS, PIP_NIVEAUS, type NiveauPerOnderdeel } from '../../../shared/domain/pip';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { DOELGROEPEN, DOELGROEP_LABELS, codesVoorDoelgroep, isAsielgroep, passendeDoelgroepcode } from '../../../shared/rules/doelgroep';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';

export const LEEG_FORMULIER = {
  bsn: '', voornamen: '', tussenvoegsel: '', achternaam: '', geboortedatum: '', geslacht: '', nationaliteit: '', taal: '',
  tolkNodig: false, straat: '', huisnummer: '', postcode: '', woonplaats: '', telefoon: '', email: '', doelgroep: '',
  doelgroepcode: '', vNummer: '', datumKennisgevingDuo: null, datumInschrijvingBrp: null, datumKoppelingCoa: null,
  naamOorspronkelijkSchrift: '', oorspronkelijkSchriftOpDocumenten: false, huisvestingArt28: false,
  verhuisdVanGemeente: '', termijnStartEerder: null, leerrouteEerder: '', niveausEerder: null,
} as unknown as Waarden;

const VERHUIZING = ['verhuisdVanGemeente', 'termijnStartEerder', 'leerrouteEerder', 'niveausEerder'] as const;
const ALLE_B1: NiveauPerOnderdeel = { lezen: 'B1', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' };

/** A checkbox with a one-line explanation and an inline error, both linked to it for screen readers. */
function VinkMetUitleg({ control, name, label, uitleg }: { control: Control<Waarden>; name: FieldPath<Waarden>; label: string; uitleg: string }) {
  const uitlegId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error}>
          <FormControlLabel
            control={
              <Checkbox
                checked={!!field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                name={field.name}
                slotProps={{ input: { 'aria-describedby': uitlegId } }}
              />
            }
            label={label}
          />
          <FormHelperText id={uitlegId} sx={{ mt: 0 }}>
            {fieldState.error?.message ?? uitleg}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}

function Sectie({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="fieldset">
      <Typography variant="h6" component="legend" sx={{ px: 1 }}>
        {titel}
      </Typography>
      <Grid container spacing={2}>
        {children}
      </Grid>
    </Paper>
  );
}

const derde = { xs: 12, md: 4 } as const;

interface Props {
  beginwaarden: Waarden;
  opslaanLabel: string;
  bezig: boolean;
  opslaan: (invoer: InburgeraarInvoer) => void;
  annuleren: () => void;
  melding?: ReactNode;
}

export function InburgeraarFormulier({ beginwaarden, opslaanLabel, bezig, opslaan, annuleren, melding }: Props) {
  // The schema of the contract plus the check against today (an earlier termijn cannot start in the future).
  const schema = useMemo(() => inburgeraarInvoerOp(vandaagInNederland()), []);
  const { control, handleSubmit, setValue, getValues, formState } = useForm<Waarden, unknown, InburgeraarInvoer>({
    resolver: zodResolver(schema),
    defaultValues: beginwaarden,
    mode: 'onTouched',
  });
  const doelgroep = useWatch({ control, name: 'doelgroep' });
  const leerrouteEerder = useWatch({ control, name: 'leerrouteEerder' });
  const codes = doelgroep ? codesVoorDoelgroep(doelgroep) : [];
  const asiel = !!doelgroep && isAsielgroep(doelgroep);
  const [verhuizingOpen, setVerhuizingOpen] = useState(() => VERHUIZING.some((veld) => !!beginwaarden[veld]));
  const verhuizingFout = VERHUIZING.some((veld) => formState.errors[veld]);
  const verhuizingId = useId();

  // Art. 28 Huisvestingswet housing only exists for the asiel group.
  useEffect(() => {
    if (!asiel && getValues('huisvestingArt28')) setValue('huisvestingArt28', false);
  }, [asiel, getValues, setValue]);

  // Levels per exam part belong to the B1-route only; a B1-route starts at B1 for every part.
  // The level fields register themselves with empty values first, so fill what is missing, keep the rest.
  useEffect(() => {
    const niveaus = getValues('niveausEerder');
    if (leerrouteEerder === 'b1') {
      const compleet = { ...ALLE_B1 };
      for (const onderdeel of EXAMENONDERDELEN) if (niveaus?.[onderdeel]) compleet[onderdeel] = niveaus[onderdeel];
      if (EXAMENONDERDELEN.some((onderdeel) => niveaus?.[onderdeel] !== compleet[onderdeel])) setValue('niveausEerder', compleet);
    } else if (niveaus) {
      setValue('niveausEerder', null);
    }
  }, [leerrouteEerder, getValues, setValue]);

  // Errors in the move section open it, so they are never hidden.
  useEffect(() => {
    if (verhuizingFout) setVerhuizingOpen(true);
  }, [verhuizingFout]);

  const verhuizingWissen = () => {
    for (const veld of VERHUIZING) setValue(veld, veld === 'leerrouteEerder' || veld === 'verhuisdVanGemeente' ? '' : null, { shouldValidate: formState.isSubmitted });
  };

  // Keep the DUO code consistent with the chosen doelgroep.
  useEffect(() => {
    const huidig = getValues('doelgroepcode');
    if (doelgroep && (!huidig || !passendeDoelgroepcode(doelgroep, huidig))) {
      setValue('doelgroepcode', codesVoorDoelgroep(doelgroep)[0]!, { shouldValidate: false });
    }
  }, [doelgroep, getValues, setValue]);

  return (
    <form onSubmit={handleSubmit(opslaan)} noValidate aria-label="Gegevens inburgeraar">
      <Stack spacing={3}>
        <Sectie titel="Persoon">
          <Grid size={derde}>
            <TekstVeld control={control} name="bsn" label="BSN" required slotProps={{ htmlInput: { inputMode: 'numeric' } }} autoFocus />
          </Grid>
          <Grid size={derde}>
            <DatumVeld control={control} name="geboortedatum" label="Geboortedatum" verplicht hulptekst="dd-mm-jjjj" />
          </Grid>
          <Grid size={derde}>
            <KeuzeVeld control={control} name="geslacht" label="Geslacht" required opties={GESLACHTEN.map((g) => ({ waarde: g, label: GESLACHT_LABELS[g] }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <TekstVeld control={control} name="voornamen" label="Voornamen" required helperText="Zoals in de BRP, in Latijnse letters" />
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <TekstVeld control={control} name="tussenvoegsel" label="Tussenvoegsel" />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <TekstVeld control={control} name="achternaam" label="Achternaam" required />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld
              control={control}
              name="naamOorspronkelijkSchrift"
              label="Naam in oorspronkelijk schrift"
              helperText="Niet verplicht; bijvoorbeeld in Arabisch of Cyrillisch schrift"
              slotProps={{ htmlInput: { dir: 'auto' } }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <VinkMetUitleg
              control={control}
              name="oorspronkelijkSchriftOpDocumenten"
              label="Ook op de participatieverklaring"
              uitleg="Onder de naam uit de BRP. Brieven krijgen alleen de naam uit de BRP."
            />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="nationaliteit" label="Nationaliteit" required />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="taal" label="Taal" required helperText="De taal waarin het gesprek het best gaat" />
          </Grid>
          <Grid size={derde}>
            <VinkVeld control={control} name="tolkNodig" label="Tolk nodig" />
          </Grid>
        </Sectie>

        <Sectie titel="Adres en contact">
          <Grid size={{ xs: 12, md: 6 }}>
            <TekstVeld control={control} name="straat" label="Straat" required />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TekstVeld control={control} name="huisnummer" label="Huisnummer" required />
          </Grid>
          <Grid size={{ xs: 6, md: 4 }}>
            <TekstVeld control={control} name="postcode" label="Postcode" required helperText="1234 AB" />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="woonplaats" label="Woonplaats" required />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="telefoon" label="Telefoon" type="tel" />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="email" label="E-mail" type="email" />
          </Grid>
        </Sectie>

        <Sectie titel="Inburgering">
          <Grid size={derde}>
            <KeuzeVeld control={control} name="doelgroep" label="Doelgroep" required opties={DOELGROEPEN.map((d) => ({ waarde: d, label: DOELGROEP_LABELS[d] }))} />
          </Grid>
          <Grid size={derde}>
            <KeuzeVeld
              control={control}
              name="doelgroepcode"
              label="Doelgroep volgens DUO"
              required
              disabled={!doelgroep}
              opties={codes.map((c) => ({ waarde: c, label: c }))}
              helperText={doelgroep ? undefined : 'Kies eerst de doelgroep'}
            />
          </Grid>
          <Grid size={derde}>
            <TekstVeld control={control} name="vNummer" label="V-nummer" helperText="10 cijfers, als bekend" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          </Grid>
          <Grid size={derde}>
            <DatumVeld control={control} name="datumKennisgevingDuo" label="Datum kennisgeving DUO" hulptekst="Brief van DUO over de inburgeringsplicht" />
          </Grid>
          <Grid size={derde}>
            <DatumVeld control={control} name="datumInschrijvingBrp" label="Datum inschrijving BRP" hulptekst="In deze gemeente" />
          </Grid>
          <Grid size={derde}>
            <DatumVeld control={control} name="datumKoppelingCoa" label="Datum koppeling COA" hulptekst="Alleen asielstatushouders" />
          </Grid>
          {asiel && (
            <Grid size={12}>
              <VinkMetUitleg
                control={control}
                name="huisvestingArt28"
                label="Gehuisvest via het COA (art. 28 Huisvestingswet 2014)"
                uitleg="Aanvinken als de inburgeraar op de datum van de DUO-brief nog niet in deze gemeente stond ingeschreven: dan telt de PIP-termijn vanaf de inschrijving in de BRP."
              />
            </Grid>
          )}
        </Sectie>

        <Paper variant="outlined" sx={{ p: 2 }} component="fieldset">
          <Typography variant="h6" component="legend" sx={{ px: 1 }}>
            <Button
              onClick={() => setVerhuizingOpen((open) => !open)}
              aria-expanded={verhuizingOpen}
              aria-controls={verhuizingId}
              endIcon={<ExpandMoreIcon sx={{ transform: verhuizingOpen ? 'rotate(180deg)' : 'none' }} />}
              sx={{ typography: 'h6', textTransform: 'none', color: 'text.primary' }}
            >
              Verhuisd uit een andere gemeente
            </Button>
          </Typography>
          <Collapse in={verhuizingOpen} id={verhuizingId}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Alleen invullen als de inburgeringstermijn al loopt door een plan (PIP) van de vorige gemeente. De termijn, de leerroute en het
              niveau blijven dan gelden (art. 11 lid 3 en art. 15 lid 4 Wet inburgering 2021).
            </Typography>
            <Grid container spacing={2}>
              <Grid size={derde}>
                <TekstVeld control={control} name="verhuisdVanGemeente" label="Vorige gemeente" />
              </Grid>
              <Grid size={derde}>
                <DatumVeld control={control} name="termijnStartEerder" label="Start inburgeringstermijn" hulptekst="Zoals in het PIP van de vorige gemeente" />
              </Grid>
              <Grid size={derde}>
                <KeuzeVeld
                  control={control}
                  name="leerrouteEerder"
                  label="Leerroute in het vorige PIP"
                  opties={[{ waarde: '', label: 'Geen' }, ...LEERROUTES.map((l) => ({ waarde: l, label: LEERROUTE_LABELS[l] }))]}
                />
              </Grid>
              {leerrouteEerder === 'b1' &&
                EXAMENONDERDELEN.map((onderdeel) => (
                  <Grid key={onderdeel} size={{ xs: 6, md: 3 }}>
                    <KeuzeVeld
                      control={control}
                      name={`niveausEerder.${onderdeel}`}
                      label={`Niveau ${EXAMENONDERDEEL_LABELS[onderdeel].toLowerCase()}`}
                      opties={PIP_NIVEAUS.map((n) => ({ waarde: n, label: n }))}
                    />
                  </Grid>
                ))}
              {formState.errors.niveausEerder?.message && (
                <Grid size={12}>
                  <FormHelperText error>{formState.errors.niveausEerder.message}</FormHelperText>
                </Grid>
              )}
              <Grid size={12}>
                <Button variant="text" onClick={verhuizingWissen}>
                  Gegevens over de verhuizing wissen
                </Button>
              </Grid>
            </Grid>
          </Collapse>
        </Paper>

        {melding}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" loading={bezig} loadingPosition="start">
            {opslaanLabel}
          </Button>
          <Button variant="text" onClick={annuleren}>
            Annuleren
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}

