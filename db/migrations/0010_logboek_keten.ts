import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { GENESIS_HASH, logregelHash, type GehashteRegel } from '../logboek';

// The hash chain of the logboek (BIO 8.15.05; issue 11 item 4) and the regisseur who did it. Never edit after release.
// Existing rows are chained in order of id. The append-only trigger is lifted only for that, inside the
// migration's transaction, and put back before it commits.
export const logboekKeten: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('logboek').addColumn('vorigeHash', 'text').execute();
    await db.schema.alterTable('logboek').addColumn('hash', 'text').execute();
    // The global Logboek screen sorts on tijdstip; a dossier's tab filters on object and id.
    await db.schema.createIndex('logboek_tijdstip').on('logboek').columns(['tijdstip', 'id']).execute();
    await db.schema.createIndex('logboek_object').on('logboek').columns(['object', 'objectId']).execute();

    await sql`DROP TRIGGER logboek_geen_wijziging`.execute(db);
    const { rows } = await sql<Omit<GehashteRegel, 'vorigeHash'>>`SELECT id, tijdstip, actor, oorsprong, actie, object, objectId, resultaat FROM logboek ORDER BY id`.execute(db);
    let vorigeHash = GENESIS_HASH;
    for (const rij of rows) {
      const hash = logregelHash({ ...rij, vorigeHash });
      await sql`UPDATE logboek SET vorigeHash = ${vorigeHash}, hash = ${hash} WHERE id = ${rij.id}`.execute(db);
      vorigeHash = hash;
    }
    await sql`CREATE TRIGGER logboek_geen_wijziging BEFORE UPDATE ON logboek
      BEGIN SELECT RAISE(ABORT, 'logboek is alleen-toevoegen'); END`.execute(db);
  },
};
