import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Cost entries, SPUK received and the jaarverslag settings (issue 13). Never edit after release.
export const budget: Migration = {
  async up(db: Kysely<unknown>) {
    // One cost entry (issue 13 item 4). Amounts in cents; the omschrijving is never logged.
    await db.schema
      .createTable('kosten')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('leverancier', 'text', (c) => c.notNull())
      // shared/domain/budget.ts KOSTEN_COMPONENTEN
      .addColumn('component', 'text', (c) => c.notNull())
      .addColumn('bedragCent', 'integer', (c) => c.notNull())
      .addColumn('omschrijving', 'text')
      // A financial record outlives a deleted dossier: the link is cleared, the cost stays.
      .addColumn('inburgeraarId', 'integer', (c) => c.references('inburgeraars.id').onDelete('set null'))
      // 'invoer' or 'import'; for an import the file name and the row in that file.
      .addColumn('bron', 'text', (c) => c.notNull())
      .addColumn('bronBestand', 'text')
      .addColumn('bronRij', 'integer')
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('kosten_datum').on('kosten').column('datum').execute();
    await db.schema.createIndex('kosten_inburgeraar').on('kosten').column('inburgeraarId').execute();

    // The SPUK of one year as entered: the beschikking (verlening) and, later, the vaststelling (Besluit 10.7).
    await db.schema
      .createTable('spuk')
      .addColumn('jaar', 'integer', (c) => c.primaryKey())
      .addColumn('beschikkingCent', 'integer', (c) => c.notNull())
      .addColumn('beschikkingDatum', 'text')
      .addColumn('vaststellingCent', 'integer')
      .addColumn('vaststellingDatum', 'text')
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();

    // Normbedragen per component and doelgroep, valid from a date (the defaults live in shared/rules/budget.ts).
    await db.schema
      .createTable('normbedragen')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('component', 'text', (c) => c.notNull())
      .addColumn('doelgroep', 'text', (c) => c.notNull())
      .addColumn('bedragCent', 'integer', (c) => c.notNull())
      .addColumn('geldigVanaf', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addUniqueConstraint('normbedragen_uniek', ['component', 'doelgroep', 'geldigVanaf'])
      .execute();

    // A kostenplaats or grootboek code of the financial system → component, used by the CSV import.
    await db.schema
      .createTable('kostenCodes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('component', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
  },
};
