import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Wi 14 lid 6: the beschikking on the ontheffing of the leerbaarheidstoets, frozen at vaststellen like the
// PIP (kenmerk, dagtekening, ondertekenaar, text version, PDF). One per dossier. Never edit after release.
export const ontheffing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('ontheffingen')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().unique().references('inburgeraars.id').onDelete('cascade'))
      // 'visueel' or 'auditief', as recorded in the intake when the beschikking was made.
      .addColumn('beperking', 'text', (c) => c.notNull())
      .addColumn('motivering', 'text', (c) => c.notNull())
      .addColumn('onderbouwing', 'text')
      .addColumn('dagtekening', 'text', (c) => c.notNull())
      .addColumn('kenmerk', 'text', (c) => c.notNull())
      // { naam, functie, mandaatbesluit } as JSON: the signatory as printed.
      .addColumn('ondertekenaar', 'text', (c) => c.notNull())
      .addColumn('sjabloonVersie', 'text', (c) => c.notNull())
      .addColumn('documentId', 'integer', (c) => c.notNull().references('documenten.id'))
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();
  },
};
