import { documentenVan, leesDocument } from '../../db/documenten';
import type { HandlerDeps } from './deps';
import { documentenKanalen } from '../../shared/contract/documenten';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Documents are the frozen records in the vault (beschikkingen, brieven, scans): listed and saved again.
type DocumentUseCases = UseCasesVan<typeof documentenKanalen>;

export function documentHandlers(deps: HandlerDeps): DocumentUseCases {
  const { lezing, bestandOpslaan } = maakUseCases(deps);
  return {
    documentenLijst: lezing(async ({ inburgeraarId }, { trx }) => documentenVan(trx, inburgeraarId)),

    // A reprint gives the very bytes that were stored, checked against their hash.
    documentOpslaan: bestandOpslaan(
      { actie: 'document opgeslagen', object: 'document', objectId: ({ documentId }) => documentId },
      async ({ documentId }, { trx }) => leesDocument(trx, documentId),
      async (document) => ({ bestandsnaam: document.bestandsnaam, bytes: document.pdf }),
    ),
  };
}
