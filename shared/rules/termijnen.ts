import { verlengVolgensAtw, type AtwUitkomst, type ExtraRustdagen } from './atw';
import { laatsteVan, plusWeken } from './datum';

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
