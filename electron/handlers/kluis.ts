import { vandaagInNederland } from '../../shared/rules/datum';
import { maakHerstelcodePdf } from '../documents/herstelcode';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';

type KluisUseCases = Pick<
  UseCases,
  | 'kluisStatus'
  | 'kluisAanmaken'
  | 'kluisHerstelcodeBevestigen'
  | 'kluisNieuweHerstelcode'
  | 'kluisOntgrendelen'
  | 'kluisOntgrendelenMetHerstelcode'
  | 'kluisVergrendelen'
  | 'kluisWachtwoordWijzigen'
  | 'herstelcodeAfdrukken'
>;

export function kluisHandlers({ kluis, resourcesMap, bewaarBestand, nu = () => new Date() }: HandlerDeps): KluisUseCases {
  return {
    kluisStatus: async () => kluis.status(),
    kluisAanmaken: async ({ wachtwoord }) => ({ herstelcode: await kluis.aanmaken(wachtwoord) }),
    kluisHerstelcodeBevestigen: async ({ herstelcode }) => {
      kluis.bevestigHerstelcode(herstelcode);
      return {};
    },
    kluisNieuweHerstelcode: async ({ wachtwoord }) => ({ herstelcode: kluis.nieuweHerstelcode(wachtwoord) }),
    kluisOntgrendelen: async ({ wachtwoord }) => {
      await kluis.ontgrendelen(wachtwoord);
      return {};
    },
    kluisOntgrendelenMetHerstelcode: async ({ herstelcode, nieuwWachtwoord }) => {
      await kluis.ontgrendelenMetHerstelcode(herstelcode, nieuwWachtwoord);
      return {};
    },
    kluisVergrendelen: async () => {
      await kluis.vergrendelen();
      return {};
    },
    kluisWachtwoordWijzigen: async ({ huidig, nieuw }) => {
      kluis.wijzigWachtwoord(huidig, nieuw);
      return {};
    },
    herstelcodeAfdrukken: async ({ herstelcode }) => {
      const bestandsnaam = 'Herstelcode Koers.pdf';
      const bytes = await maakHerstelcodePdf(resourcesMap, herstelcode, vandaagInNederland(nu()));
      return { bestandsnaam, opgeslagen: await bewaarBestand(bestandsnaam, bytes) };
    },
  };
}
