import type { Cel, Grafiek, Jaarverslag, Kerncijfer, KerncijferIndicator, Tabel } from '../domain/jaarverslag';

// The small-cell rule of the raadsrapportage (issue 13 item 5; AVG art. 5 lid 1 onder c, dataminimalisatie):
// a count from 1 up to below the threshold (default 5) could point at a person in a small gemeente, so the
// raad sees "< 5" instead. 0 stays 0: nobody can be recognised in an empty cell. The XLSX for the
// controller (intern) keeps the exact numbers and is never masked.
//
// Three more rules keep a masked count from coming back another way:
//  - secondary suppression: when exactly one count of a group is masked and the group's total is shown, the
//    masked count is "total minus the others". Then the smallest other count (not 0) is hidden as well and
//    shown as "x"; when there is none, the total is hidden;
//  - a share, median, mean or amount over a group of fewer persons than the threshold is hidden ("–"), and so
//    is one whose group or numerator is hidden;
//  - settings (columns marked `parameter`, such as "T (maanden)") are never hidden.

/** Kerncijfers that count persons (all except the median). */
const TELLENDE_KERNCIJFERS: ReadonlySet<KerncijferIndicator> = new Set<KerncijferIndicator>([
  'instroom_totaal',
  'instroom_asiel',
  'instroom_gezin',
  'instroom_overig',
  'pip_vastgesteld',
  'pip_binnen_termijn',
  'route_b1',
  'route_onderwijs',
  'route_z',
  'pvt_ondertekend',
  'map_afgerond',
]);

/** Kerncijfers that add up to another one: the parts and their total. */
const KERNCIJFER_GROEPEN: { delen: KerncijferIndicator[]; totaal: KerncijferIndicator }[] = [
  { delen: ['instroom_asiel', 'instroom_gezin', 'instroom_overig'], totaal: 'instroom_totaal' },
  // Not every PIP need have a leerroute, but the sum is close enough to the total to give a count away.
  { delen: ['route_b1', 'route_onderwijs', 'route_z'], totaal: 'pip_vastgesteld' },
];

/** What the raad sees for a count hidden only so that a small count cannot be computed back. */
export const VERBORGEN_TEKST = 'x';

/** True for 1 … drempel−1: a count that must not be shown in the raad report. */
export function isKleinAantal(aantal: number, drempel: number): boolean {
  return aantal > 0 && aantal < drempel;
}

/** "< 5": what the raad sees instead of a small count. */
export function gemaskeerdeTekst(drempel: number): string {
  return `< ${drempel}`;
}

/** A count for a B1 sentence in the raad report: "12", or "minder dan 5" for a small count. */
export function aantalInTekst(aantal: number, drempel: number): string {
  return isKleinAantal(aantal, drempel) ? `minder dan ${drempel}` : String(aantal);
}

/** A group of cells (by key) whose values add up to `totaal`; totaal null: a total shown elsewhere (the sum). */
export interface Groep {
  delen: string[];
  totaal: string | null;
}

/**
 * Secondary suppression over groups (iterated until nothing changes, since hiding a cell can leave another
 * group with one hidden cell). `verborgen` holds the masked keys and is extended in place; returns the keys
 * hidden by this rule. Deterministic: the smallest value, the first one on a tie.
 */
export function onderdrukGroepen(groepen: readonly Groep[], waarde: (sleutel: string) => number, verborgen: Set<string>, drempel: number): Set<string> {
  const extra = new Set<string>();
  for (let ronde = 0; ronde < 1000; ronde += 1) {
    let veranderd = false;
    for (const groep of groepen) {
      const som = groep.delen.reduce((s, d) => s + waarde(d), 0);
      const totaalZichtbaar = groep.totaal === null ? !isKleinAantal(som, drempel) : !verborgen.has(groep.totaal);
      if (!totaalZichtbaar) continue;
      if (groep.delen.filter((d) => verborgen.has(d)).length !== 1) continue;
      let kandidaat: string | null = null;
      for (const d of groep.delen) {
        if (verborgen.has(d) || waarde(d) <= 0) continue;
        if (kandidaat === null || waarde(d) < waarde(kandidaat)) kandidaat = d;
      }
      const verberg = kandidaat ?? groep.totaal;
      if (verberg === null) continue;
      verborgen.add(verberg);
      extra.add(verberg);
      veranderd = true;
    }
    if (!veranderd) break;
  }
  return extra;
}

/**
 * For a B1 sentence about the parts of one group (the same group as in a table): per part "12",
 * "minder dan 5", or null when the part is hidden by the secondary suppression (leave it out of the sentence).
 */
export function delenInTekst(delen: readonly number[], drempel: number): (string | null)[] {
  const sleutels = delen.map((_d, i) => String(i));
  const verborgen = new Set(sleutels.filter((_s, i) => isKleinAantal(delen[i]!, drempel)));
  const extra = onderdrukGroepen([{ delen: sleutels, totaal: null }], (s) => delen[Number(s)]!, verborgen, drempel);
  return delen.map((d, i) => (extra.has(String(i)) ? null : aantalInTekst(d, drempel)));
}

const sleutel = (rij: number, kolom: number) => `${rij},${kolom}`;

/** The default groups: every row above a last row "Totaal…", except indented rows ("  waarvan …"). */
function standaardGroepen(tabel: Tabel): { delen: number[]; totaal: number }[] {
  const laatste = tabel.rijen.length - 1;
  const label = tabel.rijen[laatste]?.[0];
  if (laatste < 1 || typeof label !== 'string' || !/^totaal\b/i.test(label)) return [];
  const delen = tabel.rijen.slice(0, laatste).flatMap((rij, i) => (typeof rij[0] === 'string' && /^\s/.test(rij[0]) ? [] : [i]));
  return [{ delen, totaal: laatste }];
}

/**
 * One table as the raad sees it: a count of 1 … drempel−1 becomes "< 5", a count hidden by the secondary
 * suppression becomes "x", and a figure computed over persons (share, days, number, amount) becomes null
 * when its group is hidden. Settings (`parameter`) and text stay.
 */
export function maskeerTabel(tabel: Tabel, drempel: number): Tabel {
  const aantalKolommen = tabel.kolommen.flatMap((k, i) => (k.soort === 'aantal' ? [i] : []));
  const waarde = (s: string) => {
    const [r, c] = s.split(',').map(Number) as [number, number];
    const cel = tabel.rijen[r]?.[c];
    return typeof cel === 'number' ? cel : 0;
  };
  const primair = new Set<string>();
  tabel.rijen.forEach((rij, r) =>
    aantalKolommen.forEach((c) => {
      const cel = rij[c];
      if (typeof cel === 'number' && isKleinAantal(cel, drempel)) primair.add(sleutel(r, c));
    }),
  );
  const groepen: Groep[] = [
    ...(tabel.groepen ?? standaardGroepen(tabel)).flatMap((g) => aantalKolommen.map((c) => ({ delen: g.delen.map((r) => sleutel(r, c)), totaal: sleutel(g.totaal, c) }))),
    ...(tabel.rijGroepen ?? []).flatMap((g) => tabel.rijen.map((_rij, r) => ({ delen: g.delen.map((c) => sleutel(r, c)), totaal: sleutel(r, g.totaal) }))),
  ];
  const verborgen = new Set(primair);
  const secundair = onderdrukGroepen(groepen, waarde, verborgen, drempel);
  const rijen = tabel.rijen.map((rij, r) => {
    const rijVerborgen = aantalKolommen.some((c) => verborgen.has(sleutel(r, c)));
    return rij.map((cel, c): Cel => {
      const kolom = tabel.kolommen[c];
      if (!kolom || kolom.parameter || kolom.soort === 'tekst' || kolom.soort === 'datum') return cel;
      if (kolom.soort === 'aantal') return primair.has(sleutel(r, c)) ? gemaskeerdeTekst(drempel) : secundair.has(sleutel(r, c)) ? VERBORGEN_TEKST : cel;
      if (typeof cel !== 'number') return cel;
      const afgeleidVanVerborgen = kolom.over ? kolom.over.some((o) => verborgen.has(sleutel(r, o))) : rijVerborgen;
      return afgeleidVanVerborgen ? null : cel;
    });
  });
  return { ...tabel, rijen };
}

/** A chart of persons: small values null, plus the secondary suppression over the totals it adds up to. */
export function maskeerGrafiek(grafiek: Grafiek, drempel: number): Grafiek {
  if (grafiek.eenheid !== 'personen') return grafiek;
  const waarde = (s: string) => {
    const [r, c] = s.split(',').map(Number) as [number, number];
    return grafiek.reeksen[r]?.waarden[c] ?? 0;
  };
  const verborgen = new Set<string>();
  grafiek.reeksen.forEach((reeks, r) =>
    reeks.waarden.forEach((w, c) => {
      if (w !== null && isKleinAantal(w, drempel)) verborgen.add(sleutel(r, c));
    }),
  );
  const groepen: Groep[] = [
    ...(grafiek.optelbaar?.perReeks ? grafiek.reeksen.map((reeks, r) => ({ delen: reeks.waarden.map((_w, c) => sleutel(r, c)), totaal: null })) : []),
    ...(grafiek.optelbaar?.perCategorie ? grafiek.categorieen.map((_cat, c) => ({ delen: grafiek.reeksen.map((_r, r) => sleutel(r, c)), totaal: null })) : []),
  ];
  const extra = onderdrukGroepen(groepen, waarde, verborgen, drempel);
  return {
    ...grafiek,
    reeksen: grafiek.reeksen.map((reeks, r) => {
      const uit = { ...reeks, waarden: reeks.waarden.map((w, c) => (verborgen.has(sleutel(r, c)) ? null : w)) };
      return extra.size > 0 ? { ...uit, verborgen: reeks.waarden.map((_w, c) => extra.has(sleutel(r, c)) || (reeks.verborgen?.[c] ?? false)) } : uit;
    }),
  };
}

function maskeerKerncijfers(kerncijfers: readonly Kerncijfer[], drempel: number): Kerncijfer[] {
  const per = new Map(kerncijfers.map((k) => [k.indicator as string, k]));
  const waarde = (s: string) => per.get(s)?.waarde ?? 0;
  const verborgen = new Set(kerncijfers.filter((k) => k.gemaskeerd || (TELLENDE_KERNCIJFERS.has(k.indicator) && k.waarde !== null && isKleinAantal(k.waarde, drempel))).map((k) => k.indicator as string));
  const primair = new Set(verborgen);
  for (const k of kerncijfers) if (k.verborgen) verborgen.add(k.indicator); // idempotent: hidden before stays hidden
  const extra = onderdrukGroepen(
    KERNCIJFER_GROEPEN.filter((g) => per.has(g.totaal)).map((g) => ({ delen: g.delen.filter((d) => per.has(d)), totaal: g.totaal })),
    waarde,
    verborgen,
    drempel,
  );
  const pips = per.get('pip_vastgesteld');
  // The median over fewer first PIPs than the threshold is (nearly) one person's own figure: "–".
  const kleineMediaan = !!pips && (pips.gemaskeerd || (pips.waarde !== null && isKleinAantal(pips.waarde, drempel)));
  return kerncijfers.map((k) => {
    if (k.indicator === 'pip_doorlooptijd_mediaan_dagen') return kleineMediaan ? { ...k, waarde: null } : k;
    if (primair.has(k.indicator)) return { ...k, waarde: null, gemaskeerd: true };
    if (extra.has(k.indicator) || k.verborgen) return { ...k, waarde: null, verborgen: true };
    return k;
  });
}

/**
 * The Jaarverslag for the raad PDF and the screen: tables, charts and Kerncijfers with small counts masked,
 * the secondary suppression applied and figures over small groups hidden. Charts in 'personen' lose their
 * small and hidden bars (null: not drawn as a figure); charts of shares or days are already built without
 * figures over fewer persons than the threshold. The uitleg sentences never hold a small count (they are
 * written with aantalInTekst and delenInTekst). Idempotent.
 */
export function maskeer(verslag: Jaarverslag): Jaarverslag {
  const drempel = verslag.drempelKleineAantallen;
  return {
    ...verslag,
    kerncijfers: maskeerKerncijfers(verslag.kerncijfers, drempel),
    secties: verslag.secties.map((sectie) => ({
      ...sectie,
      tabellen: sectie.tabellen.map((t) => maskeerTabel(t, drempel)),
      grafieken: sectie.grafieken.map((g) => maskeerGrafiek(g, drempel)),
    })),
  };
}

/** Per part of one group: hidden in the raad version (masked, or hidden by the secondary suppression). */
export function verborgenDelen(delen: readonly number[], drempel: number): boolean[] {
  return delenInTekst(delen, drempel).map((t, i) => t === null || isKleinAantal(delen[i]!, drempel));
}
