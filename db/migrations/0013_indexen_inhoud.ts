import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Issue 14: the indexes a dossier and a PVT group read by, and the PDF bytes in a table of their own, so a
// read of document metadata never passes a blob. Never edit after release.
export const indexenInhoud: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('oproepen_inburgeraar').ifNotExists().on('oproepen').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtAanwezigheid_inburgeraar').ifNotExists().on('pvtAanwezigheid').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtDeelnemers_inburgeraar').ifNotExists().on('pvtDeelnemers').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtSessies_groep').ifNotExists().on('pvtSessies').column('groepId').execute();
  },
};
