import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst } from './velden';

// Brede intake (Wi 14.3; Besluit 5.2): the onderdelen the college must examine and record in writing.

const lang = (label: string) => optioneleTekst(label, 4000);

export const NIVEAUS = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;

// Wi 8 lid 1; ABRvS 2024:5413: the intake asks whether the person wants to study and whether the college
// sees "een grote kans" of a diploma in mbo, hbo or wo — the statutory test of the onderwijsroute.
export const WIL_STUDEREN = ['ja', 'nee', 'weet_niet'] as const;
export const KANS_OP_DIPLOMA = ['ja', 'nee', 'twijfel'] as const;

/** A choice that may still be open: '' (a select set back to empty) and absent both mean null. */
const keuze = <T extends readonly [string, ...string[]]>(opties: T) =>
  z
    .union([z.enum(opties), z.literal('')], { error: 'Kies een van de mogelijkheden.' })
    .nullish()
    .transform((waarde): T[number] | null => (waarde ? waarde : null));

/** Years of schooling: the form gives text, the vault and the rules a whole number or null. */
const jaren = z.preprocess(
  (waarde) => (waarde === '' || waarde === undefined ? null : typeof waarde === 'string' ? Number(waarde.trim().replace(',', '.')) : waarde),
  z
    .number({ error: 'Vul het aantal jaren onderwijs in als heel getal.' })
    .int('Vul een heel aantal jaren in.')
    .min(0, 'Het aantal jaren onderwijs kan niet negatief zijn.')
    .max(30, 'Vul hoogstens 30 jaar onderwijs in.')
    .nullable(),
);

export const intakeGesprek = z.object({
  datum: isoDatum('Datum gesprek'),
  aanwezigen: optioneleTekst('Aanwezigen', 300),
  tolk: z.boolean(),
  notitie: lang('Notitie'),
});

export const intakeInvoer = z.object({
  leerbaarheidstoetsDatum: optioneleDatum('Datum leerbaarheidstoets'),
  leerbaarheidstoetsDoor: optioneleTekst('Afgenomen door', 200),
  leerbaarheidstoetsResultaat: lang('Resultaat leerbaarheidstoets'),
  geadviseerdNiveau: z.enum(NIVEAUS).nullish().transform((v) => v ?? null),
  // Wi 14.6: ontheffing from the toets for a visual or auditory impairment.
  ontheffingToets: z.enum(['geen', 'visueel', 'auditief']).default('geen'),
  onderwijsEnWerkervaring: lang('Onderwijs en werkervaring'),
  // Onderdeel b of Wi 14 lid 3 (gevolgd onderwijs), asked with the onderwijsroute in mind (Wi 8 lid 1).
  jarenOnderwijs: jaren,
  hoogsteOpleiding: optioneleTekst('Hoogste opleiding', 200),
  wilStuderen: keuze(WIL_STUDEREN),
  groteKansOpDiploma: keuze(KANS_OP_DIPLOMA),
  onderwijsrouteToelichting: lang('Toelichting onderwijsroute'),
  persoonlijkeOmstandigheden: lang('Persoonlijke omstandigheden en gezondheid'),
  vve: lang('Voorschoolse en vroegschoolse educatie'),
  taalniveau: lang('Taalniveau'),
  arbeidsparticipatie: lang('Mogelijkheden tot arbeidsparticipatie'),
  zelfredzaamheid: lang('Zelfredzaamheid'),
  // Besluit 5.2 lid 2: told of the right to hold the conversations without others present.
  rechtAlleenGeinformeerd: z.boolean().default(false),
  rechtAlleenGeinformeerdOp: optioneleDatum('Datum geïnformeerd'),
  gesprekken: z.array(intakeGesprek).max(50).default([]),
  notities: lang('Notities'),
});
export type IntakeInvoer = z.output<typeof intakeInvoer>;

// Wi 14 lid 2: only 'niet_verschenen' is a no-show (waarschuwing, herhaalde oproep; after three, intake in
// afwezigheid). 'verzet' (the appointment was moved) and 'afgemeld' (cancelled in time with a reason) need a new
// oproep but are not a no-show.
export const OPROEP_UITKOMSTEN = ['open', 'verschenen', 'niet_verschenen', 'verzet', 'afgemeld'] as const;
export type OproepUitkomst = (typeof OPROEP_UITKOMSTEN)[number];
export const OPROEP_UITKOMST_LABELS: Record<OproepUitkomst, string> = {
  open: 'Nog open',
  verschenen: 'Verschenen',
  niet_verschenen: 'Niet verschenen',
  verzet: 'Verzet',
  afgemeld: 'Afgemeld',
};

export const oproep = z.object({
  id,
  volgnummer: z.number().int(),
  verzonden: z.string(),
  verschijnenOp: z.string(),
  tijdEnPlaats: z.string(),
  uitkomst: z.enum(OPROEP_UITKOMSTEN),
  documentId: z.number().int().nullable(),
  /** A corrected outcome: the reason and the day (absent in data older than the correction). */
  correctieReden: z.string().nullish().transform((v) => v ?? null),
  gecorrigeerdOp: z.string().nullish().transform((v) => v ?? null),
});
export type Oproep = z.infer<typeof oproep>;

export const intake = intakeInvoer.extend({
  inburgeraarId: id,
  afgerondOp: z.string().nullable(),
  inAfwezigheid: z.boolean(),
  oproepen: z.array(oproep),
});
export type Intake = z.infer<typeof intake>;

export const oproepInvoer = z.object({
  inburgeraarId: id,
  verzonden: isoDatum('Verzenddatum'),
  verschijnenOp: isoDatum('Datum afspraak'),
  tijdEnPlaats: optioneleTekst('Tijd en plaats', 200).refine((v) => v !== null, 'Vul tijd en plaats van de afspraak in.'),
});
