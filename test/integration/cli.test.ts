import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alsCsv, alsXlsx, sjabloonRijen } from '../fixtures/importbestanden';
import { tijdelijkeFolder } from '../fixtures/omgeving';

// The command line as a regisseur or a script runs it: `npx tsx electron/cli.ts …` in a child process,
// the passphrase only in KOERS_PASSPHRASE. The CLI has no test knob for scrypt, so the vault is made once
// with the real cost and every step below reuses it.

const ROOT = resolve(import.meta.dirname, '../..');
const WACHTWOORD = 'correct paard batterij niet';

interface Uitvoer {
  code: number | null;
  stdout: string;
  stderr: string;
}

function koers(args: string[], omgeving: Record<string, string | undefined> = { KOERS_PASSPHRASE: WACHTWOORD }): Uitvoer {
  const env = { ...process.env, ...omgeving };
  if (!('KOERS_PASSPHRASE' in omgeving) || omgeving.KOERS_PASSPHRASE === undefined) delete env.KOERS_PASSPHRASE;
  // stdin is a pipe, not a terminal: without the variable the CLI must refuse instead of prompting.
  const uit = spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', input: '', timeout: 120_000 });
  return { code: uit.status, stdout: uit.stdout, stderr: uit.stderr.split('\n').filter((r) => !r.startsWith('npm warn')).join('\n') };
}

describe('command line: kluis-aanmaken, import, export', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: string;
  const rijen = sjabloonRijen(12, '2026-11-23', 31);

  beforeAll(() => {
    folder = tijdelijkeFolder();
    kluis = join(folder.pad, 'kluis');
  });
  afterAll(() => folder.opruimen());

  it('creates an empty vault once and prints the herstelcode; a second time is refused with exit 2', () => {
    const eerste = koers(['kluis-aanmaken', '--vault', kluis]);
    expect(eerste.code).toBe(0);
    expect(eerste.stdout).toMatch(/Herstelcode[^\n]*\n\s+[A-Z0-9]{4}(-[A-Z0-9]{4}){7}/);
    expect(existsSync(join(kluis, 'koers.db'))).toBe(true);

    const tweede = koers(['kluis-aanmaken', '--vault', kluis]);
    expect(tweede.code).toBe(2);
    expect(tweede.stderr).toMatch(/Er staat al een kluis/);
  }, 120_000);

  it('refuses without the passphrase in the environment (no terminal to ask), and with a wrong one', () => {
    const bestand = join(folder.pad, 'lijst-a.csv');
    writeFileSync(bestand, alsCsv(rijen));
    const zonder = koers(['import', '--vault', kluis, bestand], { KOERS_PASSPHRASE: undefined });
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toMatch(/KOERS_PASSPHRASE/);
    const fout = koers(['import', '--vault', kluis, bestand], { KOERS_PASSPHRASE: 'niet het goede wachtwoord' });
    expect(fout.code).toBe(2);
    expect(fout.stderr).toMatch(/Onjuist wachtwoord/);
    // A passphrase is never an argument.
    const argument = koers(['import', '--vault', kluis, '--wachtwoord', WACHTWOORD, bestand]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toMatch(/Onbekende of onvolledige optie --wachtwoord/);
  }, 180_000);

  it('import: validation errors give exit 2 with the Dutch error list and change nothing; --alleen-correcte imports the rest', async () => {
    const fout = [...rijen];
    fout[1] = { ...fout[1]!, bsn: '123456789' };
    fout[4] = { ...fout[4]!, geboortedatum: '30-02-1990' };
    const bestand = join(folder.pad, 'met-fouten.xlsx');
    writeFileSync(bestand, await alsXlsx(fout));

    const geweigerd = koers(['import', '--vault', kluis, bestand]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.stdout).toMatch(/nieuw: +10/);
    expect(geweigerd.stdout).toMatch(/met een fout: 2/);
    expect(geweigerd.stderr).toContain('Rij 3, kolom bsn: Dit BSN klopt niet');
    expect(geweigerd.stderr).toContain('Rij 6, kolom geboortedatum: Deze datum bestaat niet');
    expect(geweigerd.stderr).toMatch(/Er is niets geïmporteerd/);
    // No personal data: no BSN, no name.
    for (const r of fout) {
      expect(geweigerd.stdout + geweigerd.stderr).not.toContain(String(r.bsn));
      expect(geweigerd.stdout + geweigerd.stderr).not.toContain(String(r.achternaam));
    }

    const gedeeltelijk = koers(['import', '--vault', kluis, '--alleen-correcte', bestand]);
    expect(gedeeltelijk.code).toBe(0);
    expect(gedeeltelijk.stdout).toMatch(/Geïmporteerd: 10 nieuwe dossiers/);
    expect(gedeeltelijk.stdout).toMatch(/2 rijen met een fout overgeslagen/);
  }, 180_000);

  it('import of the corrected file adds the rest, a second time nothing (exit 0); export writes the list', () => {
    const bestand = join(folder.pad, 'lijst.csv');
    writeFileSync(bestand, alsCsv(rijen, { codering: 'utf-8-bom' }));
    const rest = koers(['import', '--vault', kluis, bestand]);
    expect(rest.code).toBe(0);
    expect(rest.stdout).toMatch(/Geïmporteerd: 2 nieuwe dossiers[^\n]*; 10 al aanwezig/);
    const nogmaals = koers(['import', '--vault', kluis, bestand]);
    expect(nogmaals.code).toBe(0);
    expect(nogmaals.stdout).toMatch(/Niets te importeren/);

    const uit = join(folder.pad, 'inburgeraars.xlsx');
    const exp = koers(['export', '--vault', kluis, '--lijst', 'inburgeraars', '--out', uit]);
    expect(exp.code).toBe(0);
    expect(readFileSync(uit).subarray(0, 2).toString()).toBe('PK');
    const onbekend = koers(['export', '--vault', kluis, '--lijst', 'iedereen', '--out', uit]);
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr).toMatch(/Kies met --lijst/);
    // Anything that is not a refused input (here: a folder that does not exist) is exit 1.
    const mislukt = koers(['export', '--vault', kluis, '--lijst', 'inburgeraars', '--out', join(folder.pad, 'bestaat-niet', 'x.xlsx')]);
    expect(mislukt.code).toBe(1);
  }, 300_000);
});
