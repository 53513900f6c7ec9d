import { journaalKanalen } from '../../shared/contract/journaal';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function journaalHandlers(_deps: HandlerDeps): UseCasesVan<typeof journaalKanalen> {
  return {};
}
