import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { Kysely, SqliteAdapter, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement as KyselySqliteStatement, type Transaction } from 'kysely';
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
  // Every page read from the file is decrypted and checked (HMAC); a page in SQLite's own cache is not. With
  // the default 2 MB cache a read over all dossiers decrypts the same pages again on every call (measured at
  // 10,000 dossiers: 9× a plaintext copy; with this cache 1.4×). An upper bound: pages are only held once
  // read. Temporary sort trees stay in memory rather than in (encrypted) temp files. Neither changes the file.
  db.pragma('cache_size=-131072');
  db.pragma('temp_store=MEMORY');
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

/** How many prepared statements a connection keeps: the app has a few hundred distinct queries. */
const STATEMENTS_BEWAARD = 300;
const statementCaches = new WeakMap<SqliteDatabase, Map<string, KyselySqliteStatement>>();

/**
 * Kysely prepares every query anew; parsing and planning the larger reads (a dossier's tabs run about 90
 * statements) cost more than running them. The connection handed to kysely keeps the most recently used
 * statements by their SQL text, bounded, so memory stays flat under repetition. Safe because kysely runs a
 * statement to completion (`all`/`run`) before the next one, and Koers never streams (`iterate`).
 */
function metStatementCache(db: SqliteDatabase): KyselySqliteDatabase {
  const cache = new Map<string, KyselySqliteStatement>();
  statementCaches.set(db, cache);
  return {
    close: () => db.close(),
    prepare(tekst: string): KyselySqliteStatement {
      const bewaard = cache.get(tekst);
      if (bewaard) {
        cache.delete(tekst);
        cache.set(tekst, bewaard);
        return bewaard;
      }
      const nieuw = db.prepare(tekst) as unknown as KyselySqliteStatement;
      cache.set(tekst, nieuw);
      if (cache.size > STATEMENTS_BEWAARD) cache.delete(cache.keys().next().value!);
      return nieuw;
    },
  };
}

/** Forgets the kept statements of a connection (tests that watch `prepare` on the raw handle). */
export function vergeetStatements(db: SqliteDatabase): void {
  statementCaches.get(db)?.clear();
}

export function maakKysely(db: SqliteDatabase): Kysely<DB> {
  return new Kysely<DB>({ dialect: new KoersDialect({ database: metStatementCache(db) }) });
}

/** What a query runs on: the vault's connection or the use case's open transaction. */
export type Verbinding = Kysely<DB> | Transaction<DB>;
export type Transactie = Transaction<DB>;
