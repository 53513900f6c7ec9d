import { voortgangKanalen } from '../../shared/contract/voortgang';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function voortgangHandlers(_deps: HandlerDeps): UseCasesVan<typeof voortgangKanalen> {
  return {};
}
