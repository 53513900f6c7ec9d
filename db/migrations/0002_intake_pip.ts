import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Brede intake, oproepen, PIP versions, printed documents, ondertekenaars and kenmerk counters.
// Never edit after release: add a new numbered migration instead.
export const intakePip: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('intakes')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('gegevens', 'text', (c) => c.notNull())
      .addColumn('afgerondOp', 'text')
      .addColumn('inAfwezigheid', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('documenten')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('titel', 'text', (c) => c.notNull())
      .addColumn('bestandsnaam', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('pdf', 'blob', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documenten_inburgeraar').on('documenten').column('inburgeraarId').execute();

    await db.schema
      .createTable('oproepen')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('volgnummer', 'integer', (c) => c.notNull())
      .addColumn('verzonden', 'text', (c) => c.notNull())
      .addColumn('verschijnenOp', 'text', (c) => c.notNull())
      .addColumn('tijdEnPlaats', 'text', (c) => c.notNull())
      .addColumn('uitkomst', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('documentId', 'integer', (c) => c.references('documenten.id'))
      .execute();

    await db.schema
      .createTable('ondertekenaars')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('naam', 'text', (c) => c.notNull())
      .addColumn('functie', 'text', (c) => c.notNull())
      .addColumn('mandaatbesluit', 'text', (c) => c.notNull())
      .addColumn('actief', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('pips')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('versie', 'integer', (c) => c.notNull())
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('wijzigingReden', 'text')
      .addColumn('wijzigingToelichting', 'text')
      .addColumn('vorigePipId', 'integer', (c) => c.references('pips.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('inhoud', 'text', (c) => c.notNull())
      .addColumn('dagtekening', 'text')
      .addColumn('kenmerk', 'text', (c) => c.unique())
      .addColumn('termijnStart', 'text')
      .addColumn('verzenddatum', 'text')
      .addColumn('bezwaarOntvangenOp', 'text')
      .addColumn('bezwaarUitkomst', 'text')
      .addColumn('beroepIngesteldOp', 'text')
      .addColumn('ondertekenaar', 'text')
      .addColumn('sjabloonVersie', 'text')
      .addColumn('documentId', 'integer', (c) => c.references('documenten.id'))
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .addUniqueConstraint('pips_versie', ['inburgeraarId', 'versie'])
      .execute();

    await db.schema
      .createTable('volgnummers')
      .addColumn('reeks', 'text', (c) => c.primaryKey())
      .addColumn('laatste', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sjablonen')
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('versie', 'text', (c) => c.notNull())
      .addColumn('inhoud', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sjablonen_pk', ['soort', 'versie'])
      .execute();
  },
};
