import { privacyKanalen } from '../../shared/contract/privacy';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

// Retention (Besluit 9.9), dossier verwijderen and AVG inzage (issue 11 items 6–7).
export function privacyHandlers(_deps: HandlerDeps): UseCasesVan<typeof privacyKanalen> {
  return {};
}
