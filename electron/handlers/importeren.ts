import { importerenKanalen } from '../../shared/contract/importeren';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function importerenHandlers(_deps: HandlerDeps): UseCasesVan<typeof importerenKanalen> {
  return {};
}
