import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Issue 14: name search in SQL, without accents or case, by prefix and with an index. Never edit after release.
export const zoekwoorden: Migration = {
  async up(_db: Kysely<unknown>) {
    // filled in by the search work
  },
};
