import { DUO_VELD_LABELS, duoWaardeTekst, type DuoStatus, type DuoVeld } from '../../../shared/domain/duo';
import { datumKort } from '../../../shared/format';

interface Stand {
  veld: DuoVeld;
  waarde: string | null;
  status: DuoStatus;
  gemeld: { waarde: string; gemeldOp: string } | null;
}

export const veldLabel = (veld: DuoVeld) => DUO_VELD_LABELS[veld];

export function waardeTekst(s: Stand): string {
  return s.waarde === null ? '—' : duoWaardeTekst(s.veld, s.waarde);
}

/** "Nog te melden", "Gewijzigd: opnieuw melden", "Gemeld op 20-11-2026". */
export function statusTekst(s: Stand): string {
  if (s.status === 'gemeld' && s.gemeld) return `Gemeld op ${datumKort(s.gemeld.gemeldOp)}`;
  if (s.status === 'nog_te_melden') return s.gemeld ? 'Gewijzigd: opnieuw melden' : 'Nog te melden';
  return s.gemeld ? 'Nu leeg: corrigeer in het DUO-portaal' : 'Nog niet bekend';
}

/** What DUO has now when it differs from Koers: "B1 (gemeld op 20-11-2026)". */
export function eerderGemeldTekst(s: Stand): string {
  if (!s.gemeld || s.status === 'gemeld') return '';
  return `${duoWaardeTekst(s.veld, s.gemeld.waarde)} (gemeld op ${datumKort(s.gemeld.gemeldOp)})`;
}
