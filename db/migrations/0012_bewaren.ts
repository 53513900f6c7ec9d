import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Retention (Besluit 9.9): what is kept of a deleted dossier (issue 11 item 6). Never edit after release.
export const bewaren: Migration = {
  async up(_db: Kysely<unknown>) {
    // Filled in by the work of this issue.
  },
};
