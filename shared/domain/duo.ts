import { z } from 'zod';
import { datumKort } from '../format';
import { LEERROUTE_LABELS, LEERROUTES, type Leerroute } from './pip';
import { id, isoDatum, optioneleTekst } from './velden';

// The facts the college reports to DUO (Wi 34; Besluit 9.2 lid 2, 9.3 lid 2; [S-DUO]), in DUO's field order.

export const DUO_VELDEN = [
  'dagtekeningPip',
  'leerroute',
  'niveauLezen',
  'niveauLuisteren',
  'niveauSchrijven',
  'niveauSpreken',
  'intensiteitUren',
  'intensiteitUrenPerWeek',
  'alfabetisering',
  'datumOndertekeningPvt',
  'datumEindgesprekMap',
  'datumAfrondingZRoute',
  'verwijtbaarPvt',
  'verwijtbaarMap',
] as const;
export type DuoVeld = (typeof DUO_VELDEN)[number];

export const DUO_VELD_LABELS: Record<DuoVeld, string> = {
  dagtekeningPip: 'Dagtekening PIP',
  leerroute: 'Leerroute',
  niveauLezen: 'Niveau lezen',
  niveauLuisteren: 'Niveau luisteren',
  niveauSchrijven: 'Niveau schrijven',
  niveauSpreken: 'Niveau spreken',
  intensiteitUren: 'Intensiteit (uren totaal)',
  intensiteitUrenPerWeek: 'Intensiteit (uren per week)',
  alfabetisering: 'Alfabetisering',
  datumOndertekeningPvt: 'Datum ondertekening PVT',
  datumEindgesprekMap: 'Datum eindgesprek MAP',
  datumAfrondingZRoute: 'Datum afronding Z-route',
  verwijtbaarPvt: 'Verwijtbaar PVT niet afgerond',
  verwijtbaarMap: 'Verwijtbaar MAP niet afgerond',
};

export type DuoVeldSoort = 'datum' | 'tekst' | 'getal';
export const DUO_VELD_SOORTEN: Record<DuoVeld, DuoVeldSoort> = {
  dagtekeningPip: 'datum',
  leerroute: 'tekst',
  niveauLezen: 'tekst',
  niveauLuisteren: 'tekst',
  niveauSchrijven: 'tekst',
  niveauSpreken: 'tekst',
  intensiteitUren: 'getal',
  intensiteitUrenPerWeek: 'getal',
  alfabetisering: 'tekst',
  datumOndertekeningPvt: 'datum',
  datumEindgesprekMap: 'datum',
  datumAfrondingZRoute: 'datum',
  verwijtbaarPvt: 'tekst',
  verwijtbaarMap: 'tekst',
};

/** Stored values are text: an ISO date, a code (b1, B1, NVT), a whole number, or 'ja'/'nee'. */
export type DuoWaarden = Record<DuoVeld, string | null>;

/** The stored value as DUO's portal names it: the leerroute by its name, a date as dd-mm-jjjj. */
export function duoWaardeTekst(veld: DuoVeld, waarde: string): string {
  if (DUO_VELD_SOORTEN[veld] === 'datum') return datumKort(waarde);
  if (veld === 'leerroute' && (LEERROUTES as readonly string[]).includes(waarde)) return LEERROUTE_LABELS[waarde as Leerroute];
  return waarde;
}

export const DUO_STATUSSEN = ['nog_te_melden', 'gemeld', 'leeg'] as const;
export type DuoStatus = (typeof DUO_STATUSSEN)[number];
export const DUO_STATUS_LABELS: Record<DuoStatus, string> = { nog_te_melden: 'Nog te melden', gemeld: 'Gemeld', leeg: 'Nog niet bekend' };

export const DUO_FILTERS = ['nog_te_melden', 'alles'] as const;
export type DuoFilter = (typeof DUO_FILTERS)[number];

// Verwijtbaarheid (Wi 24; [S-DUO]): only for a PVT or MAP that is not completed.
export const VERWIJTBAARHEID_ONDERDELEN = ['pvt', 'map'] as const;
export type VerwijtbaarheidOnderdeel = (typeof VERWIJTBAARHEID_ONDERDELEN)[number];
export const VERWIJTBAARHEID_ONDERDEEL_LABELS: Record<VerwijtbaarheidOnderdeel, string> = { pvt: 'Participatieverklaringstraject (PVT)', map: 'Module arbeidsmarkt en participatie (MAP)' };

export const duoGemeldInvoer = z.object({
  items: z
    .array(z.object({ inburgeraarId: id, veld: z.enum(DUO_VELDEN, { error: 'Onbekend gegeven voor DUO.' }) }))
    .min(1, 'Kies ten minste één gegeven om als gemeld te markeren.')
    .max(20_000, 'Markeer hoogstens 20.000 gegevens tegelijk.'),
  gemeldOp: isoDatum('Gemeld op'),
});
export type DuoGemeldInvoer = z.output<typeof duoGemeldInvoer>;

export const verwijtbaarheidInvoer = z.object({
  inburgeraarId: id,
  onderdeel: z.enum(VERWIJTBAARHEID_ONDERDELEN, { error: 'Kies PVT of MAP.' }),
  verwijtbaar: z.boolean({ error: 'Geef aan of het verwijtbaar is.' }),
  vastgesteldOp: isoDatum('Vastgesteld op'),
  toelichting: optioneleTekst('Toelichting', 2000),
});
export type VerwijtbaarheidInvoer = z.output<typeof verwijtbaarheidInvoer>;

/** One row of the XLSX for DUO's portal: one dossier, the fields in DUO's order. */
export interface DuoExportRij {
  bsn: string;
  naam: string;
  waarden: DuoWaarden;
  nogTeMelden: readonly DuoVeld[];
}
