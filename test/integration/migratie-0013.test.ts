import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verwijderDossier } from '../../db/bewaren';
import { bewaarDocument, leesDocument } from '../../db/documenten';
import { MIGRATIES } from '../../db/migrations';
import type { DB } from '../../db/schema';
import { vergeetStatements } from '../../db/verbinding';
import { Kluis } from '../../db/vault';
import { maakRandom } from '../../electron/demo/synthetisch';
import { TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, tijdelijkeFolder, type TestOmgeving } from '../fixtures/omgeving';
import { maakGroep } from '../fixtures/volledig-dossier';

// 0013_indexen_inhoud: the indexes a dossier and a PVT group read by, and the document bytes moved out of
// `documenten` into `documentInhoud`. A vault at 0012 with documents migrates without losing a byte.

const NU = '2026-01-01T00:00:00.000Z';
const TOT_0012 = Object.fromEntries(Object.entries(MIGRATIES).filter(([naam]) => naam <= '0012_bewaren'));
const VIER_INDEXEN = { oproepen: 'oproepen_inburgeraar', pvtAanwezigheid: 'pvtAanwezigheid_inburgeraar', pvtDeelnemers: 'pvtDeelnemers_inburgeraar', pvtSessies: 'pvtSessies_groep' };

/** Deterministic synthetic bytes: a PDF header, then noise; sizes from empty-ish to several pages of overflow. */
function syntheticheBytes(random: () => number, lengte: number): Buffer {
  const bytes = Buffer.alloc(lengte);
  for (let i = 0; i < lengte; i++) bytes[i] = Math.floor(random() * 256);
  Buffer.from('%PDF-1.7\n').copy(bytes, 0, 0, Math.min(lengte, 9));
  return bytes;
}

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function inburgeraarOp0012(db: Kysely<DB>, bsn: string): Promise<number> {
  const { id } = await db.insertInto('inburgeraars').values({
    bsn, voornamen: 'Test', tussenvoegsel: null, achternaam: 'Voorbeeld', geboortedatum: '1990-01-01', geslacht: 'onbekend',
    nationaliteit: 'Syrische', taal: 'Arabisch', tolkNodig: 0, straat: 'Teststraat', huisnummer: '1', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
    telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null, datumKennisgevingDuo: null,
    datumInschrijvingBrp: null, datumKoppelingCoa: null, status: 'intake', huishoudenId: null, aangemaakt: NU, gewijzigd: NU,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A document as 0002–0012 stored it: the bytes in `documenten.pdf`. */
async function documentOp0012(db: Kysely<DB>, inburgeraarId: number, bytes: Buffer, mime: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`INSERT INTO documenten (inburgeraarId, soort, titel, bestandsnaam, aangemaakt, pdf, sha256, mime)
    VALUES (${inburgeraarId}, 'oproep', 'Oproep brede intake', 'oproep.pdf', ${NU}, ${bytes}, ${hash(bytes)}, ${mime}) RETURNING id`.execute(db);
  return rows[0]!.id;
}

async function schema(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ type: string; name: string; tbl_name: string; sql: string | null }>`
    SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'`.execute(db);
  return rows.map((r) => `${r.type} ${r.name} ON ${r.tbl_name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`).sort();
}

describe('0013_indexen_inhoud', () => {
  let o: TestOmgeving;
  /** Document id → the bytes written at 0012. */
  let geschreven: Map<number, Buffer>;
  let eerste: number;
  let tweede: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    const oud = new Kluis(o.folder, { scrypt: TEST_SCRYPT, migraties: TOT_0012 });
    await oud.aanmaken(TEST_WACHTWOORD);
    const random = maakRandom(13);
    const groep = await maakGroep(oud.db);
    eerste = await inburgeraarOp0012(oud.db, '111222333');
    tweede = await inburgeraarOp0012(oud.db, '123456782');
    geschreven = new Map();
    // Sizes around the 4 KiB page: a tiny one, one just over a page, and PDFs that span many overflow pages.
    const groottes = [12, 4_100, 65_536, 300_001];
    for (const [i, grootte] of groottes.entries()) {
      const bytes = syntheticheBytes(random, grootte);
      const eigenaar = i % 2 === 0 ? eerste : tweede;
      geschreven.set(await documentOp0012(oud.db, eigenaar, bytes, i === 3 ? 'image/png' : 'application/pdf'), bytes);
    }
    const [document] = [...geschreven.keys()];
    await oud.db.insertInto('oproepen').values({ inburgeraarId: eerste, volgnummer: 1, verzonden: '2026-01-06', verschijnenOp: '2026-01-20', tijdEnPlaats: 'Gemeentehuis', uitkomst: 'open', documentId: document! }).execute();
    await oud.db.insertInto('pvtDeelnemers').values({ groepId: groep.groepId, inburgeraarId: eerste, ingeschreven: NU }).execute();
    await oud.db.insertInto('pvtAanwezigheid').values({ sessieId: groep.sessieId, inburgeraarId: eerste, aanwezig: 1 }).execute();
    await oud.vergrendelen();
    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
  });
  afterEach(async () => o.opruimen());

  it('moves every document’s bytes into documentInhoud: each reads back byte-identical with its hash; documenten has no pdf column', async () => {
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(o.kluis.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));

    const kolommen = await sql<{ name: string; type: string }>`SELECT name, type FROM pragma_table_info('documenten')`.execute(o.kluis.db);
    expect(kolommen.rows.map((k) => k.name)).toEqual(['id', 'inburgeraarId', 'soort', 'titel', 'bestandsnaam', 'aangemaakt', 'sha256', 'mime']);
    expect(kolommen.rows.some((k) => k.type.toLowerCase() === 'blob')).toBe(false);
    expect(await o.kluis.db.selectFrom('documentInhoud').select('documentId').orderBy('documentId').execute()).toEqual([...geschreven.keys()].map((documentId) => ({ documentId })));

    for (const [documentId, bytes] of geschreven) {
      const gelezen = await leesDocument(o.kluis.db, documentId);
      expect(Buffer.from(gelezen.pdf).equals(bytes), `document ${documentId}`).toBe(true);
      expect(gelezen.sha256).toBe(hash(bytes));
      // The reprint channel hands out the very same bytes.
      const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId }));
      expect(Buffer.from(o.opgeslagen.get(bestandsnaam)!).equals(bytes)).toBe(true);
    }
    const metadata = await o.kluis.db.selectFrom('documenten').select(['id', 'mime', 'sha256']).orderBy('id').execute();
    expect(metadata.map((d) => d.mime)).toEqual(['application/pdf', 'application/pdf', 'application/pdf', 'image/png']);
    expect(metadata.map((d) => d.sha256)).toEqual([...geschreven.values()].map(hash));
  });

  it('a new document goes through bewaarDocument into both tables; the list reads metadata only; changed bytes are refused', async () => {
    const bytes = syntheticheBytes(maakRandom(5), 9_000);
    const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId: [...geschreven.keys()][0]! }));
    expect(bestandsnaam).toBe('oproep.pdf');

    const nieuw = await o.kluis.db.transaction().execute((trx) =>
      bewaarDocument(trx, { inburgeraarId: eerste, soort: 'oproep', titel: 'Tweede oproep', bestandsnaam: 'oproep-2.pdf', pdf: new Uint8Array(bytes) }, NU),
    );
    expect(nieuw.sha256).toBe(hash(bytes));
    const inhoud = await o.kluis.db.selectFrom('documentInhoud').select('inhoud').where('documentId', '=', nieuw.id).executeTakeFirstOrThrow();
    expect(Buffer.from(inhoud.inhoud).equals(bytes)).toBe(true);

    // The list never reads the bytes' table.
    const sqlite = o.kluis.ruweVerbindingVoorTests;
    const gezien: string[] = [];
    const origineel = sqlite.prepare.bind(sqlite);
    vergeetStatements(sqlite);
    (sqlite as unknown as { prepare: (s: string) => unknown }).prepare = (tekst: string) => {
      gezien.push(tekst);
      return origineel(tekst);
    };
    let lijst;
    try {
      lijst = data(await o.handlers.documentenLijst({ inburgeraarId: eerste }));
    } finally {
      (sqlite as unknown as { prepare: unknown }).prepare = origineel;
    }
    expect(lijst.map((d) => d.id)).toEqual([nieuw.id, ...[...geschreven.keys()].filter((_, i) => i % 2 === 0).reverse()]);
    expect(gezien.some((s) => /from "documenten"/.test(s))).toBe(true);
    expect(gezien.filter((s) => /documentInhoud/i.test(s))).toEqual([]);

    // A byte changed behind Koers's back: the hash check refuses it and says what to do.
    await sql`UPDATE documentInhoud SET inhoud = ${Buffer.concat([bytes.subarray(0, 100), Buffer.from([bytes[100]! ^ 1]), bytes.subarray(101)])} WHERE documentId = ${nieuw.id}`.execute(o.kluis.db);
    const fout = await o.handlers.documentOpslaan({ documentId: nieuw.id });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'KLUIS_BESCHADIGD', message: expect.stringContaining('Zet een back-up terug') } });
    expect(o.opgeslagen.has('oproep-2.pdf')).toBe(false);
  });

  it('deleting a dossier takes its documents’ bytes with it and leaves the other dossier’s', async () => {
    const vanTweede = [...geschreven.keys()].filter((_, i) => i % 2 === 1);
    await o.kluis.db.transaction().execute((trx) => verwijderDossier(trx, eerste));
    expect(await o.kluis.db.selectFrom('documentInhoud').select('documentId').orderBy('documentId').execute()).toEqual(vanTweede.map((documentId) => ({ documentId })));
    for (const documentId of vanTweede) expect(Buffer.from((await leesDocument(o.kluis.db, documentId)).pdf).equals(geschreven.get(documentId)!)).toBe(true);
    const { rows } = await sql<{ aantal: number }>`SELECT count(*) AS aantal FROM pragma_foreign_key_check`.execute(o.kluis.db);
    expect(rows[0]!.aantal).toBe(0);
    expect(tweede).toBeGreaterThan(eerste);
  });

  it('creates the four indexes, and the dossier and PVT group reads use them', async () => {
    for (const [tabel, index] of Object.entries(VIER_INDEXEN)) {
      const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_index_list(${tabel})`.execute(o.kluis.db);
      expect(rows.map((r) => r.name), tabel).toContain(index);
    }
    const db = o.kluis.db;
    const lezingen = [
      ['oproepen_inburgeraar', db.selectFrom('oproepen').selectAll().where('inburgeraarId', '=', eerste).orderBy('volgnummer').compile()],
      ['pvtAanwezigheid_inburgeraar', db.selectFrom('pvtAanwezigheid').selectAll().where('inburgeraarId', '=', eerste).compile()],
      ['pvtDeelnemers_inburgeraar', db.selectFrom('pvtDeelnemers').selectAll().where('inburgeraarId', '=', eerste).compile()],
      ['pvtSessies_groep', db.selectFrom('pvtSessies').selectAll().where('groepId', '=', 1).orderBy('datum').compile()],
      // The Logboek screen's actor filter (db/logboek.ts logboekActoren): the index, not the whole logboek.
      ['logboek_actor', db.selectFrom('logboek').select('actor').distinct().orderBy('actor').compile()],
    ] as const;
    for (const [index, query] of lezingen) {
      const regels = (o.kluis.ruweVerbindingVoorTests.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((r) => r.detail);
      expect(regels.join(' | '), index).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
    }
  });

  it('every foreign key has an index on its column: no check while deleting scans a whole table', async () => {
    const { rows } = await sql<{ tabel: string; kolom: string }>`
      SELECT m.name AS tabel, f."from" AS kolom FROM sqlite_master m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND NOT EXISTS (
        SELECT 1 FROM pragma_index_list(m.name) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = f."from")
      AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.pk = 1 AND p.name = f."from")`.execute(o.kluis.db);
    // inburgeraars.huishoudenId has its index (0004); what remains must be nothing.
    expect(rows).toEqual([]);
  });

  it('a vault migrated from 0012 and a new vault have the same schema', async () => {
    const nieuw = tijdelijkeFolder();
    try {
      const kluis = new Kluis(nieuw.pad, { scrypt: TEST_SCRYPT });
      await kluis.aanmaken(TEST_WACHTWOORD);
      const vers = await schema(kluis.db as Kysely<unknown>);
      await kluis.vergrendelen();
      const gemigreerd = await schema(o.kluis.db as Kysely<unknown>);
      expect(gemigreerd).toEqual(vers);
      expect(vers.some((regel) => regel.startsWith('table documentInhoud '))).toBe(true);
      expect(vers.find((regel) => regel.startsWith('table documenten '))).not.toContain('"pdf"');
    } finally {
      nieuw.opruimen();
    }
  });
});
