import { schrijfLogboek } from '../../db/logboek';
import { maakHerstelcodePdf } from '../documents/herstelcode';
import { vandaagInNederland } from '../../shared/rules/datum';
import type { HandlerDeps } from './deps';
import { kluisKanalen } from '../../shared/contract/kluis';
import type { UseCasesVan } from './register';

// The vault itself: no transaction here, these open, close and re-key it (db/vault.ts). The vault writes its
// own logboek lines (object 'kluis', the slot name as actor), slows down refused unlocks and serialises them.
type KluisUseCases = UseCasesVan<typeof kluisKanalen>;

export function kluisHandlers({ kluis, resourcesPad, bewaarBestand, nu = () => new Date() }: HandlerDeps): KluisUseCases {
  return {
    kluisStatus: async () => kluis.status(),
    kluisAanmaken: async ({ wachtwoord, naam, oudeOpzijZetten }) => ({
      herstelcode: await kluis.aanmaken(wachtwoord, { ...(naam ? { naam } : {}), ...(oudeOpzijZetten ? { oudeOpzijZetten } : {}) }),
    }),
    kluisHerstelcodeBevestigen: async ({ herstelcode }) => {
      kluis.bevestigHerstelcode(herstelcode);
      return {};
    },
    kluisNieuweHerstelcode: async ({ wachtwoord }) => ({ herstelcode: await kluis.nieuweHerstelcode(wachtwoord) }),
    kluisOntgrendelen: async ({ wachtwoord, slotId }) => {
      await kluis.ontgrendelen(wachtwoord, slotId);
      return {};
    },
    kluisOntgrendelenMetHerstelcode: async ({ herstelcode, nieuwWachtwoord, slotId }) => {
      await kluis.ontgrendelenMetHerstelcode(herstelcode, nieuwWachtwoord, slotId);
      return {};
    },
    kluisVergrendelen: async () => {
      await kluis.vergrendelen();
      return {};
    },
    kluisWachtwoordWijzigen: async ({ huidig, nieuw, mogelijkBekend }) => ({ herstelcode: await kluis.wijzigWachtwoord(huidig, nieuw, mogelijkBekend ?? false) }),
    kluisSloten: async () => ({ sloten: kluis.sloten() }),
    kluisVervangerToevoegen: async ({ naam, wachtwoord }) => ({ id: await kluis.voegVervangerToe(naam, wachtwoord) }),
    kluisVervangerVerwijderen: async ({ slotId, wachtwoord }) => ({ herstelcode: await kluis.verwijderVervanger(slotId, wachtwoord) }),
    // The herstelcode is printed once, to paper; it never enters the vault or the logboek. That it was printed
    // (saved as a PDF) is logged, without the code (BIO 8.15: who handled the means of access, and when).
    herstelcodeAfdrukken: async ({ herstelcode }) => {
      const bestandsnaam = 'Herstelcode Koers.pdf';
      const bytes = await maakHerstelcodePdf(resourcesPad, herstelcode, vandaagInNederland(nu()));
      const opgeslagen = await bewaarBestand(bestandsnaam, bytes);
      if (opgeslagen && kluis.status().ontgrendeld) {
        await schrijfLogboek(kluis.db, { actie: 'herstelcode afgedrukt', object: 'kluis', actor: kluis.actor }, nu());
      }
      return { bestandsnaam, opgeslagen };
    },
  };
}
