import type { IsoDatum } from './datum';

// Bestuurlijke boetes the college imposes under the Wet inburgering 2021. The amounts are set in the
// Besluit inburgering 2021 and are dated data: when the Besluit changes, add a row with the date the new
// amount takes effect; a letter uses the row in force on its own date.

interface BoeteBedragen {
  /** First day this row applies (ISO). */
  geldigVanaf: IsoDatum;
  /** Art. 22 lid 1 Wi 2021; art. 7.1 lid 1 Besluit inburgering 2021: brede intake, after a waarschuwing. */
  wi22: number;
  /** Art. 23 Wi 2021; art. 7.1 lid 2 and 5 Besluit: the base amount before grading, and the cap per boete. */
  wi23Basis: number;
  wi23Maximum: number;
  /** Art. 7.1 lid 5 Besluit (DOMAIN §13 row 17): Wi 22 and Wi 23 boetes together per inburgeringstermijn. */
  maximumPerTermijn: number;
}

const BOETE_BEDRAGEN: readonly BoeteBedragen[] = [{ geldigVanaf: '2022-01-01', wi22: 250, wi23Basis: 50, wi23Maximum: 800, maximumPerTermijn: 2400 }];

function bedragenOp(peildatum?: IsoDatum): BoeteBedragen {
  if (peildatum === undefined) return BOETE_BEDRAGEN.at(-1)!;
  const rij = BOETE_BEDRAGEN.filter((r) => r.geldigVanaf <= peildatum).at(-1);
  if (!rij) throw new RangeError(`Geen boetebedrag bekend op ${peildatum}: de Wet inburgering 2021 geldt vanaf 1 januari 2022.`);
  return rij;
}

/** The Wi 22 boete in euro on `peildatum` (art. 22 lid 1 Wi 2021; art. 7.1 lid 1 Besluit inburgering 2021). */
export function boeteWi22(peildatum: IsoDatum): number {
  return bedragenOp(peildatum).wi22;
}

/** The Wi 23 base amount and cap in euro on `peildatum` (art. 23 Wi 2021; art. 7.1 lid 2 en 5 Besluit), for letters. */
export function boeteWi23Bedragen(peildatum: IsoDatum): { basis: number; maximum: number } {
  const rij = bedragenOp(peildatum);
  return { basis: rij.wi23Basis, maximum: rij.wi23Maximum };
}

/** Art. 7.1 lid 5 Besluit: the most that Wi 22 and Wi 23 boetes together may reach in one termijn. */
export function boeteMaximumPerTermijn(peildatum: IsoDatum): number {
  return bedragenOp(peildatum).maximumPerTermijn;
}

// Art. 5:53 Awb: above this amount afdeling 5.4.2 applies (rapport, zienswijze, decision within 13 weeks).
export const AWB_5_53_GRENS = 340;
export const AWB_5_53_WEKEN = 13;

export const VERWIJTBAARHEDEN = ['opzet', 'grove_schuld', 'geen', 'verminderd'] as const;
export type Verwijtbaarheid = (typeof VERWIJTBAARHEDEN)[number];

// Art. 7.1 Besluit: the share of the (raised) base per degree of verwijtbaarheid.
export const VERWIJTBAARHEID_PERCENTAGE: Record<Verwijtbaarheid, number> = { opzet: 100, grove_schuld: 75, geen: 50, verminderd: 25 };

export const VERWIJTBAARHEID_LABELS: Record<Verwijtbaarheid, string> = {
  opzet: 'Opzet (100%)',
  grove_schuld: 'Grove schuld (75%)',
  geen: 'Geen opzet of grove schuld (50%)',
  verminderd: 'Verminderde verwijtbaarheid (25%)',
};

/** Art. 7.1 lid 3 Besluit: +100% of the base for every earlier onherroepelijke Wi 23 boete within 12 months. */
export const RECIDIVE_VERHOGING_PROCENT = 100;

export interface BoeteWi23Basis {
  verwijtbaarheid: Verwijtbaarheid;
  /** Earlier Wi 23 boetes of this dossier, onherroepelijk, within 12 months before the constatering. */
  eerdereOnherroepelijkeBoetesBinnen12Maanden: number;
  /** Wi 22 and Wi 23 boetes already imposed in this inburgeringstermijn, in euro. */
  reedsOpgelegdInTermijn: number;
}

export interface BoeteBerekening {
  bedrag: number;
  stappen: { omschrijving: string; bedrag: number }[];
}

const centen = (euro: number) => Math.round(euro * 100) / 100;
const euro = (waarde: number) => `€ ${waarde.toFixed(2).replace('.', ',')}`;

/**
 * The Wi 23 boete with every step, for the letter (art. 23 Wi 2021; art. 7.1 lid 2–6 Besluit inburgering 2021):
 * base, raised by 100% per recidive, graded by verwijtbaarheid, capped per boete, then capped by what is left
 * of the maximum per termijn.
 */
/** Without `peildatum` the amounts in force now (the newest row) apply. */
export function boeteWi23Berekening(basis: BoeteWi23Basis, peildatum?: IsoDatum): BoeteBerekening {
  const rij = bedragenOp(peildatum);
  const recidive = Math.max(0, Math.floor(basis.eerdereOnherroepelijkeBoetesBinnen12Maanden));
  const stappen: BoeteBerekening['stappen'] = [];
  let bedrag = rij.wi23Basis;
  stappen.push({ omschrijving: `Basisbedrag (artikel 7.1 lid 2 Besluit inburgering 2021)`, bedrag });
  if (recidive > 0) {
    bedrag = centen(bedrag * (1 + (recidive * RECIDIVE_VERHOGING_PROCENT) / 100));
    stappen.push({
      omschrijving: `Verhoogd met ${recidive * RECIDIVE_VERHOGING_PROCENT}% wegens ${recidive === 1 ? 'één eerdere onherroepelijke boete' : `${recidive} eerdere onherroepelijke boetes`} binnen 12 maanden (artikel 7.1 lid 3 Besluit inburgering 2021)`,
      bedrag,
    });
  }
  const procent = VERWIJTBAARHEID_PERCENTAGE[basis.verwijtbaarheid];
  bedrag = centen((bedrag * procent) / 100);
  const grondslag = recidive > 0 ? 'van het verhoogde bedrag' : 'van het basisbedrag';
  stappen.push({ omschrijving: `${procent}% ${grondslag} wegens de mate van verwijtbaarheid: ${VERWIJTBAARHEID_LABELS[basis.verwijtbaarheid].replace(/ \(\d+%\)$/, '').toLowerCase()} (artikel 7.1 Besluit inburgering 2021)`, bedrag });
  if (bedrag > rij.wi23Maximum) {
    bedrag = rij.wi23Maximum;
    stappen.push({ omschrijving: `Begrensd op het maximum van ${euro(rij.wi23Maximum)} per boete (artikel 23 Wet inburgering 2021; artikel 7.1 Besluit inburgering 2021)`, bedrag });
  }
  const ruimte = centen(Math.max(0, rij.maximumPerTermijn - basis.reedsOpgelegdInTermijn));
  if (bedrag > ruimte) {
    bedrag = ruimte;
    stappen.push({
      omschrijving: `Begrensd op wat resteert van het maximum van ${euro(rij.maximumPerTermijn)} per termijn: al opgelegd ${euro(basis.reedsOpgelegdInTermijn)} (artikel 7.1 lid 5 Besluit inburgering 2021)`,
      bedrag,
    });
  }
  return { bedrag, stappen };
}

/** The Wi 23 boete in euro (art. 23 Wi 2021; art. 7.1 lid 2–6 Besluit inburgering 2021). */
export function boeteWi23(basis: BoeteWi23Basis): number {
  return boeteWi23Berekening(basis).bedrag;
}

/** The Wi 22 boete with its steps, capped by what is left of the maximum per termijn (art. 7.1 lid 1 en 5 Besluit). */
export function boeteWi22Berekening(reedsOpgelegdInTermijn: number, peildatum: IsoDatum): BoeteBerekening {
  const rij = bedragenOp(peildatum);
  const stappen: BoeteBerekening['stappen'] = [{ omschrijving: 'Boete brede intake (artikel 22 lid 1 Wet inburgering 2021; artikel 7.1 lid 1 Besluit inburgering 2021)', bedrag: rij.wi22 }];
  const ruimte = centen(Math.max(0, rij.maximumPerTermijn - reedsOpgelegdInTermijn));
  if (rij.wi22 > ruimte) {
    stappen.push({ omschrijving: `Begrensd op wat resteert van het maximum van ${euro(rij.maximumPerTermijn)} per termijn: al opgelegd ${euro(reedsOpgelegdInTermijn)} (artikel 7.1 lid 5 Besluit inburgering 2021)`, bedrag: ruimte });
    return { bedrag: ruimte, stappen };
  }
  return { bedrag: rij.wi22, stappen };
}
