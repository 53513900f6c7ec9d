import { actieveOndertekenaars, bewaarOndertekenaar, deactiveerOndertekenaar } from '../../db/ondertekenaars';
import { bewaarSjabloon, geldendeBriefTeksten } from '../../db/sjablonen';
import { standaardBriefTeksten } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import { brievenKanalen } from '../../shared/contract/brieven';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// What letters are made of: who signs them (ondertekenaars, in mandaat) and the standard texts.
type BriefUseCases = UseCasesVan<typeof brievenKanalen>;

export function briefHandlers(deps: HandlerDeps): BriefUseCases {
  const { mutatie, lezing } = maakUseCases(deps);
  const standaard = () => standaardBriefTeksten(deps.resourcesPad);
  return {
    ondertekenaarsLijst: lezing(async (_invoer, { trx }) => actieveOndertekenaars(trx)),

    ondertekenaarOpslaan: mutatie(
      { actie: 'ondertekenaar opslaan', object: 'ondertekenaar' },
      async ({ id, naam, functie, mandaatbesluit }, { trx, betreft }) => {
        betreft(await bewaarOndertekenaar(trx, { id, naam: naam!, functie: functie!, mandaatbesluit: mandaatbesluit! }));
        return actieveOndertekenaars(trx);
      },
    ),

    // Deactivated, not deleted: beschikkingen signed earlier keep their ondertekenaar.
    ondertekenaarVerwijderen: mutatie({ actie: 'ondertekenaar verwijderen', object: 'ondertekenaar', objectId: ({ id }) => id }, async ({ id }, { trx }) => {
      await deactiveerOndertekenaar(trx, id);
      return actieveOndertekenaars(trx);
    }),

    briefTekstenOphalen: lezing(async (_invoer, { trx }) => geldendeBriefTeksten(trx, standaard)),

    briefTekstenOpslaan: mutatie(
      { actie: 'standaardteksten opgeslagen', object: 'sjabloon', detail: (_invoer, uit) => `versie ${uit.versie}` },
      async (teksten, { trx, vandaag, tijdstip }) => ({ ...teksten, versie: await bewaarSjabloon(trx, 'brieven', teksten, vandaag, tijdstip) }),
    ),
  };
}
