import { datumLang } from '../format';
import { plusDagen } from './datum';
import { isEindstatus, type Status } from './status';
import { bewaartermijnEinde, kerngegevensBewarenTot } from './termijnen';

// Retention (Besluit inburgering 2021 art. 9.9) and the deletion of a dossier entered by mistake.
// Koers knows the end of the inburgeringsplicht from the end status of a dossier and the day of the
// status change that led to it (statuswijzigingen): afgerond (voldaan), ontheffing, vrijstelling, vertrokken,
// and overleden for a death (the day of death is the datum of that change). A verhuizing ends this
// gemeente's part: the plicht runs on in the new gemeente, which Koers cannot follow, so Koers counts from
// the day of the verhuizing (the same rule as the werkvoorraad signal).

export type Bewaargrond = 'einde_plicht' | 'overleden';

/** What the rule needs of one dossier. */
export interface BewaarFeiten {
  status: Status;
  /** Status changes (corrections included), in any order. */
  statuswijzigingen: readonly { naar: Status; datum: string; correctie: boolean }[];
  /** ISO timestamp of the last change: the fallback when no status change was recorded (old or imported dossiers). */
  gewijzigd: string;
}

export interface Bewaarstand {
  grond: Bewaargrond;
  /** The day the plicht ended here, or the day of death. */
  eindeOp: string;
  /** The first day the personal data must be deleted. */
  verwijderenVanaf: string;
  /** The last day the kerngegevens may be kept (lid 2: at most fifty years). */
  kerngegevensTot: string;
  artikel: string;
  /** True from `verwijderenVanaf` on. */
  verstreken: boolean;
}

/** The day a dossier reached its end status: the latest (not corrected) change to it, else its last change. */
export function eindeVanDossier(f: BewaarFeiten): { datum: string; grond: Bewaargrond } | null {
  if (!isEindstatus(f.status)) return null;
  const datum =
    f.statuswijzigingen
      .filter((s) => s.naar === f.status && !s.correctie)
      .map((s) => s.datum)
      .sort()
      .at(-1) ?? f.gewijzigd.slice(0, 10);
  return { datum, grond: f.status === 'overleden' ? 'overleden' : 'einde_plicht' };
}

// Besluit 9.9 lid 1: the personal data are deleted (a) after five years from the end of the plicht — the
// first day after the term (ended 28 Feb 2027 → term ends 29 Feb 2032 → delete from 1 Mar 2032) — or (b)
// when the person has died: from the day of death. Lid 2: the kerngegevens after at most fifty years.
export function bewaarstand(f: BewaarFeiten, vandaag: string): Bewaarstand | null {
  const einde = eindeVanDossier(f);
  if (!einde) return null;
  const overleden = einde.grond === 'overleden';
  const verwijderenVanaf = overleden ? einde.datum : plusDagen(bewaartermijnEinde(einde.datum), 1);
  return {
    grond: einde.grond,
    eindeOp: einde.datum,
    verwijderenVanaf,
    kerngegevensTot: kerngegevensBewarenTot(einde.datum),
    artikel: overleden ? 'art. 9.9 lid 1 onder b Besluit inburgering 2021' : 'art. 9.9 lid 1 onder a Besluit inburgering 2021',
    verstreken: vandaag >= verwijderenVanaf,
  };
}

// Besluit 9.9 lid 2: the kerngegevens go once the fifty years are over (the day after `bewarenTot`).
export function kerngegevensVerlopen(bewarenTot: string, vandaag: string): boolean {
  return vandaag > bewarenTot;
}

/** "De datum en de wijze waarop aan de inburgeringsplicht is voldaan" (lid 2), per end status. */
export const WIJZE_EINDE: Partial<Record<Status, string>> = {
  afgerond: 'Aan de inburgeringsplicht voldaan',
  ontheffing: 'Ontheffing van de inburgeringsplicht',
  vrijstelling: 'Vrijstelling van de inburgeringsplicht',
  vertrokken: 'Vertrokken; de inburgeringsplicht is geëindigd',
  verhuisd: 'Verhuisd naar een andere gemeente; die gemeente nam het dossier over',
  overleden: 'Overleden',
};

/** What is kept after the bewaartermijn (Besluit 9.9 lid 2), for the confirmation and the Bewaartermijn tab. */
export const KERNGEGEVENS_TEKST =
  'BSN, naam, adres, woonplaats, geboortedatum en hoe en wanneer de inburgeringsplicht eindigde (voldaan, vrijstelling of ontheffing)';

/** What goes, for the confirmation. */
export const OPSCHONEN_TEKST =
  'Alle andere gegevens van het dossier: intake, PIP-versies, PVT en MAP, voortgang, begeleiding, handhaving, bezwaar, journaal, afspraken, DUO-meldingen, statuswijzigingen en alle documenten (ook de PDF’s).';

/** A beschikking the college made in a dossier; it keeps the dossier under the law's retention. */
export interface GenomenBesluit {
  soort: 'pip' | 'ontheffing' | 'boete' | 'beslissing_op_bezwaar';
  kenmerk: string | null;
  dagtekening: string | null;
}

const BESLUIT_NAMEN: Record<GenomenBesluit['soort'], string> = {
  pip: 'PIP-beschikking',
  ontheffing: 'beschikking ontheffing leerbaarheidstoets',
  boete: 'boetebeschikking',
  beslissing_op_bezwaar: 'beslissing op bezwaar',
};

/**
 * Why a dossier cannot simply be deleted, or null. A beschikking that was sent (a PIP, an ontheffing, a
 * boete, a beslissing op bezwaar — also one imported from an earlier system) is a besluit of the college:
 * the person can object to it and it counts for the plicht, so the dossier falls under art. 9.9 Besluit
 * inburgering 2021 (five years after the plicht ended) and is not deleted as a mistake.
 */
export function verwijderenGeweigerd(besluiten: readonly GenomenBesluit[]): string | null {
  const eerste = besluiten[0];
  if (!eerste) return null;
  const kenmerk = eerste.kenmerk ? `, kenmerk ${eerste.kenmerk}` : '';
  const dag = eerste.dagtekening ? ` van ${datumLang(eerste.dagtekening)}` : '';
  const meer = besluiten.length > 1 ? ` en ${besluiten.length - 1} ander${besluiten.length === 2 ? '' : 'e'} besluit${besluiten.length === 2 ? '' : 'en'}` : '';
  return (
    `Dit dossier kan niet worden verwijderd: er is een ${BESLUIT_NAMEN[eerste.soort]} verzonden${dag}${kenmerk}${meer}. ` +
    'Een besluit van het college valt onder de bewaartermijn van art. 9.9 Besluit inburgering 2021: de gegevens blijven tot vijf jaar na het einde van de inburgeringsplicht. ' +
    'Was het besluit een vergissing, trek het dan in of sluit het dossier af met een eindstatus; Koers meldt het dossier als de bewaartermijn verstreken is.'
  );
}
