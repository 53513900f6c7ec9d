import { leesInstellingen } from '../../db/instellingen';
import { pvtFeiten } from '../../db/pvt';
import { WERKLIJST_STANDAARD_AANTAL, werklijstKanalen } from '../../shared/contract/werklijst';
import { NIET_OP_DE_WERKLIJST, werklijstRijen } from '../../shared/rules/werklijst';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type WerklijstUseCases = UseCasesVan<typeof werklijstKanalen>;

export function werklijstHandlers(deps: HandlerDeps): WerklijstUseCases {
  const { lezing } = maakUseCases(deps);
  return {
    // Who still needs the PVT or the MAP, the end of the termijn first. One query for all dossiers; the
    // XLSX export (importeren.ts) uses the same rows.
    pvtMapWerklijst: lezing(async ({ pagina = 0, aantal = WERKLIJST_STANDAARD_AANTAL }, { trx }) => {
      const { mapUrenNorm } = await leesInstellingen(trx);
      const { rijen, pvtOpen, mapOpen } = werklijstRijen(await pvtFeiten(trx, { statusNiet: NIET_OP_DE_WERKLIJST }), mapUrenNorm);
      // One page to the window (issue 14): the screen pages on the server.
      return { rijen: rijen.slice(pagina * aantal, (pagina + 1) * aantal), totaal: rijen.length, pvtOpen, mapOpen };
    }),
  };
}
