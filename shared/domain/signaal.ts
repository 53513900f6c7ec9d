import { z } from 'zod';
import { DOELGROEPEN } from '../rules/doelgroep';
import { id, isoDatum, optioneleDatum, verplichteTekst } from './velden';

// A signaal is one concrete thing the regisseur must do for one dossier: what, by when, why (the article)
// and where in Koers it is done. shared/rules/signalen.ts derives them from the facts; nothing stores them,
// so a signal disappears the moment its fact is registered.

export const SIGNAALSOORTEN = [
  'pip_termijn',
  'pip_na_derde',
  'oproep_uitkomst',
  'herhaalde_oproep',
  'intake_in_afwezigheid',
  'begeleiding_starten',
  'begeleiding_afronden',
  'ontzorgen_einde',
  'voortgangsgesprek',
  'afspraak',
  'schakelen',
  'afschalen',
  'verlenging',
  'pvt_map_termijn',
  'verwijtbaarheid_melden',
  'bezwaar_beslissen',
  'handhaving',
  'duo_melden',
  'bewaartermijn',
] as const;
export type Signaalsoort = (typeof SIGNAALSOORTEN)[number];

export const SIGNAALSOORT_LABELS: Record<Signaalsoort, string> = {
  pip_termijn: 'PIP vaststellen',
  pip_na_derde: 'PIP na informatie van derden',
  oproep_uitkomst: 'Uitkomst oproep',
  herhaalde_oproep: 'Herhaalde oproep',
  intake_in_afwezigheid: 'Intake in afwezigheid',
  begeleiding_starten: 'Maatschappelijke begeleiding starten',
  begeleiding_afronden: 'Maatschappelijke begeleiding afronden',
  ontzorgen_einde: 'Einde financieel ontzorgen',
  voortgangsgesprek: 'Voortgangsgesprek',
  afspraak: 'Afspraak',
  schakelen: 'Leerroute wijzigen (uiterste datum)',
  afschalen: 'Afschalen naar A2 overwegen',
  verlenging: 'Verlenging termijn',
  pvt_map_termijn: 'PVT of MAP binnen de termijn',
  verwijtbaarheid_melden: 'Verwijtbaarheid melden aan DUO',
  bezwaar_beslissen: 'Beslissen op bezwaar',
  handhaving: 'Boete: termijn',
  duo_melden: 'Gegevens melden aan DUO',
  bewaartermijn: 'Bewaartermijn verstreken',
};

/** How much it matters: 'hoog' is a legal deadline with consequences, 'info' a reminder. */
export const ERNSTEN = ['hoog', 'normaal', 'info'] as const;
export type Ernst = (typeof ERNSTEN)[number];

/** Where in the dossier the signal is dealt with: the tab of /inburgeraars/:id?tab=… */
export const DOSSIER_TABBLADEN = ['gegevens', 'intake', 'pip', 'pvt', 'voortgang', 'begeleiding', 'handhaving', 'bezwaar', 'journaal', 'documenten', 'logboek'] as const;
export type DossierTabblad = (typeof DOSSIER_TABBLADEN)[number];
export const TABBLAD_LABELS: Record<DossierTabblad, string> = {
  gegevens: 'Gegevens',
  intake: 'Intake',
  pip: 'PIP',
  pvt: 'PVT en MAP',
  voortgang: 'Voortgang',
  begeleiding: 'Begeleiding',
  handhaving: 'Handhaving',
  bezwaar: 'Bezwaar',
  journaal: 'Journaal',
  documenten: 'Documenten',
  logboek: 'Logboek',
};

export const SECTIES = ['te_laat', 'deze_week', 'binnen_vier_weken', 'later'] as const;
export type Sectie = (typeof SECTIES)[number];
export const SECTIE_LABELS: Record<Sectie, string> = {
  te_laat: 'Te laat',
  deze_week: 'Deze week',
  binnen_vier_weken: 'Binnen vier weken',
  later: 'Later',
};

export const signaal = z.object({
  /** Unique within the dossier and stable over time, e.g. 'pip_termijn' or 'afspraak:12': snoozing keys on it. */
  sleutel: z.string(),
  soort: z.enum(SIGNAALSOORTEN),
  inburgeraarId: id,
  naam: z.string(),
  doelgroep: z.enum(DOELGROEPEN),
  /** What to do, in one short Dutch sentence. */
  wat: z.string(),
  /** The date it is due (ISO). */
  datum: z.string(),
  /** Days from today to the due date; negative when overdue. */
  dagenOver: z.number().int(),
  sectie: z.enum(SECTIES),
  artikel: z.string(),
  ernst: z.enum(ERNSTEN),
  tabblad: z.enum(DOSSIER_TABBLADEN),
  /** A short why, e.g. the start event and how the date was computed, or where the Atw moved it. */
  toelichting: z.string().nullable(),
});
export type Signaal = z.infer<typeof signaal>;

export const signaalUitstelInvoer = z.object({
  inburgeraarId: id,
  sleutel: z.string().min(1).max(80),
  tot: isoDatum('Uitstellen tot'),
  reden: verplichteTekst('Reden van uitstel', 500),
});

/** A snoozed signal: the signal itself, until when, and why (the reason stays in the vault, never in the logboek). */
export const uitgesteldSignaal = signaal.extend({ tot: z.string(), reden: z.string() });
export type UitgesteldSignaal = z.infer<typeof uitgesteldSignaal>;

export const signaalUitstelOpheffenInvoer = z.object({
  inburgeraarId: id,
  sleutel: z.string().min(1).max(80),
});

// Besluit inburgering 2021 art. 5.3 lid 2: the PIP waits for information from a third party (the note itself
// is free text in the vault; the date it was received starts the two weeks).
export const wachtOpDerde = z.object({
  inburgeraarId: id,
  naam: z.string(),
  omschrijving: z.string(),
  sinds: z.string(),
  verwachtOp: z.string().nullable(),
  ontvangenOp: z.string().nullable(),
});
export type WachtOpDerde = z.infer<typeof wachtOpDerde>;

export const wachtOpDerdeInvoer = z.object({
  inburgeraarId: id,
  omschrijving: verplichteTekst('Waarop wordt gewacht', 500),
  sinds: isoDatum('Wacht sinds'),
  verwachtOp: optioneleDatum('Verwacht op'),
});

export const wachtOpDerdeOntvangenInvoer = z.object({
  inburgeraarId: id,
  ontvangenOp: isoDatum('Ontvangen op'),
});
