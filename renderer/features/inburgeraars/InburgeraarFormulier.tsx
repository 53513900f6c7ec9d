import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { GESLACHTEN, GESLACHT_LABELS, inburgeraarInvoer, type InburgeraarFormulier as Waarden, type InburgeraarInvoer } from '../../../shared/domain/inburgeraar';
import { DOELGROEPEN, DOELGROEP_LABELS, codesVoorDoelgroep, passendeDoelgroepcode } from '../../../shared/rules/doelgroep';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';

export const LEEG_FORMULIER = {
  bsn: '', voornamen: '', tussenvoegsel: '', achternaam: '', geboortedatum: '', geslacht: '', nationaliteit: '', taal: '',
  tolkNodig: false, straat: '', huisnummer: '', postcode: '', woonplaats: '', telefoon: '', email: '', doelgroep: '',
  doelgroepcode: '', vNummer: '', datumKennisgevingDuo: null, datumInschrijvingBrp: null, datumKoppelingCoa: null,
} as unknown as Waarden;

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
  const { control, handleSubmit, setValue, getValues } = useForm<Waarden, unknown, InburgeraarInvoer>({
    resolver: zodResolver(inburgeraarInvoer),
    defaultValues: beginwaarden,
    mode: 'onTouched',
  });
  const doelgroep = useWatch({ control, name: 'doelgroep' });
  const codes = doelgroep ? codesVoorDoelgroep(doelgroep) : [];

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
            <TekstVeld control={control} name="voornamen" label="Voornamen" required />
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <TekstVeld control={control} name="tussenvoegsel" label="Tussenvoegsel" />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <TekstVeld control={control} name="achternaam" label="Achternaam" required />
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
        </Sectie>

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

