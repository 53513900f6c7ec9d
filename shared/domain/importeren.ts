import { z } from 'zod';
import { verplichteTekst } from './velden';

// Importing an existing caseload from Excel or CSV, and the lists Koers exports.

/** The columns of the import template (Importsjabloon Koers.xlsx), in this order, with exactly these headers. */
export const SJABLOON_VELDEN = [
  'bsn',
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'geboortedatum',
  'geslacht',
  'doelgroep',
  'datum_kennisgeving_duo',
  'datum_inschrijving_brp',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'dagtekening_pip',
  'leerroute',
  'datum_ondertekening_pvt',
  'datum_eindgesprek_map',
] as const;

/** Columns Koers also reads when present (its own export writes them), but the template leaves out. */
export const EXTRA_VELDEN = ['nationaliteit', 'taal', 'duo_doelgroep'] as const;

export const IMPORT_VELDEN = [...SJABLOON_VELDEN, ...EXTRA_VELDEN] as const;
export type ImportVeld = (typeof IMPORT_VELDEN)[number];

/** Without these a dossier cannot be made; every other column may be absent or empty. */
export const VERPLICHTE_VELDEN: readonly ImportVeld[] = ['bsn', 'achternaam', 'voornamen', 'geboortedatum', 'geslacht', 'doelgroep', 'straat', 'huisnummer', 'postcode', 'woonplaats'];

/** Dutch headers; each normalises to its field name, so Koers's own export is read back without a mapping step. */
export const IMPORT_VELD_LABELS: Record<ImportVeld, string> = {
  bsn: 'BSN',
  achternaam: 'Achternaam',
  tussenvoegsel: 'Tussenvoegsel',
  voornamen: 'Voornamen',
  geboortedatum: 'Geboortedatum',
  geslacht: 'Geslacht',
  doelgroep: 'Doelgroep',
  datum_kennisgeving_duo: 'Datum kennisgeving DUO',
  datum_inschrijving_brp: 'Datum inschrijving BRP',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  dagtekening_pip: 'Dagtekening PIP',
  leerroute: 'Leerroute',
  datum_ondertekening_pvt: 'Datum ondertekening PVT',
  datum_eindgesprek_map: 'Datum eindgesprek MAP',
  nationaliteit: 'Nationaliteit',
  taal: 'Taal',
  duo_doelgroep: 'DUO-doelgroep',
};

/** One cell as read from the file: the reader keeps what Excel knew (a date cell, a number, a formula). */
export type Celwaarde =
  | { soort: 'leeg' }
  | { soort: 'tekst'; tekst: string }
  | { soort: 'getal'; getal: number }
  | { soort: 'datum'; datum: string }
  | { soort: 'formule' }
  | { soort: 'foutwaarde' };

/** A file read into rows; `rij` is the row number the user sees in Excel (the header is row 1). */
export interface RuwBestand {
  soort: 'xlsx' | 'csv';
  koppen: string[];
  rijen: { rij: number; cellen: Celwaarde[] }[];
  /** Notes about the file as a whole, e.g. that only the first sheet was read. */
  meldingen: string[];
}

export const KOPPELING_BRONNEN = ['exact', 'opgeslagen', 'voorstel', 'gekozen', 'geen'] as const;
export type KoppelingBron = (typeof KOPPELING_BRONNEN)[number];

export const kolomKoppeling = z.object({
  index: z.number().int().min(0),
  kop: z.string(),
  veld: z.enum(IMPORT_VELDEN).nullable(),
  bron: z.enum(KOPPELING_BRONNEN),
});
export type KolomKoppeling = z.infer<typeof kolomKoppeling>;

/** The user's choice in the mapping step: column (by position) → field, or null for "niet importeren". */
export const gekozenKoppeling = z.array(
  z.object({ index: z.number({ error: 'Ongeldige kolom.' }).int().min(0), veld: z.enum(IMPORT_VELDEN, { error: 'Kies een veld of "Niet importeren".' }).nullable() }),
);
export type GekozenKoppeling = z.infer<typeof gekozenKoppeling>;

export const RIJ_UITKOMSTEN = ['nieuw', 'aanwezig', 'fout'] as const;
export type RijUitkomst = (typeof RIJ_UITKOMSTEN)[number];
export const RIJ_UITKOMST_LABELS: Record<RijUitkomst, string> = { nieuw: 'Nieuw', aanwezig: 'Al aanwezig (zelfde BSN)', fout: 'Fout' };

export const rijFout = z.object({ kolom: z.string(), reden: z.string() });
export type RijFout = z.infer<typeof rijFout>;

export const voorbeeldRij = z.object({
  rij: z.number().int(),
  uitkomst: z.enum(RIJ_UITKOMSTEN),
  /** For the screen only (the CLI never prints it). */
  naam: z.string(),
  metPip: z.boolean(),
  fouten: z.array(rijFout),
  /** Corrections Koers made, e.g. a BSN's lost leading zero restored. */
  meldingen: z.array(z.string()),
});
export type VoorbeeldRij = z.infer<typeof voorbeeldRij>;

export const aantallen = z.object({
  totaal: z.number().int(),
  nieuw: z.number().int(),
  aanwezig: z.number().int(),
  fout: z.number().int(),
  metPip: z.number().int(),
});
export type Aantallen = z.infer<typeof aantallen>;

export const importVoorbeeld = z.object({
  bestandsoort: z.enum(['xlsx', 'csv']),
  kolommen: z.array(kolomKoppeling),
  /** True when a column needs the user's choice or a required field has no column: rows are not checked yet. */
  koppelingNodig: z.boolean(),
  ontbrekend: z.array(z.enum(IMPORT_VELDEN)),
  rijen: z.array(voorbeeldRij),
  aantallen,
  bestandsmeldingen: z.array(z.string()),
});
export type ImportVoorbeeld = z.infer<typeof importVoorbeeld>;

/** A file travels as base64 (IPC carries JSON-safe values); about 30 MB of file at most. */
export const MAX_BESTAND_BYTES = 30 * 1024 * 1024;
/** More rows than a gemeente's caseload: refused as a whole, with the advice to split the file. */
export const MAX_IMPORT_RIJEN = 10_000;

export const importBestand = z.object({
  bestandsnaam: verplichteTekst('Bestandsnaam', 260),
  inhoud: z
    .string({ error: 'Kies een bestand.' })
    .max(Math.ceil((MAX_BESTAND_BYTES * 4) / 3) + 4, 'Dit bestand is groter dan 30 MB. Verdeel het in kleinere bestanden.'),
  koppeling: gekozenKoppeling.nullish().transform((k) => k ?? null),
});

export const importUitkomst = z.object({
  nieuw: z.number().int(),
  aanwezig: z.number().int(),
  overgeslagen: z.number().int(),
  metPip: z.number().int(),
});
export type ImportUitkomst = z.infer<typeof importUitkomst>;
