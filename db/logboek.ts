import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { beginVanDagInNederland, type LogboekObject, type LogboekResultaat } from '../shared/domain/logboek';
import { getal } from '../shared/format';
import { plusDagen } from '../shared/rules/datum';
import type { Transactie, Verbinding } from './verbinding';

export { LOGBOEK_OBJECTEN, type LogboekObject } from '../shared/domain/logboek';

// The logboek (BIO 8.15.01): what was done (actie) to which object (type + id), with what result, from where
// (oorsprong), by whom (actor) and when — never a personal value. Each row is hash-chained to the one before
// (BIO 8.15.05): changing or removing a row breaks the chain, and controleerLogboek names where.
// Retention (BIO 8.15.04, "based on risk"): all rows are kept. Deleting a dossier (Besluit 9.9) does not delete
// its log rows: they hold no personal data, only a type and an id, and they are the proof of what was done.

export interface Logregel {
  actie: string;
  object: LogboekObject;
  objectId?: number | null;
  /** 'gelukt', or 'geweigerd: <foutcode>' for a refused attempt. */
  resultaat?: string;
  /** Who did it: the name of the passphrase slot that unlocked the vault (Kluis.actor). */
  actor?: string;
}

/** The vorigeHash of the first row: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a row that its hash covers, in this fixed order. */
export interface GehashteRegel {
  id: number;
  tijdstip: string;
  actor: string;
  oorsprong: string;
  actie: string;
  object: string;
  objectId: number | null;
  resultaat: string;
  vorigeHash: string;
}

/**
 * SHA-256 (hex) over a canonical serialisation: a JSON array of the fields in a fixed order. JSON escapes
 * every separator and quote inside a value, so no two different rows serialise to the same text.
 * This form is fixed forever: migration 0010 chained the existing rows with it.
 */
export function logregelHash(r: GehashteRegel): string {
  const canoniek = JSON.stringify([r.id, r.tijdstip, r.actor, r.oorsprong, r.actie, r.object, r.objectId, r.resultaat, r.vorigeHash]);
  return createHash('sha256').update(canoniek, 'utf8').digest('hex');
}

// A vault opened with a registry that stops before 0010 (only tests do that) has no chain columns yet: it
// gets the row the Koers of that version wrote, and 0010 chains it when it runs.
async function heeftKeten(trx: Transactie, kop: object | undefined): Promise<boolean> {
  if (kop) return 'hash' in kop;
  const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info('logboek') WHERE name = 'hash'`.execute(trx);
  return rows.length > 0;
}

async function schrijfInKeten(trx: Transactie, regel: Logregel, nu: Date): Promise<void> {
  // The head of the chain: one read on the primary key.
  const kop = await trx.selectFrom('logboek').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  const rij = {
    id: (kop?.id ?? 0) + 1,
    tijdstip: nu.toISOString(),
    actor: regel.actor ?? 'regisseur',
    oorsprong: 'koers',
    actie: regel.actie,
    object: regel.object,
    objectId: regel.objectId ?? null,
    resultaat: regel.resultaat ?? 'gelukt',
  };
  if (!(await heeftKeten(trx, kop))) {
    await trx.insertInto('logboek').values(rij).execute();
    return;
  }
  const gekoppeld = { ...rij, vorigeHash: kop ? (kop.hash ?? '') : GENESIS_HASH };
  await trx.insertInto('logboek').values({ ...gekoppeld, hash: logregelHash(gekoppeld) }).execute();
}

/**
 * Appends one line to the chain. Inside a use case it joins that transaction; handed the vault's own connection
 * it opens one, so reading the head and inserting are one step and two interleaved writes never fork the chain.
 */
export async function schrijfLogboek(db: Verbinding, regel: Logregel, nu = new Date()): Promise<void> {
  if (db.isTransaction) await schrijfInKeten(db as Transactie, regel, nu);
  else await db.transaction().execute((trx) => schrijfInKeten(trx, regel, nu));
}

/** The audit lines of one dossier, newest first: about the inburgeraar itself and about its documents. */
export async function logboekVanDossier(db: Verbinding, inburgeraarId: number) {
  return db
    .selectFrom('logboek as l')
    .leftJoin('documenten as d', (join) => join.onRef('d.id', '=', 'l.objectId').on('l.object', '=', 'document'))
    .select(['l.id', 'l.tijdstip', 'l.actor', 'l.actie', 'l.object', 'l.resultaat', 'd.titel as documentTitel'])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.object', '=', 'inburgeraar'), eb('l.objectId', '=', inburgeraarId)]),
        eb.and([eb('l.object', '=', 'document'), eb('l.objectId', 'in', eb.selectFrom('documenten').select('id').where('inburgeraarId', '=', inburgeraarId))]),
      ]),
    )
    .orderBy('l.tijdstip', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
}

/** The filters of the global logboek; a period in Dutch days (inclusive). */
export interface LogboekFilter {
  van?: string | null;
  tot?: string | null;
  actor?: string | null;
  object?: LogboekObject | null;
  resultaat?: LogboekResultaat | null;
}

function gefilterd(db: Verbinding, filter: LogboekFilter) {
  let q = db.selectFrom('logboek');
  if (filter.van) q = q.where('tijdstip', '>=', beginVanDagInNederland(filter.van));
  if (filter.tot) q = q.where('tijdstip', '<', beginVanDagInNederland(plusDagen(filter.tot, 1)));
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  if (filter.object) q = q.where('object', '=', filter.object);
  if (filter.resultaat === 'gelukt') q = q.where('resultaat', 'not like', 'geweigerd%');
  if (filter.resultaat === 'geweigerd') q = q.where('resultaat', 'like', 'geweigerd%');
  return q;
}

const LOGBOEK_KOLOMMEN = ['id', 'tijdstip', 'actor', 'oorsprong', 'actie', 'object', 'objectId', 'resultaat', 'vorigeHash', 'hash'] as const;

/** One page of the global logboek, sorted on tijdstip (then id); never more than `aantal` rows. */
export async function logboekPagina(db: Verbinding, filter: LogboekFilter, pagina: { offset: number; aantal: number; richting: 'asc' | 'desc' }) {
  const [rijen, totaal] = await Promise.all([
    gefilterd(db, filter).select(LOGBOEK_KOLOMMEN).orderBy('tijdstip', pagina.richting).orderBy('id', pagina.richting).limit(pagina.aantal).offset(pagina.offset).execute(),
    gefilterd(db, filter).select((eb) => eb.fn.countAll<number>().as('aantal')).executeTakeFirstOrThrow(),
  ]);
  return { rijen, totaal: Number(totaal.aantal) };
}

/** All rows that match the filter, oldest first, for the export. */
export async function logboekAlles(db: Verbinding, filter: LogboekFilter) {
  return gefilterd(db, filter).select(LOGBOEK_KOLOMMEN).orderBy('tijdstip', 'asc').orderBy('id', 'asc').execute();
}

/** Everyone who appears in the logboek, for the filter. */
export async function logboekActoren(db: Verbinding): Promise<string[]> {
  return (await db.selectFrom('logboek').select('actor').distinct().orderBy('actor').execute()).map((r) => r.actor);
}

/** The newest row of the hash chain, written into every backup manifest (BIO 8.15.05). */
export async function ketenkop(db: Verbinding): Promise<{ id: number; hash: string } | null> {
  const kop = await db.selectFrom('logboek').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return kop ? { id: kop.id, hash: kop.hash ?? '' } : null;
}

/** The outcome of checking the hash chain: the first changed or missing row, if any. */
export interface LogboekControle {
  ok: boolean;
  /** Rows checked. */
  aantal: number;
  eersteFout: { id: number; soort: 'gewijzigd' | 'ontbreekt' } | null;
  /** A Dutch sentence for the screen and the command line. */
  melding: string;
}

const INCIDENT = 'Behandel dit als beveiligingsincident (BIO 8.15.05): meld het bij uw informatiebeveiliger en zet zo nodig een back-up terug.';
const PER_KEER = 2000;

function foutMelding(fout: NonNullable<LogboekControle['eersteFout']>, afgesneden: boolean): string {
  const regel = `Regel ${getal(fout.id, 0)}`;
  if (fout.soort === 'gewijzigd') return `${regel} is gewijzigd na het schrijven. ${INCIDENT}`;
  if (afgesneden) return `${regel} en de regels daarna ontbreken: het logboek is ingekort na een back-up. ${INCIDENT}`;
  return `${regel} ontbreekt: hij is na het schrijven verwijderd. ${INCIDENT}`;
}

async function hashVan(db: Verbinding, id: number): Promise<string | null> {
  return (await db.selectFrom('logboek').select('hash').where('id', '=', id).executeTakeFirst())?.hash ?? null;
}

/** Recomputes the hash chain (BIO 8.15.05); `bekendeKoppen` are chain heads kept outside the vault (backup manifests). */
export async function controleerLogboek(db: Verbinding, bekendeKoppen: { id: number; hash: string }[] = []): Promise<LogboekControle> {
  let vorige = null as { id: number; hash: string } | null;
  let aantal = 0;
  let eersteFout: LogboekControle['eersteFout'] = null;
  let afgesneden = false;

  // Walks in pages on the primary key, so a long log is never held in memory at once.
  ketting: for (;;) {
    const rijen = await db
      .selectFrom('logboek')
      .select(LOGBOEK_KOLOMMEN)
      .where('id', '>', vorige?.id ?? 0)
      .orderBy('id')
      .limit(PER_KEER)
      .execute();
    for (const r of rijen) {
      aantal++;
      if (r.vorigeHash !== (vorige ? vorige.hash : GENESIS_HASH)) {
        // A broken link. With a gap in the ids before it, the rows in between were removed; without, the row
        // before was rewritten together with its own hash. (A gap with an intact link is an id SQLite skipped.)
        const verwachtId = vorige ? vorige.id + 1 : 1;
        eersteFout = r.id > verwachtId ? { id: verwachtId, soort: 'ontbreekt' } : { id: vorige?.id ?? r.id, soort: 'gewijzigd' };
        break ketting;
      }
      const hash = logregelHash({ ...r, vorigeHash: r.vorigeHash });
      if (r.hash !== hash) {
        // The row's own content no longer matches its hash.
        eersteFout = { id: r.id, soort: 'gewijzigd' };
        break ketting;
      }
      vorige = { id: r.id, hash };
    }
    if (rijen.length < PER_KEER) break;
  }

  // Heads from backup manifests: each must still be in the chain with the same hash. A head past the last row
  // means rows were cut off at the end, which the chain alone cannot show.
  for (const kop of [...bekendeKoppen].sort((a, b) => a.id - b.id)) {
    if (eersteFout && eersteFout.id <= kop.id) break;
    const hash = await hashVan(db, kop.id);
    if (hash === null) {
      afgesneden = kop.id > (vorige?.id ?? 0);
      eersteFout = { id: afgesneden ? (vorige?.id ?? 0) + 1 : kop.id, soort: 'ontbreekt' };
      break;
    }
    if (hash !== kop.hash) {
      eersteFout = { id: kop.id, soort: 'gewijzigd' };
      break;
    }
  }

  if (eersteFout) return { ok: false, aantal, eersteFout, melding: foutMelding(eersteFout, afgesneden) };
  return { ok: true, aantal, eersteFout: null, melding: `Het logboek is ongeschonden: ${getal(aantal, 0)} ${aantal === 1 ? 'regel' : 'regels'} gecontroleerd.` };
}
