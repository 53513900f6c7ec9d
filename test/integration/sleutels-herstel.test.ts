import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schrijfAtomisch } from '../../db/bestanden';
import { Kluis, NIEUWE_DATABASE, type Onderbreekpunt } from '../../db/vault';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 item 2: every leftover of a crash gives a vault that opens, or a clear state and a message
// that says what exists and what to do. Crashes are simulated by throwing at the exact moment.

const WAARDE = 'synthetische-waarde-7';
const NIEUW_WACHTWOORD = 'nieuwe zin met vier woorden';

class Crash extends Error {}

function onderbrekerBij(punt: Onderbreekpunt) {
  return (bereikt: Onderbreekpunt) => {
    if (bereikt === punt) throw new Crash(punt);
  };
}

describe('a vault that survives a crash', () => {
  let folder: { pad: string; opruimen: () => void };
  const kluizen: Kluis[] = [];
  const nieuweKluis = (onderbreek?: (punt: Onderbreekpunt) => void) => {
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, wacht: async () => undefined, ...(onderbreek ? { onderbreek } : {}) });
    kluizen.push(kluis);
    return kluis;
  };
  const bestanden = () => readdirSync(folder.pad).sort();

  beforeEach(() => {
    folder = tijdelijkeFolder();
  });
  afterEach(async () => {
    for (const kluis of kluizen.splice(0)) await kluis.vergrendelen();
    folder.opruimen();
  });

  async function gevuldeKluis(): Promise<Kluis> {
    const kluis = nieuweKluis();
    kluis.bevestigHerstelcode(await kluis.aanmaken(TEST_WACHTWOORD));
    await kluis.db.insertInto('instellingen').values({ sleutel: 'test', waarde: JSON.stringify(WAARDE) }).execute();
    await kluis.vergrendelen();
    return kluis;
  }

  async function leesWaarde(kluis: Kluis): Promise<string> {
    const rij = await kluis.db.selectFrom('instellingen').selectAll().where('sleutel', '=', 'test').executeTakeFirstOrThrow();
    return JSON.parse(rij.waarde) as string;
  }

  it('creation interrupted before the key file: only koers.db.nieuw → "onvolledig"; creating again cleans it up', async () => {
    await expect(nieuweKluis(onderbrekerBij('database gemaakt')).aanmaken(TEST_WACHTWOORD)).rejects.toBeInstanceOf(Crash);
    expect(bestanden()).toEqual([NIEUWE_DATABASE]);
    const kluis = nieuweKluis();
    expect(kluis.status()).toMatchObject({ toestand: 'onvolledig', bestaat: false, melding: expect.stringContaining('Maak de kluis opnieuw aan') });
    await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'GEEN_KLUIS' });
    await kluis.aanmaken(TEST_WACHTWOORD);
    expect(kluis.status()).toMatchObject({ toestand: 'gereed', ontgrendeld: true });
    expect(bestanden().some((naam) => naam.startsWith(NIEUWE_DATABASE))).toBe(false);
  });

  it('creation interrupted after the key file, before the rename → "onvolledig"; the loose key file is kept aside, never deleted', async () => {
    await expect(nieuweKluis(onderbrekerBij('sleutel geschreven')).aanmaken(TEST_WACHTWOORD)).rejects.toBeInstanceOf(Crash);
    expect(bestanden()).toEqual(['koers.db.nieuw', 'koers.sleutel.json']);
    const kluis = nieuweKluis();
    expect(kluis.status().toestand).toBe('onvolledig');
    await kluis.aanmaken(TEST_WACHTWOORD);
    expect(bestanden().filter((naam) => naam.startsWith('koers.sleutel.json.los-'))).toHaveLength(1);
    expect(kluis.status().toestand).toBe('gereed');
  });

  it('a key file without database: "onvolledig" with a message naming both files; unlocking creates no database', async () => {
    await gevuldeKluis();
    rmSync(join(folder.pad, 'koers.db'));
    const kluis = nieuweKluis();
    const status = kluis.status();
    expect(status).toMatchObject({ toestand: 'onvolledig', bestaat: false });
    expect(status.melding).toContain('koers.sleutel.json');
    expect(status.melding).toContain('Zet dan koers.db terug uit een back-up');
    await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'GEEN_KLUIS' });
    expect(existsSync(join(folder.pad, 'koers.db'))).toBe(false);
  });

  it('a database without key file but with .vorige: opens with it and puts the key file back', async () => {
    const eerste = await gevuldeKluis();
    await eerste.ontgrendelen(TEST_WACHTWOORD);
    await eerste.voegVervangerToe('Vervanger', 'appel fiets lantaarn zeven'); // a second write, so .vorige exists
    await eerste.vergrendelen();
    rmSync(join(folder.pad, 'koers.sleutel.json'));
    const kluis = nieuweKluis();
    expect(kluis.status()).toMatchObject({ toestand: 'gereed', bestaat: true, melding: expect.stringContaining('koers.sleutel.json.vorige') });
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(await leesWaarde(kluis)).toBe(WAARDE);
    expect(existsSync(join(folder.pad, 'koers.sleutel.json'))).toBe(true);
    expect(kluis.status().melding).toBeNull();
  });

  it('a database without any key file: "sleutel_ontbreekt", says what to do, and never blocks a new vault (the old file is kept)', async () => {
    await gevuldeKluis();
    rmSync(join(folder.pad, 'koers.sleutel.json'));
    rmSync(join(folder.pad, 'koers.sleutel.json.vorige'), { force: true });
    const grootte = statSync(join(folder.pad, 'koers.db')).size;
    const kluis = nieuweKluis();
    const status = kluis.status();
    expect(status).toMatchObject({ toestand: 'sleutel_ontbreekt', bestaat: true, ontgrendeld: false });
    expect(status.melding).toMatch(/staat het kluisbestand koers\.db \(\d+ kB\), maar het sleutelbestand koers\.sleutel\.json ontbreekt/);
    expect(status.melding).toContain('map "backups"');
    await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESCHADIGD', message: expect.stringContaining('ontbreekt') });
    await expect(kluis.aanmaken(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESTAAT_AL', message: expect.stringContaining('opzij') });
    expect(statSync(join(folder.pad, 'koers.db')).size).toBe(grootte);

    await kluis.aanmaken(TEST_WACHTWOORD, { oudeOpzijZetten: true });
    const opzij = bestanden().filter((naam) => /^koers\.db\.opzij-[^-]/.test(naam) && !/-(wal|shm|journal)$/.test(naam));
    expect(opzij).toHaveLength(1);
    expect(statSync(join(folder.pad, opzij[0]!)).size).toBe(grootte);
    expect(kluis.status().toestand).toBe('gereed');
  });

  it('an empty koers.db without key file (an older Koers crashed while creating) never blocks creating a vault', async () => {
    writeFileSync(join(folder.pad, 'koers.db'), '');
    const kluis = nieuweKluis();
    expect(kluis.status()).toMatchObject({ toestand: 'onvolledig', bestaat: false });
    await kluis.aanmaken(TEST_WACHTWOORD);
    expect(kluis.status().toestand).toBe('gereed');
  });

  for (const punt of ['wissel geschreven', 'herversleuteld'] as const) {
    it(`key change interrupted at "${punt}": the vault opens with the passphrase, the change is finished, data intact`, async () => {
      await gevuldeKluis();
      const kluis = nieuweKluis(onderbrekerBij(punt));
      await kluis.ontgrendelen(TEST_WACHTWOORD);
      await expect(kluis.nieuweHerstelcode(TEST_WACHTWOORD)).rejects.toBeInstanceOf(Crash);
      await kluis.vergrendelen();
      const halverwege = JSON.parse(readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8'));
      expect(halverwege.wissel).toBeDefined();

      const na = nieuweKluis();
      expect(na.status().toestand).toBe('gereed');
      await na.ontgrendelen(TEST_WACHTWOORD);
      expect(await leesWaarde(na)).toBe(WAARDE);
      const bestand = JSON.parse(readFileSync(join(folder.pad, 'koers.sleutel.json'), 'utf8'));
      expect(bestand.wissel).toBeUndefined();
      expect(bestand.sleutelId).toBe(halverwege.wissel.sleutelId);
      expect(bestand.herstelcodeBevestigd).toBe(false); // the new code was never shown: Koers asks for a new one
      expect(JSON.parse(readFileSync(join(folder.pad, 'koers.sleutel.json.vorige'), 'utf8')).wissel).toBeUndefined();
      const acties = (await na.db.selectFrom('logboek').select('actie').where('object', '=', 'kluis').execute()).map((r) => r.actie);
      expect(acties).toContain('sleutel vervangen: voltooid na onderbreking');
    });
  }

  it('a passphrase change interrupted halfway opens with the new passphrase too', async () => {
    await gevuldeKluis();
    const kluis = nieuweKluis(onderbrekerBij('wissel geschreven'));
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    await expect(kluis.wijzigWachtwoord(TEST_WACHTWOORD, NIEUW_WACHTWOORD, true)).rejects.toBeInstanceOf(Crash);
    await kluis.vergrendelen();
    const na = nieuweKluis();
    await na.ontgrendelen(NIEUW_WACHTWOORD);
    expect(await leesWaarde(na)).toBe(WAARDE);
    await na.vergrendelen();
    await expect(na.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
  });

  it('reads a version 1 key file and writes version 2 at the next change', async () => {
    const kluis = await gevuldeKluis();
    const v2 = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8'));
    const v1 = {
      versie: 1,
      aangemaakt: v2.aangemaakt,
      wachtwoord: v2.sloten.find((s: { soort: string }) => s.soort === 'wachtwoord').verpakt,
      herstelcode: v2.sloten.find((s: { soort: string }) => s.soort === 'herstelcode').verpakt,
      herstelcodeBevestigd: true,
    };
    writeFileSync(kluis.sleutelPad, JSON.stringify(v1));
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    expect(kluis.actor).toBe('Regisseur');
    expect(await leesWaarde(kluis)).toBe(WAARDE);
    expect(JSON.parse(readFileSync(kluis.sleutelPad, 'utf8')).versie).toBe(1);
    await kluis.wijzigWachtwoord(TEST_WACHTWOORD, NIEUW_WACHTWOORD);
    const na = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8'));
    expect(na).toMatchObject({ versie: 2, herstelcodeBevestigd: true });
    expect(na.sloten.map((s: { naam: string }) => s.naam)).toEqual(['Regisseur', 'Herstelcode']);
    expect(JSON.parse(readFileSync(kluis.vorigeSleutelPad, 'utf8')).versie).toBe(1);
  });

  it('schrijfAtomisch replaces whole files, leaves no temp file, and writes mode 0600', () => {
    const pad = join(folder.pad, 'manifest.json');
    schrijfAtomisch(pad, '{"a":1}');
    schrijfAtomisch(pad, Buffer.from('{"a":2}'));
    expect(readFileSync(pad, 'utf8')).toBe('{"a":2}');
    expect(bestanden()).toEqual(['manifest.json']);
    if (process.platform !== 'win32') expect(statSync(pad).mode & 0o777).toBe(0o600);
    expect(() => schrijfAtomisch(join(folder.pad, 'bestaat-niet', 'x.json'), 'x')).toThrow();
    expect(bestanden()).toEqual(['manifest.json']);
  });
});
