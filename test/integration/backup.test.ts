import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_MAP, backupMappen, backupsNaSleutelwissel, controleerBackupMap, leesManifest, maakBackup, sha256Bestand, sleutelsUitSleutelbestand } from '../../db/backup';
import { MIGRATIES } from '../../db/migrations';
import { herstelcodeGeheim, verpak } from '../../db/sleutels';
import { isOnversleuteld } from '../../db/verbinding';
import { Kluis } from '../../db/vault';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import { teBewarenBackups } from '../../shared/rules/backup';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, data, tijdelijkeFolder } from '../fixtures/omgeving';

// Backups as the regisseur makes and restores them through the real handlers, on real encrypted vaults.

const VANDAAG = '2026-11-23';
const START = new Date('2026-11-23T10:00:00+01:00');

interface Omgeving {
  folder: string;
  gekozen: string;
  kluis: Kluis;
  handlers: Handlers;
  herstelcode: string;
  klok: { nu: Date };
  kies: { map: string | null };
  opruimen: () => Promise<void>;
}

async function omgeving(): Promise<Omgeving> {
  const tijdelijk = tijdelijkeFolder();
  const folder = join(tijdelijk.pad, 'kluis');
  const gekozen = join(tijdelijk.pad, 'usb', 'koers-backups');
  const kluis = new Kluis(folder, { scrypt: TEST_SCRYPT });
  const klok = { nu: START };
  const kies: { map: string | null } = { map: gekozen };
  const handlers = makeHandlers(
    { kluis, resourcesPad: RESOURCES, bewaarBestand: async () => true, nu: () => klok.nu, kiesMap: async () => kies.map, koersVersie: '9.8.7' },
    () => undefined,
  );
  const { herstelcode } = data(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  return {
    folder,
    gekozen,
    kluis,
    handlers,
    herstelcode,
    klok,
    kies,
    opruimen: async () => {
      await kluis.vergrendelen();
      tijdelijk.opruimen();
    },
  };
}

async function voegToe(o: Omgeving, i: number): Promise<{ id: number; achternaam: string }> {
  const formulier = synthetischeInburgeraar(maakRandom(500 + i), VANDAAG, i);
  const { id } = data(await o.handlers.inburgeraarToevoegen(formulier));
  return { id, achternaam: formulier.achternaam };
}

async function aantalInburgeraars(o: Omgeving): Promise<number> {
  return (await o.kluis.db.selectFrom('inburgeraars').select('id').execute()).length;
}

async function logacties(o: Omgeving): Promise<{ actie: string; resultaat: string }[]> {
  return o.kluis.db.selectFrom('logboek').select(['actie', 'resultaat']).where('object', '=', 'kluis').orderBy('id').execute();
}

function modus(pad: string): number {
  return statSync(pad).mode & 0o777;
}

describe('backups: making them', () => {
  let o: Omgeving;
  beforeEach(async () => {
    o = await omgeving();
  });
  afterEach(async () => o.opruimen());

  it('"Nu een backup maken" writes a folder with koers.db, key file and manifest (hashes, versions, 0600) in the chosen folder', async () => {
    const persoon = await voegToe(o, 1);
    expect(data(await o.handlers.backupMapKiezen({}))).toEqual({ map: o.gekozen });
    const uitkomst = data(await o.handlers.backupMaken({}));
    expect(uitkomst.plek).toBe('gekozen');
    expect(uitkomst.naam).toBe('koers-backup-20261123-100000-handmatig');
    expect(uitkomst.melding).toMatch(/^Backup gemaakt \(\d+ kB\): koers-backup-20261123-100000-handmatig\.$/);

    const map = join(o.gekozen, uitkomst.naam);
    expect(readdirSync(o.gekozen)).toEqual([uitkomst.naam]); // no temporary folder left
    expect(readdirSync(map).sort()).toEqual(['koers.db', 'koers.sleutel.json', 'manifest.json']);
    for (const bestand of readdirSync(map)) expect(modus(join(map, bestand))).toBe(0o600);
    const manifest = leesManifest(map)!;
    expect(manifest).toMatchObject({ formaat: 1, tijdstip: START.toISOString(), koersVersie: '9.8.7', reden: 'handmatig', schemaVersie: Object.keys(MIGRATIES).sort().at(-1) });
    expect(manifest.sha256.database).toBe(sha256Bestand(join(map, 'koers.db')));
    expect(manifest.sha256.sleutelbestand).toBe(sha256Bestand(join(map, 'koers.sleutel.json')));
    expect(manifest.grootte).toBe(statSync(join(map, 'koers.db')).size);
    expect(readFileSync(join(map, 'koers.sleutel.json'))).toEqual(readFileSync(o.kluis.sleutelPad));
    // The logboek chain head at the moment of the copy (the row before "backup gemaakt"), kept outside the vault (BIO 8.15).
    const rijen = await o.kluis.db.selectFrom('logboek').select(['id', 'hash', 'actie']).orderBy('id').execute();
    expect(rijen.at(-1)!.actie).toBe('backup gemaakt: handmatig, gekozen map');
    expect(manifest.ketenkop).toEqual({ id: rijen.at(-2)!.id, hash: rijen.at(-2)!.hash });
    // Encrypted: no SQLite header, no name of the inburgeraar anywhere in the copy.
    expect(isOnversleuteld(join(map, 'koers.db'))).toBe(false);
    expect(readFileSync(join(map, 'koers.db')).includes(Buffer.from(persoon.achternaam))).toBe(false);
    // The setting and the backup are in the logboek, without a path.
    const acties = await logacties(o);
    expect(acties.map((a) => a.actie)).toEqual(expect.arrayContaining(['backupmap gekozen', 'backup gemaakt: handmatig, gekozen map']));
    expect(acties.some((a) => a.actie.includes(o.gekozen))).toBe(false);

    // The overview: time, version, size and the hash check.
    const overzicht = data(await o.handlers.backupOverzicht({}));
    expect(overzicht.map).toBe(o.gekozen);
    expect(overzicht.nieuwste).toBe(START.toISOString());
    expect(overzicht.backups).toEqual([
      { naam: uitkomst.naam, plek: 'gekozen', tijdstip: START.toISOString(), reden: 'handmatig', koersVersie: '9.8.7', schemaVersie: manifest.schemaVersie, grootte: manifest.grootte, status: 'in_orde', melding: 'De hashes kloppen.' },
    ]);

    // One changed byte in the copy: the overview says so.
    const db = readFileSync(join(map, 'koers.db'));
    db[db.length - 10] = db[db.length - 10]! ^ 0xff;
    writeFileSync(join(map, 'koers.db'), db);
    const na = data(await o.handlers.backupOverzicht({}));
    expect(na.backups[0]).toMatchObject({ status: 'beschadigd', melding: expect.stringMatching(/SHA-256 klopt niet/) });
  });

  it('without a chosen folder, or when it cannot be written, the backup goes next to the vault and the answer says so', async () => {
    const eerste = data(await o.handlers.backupMaken({}));
    expect(eerste.plek).toBe('kluis');
    expect(eerste.melding).toMatch(/nog geen backupmap gekozen/);
    expect(backupMappen(join(o.folder, BACKUP_MAP))).toEqual([eerste.naam]);

    data(await o.handlers.backupMapKiezen({}));
    // The USB disk is gone: its place is now a file, so nothing can be written there.
    cpSync(o.kluis.sleutelPad, join(o.gekozen, '..', 'bezet'));
    o.kies.map = join(o.gekozen, '..', 'bezet', 'map');
    const geweigerd = await o.handlers.backupMapKiezen({});
    expect(geweigerd).toMatchObject({ ok: false, fout: { message: 'In deze map kan Koers niet schrijven. Kies een andere map; de vorige keuze blijft gelden.' } });
    expect(data(await o.handlers.backupOverzicht({})).map).toBe(o.gekozen);
    const { rmSync } = await import('node:fs');
    rmSync(o.gekozen, { recursive: true });
    writeFileSync(o.gekozen, 'geen map');
    o.klok.nu = new Date(START.getTime() + 60_000);
    const tweede = data(await o.handlers.backupMaken({}));
    expect(tweede.plek).toBe('kluis');
    expect(tweede.melding).toMatch(/gekozen backupmap was niet bereikbaar/);
    expect(backupMappen(join(o.folder, BACKUP_MAP))).toHaveLength(2);
  });

  it('daily: only when the newest backup is 24 hours old; then rolling retention prunes automatic backups, never manual ones', async () => {
    data(await o.handlers.backupMapKiezen({}));
    const handmatig = data(await o.handlers.backupMaken({})).naam;
    o.klok.nu = new Date(START.getTime() + 60 * 60_000);
    expect(data(await o.handlers.backupAutomatisch({ reden: 'dagelijks' }))).toMatchObject({ gemaakt: false, melding: 'De nieuwste backup is nog geen 24 uur oud.' });
    const tijden: string[] = [];
    for (let dag = 1; dag <= 40; dag += 1) {
      o.klok.nu = new Date(START.getTime() + dag * 86_400_000);
      const antwoord = data(await o.handlers.backupAutomatisch({ reden: 'dagelijks' }));
      expect(antwoord.gemaakt).toBe(true);
      tijden.push(o.klok.nu.toISOString());
      // Later that same day: not again.
      o.klok.nu = new Date(o.klok.nu.getTime() + 3 * 3_600_000);
      expect(data(await o.handlers.backupAutomatisch({ reden: 'dagelijks' })).gemaakt).toBe(false);
    }
    o.klok.nu = new Date(START.getTime() + 40 * 86_400_000 + 5 * 3_600_000);
    const afsluiten = data(await o.handlers.backupAutomatisch({ reden: 'afsluiten' }));
    expect(afsluiten.gemaakt).toBe(true);
    tijden.push(o.klok.nu.toISOString());

    const verwacht = teBewarenBackups(tijden, o.klok.nu);
    const over = backupMappen(o.gekozen).map((naam) => leesManifest(join(o.gekozen, naam))!);
    expect(over.filter((m) => m.reden !== 'handmatig').map((m) => m.tijdstip).sort()).toEqual([...verwacht].sort());
    expect(verwacht.length).toBeLessThan(tijden.length);
    expect(backupMappen(o.gekozen)).toContain(handmatig);
    expect((await logacties(o)).filter((a) => a.actie.startsWith('backup gemaakt: dagelijks'))).toHaveLength(40);

    await o.kluis.vergrendelen();
    expect(data(await o.handlers.backupAutomatisch({ reden: 'afsluiten' }))).toMatchObject({ gemaakt: false, melding: 'De kluis is vergrendeld; er is geen backup gemaakt.' });
  });
});

describe('backups: restoring and checking', () => {
  let o: Omgeving;
  beforeEach(async () => {
    o = await omgeving();
    data(await o.handlers.backupMapKiezen({}));
  });
  afterEach(async () => o.opruimen());

  it('refuses a wrong passphrase or a changed backup, says nothing changed, and restores with the right one (keeping the old vault)', async () => {
    await voegToe(o, 1);
    const { naam } = data(await o.handlers.backupMaken({}));
    await voegToe(o, 2);
    o.klok.nu = new Date(START.getTime() + 3_600_000);

    const fout = await o.handlers.backupTerugzetten({ naam, plek: 'gekozen', wachtwoord: 'niet het goede wachtwoord' });
    expect(fout).toEqual({ ok: false, fout: { code: 'ONJUIST_WACHTWOORD', message: 'Deze backup wordt niet teruggezet: Het wachtwoord opent het sleutelbestand van deze backup niet. Er is niets veranderd.' } });
    expect(o.kluis.status().ontgrendeld).toBe(true);
    expect(await aantalInburgeraars(o)).toBe(2);
    expect(readdirSync(o.folder).some((n) => n.startsWith('voor-herstel'))).toBe(false);
    expect(await logacties(o)).toContainEqual({ actie: 'backup teruggezet', resultaat: 'geweigerd: ONJUIST_WACHTWOORD' });

    const ongeldig = await o.handlers.backupTerugzetten({ naam: '../../etc', plek: 'gekozen', wachtwoord: TEST_WACHTWOORD });
    expect(ongeldig).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies een backup uit de lijst.') } });

    const map = join(o.gekozen, naam);
    const manifest = readFileSync(join(map, 'manifest.json'));
    const sleutel = JSON.parse(readFileSync(join(map, 'koers.sleutel.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(map, 'koers.sleutel.json'), JSON.stringify({ ...sleutel, extra: 1 }));
    const veranderd = await o.handlers.backupTerugzetten({ naam, plek: 'gekozen', wachtwoord: TEST_WACHTWOORD });
    expect(veranderd).toMatchObject({ ok: false, fout: { code: 'KLUIS_BESCHADIGD', message: expect.stringMatching(/koers\.sleutel\.json is veranderd.*Er is niets veranderd\.$/) } });
    expect(await aantalInburgeraars(o)).toBe(2);
    writeFileSync(join(map, 'koers.sleutel.json'), JSON.stringify(sleutel, null, 2));
    expect(readFileSync(join(map, 'manifest.json'))).toEqual(manifest);
    expect(controleerBackupMap(map).status).toBe('in_orde');

    const gelukt = data(await o.handlers.backupTerugzetten({ naam, plek: 'gekozen', wachtwoord: TEST_WACHTWOORD }));
    expect(gelukt.voorHerstel).toBe('voor-herstel-20261123-110000');
    expect(gelukt.melding).toMatch(/teruggezet en de kluis is vergrendeld/);
    expect(o.kluis.status().ontgrendeld).toBe(false);
    expect(readdirSync(join(o.folder, gelukt.voorHerstel!)).sort()).toEqual(expect.arrayContaining(['koers.db', 'koers.sleutel.json']));
    expect(readdirSync(o.folder).filter((n) => n.includes('herstel-') && !n.startsWith('voor-herstel'))).toEqual([]);

    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(await aantalInburgeraars(o)).toBe(1);
    expect(await logacties(o)).toContainEqual({ actie: 'backup teruggezet: handmatig', resultaat: 'gelukt' });
    // The replaced vault is intact: it still opens, with both dossiers.
    const oud = new Kluis(join(o.folder, gelukt.voorHerstel!), { scrypt: TEST_SCRYPT });
    await oud.ontgrendelen(TEST_WACHTWOORD);
    expect((await oud.db.selectFrom('inburgeraars').select('id').execute()).length).toBe(2);
    await oud.vergrendelen();
  });

  it('restores with the herstelcode of that time after the passphrase changed', async () => {
    await voegToe(o, 3);
    const { naam } = data(await o.handlers.backupMaken({}));
    data(await o.handlers.kluisWachtwoordWijzigen({ huidig: TEST_WACHTWOORD, nieuw: 'een heel ander wachtwoord 42' }));
    // The old passphrase opens the backup's key file; the new one does not, the herstelcode does.
    const metNieuw = await o.handlers.backupTerugzetten({ naam, plek: 'gekozen', wachtwoord: 'een heel ander wachtwoord 42' });
    expect(metNieuw).toMatchObject({ ok: false, fout: { code: 'ONJUIST_WACHTWOORD' } });
    const gelukt = data(await o.handlers.backupTerugzetten({ naam, plek: 'gekozen', herstelcode: o.herstelcode.toLowerCase() }));
    expect(gelukt.voorHerstel).not.toBeNull();
    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(await aantalInburgeraars(o)).toBe(1);
  });

  it('controleer: the vault, the logboek and every backup; a changed backup is named', async () => {
    const eerste = data(await o.handlers.backupMaken({}));
    o.klok.nu = new Date(START.getTime() + 60_000);
    const tweede = data(await o.handlers.backupAutomatisch({ reden: 'afsluiten' }));
    const goed = data(await o.handlers.backupControleren({ wachtwoord: TEST_WACHTWOORD }));
    expect(goed.ok).toBe(true);
    expect(goed.onderdelen.map((d) => d.onderdeel)).toEqual(['Kluis', 'Logboek', `Backup ${tweede.naam} (gekozen map)`, `Backup ${eerste.naam} (gekozen map)`]);
    expect(goed.onderdelen[2]!.melding).toBe('In orde: de sleutel opent de backup en de database is heel.');

    const pad = join(o.gekozen, eerste.naam, 'manifest.json');
    const manifest = JSON.parse(readFileSync(pad, 'utf8')) as { sha256: { database: string } };
    manifest.sha256.database = '0'.repeat(64);
    writeFileSync(pad, JSON.stringify(manifest));
    const slecht = data(await o.handlers.backupControleren({ wachtwoord: TEST_WACHTWOORD }));
    expect(slecht.ok).toBe(false);
    expect(slecht.onderdelen.filter((d) => !d.ok)).toEqual([{ onderdeel: `Backup ${eerste.naam} (gekozen map)`, ok: false, melding: 'koers.db is veranderd of beschadigd: de SHA-256 klopt niet met het manifest.' }]);
    expect((await logacties(o)).map((a) => a.actie).filter((a) => a.startsWith('controle uitgevoerd'))).toEqual(['controle uitgevoerd: in orde', 'controle uitgevoerd: 1 probleem']);
  });
});

describe('backupsNaSleutelwissel', () => {
  it('re-keys every older backup in both places to the new data key, so the old key file opens nothing; a broken one is removed', async () => {
    const o = await omgeving();
    try {
      data(await o.handlers.backupMapKiezen({}));
      const { naam } = data(await o.handlers.backupMaken({}));
      o.klok.nu = new Date(START.getTime() + 60_000);
      const naastKluis = join(o.folder, BACKUP_MAP);
      mkdirSync(naastKluis, { recursive: true });
      // A broken backup (not a database) next to the vault.
      const kapot = join(naastKluis, 'koers-backup-20261120-100000-handmatig');
      cpSync(join(o.gekozen, naam), kapot, { recursive: true });
      writeFileSync(join(kapot, 'koers.db'), randomBytes(8192));
      const oudSleutelbestand = readFileSync(o.kluis.sleutelPad, 'utf8');
      const [oudeSleutel] = sleutelsUitSleutelbestand(oudSleutelbestand, { wachtwoord: TEST_WACHTWOORD });
      await o.kluis.vergrendelen();

      // The key change itself, as db/vault.ts does it: rekey the database, write the new key file.
      const nieuweSleutel = randomBytes(32);
      const db = new Database(o.kluis.databasePad);
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${oudeSleutel!.toString('hex')}'"`);
      const oudeLos = maakBackup(db, o.folder, o.kluis.sleutelPad, 'voor-bijwerken', o.klok.nu);
      db.pragma('journal_mode=DELETE');
      db.pragma(`rekey="x'${nieuweSleutel.toString('hex')}'"`);
      writeFileSync(o.kluis.sleutelPad, JSON.stringify({ versie: 1, aangemaakt: START.toISOString(), wachtwoord: verpak(nieuweSleutel, TEST_WACHTWOORD, TEST_SCRYPT), herstelcode: verpak(nieuweSleutel, herstelcodeGeheim(o.herstelcode), TEST_SCRYPT), herstelcodeBevestigd: true }));

      const uitkomst = await backupsNaSleutelwissel(db, o.folder, o.kluis.sleutelPad, oudeSleutel!, nieuweSleutel);
      db.close();
      expect(uitkomst).toEqual({ herversleuteld: 2, verwijderd: 1 });
      expect(existsSync(kapot)).toBe(false);
      expect(readdirSync(o.gekozen)).toEqual([naam]);

      const map = join(o.gekozen, naam);
      // The old key file with the old passphrase gives the old key, which opens neither backup any more.
      expect(controleerBackupMap(map, { datasleutel: oudeSleutel! }).status).toBe('onbekend');
      expect(sleutelsUitSleutelbestand(readFileSync(join(map, 'koers.sleutel.json'), 'utf8'), { wachtwoord: TEST_WACHTWOORD })).toEqual([nieuweSleutel]);
      const nieuw = controleerBackupMap(map, { herstelcode: o.herstelcode });
      expect(nieuw.status).toBe('in_orde');
      expect(nieuw.manifest?.herversleuteld).toBeDefined();
      const los = new Database(oudeLos, { readonly: true });
      los.pragma(`cipher='sqlcipher'`);
      los.pragma('legacy=4');
      los.pragma(`key="x'${oudeSleutel!.toString('hex')}'"`);
      expect(() => los.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
      los.close();
      expect(readFileSync(oudeLos.replace(/\.db$/, '.sleutel.json'), 'utf8')).toBe(readFileSync(o.kluis.sleutelPad, 'utf8'));

      // The vault opens with the new key file, data intact.
      await o.kluis.ontgrendelen(TEST_WACHTWOORD);
      expect(data(await o.handlers.backupControleren({ wachtwoord: TEST_WACHTWOORD })).ok).toBe(true);
    } finally {
      await o.opruimen();
    }
  });
});
