import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteDatabase } from './verbinding';

export const BACKUP_MAP = 'backups';

/**
 * An encrypted copy of the vault (VACUUM INTO keeps the cipher and key; db.backup() would leave an
 * empty file) with the wrapped key material beside it, so it can be restored elsewhere with the
 * herstelcode. Returns the path of the copy.
 */
export function maakBackup(db: SqliteDatabase, kluisPad: string, sleutelbestand: string, reden: string, nu = new Date()): string {
  const folder = join(kluisPad, BACKUP_MAP);
  mkdirSync(folder, { recursive: true });
  const stempel = nu.toISOString().replace(/[:.]/g, '-');
  const doel = join(folder, `koers-${stempel}-${reden}.db`);
  db.prepare('VACUUM INTO ?').run(doel);
  copyFileSync(sleutelbestand, doel.replace(/\.db$/, '.sleutel.json'));
  return doel;
}
