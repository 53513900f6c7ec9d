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
}

const BOETE_BEDRAGEN: readonly BoeteBedragen[] = [{ geldigVanaf: '2022-01-01', wi22: 250, wi23Basis: 50, wi23Maximum: 800 }];

function bedragenOp(peildatum: IsoDatum): BoeteBedragen {
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
