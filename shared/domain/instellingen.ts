import { z } from 'zod';
import { isGeldigKenmerkpatroon, STANDAARD_KENMERKPATROON } from '../rules/kenmerk';
import { isoDatum, optioneleTekst, verplichteTekst } from './velden';

export const LOGO_MIMES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIMES)[number];

export const instellingenInvoer = z.object({
  gemeentenaam: verplichteTekst('Gemeentenaam', 80),
  postadres: verplichteTekst('Postadres (straat en huisnummer of postbus)', 120),
  postcode: verplichteTekst('Postcode', 10),
  plaats: verplichteTekst('Plaats', 80),
  ondertekenaarNaam: optioneleTekst('Naam ondertekenaar', 120),
  ondertekenaarFunctie: optioneleTekst('Functie ondertekenaar', 120),
  // Coerced: the form field delivers text.
  vergrendelenNaMinuten: z.coerce
    .number({ error: 'Vul een aantal minuten in.' })
    .int('Vul een heel aantal minuten in.')
    .min(1, 'Kies minstens 1 minuut.')
    .max(240, 'Kies hoogstens 240 minuten (4 uur).'),
  behandelaarNaam: optioneleTekst('Naam behandelaar', 120),
  behandelaarTelefoon: optioneleTekst('Telefoon behandelaar', 30),
  bezwaarAdres: optioneleTekst('Adres voor bezwaar', 200),
  rechtbank: optioneleTekst('Rechtbank', 120),
  // UNCONFIRMED in the sources: the MAP hour norm of the Regeling (Divosa: 40 praktijkuren).
  mapUrenNorm: z.coerce.number({ error: 'Vul de urennorm van de MAP in.' }).int().min(1).max(400).default(40),
  // Not in law (UNCONFIRMED, DOMAIN.md §7): how long maatschappelijke begeleiding runs unless the regisseur sets an end.
  begeleidingMaanden: z.coerce.number({ error: 'Vul een aantal maanden in.' }).int('Vul een heel aantal maanden in.').min(1, 'Kies minstens 1 maand.').max(60, 'Kies hoogstens 60 maanden.').default(12),
  // Wi 14 lid 2: the college sets the term for the herhaalde oproep after a missed intake.
  herhaaldeOproepBinnenDagen: z.coerce.number({ error: 'Vul een aantal dagen in.' }).int('Vul een heel aantal dagen in.').min(1, 'Kies minstens 1 dag.').max(60, 'Kies hoogstens 60 dagen.').default(7),
  // Policy: how soon a new fact is registered in DUO's portal (Besluit 9.2, 9.3 set no term).
  duoMeldenBinnenDagen: z.coerce.number({ error: 'Vul een aantal dagen in.' }).int('Vul een heel aantal dagen in.').min(1, 'Kies minstens 1 dag.').max(90, 'Kies hoogstens 90 dagen.').default(14),
  // Atw art. 3 lid 3: days a Koninklijk Besluit puts on a par with feestdagen, kept as dated data.
  extraRustdagen: z
    .array(z.object({ datum: isoDatum('Datum'), naam: verplichteTekst('Naam van de dag', 80) }))
    .max(100)
    .default([]),
  kenmerkPatroon: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || STANDAARD_KENMERKPATROON)
    .refine(isGeldigKenmerkpatroon, 'Het kenmerkpatroon moet {volgnummer} bevatten, mag {jaar} bevatten en hoogstens 40 tekens hebben.'),
});
export type InstellingenInvoer = z.output<typeof instellingenInvoer>;

export const instellingen = z.object({
  gemeentenaam: z.string(),
  postadres: z.string(),
  postcode: z.string(),
  plaats: z.string(),
  ondertekenaarNaam: z.string().nullable(),
  ondertekenaarFunctie: z.string().nullable(),
  vergrendelenNaMinuten: z.number().int(),
  behandelaarNaam: z.string().nullable(),
  behandelaarTelefoon: z.string().nullable(),
  bezwaarAdres: z.string().nullable(),
  rechtbank: z.string().nullable(),
  kenmerkPatroon: z.string(),
  mapUrenNorm: z.number(),
  begeleidingMaanden: z.number().int(),
  herhaaldeOproepBinnenDagen: z.number().int(),
  duoMeldenBinnenDagen: z.number().int(),
  extraRustdagen: z.array(z.object({ datum: z.string(), naam: z.string() })),
  logo: z.object({ mime: z.enum(LOGO_MIMES), base64: z.string() }).nullable(),
});
export type Instellingen = z.infer<typeof instellingen>;

export const STANDAARD_INSTELLINGEN: Omit<Instellingen, 'logo'> = {
  gemeentenaam: '',
  postadres: '',
  postcode: '',
  plaats: '',
  ondertekenaarNaam: null,
  ondertekenaarFunctie: null,
  vergrendelenNaMinuten: 10,
  behandelaarNaam: null,
  behandelaarTelefoon: null,
  bezwaarAdres: null,
  rechtbank: null,
  kenmerkPatroon: STANDAARD_KENMERKPATROON,
  mapUrenNorm: 40,
  begeleidingMaanden: 12,
  herhaaldeOproepBinnenDagen: 7,
  duoMeldenBinnenDagen: 14,
  extraRustdagen: [],
};

export const LOGO_MAX_BYTES = 1_000_000;

export const logoInvoer = z.object({
  mime: z.enum(LOGO_MIMES, { error: 'Kies een logo als PNG of JPG.' }),
  base64: z
    .string()
    .min(1, 'Het logobestand is leeg.')
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, 'Het logo is groter dan 1 MB. Kies een kleiner bestand.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Het logobestand kon niet worden gelezen.'),
});
