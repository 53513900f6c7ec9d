import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { Kysely, SqliteAdapter, SqliteDialect, type Transaction } from 'kysely';
import { KoersFout } from '../shared/fouten';
import type { DB } from './schema';

export type SqliteDatabase = InstanceType<typeof Database>;

const SQLITE_KOP = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with the plaintext SQLite header, i.e. is NOT encrypted. */
export function isOnversleuteld(pad: string): boolean {
  if (!existsSync(pad)) return false;
  const kop = Buffer.alloc(16);
  const fd = openSync(pad, 'r');
  try {
    return readSync(fd, kop, 0, 16, 0) === 16 && kop.equals(SQLITE_KOP);
  } finally {
    closeSync(fd);
  }
}

function zetSleutel(db: SqliteDatabase, datasleutel: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${datasleutel.toString('hex')}'"`);
}

/**
 * Opens the vault database with the raw data key. Refuses a plaintext file, and verifies the key
 * with a read before anything is written (a wrong key only fails on the first statement).
 */
export function openVersleuteld(pad: string, datasleutel: Buffer): SqliteDatabase {
  if (isOnversleuteld(pad)) {
    throw new KoersFout(
      'NIET_VERSLEUTELD',
      'Dit kluisbestand is niet versleuteld en wordt daarom niet geopend. Zet een versleutelde back-up terug of neem contact op met de leverancier.',
    );
  }
  const db = new Database(pad);
  try {
    zetSleutel(db, datasleutel);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db.close();
    throw new KoersFout(
      'KLUIS_BESCHADIGD',
      'Het kluisbestand kon met deze sleutel niet worden gelezen. Het bestand is beschadigd of hoort bij een andere sleutel. Zet een back-up terug.',
    );
  }
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  return db;
}

// SQLite does support transactional DDL; kysely's adapter says it does not, which would make the
// Migrator run each migration on its own. This adapter lets all pending migrations share one transaction.
class TransactioneleSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class KoersDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactioneleSqliteAdapter();
  }
}

export function maakKysely(db: SqliteDatabase): Kysely<DB> {
  return new Kysely<DB>({ dialect: new KoersDialect({ database: db }) });
}

/** What a query runs on: the vault's connection or the use case's open transaction. */
export type Verbinding = Kysely<DB> | Transaction<DB>;
export type Transactie = Transaction<DB>;
