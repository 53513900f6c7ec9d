import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Issue 14: the indexes a dossier and a PVT group read by, and the PDF bytes in a table of their own, so a
// read of document metadata never passes a blob. Never edit after release.
export const indexenInhoud: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('oproepen_inburgeraar').ifNotExists().on('oproepen').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtAanwezigheid_inburgeraar').ifNotExists().on('pvtAanwezigheid').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtDeelnemers_inburgeraar').ifNotExists().on('pvtDeelnemers').column('inburgeraarId').execute();
    await db.schema.createIndex('pvtSessies_groep').ifNotExists().on('pvtSessies').column('groepId').execute();
    // The jaarverslag (db/jaarverslag.ts) reads every dossier and every PIP version: covering indexes with only
    // the columns it counts, so it never pages through names, addresses or the plan's JSON (7× less at 50k).
    // The expressions must stay exactly as db/jaarverslag.ts writes them, or SQLite reads the table again.
    await sql`CREATE INDEX IF NOT EXISTS inburgeraars_jaarverslag ON inburgeraars (id, doelgroep, geboortedatum, datumKennisgevingDuo, datumInschrijvingBrp, huisvestingArt28, termijnStartEerder)`.execute(db);
    await sql`CREATE INDEX IF NOT EXISTS pips_jaarverslag ON pips (inburgeraarId, versie, soort, status, dagtekening, geimporteerd, wijzigingReden, json_extract(inhoud, '$.leerroute'), json_extract(inhoud, '$.informatieDerdeOntvangenOp'), json_type(inhoud, '$.redenTermijnOverschreden'))`.execute(db);
    // Its budget section (db/budget.ts budgetFeiten) sums the kosten of a year and per person up to its end.
    await sql`CREATE INDEX IF NOT EXISTS kosten_jaarverslag ON kosten (datum, component, bedragCent, inburgeraarId)`.execute(db);
    await sql`CREATE INDEX IF NOT EXISTS kosten_persoon ON kosten (inburgeraarId, datum, bedragCent)`.execute(db);

    // The Logboek screen's filter lists every actor: from this index, never by reading the whole logboek.
    await db.schema.createIndex('logboek_actor').ifNotExists().on('logboek').column('actor').execute();

    // Every column that points at a document (or another row of a dossier) gets an index: the beschikkingen of
    // the Bezwaar tab join on them, and deleting a dossier checks each foreign key per deleted row, which
    // without an index is a scan of the whole child table per document (SQLite foreignkeys.html §3).
    const verwijzingen: [tabel: string, kolom: string][] = [
      ['oproepen', 'documentId'],
      ['pips', 'documentId'],
      ['pips', 'vorigePipId'],
      ['pvtDossiers', 'scanDocumentId'],
      ['boetes', 'documentId'],
      ['boetes', 'zienswijzeDocumentId'],
      ['boetes', 'oproepId'],
      ['ontheffingen', 'documentId'],
      ['bezwaren', 'documentId'],
      ['bezwaren', 'verdagingDocumentId'],
      ['bezwaren', 'beslissingDocumentId'],
      ['bezwaren', 'nieuweBeschikkingDocumentId'],
    ];
    for (const [tabel, kolom] of verwijzingen) {
      await db.schema.createIndex(`${tabel}_${kolom}`).ifNotExists().on(tabel).column(kolom).execute();
    }

    // The bytes of a document (PDF or scan), keyed by the document's id (the rowid: one b-tree lookup). A
    // metadata row is now a few hundred bytes, so listing documents or reading a hash never pages through a blob.
    // No inburgeraarId column: the bytes go with their document (cascade), and the inzage (db/bewaren.ts,
    // every table with an inburgeraarId) never exports them.
    await db.schema
      .createTable('documentInhoud')
      .addColumn('documentId', 'integer', (c) => c.primaryKey().references('documenten.id').onDelete('cascade'))
      .addColumn('inhoud', 'blob', (c) => c.notNull())
      .execute();

    // Freed pages are overwritten while the old copies are dropped: a PDF deleted later under the retention
    // rules (db/bewaren.ts) must not survive as a stale copy in the free list of the vault file.
    const { rows } = await sql<{ secure_delete: number }>`PRAGMA secure_delete`.execute(db);
    const veiligWissen = rows[0]?.secure_delete ?? 0;
    await sql`PRAGMA secure_delete = ON`.execute(db);
    try {
      await sql`INSERT INTO documentInhoud (documentId, inhoud) SELECT id, pdf FROM documenten ORDER BY id`.execute(db);
      await db.schema.alterTable('documenten').dropColumn('pdf').execute();
    } finally {
      await sql.raw(`PRAGMA secure_delete = ${['OFF', 'ON', 'FAST'][veiligWissen] ?? 'OFF'}`).execute(db);
    }
  },
};
