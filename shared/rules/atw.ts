import { plusDagen, weekdag, type IsoDatum } from './datum';

// Algemene termijnenwet: a statutory term that ends on a Saturday, Sunday or algemeen erkende
// feestdag runs on to the next day that is none of these (Atw art. 1).

export interface Rustdag {
  datum: IsoDatum;
  naam: string;
}

/**
 * Days gelijkgesteld with an algemeen erkende feestdag by Koninklijk Besluit (Atw art. 3 lid 3), shipped
 * as dated data and applied by default. Source: "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026,
 * 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" (DOMAIN.md §13a; check the
 * Staatscourant). Covers 2026–2028 only: add the next Besluit here when it is published.
 */
export const GELIJKGESTELDE_DAGEN = [
  { datum: '2026-01-02', naam: 'vrijdag na Nieuwjaarsdag (gelijkgestelde dag)' },
  { datum: '2026-05-15', naam: 'vrijdag na Hemelvaartsdag (gelijkgestelde dag)' },
  { datum: '2027-05-07', naam: 'vrijdag na Hemelvaartsdag (gelijkgestelde dag)' },
  { datum: '2028-04-28', naam: 'vrijdag na Koningsdag (gelijkgestelde dag)' },
  { datum: '2028-05-26', naam: 'vrijdag na Hemelvaartsdag (gelijkgestelde dag)' },
] as const satisfies readonly Rustdag[];

/**
 * Days the gemeente adds in the settings (a later Besluit under Atw art. 3 lid 3). They come on top of
 * GELIJKGESTELDE_DAGEN and never replace them.
 */
export type ExtraRustdagen = readonly Rustdag[];

/** The shipped gelijkgestelde dagen plus the gemeente's additions; a date already shipped keeps its shipped name. */
export function gelijkgesteldeDagen(extra: ExtraRustdagen = []): Rustdag[] {
  const bekend = new Set<string>(GELIJKGESTELDE_DAGEN.map((d) => d.datum));
  return [...GELIJKGESTELDE_DAGEN, ...extra.filter((d) => !bekend.has(d.datum))];
}

/** Easter Sunday, Gregorian calendar (anonymous algorithm of Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): IsoDatum {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** Algemeen erkende feestdagen of one year: Atw art. 3 lid 1, plus Goede Vrijdag (art. 3 lid 2). */
export function feestdagen(jaar: number): Rustdag[] {
  const pasen = paaszondag(jaar);
  const koningsdag27 = `${jaar}-04-27`;
  const koningsdag = weekdag(koningsdag27) === 0 ? `${jaar}-04-26` : koningsdag27;
  return [
    { datum: `${jaar}-01-01`, naam: 'Nieuwjaarsdag' },
    { datum: plusDagen(pasen, -2), naam: 'Goede Vrijdag' },
    { datum: plusDagen(pasen, 1), naam: 'tweede Paasdag' },
    { datum: koningsdag, naam: 'Koningsdag' },
    { datum: `${jaar}-05-05`, naam: '5 mei' },
    { datum: plusDagen(pasen, 39), naam: 'Hemelvaartsdag' },
    { datum: plusDagen(pasen, 50), naam: 'tweede Pinksterdag' },
    { datum: `${jaar}-12-25`, naam: 'eerste Kerstdag' },
    { datum: `${jaar}-12-26`, naam: 'tweede Kerstdag' },
  ];
}

/** Why a day is not a working day for the Atw, or null when it is one. Gelijkgestelde dagen always count. */
export function rustdagReden(datum: IsoDatum, extra: ExtraRustdagen = []): string | null {
  const dag = weekdag(datum);
  if (dag === 6) return 'zaterdag';
  if (dag === 0) return 'zondag';
  return rustdagenVan(Number(datum.slice(0, 4)), extra).get(datum) ?? null;
}

// The rustdagen of a year (feestdagen first, then gelijkgestelde dagen; the first name of a date wins, as the
// old linear search did), memoised per year and per set of extra rustdagen: the werkvoorraad and the lists
// ask for them for every dossier. The key holds the extra days themselves, so a changed setting gets its own
// entry; the memo is bounded (cleared when it grows past a few hundred years × settings).
const RUSTDAGEN_MEMO = new Map<string, ReadonlyMap<string, string>>();
const RUSTDAGEN_MEMO_MAX = 512;

function rustdagenVan(jaar: number, extra: ExtraRustdagen): ReadonlyMap<string, string> {
  const sleutel = extra.length === 0 ? String(jaar) : `${jaar}|${extra.map((d) => `${d.datum}=${d.naam}`).join('|')}`;
  let dagen = RUSTDAGEN_MEMO.get(sleutel);
  if (!dagen) {
    const kaart = new Map<string, string>();
    for (const f of [...feestdagen(jaar), ...gelijkgesteldeDagen(extra)]) if (!kaart.has(f.datum)) kaart.set(f.datum, f.naam);
    if (RUSTDAGEN_MEMO.size >= RUSTDAGEN_MEMO_MAX) RUSTDAGEN_MEMO.clear();
    RUSTDAGEN_MEMO.set(sleutel, kaart);
    dagen = kaart;
  }
  return dagen;
}

export interface AtwUitkomst {
  /** The day the term ends after the Atw. */
  datum: IsoDatum;
  /** The end date before the Atw was applied. */
  oorspronkelijk: IsoDatum;
  /** Why the end moved, e.g. "zaterdag" or "tweede Paasdag"; null when it did not. */
  verschovenWegens: string | null;
}

/**
 * Atw art. 1 lid 1: extend an end date that falls on a rustdag to the next working day. Not for terms
 * "in meer dan drie maanden, of in een of meer jaren" (Atw art. 4 onder a): the inburgeringstermijn,
 * the schakel limit and ontzorgen are never moved.
 */
export function verlengVolgensAtw(einde: IsoDatum, extra: ExtraRustdagen = []): AtwUitkomst {
  const eersteReden = rustdagReden(einde, extra);
  let datum = einde;
  while (rustdagReden(datum, extra) !== null) datum = plusDagen(datum, 1);
  return { datum, oorspronkelijk: einde, verschovenWegens: eersteReden };
}
