import type { Foutcode } from '../fouten';
import { STATUS_LABELS, STATUSSEN, type Status } from '../rules/status';
import { OPROEP_UITKOMST_LABELS, OPROEP_UITKOMSTEN, type OproepUitkomst } from './intake';

// The logboek (BIO 8.15.01) as the regisseur reads it: the handling in words, and a refusal named as such.
// A line holds no personal data, so nothing here is hidden.

/** Short audit actions that need a few more words to be read on a dossier. */
const ACTIES: Record<string, string> = {
  toevoegen: 'Dossier aangemaakt',
  wijzigen: 'Gegevens gewijzigd',
  status: 'Status gewijzigd',
  'uitkomst oproep': 'Uitkomst oproep vastgelegd',
  'intake opslaan': 'Intake opgeslagen',
};

const REDENEN: Partial<Record<Foutcode, string>> = {
  ONGELDIGE_INVOER: 'de invoer klopte niet',
  REGEL_GESCHONDEN: 'in strijd met een regel',
  NIET_GEVONDEN: 'niet gevonden',
  ONGELDIGE_STATUS: 'deze status kon niet',
  DUBBEL_BSN: 'BSN bestond al',
};

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toLocaleUpperCase('nl-NL') + tekst.slice(1);
}

/** "status: → pip_vastgesteld" → "Status gewijzigd: PIP vastgesteld"; "uitkomst oproep: verschenen" → "Uitkomst oproep vastgelegd: Verschenen". */
export function logActieTekst(actie: string): string {
  const scheiding = actie.indexOf(': ');
  const kern = scheiding < 0 ? actie : actie.slice(0, scheiding);
  let detail = scheiding < 0 ? null : actie.slice(scheiding + 2);
  if (detail !== null && kern === 'status') {
    const naar = detail.replace(/^→\s*/, '');
    if ((STATUSSEN as readonly string[]).includes(naar)) detail = STATUS_LABELS[naar as Status];
  }
  if (detail !== null && kern === 'uitkomst oproep' && (OPROEP_UITKOMSTEN as readonly string[]).includes(detail)) detail = OPROEP_UITKOMST_LABELS[detail as OproepUitkomst];
  const woorden = ACTIES[kern] ?? hoofdletter(kern);
  return detail === null ? woorden : `${woorden}: ${detail}`;
}

/** 'gelukt', or the refusal in words: "Geweigerd (in strijd met een regel)". */
export function logResultaatTekst(resultaat: string): { geweigerd: boolean; tekst: string } {
  const geweigerd = /^geweigerd: (.+)$/.exec(resultaat);
  if (!geweigerd) return { geweigerd: false, tekst: resultaat === 'gelukt' ? 'Gelukt' : hoofdletter(resultaat) };
  const reden = REDENEN[geweigerd[1] as Foutcode];
  return { geweigerd: true, tekst: reden ? `Geweigerd (${reden})` : 'Geweigerd' };
}
