import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Handhaving: the bestuurlijke boetes of the college (Wi 22, Wi 23) from voornemen to payment, and the
// per-doelgroep switch with its history. Never edit after release: add a new numbered migration instead.
export const handhaving: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('boetes')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      // 'wi22' or 'wi23'; gedraging: 'brede_intake' or one of the Wi 23 grounds.
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('gedraging', 'text', (c) => c.notNull())
      .addColumn('gedragingToelichting', 'text')
      .addColumn('datumGedraging', 'text', (c) => c.notNull())
      // Wi 22: the missed herhaalde oproep, or the previous boete whose new term was missed (Wi 22 lid 3).
      .addColumn('oproepId', 'integer', (c) => c.references('oproepen.id').onDelete('set null'))
      .addColumn('vorigeBoeteId', 'integer')
      .addColumn('verwijtbaarheid', 'text')
      .addColumn('verwijtbaarheidMotivering', 'text')
      .addColumn('recidive', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bedrag', 'real', (c) => c.notNull())
      // The steps of the calculation as JSON, for the letter.
      .addColumn('berekening', 'text', (c) => c.notNull().defaultTo('[]'))
      // voornemen → zienswijze → vastgesteld, or ingetrokken.
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('zienswijzeVerzonden', 'text')
      .addColumn('zienswijzeTermijnTot', 'text')
      .addColumn('zienswijzeDocumentId', 'integer', (c) => c.references('documenten.id'))
      .addColumn('zienswijzeOntvangenOp', 'text')
      .addColumn('zienswijzeWijze', 'text')
      .addColumn('zienswijzeSamenvatting', 'text')
      .addColumn('zienswijzeWeging', 'text')
      // Awb 5:53: the rapport for a boete above €340.
      .addColumn('rapportDatum', 'text')
      // Wi 27: checked that bijstand was not already verlaagd for this gedraging (0/1).
      .addColumn('samenloopGecontroleerd', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('juridischGetoetstDoor', 'text')
      .addColumn('juridischGetoetstOp', 'text')
      .addColumn('kenmerk', 'text')
      .addColumn('dagtekening', 'text')
      .addColumn('documentId', 'integer', (c) => c.references('documenten.id'))
      // Snapshot of the ondertekenaar at vaststellen, as JSON.
      .addColumn('ondertekenaar', 'text')
      // Wi 22 lid 2: the new term set in the beschikking, and whether it was kept.
      .addColumn('nieuweAfspraakOp', 'text')
      .addColumn('nieuweAfspraakTijdEnPlaats', 'text')
      .addColumn('nieuweAfspraakUitkomst', 'text')
      // Recorded, not collected.
      .addColumn('betaaldOp', 'text')
      .addColumn('invorderingOvergedragenOp', 'text')
      // A bezwaar on this boete keeps it from being onherroepelijk (Besluit 7.1 lid 3).
      .addColumn('bezwaarOntvangenOp', 'text')
      .addColumn('ingetrokkenOp', 'text')
      .addColumn('intrekkingReden', 'text')
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('boetes_inburgeraar').on('boetes').column('inburgeraarId').execute();

    // The per-doelgroep switch (DOMAIN.md §8): every change is a new row, so its history and reasons stay.
    await db.schema
      .createTable('boeteRegimes')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('doelgroep', 'text', (c) => c.notNull())
      .addColumn('regime', 'text', (c) => c.notNull())
      .addColumn('sinds', 'text', (c) => c.notNull())
      .addColumn('reden', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();
  },
};
