import { jaarverslagKanalen } from '../../shared/contract/jaarverslag';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

// The jaarverslag for the gemeenteraad (issue 13).
export function jaarverslagHandlers(_deps: HandlerDeps): UseCasesVan<typeof jaarverslagKanalen> {
  return {};
}
