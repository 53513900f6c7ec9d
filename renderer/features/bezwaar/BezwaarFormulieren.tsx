import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import {
  BESCHIKKING_SOORT_LABELS,
  BEZWAAR_UITKOMST_LABELS,
  BEZWAAR_UITKOMSTEN,
  beroepInvoer,
  beslissingInvoer,
  bezwaarBijwerkenInvoer,
  bezwaarRegistrerenInvoer,
  HOGER_BEROEP_INSTANTIE,
  hogerBeroepInvoer,
  hoorzittingInvoer,
  UITSPRAAK_UITKOMST_LABELS,
  UITSPRAAK_UITKOMSTEN,
  verdagenInvoer,
  type Beschikking,
  type Bezwaar,
} from '../../../shared/domain/bezwaar';
import { datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useBezwaarVernieuwen } from './vernieuwen';

type Ondertekenaars = Uitvoer<'ondertekenaarsLijst'>;

/** A dialog with one form; the submit button carries the act's own name. */
function FormulierDialoog({ titel, knop, bezig, fout, verzenden, sluiten, children }: { titel: string; knop: string; bezig: boolean; fout: unknown; verzenden: () => void; sluiten: () => void; children: ReactNode }) {
  return (
    <Dialog open onClose={sluiten} fullWidth maxWidth="sm" aria-labelledby="bezwaar-dialoog-titel">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          verzenden();
        }}
      >
        <DialogTitle id="bezwaar-dialoog-titel">{titel}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {fout ? <FoutMelding fout={fout} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={sluiten}>Annuleren</Button>
          <Button type="submit" variant="contained" loading={bezig}>
            {knop}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The ondertekenaar of a letter (namens het college, Awb 10:10), as a number in the form. */
function OndertekenaarVeld<T extends FieldValues>({ control, name, ondertekenaars }: { control: Control<T>; name: FieldPath<T>; ondertekenaars: Ondertekenaars }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          label="Ondertekenaar (namens het college)"
          name={field.name}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(Number(e.target.value))}
          onBlur={field.onBlur}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
        >
          {ondertekenaars.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.naam}, {o.functie}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

function useMutatie<I>(inburgeraarId: number, doe: (invoer: I) => Promise<unknown>, sluiten: () => void) {
  const vernieuwen = useBezwaarVernieuwen(inburgeraarId);
  return useMutation({
    mutationFn: doe,
    onSuccess: async () => {
      await vernieuwen();
      sluiten();
    },
  });
}

/** Register a bezwaar against a beschikking, or change the facts of one (Awb 6:5, 6:11). */
export function BezwaarFormulier({ inburgeraarId, beschikking, sluiten }: { inburgeraarId: number; beschikking: Beschikking; sluiten: () => void }) {
  const schema = bezwaarRegistrerenInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { documentId: beschikking.documentId, ontvangenOp: vandaagInNederland(), gronden: '', adviescommissie: false, verschoonbaar: false, verschoonbaarMotivering: '', verzenddatum: '', kenmerk: '' },
  });
  const verschoonbaar = useWatch({ control, name: 'verschoonbaar' });
  const registreren = useMutatie(inburgeraarId, (invoer: z.output<typeof schema>) => koers('bezwaarRegistreren', invoer), sluiten);
  return (
    <FormulierDialoog titel={`Bezwaar registreren tegen ${BESCHIKKING_SOORT_LABELS[beschikking.soort]}${beschikking.kenmerk ? ` ${beschikking.kenmerk}` : ''}`} knop="Bezwaar registreren" bezig={registreren.isPending} fout={registreren.error} verzenden={handleSubmit((i) => registreren.mutate(i))} sluiten={sluiten}>
      {beschikking.bezwaartermijnEinde ? (
        <DialogContentText>De bezwaartermijn loopt tot en met {datumLang(beschikking.bezwaartermijnEinde)}.</DialogContentText>
      ) : (
        <>
          <Alert severity="info">Koers kent de verzenddatum van deze beschikking niet. Vul die in: de bezwaartermijn telt vanaf die dag.</Alert>
          <DatumVeld control={control} name="verzenddatum" label="Verzenddatum van de beschikking" verplicht />
          <TekstVeld control={control} name="kenmerk" label="Kenmerk van de beschikking (optioneel)" />
        </>
      )}
      <DatumVeld control={control} name="ontvangenOp" label="Bezwaarschrift ontvangen op" verplicht />
      <TekstVeld control={control} name="gronden" label="Gronden (waarom is de persoon het niet eens?)" multiline minRows={3} required />
      <VinkVeld control={control} name="adviescommissie" label="Advies van een bezwaarcommissie (beslistermijn twaalf weken, art. 7:13 Awb)" />
      <VinkVeld control={control} name="verschoonbaar" label="Te laat, maar verschoonbaar (art. 6:11 Awb)" />
      {verschoonbaar && <TekstVeld control={control} name="verschoonbaarMotivering" label="Waarom is de late indiening verschoonbaar?" multiline minRows={2} />}
    </FormulierDialoog>
  );
}

export function BezwaarWijzigen({ bezwaar, beschikkingen, sluiten }: { bezwaar: Bezwaar; beschikkingen: Beschikking[]; sluiten: () => void }) {
  const schema = bezwaarBijwerkenInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      bezwaarId: bezwaar.id, ontvangenOp: bezwaar.ontvangenOp, gronden: bezwaar.gronden ?? '', adviescommissie: bezwaar.adviescommissie,
      verschoonbaar: bezwaar.verschoonbaar, verschoonbaarMotivering: bezwaar.verschoonbaarMotivering ?? '', nieuweBeschikkingDocumentId: bezwaar.nieuweBeschikkingDocumentId,
    },
  });
  const bijwerken = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('bezwaarBijwerken', invoer), sluiten);
  const andere = beschikkingen.filter((b) => b.documentId !== bezwaar.documentId);
  return (
    <FormulierDialoog titel="Bezwaar wijzigen" knop="Wijzigingen opslaan" bezig={bijwerken.isPending} fout={bijwerken.error} verzenden={handleSubmit((i) => bijwerken.mutate(i))} sluiten={sluiten}>
      <DatumVeld control={control} name="ontvangenOp" label="Bezwaarschrift ontvangen op" verplicht />
      <TekstVeld control={control} name="gronden" label="Gronden" multiline minRows={3} required />
      <VinkVeld control={control} name="adviescommissie" label="Advies van een bezwaarcommissie (art. 7:13 Awb)" />
      {!bezwaar.tijdig && <VinkVeld control={control} name="verschoonbaar" label="Te laat, maar verschoonbaar (art. 6:11 Awb)" />}
      {!bezwaar.tijdig && <TekstVeld control={control} name="verschoonbaarMotivering" label="Waarom is de late indiening verschoonbaar?" multiline minRows={2} />}
      {bezwaar.uitkomst === 'gegrond' && (
        <Controller
          control={control}
          name="nieuweBeschikkingDocumentId"
          render={({ field }) => (
            <TextField
              select
              label="Nieuwe beschikking die de oude vervangt (art. 7:11 Awb)"
              name={field.name}
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
              helperText="Maak de nieuwe beschikking eerst, bijvoorbeeld als wijziging van het PIP."
            >
              <MenuItem value="">Nog niet gemaakt</MenuItem>
              {andere.map((b) => (
                <MenuItem key={b.documentId} value={b.documentId}>
                  {BESCHIKKING_SOORT_LABELS[b.soort]} {b.kenmerk ?? b.titel}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}
    </FormulierDialoog>
  );
}

/** Awb 7:2: the hoorzitting with its verslag, or (Awb 7:3) the reason not to hear. */
export function HoorzittingFormulier({ bezwaar, sluiten }: { bezwaar: Bezwaar; sluiten: () => void }) {
  const schema = hoorzittingInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { bezwaarId: bezwaar.id, datum: bezwaar.hoorzittingOp ?? '', verslag: bezwaar.hoorzittingVerslag ?? '', afgezienReden: bezwaar.hoorzittingAfgezienReden ?? '' },
  });
  const vastleggen = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('hoorzittingVastleggen', invoer), sluiten);
  return (
    <FormulierDialoog titel="Hoorzitting" knop="Hoorzitting vastleggen" bezig={vastleggen.isPending} fout={vastleggen.error} verzenden={handleSubmit((i) => vastleggen.mutate(i))} sluiten={sluiten}>
      <DialogContentText>Vul de datum van de hoorzitting in (en na afloop het verslag), of de reden om van horen af te zien (art. 7:3 Awb).</DialogContentText>
      <DatumVeld control={control} name="datum" label="Datum hoorzitting" />
      <TekstVeld control={control} name="verslag" label="Verslag (na de hoorzitting)" multiline minRows={3} />
      <TekstVeld control={control} name="afgezienReden" label="Of: reden om van horen af te zien" multiline minRows={2} />
    </FormulierDialoog>
  );
}

/** Awb 7:10 lid 3: one verdaging of at most six weeks, with a letter. */
export function VerdagenFormulier({ bezwaar, ondertekenaars, sluiten }: { bezwaar: Bezwaar; ondertekenaars: Ondertekenaars; sluiten: () => void }) {
  const schema = verdagenInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { bezwaarId: bezwaar.id, dagtekening: vandaagInNederland(), reden: '', ondertekenaarId: ondertekenaars[0]?.id },
  });
  const verdagen = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('bezwaarVerdagen', invoer), sluiten);
  return (
    <FormulierDialoog titel="Beslissing verdagen" knop="Verdagen en brief vastleggen" bezig={verdagen.isPending} fout={verdagen.error} verzenden={handleSubmit((i) => verdagen.mutate(i))} sluiten={sluiten}>
      <DialogContentText>
        De beslistermijn eindigt op {datumLang(bezwaar.beslistermijnEinde)}. Verdagen kan één keer, met ten hoogste zes weken (art. 7:10 lid 3 Awb). De brief krijgt een kenmerk en wordt vastgelegd.
      </DialogContentText>
      <DatumVeld control={control} name="dagtekening" label="Dagtekening van de brief" verplicht />
      <TekstVeld control={control} name="reden" label="Reden (komt in de brief, in eenvoudige woorden)" multiline minRows={2} required />
      <OndertekenaarVeld control={control} name="ondertekenaarId" ondertekenaars={ondertekenaars} />
    </FormulierDialoog>
  );
}

/** Awb 7:11, 7:12: the beslissing op bezwaar with its letter (beroep clause), or the intrekking. */
export function BeslissenFormulier({ bezwaar, ondertekenaars, rechtbank, sluiten }: { bezwaar: Bezwaar; ondertekenaars: Ondertekenaars; rechtbank: string | null; sluiten: () => void }) {
  const schema = beslissingInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: vandaagInNederland(), motivering: '', ondertekenaarId: ondertekenaars[0]?.id ?? null },
  });
  const uitkomst = useWatch({ control, name: 'uitkomst' });
  const beslissen = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('beslissingOpBezwaarVaststellen', invoer), sluiten);
  const ingetrokken = uitkomst === 'ingetrokken';
  return (
    <FormulierDialoog titel="Beslissen op bezwaar" knop={ingetrokken ? 'Intrekking vastleggen' : 'Beslissing vaststellen'} bezig={beslissen.isPending} fout={beslissen.error} verzenden={handleSubmit((i) => beslissen.mutate(i))} sluiten={sluiten}>
      <KeuzeVeld control={control} name="uitkomst" label="Uitkomst" opties={BEZWAAR_UITKOMSTEN.map((u) => ({ waarde: u, label: BEZWAAR_UITKOMST_LABELS[u] }))} />
      {!ingetrokken && (
        <DialogContentText>
          De brief noemt het beroep: binnen zes weken bij {rechtbank ?? '(vul bij Instellingen de rechtbank in)'}. Bij gegrond maakt u daarna een nieuwe beschikking die de oude vervangt.
        </DialogContentText>
      )}
      <DatumVeld control={control} name="dagtekening" label={ingetrokken ? 'Ingetrokken op' : 'Dagtekening van de brief'} verplicht />
      <TekstVeld control={control} name="motivering" label={ingetrokken ? 'Toelichting (optioneel)' : 'Motivering (komt in de brief)'} multiline minRows={4} required={!ingetrokken} />
      {!ingetrokken && <OndertekenaarVeld control={control} name="ondertekenaarId" ondertekenaars={ondertekenaars} />}
    </FormulierDialoog>
  );
}

const uitspraakOpties = [{ waarde: '', label: 'Nog geen uitspraak' }, ...UITSPRAAK_UITKOMSTEN.map((u) => ({ waarde: u, label: UITSPRAAK_UITKOMST_LABELS[u] }))];

export function BeroepFormulier({ bezwaar, rechtbank, sluiten }: { bezwaar: Bezwaar; rechtbank: string | null; sluiten: () => void }) {
  const schema = beroepInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { bezwaarId: bezwaar.id, ingesteldOp: bezwaar.beroepIngesteldOp ?? '', rechtbank: bezwaar.beroepRechtbank ?? rechtbank ?? '', uitspraakOp: bezwaar.beroepUitspraakOp ?? '', uitkomst: bezwaar.beroepUitkomst ?? '' },
  });
  const vastleggen = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('beroepVastleggen', invoer), sluiten);
  return (
    <FormulierDialoog titel="Beroep bij de rechtbank" knop="Beroep vastleggen" bezig={vastleggen.isPending} fout={vastleggen.error} verzenden={handleSubmit((i) => vastleggen.mutate(i))} sluiten={sluiten}>
      <DatumVeld control={control} name="ingesteldOp" label="Beroep ingesteld op" verplicht />
      <TekstVeld control={control} name="rechtbank" label="Rechtbank" required />
      <DatumVeld control={control} name="uitspraakOp" label="Datum uitspraak" />
      <KeuzeVeld control={control} name="uitkomst" label="Uitkomst" opties={uitspraakOpties} />
    </FormulierDialoog>
  );
}

export function HogerBeroepFormulier({ bezwaar, sluiten }: { bezwaar: Bezwaar; sluiten: () => void }) {
  const schema = hogerBeroepInvoer;
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { bezwaarId: bezwaar.id, ingesteldOp: bezwaar.hogerBeroepIngesteldOp ?? '', uitspraakOp: bezwaar.hogerBeroepUitspraakOp ?? '', uitkomst: bezwaar.hogerBeroepUitkomst ?? '' },
  });
  const vastleggen = useMutatie(bezwaar.inburgeraarId, (invoer: z.output<typeof schema>) => koers('hogerBeroepVastleggen', invoer), sluiten);
  return (
    <FormulierDialoog titel="Hoger beroep" knop="Hoger beroep vastleggen" bezig={vastleggen.isPending} fout={vastleggen.error} verzenden={handleSubmit((i) => vastleggen.mutate(i))} sluiten={sluiten}>
      <DialogContentText>Hoger beroep gaat naar {HOGER_BEROEP_INSTANTIE}.</DialogContentText>
      <DatumVeld control={control} name="ingesteldOp" label="Hoger beroep ingesteld op" verplicht />
      <DatumVeld control={control} name="uitspraakOp" label="Datum uitspraak" />
      <KeuzeVeld control={control} name="uitkomst" label="Uitkomst" opties={uitspraakOpties} />
    </FormulierDialoog>
  );
}
