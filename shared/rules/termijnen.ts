import { verlengVolgensAtw, type AtwUitkomst, type ExtraRustdagen } from './atw';
import { laatsteDagVanTermijn, laatsteVan, plusDagen, plusMaanden, plusWeken } from './datum';

export interface Termijn extends AtwUitkomst {
  /** The event the term counts from. */
  startdatum: string;
  startgebeurtenis: string;
  artikel: string;
}

// Besluit inburgering 2021 art. 5.3 lid 1: the PIP is set no later than 10 weeks after DUO's
// kennisgeving, or after BRP inschrijving in the gemeente when that came later; extended by Atw art. 1.
// The gelijkgestelde dagen (Atw art. 3 lid 3) always apply; `extra` adds the gemeente's own.
export function pipTermijn(
  kennisgevingDuo: string,
  inschrijvingBrp?: string,
  extra: ExtraRustdagen = [],
): Termijn {
  const startdatum = inschrijvingBrp ? laatsteVan(kennisgevingDuo, inschrijvingBrp) : kennisgevingDuo;
  const startgebeurtenis =
    inschrijvingBrp && inschrijvingBrp > kennisgevingDuo ? 'inschrijving BRP' : 'kennisgeving inburgeringsplicht (DUO)';
  return {
    ...verlengVolgensAtw(plusWeken(startdatum, 10), extra),
    startdatum,
    startgebeurtenis,
    artikel: 'art. 5.3 lid 1 Besluit inburgering 2021; art. 1 Algemene termijnenwet',
  };
}

// Besluit 5.3 lid 1: the later BRP date counts only for someone housed under art. 28 Huisvestingswet 2014
// who was not yet registered on the day of the kennisgeving; for everyone else the kennisgeving counts.
// Besluit 5.3 lid 3: after a move, the new gemeente sets a PIP within 10 weeks after inschrijving in its BRP.
export function pipTermijnVoorDossier(
  dossier: { datumKennisgevingDuo: string | null; datumInschrijvingBrp: string | null; huisvestingArt28: boolean; termijnStartEerder?: string | null },
  extra: ExtraRustdagen = [],
): Termijn | null {
  if (dossier.termijnStartEerder && dossier.datumInschrijvingBrp) {
    return {
      ...verlengVolgensAtw(plusWeken(dossier.datumInschrijvingBrp, 10), extra),
      startdatum: dossier.datumInschrijvingBrp,
      startgebeurtenis: 'inschrijving BRP na verhuizing',
      artikel: 'art. 5.3 lid 3 Besluit inburgering 2021; art. 1 Algemene termijnenwet',
    };
  }
  if (!dossier.datumKennisgevingDuo) return null;
  return pipTermijn(dossier.datumKennisgevingDuo, dossier.huisvestingArt28 ? (dossier.datumInschrijvingBrp ?? undefined) : undefined, extra);
}

// Besluit inburgering 2021 art. 5.3 lid 1 with Algemene termijnenwet art. 1 and the shipped gelijkgestelde dagen.
export function pipUiterlijk(kennisgevingDuo: string, inschrijvingBrp?: string): string {
  return pipTermijn(kennisgevingDuo, inschrijvingBrp).datum;
}

// Wi 11 lid 1–2: three years, starting the day after the dagtekening of the PIP; it ends on the day
// before the third anniversary of that start (DOMAIN.md §13a). Not "dagtekening + 3 years": dagtekening
// 28 Feb 2025 → start 1 Mar 2025 → end 29 Feb 2028. A start on 29 Feb ends on 28 Feb (see
// laatsteDagVanTermijn). Wi 11 lid 3: a new or changed PIP does not move the start.
// No Atw: a term in years is excluded (Atw art. 4 onder a).
export function inburgeringstermijnStart(dagtekeningPip: string): string {
  return plusDagen(dagtekeningPip, 1);
}

export function inburgeringstermijnEinde(dagtekeningPip: string): string {
  return termijnEindeVanaf(inburgeringstermijnStart(dagtekeningPip));
}

// Wi 11 lid 3: a termijn that already runs keeps its start: after a wijziging of the PIP, and after a move
// to another gemeente (sub b). Only a first PIP starts a term, the day after its dagtekening (lid 2).
export function termijnStartVoor(dagtekening: string, lopendeTermijnStart: string | null): string {
  return lopendeTermijnStart ?? inburgeringstermijnStart(dagtekening);
}

// Wi 11 lid 1: the end follows from the start alone: the day before its third anniversary.
export function termijnEindeVanaf(termijnStart: string): string {
  return laatsteDagVanTermijn(termijnStart, 36);
}

// Awb 6:7 and 6:8: six weeks from the day after bekendmaking (the verzenddatum), so the last day is
// verzenddatum + 42 days; extended by Atw art. 1, always with the gelijkgestelde dagen (Atw art. 3 lid 3).
export function bezwaartermijn(verzenddatum: string, extra: ExtraRustdagen = []): AtwUitkomst {
  return verlengVolgensAtw(plusWeken(verzenddatum, 6), extra);
}

// The shipped gelijkgestelde dagen apply; callers with the gemeente's settings use bezwaartermijn().
export function bezwaartermijnEinde(verzenddatum: string): string {
  return bezwaartermijn(verzenddatum).datum;
}

// Besluit inburgering 2021 art. 5.4: the leerroute may change within 1.5 years of the termijn start.
// Counted like Wi 11 (DOMAIN.md §13a): the last day is the day before the same date 18 months later
// (start 14 Oct 2026 → 13 Apr 2028; 1 Mar 2025 → 31 Aug 2026). When that month lacks the date (start
// 31 Aug 2025 → "31 Feb 2027"), the anniversary falls after the month's last day, so the last day is
// the end of that month (28 Feb 2027), as in ontzorgenEinde. Taking the clipped 28 Feb as the
// anniversary would end a 31 Aug start on 27 Feb, like a 28 Aug start, and shorten the term.
// No Atw (art. 4 onder a).
export function schakelenUiterlijk(termijnStart: string): string {
  return laatsteDagVanTermijn(termijnStart, 18);
}

// Participatiewet art. 56a lid 2: six months counted from the day the right to bijstand arises, so the
// last day is the day before the same date six months later; when that month has no such date
// (31 August → February) the period runs to the end of that month. No Atw (art. 4 onder a).
export function ontzorgenEinde(startBijstand: string): string {
  return laatsteDagVanTermijn(startBijstand, 6);
}

/**
 * The ontzorgen a beschikking decides on: from its dagtekening (Awb 3:40, a besluit works from its
 * bekendmaking) or the later start of bijstand, to the end of the six months; null when those are over.
 */
export function ontzorgenPeriode(startBijstand: string, dagtekening: string): { start: string; einde: string } | null {
  const einde = ontzorgenEinde(startBijstand);
  if (einde < dagtekening) return null;
  return { start: startBijstand > dagtekening ? startBijstand : dagtekening, einde };
}

/**
 * The first day of the last `maanden` months of a term that ends on `einde` (inclusive): the same date
 * `maanden` months before the day after the end. When that month lacks the date (end 30 August → "30
 * February"), the window starts on the first of the next month, so it never opens early (the mirror of
 * laatsteDagVanTermijn: laatsteDagVanTermijn(result, maanden) is never before `einde`).
 */
export function eersteDagVanLaatsteMaanden(einde: string, maanden: number): string {
  const dagNaEinde = plusDagen(einde, 1);
  const kandidaat = plusMaanden(dagNaEinde, -maanden);
  return kandidaat.slice(8) === dagNaEinde.slice(8) ? kandidaat : plusDagen(kandidaat, 1);
}

// Wi 13 lid 3: maatschappelijke begeleiding starts on the day of inschrijving in the BRP of the gemeente.
export function begeleidingStart(inschrijvingBrp: string): string {
  return inschrijvingBrp;
}

/**
 * Wi 14 lid 1–2: the college calls up for the brede intake within a term it sets itself; after a no-show it
 * sends a waarschuwing with a herhaalde oproep, and after three no-shows it completes the intake in
 * afwezigheid. The law sets no number of days: this is the gemeente's policy default (a named, configurable
 * value, passed in by the caller), not law.
 */
export const HERHAALDE_OPROEP_BINNEN_DAGEN = 7;

/** Wi 14 lid 2: after three no-shows the brede intake is completed in afwezigheid. */
export const INTAKE_IN_AFWEZIGHEID_NA_NIET_VERSCHENEN = 3;

// Wi 14 lid 2 (term by policy): the waarschuwing with herhaalde oproep, or the intake in afwezigheid,
// follows the missed appointment within `dagen` calendar days.
export function herhaaldeOproepUiterlijk(gemisteAfspraak: string, dagen: number = HERHAALDE_OPROEP_BINNEN_DAGEN): string {
  return plusDagen(gemisteAfspraak, dagen);
}

/** Wi 14 lid 2: only 'niet_verschenen' is a no-show; 'verzet' and 'afgemeld' need a new oproep but do not count. */
export function aantalNietVerschenen(oproepen: readonly { uitkomst: string }[]): number {
  return oproepen.filter((o) => o.uitkomst === 'niet_verschenen').length;
}

// Wi 22 lid 2: with the boete for not taking part in the brede intake the college sets a new term of at most
// two months, counted from the day after bekendmaking (as Awb 6:8): the last day is the same date two months
// later, or that month's last day when it lacks the date (bekendmaking 31 Dec 2026 → 28 Feb 2027). The
// college picks the date within this maximum; that date is its own, not a statutory term, so no Atw.
export function nieuweTermijnIntakeNaBoete(bekendmaking: string): string {
  return laatsteDagVanTermijn(plusDagen(bekendmaking, 1), 2);
}

// Besluit inburgering 2021 art. 5.3 lid 2: while the college waits for information from a derde the PIP
// may come later, but no later than two weeks after receipt; extended by Atw art. 1.
export function pipNaInformatieDerde(ontvangenOp: string, extra: ExtraRustdagen = []): Termijn {
  return {
    ...verlengVolgensAtw(plusWeken(ontvangenOp, 2), extra),
    startdatum: ontvangenOp,
    startgebeurtenis: 'ontvangst informatie van derden',
    artikel: 'art. 5.3 lid 2 Besluit inburgering 2021; art. 1 Algemene termijnenwet',
  };
}

// Besluit inburgering 2021 art. 4.5 lid 1: an aanvraag for verlenging is filed no earlier than six months
// before the termijn ends (end 14 Apr 2029 → from 15 Oct 2028; end 29 Feb 2028 → from 1 Sep 2027).
export function verlengingAanvraagVanaf(termijnEinde: string): string {
  return eersteDagVanLaatsteMaanden(termijnEinde, 6);
}

/** Besluit inburgering 2021 art. 4.5 lid 2: DUO decides on an aanvraag for verlenging within eight weeks. */
export const VERLENGING_BESLISTERMIJN_WEKEN = 8;

// Besluit 4.5 lid 2 with Atw art. 1: the day DUO's decision on an aanvraag received on `ontvangen` is due.
export function verlengingBesluitUiterlijk(ontvangen: string, extra: ExtraRustdagen = []): AtwUitkomst {
  return verlengVolgensAtw(plusWeken(ontvangen, VERLENGING_BESLISTERMIJN_WEKEN), extra);
}

/**
 * Advice, not law: file the aanvraag at the latest eight weeks before the end, so DUO's decision
 * (Besluit 4.5 lid 2) comes within the termijn.
 */
export function verlengingAanvragenUiterlijk(termijnEinde: string): string {
  return plusWeken(termijnEinde, -VERLENGING_BESLISTERMIJN_WEKEN);
}

// Wi 24: the PVT and the MAP are completed within the termijn (else DUO fines and sets a new term). The
// signal opens six months before the end, when the verlenging window opens too (Besluit 4.5 lid 1).
export function pvtMapSignaalVanaf(termijnEinde: string): string {
  return eersteDagVanLaatsteMaanden(termijnEinde, 6);
}

// DUO's M2M interface [S-DUO]: the college reports the verwijtbaar indicator for PVT or MAP only in the last
// two months of the termijn (end 29 Feb 2028 → from 1 Jan 2028; end 29 Apr 2029 → from 1 Mar 2029).
export function verwijtbaarheidMeldenVanaf(termijnEinde: string): string {
  return eersteDagVanLaatsteMaanden(termijnEinde, 2);
}

/**
 * Awb 7:10 lid 1 and 3 with Atw art. 1 and the gemeente's extra rustdagen: see beslistermijnBezwaarEinde.
 * The verdaging runs on from the end of the decision term as the Atw extended it, and is extended again.
 */
export function beslistermijnBezwaar(
  bezwaartermijnEinde: string,
  opties: { commissie: boolean; verdaagd: boolean },
  extra: ExtraRustdagen = [],
): AtwUitkomst {
  const beslistermijn = verlengVolgensAtw(plusWeken(bezwaartermijnEinde, opties.commissie ? 12 : 6), extra);
  return opties.verdaagd ? verlengVolgensAtw(plusWeken(beslistermijn.datum, 6), extra) : beslistermijn;
}

// Awb 7:10 lid 1: the decision on bezwaar within six weeks — twelve with an adviescommissie (Awb 7:13) —
// counted from the day after the bezwaartermijn ended (pass the end as the Atw extended it); lid 3: it may be
// verdaagd by at most six weeks. Atw art. 1 with the shipped gelijkgestelde dagen.
export function beslistermijnBezwaarEinde(bezwaartermijnEinde: string, opties: { commissie: boolean; verdaagd: boolean }): string {
  return beslistermijnBezwaar(bezwaartermijnEinde, opties).datum;
}

/**
 * Besluit inburgering 2021 art. 9.9, as dated data (the numbers change by law): personal data are deleted
 * five years after the inburgeringsplicht ended (lid 1 onder a) or when the person died (onder b); the
 * kerngegevens (BSN, naam, adres, geboortedatum, vrijstelling, ontheffing, how and when the plicht was met)
 * after at most fifty years. The rule in force on the day the plicht ended applies.
 */
export const BEWAARTERMIJNEN = [
  { geldigVanaf: '2022-01-01', jaren: 5, kerngegevensJaren: 50, artikel: 'art. 9.9 Besluit inburgering 2021' },
] as const satisfies readonly { geldigVanaf: string; jaren: number; kerngegevensJaren: number; artikel: string }[];

export function bewaarregelOp(datum: string): (typeof BEWAARTERMIJNEN)[number] {
  return [...BEWAARTERMIJNEN].reverse().find((r) => r.geldigVanaf <= datum) ?? BEWAARTERMIJNEN[0];
}

// Besluit 9.9 lid 1 onder a: the last day the data may be kept: the day before the fifth anniversary of
// the day after the plicht ended (ended 28 Feb 2027 → 29 Feb 2032; ended 29 Feb 2028 → 28 Feb 2033).
// A term in years: no Atw (art. 4 onder a).
export function bewaartermijnEinde(eindePlicht: string): string {
  return laatsteDagVanTermijn(plusDagen(eindePlicht, 1), 12 * bewaarregelOp(eindePlicht).jaren);
}

// Besluit 9.9: the kerngegevens are deleted after at most fifty years.
export function kerngegevensBewarenTot(eindePlicht: string): string {
  return laatsteDagVanTermijn(plusDagen(eindePlicht, 1), 12 * bewaarregelOp(eindePlicht).kerngegevensJaren);
}
