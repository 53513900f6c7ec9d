import type { Cel, Jaarverslag, Kerncijfer, KerncijferIndicator, Sectie, Tabel } from '../domain/jaarverslag';
import { KERNCIJFER_INDICATOREN } from '../domain/jaarverslag';
import { LEERROUTE_LABELS, LEERROUTES, type Leerroute, type WijzigingReden } from '../domain/pip';
import { TREDE_LABELS, TREDEN, type Trede } from '../domain/voortgang';
import { getal, procent } from '../format';
import type { ExtraRustdagen } from './atw';
import { laatsteDagVanTermijn, plusDagen } from './datum';
import { DOELGROEP_LABELS, DOELGROEPEN, type Doelgroep } from './doelgroep';
import { aantalInTekst, delenInTekst, isKleinAantal, verborgenDelen } from './kleine-aantallen';
import { pipTermijnVoorDossier } from './termijnen';

export { maskeer, maskeerTabel, maskeerGrafiek, isKleinAantal, aantalInTekst, gemaskeerdeTekst, delenInTekst, verborgenDelen, VERBORGEN_TEKST } from './kleine-aantallen';

/*
 * The jaarverslag for the gemeenteraad (issue 13; DOMAIN.md §10, §16), as pure functions:
 * facts (db/jaarverslag.ts, a fixed number of set-based queries) → Jaarverslag (shared/domain/jaarverslag.ts).
 *
 * FOR THE PDF AND THE SCREEN (J2): `maakJaarverslag()` returns the EXACT report; the XLSX for the controller
 * (intern) uses it as is. Before drawing the raad PDF or showing the report on screen, call
 * `maskeer(verslag)` (./kleine-aantallen.ts; the channel jaarverslagOphalen already returns it masked). After
 * maskeer():
 *  - an 'aantal' cell of 1 … drempel−1 is the string "< 5" (drempel = verslag.drempelKleineAantallen), and in
 *    that row the 'aandeel', 'dagen' and 'getal' cells are null: print them as "–";
 *  - a Kerncijfer that counts persons and was 1 … drempel−1 has waarde null and `gemaskeerd: true`: print
 *    "< 5"; a Kerncijfer with waarde null without `gemaskeerd` means "cannot be computed": print "–";
 *  - in a chart with eenheid 'personen' a small value is null: draw no bar/point (optionally the label
 *    "< 5"); charts in '%' or 'dagen' already have null where fewer persons than the threshold stood behind
 *    the figure. So no chart holds a masked number.
 * The uitleg sentences never contain a small count ("minder dan 5"); they can be printed as they are.
 */

// ---------------------------------------------------------------------------------------------------------
// Facts and settings

export interface DossierFeit {
  id: number;
  doelgroep: Doelgroep;
  geboortedatum: string;
  datumKennisgevingDuo: string | null;
  /** Vestiging: inschrijving in the BRP of this gemeente. */
  datumInschrijvingBrp: string | null;
  huisvestingArt28: boolean;
  termijnStartEerder: string | null;
}

/** A vastgesteld (or verzonden) PIP version with a dagtekening; concepts are not facts. */
export interface PipFeit {
  inburgeraarId: number;
  versie: number;
  soort: 'pip' | 'wijziging';
  wijzigingReden: WijzigingReden | null;
  dagtekening: string;
  leerroute: Leerroute | null;
  geimporteerd: boolean;
  /** Besluit 5.3 lid 1–2: a reason for a PIP after its deadline was written in the plan (the text stays out). */
  redenTeLaatVastgelegd: boolean;
  /** Besluit 5.3 lid 2: the day the information of a derde came in, when the PIP waited for it. */
  derdeOntvangenOp: string | null;
}

export interface DatumFeit {
  inburgeraarId: number;
  datum: string;
}

export interface JaarverslagFeiten {
  gemeentenaam: string;
  extraRustdagen: ExtraRustdagen;
  dossiers: DossierFeit[];
  pips: PipFeit[];
  pvtOndertekend: DatumFeit[];
  mapEindgesprek: DatumFeit[];
  zRouteAfgerond: DatumFeit[];
  intakeAfgerond: DatumFeit[];
  examens: { inburgeraarId: number; onderdeel: string; datum: string; behaald: boolean }[];
  ladder: { inburgeraarId: number; trede: number; datum: string }[];
  ontzorgen: { inburgeraarId: number; startBijstand: string; einde: string }[];
  begeleiding: { inburgeraarId: number; start: string; afgerondOp: string | null }[];
  boetes: { soort: string; status: string; bedrag: number; dagtekening: string | null; betaaldOp: string | null; ingetrokkenOp: string | null }[];
  bezwaren: { beschikkingSoort: string; ontvangenOp: string; uitkomst: string | null; uitkomstOp: string | null }[];
  /** Besluit 5.3 lid 2: the PIP waited for information from a derde (the only recorded reason for lateness). */
  wachtOpDerde: { inburgeraarId: number; sinds: string; ontvangenOp: string | null }[];
}

/** The §16 monitoring indicators ("n van N binnen T na vestiging"). */
export const MONITORING_INDICATOREN = [
  'participatieverklaringOndertekend',
  'begeleidingAfgerond',
  'gezondheidInBeeld',
  'participatieGescreend',
  'kennisgemaaktMetWerk',
  'bemiddelbarenBetaaldWerk',
  'kinderenPassendOnderwijs',
  'kinderenNaarVve',
] as const;
export type MonitoringIndicator = (typeof MONITORING_INDICATOREN)[number];

export const MONITORING_LABELS: Record<MonitoringIndicator, string> = {
  participatieverklaringOndertekend: 'Participatieverklaring ondertekend (18 jaar en ouder)',
  begeleidingAfgerond: 'Maatschappelijke begeleiding afgerond (asielstatushouders)',
  gezondheidInBeeld: 'Gezondheid in beeld (brede intake afgerond)',
  participatieGescreend: 'Mogelijkheden voor participatie in het plan (PIP vastgesteld)',
  kennisgemaaktMetWerk: 'Kennisgemaakt met werk (trede 4 of hoger)',
  bemiddelbarenBetaaldWerk: 'Betaald werk (trede 5 of 6)',
  kinderenPassendOnderwijs: 'Leerplichtige kinderen in passend onderwijs',
  kinderenNaarVve: 'Kinderen van 2 tot 4 jaar naar de voorschool (VVE)',
};

/** Indicators Koers has no data for (children are not registered in Koers). */
export const NIET_MEETBAAR: ReadonlySet<MonitoringIndicator> = new Set<MonitoringIndicator>(['kinderenPassendOnderwijs', 'kinderenNaarVve']);

export interface JaarverslagInstellingen {
  geplandeMix: { b1: number; onderwijs: number; z: number };
  referentieMix: { b1: number; onderwijs: number; z: number };
  drempelKleineAantallen: number;
  indicatorVensters: { indicator: MonitoringIndicator; maanden: number }[];
}

// DOMAIN.md §16 (policy, not law; configurable): AMRD planned 40/20/40, SZW expected 60/25/15, the
// Hardinxveld-Giessendam windows, and n < 5 masked.
export const STANDAARD_JAARVERSLAG_INSTELLINGEN: JaarverslagInstellingen = {
  geplandeMix: { b1: 40, onderwijs: 20, z: 40 },
  referentieMix: { b1: 60, onderwijs: 25, z: 15 },
  drempelKleineAantallen: 5,
  indicatorVensters: [
    { indicator: 'participatieverklaringOndertekend', maanden: 6 },
    { indicator: 'begeleidingAfgerond', maanden: 18 },
    { indicator: 'gezondheidInBeeld', maanden: 4 },
    { indicator: 'participatieGescreend', maanden: 6 },
    { indicator: 'kennisgemaaktMetWerk', maanden: 18 },
    { indicator: 'bemiddelbarenBetaaldWerk', maanden: 18 },
    { indicator: 'kinderenPassendOnderwijs', maanden: 3 },
    { indicator: 'kinderenNaarVve', maanden: 3 },
  ],
};

/** Stored settings (possibly from an older version, possibly partial) completed with the defaults. */
export function volledigeInstellingen(opgeslagen: Partial<JaarverslagInstellingen> | null | undefined): JaarverslagInstellingen {
  const s = STANDAARD_JAARVERSLAG_INSTELLINGEN;
  const vensters = new Map((opgeslagen?.indicatorVensters ?? []).map((v) => [v.indicator, v.maanden]));
  return {
    geplandeMix: opgeslagen?.geplandeMix ?? s.geplandeMix,
    referentieMix: opgeslagen?.referentieMix ?? s.referentieMix,
    drempelKleineAantallen: opgeslagen?.drempelKleineAantallen ?? s.drempelKleineAantallen,
    indicatorVensters: s.indicatorVensters.map((v) => ({ indicator: v.indicator, maanden: vensters.get(v.indicator) ?? v.maanden })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers (pure, exported for the unit tests)

// A report at 50,000 dossiers counts days between a few thousand distinct dates hundreds of thousands of
// times: each date is parsed once.
const UTC_DAGEN = new Map<string, number>();

function utcDag(datum: string): number {
  let dag = UTC_DAGEN.get(datum);
  if (dag === undefined) {
    const [j, m, d] = datum.slice(0, 10).split('-').map(Number) as [number, number, number];
    dag = Date.UTC(j, m - 1, d) / 86_400_000;
    if (UTC_DAGEN.size > 100_000) UTC_DAGEN.clear();
    UTC_DAGEN.set(datum, dag);
  }
  return dag;
}

/** Calendar days from `van` to `tot` (tot − van; the same day is 0). */
export function dagenTussen(van: string, tot: string): number {
  return utcDag(tot) - utcDag(van);
}

export function jaarVan(datum: string): number {
  return Number(datum.slice(0, 4));
}

function inJaar(datum: string | null | undefined, jaar: number): datum is string {
  return !!datum && datum.startsWith(`${jaar}-`);
}

/** The median; with an even count the mean of the two middle values. Null for no values. */
export function mediaan(waarden: readonly number[]): number | null {
  if (waarden.length === 0) return null;
  const s = [...waarden].sort((a, b) => a - b);
  const midden = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[midden]! : (s[midden - 1]! + s[midden]!) / 2;
}

export function gemiddelde(waarden: readonly number[]): number | null {
  return waarden.length === 0 ? null : waarden.reduce((a, b) => a + b, 0) / waarden.length;
}

/** Rounded to one decimal, half away from zero (11.25 → 11.3). */
export function rondAf1(waarde: number | null): number | null {
  if (waarde === null) return null;
  return (Math.sign(waarde) * Math.round(Math.abs(waarde) * 10)) / 10;
}

/** A share in percent (0–100) rounded to one decimal, or null over nobody. */
export function aandeel(deel: number, geheel: number): number | null {
  return geheel === 0 ? null : rondAf1((100 * deel) / geheel);
}

const MAANDEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;
const MAANDEN_LANG = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

const KERNCIJFER_DOELGROEP: Record<Doelgroep, KerncijferIndicator> = {
  asielstatushouder: 'instroom_asiel',
  gezinsmigrant: 'instroom_gezin',
  overige_migrant: 'instroom_overig',
};
const KERNCIJFER_ROUTE: Record<Leerroute, KerncijferIndicator> = { b1: 'route_b1', onderwijs: 'route_onderwijs', z: 'route_z' };

// ---------------------------------------------------------------------------------------------------------
// The first PIPs of a year (Kerncijfers pip_*)

export interface EerstePip {
  dossier: DossierFeit;
  pip: PipFeit;
  /** Besluit 5.3 lid 1 (lid 3 after a move), extended by the Atw; null without a kennisgeving. */
  uiterlijk: string | null;
  /** The start of that deadline: kennisgeving, or the later BRP date where it applies. */
  start: string | null;
  /** Days from start to dagtekening; null without a deadline. */
  doorlooptijd: number | null;
  binnenTermijn: boolean;
}

/** Per dossier its first PIP (soort 'pip', lowest versie): a wijziging is never a first PIP. */
export function eerstePipPerDossier(pips: readonly PipFeit[]): Map<number, PipFeit> {
  const uit = new Map<number, PipFeit>();
  for (const pip of pips) {
    if (pip.soort !== 'pip') continue;
    const eerder = uit.get(pip.inburgeraarId);
    if (!eerder || pip.versie < eerder.versie) uit.set(pip.inburgeraarId, pip);
  }
  return uit;
}

// Many dossiers share their dates: the deadline (with its Atw holidays, costly to compute) is computed once
// per distinct set of dates and set of extra rustdagen, so 50,000 dossiers report in seconds.
const TERMIJNEN = new Map<string, { datum: string; startdatum: string } | null>();

function pipTermijnVan(feiten: Pick<JaarverslagFeiten, 'extraRustdagen'>, dossier: DossierFeit): { datum: string; startdatum: string } | null {
  // The deadline is 10 weeks (+ Atw) after its start (Besluit 5.3 lid 1 and 3), so the start the dossier's
  // dates give is the key: after a move the BRP date, under art. 28 the later of kennisgeving and BRP.
  const { datumKennisgevingDuo: kg, datumInschrijvingBrp: brp } = dossier;
  const start = dossier.termijnStartEerder && brp ? brp : dossier.huisvestingArt28 && kg && brp ? (brp > kg ? brp : kg) : kg;
  if (!start) return null;
  const data = start;
  const sleutel = feiten.extraRustdagen.length === 0 ? data : `${data}|${feiten.extraRustdagen.map((d) => d.datum).join(',')}`;
  if (!TERMIJNEN.has(sleutel)) {
    const termijn = pipTermijnVoorDossier(dossier, feiten.extraRustdagen);
    if (TERMIJNEN.size > 100_000) TERMIJNEN.clear();
    TERMIJNEN.set(sleutel, termijn ? { datum: termijn.datum, startdatum: termijn.startdatum } : null);
  }
  return TERMIJNEN.get(sleutel)!;
}

const DOSSIERS = new WeakMap<object, Map<number, DossierFeit>>();

function dossierMap(feiten: Pick<JaarverslagFeiten, 'dossiers'>): Map<number, DossierFeit> {
  let map = DOSSIERS.get(feiten.dossiers);
  if (!map) DOSSIERS.set(feiten.dossiers, (map = new Map(feiten.dossiers.map((d) => [d.id, d]))));
  return map;
}

/** Per number of months: start → last day of the window. */
const VENSTER_EINDE = new Map<number, Map<string, string>>();

/** laatsteDagVanTermijn, remembered: the §16 windows are computed for every dossier and indicator. */
function vensterEinde(start: string, maanden: number): string {
  let perStart = VENSTER_EINDE.get(maanden);
  if (!perStart) VENSTER_EINDE.set(maanden, (perStart = new Map()));
  let einde = perStart.get(start);
  if (einde === undefined) {
    einde = laatsteDagVanTermijn(start, maanden);
    if (perStart.size > 100_000) perStart.clear();
    perStart.set(start, einde);
  }
  return einde;
}

/**
 * The first PIPs whose dagtekening falls in the year, imported ones included, each judged against the
 * deadline of Besluit 5.3 lid 1 as pipTermijnVoorDossier computes it for that dossier (Atw art. 1 included).
 * A dagtekening on the last day counts as on time.
 */
export function eerstePipsInJaar(feiten: Pick<JaarverslagFeiten, 'dossiers' | 'pips' | 'extraRustdagen'>, jaar: number, eerste = eerstePipPerDossier(feiten.pips)): EerstePip[] {
  const dossiers = dossierMap(feiten);
  const uit: EerstePip[] = [];
  for (const pip of eerste.values()) {
    if (!inJaar(pip.dagtekening, jaar)) continue;
    const dossier = dossiers.get(pip.inburgeraarId);
    if (dossier) uit.push(beoordeelEerstePip(feiten, dossier, pip));
  }
  return uit.sort(opDagtekening);
}

function beoordeelEerstePip(feiten: Pick<JaarverslagFeiten, 'extraRustdagen'>, dossier: DossierFeit, pip: PipFeit): EerstePip {
  const termijn = pipTermijnVan(feiten, dossier);
  return {
    dossier,
    pip,
    uiterlijk: termijn?.datum ?? null,
    start: termijn?.startdatum ?? null,
    doorlooptijd: termijn ? dagenTussen(termijn.startdatum, pip.dagtekening) : null,
    binnenTermijn: !!termijn && pip.dagtekening <= termijn.datum,
  };
}

const opDagtekening = (a: EerstePip, b: EerstePip) => (a.pip.dagtekening < b.pip.dagtekening ? -1 : a.pip.dagtekening > b.pip.dagtekening ? 1 : a.dossier.id - b.dossier.id);

/**
 * The year a date falls in for inJaar: the part before the first '-' ("2026-03-01" → "2026"), so
 * `inJaar(datum, j)` ⇔ `jaarDeel(datum) === String(j)` for every year j ≥ 0.
 */
function jaarDeel(datum: string | null | undefined): string | null {
  if (!datum) return null;
  const streep = datum.indexOf('-');
  return streep < 0 ? null : datum.slice(0, streep);
}

/** What the Kerncijfers of one year count. */
interface JaarDelen {
  /** Dossiers with their kennisgeving in the year. */
  instroom: DossierFeit[];
  /** eerstePipsInJaar of the year, in no particular order (the counts do not need one; sort with opDagtekening). */
  eerstePips: EerstePip[];
  pvtOndertekend: number;
  mapEindgesprek: number;
}

/**
 * Everything the Kerncijfers count, for every year at once: one pass over the dossiers, the first PIPs and
 * the PVT/MAP dates instead of one pass per year (the report compares up to five years). Per year exactly
 * what `kerncijfers(feiten, jaar)` selects itself (unsorted: only the report's own year is sorted).
 */
function jaarDelenVan(feiten: JaarverslagFeiten, eerste: Map<number, PipFeit>): (jaar: number) => JaarDelen {
  const perJaar = new Map<string, JaarDelen>();
  const delen = (sleutel: string) => {
    let d = perJaar.get(sleutel);
    if (!d) perJaar.set(sleutel, (d = { instroom: [], eerstePips: [], pvtOndertekend: 0, mapEindgesprek: 0 }));
    return d;
  };
  for (const d of feiten.dossiers) {
    const sleutel = jaarDeel(d.datumKennisgevingDuo);
    if (sleutel !== null) delen(sleutel).instroom.push(d);
  }
  const dossiers = dossierMap(feiten);
  for (const pip of eerste.values()) {
    const sleutel = jaarDeel(pip.dagtekening);
    const dossier = dossiers.get(pip.inburgeraarId);
    if (sleutel !== null && dossier) delen(sleutel).eerstePips.push(beoordeelEerstePip(feiten, dossier, pip));
  }
  for (const f of feiten.pvtOndertekend) {
    const sleutel = jaarDeel(f.datum);
    if (sleutel !== null) delen(sleutel).pvtOndertekend += 1;
  }
  for (const f of feiten.mapEindgesprek) {
    const sleutel = jaarDeel(f.datum);
    if (sleutel !== null) delen(sleutel).mapEindgesprek += 1;
  }
  const leeg: JaarDelen = { instroom: [], eerstePips: [], pvtOndertekend: 0, mapEindgesprek: 0 };
  return (jaar) => perJaar.get(String(jaar)) ?? leeg;
}

const OMSCHRIJVINGEN: Record<KerncijferIndicator, (jaar: number) => string> = {
  instroom_totaal: (j) => `Zoveel mensen kregen in ${j} van DUO bericht dat zij moeten inburgeren.`,
  instroom_asiel: (j) => `Zoveel asielstatushouders kregen in ${j} dat bericht van DUO.`,
  instroom_gezin: (j) => `Zoveel gezinsmigranten kregen in ${j} dat bericht van DUO.`,
  instroom_overig: (j) => `Zoveel overige migranten kregen in ${j} dat bericht van DUO.`,
  pip_vastgesteld: (j) => `Zoveel eerste plannen (PIP) stelde de gemeente vast in ${j}, ook plannen uit het vorige systeem.`,
  pip_binnen_termijn: () => 'Zoveel van die plannen waren op tijd: binnen 10 weken, zoals de wet vraagt.',
  pip_doorlooptijd_mediaan_dagen: () => 'Zoveel dagen duurde het meestal (de middelste waarde) van de start van de termijn tot het plan.',
  route_b1: () => 'Zoveel van die plannen kozen de B1-route.',
  route_onderwijs: () => 'Zoveel van die plannen kozen de onderwijsroute.',
  route_z: () => 'Zoveel van die plannen kozen de Z-route.',
  pvt_ondertekend: (j) => `Zoveel mensen ondertekenden in ${j} de participatieverklaring.`,
  map_afgerond: (j) => `Zoveel mensen hadden in ${j} het eindgesprek van de Module Arbeidsmarkt en Participatie.`,
};

/** The Kerncijfers of year J, exactly as issue 13 item 7 defines them, in the fixed order. */
export function kerncijfers(feiten: JaarverslagFeiten, jaar: number, eerste = eerstePipPerDossier(feiten.pips)): Kerncijfer[] {
  return kerncijfersUit(jaar, {
    instroom: feiten.dossiers.filter((d) => inJaar(d.datumKennisgevingDuo, jaar)),
    eerstePips: eerstePipsInJaar(feiten, jaar, eerste),
    pvtOndertekend: feiten.pvtOndertekend.filter((f) => inJaar(f.datum, jaar)).length,
    mapEindgesprek: feiten.mapEindgesprek.filter((f) => inJaar(f.datum, jaar)).length,
  });
}

function kerncijfersUit(jaar: number, { instroom, eerstePips: pips, pvtOndertekend, mapEindgesprek }: JaarDelen): Kerncijfer[] {
  const waarden = new Map<KerncijferIndicator, number | null>();
  waarden.set('instroom_totaal', instroom.length);
  const perDoelgroep = new Map<Doelgroep, number>();
  for (const d of instroom) perDoelgroep.set(d.doelgroep, (perDoelgroep.get(d.doelgroep) ?? 0) + 1);
  for (const doelgroep of DOELGROEPEN) waarden.set(KERNCIJFER_DOELGROEP[doelgroep], perDoelgroep.get(doelgroep) ?? 0);
  waarden.set('pip_vastgesteld', pips.length);
  let binnen = 0;
  const dagen: number[] = [];
  const perRoute = new Map<Leerroute, number>();
  for (const p of pips) {
    if (p.binnenTermijn) binnen += 1;
    if (p.doorlooptijd !== null) dagen.push(p.doorlooptijd);
    if (p.pip.leerroute !== null) perRoute.set(p.pip.leerroute, (perRoute.get(p.pip.leerroute) ?? 0) + 1);
  }
  waarden.set('pip_binnen_termijn', binnen);
  waarden.set('pip_doorlooptijd_mediaan_dagen', rondAf1(mediaan(dagen)));
  for (const route of LEERROUTES) waarden.set(KERNCIJFER_ROUTE[route], perRoute.get(route) ?? 0);
  waarden.set('pvt_ondertekend', pvtOndertekend);
  waarden.set('map_afgerond', mapEindgesprek);
  return KERNCIJFER_INDICATOREN.map((indicator) => ({ indicator, waarde: waarden.get(indicator) ?? null, omschrijving: OMSCHRIJVINGEN[indicator](jaar) }));
}

/** Years with any instroom, vestiging or PIP, newest first. */
export function jarenMetGegevens(feiten: Pick<JaarverslagFeiten, 'dossiers' | 'pips'>): number[] {
  const jaren = new Set<number>();
  for (const d of feiten.dossiers) {
    if (d.datumKennisgevingDuo) jaren.add(jaarVan(d.datumKennisgevingDuo));
    if (d.datumInschrijvingBrp) jaren.add(jaarVan(d.datumInschrijvingBrp));
  }
  for (const p of feiten.pips) jaren.add(jaarVan(p.dagtekening));
  return [...jaren].sort((a, b) => b - a);
}

/** The year to propose: the newest year with data up to this year, else this year. */
export function standaardJaar(jaren: readonly number[], vandaag: string): number {
  const ditJaar = jaarVan(vandaag);
  return jaren.find((j) => j <= ditJaar) ?? ditJaar;
}

// ---------------------------------------------------------------------------------------------------------
// The sections

interface Context {
  feiten: JaarverslagFeiten;
  jaar: number;
  instellingen: JaarverslagInstellingen;
  drempel: number;
  eerste: Map<number, PipFeit>;
  dossiers: Map<number, DossierFeit>;
  eerstePips: EerstePip[];
  /** jarenMetGegevens(feiten), computed once. */
  jaren: number[];
  /** The Kerncijfers' counts per year (for the comparison with earlier years). */
  jaarDelen: (jaar: number) => JaarDelen;
}

const n = (aantal: number, c: Context) => aantalInTekst(aantal, c.drempel);
/** A share or a number of days for the raad chart: null when fewer persons than the threshold stand behind it. */
const veilig = (waarde: number | null, personen: number, c: Context) => (personen > 0 && personen < c.drempel ? null : waarde);
/** A share for the raad chart: null when its group or its own count is hidden (the share would give the count away). */
const veiligAandeel = (deel: number, geheel: number, c: Context, deelVerborgen = isKleinAantal(deel, c.drempel)) =>
  deelVerborgen || isKleinAantal(geheel, c.drempel) ? null : aandeel(deel, geheel);

function tabel(blad: string, titel: string, kolommen: Tabel['kolommen'], rijen: Tabel['rijen'], toelichting?: string, groepen?: Tabel['groepen'], rijGroepen?: Tabel['rijGroepen']): Tabel {
  return { blad, titel, kolommen, rijen, ...(toelichting ? { toelichting } : {}), ...(groepen ? { groepen } : {}), ...(rijGroepen ? { rijGroepen } : {}) };
}

/** "a", "a en b", "a, b en c". */
function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;
}

function maandJaarTabel(blad: string, titel: string, datums: readonly string[], jaren: readonly number[], toelichting: string): Tabel {
  const telling = new Map<string, number>();
  for (const d of datums) {
    const maand = d.slice(0, 7);
    telling.set(maand, (telling.get(maand) ?? 0) + 1);
  }
  const rijen: Tabel['rijen'] = MAANDEN_LANG.map((maand, i) => [maand, ...jaren.map((j) => telling.get(`${j}-${String(i + 1).padStart(2, '0')}`) ?? 0)]);
  rijen.push(['Totaal', ...jaren.map((j) => MAANDEN_LANG.reduce((som, _, i) => som + (telling.get(`${j}-${String(i + 1).padStart(2, '0')}`) ?? 0), 0))]);
  return tabel(blad, titel, [{ kop: 'Maand', soort: 'tekst' }, ...jaren.map((j) => ({ kop: String(j), soort: 'aantal' as const }))], rijen, toelichting);
}

/** The report year and the (at most four) earlier years shown beside it. */
function vergelijkingsjaren(c: Context): number[] {
  const eerder = c.jaren.filter((j) => j < c.jaar).slice(0, 4).reverse();
  return [...eerder, c.jaar];
}

function instroomSectie(c: Context): Sectie {
  const { feiten, jaar } = c;
  const kennisgeving = new Map<Doelgroep, number>(DOELGROEPEN.map((dg) => [dg, 0]));
  const brp = new Map<Doelgroep, number>(DOELGROEPEN.map((dg) => [dg, 0]));
  const maanden = new Map<Doelgroep, number[]>(DOELGROEPEN.map((dg) => [dg, MAANDEN_KORT.map(() => 0)]));
  for (const d of feiten.dossiers) {
    if (inJaar(d.datumKennisgevingDuo, jaar)) {
      kennisgeving.set(d.doelgroep, kennisgeving.get(d.doelgroep)! + 1);
      maanden.get(d.doelgroep)![Number(d.datumKennisgevingDuo.slice(5, 7)) - 1]! += 1;
    }
    if (inJaar(d.datumInschrijvingBrp, jaar)) brp.set(d.doelgroep, brp.get(d.doelgroep)! + 1);
  }
  const perKennisgeving = (dg: Doelgroep) => kennisgeving.get(dg)!;
  const perBrp = (dg: Doelgroep) => brp.get(dg)!;
  const totaalK = DOELGROEPEN.reduce((s, dg) => s + perKennisgeving(dg), 0);
  const totaalB = DOELGROEPEN.reduce((s, dg) => s + perBrp(dg), 0);
  const jaren = vergelijkingsjaren(c);
  const perMaand = (dg: Doelgroep) => maanden.get(dg)!;
  return {
    id: 'instroom',
    titel: 'Instroom',
    uitleg: [
      `In ${jaar} kregen ${n(totaalK, c)} mensen van DUO bericht dat zij moeten inburgeren. Dat bericht heet de kennisgeving. Vanaf die dag telt de gemeente de tijd voor het plan.`,
      `In hetzelfde jaar kwamen ${n(totaalB, c)} inburgeraars in onze gemeente wonen (inschrijving in de BRP). Asielstatushouders krijgen de kennisgeving vaak al als zij nog in het azc wonen; daarom verschillen de twee getallen.`,
      'De tabel per maand is dezelfde tabel die gemeenten bijhouden voor de huisvesting van statushouders.',
    ],
    tabellen: [
      tabel(
        'Instroom per doelgroep',
        `Instroom ${jaar} per doelgroep`,
        [
          { kop: 'Doelgroep', soort: 'tekst' },
          { kop: 'Kennisgeving DUO', soort: 'aantal' },
          { kop: 'Inschrijving BRP', soort: 'aantal' },
        ],
        [...DOELGROEPEN.map((dg) => [DOELGROEP_LABELS[dg], perKennisgeving(dg), perBrp(dg)]), ['Totaal', totaalK, totaalB]],
        'Kennisgeving: de dag waarop DUO liet weten dat de inburgeringsplicht begint. Inschrijving BRP: de dag van vestiging in de gemeente.',
      ),
      maandJaarTabel('Instroom per maand', 'Kennisgevingen DUO per maand en jaar', feiten.dossiers.flatMap((d) => (d.datumKennisgevingDuo ? [d.datumKennisgevingDuo] : [])), jaren, 'Cohort naar de maand van de kennisgeving DUO.'),
      maandJaarTabel('Vestiging per maand', 'Vestiging in de gemeente (BRP) per maand en jaar', feiten.dossiers.flatMap((d) => (d.datumInschrijvingBrp ? [d.datumInschrijvingBrp] : [])), jaren, 'Cohort naar de maand van inschrijving in de BRP.'),
    ],
    grafieken: [
      // One bar a month, all doelgroepen together: per doelgroep a small gemeente would see almost only "< 5".
      // The same figures as the month table (column of this year), so the same cells are hidden.
      {
        soort: 'staaf',
        titel: `Kennisgevingen per maand in ${jaar}`,
        categorieen: [...MAANDEN_KORT],
        reeksen: [{ naam: 'Alle doelgroepen', waarden: MAANDEN_KORT.map((_m, i) => DOELGROEPEN.reduce((som, dg) => som + perMaand(dg)[i]!, 0)) }],
        eenheid: 'personen',
        optelbaar: { perReeks: true },
      },
    ],
  };
}

const DOORLOOPTIJD_KLASSEN = [
  { label: 'tot 4 weken', tot: 28 },
  { label: '4 tot 8 weken', tot: 56 },
  { label: '8 tot 10 weken', tot: 70 },
  { label: '10 tot 12 weken', tot: 84 },
  { label: '12 weken of meer', tot: Infinity },
] as const;

function pipSectie(c: Context): Sectie {
  const { jaar, eerstePips: pips } = c;
  const rij = (label: string, groep: EerstePip[]) => {
    const dagen = groep.filter((p) => p.doorlooptijd !== null).map((p) => p.doorlooptijd!);
    const binnen = groep.filter((p) => p.binnenTermijn).length;
    return [label, groep.length, binnen, aandeel(binnen, groep.length), rondAf1(mediaan(dagen)), rondAf1(gemiddelde(dagen))];
  };
  const binnen = pips.filter((p) => p.binnenTermijn).length;
  const teLaat = pips.filter((p) => !p.binnenTermijn && p.uiterlijk !== null);
  const wacht = new Set(c.feiten.wachtOpDerde.map((w) => w.inburgeraarId));
  // Besluit 5.3 lid 2: waiting for a derde allows a later PIP, set within two weeks after the information came in.
  const opDerde = teLaat.filter((p) => p.pip.derdeOntvangenOp !== null || wacht.has(p.dossier.id));
  const binnenUitzondering = opDerde.filter((p) => p.pip.derdeOntvangenOp !== null && p.pip.dagtekening <= plusDagen(p.pip.derdeOntvangenOp, 14)).length;
  const derde = new Set(opDerde);
  const andereReden = teLaat.filter((p) => !derde.has(p) && p.pip.redenTeLaatVastgelegd).length;
  const geenReden = teLaat.length - opDerde.length - andereReden;
  const laatDelen = delenInTekst([opDerde.length, andereReden, geenReden], c.drempel);
  const zonderTermijn = pips.filter((p) => p.uiterlijk === null).length;
  const geimporteerd = pips.filter((p) => p.pip.geimporteerd).length;
  const klassen = DOORLOOPTIJD_KLASSEN.map((k, i) => {
    const van = i === 0 ? -Infinity : DOORLOOPTIJD_KLASSEN[i - 1]!.tot;
    return pips.filter((p) => p.doorlooptijd !== null && p.doorlooptijd >= van && p.doorlooptijd < k.tot).length;
  });
  const med = rondAf1(mediaan(pips.filter((p) => p.doorlooptijd !== null).map((p) => p.doorlooptijd!)));
  const uitleg = [
    `Na het bericht van DUO maakt de gemeente samen met de inburgeraar een plan. Dat heet het persoonlijk plan inburgering en participatie (PIP). Het plan moet er binnen 10 weken zijn (artikel 5.3 Besluit inburgering 2021). In ${jaar} stelde de gemeente ${n(pips.length, c)} eerste plannen vast. Daarvan waren er ${n(binnen, c)} op tijd${pips.length >= c.drempel && !isKleinAantal(binnen, c.drempel) ? ` (${procent(aandeel(binnen, pips.length) ?? 0)})` : ''}.`,
    med !== null && pips.length >= c.drempel
      ? `De helft van de plannen was binnen ${getal(med)} dagen klaar. Wij tellen vanaf de start van de termijn. De start is de kennisgeving van DUO. Woonde iemand toen nog in het azc, dan start de termijn later: op de dag van inschrijving in onze gemeente.`
      : 'De termijn start op de dag van de kennisgeving van DUO. Woonde iemand toen nog in het azc, dan start de termijn later: op de dag van inschrijving in onze gemeente.',
    teLaat.length > 0
      ? `${n(teLaat.length, c)} plannen waren te laat. Een plan mag later komen als de gemeente wacht op informatie van een ander, zoals een arts of een school (artikel 5.3 lid 2).${laatDelen[0] !== null ? ` Dat was ${laatDelen[0] === '1' ? '1 keer' : `${laatDelen[0]} keer`} zo.` : ''} De tabel 'Late plannen' laat zien of er een reden in het plan staat.`
      : 'Er waren geen late plannen.',
  ];
  if (geimporteerd > 0) uitleg.push(`${n(geimporteerd, c)} van deze plannen komen uit het vorige systeem en zijn in Koers ingelezen.`);
  if (zonderTermijn > 0) uitleg.push(`Bij ${n(zonderTermijn, c)} plannen staat geen datum van de kennisgeving in Koers; die tellen niet mee als op tijd.`);
  return {
    id: 'pip',
    titel: 'Plan binnen 10 weken',
    uitleg,
    tabellen: [
      tabel(
        'PIP binnen termijn',
        `Eerste PIP's vastgesteld in ${jaar}`,
        [
          { kop: 'Doelgroep', soort: 'tekst' },
          { kop: 'Vastgesteld', soort: 'aantal' },
          { kop: 'Binnen termijn', soort: 'aantal' },
          { kop: 'Aandeel binnen termijn (%)', soort: 'aandeel', over: [1, 2] },
          { kop: 'Mediaan doorlooptijd (dagen)', soort: 'dagen', over: [1] },
          { kop: 'Gemiddelde doorlooptijd (dagen)', soort: 'dagen', over: [1] },
        ],
        [...DOELGROEPEN.map((dg) => rij(DOELGROEP_LABELS[dg], pips.filter((p) => p.dossier.doelgroep === dg))), rij('Totaal', pips)],
        'Termijn: artikel 5.3 lid 1 (na verhuizing lid 3) Besluit inburgering 2021 met de Algemene termijnenwet. Een plan op de laatste dag is op tijd. Wijzigingen tellen niet mee; ingelezen plannen wel.',
      ),
      tabel(
        'PIP te laat',
        'Late plannen en de vastgelegde reden',
        [
          { kop: 'Reden', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [
          ['Wachten op informatie van een derde (art. 5.3 lid 2 Besluit)', opDerde.length],
          ['  waarvan binnen twee weken na ontvangst vastgesteld', binnenUitzondering],
          ['Andere reden vastgelegd in het plan', andereReden],
          ['Geen reden vastgelegd (vaak: ingelezen uit het vorige systeem)', geenReden],
          ['Geen kennisgeving bekend (termijn niet te bepalen)', zonderTermijn],
          ['Totaal late plannen', teLaat.length],
        ],
        'Koers telt alleen óf er een reden is vastgelegd; de tekst van de reden staat niet in dit verslag.',
        [{ delen: [0, 2, 3], totaal: 5 }],
      ),
      tabel(
        'PIP doorlooptijd',
        'Doorlooptijd van de start van de termijn tot het plan',
        [
          { kop: 'Doorlooptijd', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [...DOORLOOPTIJD_KLASSEN.map((k, i): Cel[] => [k.label, klassen[i]!]), ['Totaal', klassen.reduce((a, b) => a + b, 0)]],
      ),
    ],
    grafieken: [
      { soort: 'staaf', titel: 'Doorlooptijd tot het plan', categorieen: DOORLOOPTIJD_KLASSEN.map((k) => k.label), reeksen: [{ naam: "Eerste PIP's", waarden: klassen }], eenheid: 'personen', optelbaar: { perReeks: true } },
    ],
  };
}

function leerrouteSectie(c: Context): Sectie {
  const { jaar, eerstePips: pips, instellingen } = c;
  const perRoute = new Map<Leerroute, number>();
  for (const p of pips) if (p.pip.leerroute !== null) perRoute.set(p.pip.leerroute, (perRoute.get(p.pip.leerroute) ?? 0) + 1);
  const aantal = (r: Leerroute) => perRoute.get(r) ?? 0;
  const metRoute = LEERROUTES.reduce((s, r) => s + aantal(r), 0);
  const mix = (m: JaarverslagInstellingen['geplandeMix'], r: Leerroute) => m[r];
  // The same group as the table (routes → Totaal): a part hidden there is left out of the sentence and the chart.
  const routeTekst = delenInTekst(LEERROUTES.map(aantal), c.drempel);
  const routeVerborgen = verborgenDelen(LEERROUTES.map(aantal), c.drempel);
  const gekozen = LEERROUTES.flatMap((r, i) => (routeTekst[i] === null ? [] : [`${routeTekst[i]} de ${r === 'b1' ? 'B1-route' : r === 'onderwijs' ? 'onderwijsroute' : 'Z-route'}`]));
  return {
    id: 'leerroutes',
    titel: 'Leerroutes',
    uitleg: [
      `In het plan staat welke leerroute iemand volgt. Er zijn drie routes: de B1-route, de onderwijsroute en de Z-route (zelfredzaamheidsroute). In de eerste plannen van ${jaar} kozen ${opsomming(gekozen)}.${gekozen.length < LEERROUTES.length ? ' Eén aantal laten wij weg, zodat u een klein aantal niet kunt uitrekenen.' : ''}`,
      `De gemeente had deze verdeling gepland: ${instellingen.geplandeMix.b1} % B1-route, ${instellingen.geplandeMix.onderwijs} % onderwijsroute en ${instellingen.geplandeMix.z} % Z-route. Het Rijk (SZW) rekende op ${instellingen.referentieMix.b1} %, ${instellingen.referentieMix.onderwijs} % en ${instellingen.referentieMix.z} %.`,
    ],
    tabellen: [
      tabel(
        'Leerroutes',
        `Leerroute in de eerste PIP's van ${jaar}`,
        [
          { kop: 'Leerroute', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
          { kop: 'Werkelijk (%)', soort: 'aandeel', over: [1] },
          { kop: 'Gepland (%)', soort: 'getal', parameter: true },
          { kop: 'SZW (%)', soort: 'getal', parameter: true },
        ],
        [...LEERROUTES.map((r) => [LEERROUTE_LABELS[r], aantal(r), aandeel(aantal(r), metRoute), mix(instellingen.geplandeMix, r), mix(instellingen.referentieMix, r)]), ['Totaal', metRoute, metRoute ? 100 : null, 100, 100]],
      ),
    ],
    grafieken: [
      {
        soort: 'staaf',
        titel: 'Leerroutes: werkelijk, gepland en SZW',
        categorieen: LEERROUTES.map((r) => LEERROUTE_LABELS[r]),
        reeksen: [
          { naam: `Werkelijk ${jaar}`, waarden: LEERROUTES.map((r, i) => veiligAandeel(aantal(r), metRoute, c, routeVerborgen[i])) },
          { naam: 'Gepland', waarden: LEERROUTES.map((r) => instellingen.geplandeMix[r]) },
          { naam: 'SZW', waarden: LEERROUTES.map((r) => instellingen.referentieMix[r]) },
        ],
        eenheid: '%',
      },
    ],
  };
}

function wijzigingenSectie(c: Context): Sectie {
  const { jaar, feiten } = c;
  const perDossier = new Map<number, PipFeit[]>();
  for (const p of feiten.pips) {
    const lijst = perDossier.get(p.inburgeraarId);
    if (lijst) lijst.push(p);
    else perDossier.set(p.inburgeraarId, [p]);
  }
  for (const lijst of perDossier.values()) lijst.sort((a, b) => a.versie - b.versie);
  const schakel = new Map<string, number>();
  let afschalen = 0;
  let overig = 0;
  for (const versies of perDossier.values()) {
    versies.forEach((p, i) => {
      if (p.soort !== 'wijziging' || !inJaar(p.dagtekening, jaar)) return;
      if (p.wijzigingReden === 'schakelen') {
        const van = versies[i - 1]?.leerroute;
        const sleutel = `${van ? LEERROUTE_LABELS[van] : 'onbekend'} → ${p.leerroute ? LEERROUTE_LABELS[p.leerroute] : 'onbekend'}`;
        schakel.set(sleutel, (schakel.get(sleutel) ?? 0) + 1);
      } else if (p.wijzigingReden === 'afschalen') afschalen += 1;
      else overig += 1;
    });
  }
  const totaalSchakel = [...schakel.values()].reduce((a, b) => a + b, 0);
  return {
    id: 'wijzigingen',
    titel: 'Schakelen en afschalen',
    uitleg: [
      `Soms past het plan niet meer. Dan verandert de gemeente het plan (artikel 17 Wet inburgering 2021). In ${jaar} ging het ${n(totaalSchakel, c)} keer om een andere leerroute (schakelen) en ${n(afschalen, c)} keer om een lager taalniveau, A2 in plaats van B1 (afschalen).`,
      `Andere wijzigingen van het plan, bijvoorbeeld na een verhuizing: ${n(overig, c)}.`,
    ],
    tabellen: [
      tabel(
        'Schakelen en afschalen',
        `Wijzigingen van het PIP in ${jaar}`,
        [
          { kop: 'Besluit', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [...[...schakel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([route, aantal]) => [`Schakelen: ${route}`, aantal]), ['Schakelen totaal', totaalSchakel], ['Afschalen naar A2', afschalen], ['Andere wijzigingen', overig]],
        'Geteld naar de dagtekening van de wijziging.',
        [{ delen: [...schakel.keys()].map((_k, i) => i), totaal: schakel.size }],
      ),
    ],
    grafieken: [],
  };
}

function pvtMapSectie(c: Context): Sectie {
  const { jaar, feiten, dossiers } = c;
  // Per list (one pass each): the count in the year, in total and per doelgroep.
  const tellingen = new Map<DatumFeit[], Map<Doelgroep | null, number>>();
  const tel = (lijst: DatumFeit[], dg: Doelgroep | null) => {
    let telling = tellingen.get(lijst);
    if (!telling) {
      telling = new Map<Doelgroep | null, number>();
      for (const f of lijst) {
        if (!inJaar(f.datum, jaar)) continue;
        telling.set(null, (telling.get(null) ?? 0) + 1);
        const doelgroep = dossiers.get(f.inburgeraarId)?.doelgroep;
        if (doelgroep !== undefined) telling.set(doelgroep, (telling.get(doelgroep) ?? 0) + 1);
      }
      tellingen.set(lijst, telling);
    }
    return telling.get(dg) ?? 0;
  };
  const pvt = tel(feiten.pvtOndertekend, null);
  const map = tel(feiten.mapEindgesprek, null);
  const z = tel(feiten.zRouteAfgerond, null);
  return {
    id: 'pvt-map',
    titel: 'Participatieverklaring en Module Arbeidsmarkt en Participatie',
    uitleg: [
      `Iedere inburgeraar volgt het participatieverklaringstraject (PVT) en ondertekent aan het eind de participatieverklaring. In ${jaar} deden ${n(pvt, c)} mensen dat.`,
      `In de Module Arbeidsmarkt en Participatie (MAP) leert iemand over werk in Nederland. De MAP is klaar na een eindgesprek. In ${jaar} hadden ${n(map, c)} mensen dat eindgesprek.`,
      z === 0 ? `In ${jaar} rondde niemand de Z-route af.` : `In ${jaar} rondden ${n(z, c)} mensen de Z-route af.`,
    ],
    tabellen: [
      tabel(
        'PVT en MAP',
        `Afgerond in ${jaar}`,
        [
          { kop: 'Doelgroep', soort: 'tekst' },
          { kop: 'Participatieverklaring ondertekend', soort: 'aantal' },
          { kop: 'MAP eindgesprek', soort: 'aantal' },
          { kop: 'Z-route afgerond', soort: 'aantal' },
        ],
        [...DOELGROEPEN.map((dg) => [DOELGROEP_LABELS[dg], tel(feiten.pvtOndertekend, dg), tel(feiten.mapEindgesprek, dg), tel(feiten.zRouteAfgerond, dg)]), ['Totaal', pvt, map, z]],
      ),
    ],
    grafieken: [
      {
        soort: 'staaf',
        titel: `Afgerond in ${jaar} per doelgroep`,
        categorieen: DOELGROEPEN.map((dg) => DOELGROEP_LABELS[dg]),
        reeksen: [
          { naam: 'Participatieverklaring', waarden: DOELGROEPEN.map((dg) => tel(feiten.pvtOndertekend, dg)) },
          { naam: 'MAP eindgesprek', waarden: DOELGROEPEN.map((dg) => tel(feiten.mapEindgesprek, dg)) },
          { naam: 'Z-route afgerond', waarden: DOELGROEPEN.map((dg) => tel(feiten.zRouteAfgerond, dg)) },
        ],
        eenheid: 'personen',
        optelbaar: { perReeks: true },
      },
    ],
  };
}

const ONDERDEEL_LABELS: Record<string, string> = { lezen: 'Lezen', luisteren: 'Luisteren', schrijven: 'Schrijven', spreken: 'Spreken', knm: 'Kennis van de Nederlandse Maatschappij (KNM)' };

function examenSectie(c: Context): Sectie {
  const { jaar, feiten } = c;
  const inJ = feiten.examens.filter((e) => inJaar(e.datum, jaar));
  const onderdelen = [...new Set([...Object.keys(ONDERDEEL_LABELS), ...inJ.map((e) => e.onderdeel).sort()])];
  const rijen = onderdelen.map((o) => {
    const groep = inJ.filter((e) => e.onderdeel === o);
    const behaald = groep.filter((e) => e.behaald).length;
    return [ONDERDEEL_LABELS[o] ?? o, groep.length, behaald, aandeel(behaald, groep.length)];
  });
  const behaald = inJ.filter((e) => e.behaald).length;
  rijen.push(['Totaal', inJ.length, behaald, aandeel(behaald, inJ.length)]);
  return {
    id: 'examens',
    titel: 'Examens',
    uitleg: [
      `DUO neemt de examens af. De gemeente hoort de uitslag en zet die in Koers. In ${jaar} staan er ${n(inJ.length, c)} examens in Koers; ${n(behaald, c)} daarvan zijn gehaald.`,
      'Deze cijfers zijn alleen zo volledig als wat in Koers is ingevoerd. De officiële cijfers van DUO kunnen verschillen.',
    ],
    tabellen: [
      tabel(
        'Examens',
        `Examens afgelegd in ${jaar} (zoals ingevoerd)`,
        [
          { kop: 'Onderdeel', soort: 'tekst' },
          { kop: 'Afgelegd', soort: 'aantal' },
          { kop: 'Gehaald', soort: 'aantal' },
          { kop: 'Aandeel gehaald (%)', soort: 'aandeel', over: [1, 2] },
        ],
        rijen,
      ),
    ],
    grafieken: [],
  };
}

/** Per dossier the trede in force on a day: the latest entry on or before it. */
function tredeOp(ladder: JaarverslagFeiten['ladder'], dag: string): Map<number, number> {
  const uit = new Map<number, { trede: number; datum: string }>();
  for (const r of ladder) {
    if (r.datum > dag) continue;
    const eerder = uit.get(r.inburgeraarId);
    if (!eerder || r.datum >= eerder.datum) uit.set(r.inburgeraarId, { trede: r.trede, datum: r.datum });
  }
  return new Map([...uit].map(([id, r]) => [id, r.trede]));
}

/** The movement on the ladder in B1 sentences; a part hidden in the table (null) is left out. */
function bewegingTekst([omhoog, gelijk, omlaag, nieuw]: (string | null)[]): string {
  const delen = [
    omhoog !== null ? `${omhoog} ${omhoog === '1' ? 'persoon ging' : 'mensen gingen'} omhoog` : null,
    gelijk !== null ? `${gelijk} ${gelijk === '1' ? 'persoon bleef' : 'mensen bleven'} op dezelfde trede` : null,
    omlaag !== null ? `${omlaag} ${omlaag === '1' ? 'persoon ging' : 'mensen gingen'} omlaag` : null,
  ].filter((d): d is string => d !== null);
  const zinnen = delen.length ? [`Vergeleken met 1 januari: ${opsomming(delen)}.`] : [];
  if (nieuw !== null) zinnen.push(`Van ${nieuw} ${nieuw === '1' ? 'persoon' : 'mensen'} staat de trede dit jaar voor het eerst in Koers.`);
  if ([omhoog, gelijk, omlaag, nieuw].includes(null)) zinnen.push('Eén aantal laten wij weg, zodat u een klein aantal niet kunt uitrekenen.');
  return zinnen.join(' ');
}

function participatieSectie(c: Context): Sectie {
  const { jaar, feiten } = c;
  const begin = tredeOp(feiten.ladder, `${jaar - 1}-12-31`);
  const eind = tredeOp(feiten.ladder, `${jaar}-12-31`);
  const verdeling = TREDEN.map((t) => [...eind.values()].filter((v) => v === t).length);
  let omhoog = 0;
  let gelijk = 0;
  let omlaag = 0;
  let nieuw = 0;
  for (const [id, t] of eind) {
    const vorig = begin.get(id);
    if (vorig === undefined) nieuw += 1;
    else if (t > vorig) omhoog += 1;
    else if (t < vorig) omlaag += 1;
    else gelijk += 1;
  }
  return {
    id: 'participatieladder',
    titel: 'Participatieladder',
    uitleg: [
      `De participatieladder laat zien hoe actief iemand meedoet, van trede 1 (weinig contact buiten huis) tot trede 6 (betaald werk). Eind ${jaar} stond van ${n(eind.size, c)} inburgeraars een trede in Koers.`,
      bewegingTekst(delenInTekst([omhoog, gelijk, omlaag, nieuw], c.drempel)),
    ],
    tabellen: [
      tabel(
        'Participatieladder',
        `Trede op 31 december ${jaar}`,
        [
          { kop: 'Trede', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [...TREDEN.map((t, i) => [`${t}. ${TREDE_LABELS[t as Trede]}`, verdeling[i]!]), ['Totaal', eind.size]],
      ),
      tabel(
        'Participatie beweging',
        `Beweging op de ladder in ${jaar}`,
        [
          { kop: 'Beweging', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [
          ['Hogere trede dan op 1 januari', omhoog],
          ['Zelfde trede', gelijk],
          ['Lagere trede', omlaag],
          ['Voor het eerst vastgelegd', nieuw],
          ['Totaal', omhoog + gelijk + omlaag + nieuw],
        ],
      ),
    ],
    grafieken: [{ soort: 'staaf', titel: `Trede op 31 december ${jaar}`, categorieen: TREDEN.map((t) => `Trede ${t}`), reeksen: [{ naam: 'Inburgeraars', waarden: verdeling }], eenheid: 'personen', optelbaar: { perReeks: true } }],
  };
}

function ontzorgenSectie(c: Context): Sectie {
  const { jaar, feiten } = c;
  const start = `${jaar}-01-01`;
  const eind = `${jaar}-12-31`;
  const actief = feiten.ontzorgen.filter((o) => o.startBijstand <= eind && o.einde >= start);
  const gestart = feiten.ontzorgen.filter((o) => inJaar(o.startBijstand, jaar));
  const duur = gestart.map((o) => dagenTussen(o.startBijstand, o.einde) + 1);
  const bActief = feiten.begeleiding.filter((b) => b.start <= eind && (b.afgerondOp === null || b.afgerondOp >= start));
  const bGestart = feiten.begeleiding.filter((b) => inJaar(b.start, jaar));
  const bAfgerond = feiten.begeleiding.filter((b) => inJaar(b.afgerondOp, jaar));
  const bDuur = bAfgerond.map((b) => dagenTussen(b.start, b.afgerondOp!) + 1);
  return {
    id: 'ontzorgen-begeleiding',
    titel: 'Ontzorgen en maatschappelijke begeleiding',
    uitleg: [
      `Asielstatushouders met een uitkering worden de eerste zes maanden ontzorgd: de gemeente betaalt huur, energie en zorgverzekering voor hen (artikel 56a Participatiewet). In ${jaar} werden ${n(actief.length, c)} mensen ontzorgd; bij ${n(gestart.length, c)} mensen begon het ontzorgen dit jaar.`,
      `Asielstatushouders krijgen ook maatschappelijke begeleiding: hulp bij wonen, zorg, geld en de start van de inburgering (artikel 13 Wet inburgering 2021). In ${jaar} kregen ${n(bActief.length, c)} mensen begeleiding; ${n(bAfgerond.length, c)} mensen rondden die af.`,
    ],
    tabellen: [
      tabel(
        'Ontzorgen en begeleiding',
        `Ontzorgen en maatschappelijke begeleiding in ${jaar}`,
        [
          { kop: 'Onderdeel', soort: 'tekst' },
          { kop: 'Actief in het jaar', soort: 'aantal' },
          { kop: 'Gestart', soort: 'aantal' },
          { kop: 'Afgerond', soort: 'aantal' },
          { kop: 'Duur gemeten over', soort: 'aantal' },
          { kop: 'Mediaan duur (dagen)', soort: 'dagen', over: [4] },
          { kop: 'Gemiddelde duur (dagen)', soort: 'dagen', over: [4] },
        ],
        [
          ['Financieel ontzorgen', actief.length, gestart.length, feiten.ontzorgen.filter((o) => inJaar(o.einde, jaar)).length, duur.length, rondAf1(mediaan(duur)), rondAf1(gemiddelde(duur))],
          ['Maatschappelijke begeleiding', bActief.length, bGestart.length, bAfgerond.length, bDuur.length, rondAf1(mediaan(bDuur)), rondAf1(gemiddelde(bDuur))],
        ],
        'Duur ontzorgen: van de start van de bijstand tot het einde, voor wie in het jaar startte. Duur begeleiding: van de start tot de afronding, voor wie in het jaar afrondde.',
      ),
    ],
    grafieken: [],
  };
}

const BOETE_STATUS_TEKST: Record<string, string> = { voornemen: 'Voornemen', zienswijze: 'Zienswijze gevraagd', vastgesteld: 'Vastgesteld', ingetrokken: 'Ingetrokken' };
const BESCHIKKING_TEKST: Record<string, string> = {
  beschikking_pip: 'PIP',
  beschikking_wijziging: 'Wijziging PIP',
  beschikking_boete_wi22: 'Boete (art. 22 Wi)',
  beschikking_boete_wi23: 'Boete (art. 23 Wi)',
  beschikking_ontheffing: 'Ontheffing',
};
const UITKOMST_TEKST: Record<string, string> = { ongegrond: 'Ongegrond', gegrond: 'Gegrond', niet_ontvankelijk: 'Niet-ontvankelijk', ingetrokken: 'Ingetrokken' };

function handhavingSectie(c: Context): Sectie {
  const { jaar, feiten } = c;
  const opgelegd = feiten.boetes.filter((b) => inJaar(b.dagtekening, jaar));
  const bedrag = opgelegd.reduce((s, b) => s + b.bedrag, 0);
  const betaald = feiten.boetes.filter((b) => inJaar(b.betaaldOp, jaar)).length;
  const ingetrokken = feiten.boetes.filter((b) => inJaar(b.ingetrokkenOp, jaar)).length;
  const wi22 = opgelegd.filter((b) => b.soort === 'wi22').length;
  const wi23 = opgelegd.filter((b) => b.soort === 'wi23').length;
  const ontvangen = feiten.bezwaren.filter((b) => inJaar(b.ontvangenOp, jaar));
  const beslist = feiten.bezwaren.filter((b) => inJaar(b.uitkomstOp, jaar) && b.uitkomst);
  const soorten = Object.keys(BESCHIKKING_TEKST);
  const uitkomsten = Object.keys(UITKOMST_TEKST);
  return {
    id: 'boetes-bezwaren',
    titel: 'Boetes en bezwaren',
    uitleg: [
      `Wie niet meewerkt aan de intake of aan het plan, kan een boete krijgen (artikel 22 en 23 Wet inburgering 2021). In ${jaar} legde de gemeente ${n(opgelegd.length, c)} boetes op.`,
      `Tegen een besluit van de gemeente kan iemand bezwaar maken. In ${jaar} kwamen ${n(ontvangen.length, c)} bezwaren binnen en nam de gemeente ${n(beslist.length, c)} keer een beslissing op bezwaar.`,
    ],
    tabellen: [
      tabel(
        'Boetes',
        `Boetes in ${jaar}`,
        [
          { kop: 'Boetes', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
        ],
        [
          ['Opgelegd: brede intake (art. 22 Wi)', wi22],
          ['Opgelegd: PIP-verplichtingen (art. 23 Wi)', wi23],
          ['Opgelegd totaal', opgelegd.length],
          ['Betaald in het jaar', betaald],
          ['Ingetrokken in het jaar', ingetrokken],
        ],
        `Opgelegd: boetes met een dagtekening in ${jaar}.`,
        [{ delen: [0, 1], totaal: 2 }],
      ),
      tabel(
        'Boetes bedrag',
        `Bedrag van de boetes opgelegd in ${jaar}`,
        [
          { kop: 'Status nu', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
          { kop: 'Bedrag', soort: 'bedrag', over: [1] },
        ],
        [...Object.keys(BOETE_STATUS_TEKST).map((s) => [BOETE_STATUS_TEKST[s]!, opgelegd.filter((b) => b.status === s).length, opgelegd.filter((b) => b.status === s).reduce((t, b) => t + b.bedrag, 0)]), ['Totaal', opgelegd.length, bedrag]],
      ),
      tabel(
        'Bezwaren',
        `Bezwaren in ${jaar}`,
        [
          { kop: 'Besluit', soort: 'tekst' },
          { kop: 'Ontvangen', soort: 'aantal' },
          ...uitkomsten.map((u) => ({ kop: `Beslist: ${UITKOMST_TEKST[u]!.toLowerCase()}`, soort: 'aantal' as const })),
          { kop: 'Beslist totaal', soort: 'aantal' },
        ],
        [
          ...soorten.map((s) => [
            BESCHIKKING_TEKST[s]!,
            ontvangen.filter((b) => b.beschikkingSoort === s).length,
            ...uitkomsten.map((u) => beslist.filter((b) => b.beschikkingSoort === s && b.uitkomst === u).length),
            beslist.filter((b) => b.beschikkingSoort === s).length,
          ]),
          ['Totaal', ontvangen.length, ...uitkomsten.map((u) => beslist.filter((b) => b.uitkomst === u).length), beslist.length],
        ],
        'Ontvangen: naar de datum van ontvangst. Beslist: naar de datum van de beslissing op bezwaar.',
        undefined,
        [{ delen: uitkomsten.map((_u, i) => i + 2), totaal: uitkomsten.length + 2 }],
      ),
    ],
    grafieken: [],
  };
}

interface Mijlpaal {
  label: string;
  /** Per dossier the date the milestone was reached. */
  datums: Map<number, string>;
}

function eersteDatum(lijst: readonly DatumFeit[]): Map<number, string> {
  const uit = new Map<number, string>();
  for (const f of lijst) {
    const eerder = uit.get(f.inburgeraarId);
    if (!eerder || f.datum < eerder) uit.set(f.inburgeraarId, f.datum);
  }
  return uit;
}

function mijlpalen(c: Context): Mijlpaal[] {
  const { feiten } = c;
  const trede = (min: number) => eersteDatum(feiten.ladder.filter((l) => l.trede >= min));
  return [
    { label: 'Brede intake afgerond', datums: eersteDatum(feiten.intakeAfgerond) },
    { label: 'PIP vastgesteld', datums: new Map([...c.eerste.values()].map((p) => [p.inburgeraarId, p.dagtekening])) },
    { label: 'Participatieverklaring ondertekend', datums: eersteDatum(feiten.pvtOndertekend) },
    { label: 'MAP eindgesprek', datums: eersteDatum(feiten.mapEindgesprek) },
    { label: 'Z-route afgerond', datums: eersteDatum(feiten.zRouteAfgerond) },
    { label: 'Maatschappelijke begeleiding afgerond', datums: eersteDatum(feiten.begeleiding.flatMap((b) => (b.afgerondOp ? [{ inburgeraarId: b.inburgeraarId, datum: b.afgerondOp }] : []))) },
    { label: 'Eerste (on)betaald werk (trede 4 of hoger)', datums: trede(4) },
    { label: 'Betaald werk (trede 5 of hoger)', datums: trede(5) },
  ];
}

function doorlooptijdenSectie(c: Context): Sectie {
  const { jaar, dossiers } = c;
  const rijen = mijlpalen(c).map((m) => {
    const dagen: number[] = [];
    for (const [id, datum] of m.datums) {
      if (!inJaar(datum, jaar)) continue;
      const vestiging = dossiers.get(id)?.datumInschrijvingBrp;
      if (vestiging) dagen.push(dagenTussen(vestiging, datum));
    }
    return { label: m.label, aantal: dagen.length, mediaan: rondAf1(mediaan(dagen)), gemiddelde: rondAf1(gemiddelde(dagen)) };
  });
  return {
    id: 'doorlooptijden',
    titel: 'Doorlooptijden vanaf vestiging',
    uitleg: [
      'Hoe lang duurt het vanaf de dag dat iemand in onze gemeente komt wonen tot een belangrijke stap? De tabel laat het zien in dagen. De middelste waarde (mediaan) zegt het meest: één heel lange duur telt daarin niet zwaar mee.',
      `We tellen iedereen die de stap in ${jaar} zette. Een negatief getal betekent dat de stap al vóór de vestiging was gezet, bijvoorbeeld in het azc.`,
    ],
    tabellen: [
      tabel(
        'Doorlooptijden',
        `Dagen van vestiging (BRP) tot de stap, voor stappen in ${jaar}`,
        [
          { kop: 'Stap', soort: 'tekst' },
          { kop: 'Aantal', soort: 'aantal' },
          { kop: 'Mediaan (dagen)', soort: 'dagen', over: [1] },
          { kop: 'Gemiddelde (dagen)', soort: 'dagen', over: [1] },
        ],
        rijen.map((r) => [r.label, r.aantal, r.mediaan, r.gemiddelde]),
      ),
    ],
    grafieken: [
      {
        soort: 'staaf',
        titel: 'Mediaan aantal dagen van vestiging tot de stap',
        categorieen: rijen.map((r) => r.label),
        reeksen: [{ naam: `Mediaan ${jaar}`, waarden: rijen.map((r) => veilig(r.mediaan, r.aantal, c)) }],
        eenheid: 'dagen',
      },
    ],
  };
}

export interface IndicatorUitkomst {
  indicator: MonitoringIndicator;
  maanden: number;
  meetbaar: boolean;
  /** Reached the milestone within T after vestiging. */
  bereikt: number;
  /** Persons whose window of T months after vestiging ended in the year. */
  totaal: number;
}

/**
 * DOMAIN.md §16 monitoring indicators as "n van N binnen T": N = the persons (of the indicator's group) whose
 * T months after vestiging ended in year J, so every window is complete; n = those among them who reached
 * the milestone on or before the last day of that window (laatsteDagVanTermijn, DOMAIN.md §13a).
 */
export function monitoringIndicatoren(feiten: JaarverslagFeiten, jaar: number, instellingen: JaarverslagInstellingen, eerste = eerstePipPerDossier(feiten.pips)): IndicatorUitkomst[] {
  const mijlpaal: Record<Exclude<MonitoringIndicator, 'kinderenPassendOnderwijs' | 'kinderenNaarVve'>, Map<number, string>> = {
    participatieverklaringOndertekend: eersteDatum(feiten.pvtOndertekend),
    begeleidingAfgerond: eersteDatum(feiten.begeleiding.flatMap((b) => (b.afgerondOp ? [{ inburgeraarId: b.inburgeraarId, datum: b.afgerondOp }] : []))),
    gezondheidInBeeld: eersteDatum(feiten.intakeAfgerond),
    participatieGescreend: new Map([...eerste.values()].map((p) => [p.inburgeraarId, p.dagtekening])),
    kennisgemaaktMetWerk: eersteDatum(feiten.ladder.filter((l) => l.trede >= 4)),
    bemiddelbarenBetaaldWerk: eersteDatum(feiten.ladder.filter((l) => l.trede >= 5)),
  };
  const hoortErbij = (indicator: MonitoringIndicator, d: DossierFeit, vestiging: string) => {
    if (indicator === 'participatieverklaringOndertekend') return `${Number(d.geboortedatum.slice(0, 4)) + 18}${d.geboortedatum.slice(4)}` <= vestiging;
    if (indicator === 'begeleidingAfgerond') return d.doelgroep === 'asielstatushouder';
    return true;
  };
  // Per window length, the dossiers whose window ended in the year, with that last day (several indicators
  // share a length): one pass over the dossiers per length instead of per indicator.
  const afgelopen = new Map<number, { d: DossierFeit; vestiging: string; einde: string }[]>();
  const afgelopenIn = (maanden: number) => {
    let lijst = afgelopen.get(maanden);
    if (!lijst) {
      lijst = [];
      for (const d of feiten.dossiers) {
        const vestiging = d.datumInschrijvingBrp;
        if (!vestiging) continue;
        const einde = vensterEinde(vestiging, maanden);
        if (inJaar(einde, jaar)) lijst.push({ d, vestiging, einde });
      }
      afgelopen.set(maanden, lijst);
    }
    return lijst;
  };
  return instellingen.indicatorVensters.map(({ indicator, maanden }) => {
    if (NIET_MEETBAAR.has(indicator)) return { indicator, maanden, meetbaar: false, bereikt: 0, totaal: 0 };
    const datums = mijlpaal[indicator as keyof typeof mijlpaal];
    let totaal = 0;
    let bereikt = 0;
    for (const { d, vestiging, einde } of afgelopenIn(maanden)) {
      if (!hoortErbij(indicator, d, vestiging)) continue;
      totaal += 1;
      const datum = datums.get(d.id);
      if (datum && datum <= einde) bereikt += 1;
    }
    return { indicator, maanden, meetbaar: true, bereikt, totaal };
  });
}

function monitoringSectie(c: Context): Sectie {
  const uitkomsten = monitoringIndicatoren(c.feiten, c.jaar, c.instellingen, c.eerste);
  const meetbaar = uitkomsten.filter((u) => u.meetbaar);
  const niet = uitkomsten.filter((u) => !u.meetbaar);
  const zin = (u: IndicatorUitkomst) => `${n(u.bereikt, c)} van ${n(u.totaal, c)} binnen ${u.maanden} maanden`;
  return {
    id: 'monitoring',
    titel: 'Monitoring: binnen welke tijd',
    uitleg: [
      `Voor een aantal stappen heeft de gemeente een doel: binnen een bepaalde tijd na vestiging. We kijken naar iedereen bij wie die tijd in ${c.jaar} afliep. Zo telt ieder mens één keer mee en is de periode compleet.`,
      ...meetbaar.map((u) => `${MONITORING_LABELS[u.indicator]}: ${zin(u)}.`),
      ...(niet.length > 0 ? [`Nog niet te meten, omdat Koers deze gegevens niet bijhoudt: ${niet.map((u) => MONITORING_LABELS[u.indicator].toLowerCase()).join('; ')}.`] : []),
      'Betaald werk: Koers weet niet wie "bemiddelbaar" is; daarom telt hier iedereen mee.',
    ],
    tabellen: [
      tabel(
        'Monitoring',
        `Monitoringsindicatoren ${c.jaar}: n van N binnen T na vestiging`,
        [
          { kop: 'Indicator', soort: 'tekst' },
          { kop: 'T (maanden)', soort: 'getal', parameter: true },
          { kop: 'n (bereikt)', soort: 'aantal' },
          { kop: 'N (periode afgelopen)', soort: 'aantal' },
          { kop: 'Aandeel (%)', soort: 'aandeel', over: [2, 3] },
          { kop: 'Meetbaar', soort: 'tekst' },
        ],
        uitkomsten.map((u) => [MONITORING_LABELS[u.indicator], u.maanden, u.meetbaar ? u.bereikt : null, u.meetbaar ? u.totaal : null, u.meetbaar ? aandeel(u.bereikt, u.totaal) : null, u.meetbaar ? 'ja' : 'nog niet: geen gegevens in Koers']),
        'N: wie in de gemeente woont en bij wie de periode van T maanden na vestiging in het jaar afliep. n: wie de stap binnen die periode zette.',
      ),
    ],
    grafieken: [
      {
        soort: 'staaf',
        titel: 'Aandeel binnen de gestelde tijd',
        categorieen: meetbaar.map((u) => MONITORING_LABELS[u.indicator]),
        reeksen: [{ naam: String(c.jaar), waarden: meetbaar.map((u) => veiligAandeel(u.bereikt, u.totaal, c)) }],
        eenheid: '%',
      },
    ],
  };
}

const VERGELIJKING_KERNCIJFERS: { indicator: KerncijferIndicator; label: string }[] = [
  { indicator: 'instroom_totaal', label: 'Instroom (kennisgeving DUO)' },
  { indicator: 'pip_vastgesteld', label: "Eerste PIP's vastgesteld" },
  { indicator: 'pip_binnen_termijn', label: 'PIP binnen 10 weken' },
  { indicator: 'pvt_ondertekend', label: 'Participatieverklaring ondertekend' },
  { indicator: 'map_afgerond', label: 'MAP eindgesprek' },
];

function vergelijkingSectie(c: Context): Sectie | null {
  const jaren = vergelijkingsjaren(c);
  if (jaren.length < 2) return null;
  const perJaar = new Map(jaren.map((j) => [j, new Map(kerncijfersUit(j, c.jaarDelen(j)).map((k) => [k.indicator, k.waarde]))]));
  const waarde = (j: number, i: KerncijferIndicator) => perJaar.get(j)!.get(i) ?? null;
  const aandeelOpTijd = (j: number) => {
    const vast = waarde(j, 'pip_vastgesteld') ?? 0;
    return veiligAandeel(waarde(j, 'pip_binnen_termijn') ?? 0, vast, c);
  };
  return {
    id: 'vergelijking',
    titel: 'Vergelijking met eerdere jaren',
    uitleg: [
      `Deze cijfers zetten ${c.jaar} naast ${jaren.length === 2 ? 'het jaar' : 'de jaren'} ervoor. Zo ziet u of het aantal inburgeraars groeit en of de gemeente sneller wordt.`,
      'Cijfers over jaren voordat Koers in gebruik was, komen uit het vorige systeem en kunnen minder volledig zijn.',
    ],
    tabellen: [
      tabel(
        'Vergelijking',
        'Kerncijfers per jaar',
        [{ kop: 'Kerncijfer', soort: 'tekst' }, ...jaren.map((j) => ({ kop: String(j), soort: 'aantal' as const }))],
        [
          ...VERGELIJKING_KERNCIJFERS.map((v) => [v.label, ...jaren.map((j) => waarde(j, v.indicator))]),
        ],
      ),
      tabel(
        'Vergelijking doorlooptijd',
        'Mediaan doorlooptijd tot het PIP per jaar',
        [
          { kop: 'Jaar', soort: 'tekst' },
          { kop: "Eerste PIP's", soort: 'aantal' },
          { kop: 'Mediaan dagen tot het PIP', soort: 'dagen', over: [1] },
        ],
        jaren.map((j) => [String(j), waarde(j, 'pip_vastgesteld'), waarde(j, 'pip_doorlooptijd_mediaan_dagen')]),
        'De mediaan telt alleen als er in dat jaar genoeg plannen waren.',
      ),
    ],
    grafieken: [
      {
        soort: 'lijn',
        titel: 'Instroom en plannen per jaar',
        categorieen: jaren.map(String),
        reeksen: VERGELIJKING_KERNCIJFERS.slice(0, 3).map((v) => ({ naam: v.label, waarden: jaren.map((j) => waarde(j, v.indicator)) })),
        eenheid: 'personen',
      },
      { soort: 'lijn', titel: 'Aandeel plannen binnen 10 weken', categorieen: jaren.map(String), reeksen: [{ naam: 'Binnen 10 weken', waarden: jaren.map(aandeelOpTijd) }], eenheid: '%' },
    ],
  };
}

export interface JaarverslagOpties {
  jaar: number;
  gemaaktOp: string;
  instellingen: JaarverslagInstellingen;
  /** The budget section (shared/rules/budget.ts), when there is one. */
  budget?: Sectie | null;
  /** Called after each section, for the task's progress. */
  voortgang?: (klaar: number, totaal: number) => void;
}

/** Number of steps maakJaarverslag reports through `voortgang`. */
export const JAARVERSLAG_STAPPEN = 12;

/** The whole report, EXACT (for the XLSX); call maskeer() for the raad PDF and the screen. */
export function maakJaarverslag(feiten: JaarverslagFeiten, opties: JaarverslagOpties): Jaarverslag {
  const { jaar, instellingen } = opties;
  const eerste = eerstePipPerDossier(feiten.pips);
  const jaarDelen = jaarDelenVan(feiten, eerste);
  const c: Context = {
    feiten,
    jaar,
    instellingen,
    drempel: instellingen.drempelKleineAantallen,
    eerste,
    dossiers: dossierMap(feiten),
    eerstePips: [...jaarDelen(jaar).eerstePips].sort(opDagtekening),
    jaren: jarenMetGegevens(feiten),
    jaarDelen,
  };
  const makers: ((c: Context) => Sectie | null)[] = [
    instroomSectie,
    pipSectie,
    leerrouteSectie,
    wijzigingenSectie,
    pvtMapSectie,
    examenSectie,
    participatieSectie,
    ontzorgenSectie,
    handhavingSectie,
    doorlooptijdenSectie,
    monitoringSectie,
    vergelijkingSectie,
  ];
  const secties: Sectie[] = [];
  makers.forEach((maak, i) => {
    const sectie = maak(c);
    if (sectie) secties.push(sectie);
    opties.voortgang?.(i + 1, JAARVERSLAG_STAPPEN);
  });
  if (opties.budget) secties.push(opties.budget);
  return {
    jaar,
    gemeentenaam: feiten.gemeentenaam,
    gemaaktOp: opties.gemaaktOp,
    drempelKleineAantallen: c.drempel,
    kerncijfers: kerncijfersUit(jaar, jaarDelen(jaar)),
    secties,
    eerdereJaren: c.jaren.filter((j) => j < jaar),
  };
}
