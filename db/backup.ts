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

/**
 * After the data key was replaced (PRAGMA rekey, issue 11 item 1): every older backup, in the vault's own
 * folder and in the folder the regisseur chose, is re-keyed to the new data key or removed, so a revoked
 * herstelcode or passphrase with an old key file opens nothing current. Filled in by the backup work.
 */
export async function backupsNaSleutelwissel(_db: SqliteDatabase, _kluisPad: string, _sleutelbestand: string, _oudeSleutel: Buffer, _nieuweSleutel: Buffer): Promise<{ herversleuteld: number; verwijderd: number }> {
  return { herversleuteld: 0, verwijderd: 0 };
}
