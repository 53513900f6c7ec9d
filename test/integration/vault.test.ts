import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kluis } from '../../db/vault';
import { isOnversleuteld } from '../../db/verbinding';
import { KoersFout } from '../../shared/fouten';
import { normaliseerHerstelcode } from '../../shared/domain/kluis';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

const GEHEIME_NAAM = 'Zwanenburg-Oosterhout';

async function verwachtFout(belofte: Promise<unknown> | (() => unknown), code: string): Promise<KoersFout> {
  try {
    await (typeof belofte === 'function' ? belofte() : belofte);
  } catch (fout) {
    expect(fout).toBeInstanceOf(KoersFout);
    expect((fout as KoersFout).code).toBe(code);
    return fout as KoersFout;
  }
  throw new Error(`verwacht ${code}, maar er kwam geen fout`);
}

describe('Kluis', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: Kluis;

  beforeEach(() => {
    folder = tijdelijkeFolder();
    kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
  });
  afterEach(async () => {
    await kluis.vergrendelen();
    folder.opruimen();
  });

  async function vulMetBekendeWaarde(): Promise<void> {
    await kluis.db.insertInto('instellingen').values({ sleutel: 'test', waarde: JSON.stringify(GEHEIME_NAAM) }).execute();
  }

  it('creates an unlocked vault and a 32-character herstelcode', async () => {
    expect(kluis.status()).toMatchObject({ bestaat: false, ontgrendeld: false, herstelcodeBevestigd: false, toestand: 'geen', melding: null });
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    expect(normaliseerHerstelcode(herstelcode)).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/);
    expect(kluis.status()).toMatchObject({ bestaat: true, ontgrendeld: true, herstelcodeBevestigd: false, toestand: 'gereed', actor: 'Regisseur' });
  });

  it('writes no known value in plaintext to disk, in the database or the WAL', async () => {
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    await vulMetBekendeWaarde();
    await kluis.vergrendelen();
    expect(isOnversleuteld(kluis.databasePad)).toBe(false);
    for (const bestand of readdirSync(folder.pad)) {
      const inhoud = readFileSync(join(folder.pad, bestand));
      expect(inhoud.includes(GEHEIME_NAAM), bestand).toBe(false);
      expect(inhoud.includes(TEST_WACHTWOORD), bestand).toBe(false);
      expect(inhoud.includes(normaliseerHerstelcode(herstelcode)), bestand).toBe(false);
      expect(inhoud.includes('SQLite format 3'), bestand).toBe(false);
    }
  });

  it('refuses a wrong passphrase and leaves the vault file byte-identical', async () => {
    await kluis.aanmaken(TEST_WACHTWOORD);
    await vulMetBekendeWaarde();
    await kluis.vergrendelen();
    const voor = readFileSync(kluis.databasePad);
    const sleutelVoor = readFileSync(kluis.sleutelPad);
    const fout = await verwachtFout(kluis.ontgrendelen('dit is het niet, helaas'), 'ONJUIST_WACHTWOORD');
    expect(fout.message).toContain('Onjuist wachtwoord');
    expect(readFileSync(kluis.databasePad).equals(voor)).toBe(true);
    expect(readFileSync(kluis.sleutelPad).equals(sleutelVoor)).toBe(true);
    expect(kluis.status().ontgrendeld).toBe(false);
    await verwachtFout(async () => kluis.db, 'KLUIS_VERGRENDELD');
  });

  it('unlocks with the passphrase and reads back what was written', async () => {
    await kluis.aanmaken(TEST_WACHTWOORD);
    await vulMetBekendeWaarde();
    await kluis.vergrendelen();
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    const rij = await kluis.db.selectFrom('instellingen').selectAll().where('sleutel', '=', 'test').executeTakeFirstOrThrow();
    expect(JSON.parse(rij.waarde)).toBe(GEHEIME_NAAM);
  });

  it('the database cannot be read with a wrong raw key', async () => {
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    const db = new Database(kluis.databasePad);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${'00'.repeat(32)}'"`);
    expect(() => db.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    db.close();
  });

  it('unlocking with the herstelcode sets a new passphrase; the old one stops working', async () => {
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    await verwachtFout(kluis.ontgrendelenMetHerstelcode('0000-0000-0000-0000-0000-0000-0000-0000', 'een heel nieuw wachtwoord'), 'ONJUISTE_HERSTELCODE');
    await kluis.ontgrendelenMetHerstelcode(herstelcode.toLowerCase(), 'een heel nieuw wachtwoord');
    expect(kluis.status()).toMatchObject({ ontgrendeld: true, herstelcodeBevestigd: true });
    await kluis.vergrendelen();
    await verwachtFout(kluis.ontgrendelen(TEST_WACHTWOORD), 'ONJUIST_WACHTWOORD');
    await kluis.ontgrendelen('een heel nieuw wachtwoord');
  });

  it('confirms the herstelcode only when it matches', async () => {
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    await verwachtFout(async () => kluis.bevestigHerstelcode('ABCD'.repeat(8)), 'ONJUISTE_HERSTELCODE');
    expect(kluis.status().herstelcodeBevestigd).toBe(false);
    kluis.bevestigHerstelcode(herstelcode);
    expect(kluis.status().herstelcodeBevestigd).toBe(true);
  });

  it('a new herstelcode replaces the old one', async () => {
    const oud = await kluis.aanmaken(TEST_WACHTWOORD);
    const nieuw = await kluis.nieuweHerstelcode(TEST_WACHTWOORD);
    expect(nieuw).not.toBe(oud);
    await kluis.vergrendelen();
    await verwachtFout(kluis.ontgrendelenMetHerstelcode(oud, 'nog een ander wachtwoord'), 'ONJUISTE_HERSTELCODE');
    await kluis.ontgrendelenMetHerstelcode(nieuw, 'nog een ander wachtwoord');
  });

  it('changing the passphrase re-wraps the key: same data key, the herstelcode stays valid', async () => {
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    const sleutelIdVoor = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8')).sleutelId;
    await verwachtFout(kluis.wijzigWachtwoord('fout wachtwoord!!', 'het nieuwe wachtwoord'), 'ONJUIST_WACHTWOORD');
    expect(await kluis.wijzigWachtwoord(TEST_WACHTWOORD, 'het nieuwe wachtwoord')).toBeNull();
    expect(JSON.parse(readFileSync(kluis.sleutelPad, 'utf8')).sleutelId).toBe(sleutelIdVoor);
    await kluis.vergrendelen();
    await verwachtFout(kluis.ontgrendelen(TEST_WACHTWOORD), 'ONJUIST_WACHTWOORD');
    await kluis.ontgrendelen('het nieuwe wachtwoord');
    await kluis.vergrendelen();
    await kluis.ontgrendelenMetHerstelcode(herstelcode, 'nog een ander wachtwoord');
  });

  it('refuses to create a vault over an existing one', async () => {
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    await verwachtFout(new Kluis(folder.pad, { scrypt: TEST_SCRYPT }).aanmaken('een ander wachtwoord'), 'KLUIS_BESTAAT_AL');
  });

  it('refuses a plaintext SQLite file in place of the vault', async () => {
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    const onversleuteld = new Database(kluis.databasePad + '.plain');
    onversleuteld.exec('CREATE TABLE t (a)');
    onversleuteld.close();
    writeFileSync(kluis.databasePad, readFileSync(kluis.databasePad + '.plain'));
    const fout = await verwachtFout(kluis.ontgrendelen(TEST_WACHTWOORD), 'NIET_VERSLEUTELD');
    expect(fout.message).toContain('niet versleuteld');
  });

  it('says there is no vault yet, and reports a damaged key file', async () => {
    await verwachtFout(kluis.ontgrendelen(TEST_WACHTWOORD), 'GEEN_KLUIS');
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    writeFileSync(kluis.sleutelPad, '{"versie": 1');
    await verwachtFout(kluis.ontgrendelen(TEST_WACHTWOORD), 'KLUIS_BESCHADIGD');
  });

  it('makes an encrypted backup with the wrapped key beside it, restorable with the herstelcode', async () => {
    const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    await vulMetBekendeWaarde();
    const backup = kluis.backup('handmatig');
    expect(isOnversleuteld(backup)).toBe(false);
    expect(readFileSync(backup).includes(GEHEIME_NAAM)).toBe(false);

    // Restore elsewhere: the copy and its key file become a vault of their own.
    const elders = tijdelijkeFolder();
    writeFileSync(join(elders.pad, 'koers.db'), readFileSync(backup));
    writeFileSync(join(elders.pad, 'koers.sleutel.json'), readFileSync(backup.replace(/\.db$/, '.sleutel.json')));
    const hersteld = new Kluis(elders.pad, { scrypt: TEST_SCRYPT });
    await hersteld.ontgrendelenMetHerstelcode(herstelcode, 'wachtwoord op de nieuwe pc');
    const rij = await hersteld.db.selectFrom('instellingen').selectAll().where('sleutel', '=', 'test').executeTakeFirstOrThrow();
    expect(JSON.parse(rij.waarde)).toBe(GEHEIME_NAAM);
    await hersteld.vergrendelen();
    elders.opruimen();
  });
});
