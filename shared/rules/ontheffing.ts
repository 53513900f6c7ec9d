import type { OntheffingBeperking } from '../domain/ontheffing';
import { datumLang } from '../format';
import { plusDagen } from './datum';
import { DAGTEKENING_HOOGSTENS_DAGEN_VOORUIT } from './pip';

export interface OntheffingContext {
  /** What the intake records (IntakeInvoer.ontheffingToets). */
  inIntake: 'geen' | OntheffingBeperking;
  /** The kenmerk of an ontheffing already vastgesteld for this dossier. */
  bestaandKenmerk: string | null;
  /** The day the leerbaarheidstoets was taken, if it was. */
  toetsAfgenomenOp: string | null;
  dagtekening: string;
  vandaag: string;
}

/**
 * Why the ontheffing beschikking (Wi 14 lid 6) cannot be vastgesteld now; empty when it can. A beschikking
 * decides about the future from its dagtekening (Awb 3:40): not back-dated, not about a toets already taken.
 */
export function bezwarenTegenOntheffing(c: OntheffingContext): string[] {
  const bezwaren: string[] = [];
  if (c.bestaandKenmerk) bezwaren.push(`Er is al een beschikking ontheffing vastgesteld (kenmerk ${c.bestaandKenmerk}). Die wordt niet opnieuw vastgesteld.`);
  if (c.inIntake === 'geen') {
    bezwaren.push('Leg eerst in de brede intake vast dat de leerbaarheidstoets niet kan door een visuele of auditieve beperking (artikel 14 lid 6 Wet inburgering 2021).');
  }
  if (c.toetsAfgenomenOp && c.toetsAfgenomenOp <= c.dagtekening) {
    bezwaren.push(`De leerbaarheidstoets is al afgenomen op ${datumLang(c.toetsAfgenomenOp)}. Een ontheffing gaat over de toekomst; haal de datum van de toets weg als die niet klopt.`);
  }
  if (c.dagtekening < c.vandaag) bezwaren.push('De dagtekening ligt in het verleden. Kies vandaag of de dag waarop de brief wordt verzonden.');
  if (c.dagtekening > plusDagen(c.vandaag, DAGTEKENING_HOOGSTENS_DAGEN_VOORUIT)) {
    bezwaren.push('De dagtekening ligt meer dan twee weken in de toekomst. Kies de dag waarop de brief wordt verzonden.');
  }
  return bezwaren;
}
