import { haalOp } from '../../db/inburgeraars';
import { pipVersies } from '../../db/pip';
import { schrijfMap } from '../../db/pvt';
import { KoersFout } from '../../shared/fouten';
import { geldendePipVersie } from '../../shared/rules/pip';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapVanToepassing } from '../../shared/rules/pvt';
import type { HandlerDeps } from './deps';
import { mapKanalen } from '../../shared/contract/map';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Module arbeidsmarkt en participatie (Wi 6 lid 6; Besluit 3.2): eight themes and an eindgesprek.
type MapUseCases = UseCasesVan<typeof mapKanalen>;

export function mapHandlers(deps: HandlerDeps): MapUseCases {
  const { mutatie } = maakUseCases(deps);
  return {
    mapOpslaan: mutatie({ actie: 'MAP bijgewerkt', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId }, async ({ inburgeraarId, themas, eindgesprek }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const leerroute = geldendePipVersie(await pipVersies(trx, inburgeraarId))?.inhoud.leerroute ?? null;
      if (!mapVanToepassing(leerroute)) {
        throw new KoersFout('REGEL_GESCHONDEN', `${MAP_NIET_IN_ONDERWIJSROUTE.melding} (${MAP_NIET_IN_ONDERWIJSROUTE.artikel})`);
      }
      await schrijfMap(trx, inburgeraarId, themas, eindgesprek);
      return {};
    }),
  };
}
