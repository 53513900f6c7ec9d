import { begeleidingKanalen } from '../../shared/contract/begeleiding';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function begeleidingHandlers(_deps: HandlerDeps): UseCasesVan<typeof begeleidingKanalen> {
  return {};
}
