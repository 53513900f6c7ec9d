import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Retention (Besluit 9.9): what is kept of a deleted dossier (issue 11 item 6). Never edit after release.
export const bewaren: Migration = {
  async up(db: Kysely<unknown>) {
    // Besluit 9.9 lid 2: what stays of a dossier after its bewaartermijn, at most fifty years. No foreign key:
    // the dossier itself is gone; `dossierId` is the old id, so the logboek lines about it still point somewhere.
    await db.schema
      .createTable('kerngegevens')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('dossierId', 'integer', (c) => c.notNull().unique())
      .addColumn('bsn', 'text', (c) => c.notNull())
      .addColumn('voornamen', 'text', (c) => c.notNull())
      .addColumn('tussenvoegsel', 'text')
      .addColumn('achternaam', 'text', (c) => c.notNull())
      .addColumn('geboortedatum', 'text', (c) => c.notNull())
      .addColumn('straat', 'text', (c) => c.notNull())
      .addColumn('huisnummer', 'text', (c) => c.notNull())
      .addColumn('postcode', 'text', (c) => c.notNull())
      .addColumn('woonplaats', 'text', (c) => c.notNull())
      .addColumn('eindstatus', 'text', (c) => c.notNull())
      .addColumn('eindeOp', 'text', (c) => c.notNull())
      .addColumn('wijze', 'text', (c) => c.notNull())
      .addColumn('opgeschoondOp', 'text', (c) => c.notNull())
      .addColumn('bewarenTot', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('kerngegevens_bewarenTot').on('kerngegevens').column('bewarenTot').execute();

    // Dossiers deleted as a mistake: the category and the regisseur's explanation (never in the logboek).
    await db.schema
      .createTable('verwijderdeDossiers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('dossierId', 'integer', (c) => c.notNull())
      .addColumn('reden', 'text', (c) => c.notNull())
      .addColumn('toelichting', 'text')
      .addColumn('verwijderdOp', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .execute();
  },
};
