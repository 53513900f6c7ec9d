import { handhavingKanalen } from '../../shared/contract/handhaving';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function handhavingHandlers(_deps: HandlerDeps): UseCasesVan<typeof handhavingKanalen> {
  return {};
}
