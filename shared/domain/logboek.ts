import type { Foutcode } from '../fouten';
import { datumKort, tijdstipKort } from '../format';
import { STATUS_LABELS, STATUSSEN, type Status } from '../rules/status';
import { OPROEP_UITKOMST_LABELS, OPROEP_UITKOMSTEN, type OproepUitkomst } from './intake';

// The logboek (BIO 8.15.01) as the regisseur reads it: the handling in words, and a refusal named as such.
// A line holds no personal data, so nothing here is hidden.

/** The kinds of object an audit line can be about: never a name, only a type and an id. */
// 'lijst': a printout or export of a list of several dossiers (werkvoorraad, DUO-meldingen, inburgeraars).
export const LOGBOEK_OBJECTEN = ['inburgeraar', 'huishouden', 'instellingen', 'document', 'ondertekenaar', 'sjabloon', 'pvtGroep', 'pvtSessie', 'kluis', 'lijst', 'logboek', 'kosten', 'budget'] as const;
export type LogboekObject = (typeof LOGBOEK_OBJECTEN)[number];

export const LOGBOEK_OBJECT_LABELS: Record<LogboekObject, string> = {
  inburgeraar: 'Dossier',
  huishouden: 'Huishouden',
  instellingen: 'Instellingen',
  document: 'Document',
  ondertekenaar: 'Ondertekenaar',
  sjabloon: 'Sjabloon',
  pvtGroep: 'PVT-groep',
  pvtSessie: 'PVT-bijeenkomst',
  kluis: 'Kluis',
  lijst: 'Lijst',
  logboek: 'Logboek',
  kosten: 'Kostenregel',
  budget: 'Budget',
};

/** "Dossier 12", "Kluis": the object of a line in words, by type and id only. */
export function logObjectTekst(object: string, objectId: number | null): string {
  const label = LOGBOEK_OBJECT_LABELS[object as LogboekObject] ?? hoofdletter(object);
  return objectId === null ? label : `${label} ${objectId}`;
}

/** The filter on the result of a line in the global logboek. */
export const LOGBOEK_RESULTATEN = ['gelukt', 'geweigerd'] as const;
export type LogboekResultaat = (typeof LOGBOEK_RESULTATEN)[number];

/** The first moment (UTC ISO) of a day on the Dutch clock; midnight always exists in Europe/Amsterdam (DST moves 02:00/03:00). */
export function beginVanDagInNederland(datum: string): string {
  for (const verschuiving of ['+01:00', '+02:00']) {
    const moment = new Date(`${datum}T00:00:00${verschuiving}`).toISOString();
    if (tijdstipKort(moment) === `${datumKort(datum)} 00:00`) return moment;
  }
  throw new RangeError(`Geen geldige datum: ${datum}`);
}

/** Short audit actions that need a few more words to be read on a dossier. */
const ACTIES: Record<string, string> = {
  toevoegen: 'Dossier aangemaakt',
  wijzigen: 'Gegevens gewijzigd',
  status: 'Status gewijzigd',
  'uitkomst oproep': 'Uitkomst oproep vastgelegd',
  'intake opslaan': 'Intake opgeslagen',
  'logboek gecontroleerd': 'Keten van het logboek gecontroleerd',
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
