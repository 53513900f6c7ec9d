import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { zoekwoordenVan } from '../../shared/zoeken';

// Issue 14: name search in SQL, without accents or case, by prefix and with an index; indexes for the
// sort orders of the paged list (keyset: sort columns then id) and for V-nummer and kenmerk lookups.
// Never edit after release.
export const zoekwoorden: Migration = {
  async up(db: Kysely<unknown>) {
    // One row per word suffix of a name (shared/zoeken.ts zoekwoordenVan). Derived data: it goes with its
    // dossier through the cascade, and db/bewaren.ts leaves it out of the inzage and the deletion list.
    await db.schema
      .createTable('zoekwoorden')
      .addColumn('woord', 'text', (c) => c.notNull())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('zoekwoorden_pk', ['woord', 'inburgeraarId'])
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();
    // Per dossier: rebuilding its words, and the cascade when it is deleted.
    await db.schema.createIndex('zoekwoorden_inburgeraar').on('zoekwoorden').columns(['inburgeraarId', 'woord']).execute();

    // The sort orders of the list, each ending in id (the keyset tie-break); the old surname index is their prefix.
    await db.schema.dropIndex('inburgeraars_achternaam').ifExists().execute();
    await db.schema.createIndex('inburgeraars_naam').on('inburgeraars').columns(['achternaam', 'voornamen', 'id']).execute();
    await db.schema.createIndex('inburgeraars_status_naam').on('inburgeraars').columns(['status', 'achternaam', 'voornamen', 'id']).execute();
    await db.schema.createIndex('inburgeraars_doelgroep_naam').on('inburgeraars').columns(['doelgroep', 'achternaam', 'voornamen', 'id']).execute();
    await db.schema.createIndex('inburgeraars_woonplaats_naam').on('inburgeraars').columns(['woonplaats', 'achternaam', 'voornamen', 'id']).execute();
    await db.schema.createIndex('inburgeraars_geboortedatum').on('inburgeraars').columns(['geboortedatum', 'id']).execute();
    // BSN has its UNIQUE index already; the V-nummer and the kenmerk (typed in any case) get one.
    await db.schema.createIndex('inburgeraars_vnummer').on('inburgeraars').column('vNummer').execute();
    await sql`CREATE INDEX pips_kenmerk_nocase ON pips (kenmerk COLLATE NOCASE)`.execute(db);

    // Backfill, in blocks (the parameter limit of SQLite).
    const personen = await sql<{ id: number; voornamen: string; tussenvoegsel: string | null; achternaam: string }>`
      SELECT id, voornamen, tussenvoegsel, achternaam FROM inburgeraars ORDER BY id`.execute(db);
    const rijen = personen.rows.flatMap((p) => zoekwoordenVan(p).map((woord) => ({ woord, inburgeraarId: p.id })));
    for (let i = 0; i < rijen.length; i += 5000) {
      await (db as Kysely<{ zoekwoorden: { woord: string; inburgeraarId: number } }>).insertInto('zoekwoorden').values(rijen.slice(i, i + 5000)).execute();
    }
  },
};
