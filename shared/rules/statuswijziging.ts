import { datumLang } from '../format';
import type { Bevinding } from './intake';
import { STATUS_LABELS, isEindstatus, type Status } from './status';

// Closing a dossier (an end status) cannot be undone by the next step of the work: it needs the day it
// happened and the reason on record, and for a verhuizing the new gemeente, which takes over the dossier.
// Where no article sets the rule, the ground is careful preparation (art. 3:2 Awb).

const ZORGVULDIG = 'art. 3:2 Awb (zorgvuldigheid)';

/** What the day of an end status is the day of, for the messages: "de datum van de verhuizing". */
export const EINDGEBEURTENIS: Partial<Record<Status, string>> = {
  afgerond: 'de afronding',
  ontheffing: 'de ontheffing',
  vrijstelling: 'de vrijstelling',
  verhuisd: 'de verhuizing',
  vertrokken: 'het vertrek',
  overleden: 'het overlijden',
};

/** What closing the dossier means, for the confirmation. */
export const GEVOLG_EINDSTATUS = 'Het dossier wordt gesloten; de werkvoorraad toont het niet meer.';

export interface StatusWijziging {
  naar: Status;
  datum: string | null;
  reden: string | null;
  nieuweGemeente: string | null;
}

/** What is missing or cannot be right in a status change; the handler refuses it with these messages and the form shows them. */
export function statuswijzigingBevindingen(
  wijziging: StatusWijziging,
  dossier: { datumInschrijvingBrp: string | null; datumKennisgevingDuo: string | null },
  vandaag: string,
): Bevinding[] {
  const uit: Bevinding[] = [];
  const { naar, datum } = wijziging;
  const eind = isEindstatus(naar);
  const gebeurtenis = EINDGEBEURTENIS[naar] ?? `de status "${STATUS_LABELS[naar]}"`;
  if (eind && !datum) uit.push({ regel: 'datum-ontbreekt', artikel: ZORGVULDIG, melding: `Vul de datum van ${gebeurtenis} in.` });
  if (eind && !wijziging.reden) {
    uit.push({ regel: 'reden-ontbreekt', artikel: ZORGVULDIG, melding: `Vul de reden in waarom het dossier "${STATUS_LABELS[naar]}" wordt, bijvoorbeeld het bericht uit de BRP of het besluit van DUO.` });
  }
  if (naar === 'verhuisd' && !wijziging.nieuweGemeente) {
    uit.push({ regel: 'nieuwe-gemeente-ontbreekt', artikel: ZORGVULDIG, melding: 'Vul de gemeente in waar de inburgeraar nu woont; die gemeente neemt het dossier over.' });
  }
  if (datum) {
    const dan = datumLang(datum);
    if (datum > vandaag) {
      uit.push({ regel: 'datum-in-toekomst', artikel: ZORGVULDIG, melding: `De datum van ${gebeurtenis} (${dan}) ligt in de toekomst. Leg de status vast als het zover is.` });
    }
    const grenzen: [string | null, string][] = [
      [dossier.datumInschrijvingBrp, 'de inschrijving in de BRP'],
      [dossier.datumKennisgevingDuo, 'de kennisgeving van DUO'],
    ];
    // A BRP date still ahead (housing planned) bounds nothing yet: someone can leave before registering.
    for (const [grens, naam] of grenzen) {
      if (grens && grens <= vandaag && datum < grens) {
        uit.push({ regel: 'datum-voor-dossier', artikel: ZORGVULDIG, melding: `De datum van ${gebeurtenis} (${dan}) ligt vóór ${naam} (${datumLang(grens)}). Kies ${datumLang(grens)} of later.` });
      }
    }
  }
  return uit;
}

/**
 * Why a correction of the status cannot be made, or null. Only a mistaken end status is corrected, and only
 * back to the status it came from (the last change), so the history stays a straight line.
 */
export function statusCorrectieFout(huidig: Status, laatste: { van: Status; naar: Status } | null, naarStatus: Status): string | null {
  if (!isEindstatus(huidig)) return `Alleen een afsluitende status kan worden gecorrigeerd. "${STATUS_LABELS[huidig]}" wijzigt u met Status wijzigen.`;
  if (!laatste || laatste.naar !== huidig) return 'Er is geen statuswijziging vastgelegd die tot deze status leidde; die kan dus niet worden gecorrigeerd.';
  if (naarStatus !== laatste.van) return `De status kan alleen terug naar "${STATUS_LABELS[laatste.van]}", de status vóór de laatste wijziging.`;
  return null;
}
