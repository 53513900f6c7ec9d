import {
  IMPORT_KOSTEN_VELD_LABELS,
  IMPORT_KOSTEN_VELDEN,
  KOSTEN_COMPONENT_LABELS,
  KOSTEN_COMPONENTEN,
  MAX_BEDRAG_CENT,
  type ComponentRegel,
  type ImportKostenVeld,
  type KostenComponent,
  type KostenKoppeling,
  type KostenRijUitkomst,
  type KostenVoorbeeld,
  type KostenVoorbeeldRij,
  type Normbedrag,
  type SpukJaar,
  type SpukUitkomst,
} from '../domain/budget';
import type { Sectie } from '../domain/jaarverslag';
import type { Leerroute } from '../domain/pip';
import { bedrag } from '../format';
import { DOELGROEPEN, type Doelgroep } from './doelgroep';
import { isIsoDatum } from './datum';

// Budget and SiSa (issue 13 items 3–4; DOMAIN.md §10, §11, §16). Pure functions over amounts in cents.

// ------------------------------------------------------------------------------------------------
// Components

/**
 * Wi 40 / DOMAIN.md §11: the SPUK pays the voorzieningen — leerroutes, MAP, PVT, maatschappelijke begeleiding,
 * tolken — and the randvoorwaarden kinderopvang and reiskosten that make a leerroute possible. Ontzorgen is
 * uitvoering (gemeentefonds), overig is not charged to the SPUK. UNCONFIRMED for kinderopvang and reiskosten:
 * check the Regeling inburgering 2021 of the year.
 */
export const TEN_LASTE_VAN_SPUK: Record<KostenComponent, boolean> = {
  leerroute_b1: true,
  onderwijsroute: true,
  z_route: true,
  map: true,
  pvt: true,
  maatschappelijke_begeleiding: true,
  tolken: true,
  kinderopvang: true,
  reiskosten: true,
  ontzorgen: false,
  overig: false,
};

/** The leerroute components: a person's leerroute norm counts only under the route of his/her PIP. */
export const LEERROUTE_COMPONENT: Record<Leerroute, KostenComponent> = { b1: 'leerroute_b1', onderwijs: 'onderwijsroute', z: 'z_route' };
const LEERROUTE_COMPONENTEN = new Set<KostenComponent>(Object.values(LEERROUTE_COMPONENT));

/** "MAP", "map", "Leerroute B1", "leerroute_b1", "Maatschappelijke begeleiding" → the component; null when unknown. */
export function componentUitTekst(tekst: string): KostenComponent | null {
  const schoon = tekst.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (schoon === '') return null;
  for (const component of KOSTEN_COMPONENTEN) {
    if (schoon === component.replace(/_/g, ' ') || schoon === KOSTEN_COMPONENT_LABELS[component].toLowerCase().replace(/[\s_-]+/g, ' ')) return component;
  }
  const synoniemen: Record<string, KostenComponent> = {
    b1: 'leerroute_b1',
    'b1 route': 'leerroute_b1',
    'b1 leerroute': 'leerroute_b1',
    onderwijs: 'onderwijsroute',
    'onderwijs route': 'onderwijsroute',
    z: 'z_route',
    zroute: 'z_route',
    'module arbeidsmarkt en participatie': 'map',
    participatieverklaringstraject: 'pvt',
    'participatieverklaring traject': 'pvt',
    begeleiding: 'maatschappelijke_begeleiding',
    tolk: 'tolken',
    tolkkosten: 'tolken',
    'financieel ontzorgen': 'ontzorgen',
    reiskosten: 'reiskosten',
    overige: 'overig',
  };
  return synoniemen[schoon] ?? null;
}

// ------------------------------------------------------------------------------------------------
// Normbedragen (dated data)

/** The source of the defaults: DOMAIN.md §16, "AMRD 2020 indication", per inburgeraar for the whole traject. */
export const BRON_STANDAARD_NORM = 'AMRD 2020 (indicatie)';
const VANAF_STANDAARD = '2020-01-01';

const norm = (component: KostenComponent, doelgroep: Doelgroep, euro: number): Normbedrag => ({
  id: null,
  component,
  doelgroep,
  bedragCent: Math.round(euro * 100),
  geldigVanaf: VANAF_STANDAARD,
  bron: BRON_STANDAARD_NORM,
});

/**
 * DOMAIN.md §16 (AMRD uitvoeringskader 2020): leerroute incl. KNM/alfabetisering €10.000 (asiel only) · MAP €136
 * asiel / €195 gezins · maatschappelijke begeleiding €1.944 (asiel, AMRD component table) · PVT €216 · ontzorgen
 * €900 (asiel, Pw 56a) · tolken €417 asiel / €179 gezins. "Gezins" covers gezins- and overige migranten. Policy,
 * not law (the SPUK has no per-component norm, §11): editable in the screen as rows valid from a date.
 */
export const STANDAARD_NORMBEDRAGEN: readonly Normbedrag[] = [
  ...(['leerroute_b1', 'onderwijsroute', 'z_route'] as const).map((c) => norm(c, 'asielstatushouder', 10_000)),
  norm('map', 'asielstatushouder', 136),
  norm('map', 'gezinsmigrant', 195),
  norm('map', 'overige_migrant', 195),
  norm('maatschappelijke_begeleiding', 'asielstatushouder', 1_944),
  norm('pvt', 'asielstatushouder', 216),
  norm('pvt', 'gezinsmigrant', 216),
  norm('pvt', 'overige_migrant', 216),
  norm('ontzorgen', 'asielstatushouder', 900),
  norm('tolken', 'asielstatushouder', 417),
  norm('tolken', 'gezinsmigrant', 179),
  norm('tolken', 'overige_migrant', 179),
];

/** The normbedrag valid on `peildatum`: the row with the latest geldigVanaf on or before it; an entered row beats a default of the same date. */
export function geldendNormbedrag(rijen: readonly Normbedrag[], component: KostenComponent, doelgroep: Doelgroep, peildatum: string): number {
  let beste: Normbedrag | null = null;
  for (const rij of [...STANDAARD_NORMBEDRAGEN, ...rijen]) {
    if (rij.component !== component || rij.doelgroep !== doelgroep || rij.geldigVanaf > peildatum) continue;
    if (!beste || rij.geldigVanaf > beste.geldigVanaf || (rij.geldigVanaf === beste.geldigVanaf && rij.id !== null)) beste = rij;
  }
  return beste?.bedragCent ?? 0;
}

/** Every (component, doelgroep) with its rate on `peildatum`, for the screen; rows with 0 everywhere are left out. */
export function normbedragenOp(rijen: readonly Normbedrag[], peildatum: string): { component: KostenComponent; doelgroep: Doelgroep; bedragCent: number }[] {
  const uit: { component: KostenComponent; doelgroep: Doelgroep; bedragCent: number }[] = [];
  for (const component of KOSTEN_COMPONENTEN) {
    for (const doelgroep of DOELGROEPEN) {
      const bedragCent = geldendNormbedrag(rijen, component, doelgroep, peildatum);
      if (bedragCent > 0) uit.push({ component, doelgroep, bedragCent });
    }
  }
  return uit;
}

export interface PersoonInScope {
  id: number;
  doelgroep: Doelgroep;
  /** Start of the inburgeringsplicht: the kennisgeving DUO, else the BRP date; null when neither is known. */
  startdatum: string | null;
  /** The leerroute of the geldende PIP, or null before a PIP. */
  leerroute: Leerroute | null;
  /** True when the plicht started in the report year (the cohort the norm is set against). */
  inCohort: boolean;
}

/**
 * The normbedragen for one person per component: the rate valid on the start of the plicht (the rate of the
 * cohort; without a start date the last day of the year). A leerroute norm counts only under the person's
 * own route; before a PIP there is no leerroute norm yet.
 */
export function normVoorPersoon(rijen: readonly Normbedrag[], persoon: PersoonInScope, jaar: number): Map<KostenComponent, number> {
  const peildatum = persoon.startdatum ?? `${jaar}-12-31`;
  const uit = new Map<KostenComponent, number>();
  for (const component of KOSTEN_COMPONENTEN) {
    if (LEERROUTE_COMPONENTEN.has(component) && (persoon.leerroute === null || LEERROUTE_COMPONENT[persoon.leerroute] !== component)) continue;
    const cent = geldendNormbedrag(rijen, component, persoon.doelgroep, peildatum);
    if (cent > 0) uit.set(component, cent);
  }
  return uit;
}

// ------------------------------------------------------------------------------------------------
// Reading the financial system's export

/**
 * A Dutch amount as a financial system writes it, in cents: "1.040,25", "-12,50", "12,50-", "€ 1.040,25", "1040",
 * and, from an English export, "1040.25". Null when it is not an amount.
 */
export function leesBedrag(tekst: string): number | null {
  let s = tekst.trim().replace(/^€\s*/, '').replace(/\s*(€|EUR)$/i, '').replace(/\s/g, '');
  let negatief = false;
  if (/^\(.*\)$/.test(s)) {
    negatief = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith('-')) {
    negatief = !negatief;
    s = s.slice(0, -1);
  }
  if (s.startsWith('-')) {
    negatief = !negatief;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  s = s.replace(/^€/, '');
  let euro: string;
  let cent = '0';
  if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(s) || /^\d+,\d{1,2}$/.test(s)) {
    [euro, cent] = s.replace(/\./g, '').split(',') as [string, string];
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    euro = s.replace(/\./g, '');
  } else if (/^\d+\.\d{1,2}$/.test(s) || /^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(s)) {
    [euro, cent] = s.replace(/,/g, '').split('.') as [string, string];
  } else if (/^\d+$/.test(s)) {
    euro = s;
  } else return null;
  const waarde = Number(euro) * 100 + Number(cent.padEnd(2, '0'));
  if (!Number.isSafeInteger(waarde)) return null;
  return negatief ? -waarde : waarde;
}

/** A date as a Dutch export writes it: "23-11-2026", "23/11/2026", "23.11.2026", "1-2-2026", or ISO "2026-11-23". Null when not a real date. */
export function leesDatum(tekst: string): string | null {
  const s = tekst.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2})?.*$/, '');
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const nlMatch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]!.padStart(2, '0')}-${isoMatch[3]!.padStart(2, '0')}`;
  else if (nlMatch) iso = `${nlMatch[3]}-${nlMatch[2]!.padStart(2, '0')}-${nlMatch[1]!.padStart(2, '0')}`;
  return iso && isIsoDatum(iso) ? iso : null;
}

/** Two cost entries are the same when date, supplier, amount and omschrijving are (case and spacing aside). */
export function dubbelSleutel(r: { datum: string; leverancier: string; bedragCent: number; omschrijving: string | null }): string {
  const schoon = (t: string | null) => (t ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return [r.datum, schoon(r.leverancier), r.bedragCent, schoon(r.omschrijving)].join('\u0000');
}

/** A kostenplaats/grootboek code as the mapping table keys it. */
export function normaliseerCode(code: string): string {
  return code.trim().replace(/\s+/g, '').toUpperCase();
}

// ------------------------------------------------------------------------------------------------
// SPUK: besteding, reservering, overbesteding (Besluit 10.5, 10.6)

/** Besluit 10.5: the share of the SPUK that may be reserved. UNCONFIRMED (DOMAIN.md §11): a setting, this is the default. */
export const STANDAARD_RESERVERINGSRUIMTE_PERCENTAGE = 10;

export interface SpukJaarInvoer {
  jaar: number;
  /** The SPUK of the year (the vaststelling when known, else the beschikking); null when not entered. */
  spukCent: number | null;
  /** Costs in the year charged to the SPUK. */
  besteedCent: number;
  /** Reserved at the end of last year (Besluit 10.5): available this year. */
  reserveringVorigJaarCent: number;
  /** Overspent last year (Besluit 10.6): charged to this year. */
  overbestedingVorigJaarCent: number;
  reserveringsruimtePercentage: number;
}

/**
 * One year of the SPUK. Available = SPUK + last year's reservering; charged = besteding + last year's
 * overbesteding. A surplus is reserved up to the reserveringsruimte (a percentage of this year's SPUK, rounded
 * down to the cent; Besluit 10.5), the rest is to be paid back (Wi 42); a shortfall is overbesteding,
 * charged to next year (Besluit 10.6). Without an entered SPUK nothing is reserved or charged on.
 */
export function spukJaarUitkomst(i: SpukJaarInvoer): SpukUitkomst {
  const meldingen: string[] = [];
  if (i.spukCent === null) {
    meldingen.push(`De SPUK van ${i.jaar} is nog niet ingevuld. Vul bij "SPUK en SiSa" het bedrag van de beschikking in; dan rekent Koers de reservering en de overbesteding uit.`);
    return {
      jaar: i.jaar,
      spukCent: null,
      besteedCent: i.besteedCent,
      reserveringVorigJaarCent: i.reserveringVorigJaarCent,
      overbestedingVorigJaarCent: i.overbestedingVorigJaarCent,
      reserveringsruimteCent: null,
      reserveringCent: 0,
      overbestedingCent: 0,
      terugTeBetalenCent: 0,
      meldingen,
    };
  }
  const ruimte = Math.floor((i.spukCent * i.reserveringsruimtePercentage) / 100);
  const saldo = i.spukCent + i.reserveringVorigJaarCent - i.besteedCent - i.overbestedingVorigJaarCent;
  const reservering = saldo > 0 ? Math.min(saldo, ruimte) : 0;
  const overbesteding = saldo < 0 ? -saldo : 0;
  const terug = saldo > 0 ? saldo - reservering : 0;
  if (terug > 0) meldingen.push(`Er blijft ${bedrag(terug / 100)} over boven de reserveringsruimte (art. 10.5 Besluit); dat bedrag wordt teruggevorderd (art. 42 Wi).`);
  if (overbesteding > 0) meldingen.push(`Er is ${bedrag(overbesteding / 100)} meer besteed dan beschikbaar was; dat wordt toegerekend aan ${i.jaar + 1} (art. 10.6 Besluit).`);
  return {
    jaar: i.jaar,
    spukCent: i.spukCent,
    besteedCent: i.besteedCent,
    reserveringVorigJaarCent: i.reserveringVorigJaarCent,
    overbestedingVorigJaarCent: i.overbestedingVorigJaarCent,
    reserveringsruimteCent: ruimte,
    reserveringCent: reservering,
    overbestedingCent: overbesteding,
    terugTeBetalenCent: terug,
    meldingen,
  };
}

/** The SPUK received in a year: the vaststelling when entered, else the beschikking. */
export function spukOntvangen(spuk: SpukJaar | undefined): number | null {
  if (!spuk) return null;
  return spuk.vaststellingCent ?? spuk.beschikkingCent;
}

/**
 * The SPUK years in a row up to `jaar`, carrying reservering and overbesteding forward. The chain starts at
 * the first year with an entered SPUK; a year without SPUK carries nothing on.
 */
export function spukReeks(spuk: readonly SpukJaar[], besteedPerJaar: ReadonlyMap<number, number>, jaar: number, percentage: number): SpukUitkomst {
  const perJaar = new Map(spuk.map((s) => [s.jaar, s]));
  const jaren = spuk.map((s) => s.jaar).filter((j) => j < jaar);
  let reservering = 0;
  let overbesteding = 0;
  if (jaren.length > 0) {
    for (let j = Math.min(...jaren); j < jaar; j += 1) {
      const uitkomst = spukJaarUitkomst({
        jaar: j,
        spukCent: spukOntvangen(perJaar.get(j)),
        besteedCent: besteedPerJaar.get(j) ?? 0,
        reserveringVorigJaarCent: reservering,
        overbestedingVorigJaarCent: overbesteding,
        reserveringsruimtePercentage: percentage,
      });
      reservering = uitkomst.reserveringCent;
      overbesteding = uitkomst.overbestedingCent;
    }
  }
  return spukJaarUitkomst({
    jaar,
    spukCent: spukOntvangen(perJaar.get(jaar)),
    besteedCent: besteedPerJaar.get(jaar) ?? 0,
    reserveringVorigJaarCent: reservering,
    overbestedingVorigJaarCent: overbesteding,
    reserveringsruimtePercentage: percentage,
  });
}

// ------------------------------------------------------------------------------------------------
// SiSa indicator codes (dated data)

export const SISA_WAARDEN = ['besteding', 'reservering', 'overbesteding', 'toelichting'] as const;
export type SisaWaarde = (typeof SISA_WAARDEN)[number];

export interface SisaTabel {
  /** Valid from this report year until a later table. */
  vanafJaar: number;
  /** False until the codes were checked against the SiSa-bijlage of the year (DOMAIN.md §10: UNCONFIRMED). */
  bevestigd: boolean;
  regeling: string;
  indicatoren: { code: string; omschrijving: string; waarde: SisaWaarde }[];
}

/**
 * The SiSa indicators of the SPUK inburgering per year. DOMAIN.md §10 and §15.1: the real codes and names were
 * NOT FOUND; these are placeholders in the shape SZW uses (Besluit 10.5–10.6). Replace them with the codes of the
 * "SiSa bijlage <jaar>" (Rijksoverheid, teverantwoordenregelingen, "Wet inburgering 2021 / SZW") by adding a table
 * for that year here.
 */
export const SISA_TABELLEN: readonly SisaTabel[] = [
  {
    vanafJaar: 2022,
    bevestigd: false,
    regeling: 'SZW – Specifieke uitkering inburgering (Wet inburgering 2021)',
    indicatoren: [
      { code: 'INB/01', omschrijving: 'Besteding (lasten) in jaar T ten laste van rijksmiddelen', waarde: 'besteding' },
      { code: 'INB/02', omschrijving: 'Reservering in jaar T binnen de reserveringsruimte (art. 10.5 Besluit)', waarde: 'reservering' },
      { code: 'INB/03', omschrijving: 'Overbesteding in jaar T, toegerekend aan jaar T+1 (art. 10.6 Besluit)', waarde: 'overbesteding' },
      { code: 'INB/04', omschrijving: 'Toelichting', waarde: 'toelichting' },
    ],
  },
];

/** The codes a regisseur copied from the SiSa-bijlage of a year: one per indicator, for that year onward. */
export type SisaCodes = Record<SisaWaarde, string>;

/** A table from entered codes: confirmed, with the names of the built-in table. */
export function sisaTabelUitCodes(jaar: number, codes: SisaCodes): SisaTabel {
  const basis = SISA_TABELLEN[SISA_TABELLEN.length - 1]!;
  return { vanafJaar: jaar, bevestigd: true, regeling: basis.regeling, indicatoren: basis.indicatoren.map((i) => ({ ...i, code: codes[i.waarde] })) };
}

/** The built-in tables with the entered ones; an entered table replaces a built-in one of the same year. */
export function alleSisaTabellen(ingesteld: readonly { jaar: number; codes: SisaCodes }[]): SisaTabel[] {
  const eigen = ingesteld.map((t) => sisaTabelUitCodes(t.jaar, t.codes));
  return [...SISA_TABELLEN.filter((t) => !eigen.some((e) => e.vanafJaar === t.vanafJaar)), ...eigen];
}

/** The table for a report year: the latest one from on or before it; null before the first. */
export function sisaTabelVoor(jaar: number, tabellen: readonly SisaTabel[] = SISA_TABELLEN): SisaTabel | null {
  return [...tabellen].filter((t) => t.vanafJaar <= jaar).sort((a, b) => b.vanafJaar - a.vanafJaar)[0] ?? null;
}

export function sisaControleNotitie(jaar: number, tabel: SisaTabel | null): string {
  if (!tabel) return `Koers kent geen SiSa-indicatoren voor ${jaar}. Neem de codes over uit de SiSa-bijlage van ${jaar}.`;
  const herkomst = tabel.vanafJaar === jaar ? '' : ` Koers gebruikt de codes van ${tabel.vanafJaar}.`;
  return tabel.bevestigd
    ? `Controleer de codes in de SiSa-bijlage van ${jaar}.${herkomst}`
    : `Let op: de indicatorcodes zijn niet bevestigd. Controleer de codes in de SiSa-bijlage van ${jaar} voordat u ze overneemt.${herkomst}`;
}

// ------------------------------------------------------------------------------------------------
// The budget of one year

/** What db/budget.ts gathers for one year. No names: the screen adds them; the raadsrapportage shows only totals. */
export interface BudgetFeiten {
  jaar: number;
  /** Every cost entry dated in the year. */
  kosten: { component: KostenComponent; bedragCent: number; inburgeraarId: number | null }[];
  /** Costs charged to the SPUK per year, all years up to and including `jaar` (for the SPUK chain). */
  besteedPerJaar: { jaar: number; bedragCent: number }[];
  /** Linked costs per person dated up to the end of the year (the traject so far). */
  kostenTotTotaalPerPersoon: { inburgeraarId: number; bedragCent: number }[];
  spuk: SpukJaar[];
  /** Entered normbedragen (the defaults are added by the rules). */
  normbedragen: Normbedrag[];
  /** The cohort of the year plus everyone with a cost linked to him/her in the year. */
  personen: PersoonInScope[];
  reserveringsruimtePercentage: number;
}

export interface BudgetOverzicht {
  jaar: number;
  perComponent: ComponentRegel[];
  perPersoon: { inburgeraarId: number; doelgroep: Doelgroep; startdatum: string | null; inCohort: boolean; besteedJaarCent: number; besteedTotaalCent: number; normCent: number; verschilCent: number }[];
  totaal: { besteedCent: number; besteedSpukCent: number; normCent: number; aantalInCohort: number };
  spuk: SpukUitkomst;
}

/**
 * Per component: besteed in the year against the sum of the normbedragen of the cohort of the year (the people
 * whose plicht started in it). Per person: the costs linked to him/her against the norm for his/her doelgroep.
 */
export function budgetOverzicht(f: BudgetFeiten): BudgetOverzicht {
  const besteed = new Map<KostenComponent, { cent: number; n: number }>();
  const besteedJaarPerPersoon = new Map<number, number>();
  for (const k of f.kosten) {
    const huidig = besteed.get(k.component) ?? { cent: 0, n: 0 };
    besteed.set(k.component, { cent: huidig.cent + k.bedragCent, n: huidig.n + 1 });
    if (k.inburgeraarId !== null) besteedJaarPerPersoon.set(k.inburgeraarId, (besteedJaarPerPersoon.get(k.inburgeraarId) ?? 0) + k.bedragCent);
  }
  const totaalPerPersoon = new Map(f.kostenTotTotaalPerPersoon.map((r) => [r.inburgeraarId, r.bedragCent]));
  const normPerComponent = new Map<KostenComponent, number>();
  const perPersoon: BudgetOverzicht['perPersoon'] = [];
  for (const p of f.personen) {
    const normen = normVoorPersoon(f.normbedragen, p, f.jaar);
    let normCent = 0;
    for (const [component, cent] of normen) {
      normCent += cent;
      if (p.inCohort) normPerComponent.set(component, (normPerComponent.get(component) ?? 0) + cent);
    }
    const besteedTotaalCent = totaalPerPersoon.get(p.id) ?? 0;
    perPersoon.push({
      inburgeraarId: p.id,
      doelgroep: p.doelgroep,
      startdatum: p.startdatum,
      inCohort: p.inCohort,
      besteedJaarCent: besteedJaarPerPersoon.get(p.id) ?? 0,
      besteedTotaalCent,
      normCent,
      verschilCent: normCent - besteedTotaalCent,
    });
  }
  const perComponent: ComponentRegel[] = KOSTEN_COMPONENTEN.map((component) => {
    const b = besteed.get(component) ?? { cent: 0, n: 0 };
    const normCent = normPerComponent.get(component) ?? 0;
    return { component, besteedCent: b.cent, normCent, verschilCent: normCent - b.cent, aantalRegels: b.n, tenLasteVanSpuk: TEN_LASTE_VAN_SPUK[component] };
  });
  const som = (rijen: ComponentRegel[], veld: 'besteedCent' | 'normCent') => rijen.reduce((s, r) => s + r[veld], 0);
  const besteedPerJaar = new Map(f.besteedPerJaar.map((r) => [r.jaar, r.bedragCent]));
  return {
    jaar: f.jaar,
    perComponent,
    perPersoon,
    totaal: {
      besteedCent: som(perComponent, 'besteedCent'),
      besteedSpukCent: som(perComponent.filter((r) => r.tenLasteVanSpuk), 'besteedCent'),
      normCent: som(perComponent, 'normCent'),
      aantalInCohort: f.personen.filter((p) => p.inCohort).length,
    },
    spuk: spukReeks(f.spuk, besteedPerJaar, f.jaar, f.reserveringsruimtePercentage),
  };
}

const euro = (cent: number | null) => (cent === null ? null : cent / 100);

/** The budget section of the raadsrapportage (SPUK against besteding and reservering), or null without cost entries in the year. */
export function budgetSectie(feiten: BudgetFeiten): Sectie | null {
  if (feiten.kosten.length === 0) return null;
  const o = budgetOverzicht(feiten);
  const s = o.spuk;
  const gebruikt = o.perComponent.filter((r) => r.besteedCent !== 0 || r.normCent !== 0);
  const uitleg = [
    `De gemeente krijgt elk jaar geld van het Rijk voor de inburgering: de SPUK. In ${o.jaar} gaf de gemeente ${bedrag(o.totaal.besteedSpukCent / 100)} uit aan de onderdelen die uit de SPUK betaald worden.`,
    s.spukCent === null
      ? `Het bedrag van de SPUK voor ${o.jaar} is nog niet ingevuld. Daarom staat hier nog niet hoeveel geld over is.`
      : `De SPUK voor ${o.jaar} was ${bedrag(s.spukCent / 100)}.` +
        (s.reserveringCent > 0 ? ` De gemeente houdt ${bedrag(s.reserveringCent / 100)} apart voor volgend jaar. Dat mag tot een vast deel van de SPUK.` : '') +
        (s.terugTeBetalenCent > 0 ? ` ${bedrag(s.terugTeBetalenCent / 100)} is over en gaat terug naar het Rijk.` : '') +
        (s.overbestedingCent > 0 ? ` De gemeente gaf ${bedrag(s.overbestedingCent / 100)} meer uit dan er was. Dat bedrag telt mee in ${o.jaar + 1}.` : ''),
    `De grafiek zet per onderdeel het geld dat is uitgegeven naast een richtbedrag: het normbedrag per inburgeraar keer het aantal mensen dat in ${o.jaar} begon (${o.totaal.aantalInCohort}). Een richtbedrag is een schatting, geen grens.`,
    'Ontzorgen en overige kosten betaalt de gemeente uit eigen middelen (het gemeentefonds), niet uit de SPUK.',
  ];
  return {
    id: 'budget',
    titel: 'Budget: SPUK en uitgaven',
    uitleg,
    tabellen: [
      {
        blad: 'Budget per component',
        titel: `Uitgaven per onderdeel in ${o.jaar}`,
        kolommen: [
          { kop: 'Onderdeel', soort: 'tekst' },
          { kop: 'Uit SPUK', soort: 'tekst' },
          { kop: 'Besteed', soort: 'bedrag' },
          { kop: 'Normbedragen instroom', soort: 'bedrag' },
          { kop: 'Verschil', soort: 'bedrag' },
        ],
        rijen: [
          ...gebruikt.map((r) => [KOSTEN_COMPONENT_LABELS[r.component], r.tenLasteVanSpuk ? 'ja' : 'nee', euro(r.besteedCent), euro(r.normCent), euro(r.verschilCent)]),
          ['Totaal', '', euro(o.totaal.besteedCent), euro(o.totaal.normCent), euro(o.totaal.normCent - o.totaal.besteedCent)],
        ],
        toelichting: `Normbedragen: ${BRON_STANDAARD_NORM} of zoals ingesteld, per inburgeraar van de instroom van ${o.jaar}.`,
      },
      {
        blad: 'SPUK',
        titel: `SPUK ${o.jaar}: ontvangen, besteed, gereserveerd`,
        kolommen: [
          { kop: 'Post', soort: 'tekst' },
          { kop: 'Bedrag', soort: 'bedrag' },
        ],
        rijen: [
          ['SPUK ontvangen', euro(s.spukCent)],
          ['Reservering uit vorig jaar', euro(s.reserveringVorigJaarCent)],
          ['Besteding ten laste van de SPUK', euro(s.besteedCent)],
          ['Overbesteding uit vorig jaar', euro(s.overbestedingVorigJaarCent)],
          ['Reserveringsruimte (art. 10.5 Besluit)', euro(s.reserveringsruimteCent)],
          ['Reservering', euro(s.reserveringCent)],
          ['Overbesteding naar volgend jaar (art. 10.6 Besluit)', euro(s.overbestedingCent)],
          ['Terug te betalen', euro(s.terugTeBetalenCent)],
        ],
      },
    ],
    grafieken: [
      {
        soort: 'staaf',
        titel: `Besteed en normbedragen per onderdeel, ${o.jaar}`,
        categorieen: gebruikt.map((r) => KOSTEN_COMPONENT_LABELS[r.component]),
        reeksen: [
          { naam: 'Besteed', waarden: gebruikt.map((r) => r.besteedCent / 100) },
          { naam: 'Normbedragen instroom', waarden: gebruikt.map((r) => r.normCent / 100) },
        ],
        eenheid: 'euro',
      },
      {
        soort: 'staaf',
        titel: `SPUK, besteding en reservering, ${o.jaar}`,
        categorieen: ['SPUK', 'Besteed', 'Reservering', 'Overbesteding'],
        reeksen: [{ naam: 'Bedrag', waarden: [euro(s.spukCent), s.besteedCent / 100, s.reserveringCent / 100, s.overbestedingCent / 100] }],
        eenheid: 'euro',
      },
    ],
  };
}

// ------------------------------------------------------------------------------------------------
// The import preview

const KOP_PATRONEN: Record<ImportKostenVeld, RegExp> = {
  datum: /^(boek|factuur|transactie)?datum|^date$/,
  leverancier: /leverancier|crediteur|relatie|naam|supplier/,
  bedrag: /bedrag|amount|totaal|^euro/,
  omschrijving: /omschrijving|description|tekst|toelichting/,
  component: /^component|^onderdeel/,
  code: /kostenplaats|grootboek|kostensoort|^code|^rekening/,
};

/** A proposed mapping from the headers: the first column whose header fits each field. */
export function stelKostenKoppelingVoor(koppen: readonly string[]): KostenKoppeling {
  const gebruikt = new Set<number>();
  const uit: KostenKoppeling = { datum: null, leverancier: null, bedrag: null, omschrijving: null, component: null, code: null };
  for (const veld of IMPORT_KOSTEN_VELDEN) {
    const index = koppen.findIndex((kop, i) => !gebruikt.has(i) && KOP_PATRONEN[veld].test(kop.trim().toLowerCase()));
    if (index >= 0) {
      uit[veld] = index;
      gebruikt.add(index);
    }
  }
  return uit;
}

/** Fields the mapping still lacks: datum, leverancier, bedrag, and a component or a code column. */
export function ontbrekendeKostenVelden(k: KostenKoppeling): string[] {
  const uit: string[] = [];
  if (k.datum === null) uit.push(IMPORT_KOSTEN_VELD_LABELS.datum);
  if (k.leverancier === null) uit.push(IMPORT_KOSTEN_VELD_LABELS.leverancier);
  if (k.bedrag === null) uit.push(IMPORT_KOSTEN_VELD_LABELS.bedrag);
  if (k.component === null && k.code === null) uit.push(`${IMPORT_KOSTEN_VELD_LABELS.component} of ${IMPORT_KOSTEN_VELD_LABELS.code.toLowerCase()}`);
  return uit;
}

/**
 * Checks every row of the export: a Dutch reason per bad cell; a row equal to an entry already in Koers, or to an
 * earlier row of the same file, is a duplicate and is skipped. `rij` numbers are as in the spreadsheet (header = 1).
 */
export function controleerKostenImport(
  koppen: readonly string[],
  rijen: readonly { rij: number; cellen: readonly string[] }[],
  koppeling: KostenKoppeling,
  codes: ReadonlyMap<string, KostenComponent>,
  bestaand: ReadonlySet<string>,
): KostenVoorbeeld {
  const ontbrekend = ontbrekendeKostenVelden(koppeling);
  const uitRijen: KostenVoorbeeldRij[] = [];
  const gezien = new Set(bestaand);
  if (ontbrekend.length === 0) {
    for (const { rij, cellen } of rijen) {
      const cel = (veld: ImportKostenVeld) => {
        const index = koppeling[veld];
        return index === null ? '' : (cellen[index] ?? '').trim();
      };
      const fouten: string[] = [];
      const datumTekst = cel('datum');
      const datum = datumTekst ? leesDatum(datumTekst) : null;
      if (!datumTekst) fouten.push('Datum ontbreekt.');
      else if (!datum) fouten.push(`Datum "${datumTekst}" is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd).`);
      const leverancier = cel('leverancier') || null;
      if (!leverancier) fouten.push('Leverancier ontbreekt.');
      else if (leverancier.length > 120) fouten.push('Leverancier mag hoogstens 120 tekens hebben.');
      const bedragTekst = cel('bedrag');
      const bedragCent = bedragTekst ? leesBedrag(bedragTekst) : null;
      if (!bedragTekst) fouten.push('Bedrag ontbreekt.');
      else if (bedragCent === null) fouten.push(`Bedrag "${bedragTekst}" is geen bedrag (schrijf bijvoorbeeld 1.040,25 of -12,50).`);
      else if (bedragCent === 0) fouten.push('Bedrag is 0; een regel zonder bedrag wordt niet geïmporteerd.');
      else if (Math.abs(bedragCent) > MAX_BEDRAG_CENT) fouten.push('Bedrag is groter dan € 10.000.000 per regel.');
      const omschrijving = cel('omschrijving') || null;
      if (omschrijving && omschrijving.length > 300) fouten.push('Omschrijving mag hoogstens 300 tekens hebben.');
      let component: KostenComponent | null = null;
      const componentTekst = cel('component');
      const codeTekst = cel('code');
      if (componentTekst) {
        component = componentUitTekst(componentTekst);
        if (!component) fouten.push(`Component "${componentTekst}" is onbekend. Kies uit: ${KOSTEN_COMPONENTEN.map((c) => KOSTEN_COMPONENT_LABELS[c]).join(', ')}.`);
      } else if (codeTekst) {
        component = codes.get(normaliseerCode(codeTekst)) ?? null;
        if (!component) fouten.push(`Code "${codeTekst}" staat niet in de tabel met kostenplaatsen. Voeg de code toe bij "Codes" en kies het onderdeel.`);
      } else fouten.push(koppeling.component !== null ? 'Component ontbreekt.' : 'Kostenplaats of grootboekcode ontbreekt.');
      let uitkomst: KostenRijUitkomst = fouten.length > 0 ? 'fout' : 'nieuw';
      if (uitkomst === 'nieuw') {
        const sleutel = dubbelSleutel({ datum: datum!, leverancier: leverancier!, bedragCent: bedragCent!, omschrijving });
        if (gezien.has(sleutel)) uitkomst = 'dubbel';
        gezien.add(sleutel);
      }
      uitRijen.push({ rij, uitkomst, datum, leverancier, bedragCent, omschrijving, component, fouten });
    }
  }
  const tel = (u: KostenRijUitkomst) => uitRijen.filter((r) => r.uitkomst === u).length;
  return {
    koppen: [...koppen],
    koppeling,
    ontbrekend,
    rijen: uitRijen,
    aantallen: {
      totaal: uitRijen.length,
      nieuw: tel('nieuw'),
      dubbel: tel('dubbel'),
      fout: tel('fout'),
      bedragNieuwCent: uitRijen.filter((r) => r.uitkomst === 'nieuw').reduce((s, r) => s + r.bedragCent!, 0),
    },
  };
}
