import { documentenVan, leesDocument } from '../../db/documenten';
import { schrijfLogboek } from '../../db/logboek';
import { actieveOndertekenaars, bewaarOndertekenaar, deactiveerOndertekenaar } from '../../db/ondertekenaars';
import { bewaarSjabloon } from '../../db/sjablonen';
import { vandaagInNederland } from '../../shared/rules/datum';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';
import { huidigeTeksten } from './teksten';

type BriefUseCases = Pick<
  UseCases,
  'documentenLijst' | 'documentOpslaan' | 'ondertekenaarsLijst' | 'ondertekenaarOpslaan' | 'ondertekenaarVerwijderen' | 'briefTekstenOphalen' | 'briefTekstenOpslaan'
>;

export function briefHandlers({ kluis, resourcesMap, bewaarBestand, nu = () => new Date() }: HandlerDeps): BriefUseCases {
  return {
    documentenLijst: async ({ inburgeraarId }) => documentenVan(kluis.db, inburgeraarId),
    // A reprint gives the very bytes that were stored, checked against their hash.
    documentOpslaan: async ({ documentId }) => {
      const document = await leesDocument(kluis.db, documentId);
      const opgeslagen = await bewaarBestand(document.bestandsnaam, document.pdf);
      if (opgeslagen) await schrijfLogboek(kluis.db, { actie: 'document opgeslagen', object: 'document', objectId: documentId });
      return { bestandsnaam: document.bestandsnaam, opgeslagen };
    },
    ondertekenaarsLijst: async () => actieveOndertekenaars(kluis.db),
    ondertekenaarOpslaan: async ({ id, naam, functie, mandaatbesluit }) =>
      kluis.db.transaction().execute(async (trx) => {
        const opgeslagen = await bewaarOndertekenaar(trx, { id, naam: naam!, functie: functie!, mandaatbesluit: mandaatbesluit! });
        await schrijfLogboek(trx, { actie: id ? 'wijzigen' : 'toevoegen', object: 'ondertekenaar', objectId: opgeslagen });
        return actieveOndertekenaars(trx);
      }),
    ondertekenaarVerwijderen: async ({ id }) =>
      kluis.db.transaction().execute(async (trx) => {
        await deactiveerOndertekenaar(trx, id);
        await schrijfLogboek(trx, { actie: 'verwijderen', object: 'ondertekenaar', objectId: id });
        return actieveOndertekenaars(trx);
      }),
    briefTekstenOphalen: async () => huidigeTeksten(kluis.db, resourcesMap),
    briefTekstenOpslaan: async (teksten) =>
      kluis.db.transaction().execute(async (trx) => {
        const versie = await bewaarSjabloon(trx, 'brieven', teksten, vandaagInNederland(nu()), nu().toISOString());
        await schrijfLogboek(trx, { actie: `standaardteksten versie ${versie}`, object: 'sjabloon' });
        return { ...teksten, versie };
      }),
  };
}
