import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pakUit } from '../../db/sleutels';
import { Kluis, SLEUTEL_BESTAND } from '../../db/vault';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 item 1: a new herstelcode, a passphrase that may be known, or a removed vervanger replace the
// data key (PRAGMA rekey). Old secrets plus a key file copied before then open nothing current.

const WAARDE = 'synthetische-waarde-42';
const VERVANGER = 'appel fiets lantaarn zeven';

/** Tries to open `database` with a key file copied earlier, in a folder of its own. */
async function opentMetOudeSleutel(database: string, sleutelbestand: string, geheim: { wachtwoord?: string; herstelcode?: string }): Promise<string> {
  const elders = tijdelijkeFolder();
  copyFileSync(database, join(elders.pad, 'koers.db'));
  copyFileSync(sleutelbestand, join(elders.pad, SLEUTEL_BESTAND));
  const kluis = new Kluis(elders.pad, { scrypt: TEST_SCRYPT, wacht: async () => undefined });
  try {
    if (geheim.herstelcode) await kluis.ontgrendelenMetHerstelcode(geheim.herstelcode, 'een heel ander wachtwoord');
    else await kluis.ontgrendelen(geheim.wachtwoord!);
    return 'geopend';
  } catch (fout) {
    return (fout as { code: string }).code;
  } finally {
    await kluis.vergrendelen();
    elders.opruimen();
  }
}

/** The raw data key that an old key file still gives, tried directly on the current database file. */
function ruweSleutelOpent(database: string, sleutelbestand: string, wachtwoord: string): boolean {
  const bestand = JSON.parse(readFileSync(sleutelbestand, 'utf8')) as { sloten: { soort: string; verpakt: Parameters<typeof pakUit>[0] }[] };
  const sleutel = pakUit(bestand.sloten.find((slot) => slot.soort === 'wachtwoord')!.verpakt, wachtwoord);
  expect(sleutel).not.toBeNull();
  const db = new Database(database);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${sleutel!.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('revocation that revokes', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: Kluis;
  let oudeHerstelcode: string;
  const oudSleutelbestand = () => join(folder.pad, 'kopie-van-voor.json');

  beforeEach(async () => {
    folder = tijdelijkeFolder();
    kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    oudeHerstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
    kluis.bevestigHerstelcode(oudeHerstelcode);
    await kluis.db.insertInto('instellingen').values({ sleutel: 'test', waarde: JSON.stringify(WAARDE) }).execute();
    copyFileSync(kluis.sleutelPad, oudSleutelbestand());
  });
  afterEach(async () => {
    await kluis.vergrendelen();
    folder.opruimen();
  });

  async function waardeLeesbaar(): Promise<string> {
    const rij = await kluis.db.selectFrom('instellingen').selectAll().where('sleutel', '=', 'test').executeTakeFirstOrThrow();
    return JSON.parse(rij.waarde) as string;
  }

  it('a new herstelcode: the old code with the old key file no longer opens the database; the new code does, data intact', async () => {
    // Before: the copied key file with the old herstelcode opens the vault (that is the hole being closed).
    expect(await opentMetOudeSleutel(kluis.databasePad, oudSleutelbestand(), { herstelcode: oudeHerstelcode })).toBe('geopend');
    const sleutelIdVoor = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8')).sleutelId;

    const nieuweHerstelcode = await kluis.nieuweHerstelcode(TEST_WACHTWOORD);
    expect(nieuweHerstelcode).not.toBe(oudeHerstelcode);
    expect(await waardeLeesbaar()).toBe(WAARDE);
    await kluis.vergrendelen();

    const bestand = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8'));
    expect(bestand.sleutelId).not.toBe(sleutelIdVoor);
    expect(bestand.wissel).toBeUndefined();
    expect(bestand.herstelcodeBevestigd).toBe(false);
    // The old key, however obtained, does not decrypt the current file; nor does .vorige help the old code.
    expect(ruweSleutelOpent(kluis.databasePad, oudSleutelbestand(), TEST_WACHTWOORD)).toBe(false);
    expect(await opentMetOudeSleutel(kluis.databasePad, oudSleutelbestand(), { herstelcode: oudeHerstelcode })).toBe('KLUIS_BESCHADIGD');
    expect(await opentMetOudeSleutel(kluis.databasePad, oudSleutelbestand(), { wachtwoord: TEST_WACHTWOORD })).toBe('KLUIS_BESCHADIGD');
    expect(await opentMetOudeSleutel(kluis.databasePad, kluis.vorigeSleutelPad, { herstelcode: oudeHerstelcode })).toBe('ONJUISTE_HERSTELCODE');
    await expect(kluis.ontgrendelenMetHerstelcode(oudeHerstelcode, 'een heel ander wachtwoord')).rejects.toMatchObject({ code: 'ONJUISTE_HERSTELCODE' });

    await kluis.ontgrendelenMetHerstelcode(nieuweHerstelcode, 'een heel ander wachtwoord');
    expect(await waardeLeesbaar()).toBe(WAARDE);
    expect((await kluis.db.selectFrom('inburgeraars').select('id').execute()).length).toBe(0);
  });

  it('a passphrase that may be known: the old passphrase with the old key file opens nothing current', async () => {
    const herstelcode = await kluis.wijzigWachtwoord(TEST_WACHTWOORD, 'nieuwe zin met vier woorden', true);
    expect(herstelcode).toMatch(/^[0-9A-Z]{32}$/);
    await kluis.vergrendelen();
    expect(ruweSleutelOpent(kluis.databasePad, oudSleutelbestand(), TEST_WACHTWOORD)).toBe(false);
    expect(await opentMetOudeSleutel(kluis.databasePad, oudSleutelbestand(), { wachtwoord: TEST_WACHTWOORD })).toBe('KLUIS_BESCHADIGD');
    await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
    await kluis.ontgrendelen('nieuwe zin met vier woorden');
    expect(await waardeLeesbaar()).toBe(WAARDE);
    await kluis.vergrendelen();
    await kluis.ontgrendelenMetHerstelcode(herstelcode!, 'en weer een ander wachtwoord');
    expect(await waardeLeesbaar()).toBe(WAARDE);
  });

  it('removing a vervanger: their passphrase opens nothing, not even with a key file copied while they had access', async () => {
    const vervanger = await kluis.voegVervangerToe('Vervanger: A. Jansen', VERVANGER);
    const metVervanger = join(folder.pad, 'kopie-met-vervanger.json');
    copyFileSync(kluis.sleutelPad, metVervanger);
    expect(await opentMetOudeSleutel(kluis.databasePad, metVervanger, { wachtwoord: VERVANGER })).toBe('geopend');

    const herstelcode = await kluis.verwijderVervanger(vervanger, TEST_WACHTWOORD);
    expect(kluis.sloten().map((slot) => slot.naam)).toEqual(['Regisseur', 'Herstelcode']);
    await kluis.vergrendelen();
    await expect(kluis.ontgrendelen(VERVANGER, vervanger)).rejects.toMatchObject({ code: 'ONGELDIGE_INVOER' });
    await expect(kluis.ontgrendelen(VERVANGER)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
    expect(await opentMetOudeSleutel(kluis.databasePad, metVervanger, { wachtwoord: VERVANGER })).toBe('KLUIS_BESCHADIGD');
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(await waardeLeesbaar()).toBe(WAARDE);
    await kluis.vergrendelen();
    await kluis.ontgrendelenMetHerstelcode(herstelcode, TEST_WACHTWOORD);
  });

  it('refuses a key change with the wrong passphrase and changes nothing', async () => {
    const sleutelVoor = readFileSync(kluis.sleutelPad);
    await expect(kluis.nieuweHerstelcode('niet mijn wachtwoord')).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD', message: expect.stringContaining('Onjuist wachtwoord') });
    await expect(kluis.wijzigWachtwoord('niet mijn wachtwoord', 'nieuwe zin met vier woorden', true)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
    expect(readFileSync(kluis.sleutelPad).equals(sleutelVoor)).toBe(true);
    await kluis.vergrendelen();
    expect(await opentMetOudeSleutel(kluis.databasePad, oudSleutelbestand(), { herstelcode: oudeHerstelcode })).toBe('geopend');
  });
});
