import { verlengVolgensAtw, type AtwUitkomst, type ExtraRustdagen } from './atw';
import { laatsteDagVanTermijn, laatsteVan, plusDagen, plusWeken } from './datum';

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
