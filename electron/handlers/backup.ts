import { backupKanalen } from '../../shared/contract/backup';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';

// Backups and restore (issue 11 item 3).
export function backupHandlers(_deps: HandlerDeps): UseCasesVan<typeof backupKanalen> {
  return {};
}
