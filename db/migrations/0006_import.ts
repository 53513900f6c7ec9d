import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Importing an existing caseload: a dossier and a PIP version remember that they were imported, and the
// column mapping the regisseur chose is kept for the next file. Never edit after release.
export const importeren: Migration = {
  async up(db: Kysely<unknown>) {
    // When the dossier came in through an import (ISO timestamp); null for a dossier made in Koers.
    await db.schema.alterTable('inburgeraars').addColumn('geimporteerdOp', 'text').execute();
    // A PIP version from the earlier system: vastgesteld on its dagtekening, without a letter or PDF.
    await db.schema.alterTable('pips').addColumn('geimporteerd', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // A header as normalised (shared/rules/importeren.ts normaliseerKop) → field; null means "niet importeren".
    await db.schema
      .createTable('importKoppelingen')
      .addColumn('kop', 'text', (c) => c.primaryKey())
      .addColumn('veld', 'text')
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
  },
};
