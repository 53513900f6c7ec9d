import type { Instellingen } from '../domain/instellingen';
import { VERPLICHTE_PLAATSHOUDERS, type BriefTeksten } from '../domain/teksten';
import type { Bevinding } from './intake';

// A letter to an inburgeraar never prints a stand-in for a setting the gemeente left empty ("de
// rechtbank", "het algemene nummer", "—"): the letter must say who sends it, where to reach them and,
// for a beschikking, where to object (art. 3:45 Awb). Sending is refused until the setting is filled in.

export type BriefInstelling = 'gemeentenaam' | 'postadres' | 'postcode' | 'plaats' | 'behandelaarNaam' | 'behandelaarTelefoon' | 'rechtbank' | 'bezwaarAdres';

/** The labels exactly as the Instellingen screen shows them, so the regisseur can find the field. */
const LABELS: Record<BriefInstelling, string> = {
  gemeentenaam: 'Naam van de gemeente',
  postadres: 'Postadres',
  postcode: 'Postcode',
  plaats: 'Plaats',
  behandelaarNaam: 'Behandeld door (naam in de referentieregel)',
  behandelaarTelefoon: 'Telefoon in de referentieregel',
  rechtbank: 'Rechtbank (voorlopige voorziening)',
  bezwaarAdres: 'Adres voor bezwaarschriften',
};

const AFZENDER: readonly BriefInstelling[] = ['gemeentenaam', 'postadres', 'postcode', 'plaats', 'behandelaarNaam', 'behandelaarTelefoon'];

/**
 * The settings each kind of letter prints. An oproep names the sender and who to call before the date.
 * A beschikking also names the rechtbank for a voorlopige voorziening (art. 8:81 Awb). `bezwaarAdres` is
 * not in this list: when it is empty, the beschikking uses the postadres, which is a real address.
 */
export const BRIEF_INSTELLINGEN = {
  oproep: AFZENDER,
  beschikking: [...AFZENDER, 'rechtbank'],
} as const satisfies Record<string, readonly BriefInstelling[]>;
export type BriefSoort = keyof typeof BRIEF_INSTELLINGEN;

/** Each empty setting a letter of this kind needs, with where to fill it in. */
export function ontbrekendeBriefInstellingen(
  instellingen: Pick<Instellingen, BriefInstelling>,
  soort: BriefSoort | readonly BriefInstelling[],
): Bevinding[] {
  const nodig = typeof soort === 'string' ? BRIEF_INSTELLINGEN[soort] : soort;
  return nodig
    .filter((veld) => !instellingen[veld]?.trim())
    .map((veld) => ({
      regel: `instelling-${veld}`,
      artikel: 'art. 3:2 Awb (zorgvuldigheid)',
      melding: `Vul bij Instellingen het veld ‘${LABELS[veld]}’ in; de brief heeft dat nodig.`,
    }));
}

/**
 * Each placeholder a text with legal content must keep but no longer has (VERPLICHTE_PLAATSHOUDERS).
 * A saved version from before a placeholder became required would otherwise print without it.
 */
export function ontbrekendePlaatshouders(teksten: BriefTeksten, velden: readonly (keyof typeof VERPLICHTE_PLAATSHOUDERS)[], labels: Partial<Record<keyof BriefTeksten, string>> = {}): Bevinding[] {
  return velden.flatMap((veld) =>
    (VERPLICHTE_PLAATSHOUDERS[veld] ?? [])
      .filter((plaatshouder) => !String(teksten[veld]).includes(plaatshouder))
      .map((plaatshouder) => ({
        regel: `plaatshouder-${veld}-${plaatshouder}`,
        artikel: 'art. 3:2 Awb (zorgvuldigheid)',
        melding: `De standaardtekst ‘${labels[veld] ?? veld}’ mist ${plaatshouder}. Voeg die toe bij Instellingen, onder Standaardteksten van brieven.`,
      })),
  );
}
