import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STANDAARD_SCRYPT, nieuweDatasleutel, pakUit, verpak } from '../../db/sleutels';
import { Kluis } from '../../db/vault';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 item 8: a hostile key file cannot make Koers hang or allocate gigabytes, nor pass a short GCM tag.

describe('bounded key files', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: Kluis;
  let origineel: string;

  beforeEach(async () => {
    folder = tijdelijkeFolder();
    kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, wacht: async () => undefined });
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();
    origineel = readFileSync(kluis.sleutelPad, 'utf8');
  });
  afterEach(async () => {
    await kluis.vergrendelen();
    folder.opruimen();
  });

  function metWachtwoordslot(wijzig: (verpakt: Record<string, unknown> & { scrypt: Record<string, unknown> }) => void): void {
    const bestand = JSON.parse(origineel);
    wijzig(bestand.sloten[0].verpakt);
    writeFileSync(kluis.sleutelPad, JSON.stringify(bestand));
  }

  const vijandig: [string, (v: Record<string, unknown> & { scrypt: Record<string, unknown> }) => void][] = [
    ['N = 2^21 (2 GiB)', (v) => (v.scrypt.N = 2 ** 21)],
    ['N = 2^30', (v) => (v.scrypt.N = 2 ** 30)],
    ['N = 2^13 (too weak)', (v) => (v.scrypt.N = 2 ** 13)],
    ['N not a power of two', (v) => (v.scrypt.N = 3 * 2 ** 14)],
    ['r = 16', (v) => (v.scrypt.r = 16)],
    ['p = 5', (v) => (v.scrypt.p = 5)],
    ['p = 0', (v) => (v.scrypt.p = 0)],
    ['a 12-byte GCM tag', (v) => (v.tag = Buffer.from(v.tag as string, 'base64').subarray(0, 12).toString('base64'))],
    ['a 4-byte GCM tag', (v) => (v.tag = Buffer.alloc(4).toString('base64'))],
    ['a 31-byte wrapped key', (v) => (v.sleutel = Buffer.alloc(31).toString('base64'))],
    ['another kdf', (v) => (v.kdf = 'argon2')],
  ];

  for (const [naam, wijzig] of vijandig) {
    it(`refuses ${naam} as "beschadigd", at once and without touching the database`, async () => {
      metWachtwoordslot(wijzig);
      const database = readFileSync(kluis.databasePad);
      const start = performance.now();
      await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESCHADIGD', message: expect.stringContaining('sleutelbestand koers.sleutel.json is beschadigd') });
      expect(performance.now() - start).toBeLessThan(1000);
      expect(readFileSync(kluis.databasePad).equals(database)).toBe(true);
      expect(kluis.status()).toMatchObject({ ontgrendeld: false, melding: expect.stringContaining('beschadigd') });
    });
  }

  it('refuses a key file that is not JSON, too large, or has no passphrase slot', async () => {
    for (const inhoud of ['{"versie": 2', 'x'.repeat(1_100_000), JSON.stringify({ ...JSON.parse(origineel), sloten: JSON.parse(origineel).sloten.slice(1) })]) {
      writeFileSync(kluis.sleutelPad, inhoud);
      await expect(kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'KLUIS_BESCHADIGD' });
    }
  });

  it('accepts the bounds themselves: TEST_SCRYPT (2^14), the default (2^17), and p up to 4', () => {
    const sleutel = nieuweDatasleutel();
    for (const scrypt of [TEST_SCRYPT, STANDAARD_SCRYPT, { N: 2 ** 14, r: 8, p: 4 }]) {
      expect(pakUit(verpak(sleutel, 'geheim', scrypt), 'geheim')?.equals(sleutel)).toBe(true);
    }
    const verpakt = verpak(sleutel, 'geheim', TEST_SCRYPT);
    expect(pakUit(verpakt, 'ander geheim')).toBeNull();
    expect(pakUit({ ...verpakt, tag: Buffer.from(verpakt.tag, 'base64').subarray(0, 15).toString('base64') }, 'geheim')).toBeNull();
    expect(pakUit({ ...verpakt, scrypt: { N: 2 ** 21, r: 8, p: 1 } }, 'geheim')).toBeNull();
  });
});
