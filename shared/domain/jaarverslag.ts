// The jaarverslag (issue 13) as data: computed once (shared/rules/jaarverslag.ts from the facts of
// db/jaarverslag.ts), then drawn as the raadsrapportage PDF and written as the XLSX. Both renderers
// only lay out what is here, so the two never disagree.

/** The rows of the `Kerncijfers` sheet, in this order; defined exactly in issue 13 item 7. */
export const KERNCIJFER_INDICATOREN = [
  'instroom_totaal',
  'instroom_asiel',
  'instroom_gezin',
  'instroom_overig',
  'pip_vastgesteld',
  'pip_binnen_termijn',
  'pip_doorlooptijd_mediaan_dagen',
  'route_b1',
  'route_onderwijs',
  'route_z',
  'pvt_ondertekend',
  'map_afgerond',
] as const;
export type KerncijferIndicator = (typeof KERNCIJFER_INDICATOREN)[number];

export interface Kerncijfer {
  indicator: KerncijferIndicator;
  /** Null only where nothing can be computed, e.g. a median over no PIPs. */
  waarde: number | null;
  /** One B1 sentence for the reader of the PDF. */
  omschrijving: string;
}

/** How a column is written: 'aantal' counts persons (masked "< 5" in the raad PDF), the others are not. */
export type KolomSoort = 'tekst' | 'aantal' | 'getal' | 'aandeel' | 'dagen' | 'bedrag' | 'datum';

export type Cel = string | number | null;

export interface Tabel {
  /** The XLSX sheet name: unique, at most 31 characters, no []:*?/\ */
  blad: string;
  titel: string;
  kolommen: { kop: string; soort: KolomSoort }[];
  rijen: Cel[][];
  /** A short note under the table (source, definition). */
  toelichting?: string;
}

export interface Grafiek {
  soort: 'staaf' | 'lijn';
  titel: string;
  /** The x axis: months, years, doelgroepen, leerroutes… */
  categorieen: string[];
  /** At most four series, told apart by pattern or line style as well as colour (black-and-white print). */
  reeksen: { naam: string; waarden: (number | null)[] }[];
  /** The unit on the y axis, e.g. 'personen', 'dagen', '%'. */
  eenheid: string;
}

export interface Sectie {
  /** Stable id, e.g. 'instroom', 'pip', 'leerroutes'. */
  id: string;
  titel: string;
  /** B1 paragraphs that explain what the figures show. */
  uitleg: string[];
  tabellen: Tabel[];
  grafieken: Grafiek[];
}

export interface Jaarverslag {
  jaar: number;
  gemeentenaam: string;
  /** ISO moment; the only thing that differs between two runs on the same data. */
  gemaaktOp: string;
  /** Cells with a count below this are shown as "< n" in the raad PDF (configurable; default 5). */
  drempelKleineAantallen: number;
  kerncijfers: Kerncijfer[];
  secties: Sectie[];
  /** The earlier years found in the vault, for the year-on-year comparison. */
  eerdereJaren: number[];
}
