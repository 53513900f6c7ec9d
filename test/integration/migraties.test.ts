import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIES } from '../../db/migrations';
import { Kluis } from '../../db/vault';
import { KoersFout } from '../../shared/fouten';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeMap } from '../fixtures/omgeving';
import snapshot from '../fixtures/schema-snapshot.json';

async function tabellen(db: Kysely<unknown>): Promise<Record<string, string[]>> {
  const namen = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`.execute(db);
  const uit: Record<string, string[]> = {};
  for (const { name } of namen.rows) {
    const kolommen = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${name})`.execute(db);
    uit[name] = kolommen.rows.map((k) => k.name);
  }
  return uit;
}

describe('migrations', () => {
  let map: { pad: string; opruimen: () => void };
  beforeEach(() => {
    map = tijdelijkeMap();
  });
  afterEach(() => map.opruimen());

  it('a new vault has every migration, and no table or column of the snapshot is missing', async () => {
    const kluis = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(kluis.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    const huidig = await tabellen(kluis.db as Kysely<unknown>);
    for (const [tabel, kolommen] of Object.entries(snapshot as Record<string, string[]>)) {
      expect(huidig[tabel], `tabel ${tabel}`).toBeDefined();
      for (const kolom of kolommen) expect(huidig[tabel], `${tabel}.${kolom}`).toContain(kolom);
    }
    await kluis.vergrendelen();
  });

  it('the audit log is append-only', async () => {
    const kluis = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.db.insertInto('logboek').values({ tijdstip: 'nu', actor: 'regisseur', oorsprong: 'test', actie: 'x', object: 'y', objectId: null, resultaat: 'gelukt' }).execute();
    await expect(kluis.db.updateTable('logboek').set({ actie: 'z' }).execute()).rejects.toThrow(/alleen-toevoegen/);
    await expect(kluis.db.deleteFrom('logboek').execute()).rejects.toThrow(/alleen-toevoegen/);
    await kluis.vergrendelen();
  });

  it('backs up an existing vault before migrating it', async () => {
    const oud = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await oud.aanmaken(TEST_WACHTWOORD);
    await oud.vergrendelen();
    expect(readdirSync(map.pad)).not.toContain('backups');

    const extra: Migration = { up: async (db) => void (await db.schema.createTable('extra').addColumn('a', 'text').execute()) };
    const nieuw = new Kluis(map.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0099_extra': extra } });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    expect(Object.keys(await tabellen(nieuw.db as Kysely<unknown>))).toContain('extra');
    const backups = readdirSync(join(map.pad, 'backups'));
    expect(backups.some((naam) => /voor-bijwerken\.db$/.test(naam))).toBe(true);
    expect(backups.some((naam) => /voor-bijwerken\.sleutel\.json$/.test(naam))).toBe(true);
    await nieuw.vergrendelen();
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version intact', async () => {
    const oud = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await oud.aanmaken(TEST_WACHTWOORD);
    await oud.vergrendelen();

    const goed: Migration = { up: async (db) => void (await db.schema.createTable('eerste').addColumn('a', 'text').execute()) };
    const fout: Migration = {
      up: async (db) => {
        await db.schema.createTable('tweede').addColumn('a', 'text').execute();
        throw new Error('mislukt halverwege');
      },
    };
    const mislukt = new Kluis(map.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0098_eerste': goed, '0099_tweede': fout } });
    await expect(mislukt.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESCHADIGD' });

    const terug = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await terug.ontgrendelen(TEST_WACHTWOORD);
    const namen = Object.keys(await tabellen(terug.db as Kysely<unknown>));
    expect(namen).not.toContain('eerste');
    expect(namen).not.toContain('tweede');
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(terug.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    await terug.vergrendelen();
  });

  it('refuses a vault written by a newer Koers, without changing it', async () => {
    const kluis = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_toekomst', '2030-01-01T00:00:00.000Z')`.execute(kluis.db);
    await kluis.vergrendelen();
    const fout = await kluis.ontgrendelen(TEST_WACHTWOORD).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(KoersFout);
    expect((fout as KoersFout).code).toBe('KLUIS_TE_NIEUW');
    expect((fout as KoersFout).message).toContain('nieuwere versie van Koers');
    expect(kluis.status().ontgrendeld).toBe(false);
  });

  it('0002_intake_pip: a vault at 0001 with an inburgeraar keeps it and gains the PIP tables', async () => {
    const oud = new Kluis(map.pad, { scrypt: TEST_SCRYPT, migraties: { '0001_basis': MIGRATIES['0001_basis']! } });
    await oud.aanmaken(TEST_WACHTWOORD);
    const nu = '2026-01-01T00:00:00.000Z';
    await oud.db.insertInto('inburgeraars').values({
      bsn: '111222333', voornamen: 'Amanuel', tussenvoegsel: null, achternaam: 'Tesfay', geboortedatum: '1990-01-01', geslacht: 'man',
      nationaliteit: 'Eritrese', taal: 'Tigrinya', tolkNodig: 1, straat: 'Lindelaan', huisnummer: '1', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
      telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null, datumKennisgevingDuo: null,
      datumInschrijvingBrp: null, datumKoppelingCoa: null, status: 'intake', huishoudenId: null, aangemaakt: nu, gewijzigd: nu,
    }).execute();
    await oud.vergrendelen();

    const nieuw = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    const rij = await nieuw.db.selectFrom('inburgeraars').selectAll().executeTakeFirstOrThrow();
    expect(rij).toMatchObject({ bsn: '111222333', status: 'intake' });
    const huidig = await tabellen(nieuw.db as Kysely<unknown>);
    for (const tabel of ['intakes', 'oproepen', 'pips', 'documenten', 'ondertekenaars', 'volgnummers', 'sjablonen']) expect(huidig).toHaveProperty(tabel);
    await nieuw.db.insertInto('pips').values({
      inburgeraarId: rij.id, versie: 1, soort: 'pip', wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null, status: 'concept',
      inhoud: '{}', dagtekening: null, kenmerk: null, termijnStart: null, verzenddatum: null, bezwaarOntvangenOp: null, bezwaarUitkomst: null,
      beroepIngesteldOp: null, ondertekenaar: null, sjabloonVersie: null, documentId: null, aangemaakt: nu, gewijzigd: nu,
    }).execute();
    expect(readdirSync(join(map.pad, 'backups')).some((naam) => naam.endsWith('voor-bijwerken.db'))).toBe(true);
    await nieuw.vergrendelen();
  });

  it('0003_pvt_map: documents written at 0002 keep their bytes and become PDFs by default', async () => {
    const oud = new Kluis(map.pad, { scrypt: TEST_SCRYPT, migraties: { '0001_basis': MIGRATIES['0001_basis']!, '0002_intake_pip': MIGRATIES['0002_intake_pip']! } });
    await oud.aanmaken(TEST_WACHTWOORD);
    const nu = '2026-01-01T00:00:00.000Z';
    const { id } = await oud.db.insertInto('inburgeraars').values({
      bsn: '123456782', voornamen: 'Nour', tussenvoegsel: null, achternaam: 'Khalil', geboortedatum: '1995-05-05', geslacht: 'vrouw',
      nationaliteit: 'Jemenitische', taal: 'Arabisch', tolkNodig: 0, straat: 'Kerkstraat', huisnummer: '2', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
      telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null, datumKennisgevingDuo: null,
      datumInschrijvingBrp: null, datumKoppelingCoa: null, status: 'intake', huishoudenId: null, aangemaakt: nu, gewijzigd: nu,
    }).returning('id').executeTakeFirstOrThrow();
    await sql`INSERT INTO documenten (inburgeraarId, soort, titel, bestandsnaam, aangemaakt, pdf, sha256) VALUES (${id}, 'oproep', 'Oproep', 'oproep.pdf', ${nu}, ${Buffer.from('%PDF-1.7 test')}, 'x')`.execute(oud.db);
    await oud.vergrendelen();

    const nieuw = new Kluis(map.pad, { scrypt: TEST_SCRYPT });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    const document = await nieuw.db.selectFrom('documenten').selectAll().executeTakeFirstOrThrow();
    expect(document.mime).toBe('application/pdf');
    expect(Buffer.from(document.pdf).toString()).toBe('%PDF-1.7 test');
    expect(Object.keys(await tabellen(nieuw.db as Kysely<unknown>))).toEqual(expect.arrayContaining(['pvtGroepen', 'pvtSessies', 'pvtDeelnemers', 'pvtAanwezigheid', 'pvtDossiers', 'mapThemas', 'mapDossiers']));
    await nieuw.vergrendelen();
  });
});
