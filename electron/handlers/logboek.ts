import { logboekKanalen } from '../../shared/contract/logboek';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function logboekHandlers(_deps: HandlerDeps): UseCasesVan<typeof logboekKanalen> {
  return {};
}
