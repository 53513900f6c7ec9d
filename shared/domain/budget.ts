import { z } from 'zod';
import { DOELGROEPEN, type Doelgroep } from '../rules/doelgroep';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// Budget (issue 13 item 4; DOMAIN.md §11, §16): cost entries, the SPUK received per year, the
// normbedragen per component and doelgroep as dated data, and the SiSa worksheet (item 3; §10).
// Amounts travel and are stored in cents (integers), so no sum is ever off by a rounding error.

export const KOSTEN_COMPONENTEN = [
  'leerroute_b1',
  'onderwijsroute',
  'z_route',
  'map',
  'pvt',
  'maatschappelijke_begeleiding',
  'tolken',
  'kinderopvang',
  'reiskosten',
  'ontzorgen',
  'overig',
] as const;
export type KostenComponent = (typeof KOSTEN_COMPONENTEN)[number];

export const KOSTEN_COMPONENT_LABELS: Record<KostenComponent, string> = {
  leerroute_b1: 'Leerroute B1',
  onderwijsroute: 'Onderwijsroute',
  z_route: 'Z-route',
  map: 'MAP',
  pvt: 'PVT',
  maatschappelijke_begeleiding: 'Maatschappelijke begeleiding',
  tolken: 'Tolken',
  kinderopvang: 'Kinderopvang',
  reiskosten: 'Reiskosten',
  ontzorgen: 'Ontzorgen',
  overig: 'Overig',
};

export const KOSTEN_BRONNEN = ['invoer', 'import'] as const;
export type KostenBron = (typeof KOSTEN_BRONNEN)[number];

export const NORM_DOELGROEPEN: readonly Doelgroep[] = DOELGROEPEN;

/** The largest amount Koers accepts on one line (€ 10 million), in cents. */
export const MAX_BEDRAG_CENT = 1_000_000_000;

const bedragCent = z
  .number({ error: 'Bedrag is verplicht.' })
  .int('Bedrag moet in hele centen.')
  .refine((c) => c !== 0, 'Bedrag mag niet 0 zijn.')
  .refine((c) => Math.abs(c) <= MAX_BEDRAG_CENT, 'Bedrag is te groot (hoogstens € 10.000.000 per regel).');

export const kostenInvoer = z.object({
  datum: isoDatum('Datum'),
  leverancier: verplichteTekst('Leverancier', 120),
  component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }),
  bedragCent,
  omschrijving: optioneleTekst('Omschrijving', 300),
  inburgeraarId: id.nullish().transform((v) => v ?? null),
});
export type KostenInvoer = z.input<typeof kostenInvoer>;

export const kostenRegel = z.object({
  id,
  datum: z.string(),
  leverancier: z.string(),
  component: z.enum(KOSTEN_COMPONENTEN),
  bedragCent: z.number().int(),
  omschrijving: z.string().nullable(),
  inburgeraarId: id.nullable(),
  /** The name of the linked inburgeraar, for the screen. */
  inburgeraarNaam: z.string().nullable(),
  bron: z.enum(KOSTEN_BRONNEN),
  bronBestand: z.string().nullable(),
  bronRij: z.number().int().nullable(),
});
export type KostenRegel = z.infer<typeof kostenRegel>;

const jaar = z.number({ error: 'Kies een jaar.' }).int().min(2021, 'De Wet inburgering 2021 geldt vanaf 2022; kies 2021 of later.').max(2100, 'Kies een jaar vóór 2100.');
export const jaarInvoer = z.object({ jaar });

const positiefCent = z.number({ error: 'Bedrag is verplicht.' }).int('Bedrag moet in hele centen.').min(0, 'Bedrag mag niet negatief zijn.').max(100 * MAX_BEDRAG_CENT, 'Bedrag is te groot.');

export const spukInvoer = z.object({
  jaar,
  beschikkingCent: positiefCent,
  beschikkingDatum: optioneleDatum('Datum beschikking'),
  vaststellingCent: positiefCent.nullish().transform((v) => v ?? null),
  vaststellingDatum: optioneleDatum('Datum vaststelling'),
});
export type SpukInvoer = z.input<typeof spukInvoer>;
export const spukJaar = z.object({
  jaar: z.number().int(),
  beschikkingCent: z.number().int(),
  beschikkingDatum: z.string().nullable(),
  vaststellingCent: z.number().int().nullable(),
  vaststellingDatum: z.string().nullable(),
});
export type SpukJaar = z.infer<typeof spukJaar>;

export const normbedragInvoer = z.object({
  component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }),
  doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een doelgroep.' }),
  bedragCent: positiefCent,
  geldigVanaf: isoDatum('Geldig vanaf'),
});
export type NormbedragInvoer = z.input<typeof normbedragInvoer>;
export const normbedrag = z.object({
  /** Null for a default from shared/rules/budget.ts. */
  id: id.nullable(),
  component: z.enum(KOSTEN_COMPONENTEN),
  doelgroep: z.enum(DOELGROEPEN),
  bedragCent: z.number().int(),
  geldigVanaf: z.string(),
  bron: z.string(),
});
export type Normbedrag = z.infer<typeof normbedrag>;

export const kostenCode = z.object({
  code: verplichteTekst('Code', 40),
  component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }),
});
export type KostenCode = z.infer<typeof kostenCode>;

export const budgetInstellingen = z.object({
  /** Besluit 10.5: the share of the SPUK that may be reserved. UNCONFIRMED: check the Besluit and the Regeling. */
  reserveringsruimtePercentage: z.number({ error: 'Vul een percentage in.' }).min(0, 'Het percentage ligt tussen 0 en 100.').max(100, 'Het percentage ligt tussen 0 en 100.'),
});
export type BudgetInstellingen = z.infer<typeof budgetInstellingen>;

// ------------------------------------------------------------------------------------------------
// Import from the financial system's CSV export

export const IMPORT_KOSTEN_VELDEN = ['datum', 'leverancier', 'bedrag', 'omschrijving', 'component', 'code'] as const;
export type ImportKostenVeld = (typeof IMPORT_KOSTEN_VELDEN)[number];
export const IMPORT_KOSTEN_VELD_LABELS: Record<ImportKostenVeld, string> = {
  datum: 'Datum',
  leverancier: 'Leverancier',
  bedrag: 'Bedrag',
  omschrijving: 'Omschrijving',
  component: 'Component',
  code: 'Kostenplaats of grootboek',
};

/** Column (by position) per field; null when the file has no such column. */
export const kostenKoppeling = z.object({
  datum: z.number().int().min(0).nullable(),
  leverancier: z.number().int().min(0).nullable(),
  bedrag: z.number().int().min(0).nullable(),
  omschrijving: z.number().int().min(0).nullable(),
  component: z.number().int().min(0).nullable(),
  code: z.number().int().min(0).nullable(),
});
export type KostenKoppeling = z.infer<typeof kostenKoppeling>;

/** A CSV file travels as base64; 10 MB is far more than a year of cost lines. */
export const kostenBestand = z.object({
  bestandsnaam: verplichteTekst('Bestandsnaam', 260),
  inhoud: z.string({ error: 'Kies een bestand.' }).min(1, 'Kies een bestand.').max(14_000_000, 'Dit bestand is groter dan 10 MB. Verdeel het in kleinere bestanden.'),
  koppeling: kostenKoppeling.nullish().transform((k) => k ?? null),
});
export type KostenBestand = z.input<typeof kostenBestand>;

export const KOSTEN_RIJ_UITKOMSTEN = ['nieuw', 'dubbel', 'fout'] as const;
export type KostenRijUitkomst = (typeof KOSTEN_RIJ_UITKOMSTEN)[number];
export const KOSTEN_RIJ_UITKOMST_LABELS: Record<KostenRijUitkomst, string> = { nieuw: 'Nieuw', dubbel: 'Al aanwezig (overgeslagen)', fout: 'Fout' };

export const kostenVoorbeeldRij = z.object({
  rij: z.number().int(),
  uitkomst: z.enum(KOSTEN_RIJ_UITKOMSTEN),
  datum: z.string().nullable(),
  leverancier: z.string().nullable(),
  bedragCent: z.number().int().nullable(),
  omschrijving: z.string().nullable(),
  component: z.enum(KOSTEN_COMPONENTEN).nullable(),
  fouten: z.array(z.string()),
});
export type KostenVoorbeeldRij = z.infer<typeof kostenVoorbeeldRij>;

export const kostenVoorbeeld = z.object({
  koppen: z.array(z.string()),
  koppeling: kostenKoppeling,
  /** Fields that need a column before rows can be checked (datum, leverancier, bedrag, and component or code). */
  ontbrekend: z.array(z.string()),
  rijen: z.array(kostenVoorbeeldRij),
  aantallen: z.object({ totaal: z.number().int(), nieuw: z.number().int(), dubbel: z.number().int(), fout: z.number().int(), bedragNieuwCent: z.number().int() }),
});
export type KostenVoorbeeld = z.infer<typeof kostenVoorbeeld>;

// ------------------------------------------------------------------------------------------------
// Views

export const componentRegel = z.object({
  component: z.enum(KOSTEN_COMPONENTEN),
  besteedCent: z.number().int(),
  normCent: z.number().int(),
  verschilCent: z.number().int(),
  aantalRegels: z.number().int(),
  tenLasteVanSpuk: z.boolean(),
});
export type ComponentRegel = z.infer<typeof componentRegel>;

export const persoonRegel = z.object({
  inburgeraarId: id,
  naam: z.string(),
  doelgroep: z.enum(DOELGROEPEN),
  startdatum: z.string().nullable(),
  inCohort: z.boolean(),
  besteedJaarCent: z.number().int(),
  besteedTotaalCent: z.number().int(),
  normCent: z.number().int(),
  verschilCent: z.number().int(),
});
export type PersoonRegel = z.infer<typeof persoonRegel>;

export const spukUitkomst = z.object({
  jaar: z.number().int(),
  spukCent: z.number().int().nullable(),
  besteedCent: z.number().int(),
  reserveringVorigJaarCent: z.number().int(),
  overbestedingVorigJaarCent: z.number().int(),
  reserveringsruimteCent: z.number().int().nullable(),
  reserveringCent: z.number().int(),
  overbestedingCent: z.number().int(),
  terugTeBetalenCent: z.number().int(),
  meldingen: z.array(z.string()),
});
export type SpukUitkomst = z.infer<typeof spukUitkomst>;
