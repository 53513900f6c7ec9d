import { verlengVolgensAtw, type AtwUitkomst, type ExtraRustdagen } from './atw';
import { laatsteVan, plusDagen, plusJaren, plusMaanden, plusWeken } from './datum';

export interface Termijn extends AtwUitkomst {
  /** The event the term counts from. */
  startdatum: string;
  startgebeurtenis: string;
  artikel: string;
}

// Besluit inburgering 2021 art. 5.3 lid 1: the PIP is set no later than 10 weeks after DUO's
// kennisgeving, or after BRP inschrijving in the gemeente when that came later; extended by Atw art. 1.
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

// Besluit inburgering 2021 art. 5.3 lid 1 with Algemene termijnenwet art. 1.
export function pipUiterlijk(kennisgevingDuo: string, inschrijvingBrp?: string): string {
  return pipTermijn(kennisgevingDuo, inschrijvingBrp).datum;
}

// Wi 11 lid 1–2: three years, starting the day after the dagtekening of the PIP; it ends on the day
// before the third anniversary of that start, i.e. on dagtekening + 3 years (DOMAIN.md §13a).
// Wi 11 lid 3: a new or changed PIP does not move the start.
export function inburgeringstermijnStart(dagtekeningPip: string): string {
  return plusDagen(dagtekeningPip, 1);
}

export function inburgeringstermijnEinde(dagtekeningPip: string): string {
  return plusJaren(dagtekeningPip, 3);
}

// Awb 6:7 and 6:8: six weeks from the day after bekendmaking (the verzenddatum), extended by Atw art. 1.
export function bezwaartermijn(verzenddatum: string, extra: ExtraRustdagen = []): AtwUitkomst {
  return verlengVolgensAtw(plusWeken(verzenddatum, 6), extra);
}

export function bezwaartermijnEinde(verzenddatum: string): string {
  return bezwaartermijn(verzenddatum).datum;
}

// Besluit inburgering 2021 art. 5.4: the leerroute may change until 1.5 years after the termijn starts.
export function schakelenUiterlijk(termijnStart: string): string {
  return plusMaanden(termijnStart, 18);
}

// Participatiewet art. 56a lid 2: six months counted from the day the right to bijstand arises, so the
// last day is the day before the same date six months later; when that month has no such date
// (31 August → February) the period runs to the end of that month.
export function ontzorgenEinde(startBijstand: string): string {
  const zelfdeDag = plusMaanden(startBijstand, 6);
  return zelfdeDag.slice(8) === startBijstand.slice(8) ? plusDagen(zelfdeDag, -1) : zelfdeDag;
}
