import { duoKanalen } from '../../shared/contract/duo';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function duoHandlers(_deps: HandlerDeps): UseCasesVan<typeof duoKanalen> {
  return {};
}
