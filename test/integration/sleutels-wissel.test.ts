import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kluis, WISSEL_DATABASE, type Onderbreekpunt } from '../../db/vault';
import { makeHandlers } from '../../electron/handlers';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 items 1, 2, 9: the data key is replaced on a copy (VACUUM INTO, PRAGMA rekey on the copy) that is
// renamed over koers.db in one step; koers.db itself is never re-keyed in place. A crash is simulated by
// throwing at the exact moment; the SIGKILL version is test/integration/crash-sleutels.test.ts.

const WAARDE = 'synthetische-waarde-11';
const NIEUW_WACHTWOORD = 'nieuwe zin met vier woorden';

class Crash extends Error {}

describe('key change on a copy, swapped in one rename', () => {
  let folder: { pad: string; opruimen: () => void };
  const kluizen: Kluis[] = [];
  const nieuweKluis = (pad: string, onderbreek?: (punt: Onderbreekpunt) => void) => {
    const kluis = new Kluis(pad, { scrypt: TEST_SCRYPT, wacht: async () => undefined, ...(onderbreek ? { onderbreek } : {}) });
    kluizen.push(kluis);
    return kluis;
  };
  const bestanden = () => readdirSync(folder.pad).filter((naam) => naam !== 'backups').sort();

  beforeEach(() => {
    folder = tijdelijkeFolder();
  });
  afterEach(async () => {
    for (const kluis of kluizen.splice(0)) await kluis.vergrendelen();
    folder.opruimen();
  });

  async function gevuldeKluis(): Promise<void> {
    const kluis = nieuweKluis(folder.pad);
    kluis.bevestigHerstelcode(await kluis.aanmaken(TEST_WACHTWOORD));
    await kluis.db.insertInto('instellingen').values({ sleutel: 'test', waarde: JSON.stringify(WAARDE) }).execute();
    // Enough pages that a copy with a lost page would show in integrity_check.
    for (let i = 0; i < 30; i += 1) await kluis.db.insertInto('instellingen').values({ sleutel: `vulling-${i}`, waarde: 'x'.repeat(3000) }).execute();
    await kluis.vergrendelen();
  }

  async function leesWaarde(kluis: Kluis): Promise<string> {
    const rij = await kluis.db.selectFrom('instellingen').selectAll().where('sleutel', '=', 'test').executeTakeFirstOrThrow();
    return JSON.parse(rij.waarde) as string;
  }

  /** The old key file with the current koers.db in another folder: the revoked key must not open it. */
  async function oudeSleutelOpentNog(oudSleutelbestand: string): Promise<boolean> {
    const ander = join(folder.pad, 'backups', 'proef');
    mkdirSync(ander, { recursive: true });
    copyFileSync(join(folder.pad, 'koers.db'), join(ander, 'koers.db'));
    writeFileSync(join(ander, 'koers.sleutel.json'), oudSleutelbestand);
    const proef = nieuweKluis(ander);
    try {
      await proef.ontgrendelen(TEST_WACHTWOORD);
      return true;
    } catch (fout) {
      expect(fout).toMatchObject({ code: 'KLUIS_BESCHADIGD', message: expect.stringContaining('kon met deze sleutel niet worden gelezen') });
      return false;
    } finally {
      await proef.vergrendelen();
    }
  }

  it('a completed change leaves no copy or journal, the data intact, and the old key opens nothing', async () => {
    await gevuldeKluis();
    const oudSleutelbestand = readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8');
    const kluis = nieuweKluis(folder.pad);
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    const herstelcode = await kluis.wijzigWachtwoord(TEST_WACHTWOORD, NIEUW_WACHTWOORD, true);
    expect(herstelcode).toMatch(/\S/);
    // Still unlocked on the new key: writing goes on.
    await kluis.db.insertInto('instellingen').values({ sleutel: 'na-wissel', waarde: '"ja"' }).execute();
    expect(await leesWaarde(kluis)).toBe(WAARDE);
    expect(bestanden().filter((naam) => naam.startsWith(WISSEL_DATABASE) || naam.endsWith('-journal'))).toEqual([]);
    await kluis.vergrendelen();
    expect(JSON.parse(readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8')).wissel).toBeUndefined();
    expect(await oudeSleutelOpentNog(oudSleutelbestand)).toBe(false);
    const na = nieuweKluis(folder.pad);
    await na.ontgrendelen(NIEUW_WACHTWOORD);
    expect(await leesWaarde(na)).toBe(WAARDE);
    expect(await na.db.selectFrom('instellingen').select('waarde').where('sleutel', '=', 'na-wissel').executeTakeFirst()).toEqual({ waarde: '"ja"' });
  });

  it('a crash after the copy was re-keyed but before the swap: the copy is deleted and the change rolls forward', async () => {
    await gevuldeKluis();
    const oudSleutelbestand = readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8');
    const kluis = nieuweKluis(folder.pad, (punt) => {
      if (punt === 'kopie herversleuteld') throw new Crash(punt);
    });
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    await expect(kluis.wijzigWachtwoord(TEST_WACHTWOORD, NIEUW_WACHTWOORD, true)).rejects.toBeInstanceOf(Crash);
    await kluis.vergrendelen();
    expect(bestanden()).toContain(WISSEL_DATABASE);
    // koers.db was never touched: the old key still opens it at this moment.
    expect(await oudeSleutelOpentNog(oudSleutelbestand)).toBe(true);

    const na = nieuweKluis(folder.pad);
    expect(na.status()).toMatchObject({ toestand: 'gereed', melding: null });
    await na.ontgrendelen(NIEUW_WACHTWOORD);
    expect(await leesWaarde(na)).toBe(WAARDE);
    expect(bestanden().filter((naam) => naam.startsWith(WISSEL_DATABASE))).toEqual([]);
    const acties = (await na.db.selectFrom('logboek').select('actie').where('object', '=', 'kluis').execute()).map((r) => r.actie);
    expect(acties).toContain('sleutel vervangen: voltooid na onderbreking');
    await na.vergrendelen();
    expect(JSON.parse(readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8')).wissel).toBeUndefined();
    // Rolled forward: the revoked key and passphrase no longer open the vault.
    expect(await oudeSleutelOpentNog(oudSleutelbestand)).toBe(false);
    await expect(na.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
  });

  it('a stray koers.db.wissel (and its journal) beside a vault without a change under way is deleted on unlock', async () => {
    await gevuldeKluis();
    writeFileSync(join(folder.pad, WISSEL_DATABASE), 'half geschreven');
    writeFileSync(join(folder.pad, `${WISSEL_DATABASE}-journal`), 'half geschreven');
    const kluis = nieuweKluis(folder.pad);
    expect(kluis.status()).toMatchObject({ toestand: 'gereed', bestaat: true });
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(await leesWaarde(kluis)).toBe(WAARDE);
    expect(bestanden().filter((naam) => naam.startsWith(WISSEL_DATABASE))).toEqual([]);
  });

  it('only a koers.db.wissel without koers.db: "onvolledig" with a message, and a new vault sets the copy aside', async () => {
    writeFileSync(join(folder.pad, WISSEL_DATABASE), 'kopie');
    writeFileSync(join(folder.pad, 'koers.sleutel.json'), '{}');
    const kluis = nieuweKluis(folder.pad);
    expect(kluis.status()).toMatchObject({ toestand: 'onvolledig', bestaat: false, melding: expect.stringContaining(WISSEL_DATABASE) });
    expect(kluis.status().melding).toContain('Zet koers.db terug uit een back-up');
    await kluis.aanmaken(TEST_WACHTWOORD);
    expect(kluis.status().toestand).toBe('gereed');
    const opzij = bestanden().filter((naam) => naam.startsWith(`${WISSEL_DATABASE}.opzij-`));
    expect(opzij).toHaveLength(1);
    expect(readFileSync(join(folder.pad, opzij[0]!), 'utf8')).toBe('kopie');
    expect(existsSync(join(folder.pad, WISSEL_DATABASE))).toBe(false);
  });
});

describe('herstelcode afdrukken', () => {
  it('logs "herstelcode afgedrukt" (object kluis, never the code) when the PDF was saved', async () => {
    const omgeving = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    try {
      const { herstelcode } = data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
      const uit = data(await omgeving.handlers.herstelcodeAfdrukken({ herstelcode }));
      expect(uit.opgeslagen).toBe(true);
      expect(omgeving.opgeslagen.get(uit.bestandsnaam)?.length).toBeGreaterThan(1000);
      const regels = await omgeving.kluis.db.selectFrom('logboek').selectAll().execute();
      expect(regels.filter((r) => r.actie === 'herstelcode afgedrukt')).toEqual([
        expect.objectContaining({ object: 'kluis', actor: 'Regisseur', resultaat: 'gelukt' }),
      ]);
      const geheim = herstelcode.replace(/[^A-Za-z0-9]/g, '');
      for (const regel of regels) {
        const tekst = JSON.stringify(regel).replace(/[^A-Za-z0-9]/g, '');
        expect(tekst.includes(geheim)).toBe(false);
      }
    } finally {
      await omgeving.opruimen();
    }
  });

  it('writes no line when saving was cancelled', async () => {
    const folder = tijdelijkeFolder();
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: async () => false }, () => undefined);
    try {
      const { herstelcode } = data(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
      await kluis.db.insertInto('instellingen').values({ sleutel: 'test', waarde: '"x"' }).execute();
      const voor = await kluis.db.selectFrom('logboek').selectAll().execute();
      expect(data(await handlers.herstelcodeAfdrukken({ herstelcode })).opgeslagen).toBe(false);
      expect(await kluis.db.selectFrom('logboek').selectAll().execute()).toEqual(voor);
    } finally {
      await kluis.vergrendelen();
      folder.opruimen();
    }
  });
});
