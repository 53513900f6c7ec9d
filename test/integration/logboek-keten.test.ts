import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controleerLogboek, GENESIS_HASH, ketenkop, logregelHash, schrijfLogboek } from '../../db/logboek';
import { MIGRATIES } from '../../db/migrations';
import type { DB } from '../../db/schema';
import { Kluis } from '../../db/vault';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { makeHandlers } from '../../electron/handlers';
import { INZAGE_STILTE_MS } from '../../electron/handlers/use-case';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, tijdelijkeFolder, type TestOmgeving } from '../fixtures/omgeving';

// The logboek as a hash chain (BIO 8.15.05): every write extends one chain, even when writes interleave;
// the check names the first changed or missing row; heads kept outside the vault catch rows cut off at the end.

const alles = (db: Kysely<DB>) => db.selectFrom('logboek').selectAll().orderBy('id').execute();

/** What an attacker with the key could do: lift the append-only triggers and edit with raw SQL. */
async function triggersWeg(db: Kysely<DB>): Promise<void> {
  await sql`DROP TRIGGER logboek_geen_wijziging`.execute(db);
  await sql`DROP TRIGGER logboek_geen_verwijdering`.execute(db);
}

function verwachtKeten(rijen: Awaited<ReturnType<typeof alles>>): void {
  let vorige = GENESIS_HASH;
  rijen.forEach((r, i) => {
    expect(r.id).toBe(i + 1);
    expect(r.vorigeHash).toBe(vorige);
    expect(r.hash).toBe(logregelHash({ ...r, vorigeHash: vorige }));
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    vorige = r.hash!;
  });
}

describe('logboek hash chain', () => {
  let o: TestOmgeving;
  let nu: Date;
  let ids: number[];

  beforeEach(async () => {
    nu = new Date('2026-11-23T09:00:00Z');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const random = maakRandom(7);
    ids = [];
    for (let i = 0; i < 3; i++) ids.push(data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-11-23', i))).id);
  });
  afterEach(async () => o.opruimen());

  it('chains every line the handlers write, and the head is the newest row', async () => {
    data(await o.handlers.inburgeraarStatusWijzigen({ id: ids[0]!, status: 'intake' }));
    expect(await o.handlers.inburgeraarStatusWijzigen({ id: ids[1]!, status: 'overleden' })).toMatchObject({ ok: false });
    const rijen = await alles(o.kluis.db);
    // Key events (object 'kluis') are written through the same function; here only the dossier lines are counted.
    expect(rijen.filter((r) => r.object === 'inburgeraar').map((r) => r.resultaat)).toEqual(['gelukt', 'gelukt', 'gelukt', 'gelukt', 'geweigerd: ONGELDIGE_INVOER']);
    verwachtKeten(rijen);
    const laatste = rijen.at(-1)!;
    expect(await ketenkop(o.kluis.db)).toEqual({ id: laatste.id, hash: laatste.hash });
    const controle = await controleerLogboek(o.kluis.db, [{ id: laatste.id, hash: laatste.hash! }]);
    expect(controle).toEqual({ ok: true, aantal: rijen.length, eersteFout: null, melding: `Het logboek is ongeschonden: ${rijen.length} regels gecontroleerd.` });
  });

  it('never forks when writes outside a use case interleave with use cases (Promise.all)', async () => {
    const voor = (await alles(o.kluis.db)).length;
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => schrijfLogboek(o.kluis.db, { actie: `test ${i}`, object: 'kluis' })),
      ...ids.map((id) => o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' })),
      // Refusals are written on the vault's own connection after the rollback.
      ...ids.map((id) => o.handlers.inburgeraarStatusWijzigen({ id, status: 'overleden' })),
      o.handlers.inburgeraarsExporteren({}),
      o.handlers.werkvoorraadExporteren({}),
    ]);
    const rijen = await alles(o.kluis.db);
    expect(rijen).toHaveLength(voor + 40 + 3 + 3 + 2);
    verwachtKeten(rijen);
    expect(new Set(rijen.map((r) => r.vorigeHash)).size).toBe(rijen.length);
    expect((await controleerLogboek(o.kluis.db)).ok).toBe(true);
  });

  it('names a changed row, and the check itself is logged', async () => {
    for (let i = 0; i < 6; i++) await schrijfLogboek(o.kluis.db, { actie: `test ${i}`, object: 'kluis' });
    expect(data(await o.handlers.logboekControleren({}))).toMatchObject({ ok: true, eersteFout: null });
    expect((await alles(o.kluis.db)).at(-1)!.actie).toMatch(/^logboek gecontroleerd: in orde, \d+ regels$/);
    await triggersWeg(o.kluis.db);
    await sql`UPDATE logboek SET actor = 'iemand anders' WHERE id = 4`.execute(o.kluis.db);

    const controle = await controleerLogboek(o.kluis.db);
    expect(controle).toMatchObject({ ok: false, eersteFout: { id: 4, soort: 'gewijzigd' }, aantal: 4 });
    expect(controle.melding).toMatch(/^Regel 4 is gewijzigd na het schrijven\. Behandel dit als beveiligingsincident/);

    const voor = (await alles(o.kluis.db)).length;
    const viaScherm = data(await o.handlers.logboekControleren({}));
    expect(viaScherm).toMatchObject({ ok: false, eersteFout: { id: 4, soort: 'gewijzigd' } });
    const laatste = (await alles(o.kluis.db)).at(-1)!;
    expect(laatste).toMatchObject({ id: voor + 1, actie: 'logboek gecontroleerd: regel 4 gewijzigd', object: 'logboek', resultaat: 'gelukt', actor: o.kluis.actor });
  });

  it('names a changed row whose hash was recomputed: the next row no longer links to it', async () => {
    for (let i = 0; i < 4; i++) await schrijfLogboek(o.kluis.db, { actie: `test ${i}`, object: 'kluis' });
    await triggersWeg(o.kluis.db);
    const r5 = (await alles(o.kluis.db))[4]!;
    const vervalst = { ...r5, resultaat: 'geweigerd: NIET_GEVONDEN', vorigeHash: r5.vorigeHash! };
    await sql`UPDATE logboek SET resultaat = ${vervalst.resultaat}, hash = ${logregelHash(vervalst)} WHERE id = 5`.execute(o.kluis.db);
    expect((await controleerLogboek(o.kluis.db)).eersteFout).toEqual({ id: 5, soort: 'gewijzigd' });
  });

  it('names a deleted row', async () => {
    await o.kluis.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 1500; i++) await schrijfLogboek(trx, { actie: `test ${i}`, object: 'kluis' });
    });
    await triggersWeg(o.kluis.db);
    await sql`DELETE FROM logboek WHERE id = 1234`.execute(o.kluis.db);
    const controle = await controleerLogboek(o.kluis.db);
    expect(controle).toMatchObject({ ok: false, eersteFout: { id: 1234, soort: 'ontbreekt' } });
    expect(controle.melding).toMatch(/^Regel 1\.234 ontbreekt: hij is na het schrijven verwijderd\./);
    // Deleting the first row breaks the link to the genesis value.
    await sql`DELETE FROM logboek WHERE id = 1`.execute(o.kluis.db);
    expect((await controleerLogboek(o.kluis.db)).eersteFout).toEqual({ id: 1, soort: 'ontbreekt' });
  });

  it('finds rows cut off at the end only with a head kept outside the vault', async () => {
    for (let i = 0; i < 10; i++) await schrijfLogboek(o.kluis.db, { actie: `test ${i}`, object: 'kluis' });
    const kopBijBackup = (await ketenkop(o.kluis.db))!;
    const n = kopBijBackup.id;
    const eerdereKop = { id: n - 5, hash: (await alles(o.kluis.db))[n - 6]!.hash! };
    await triggersWeg(o.kluis.db);
    await sql`DELETE FROM logboek WHERE id > ${n - 3}`.execute(o.kluis.db);

    expect((await controleerLogboek(o.kluis.db)).ok).toBe(true);
    const controle = await controleerLogboek(o.kluis.db, [kopBijBackup, eerdereKop]);
    expect(controle).toMatchObject({ ok: false, eersteFout: { id: n - 2, soort: 'ontbreekt' } });
    expect(controle.melding).toMatch(new RegExp(`^Regel ${n - 2} en de regels daarna ontbreken: het logboek is ingekort na een back-up\\.`));

    // Cut off and written on: the new rows reuse the ids, so the head's id is there with another hash.
    for (let i = 0; i < 5; i++) await schrijfLogboek(o.kluis.db, { actie: `later ${i}`, object: 'kluis' });
    expect((await controleerLogboek(o.kluis.db)).ok).toBe(true);
    expect((await controleerLogboek(o.kluis.db, [kopBijBackup])).eersteFout).toEqual({ id: n, soort: 'gewijzigd' });
  });

  it('an untouched log of 1,000 rows is ok, also against its own head', async () => {
    const voor = (await alles(o.kluis.db)).length;
    await o.kluis.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 1000 - voor; i++) await schrijfLogboek(trx, { actie: `test ${i}`, object: i % 2 ? 'inburgeraar' : 'lijst', objectId: i % 2 ? ids[i % 3]! : null }, new Date(nu.getTime() + i * 1000));
    });
    const kop = (await ketenkop(o.kluis.db))!;
    expect(kop.id).toBe(1000);
    expect(await controleerLogboek(o.kluis.db, [kop, { id: 500, hash: (await alles(o.kluis.db))[499]!.hash! }])).toEqual({
      ok: true,
      aantal: 1000,
      eersteFout: null,
      melding: 'Het logboek is ongeschonden: 1.000 regels gecontroleerd.',
    });
  });
});

describe('migration 0010 chains the rows of an existing vault', () => {
  it('computes hashes in order of id, keeps the log append-only, and the check passes', async () => {
    const folder = tijdelijkeFolder();
    try {
      const tot0009 = Object.fromEntries(Object.entries(MIGRATIES).filter(([naam]) => naam < '0010'));
      const oud = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, migraties: tot0009 });
      await oud.aanmaken(TEST_WACHTWOORD);
      for (let i = 0; i < 25; i++) {
        await sql`INSERT INTO logboek (tijdstip, actor, oorsprong, actie, object, objectId, resultaat)
          VALUES (${`2026-0${1 + (i % 9)}-01T10:00:00.000Z`}, 'regisseur', 'koers', ${`oud ${i}`}, 'inburgeraar', ${i}, 'gelukt')`.execute(oud.db);
      }
      await oud.vergrendelen();

      const nieuw = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
      await nieuw.ontgrendelen(TEST_WACHTWOORD);
      const rijen = await alles(nieuw.db);
      expect(rijen.filter((r) => r.actie.startsWith('oud ')).map((r) => r.actie)).toEqual(Array.from({ length: 25 }, (_, i) => `oud ${i}`));
      verwachtKeten(rijen);
      expect((await controleerLogboek(nieuw.db)).ok).toBe(true);
      await expect(nieuw.db.updateTable('logboek').set({ actie: 'z' }).execute()).rejects.toThrow(/alleen-toevoegen/);
      await expect(nieuw.db.deleteFrom('logboek').execute()).rejects.toThrow(/alleen-toevoegen/);
      // A new line continues the migrated chain.
      await schrijfLogboek(nieuw.db, { actie: 'na migratie', object: 'kluis' });
      verwachtKeten(await alles(nieuw.db));
      await nieuw.vergrendelen();
    } finally {
      folder.opruimen();
    }
  });
});

describe('what is logged', () => {
  let o: TestOmgeving;
  let nu: Date;
  let id: number;

  beforeEach(async () => {
    nu = new Date('2026-11-23T09:00:00Z');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    id = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(3), '2026-11-23', 0))).id;
  });
  afterEach(async () => o.opruimen());

  const geopend = async () => (await o.kluis.db.selectFrom('logboek').selectAll().where('actie', '=', 'dossier geopend').orderBy('id').execute());

  it('the opening of a dossier, once per few minutes, and not an unknown one', async () => {
    data(await o.handlers.inburgeraarOphalen({ id }));
    nu = new Date(nu.getTime() + 60_000);
    data(await o.handlers.inburgeraarOphalen({ id }));
    data(await o.handlers.inburgeraarOphalen({ id }));
    expect(await geopend()).toEqual([expect.objectContaining({ object: 'inburgeraar', objectId: id, actor: o.kluis.actor, resultaat: 'gelukt', tijdstip: '2026-11-23T09:00:00.000Z' })]);

    nu = new Date(Date.parse('2026-11-23T09:00:00Z') + INZAGE_STILTE_MS);
    data(await o.handlers.inburgeraarOphalen({ id }));
    expect((await geopend()).map((r) => r.tijdstip)).toEqual(['2026-11-23T09:00:00.000Z', nu.toISOString()]);

    expect(await o.handlers.inburgeraarOphalen({ id: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await geopend()).toHaveLength(2);
    const tab = data(await o.handlers.logboekDossier({ inburgeraarId: id }));
    expect(tab[0]).toMatchObject({ omschrijving: 'Dossier geopend', betreft: 'Dossier', resultaat: 'Gelukt' });
    expect((await controleerLogboek(o.kluis.db)).ok).toBe(true);
  });

  it('exports and prints of lists, with the actor', async () => {
    data(await o.handlers.inburgeraarsExporteren({}));
    data(await o.handlers.werkvoorraadExporteren({}));
    data(await o.handlers.werkvoorraadWeeklijstPdf({}));
    data(await o.handlers.pvtWerklijstExporteren({}));
    const regels = await o.kluis.db.selectFrom('logboek').select(['actie', 'object', 'actor']).where('object', '=', 'lijst').orderBy('id').execute();
    expect(regels.map((r) => r.actie.replace(/:.*/, ''))).toEqual([
      'lijst inburgeraars geëxporteerd',
      'werkvoorraad geëxporteerd',
      'weeklijst werkvoorraad afgedrukt',
      'werklijst PVT en MAP geëxporteerd',
    ]);
    expect(regels.every((r) => r.actor === o.kluis.actor)).toBe(true);
  });

  it('the DUO bulk marking names who did it on each dossier line', async () => {
    nu = new Date('2026-04-14T09:00:00Z');
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit 2025' }))[0]!.id;
    const asiel = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(9), '2026-04-14', 1),
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    })).id;
    data(await o.handlers.intakeOpslaan({ inburgeraarId: asiel, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: asiel, datum: '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: asiel, inhoud: VOLLEDIG_PIP }));
    data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId }));
    nu = new Date('2026-11-23T09:00:00Z');
    const item = data(await o.handlers.duoMeldingenLijst({ filter: 'nog_te_melden' })).rijen.find((r) => r.inburgeraarId === asiel)!;
    data(await o.handlers.duoGemeldMarkeren({ items: [{ inburgeraarId: asiel, veld: item.veld }], gemeldOp: '2026-11-23' }));
    const regel = await o.kluis.db.selectFrom('logboek').selectAll().where('actie', 'like', 'gemeld aan DUO:%').executeTakeFirstOrThrow();
    expect(regel).toMatchObject({ object: 'inburgeraar', objectId: asiel, actor: o.kluis.actor });
  });

  it('a save the user cancels is not logged', async () => {
    const geannuleerd = makeHandlers({ kluis: o.kluis, resourcesPad: RESOURCES, bewaarBestand: async () => false, nu: () => nu }, () => undefined);
    const voor = await alles(o.kluis.db);
    expect(data(await geannuleerd.inburgeraarsExporteren({}))).toMatchObject({ opgeslagen: false });
    expect(await alles(o.kluis.db)).toEqual(voor);
  });

  it('the export of the command line', async () => {
    await o.kluis.vergrendelen();
    const uit = join(o.folder, 'lijst.xlsx');
    const cli = spawnSync('npx', ['tsx', 'electron/cli.ts', 'export', '--vault', o.folder, '--lijst', 'inburgeraars', '--out', uit], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, KOERS_PASSPHRASE: TEST_WACHTWOORD },
      encoding: 'utf8',
      input: '',
      timeout: 120_000,
    });
    expect(cli.status).toBe(0);
    expect(readFileSync(uit).subarray(0, 2).toString()).toBe('PK');
    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
    const rijen = await alles(o.kluis.db);
    expect(rijen.filter((r) => r.object === 'lijst')).toEqual([
      expect.objectContaining({ actie: 'lijst inburgeraars geëxporteerd: 1 rijen', actor: o.kluis.actor, resultaat: 'gelukt', tijdstip: expect.stringMatching(/^20\d\d-/) }),
    ]);
    verwachtKeten(rijen);
  }, 120_000);
});
