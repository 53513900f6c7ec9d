import { budgetKanalen } from '../../shared/contract/budget';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

// Cost entries, SPUK and the SiSa worksheet (issue 13 items 3–4).
export function budgetHandlers(_deps: HandlerDeps): UseCasesVan<typeof budgetKanalen> {
  return {};
}
