import { leesInstellingen } from '../../db/instellingen';
import { pvtFeiten } from '../../db/pvt';
import { werklijstKanalen } from '../../shared/contract/werklijst';
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
    pvtMapWerklijst: lezing(async (_invoer, { trx }) => {
      const { mapUrenNorm } = await leesInstellingen(trx);
      return werklijstRijen(await pvtFeiten(trx, { statusNiet: NIET_OP_DE_WERKLIJST }), mapUrenNorm);
    }),
  };
}
