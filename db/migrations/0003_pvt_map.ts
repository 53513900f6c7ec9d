import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// PVT groups, sessions, enrolment and attendance; per-person PVT and MAP records; scans in documenten.
// Never edit after release: add a new numbered migration instead.
export const pvtMap: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('documenten').addColumn('mime', 'text', (c) => c.notNull().defaultTo('application/pdf')).execute();

    await db.schema
      .createTable('pvtGroepen')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('naam', 'text', (c) => c.notNull())
      .addColumn('notitie', 'text')
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('pvtSessies')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('groepId', 'integer', (c) => c.notNull().references('pvtGroepen.id').onDelete('cascade'))
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('tijd', 'text', (c) => c.notNull())
      .addColumn('plaats', 'text', (c) => c.notNull())
      .addColumn('uitvoerder', 'text', (c) => c.notNull())
      .addColumn('tolk', 'text')
      .addColumn('uren', 'real', (c) => c.notNull())
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('kernwaarde', 'text')
      .execute();

    await db.schema
      .createTable('pvtDeelnemers')
      .addColumn('groepId', 'integer', (c) => c.notNull().references('pvtGroepen.id').onDelete('cascade'))
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('ingeschreven', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pvtDeelnemers_pk', ['groepId', 'inburgeraarId'])
      .execute();

    await db.schema
      .createTable('pvtAanwezigheid')
      .addColumn('sessieId', 'integer', (c) => c.notNull().references('pvtSessies.id').onDelete('cascade'))
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('aanwezig', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('pvtAanwezigheid_pk', ['sessieId', 'inburgeraarId'])
      .execute();

    await db.schema
      .createTable('pvtDossiers')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('intakeUren', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('datumOndertekening', 'text')
      .addColumn('plaatsOndertekening', 'text')
      .addColumn('sjabloonVersie', 'text')
      .addColumn('scanDocumentId', 'integer', (c) => c.references('documenten.id'))
      .execute();

    await db.schema
      .createTable('mapThemas')
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('thema', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('uren', 'real', (c) => c.notNull())
      .addColumn('aanbieder', 'text')
      .addPrimaryKeyConstraint('mapThemas_pk', ['inburgeraarId', 'thema'])
      .execute();

    await db.schema
      .createTable('mapDossiers')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('eindgesprek', 'text')
      .execute();
  },
};
