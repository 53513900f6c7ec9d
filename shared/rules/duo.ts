import { DUO_VELDEN, type DuoStatus, type DuoVeld, type DuoWaarden, type VerwijtbaarheidOnderdeel } from '../domain/duo';
import type { Leerroute, PipInhoud, PipStatus } from '../domain/pip';
import { datumLang } from '../format';
import { niveausVan } from './pip';
import type { MapThemaInvoer } from '../domain/pvt';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapStand, mapVanToepassing, type MapSessieUren } from './pvt';
import { termijnEindeVanaf, verwijtbaarheidMeldenVanaf } from './termijnen';

// What the college must register in DUO's portal, and whether each fact is still to be reported.

/** The facts of one dossier that DUO must know. */
export interface DuoBron {
  /** Every PIP version, oldest first. */
  pips: readonly {
    status: PipStatus;
    dagtekening: string | null;
    inhoud: Pick<PipInhoud, 'leerroute' | 'niveau' | 'niveauPerOnderdeel' | 'alfabetisering' | 'geschatteIntensiteitUren' | 'intensiteitUrenPerWeek'>;
  }[];
  datumOndertekeningPvt: string | null;
  eindgesprekMap: string | null;
  /** Besluit 3.2: the eight themes, the hour norm and the eindgesprek (mapVoortgang). */
  mapAfgerond: boolean;
  zRouteAfgerondOp: string | null;
  verwijtbaarheid: readonly { onderdeel: VerwijtbaarheidOnderdeel; verwijtbaar: boolean }[];
}

/** A fact as reported to DUO earlier: the value it had then. */
export interface DuoMelding {
  veld: DuoVeld;
  waarde: string;
  gemeldOp: string;
}

export interface DuoVeldStand {
  veld: DuoVeld;
  waarde: string | null;
  status: DuoStatus;
  /** The last report of this fact; when status is 'nog_te_melden' it holds the value DUO has now. */
  gemeld: { waarde: string; gemeldOp: string } | null;
}

const getal = (v: number | null) => (v === null ? null : String(v));
const janee = (v: boolean | undefined) => (v === undefined ? null : v ? 'ja' : 'nee');

/** The values DUO must have now. Only a vastgesteld (or verzonden) PIP counts: a concept decides nothing. */
export function duoWaarden(bron: DuoBron): DuoWaarden {
  const vastgesteld = bron.pips.filter((p) => p.status !== 'concept');
  const eerste = vastgesteld[0];
  // Wi 17: a wijziging replaces the plan; the last vastgestelde version holds.
  const geldend = vastgesteld.at(-1)?.inhoud;
  // Wi 7 lid 2, 17 lid 3: a level per exam part, on the B1-route only.
  const niveaus = geldend ? niveausVan(geldend) : null;
  const verwijtbaar = (onderdeel: VerwijtbaarheidOnderdeel) => bron.verwijtbaarheid.find((v) => v.onderdeel === onderdeel)?.verwijtbaar;
  return {
    // Besluit 9.3 lid 2: the date the (first) PIP was set.
    dagtekeningPip: eerste?.dagtekening ?? null,
    // Besluit 9.2 lid 2 sub a: the leerroute and its changes, with the intensiteit.
    leerroute: geldend?.leerroute ?? null,
    niveauLezen: niveaus?.lezen ?? null,
    niveauLuisteren: niveaus?.luisteren ?? null,
    niveauSchrijven: niveaus?.schrijven ?? null,
    niveauSpreken: niveaus?.spreken ?? null,
    // Wi 15 lid 2: the intensiteit is set for the asiel group only; empty otherwise.
    intensiteitUren: getal(geldend?.geschatteIntensiteitUren ?? null),
    intensiteitUrenPerWeek: getal(geldend?.intensiteitUrenPerWeek ?? null),
    alfabetisering: geldend?.alfabetisering ?? null,
    // Besluit 9.2 lid 2 sub b: PVT and MAP; [S-DUO]: the signing date, the MAP eindgesprek, the Z-route afronding.
    datumOndertekeningPvt: bron.datumOndertekeningPvt,
    datumEindgesprekMap: bron.eindgesprekMap,
    datumAfrondingZRoute: bron.zRouteAfgerondOp,
    // [S-DUO], Wi 24: the verwijtbaar indicator is only for a PVT or MAP not completed; once it is, it lapses.
    verwijtbaarPvt: bron.datumOndertekeningPvt ? null : janee(verwijtbaar('pvt')),
    verwijtbaarMap: bron.mapAfgerond ? null : janee(verwijtbaar('map')),
  };
}

/**
 * Per field in DUO's order: 'nog_te_melden' when it has a value that DUO was not told (never reported, or
 * reported with another value: a wijziging changed it), 'gemeld' when DUO has this value, 'leeg' when there
 * is nothing to report (yet). An empty value is never reported.
 */
export function duoStand(waarden: DuoWaarden, meldingen: readonly DuoMelding[]): DuoVeldStand[] {
  const laatste = new Map<DuoVeld, DuoMelding>();
  for (const m of meldingen) {
    const eerder = laatste.get(m.veld);
    if (!eerder || m.gemeldOp >= eerder.gemeldOp) laatste.set(m.veld, m);
  }
  return DUO_VELDEN.map((veld) => {
    const waarde = waarden[veld];
    const melding = laatste.get(veld);
    const gemeld = melding ? { waarde: melding.waarde, gemeldOp: melding.gemeldOp } : null;
    const status: DuoStatus = waarde === null || waarde === '' ? 'leeg' : melding?.waarde === waarde ? 'gemeld' : 'nog_te_melden';
    return { veld, waarde: waarde === '' ? null : waarde, status, gemeld };
  });
}

export function teMeldenVelden(stand: readonly DuoVeldStand[]): DuoVeld[] {
  return stand.filter((s) => s.status === 'nog_te_melden').map((s) => s.veld);
}

/**
 * [S-DUO] (DOMAIN.md §13 row 14): the verwijtbaar indicator goes to DUO only in the last two months of the
 * inburgeringstermijn: from verwijtbaarheidMeldenVanaf (counted back from the end, never opening early) to
 * the last day of the termijn (Wi 11 lid 1). Start 15 Oct 2026 → 15 Aug 2029 to 14 Oct 2029.
 */
export function verwijtbaarheidVenster(termijnStart: string): { van: string; tot: string } {
  const tot = termijnEindeVanaf(termijnStart);
  return { van: verwijtbaarheidMeldenVanaf(tot), tot };
}

export interface VerwijtbaarheidContext {
  onderdeel: VerwijtbaarheidOnderdeel;
  /** Start of the inburgeringstermijn; null while no PIP is set. */
  termijnStart: string | null;
  leerroute: Leerroute | null;
  datumOndertekeningPvt: string | null;
  /** Besluit 3.2: completed as mapVoortgang counts it; the eindgesprek date is only named in the message. */
  mapAfgerond: boolean;
  eindgesprekMap: string | null;
  vandaag: string;
}

/** Why a verwijtbaarheid on this date cannot be recorded, in one Dutch sentence; null when it can. */
export function verwijtbaarheidWeigering(ctx: VerwijtbaarheidContext, vastgesteldOp: string): string | null {
  if (!ctx.termijnStart) return 'Er loopt nog geen inburgeringstermijn: stel eerst het PIP vast. Verwijtbaarheid meldt u pas in de laatste twee maanden van de termijn.';
  // Wi 8 lid 3: no MAP in the onderwijsroute, so nothing to be verwijtbaar about.
  if (ctx.onderdeel === 'map' && !mapVanToepassing(ctx.leerroute)) return `${MAP_NIET_IN_ONDERWIJSROUTE.melding} Er is voor de MAP geen verwijtbaarheid te melden (${MAP_NIET_IN_ONDERWIJSROUTE.artikel}).`;
  // Wi 24: only a PVT or MAP that is not completed within the termijn.
  if (ctx.onderdeel === 'pvt' && ctx.datumOndertekeningPvt) {
    return `Het PVT is afgerond: de participatieverklaring is ondertekend op ${datumLang(ctx.datumOndertekeningPvt)}. Verwijtbaarheid meldt u alleen als het PVT niet is afgerond.`;
  }
  if (ctx.onderdeel === 'map' && ctx.mapAfgerond) {
    const eindgesprek = ctx.eindgesprekMap ? `: het eindgesprek was op ${datumLang(ctx.eindgesprekMap)}` : '';
    return `De MAP is afgerond${eindgesprek}. Verwijtbaarheid meldt u alleen als de MAP niet is afgerond.`;
  }
  if (vastgesteldOp > ctx.vandaag) return 'De datum van vaststellen ligt in de toekomst. Kies vandaag of een eerdere datum.';
  const { van, tot } = verwijtbaarheidVenster(ctx.termijnStart);
  if (vastgesteldOp < van || vastgesteldOp > tot) {
    return `Verwijtbaarheid legt u vast in de laatste twee maanden van de inburgeringstermijn: van ${datumLang(van)} tot en met ${datumLang(tot)}. Kies een datum in die periode.`;
  }
  return null;
}

/** What the werkvoorraad needs to know about DUO-meldingen of one dossier (db/duo.ts duoFeiten gives it). */
export interface DuoFeiten extends Omit<DuoBron, 'mapAfgerond' | 'verwijtbaarheid'> {
  verwijtbaarheid: readonly { onderdeel: VerwijtbaarheidOnderdeel; verwijtbaar: boolean; vastgesteldOp: string }[];
  mapThemas: readonly MapThemaInvoer[];
  mapSessieUren: readonly MapSessieUren[];
  eindgesprekMap: string | null;
  meldingen: readonly DuoMelding[];
}

/** Policy default, not law: report a new fact to DUO within two weeks of the day it arose. */
export const DUO_MELDEN_BINNEN_DAGEN = 14;

/** The day a fact arose: the PIP facts from the geldende PIP's dagtekening, the others from their own date. */
function veldSinds(f: DuoFeiten, veld: DuoVeld): string | null {
  const geldend = f.pips.filter((p) => p.status !== 'concept').at(-1);
  switch (veld) {
    case 'dagtekeningPip':
      return f.pips.find((p) => p.status !== 'concept')?.dagtekening ?? null;
    case 'datumOndertekeningPvt':
      return f.datumOndertekeningPvt;
    case 'datumEindgesprekMap':
      return f.eindgesprekMap;
    case 'datumAfrondingZRoute':
      return f.zRouteAfgerondOp;
    case 'verwijtbaarPvt':
      return f.verwijtbaarheid.find((v) => v.onderdeel === 'pvt')?.vastgesteldOp ?? null;
    case 'verwijtbaarMap':
      return f.verwijtbaarheid.find((v) => v.onderdeel === 'map')?.vastgesteldOp ?? null;
    default:
      return geldend?.dagtekening ?? null;
  }
}

/**
 * The facts DUO does not have yet (Wi 34; Besluit 9.2 lid 2, 9.3 lid 2), each with the day it arose, so
 * that the werkvoorraad can ask for them by a date. MAP completion counts the group sessions (Besluit 3.2).
 */
export function duoTeMelden(f: DuoFeiten, mapUrenNorm: number): { veld: DuoVeld; sinds: string | null }[] {
  const bron: DuoBron = { ...f, mapAfgerond: mapStand({ mapThemas: f.mapThemas, mapSessieUren: f.mapSessieUren, eindgesprek: f.eindgesprekMap }, mapUrenNorm).afgerond };
  return teMeldenVelden(duoStand(duoWaarden(bron), f.meldingen)).map((veld) => ({ veld, sinds: veldSinds(f, veld) }));
}
