import { datumLang } from '../format';
import { AWB_5_53_GRENS, AWB_5_53_WEKEN } from './boete';
import { verlengVolgensAtw, type ExtraRustdagen } from './atw';
import { plusMaanden, plusWeken, type IsoDatum } from './datum';
import { bezwaartermijnEinde, nieuweTermijnIntakeNaBoete } from './termijnen';

// The path of a Wi 22 / Wi 23 boete: voornemen → zienswijze (Awb 4:8) → vastgesteld (or ingetrokken),
// and the terms that follow from it. Pure functions; the handler refuses with the messages below.

export const BOETE_SOORTEN = ['wi22', 'wi23'] as const;
export type BoeteSoort = (typeof BOETE_SOORTEN)[number];

export const BOETE_STATUSSEN = ['voornemen', 'zienswijze', 'vastgesteld', 'ingetrokken'] as const;
export type BoeteStatus = (typeof BOETE_STATUSSEN)[number];

// Wi 23: the three grounds — ondersteuning en begeleiding (Wi 15 lid 1 onder b), the intensiteit of PVT or
// MAP (Wi 15 lid 1 onder c), and for the asiel group the intensiteit of the leerroute (Wi 15 lid 2).
export const WI23_GEDRAGINGEN = ['ondersteuning_begeleiding', 'pvt_map', 'intensiteit_leerroute'] as const;
export type Wi23Gedraging = (typeof WI23_GEDRAGINGEN)[number];

/**
 * Policy default, not law: the term the zienswijze letter gives (Awb 4:8 sets none). Two weeks lets the
 * letter arrive and leaves time to answer in writing or by phone.
 */
export const ZIENSWIJZE_TERMIJN_WEKEN = 2;

/** Awb 4:87 lid 1: a boete is paid within six weeks after the beschikking took effect (dagtekening = verzending). */
export const BETALING_WEKEN = 6;

/** Awb 4:87: the last day to pay, counted as Awb 6:8 and extended by Atw art. 1. */
export function betalenUiterlijk(dagtekening: IsoDatum, extra: ExtraRustdagen = []): IsoDatum {
  return verlengVolgensAtw(plusWeken(dagtekening, BETALING_WEKEN), extra).datum;
}

/** The last day of the zienswijze term, counted from the day the letter is sent. */
export function zienswijzeTermijnEinde(verzonden: IsoDatum, weken: number = ZIENSWIJZE_TERMIJN_WEKEN): IsoDatum {
  return plusWeken(verzonden, weken);
}

/** Awb 5:53 lid 3: above €340 the college decides within 13 weeks after the date of the rapport. */
export function beslissenNaRapportUiterlijk(rapportDatum: IsoDatum, extra: ExtraRustdagen = []): IsoDatum {
  return verlengVolgensAtw(plusWeken(rapportDatum, AWB_5_53_WEKEN), extra).datum;
}

export function rapportVereist(bedrag: number): boolean {
  return bedrag > AWB_5_53_GRENS;
}

/**
 * Besluit 7.1 lid 3: recidive counts only an earlier boete that is onherroepelijk: the bezwaartermijn (Awb 6:7–6:8,
 * extended by Atw art. 1; `bezwaartermijnEinde`) has passed and no bezwaar is recorded on it (a bezwaar in the
 * register sets `bezwaarOntvangenOp`). The one place for this rule.
 */
export function isOnherroepelijk(boete: { status: BoeteStatus; dagtekening: IsoDatum | null; bezwaarOntvangenOp: IsoDatum | null }, peildatum: IsoDatum): boolean {
  if (boete.status !== 'vastgesteld' || !boete.dagtekening || boete.bezwaarOntvangenOp) return false;
  return peildatum > bezwaartermijnEinde(boete.dagtekening);
}

export interface BoeteRij {
  id: number;
  soort: BoeteSoort;
  status: BoeteStatus;
  bedrag: number;
  dagtekening: IsoDatum | null;
  bezwaarOntvangenOp: IsoDatum | null;
  zienswijzeTermijnTot: IsoDatum | null;
  zienswijzeOntvangenOp: IsoDatum | null;
  rapportDatum: IsoDatum | null;
  betaaldOp: IsoDatum | null;
  invorderingOvergedragenOp: IsoDatum | null;
  nieuweAfspraakOp: IsoDatum | null;
  nieuweAfspraakUitkomst: 'open' | 'verschenen' | 'niet_verschenen' | null;
}

/** Besluit 7.1 lid 3: earlier Wi 23 boetes, onherroepelijk, dated within the 12 months before the constatering. */
export function recidiveBinnen12Maanden(boetes: readonly BoeteRij[], constatering: IsoDatum): number {
  const vanaf = plusMaanden(constatering, -12);
  return boetes.filter((b) => b.soort === 'wi23' && b.dagtekening && b.dagtekening >= vanaf && b.dagtekening <= constatering && isOnherroepelijk(b, constatering)).length;
}

/** Besluit 7.1 lid 5: what Wi 22 and Wi 23 boetes of this dossier already amount to (withdrawn ones do not count). */
export function reedsOpgelegd(boetes: readonly BoeteRij[], behalveId?: number): number {
  return Math.round(boetes.filter((b) => b.status === 'vastgesteld' && b.id !== behalveId).reduce((som, b) => som + b.bedrag * 100, 0)) / 100;
}

/** The oproepen as far as Wi 22 needs them. */
export interface OproepVoorBoete {
  id: number;
  verschijnenOp: IsoDatum;
  uitkomst: string;
}

/**
 * Wi 14 lid 1 and 22 lid 1: a Wi 22 boete only after a schriftelijke waarschuwing with a herhaalde oproep whose
 * appointment was missed; a repeat boete (Wi 22 lid 3) only when the new term of the previous one was missed too.
 * Returns the reason it is not (yet) possible, or what it rests on.
 */
export function wi22Grond(
  oproepen: readonly OproepVoorBoete[],
  boetes: readonly (BoeteRij & { id: number })[],
): { mogelijk: true; oproepId: number | null; vorigeBoeteId: number | null; datumGedraging: IsoDatum } | { mogelijk: false; reden: string } {
  const wi22 = boetes.filter((b) => b.soort === 'wi22' && b.status !== 'ingetrokken');
  if (wi22.some((b) => b.status === 'voornemen' || b.status === 'zienswijze')) {
    return { mogelijk: false, reden: 'Er loopt al een voornemen tot een boete brede intake. Stel dat eerst vast of trek het in.' };
  }
  const vorige = wi22.at(-1);
  if (vorige) {
    if (vorige.nieuweAfspraakUitkomst === 'niet_verschenen' && vorige.nieuweAfspraakOp) {
      return { mogelijk: true, oproepId: null, vorigeBoeteId: vorige.id, datumGedraging: vorige.nieuweAfspraakOp };
    }
    return {
      mogelijk: false,
      reden: `Er is al een boete brede intake opgelegd. Een nieuwe boete kan pas als de inburgeraar ook niet verschijnt binnen de nieuwe termijn uit die boetebeschikking${vorige.nieuweAfspraakOp ? ` (afspraak ${datumLang(vorige.nieuweAfspraakOp)})` : ''}: leg eerst vast dat hij of zij niet is verschenen (art. 22 lid 3 Wi 2021).`,
    };
  }
  const gemist = oproepen.filter((o) => o.uitkomst === 'niet_verschenen');
  if (gemist.length === 0) {
    return { mogelijk: false, reden: 'Er is nog geen oproep gemist. Een boete brede intake kan pas na een schriftelijke waarschuwing met een herhaalde oproep waarop de inburgeraar niet is verschenen (art. 14 lid 1 en art. 22 lid 1 Wi 2021).' };
  }
  const herhaald = gemist[1];
  if (!herhaald) {
    return {
      mogelijk: false,
      reden: 'Er is nog geen schriftelijke waarschuwing met een herhaalde oproep gemist. Stuur eerst de waarschuwing met de herhaalde oproep; pas als de inburgeraar ook daarop niet verschijnt, volgt de boete (art. 14 lid 1 en art. 22 lid 1 Wi 2021).',
    };
  }
  return { mogelijk: true, oproepId: herhaald.id, vorigeBoeteId: null, datumGedraging: herhaald.verschijnenOp };
}

/** Wi 22 lid 2: the new appointment lies after the dagtekening and within two months after bekendmaking. */
export function nieuweAfspraakFout(dagtekening: IsoDatum, nieuweAfspraakOp: IsoDatum): string | null {
  const uiterlijk = nieuweTermijnIntakeNaBoete(dagtekening);
  if (nieuweAfspraakOp <= dagtekening) return `De nieuwe afspraak (${datumLang(nieuweAfspraakOp)}) moet na de dagtekening (${datumLang(dagtekening)}) liggen.`;
  if (nieuweAfspraakOp > uiterlijk) {
    return `De nieuwe termijn mag hoogstens twee maanden zijn (art. 22 lid 2 Wi 2021): kies een afspraak op ${datumLang(uiterlijk)} of eerder.`;
  }
  return null;
}

export const HANDHAVING_TERMIJN_SOORTEN = ['zienswijze', 'rapport', 'betaling', 'nieuwe_afspraak'] as const;
export type HandhavingTermijnSoort = (typeof HANDHAVING_TERMIJN_SOORTEN)[number];

export interface HandhavingTermijn {
  boeteId: number;
  soort: HandhavingTermijnSoort;
  datum: IsoDatum;
  omschrijving: string;
  artikel: string;
}

/** Open handhaving deadlines of one dossier, earliest first: for the werkvoorraad and the boete screen. */
export function openHandhavingTermijnen(boetes: readonly BoeteRij[], extra: ExtraRustdagen = []): HandhavingTermijn[] {
  const uit: HandhavingTermijn[] = [];
  for (const b of boetes) {
    if (b.status === 'zienswijze' && b.zienswijzeTermijnTot && !b.zienswijzeOntvangenOp) {
      uit.push({ boeteId: b.id, soort: 'zienswijze', datum: b.zienswijzeTermijnTot, omschrijving: 'Zienswijzetermijn loopt af; daarna kan de boete worden vastgesteld of ingetrokken.', artikel: 'art. 4:8 Awb' });
    }
    if ((b.status === 'voornemen' || b.status === 'zienswijze') && b.rapportDatum) {
      uit.push({ boeteId: b.id, soort: 'rapport', datum: beslissenNaRapportUiterlijk(b.rapportDatum, extra), omschrijving: 'Uiterlijk beslissen op de boete: 13 weken na het rapport.', artikel: 'art. 5:53 Awb' });
    }
    if (b.status === 'vastgesteld' && b.dagtekening && !b.betaaldOp && !b.invorderingOvergedragenOp) {
      uit.push({ boeteId: b.id, soort: 'betaling', datum: betalenUiterlijk(b.dagtekening, extra), omschrijving: 'Boete moet betaald zijn.', artikel: 'art. 4:87 Awb' });
    }
    if (b.status === 'vastgesteld' && b.soort === 'wi22' && b.nieuweAfspraakOp && b.nieuweAfspraakUitkomst === 'open') {
      uit.push({ boeteId: b.id, soort: 'nieuwe_afspraak', datum: b.nieuweAfspraakOp, omschrijving: 'Nieuwe afspraak brede intake uit de boetebeschikking; leg daarna vast of de inburgeraar is verschenen.', artikel: 'art. 22 lid 2 Wi 2021' });
    }
  }
  return uit.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
