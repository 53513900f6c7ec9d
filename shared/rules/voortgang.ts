import type { Leerroute, NiveauPerOnderdeel, PipInhoud } from '../domain/pip';
import { plusMaanden, type IsoDatum } from './datum';
import type { Bevinding } from './intake';
import { formatUren } from './pvt';
import { schakelenUiterlijk } from './termijnen';

// Rules about the voortgang of a leerroute. NT2 hours are those of periods of soort 'nt2'.

/** Wi 17 lid 3; Besluit 5.5 lid 1: afschalen B1 → A2 may be considered after 600 hours of NT2 onderwijs. */
export const AFSCHALEN_NA_UREN = 600;

export interface UrenPeriode {
  soort: string;
  tot: string;
  urenGevolgd: number;
}

/** The NT2 hours followed, in total. */
export function nt2UrenGevolgd(periodes: readonly UrenPeriode[]): number {
  return periodes.filter((p) => p.soort === 'nt2').reduce((som, p) => som + p.urenGevolgd, 0);
}

/** The last day of the period in which the NT2 hours reached 600, or null while they have not. */
export function afschalenInZichtSinds(periodes: readonly UrenPeriode[]): string | null {
  let som = 0;
  for (const p of [...periodes].filter((x) => x.soort === 'nt2').sort((a, b) => a.tot.localeCompare(b.tot))) {
    som += p.urenGevolgd;
    if (som >= AFSCHALEN_NA_UREN) return p.tot;
  }
  return null;
}

const BESLUIT = 'Besluit inburgering 2021';

/** Whole days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  const dag = (d: IsoDatum) => {
    const [j, m, t] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(j, m - 1, t) / 86_400_000;
  };
  return dag(tot) - dag(van);
}

// ——— Afschalen (Wi 17 lid 3; Besluit 5.5 lid 1) ———

export interface AfschalenStand {
  urenNt2: number;
  norm: number;
  /** The last day of the period in which the 600 hours were reached; null before. */
  bereiktOp: string | null;
  artikel: string;
}

/**
 * Only the B1-route can be afgeschaald, and only while a language part is still at B1; null otherwise.
 * Reaching 600 NT2 hours is a reason to consider it, not a decision (the facts must also show effort).
 */
export function afschalenStand(leerroute: Leerroute | null, periodes: readonly UrenPeriode[], niveaus: NiveauPerOnderdeel | null): AfschalenStand | null {
  if (leerroute !== 'b1') return null;
  if (niveaus && Object.values(niveaus).every((n) => n === 'A2')) return null;
  return { urenNt2: nt2UrenGevolgd(periodes), norm: AFSCHALEN_NA_UREN, bereiktOp: afschalenInZichtSinds(periodes), artikel: `art. 17 lid 3 Wi 2021; art. 5.5 lid 1 ${BESLUIT}` };
}

// ——— Schakelen (Besluit 5.4 lid 1) ———

/** Policy, not law: from this many days before the last day, the tab and the werkvoorraad warn. */
export const SCHAKELEN_WAARSCHUWEN_DAGEN = 90;

export interface SchakelStand {
  uiterlijk: string;
  /** Days from today to the last day; 0 on the last day itself, negative after it. */
  dagenOver: number;
  inZicht: boolean;
  verstreken: boolean;
  /** Besluit 5.4 lid 1: from the onderwijsroute to the B1-route is possible during the whole traject. */
  onderwijsNaarB1Altijd: boolean;
  artikel: string;
}

export function schakelStand(termijnStart: string, vandaag: string, leerroute: Leerroute | null): SchakelStand {
  const uiterlijk = schakelenUiterlijk(termijnStart);
  const dagenOver = dagenTussen(vandaag, uiterlijk);
  return {
    uiterlijk,
    dagenOver,
    inZicht: dagenOver >= 0 && dagenOver <= SCHAKELEN_WAARSCHUWEN_DAGEN,
    verstreken: dagenOver < 0,
    onderwijsNaarB1Altijd: leerroute === 'onderwijs',
    artikel: `art. 17 lid 2 Wi 2021; art. 5.4 lid 1 ${BESLUIT}`,
  };
}

// ——— Verzuim ———

export interface Periode extends UrenPeriode {
  urenAangeboden: number;
  verzuimGeoorloofd: number;
  verzuimOngeoorloofd: number;
}

/**
 * Verzuim as a share of the hours offered, in percent with one decimal; null when nothing was offered.
 * Besluit 4.4 lid 2 onder b: only geoorloofd verzuim leaves "alle taallessen gevolgd" intact.
 */
export function verzuimPercentage(verzuimUren: number, urenAangeboden: number): number | null {
  if (urenAangeboden <= 0) return null;
  return Math.round((verzuimUren / urenAangeboden) * 1000) / 10;
}

export interface LeerrouteTotalen {
  urenAangeboden: number;
  urenGevolgd: number;
  urenNt2: number;
  urenKnm: number;
  verzuimGeoorloofd: number;
  verzuimOngeoorloofd: number;
  percentageGeoorloofd: number | null;
  percentageOngeoorloofd: number | null;
}

export function leerrouteTotalen(periodes: readonly Periode[]): LeerrouteTotalen {
  const som = (veld: (p: Periode) => number) => periodes.reduce((totaal, p) => totaal + veld(p), 0);
  const urenAangeboden = som((p) => p.urenAangeboden);
  const verzuimGeoorloofd = som((p) => p.verzuimGeoorloofd);
  const verzuimOngeoorloofd = som((p) => p.verzuimOngeoorloofd);
  return {
    urenAangeboden,
    urenGevolgd: som((p) => p.urenGevolgd),
    urenNt2: nt2UrenGevolgd(periodes),
    urenKnm: som((p) => (p.soort === 'knm' ? p.urenGevolgd : 0)),
    verzuimGeoorloofd,
    verzuimOngeoorloofd,
    percentageGeoorloofd: verzuimPercentage(verzuimGeoorloofd, urenAangeboden),
    percentageOngeoorloofd: verzuimPercentage(verzuimOngeoorloofd, urenAangeboden),
  };
}

// ——— Z-route (Besluit 3.14) ———

/**
 * Besluit 3.14 lid 2 onder a and b: the hour norms of the Z-route, as dated data. When the Besluit changes,
 * add a row with the day the new norm takes effect; a dossier uses the row in force on its PIP's dagtekening.
 */
export interface ZRouteNorm {
  geldigVanaf: IsoDatum;
  cursusuren: number;
  participatieuren: number;
}
export const Z_ROUTE_NORMEN: readonly ZRouteNorm[] = [{ geldigVanaf: '2022-01-01', cursusuren: 800, participatieuren: 800 }];

export function zRouteNormOp(peildatum: IsoDatum): ZRouteNorm {
  const rij = Z_ROUTE_NORMEN.filter((r) => r.geldigVanaf <= peildatum).at(-1);
  if (!rij) throw new RangeError(`Geen norm voor de Z-route bekend op ${peildatum}: de Wet inburgering 2021 geldt vanaf 1 januari 2022.`);
  return rij;
}

export interface ZRouteFeiten {
  /** Wi 13 lid 1: the asiel group has the participatie part (Besluit 3.14 lid 2 onder b); others do not (lid 3). */
  asiel: boolean;
  /** The dagtekening of the PIP: the norm in force then applies. */
  peildatum: IsoDatum;
  pip: Pick<PipInhoud, 'zRouteCursusuren' | 'zRouteParticipatieuren' | 'zRouteLagereNorm'>;
  /** NT2 and KNM hours followed (lid 2 onder a). */
  cursusurenGevolgd: number;
  /** Hours of activities for zelfredzaamheid, activering and participatie (lid 2 onder b). */
  activiteitenUren: number;
  pvtUren: number;
  mapUren: number;
  eindgesprek: string | null;
}

export interface ZRouteGrootboek {
  cursus: { norm: number; normUitPip: boolean; gevolgd: number; resterend: number; artikel: string };
  participatie: {
    norm: number;
    normUitPip: boolean;
    pvtUren: number;
    mapUren: number;
    /** The PVT and MAP hours that count against the norm (never more than the norm). */
    afgetrokken: number;
    activiteiten: number;
    resterend: number;
    artikel: string;
  } | null;
  eindgesprek: string | null;
  /** Every hour and the eindgesprek are there: the college can record the afronding. */
  compleet: boolean;
  ontbreekt: Bevinding[];
}

/**
 * The Z-route ledger. Norms: the numbers agreed in the PIP when set (a lower cursus norm only for a visual
 * or auditory impairment, lid 8; the PIP rules check that), else the Besluit's. PVT and MAP hours are
 * deducted from the participatie norm (lid 5). Nothing is ever below zero.
 */
export function zRouteGrootboek(f: ZRouteFeiten): ZRouteGrootboek {
  const besluit = zRouteNormOp(f.peildatum);
  const lager = f.pip.zRouteLagereNorm !== 'geen';
  const cursusNorm = f.pip.zRouteCursusuren ?? besluit.cursusuren;
  const cursus = {
    norm: cursusNorm,
    normUitPip: f.pip.zRouteCursusuren !== null,
    gevolgd: f.cursusurenGevolgd,
    resterend: Math.max(0, cursusNorm - f.cursusurenGevolgd),
    artikel: lager ? `art. 3.14 lid 2 onder a en lid 8 ${BESLUIT}` : `art. 3.14 lid 2 onder a ${BESLUIT}`,
  };
  let participatie: ZRouteGrootboek['participatie'] = null;
  if (f.asiel) {
    const norm = f.pip.zRouteParticipatieuren ?? besluit.participatieuren;
    const afgetrokken = Math.min(norm, f.pvtUren + f.mapUren);
    participatie = {
      norm,
      normUitPip: f.pip.zRouteParticipatieuren !== null,
      pvtUren: f.pvtUren,
      mapUren: f.mapUren,
      afgetrokken,
      activiteiten: f.activiteitenUren,
      resterend: Math.max(0, norm - afgetrokken - f.activiteitenUren),
      artikel: `art. 3.14 lid 2 onder b en lid 5 ${BESLUIT}`,
    };
  }
  const ontbreekt: Bevinding[] = [];
  if (cursus.resterend > 0) {
    ontbreekt.push({ regel: 'z-cursusuren', artikel: cursus.artikel, melding: `Nog ${formatUren(cursus.resterend)} cursusuren NT2 en KNM (norm ${formatUren(cursus.norm)} uur).` });
  }
  if (participatie && participatie.resterend > 0) {
    ontbreekt.push({
      regel: 'z-participatie-uren',
      artikel: participatie.artikel,
      melding: `Nog ${formatUren(participatie.resterend)} uur aan activiteiten voor participatie (norm ${formatUren(participatie.norm)} uur, min de uren van PVT en MAP).`,
    });
  }
  if (!f.eindgesprek) ontbreekt.push({ regel: 'z-eindgesprek', artikel: `art. 3.14 lid 2 onder c ${BESLUIT}`, melding: 'Het eindgesprek met het college is nog niet gevoerd.' });
  return { cursus, participatie, eindgesprek: f.eindgesprek, compleet: ontbreekt.length === 0, ontbreekt };
}

// ——— Voortgangsgesprekken (Besluit 5.3 lid 4) ———

export interface GesprekkenStand {
  /** The number agreed in the PIP; null when the PIP does not say. */
  afgesproken: number | null;
  elkeMaanden: number | null;
  gehouden: number;
  gepland: number;
  /** How many of the agreed number are still to be held; null without an agreed number. */
  nogTeHouden: number | null;
  /** The last held gesprek (or the termijn start) plus the agreed interval; null when nothing is due. */
  volgendeUiterlijk: string | null;
  artikel: string;
}

export function gesprekkenStand(
  gesprekken: readonly { gepland: string; gehouden: string | null }[],
  afspraak: { aantal: number | null; elkeMaanden: number | null },
  termijnStart: string | null,
): GesprekkenStand {
  const gehoudenData = gesprekken.flatMap((g) => (g.gehouden ? [g.gehouden] : [])).sort();
  const gehouden = gehoudenData.length;
  const nogTeHouden = afspraak.aantal === null ? null : Math.max(0, afspraak.aantal - gehouden);
  const vanaf = gehoudenData.at(-1) ?? termijnStart;
  const volgendeUiterlijk = afspraak.elkeMaanden && vanaf && nogTeHouden !== 0 ? plusMaanden(vanaf, afspraak.elkeMaanden) : null;
  return {
    afgesproken: afspraak.aantal,
    elkeMaanden: afspraak.elkeMaanden,
    gehouden,
    gepland: gesprekken.length - gehouden,
    nogTeHouden,
    volgendeUiterlijk,
    artikel: `art. 5.3 lid 4 ${BESLUIT}`,
  };
}

// ——— Participatieladder (DOMAIN.md §16, policy) ———

/** The current trede: the newest by date; on the same date the one recorded last. */
export function huidigeTrede<T extends { id: number; datum: string }>(geschiedenis: readonly T[]): T | null {
  return [...geschiedenis].sort((a, b) => a.datum.localeCompare(b.datum) || a.id - b.id).at(-1) ?? null;
}
