import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// The register of bezwaar and beroep against every beschikking Koers made (Awb hoofdstuk 6–8). It takes
// over the bezwaar and beroep noted on a PIP version (pips.bezwaarOntvangenOp, bezwaarUitkomst,
// beroepIngesteldOp); those columns stay readable. Never edit after release.
export const bezwaar: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('bezwaren')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      // The beschikking objected to; its soort, kenmerk and verzenddatum are kept as they were at registration.
      .addColumn('documentId', 'integer', (c) => c.references('documenten.id').onDelete('set null'))
      .addColumn('beschikkingSoort', 'text', (c) => c.notNull())
      .addColumn('beschikkingKenmerk', 'text')
      .addColumn('verzenddatum', 'text', (c) => c.notNull())
      .addColumn('ontvangenOp', 'text', (c) => c.notNull())
      // Awb 6:11: a late bezwaar that is verschoonbaar, with the reasoning.
      .addColumn('verschoonbaar', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('verschoonbaarMotivering', 'text')
      .addColumn('gronden', 'text')
      .addColumn('adviescommissie', 'integer', (c) => c.notNull().defaultTo(0))
      // Awb 7:2 (horen) or 7:3 (afzien, with the reason).
      .addColumn('hoorzittingOp', 'text')
      .addColumn('hoorzittingVerslag', 'text')
      .addColumn('hoorzittingAfgezienReden', 'text')
      // Awb 7:10 lid 3: the verdaging with its letter.
      .addColumn('verdaagdOp', 'text')
      .addColumn('verdagingReden', 'text')
      .addColumn('verdagingDocumentId', 'integer', (c) => c.references('documenten.id').onDelete('set null'))
      .addColumn('verdagingKenmerk', 'text')
      .addColumn('verdagingOndertekenaar', 'text')
      // Awb 7:11, 7:12: the beslissing op bezwaar with its letter; a gegrond bezwaar links the new beschikking.
      .addColumn('uitkomst', 'text')
      .addColumn('uitkomstOp', 'text')
      .addColumn('uitkomstOud', 'text')
      .addColumn('motivering', 'text')
      .addColumn('beslissingDocumentId', 'integer', (c) => c.references('documenten.id').onDelete('set null'))
      .addColumn('beslissingKenmerk', 'text')
      .addColumn('beslissingOndertekenaar', 'text')
      .addColumn('nieuweBeschikkingDocumentId', 'integer', (c) => c.references('documenten.id').onDelete('set null'))
      // Beroep at the rechtbank, hoger beroep at the Afdeling bestuursrechtspraak RvS.
      .addColumn('beroepIngesteldOp', 'text')
      .addColumn('beroepRechtbank', 'text')
      .addColumn('beroepUitspraakOp', 'text')
      .addColumn('beroepUitkomst', 'text')
      .addColumn('hogerBeroepIngesteldOp', 'text')
      .addColumn('hogerBeroepUitspraakOp', 'text')
      .addColumn('hogerBeroepUitkomst', 'text')
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('bezwaren_inburgeraar').on('bezwaren').column('inburgeraarId').execute();

    // The old PIP columns: a recognisable uitkomst is mapped, any other text is kept as uitkomstOud.
    await sql`
      INSERT INTO bezwaren (inburgeraarId, documentId, beschikkingSoort, beschikkingKenmerk, verzenddatum, ontvangenOp,
        uitkomst, uitkomstOud, beroepIngesteldOp, aangemaakt, gewijzigd)
      SELECT inburgeraarId, documentId,
        CASE soort WHEN 'wijziging' THEN 'beschikking_wijziging' ELSE 'beschikking_pip' END,
        kenmerk, COALESCE(verzenddatum, dagtekening), bezwaarOntvangenOp,
        CASE
          WHEN bezwaarUitkomst IS NULL THEN NULL
          WHEN lower(trim(bezwaarUitkomst)) IN ('ongegrond', 'gegrond', 'ingetrokken') THEN lower(trim(bezwaarUitkomst))
          WHEN lower(trim(bezwaarUitkomst)) IN ('niet-ontvankelijk', 'niet ontvankelijk', 'niet_ontvankelijk') THEN 'niet_ontvankelijk'
          ELSE NULL
        END,
        CASE
          WHEN bezwaarUitkomst IS NULL THEN NULL
          WHEN lower(trim(bezwaarUitkomst)) IN ('ongegrond', 'gegrond', 'ingetrokken', 'niet-ontvankelijk', 'niet ontvankelijk', 'niet_ontvankelijk') THEN NULL
          ELSE bezwaarUitkomst
        END,
        beroepIngesteldOp, gewijzigd, gewijzigd
      FROM pips
      WHERE bezwaarOntvangenOp IS NOT NULL AND COALESCE(verzenddatum, dagtekening) IS NOT NULL
      ORDER BY id
    `.execute(db);
  },
};
