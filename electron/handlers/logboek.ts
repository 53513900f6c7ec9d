import { haalOp } from '../../db/inburgeraars';
import { logboekVanDossier } from '../../db/logboek';
import { logboekKanalen } from '../../shared/contract/logboek';
import { logActieTekst, logResultaatTekst } from '../../shared/domain/logboek';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The logboek of one dossier (BIO 8.15.01): who did what, when, with what result. It holds no contents.
export function logboekHandlers(deps: HandlerDeps): UseCasesVan<typeof logboekKanalen> {
  const { lezing } = maakUseCases(deps);
  return {
    logboekDossier: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const regels = await logboekVanDossier(trx, inburgeraarId);
      return regels.map((r) => {
        const resultaat = logResultaatTekst(r.resultaat);
        return {
          id: r.id,
          tijdstip: r.tijdstip,
          actor: r.actor,
          actie: r.actie,
          omschrijving: logActieTekst(r.actie),
          betreft: r.object === 'document' ? `Document${r.documentTitel ? `: ${r.documentTitel}` : ''}` : 'Dossier',
          geweigerd: resultaat.geweigerd,
          resultaat: resultaat.tekst,
        };
      });
    }),
  };
}
