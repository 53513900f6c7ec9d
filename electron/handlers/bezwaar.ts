import { bezwaarKanalen } from '../../shared/contract/bezwaar';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

export function bezwaarHandlers(_deps: HandlerDeps): UseCasesVan<typeof bezwaarKanalen> {
  return {};
}
