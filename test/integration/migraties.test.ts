import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIES } from '../../db/migrations';
import { migreer } from '../../db/migreren';
import { nieuweDatasleutel } from '../../db/sleutels';
import type { DB } from '../../db/schema';
import { Kluis } from '../../db/vault';
import { maakKysely, openVersleuteld } from '../../db/verbinding';
import { KoersFout } from '../../shared/fouten';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';
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

const NU = '2026-01-01T00:00:00.000Z';

async function nieuweInburgeraar(db: Kysely<DB>, bsn: string, voornamen: string): Promise<number> {
  const { id } = await db.insertInto('inburgeraars').values({
    bsn, voornamen, tussenvoegsel: null, achternaam: 'Voorbeeld', geboortedatum: '1990-01-01', geslacht: 'onbekend',
    nationaliteit: 'Syrische', taal: 'Arabisch', tolkNodig: 0, straat: 'Teststraat', huisnummer: '1', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
    telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null, datumKennisgevingDuo: null,
    datumInschrijvingBrp: null, datumKoppelingCoa: null, status: 'intake', huishoudenId: null, aangemaakt: NU, gewijzigd: NU,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** One row in every kind of table that hangs under an inburgeraar (synthetic values). */
async function vulDossier(db: Kysely<DB>, inburgeraarId: number, groepId: number, sessieId: number): Promise<void> {
  await db.insertInto('intakes').values({ inburgeraarId, gegevens: '{}', afgerondOp: null, inAfwezigheid: 0, gewijzigd: NU }).execute();
  const { id: documentId } = await db.insertInto('documenten').values({
    inburgeraarId, soort: 'oproep', titel: 'Oproep', bestandsnaam: 'oproep.pdf', aangemaakt: NU, sha256: 'x',
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('documentInhoud').values({ documentId, inhoud: Buffer.from('%PDF-1.7 test') }).execute();
  await db.insertInto('oproepen').values({ inburgeraarId, volgnummer: 1, verzonden: NU, verschijnenOp: NU, tijdEnPlaats: 'Gemeentehuis', uitkomst: 'open', documentId }).execute();
  await db.insertInto('pips').values({
    inburgeraarId, versie: 1, soort: 'pip', wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null, status: 'concept',
    inhoud: '{}', dagtekening: null, kenmerk: null, termijnStart: null, verzenddatum: null, bezwaarOntvangenOp: null, bezwaarUitkomst: null,
    beroepIngesteldOp: null, ondertekenaar: null, sjabloonVersie: null, documentId: null, aangemaakt: NU, gewijzigd: NU,
  }).execute();
  await db.insertInto('pvtDeelnemers').values({ groepId, inburgeraarId, ingeschreven: NU }).execute();
  await db.insertInto('pvtAanwezigheid').values({ sessieId, inburgeraarId, aanwezig: 1 }).execute();
  await db.insertInto('pvtDossiers').values({ inburgeraarId, intakeUren: 2, datumOndertekening: null, plaatsOndertekening: null, sjabloonVersie: null, scanDocumentId: null }).execute();
  await db.insertInto('mapThemas').values({ inburgeraarId, thema: 'werk_vinden', status: 'bezig', uren: 4, aanbieder: null }).execute();
  await db.insertInto('mapDossiers').values({ inburgeraarId, eindgesprek: null }).execute();
  await db.insertInto('voortgangsgesprekken').values({ inburgeraarId, gepland: '2026-03-01', tijd: null, gehouden: null, verslag: null, aangemaakt: NU }).execute();
  await db.insertInto('leerroutePeriodes').values({ inburgeraarId, aanbieder: 'Taalschool', van: '2026-01-01', tot: '2026-01-31', urenAangeboden: 40, urenGevolgd: 36 }).execute();
  await db.insertInto('examenresultaten').values({ inburgeraarId, onderdeel: 'lezen', niveau: 'A2', datum: '2026-02-01', behaald: 1 }).execute();
  await db.insertInto('participatieactiviteiten').values({ inburgeraarId, datum: '2026-02-01', omschrijving: 'Vrijwilligerswerk', uren: 4 }).execute();
  await db.insertInto('participatieladder').values({ inburgeraarId, trede: 3, datum: '2026-02-01', toelichting: null }).execute();
  await db.insertInto('begeleiding').values({ inburgeraarId, start: '2026-01-05', geplandEinde: null, afgerondOp: null, uitvoerder: null }).execute();
  await db.insertInto('ontzorgen').values({ inburgeraarId, startBijstand: '2026-01-05', einde: '2026-07-04', uitstroomgesprek: null, toelichting: null }).execute();
  await db.insertInto('journaal').values({ inburgeraarId, datum: '2026-02-01', soort: 'telefoon', tekst: 'Gebeld', aangemaakt: NU }).execute();
  await db.insertInto('afspraken').values({ inburgeraarId, datum: '2026-03-01', tijd: '10:00', plaats: 'Gemeentehuis', onderwerp: 'Gesprek' }).execute();
  await db.insertInto('duoMeldingen').values({ inburgeraarId, veld: 'leerroute', waarde: 'b1', gemeldOp: '2026-02-01' }).execute();
  await db.insertInto('signaalUitstel').values({ inburgeraarId, sleutel: 'schakelen', tot: '2026-03-01', reden: 'Besproken', aangemaakt: NU }).execute();
  await db.insertInto('wachtOpDerde').values({ inburgeraarId, omschrijving: 'Medische informatie', sinds: '2026-02-01', verwachtOp: null, ontvangenOp: null }).execute();
  await db.insertInto('zRoute').values({ inburgeraarId, eindgesprek: null, afgerondOp: null }).execute();
  await db.insertInto('verwijtbaarheid').values({ inburgeraarId, onderdeel: 'pvt', verwijtbaar: 0, vastgesteldOp: '2026-02-01', toelichting: null }).execute();
  await db.insertInto('statuswijzigingen').values({ inburgeraarId, van: 'aangemeld', naar: 'intake', datum: '2026-01-10', reden: null, nieuweGemeente: null, aangemaakt: NU }).execute();
  await db.insertInto('ontheffingen').values({
    inburgeraarId, beperking: 'visueel', motivering: 'Blind volgens verklaring', onderbouwing: null, dagtekening: '2026-02-01', kenmerk: 'INB-1',
    ondertekenaar: '{"naam":"A","functie":"B","mandaatbesluit":"C"}', sjabloonVersie: '2026-11-23', documentId, aangemaakt: NU,
  }).execute();
  await db.insertInto('boetes').values({
    inburgeraarId, soort: 'wi22', gedraging: 'brede_intake', gedragingToelichting: null, datumGedraging: '2026-02-01', oproepId: null, vorigeBoeteId: null, verwijtbaarheid: null, verwijtbaarheidMotivering: null,
    bedrag: 250, status: 'voornemen', zienswijzeVerzonden: null, zienswijzeTermijnTot: null, zienswijzeDocumentId: null, zienswijzeOntvangenOp: null, zienswijzeWijze: null, zienswijzeSamenvatting: null, zienswijzeWeging: null, rapportDatum: null,
    juridischGetoetstDoor: null, juridischGetoetstOp: null, kenmerk: null, dagtekening: null, documentId, ondertekenaar: null, nieuweAfspraakOp: null, nieuweAfspraakTijdEnPlaats: null,
    nieuweAfspraakUitkomst: null, betaaldOp: null, invorderingOvergedragenOp: null, bezwaarOntvangenOp: null, ingetrokkenOp: null, intrekkingReden: null, aangemaakt: NU, gewijzigd: NU,
  }).execute();
  await db.insertInto('kosten').values({
    datum: '2026-02-01', leverancier: 'Tolkcentrum', component: 'tolken', bedragCent: 12_550, omschrijving: null, inburgeraarId, bron: 'invoer', bronBestand: null, bronRij: null, aangemaakt: NU, gewijzigd: NU,
  }).execute();
  await db.insertInto('zoekwoorden').values({ inburgeraarId, woord: 'voorbeeld' }).execute();
  await db.insertInto('bezwaren').values({ inburgeraarId, documentId, beschikkingSoort: 'beschikking_pip', beschikkingKenmerk: 'INB-2026-0001', verzenddatum: '2026-01-05', ontvangenOp: '2026-01-20', gronden: 'Niet eens', aangemaakt: NU, gewijzigd: NU }).execute();
}

/** Row count per table that has a foreign key to `ouder`, found in the schema itself. */
async function kindRijen(db: Kysely<unknown>, ouder: string, inburgeraarId?: number): Promise<Record<string, number>> {
  const kinderen = await sql<{ name: string }>`SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table' AND f."table" = ${ouder} ORDER BY m.name`.execute(db);
  const uit: Record<string, number> = {};
  for (const { name } of kinderen.rows) {
    const filter = inburgeraarId === undefined ? sql`` : sql` WHERE inburgeraarId = ${inburgeraarId}`;
    const { rows } = await sql<{ aantal: number }>`SELECT count(*) AS aantal FROM ${sql.table(name)}${filter}`.execute(db);
    uit[name] = rows[0]!.aantal;
  }
  return uit;
}

async function vreemdeSleutelsAan(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db);
  return rows[0]!.foreign_keys;
}

/** A vault at the current version with two inburgeraars and a full dossier each; returns their ids. */
async function kluisMetDossiers(pad: string): Promise<[number, number]> {
  const kluis = new Kluis(pad, { scrypt: TEST_SCRYPT });
  await kluis.aanmaken(TEST_WACHTWOORD);
  const { id: groepId } = await kluis.db.insertInto('pvtGroepen').values({ naam: 'Groep A', notitie: null, aangemaakt: NU }).returning('id').executeTakeFirstOrThrow();
  const { id: sessieId } = await kluis.db.insertInto('pvtSessies').values({
    groepId, datum: '2026-02-01', tijd: '10:00', plaats: 'Bibliotheek', uitvoerder: 'Taalhuis', tolk: null, uren: 2, soort: 'inleiding_kernwaarden', kernwaarde: null,
  }).returning('id').executeTakeFirstOrThrow();
  const eerste = await nieuweInburgeraar(kluis.db, '111222333', 'Eerste');
  const tweede = await nieuweInburgeraar(kluis.db, '123456782', 'Tweede');
  await vulDossier(kluis.db, eerste, groepId, sessieId);
  await vulDossier(kluis.db, tweede, groepId, sessieId);
  await kluis.vergrendelen();
  return [eerste, tweede];
}

// SQLite's documented way to change a table (lang_altertable.html §7): create new, copy, drop old, rename.
const herbouwInburgeraars: Migration = {
  async up(db) {
    const { rows } = await sql<{ type: string; sql: string | null }>`SELECT type, sql FROM sqlite_master WHERE tbl_name = 'inburgeraars'`.execute(db);
    const tabel = rows.find((r) => r.type === 'table')!.sql!;
    await sql.raw(tabel.replace('"inburgeraars"', '"inburgeraars_nieuw"')).execute(db);
    await sql`INSERT INTO inburgeraars_nieuw SELECT * FROM inburgeraars`.execute(db);
    await sql`DROP TABLE inburgeraars`.execute(db);
    await sql`ALTER TABLE inburgeraars_nieuw RENAME TO inburgeraars`.execute(db);
    for (const index of rows.filter((r) => r.type === 'index' && r.sql)) await sql.raw(index.sql!).execute(db);
  },
};

// Leaves a MAP theme pointing to an inburgeraar that does not exist.
const weesRij: Migration = {
  up: async (db) => void (await sql`INSERT INTO mapThemas (inburgeraarId, thema, status, uren) VALUES (4242, 'werk', 'gestart', 1)`.execute(db)),
};

describe('migrations', () => {
  let folder: { pad: string; opruimen: () => void };
  beforeEach(() => {
    folder = tijdelijkeFolder();
  });
  afterEach(() => folder.opruimen());

  it('a new vault has every migration, and no table or column of the snapshot is missing', async () => {
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
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
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.db.insertInto('logboek').values({ tijdstip: 'nu', actor: 'regisseur', oorsprong: 'test', actie: 'x', object: 'y', objectId: null, resultaat: 'gelukt' }).execute();
    await expect(kluis.db.updateTable('logboek').set({ actie: 'z' }).execute()).rejects.toThrow(/alleen-toevoegen/);
    await expect(kluis.db.deleteFrom('logboek').execute()).rejects.toThrow(/alleen-toevoegen/);
    await kluis.vergrendelen();
  });

  it('backs up an existing vault before migrating it', async () => {
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await oud.aanmaken(TEST_WACHTWOORD);
    await oud.vergrendelen();
    expect(readdirSync(folder.pad)).not.toContain('backups');

    const extra: Migration = { up: async (db) => void (await db.schema.createTable('extra').addColumn('a', 'text').execute()) };
    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0099_extra': extra } });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    expect(Object.keys(await tabellen(nieuw.db as Kysely<unknown>))).toContain('extra');
    const backups = readdirSync(join(folder.pad, 'backups'));
    expect(backups.some((naam) => /voor-bijwerken\.db$/.test(naam))).toBe(true);
    expect(backups.some((naam) => /voor-bijwerken\.sleutel\.json$/.test(naam))).toBe(true);
    await nieuw.vergrendelen();
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version intact', async () => {
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await oud.aanmaken(TEST_WACHTWOORD);
    await oud.vergrendelen();

    const goed: Migration = { up: async (db) => void (await db.schema.createTable('eerste').addColumn('a', 'text').execute()) };
    const fout: Migration = {
      up: async (db) => {
        await db.schema.createTable('tweede').addColumn('a', 'text').execute();
        throw new Error('mislukt halverwege');
      },
    };
    const mislukt = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0098_eerste': goed, '0099_tweede': fout } });
    await expect(mislukt.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESCHADIGD' });

    const terug = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await terug.ontgrendelen(TEST_WACHTWOORD);
    const namen = Object.keys(await tabellen(terug.db as Kysely<unknown>));
    expect(namen).not.toContain('eerste');
    expect(namen).not.toContain('tweede');
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(terug.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    await terug.vergrendelen();
  });

  it('refuses a vault written by a newer Koers, without changing it', async () => {
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
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
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { '0001_basis': MIGRATIES['0001_basis']! } });
    await oud.aanmaken(TEST_WACHTWOORD);
    const nu = '2026-01-01T00:00:00.000Z';
    await oud.db.insertInto('inburgeraars').values({
      bsn: '111222333', voornamen: 'Amanuel', tussenvoegsel: null, achternaam: 'Tesfay', geboortedatum: '1990-01-01', geslacht: 'man',
      nationaliteit: 'Eritrese', taal: 'Tigrinya', tolkNodig: 1, straat: 'Lindelaan', huisnummer: '1', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
      telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null, datumKennisgevingDuo: null,
      datumInschrijvingBrp: null, datumKoppelingCoa: null, status: 'intake', huishoudenId: null, aangemaakt: nu, gewijzigd: nu,
    }).execute();
    await oud.vergrendelen();

    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
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
    expect(readdirSync(join(folder.pad, 'backups')).some((naam) => naam.endsWith('voor-bijwerken.db'))).toBe(true);
    await nieuw.vergrendelen();
  });

  it('0009_bezwaar: the bezwaar noted on a PIP version moves into the register; the old columns stay readable', async () => {
    const tot0009 = Object.fromEntries(Object.entries(MIGRATIES).filter(([naam]) => naam < '0009'));
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: tot0009 });
    await oud.aanmaken(TEST_WACHTWOORD);
    const id = await nieuweInburgeraar(oud.db, '111222333', 'Amanuel');
    const pip = (versie: number, kenmerk: string, bezwaarOntvangenOp: string | null, bezwaarUitkomst: string | null, beroepIngesteldOp: string | null) => ({
      inburgeraarId: id, versie, soort: versie === 1 ? ('pip' as const) : ('wijziging' as const), wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null, status: 'verzonden' as const,
      inhoud: '{}', dagtekening: '2026-04-03', kenmerk, termijnStart: '2026-04-04', verzenddatum: '2026-04-03', bezwaarOntvangenOp, bezwaarUitkomst,
      beroepIngesteldOp, ondertekenaar: null, sjabloonVersie: null, documentId: null, aangemaakt: NU, gewijzigd: NU,
    });
    await oud.db.insertInto('pips').values([
      pip(1, 'INB-2026-0001', '2026-05-10', 'Ongegrond', '2026-07-01'),
      pip(2, 'INB-2026-0002', '2026-05-19', null, null),
      pip(3, 'INB-2026-0003', '2026-05-11', 'Afgewezen na overleg', null),
      pip(4, 'INB-2026-0004', null, null, null),
    ]).execute();
    await oud.vergrendelen();

    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    const rijen = await nieuw.db.selectFrom('bezwaren').selectAll().orderBy('id').execute();
    expect(rijen.map((r) => [r.beschikkingSoort, r.beschikkingKenmerk, r.verzenddatum, r.ontvangenOp, r.uitkomst, r.uitkomstOud, r.beroepIngesteldOp])).toEqual([
      ['beschikking_pip', 'INB-2026-0001', '2026-04-03', '2026-05-10', 'ongegrond', null, '2026-07-01'],
      ['beschikking_wijziging', 'INB-2026-0002', '2026-04-03', '2026-05-19', null, null, null],
      ['beschikking_wijziging', 'INB-2026-0003', '2026-04-03', '2026-05-11', null, 'Afgewezen na overleg', null],
    ]);
    expect((await nieuw.db.selectFrom('pips').select('bezwaarUitkomst').where('versie', '=', 1).executeTakeFirstOrThrow()).bezwaarUitkomst).toBe('Ongegrond');
    await nieuw.vergrendelen();
  });

  it('0003_pvt_map: documents written at 0002 keep their bytes and become PDFs by default', async () => {
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { '0001_basis': MIGRATIES['0001_basis']!, '0002_intake_pip': MIGRATIES['0002_intake_pip']! } });
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

    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    const document = await nieuw.db.selectFrom('documenten').innerJoin('documentInhoud', 'documentInhoud.documentId', 'documenten.id').selectAll().executeTakeFirstOrThrow();
    expect(document.mime).toBe('application/pdf');
    expect(Buffer.from(document.inhoud).toString()).toBe('%PDF-1.7 test');
    expect(Object.keys(await tabellen(nieuw.db as Kysely<unknown>))).toEqual(expect.arrayContaining(['pvtGroepen', 'pvtSessies', 'pvtDeelnemers', 'pvtAanwezigheid', 'pvtDossiers', 'mapThemas', 'mapDossiers']));
    await nieuw.vergrendelen();
  });
  it('a migration that rebuilds a parent table keeps every child row (no cascade while migrating)', async () => {
    await kluisMetDossiers(folder.pad);
    const voor = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await voor.ontgrendelen(TEST_WACHTWOORD);
    const kinderenVoor = await kindRijen(voor.db as Kysely<unknown>, 'inburgeraars');
    await voor.vergrendelen();
    expect(Object.keys(kinderenVoor)).toEqual(expect.arrayContaining(['intakes', 'documenten', 'oproepen', 'pips', 'pvtDeelnemers', 'pvtAanwezigheid', 'pvtDossiers', 'mapThemas', 'mapDossiers']));
    for (const [tabel, aantal] of Object.entries(kinderenVoor)) expect(aantal, tabel).toBe(2);

    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0099_herbouw': herbouwInburgeraars } });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    expect(await kindRijen(nieuw.db as Kysely<unknown>, 'inburgeraars')).toEqual(kinderenVoor);
    expect(await nieuw.db.selectFrom('inburgeraars').select('bsn').orderBy('bsn').execute()).toEqual([{ bsn: '111222333' }, { bsn: '123456782' }]);
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(nieuw.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual([...Object.keys(MIGRATIES), '0099_herbouw']);
    await nieuw.vergrendelen();
  });

  it('a migration that leaves a broken foreign key is rolled back whole, with a Dutch message', async () => {
    const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await oud.aanmaken(TEST_WACHTWOORD);
    await oud.vergrendelen();

    const goed: Migration = { up: async (db) => void (await db.schema.createTable('eerste').addColumn('a', 'text').execute()) };
    const mislukt = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0098_eerste': goed, '0099_wees': weesRij } });
    const fout = await mislukt.ontgrendelen(TEST_WACHTWOORD).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(KoersFout);
    expect((fout as KoersFout).code).toBe('KLUIS_BESCHADIGD');
    expect((fout as KoersFout).message).toMatch(/gegevens in de tabel mapThemas .*verwijzen naar gegevens die niet bestaan.*er is niets veranderd/i);
    expect((fout as KoersFout).message).not.toContain('4242');
    expect(mislukt.status().ontgrendeld).toBe(false);

    const terug = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await terug.ontgrendelen(TEST_WACHTWOORD);
    const uitgevoerd = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(terug.db);
    expect(uitgevoerd.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    expect(Object.keys(await tabellen(terug.db as Kysely<unknown>))).not.toContain('eerste');
    expect(await terug.db.selectFrom('mapThemas').selectAll().execute()).toEqual([]);
    await terug.vergrendelen();
  });

  it('foreign keys are on again after migrating, also when migrating failed', async () => {
    const sqlite = openVersleuteld(join(folder.pad, 'los.db'), nieuweDatasleutel());
    const db = maakKysely(sqlite) as Kysely<unknown>;
    await expect(migreer(db, { migraties: { ...MIGRATIES, '0099_wees': weesRij } })).rejects.toBeInstanceOf(KoersFout);
    expect(await vreemdeSleutelsAan(db)).toBe(1);
    const mislukt = await migreer(db, { migraties: { ...MIGRATIES, '0099_stuk': { up: async () => Promise.reject(new Error('stuk')) } } }).catch((e: unknown) => e);
    expect(mislukt).toMatchObject({ code: 'KLUIS_BESCHADIGD' });
    expect(await vreemdeSleutelsAan(db)).toBe(1);
    await db.destroy();
  });

  it('after a successful rebuild foreign keys are on and deleting an inburgeraar still cascades', async () => {
    const [eerste, tweede] = await kluisMetDossiers(folder.pad);
    const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: { ...MIGRATIES, '0099_herbouw': herbouwInburgeraars } });
    await nieuw.ontgrendelen(TEST_WACHTWOORD);
    expect(await vreemdeSleutelsAan(nieuw.db as Kysely<unknown>)).toBe(1);

    await nieuw.db.deleteFrom('inburgeraars').where('id', '=', eerste).execute();
    for (const [tabel, aantal] of Object.entries(await kindRijen(nieuw.db as Kysely<unknown>, 'inburgeraars', eerste))) expect(aantal, tabel).toBe(0);
    for (const [tabel, aantal] of Object.entries(await kindRijen(nieuw.db as Kysely<unknown>, 'inburgeraars', tweede))) expect(aantal, tabel).toBe(1);
    await expect(sql`INSERT INTO mapDossiers (inburgeraarId) VALUES (4242)`.execute(nieuw.db)).rejects.toThrow(/FOREIGN KEY/);
    await nieuw.vergrendelen();
  });
});
