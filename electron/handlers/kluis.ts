import { maakHerstelcodePdf } from '../documents/herstelcode';
import { vandaagInNederland } from '../../shared/rules/datum';
import type { HandlerDeps } from './deps';
import { kluisKanalen } from '../../shared/contract/kluis';
import type { UseCasesVan } from './register';

// The vault itself: no transaction here, these open, close and re-key it (db/vault.ts).
type KluisUseCases = UseCasesVan<typeof kluisKanalen>;

export function kluisHandlers({ kluis, resourcesPad, bewaarBestand, nu = () => new Date() }: HandlerDeps): KluisUseCases {
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
    // The herstelcode is printed once, to paper; it never enters the vault or the logboek.
    herstelcodeAfdrukken: async ({ herstelcode }) => {
      const bestandsnaam = 'Herstelcode Koers.pdf';
      const bytes = await maakHerstelcodePdf(resourcesPad, herstelcode, vandaagInNederland(nu()));
      return { bestandsnaam, opgeslagen: await bewaarBestand(bestandsnaam, bytes) };
    },
  };
}
