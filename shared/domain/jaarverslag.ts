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

/** Short Dutch names of the kerncijfers (PDF tiles, the screen's preview). */
export const KERNCIJFER_LABELS: Record<KerncijferIndicator, string> = {
  instroom_totaal: 'Nieuwe inburgeraars',
  instroom_asiel: 'Asielstatushouders',
  instroom_gezin: 'Gezinsmigranten',
  instroom_overig: 'Overige migranten',
  pip_vastgesteld: 'PIP’s vastgesteld',
  pip_binnen_termijn: 'PIP binnen de termijn',
  pip_doorlooptijd_mediaan_dagen: 'Doorlooptijd tot het PIP',
  route_b1: 'B1-route',
  route_onderwijs: 'Onderwijsroute',
  route_z: 'Z-route',
  pvt_ondertekend: 'Participatieverklaring ondertekend',
  map_afgerond: 'MAP afgerond',
};

export interface Kerncijfer {
  indicator: KerncijferIndicator;
  /** Null only where nothing can be computed, e.g. a median over no PIPs. */
  waarde: number | null;
  /** One B1 sentence for the reader of the PDF. */
  omschrijving: string;
  /** Set by maskeer() (shared/rules/jaarverslag.ts): a count below the threshold; waarde is null, show "< 5". */
  gemaskeerd?: boolean;
  /** Set by maskeer(): a count of drempel or more hidden so that a masked count cannot be computed back; show "x". */
  verborgen?: boolean;
}

/** How a column is written: 'aantal' counts persons (masked "< 5" in the raad PDF), the others are not. */
export type KolomSoort = 'tekst' | 'aantal' | 'getal' | 'aandeel' | 'dagen' | 'bedrag' | 'datum';

export type Cel = string | number | null;

export interface Tabel {
  /** The XLSX sheet name: unique, at most 31 characters, no []:*?/\ */
  blad: string;
  titel: string;
  /**
   * `parameter`: a setting (e.g. "T (maanden)", a planned share), never masked. `over`: for a figure computed
   * over persons (share, median, mean, amount), the count columns of the same row it was computed over; the
   * raad version hides the figure when one of those counts is hidden. Without `over` the figure is hidden when
   * any count in its row is hidden.
   */
  kolommen: { kop: string; soort: KolomSoort; parameter?: boolean; over?: number[] }[];
  rijen: Cel[][];
  /** A short note under the table (source, definition). */
  toelichting?: string;
  /**
   * Rows whose counts add up to a total row (per count column), for the secondary suppression of maskeer().
   * Without it: when the last row is "Totaal…", every row above it that does not start with a space.
   */
  groepen?: { delen: number[]; totaal: number }[];
  /** Columns whose counts add up to a total column (per row), for the secondary suppression. */
  rijGroepen?: { delen: number[]; totaal: number }[];
}

export interface Grafiek {
  soort: 'staaf' | 'lijn';
  titel: string;
  /** The x axis: months, years, doelgroepen, leerroutes… */
  categorieen: string[];
  /** At most four series, told apart by pattern or line style as well as colour (black-and-white print). */
  /** `verborgen` (set by maskeer()): the value was hidden only so that a small count cannot be computed back. */
  reeksen: { naam: string; waarden: (number | null)[]; verborgen?: boolean[] }[];
  /** The unit on the y axis, e.g. 'personen', 'dagen', '%'. */
  eenheid: string;
  /**
   * For charts of persons whose values add up to totals shown elsewhere: per series (over the categories)
   * and/or per category (over the series). maskeer() then applies the secondary suppression to the chart too.
   */
  optelbaar?: { perReeks?: boolean; perCategorie?: boolean };
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
