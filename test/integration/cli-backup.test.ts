import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Bestand } from '../../db/backup';
import { Kluis } from '../../db/vault';
import { maakDemo } from '../../electron/demo/demo';
import { TEST_SCRYPT, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 items 3 and 10: the demo vault, then backup, controleer and herstel on the demo vault, as a child process,
// the passphrase only from KOERS_PASSPHRASE (read from demo-wachtwoord.txt) and a herstelcode
// only from KOERS_HERSTELCODE. A backup is restored on a clean folder (a new workstation).

const ROOT = resolve(import.meta.dirname, '../..');

interface Uitvoer {
  code: number | null;
  stdout: string;
  stderr: string;
}

function koers(args: string[], omgeving: Record<string, string | undefined> = {}): Uitvoer {
  const env: Record<string, string | undefined> = { ...process.env, KOERS_PASSPHRASE: undefined, KOERS_HERSTELCODE: undefined, ...omgeving };
  for (const [sleutel, waarde] of Object.entries(env)) if (waarde === undefined) delete env[sleutel];
  const uit = spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', input: '', timeout: 240_000 });
  return { code: uit.status, stdout: uit.stdout, stderr: uit.stderr.split('\n').filter((r) => !r.startsWith('npm warn')).join('\n') };
}

/** Every file in a folder with its hash: "nothing changed" means this is the same before and after. */
function afdruk(map: string): Record<string, string> {
  if (!existsSync(map)) return {};
  return Object.fromEntries(readdirSync(map, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), sha256Bestand(join(e.parentPath, e.name))]));
}

async function inhoud(kluisPad: string, wachtwoord: string): Promise<{ inburgeraars: number; acties: string[] }> {
  const kluis = new Kluis(kluisPad);
  await kluis.ontgrendelen(wachtwoord);
  try {
    const inburgeraars = (await kluis.db.selectFrom('inburgeraars').select('id').execute()).length;
    const acties = (await kluis.db.selectFrom('logboek').select('actie').where('object', '=', 'kluis').orderBy('id').execute()).map((r) => r.actie);
    return { inburgeraars, acties };
  } finally {
    await kluis.vergrendelen();
  }
}

describe('command line: backup, controleer and herstel on the demo vault', () => {
  let folder: { pad: string; opruimen: () => void };
  let demo: string;
  let kluis: string;
  let usb: string;
  let wachtwoord: string;
  let herstelcode: string;
  let backup: string;
  let bsns: string[];
  let origineel: number;

  beforeAll(async () => {
    folder = tijdelijkeFolder();
    demo = join(folder.pad, 'demo');
    kluis = join(demo, 'kluis');
    usb = join(folder.pad, 'usb');
    // The demo (what `npm run demo` runs) is made in this process with the cheaper test scrypt; it is stored in
    // the key file, so the commands below unlock quickly too.
    const uitkomst = await maakDemo(demo, { aantal: 16, scrypt: TEST_SCRYPT });
    wachtwoord = readFileSync(join(demo, 'demo-wachtwoord.txt'), 'utf8').trim();
    expect(wachtwoord).toBe(uitkomst.wachtwoord);
    herstelcode = uitkomst.herstelcode;
    const k = new Kluis(kluis);
    await k.ontgrendelen(wachtwoord);
    bsns = (await k.db.selectFrom('inburgeraars').select('bsn').execute()).map((r) => r.bsn);
    origineel = bsns.length;
    await k.vergrendelen();
  }, 480_000);
  afterAll(() => folder?.opruimen());

  const geenPersoonsgegevens = (uit: Uitvoer) => {
    for (const bsn of bsns) expect(uit.stdout + uit.stderr).not.toContain(bsn);
  };

  it('backup --naar writes a backup folder; without the passphrase it refuses', () => {
    const zonder = koers(['backup', '--vault', kluis, '--naar', usb]);
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toMatch(/KOERS_PASSPHRASE/);
    expect(existsSync(usb)).toBe(false);

    const uit = koers(['backup', '--vault', kluis, '--naar', usb], { KOERS_PASSPHRASE: wachtwoord });
    expect(uit.code, uit.stderr).toBe(0);
    const mappen = readdirSync(usb);
    expect(mappen).toHaveLength(1);
    expect(mappen[0]).toMatch(/^koers-backup-\d{8}-\d{6}-handmatig$/);
    backup = join(usb, mappen[0]!);
    expect(uit.stdout).toBe(`Backup gemaakt: ${backup}\n`);
    expect(readdirSync(backup).sort()).toEqual(['koers.db', 'koers.sleutel.json', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8')) as { koersVersie: string };
    expect(manifest.koersVersie).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    // Also one next to the vault, through the same handler as the button.
    const naast = koers(['backup', '--vault', kluis], { KOERS_PASSPHRASE: wachtwoord });
    expect(naast.code, naast.stderr).toBe(0);
    expect(naast.stdout).toMatch(/^Backup gemaakt \(\d+[,\d]* [kM]B\): koers-backup-\d{8}-\d{6}-handmatig\. Er is nog geen backupmap gekozen/);
    geenPersoonsgegevens(uit);
  }, 480_000);

  it('controleer: exit 0 for a healthy vault with its backups, exit 2 naming a changed backup', () => {
    const goed = koers(['controleer', '--vault', kluis, '--backups', usb], { KOERS_PASSPHRASE: wachtwoord });
    expect(goed.code, goed.stderr).toBe(0);
    expect(goed.stdout).toMatch(/\[in orde\] Kluis: In orde \(integrity_check\)\./);
    expect(goed.stdout).toMatch(/\[in orde\] Logboek: /);
    expect(goed.stdout).toContain(`[in orde] Backup ${backup.split('/').at(-1)} (${usb}): In orde: de sleutel opent de backup en de database is heel.`);
    expect(goed.stdout).toMatch(/\[in orde\] Backup koers-backup-\d{8}-\d{6}-handmatig \(naast de kluis\)/);
    expect(goed.stdout).toMatch(/Alles in orde\.\n$/);
    geenPersoonsgegevens(goed);

    const kapot = join(folder.pad, 'kapot');
    cpSync(backup, join(kapot, backup.split('/').at(-1)!), { recursive: true });
    const db = join(kapot, backup.split('/').at(-1)!, 'koers.db');
    const bytes = readFileSync(db);
    bytes[4096 + 100] = bytes[4096 + 100]! ^ 0x01;
    writeFileSync(db, bytes);
    const slecht = koers(['controleer', '--vault', kluis, '--backups', usb, '--backups', kapot], { KOERS_PASSPHRASE: wachtwoord });
    expect(slecht.code).toBe(2);
    expect(slecht.stdout).toContain(`[FOUT] Backup ${backup.split('/').at(-1)} (${kapot}): koers.db is veranderd of beschadigd: de SHA-256 klopt niet met het manifest.`);
    expect(slecht.stderr).toMatch(/^1 onderdeel is niet in orde: Backup koers-backup-/);

    const verkeerd = koers(['controleer', '--vault', kluis], { KOERS_PASSPHRASE: 'niet het wachtwoord van de demo' });
    expect(verkeerd.code).toBe(2);
    expect(verkeerd.stderr).toMatch(/Onjuist wachtwoord/);
  }, 480_000);

  it('herstel refuses a wrong passphrase, a changed backup and a missing folder, each changing nothing (exit 2)', () => {
    const voor = afdruk(kluis);
    const fout = koers(['herstel', '--van', backup, '--vault', kluis], { KOERS_PASSPHRASE: 'niet het wachtwoord van de demo' });
    expect(fout.code).toBe(2);
    expect(fout.stderr.trim()).toBe('Deze backup wordt niet teruggezet: Het wachtwoord opent het sleutelbestand van deze backup niet. Er is niets veranderd.');
    const kapot = join(folder.pad, 'kapot', backup.split('/').at(-1)!);
    const beschadigd = koers(['herstel', '--van', kapot, '--vault', kluis], { KOERS_PASSPHRASE: wachtwoord });
    expect(beschadigd.code).toBe(2);
    expect(beschadigd.stderr).toMatch(/SHA-256 klopt niet met het manifest\. Er is niets veranderd\./);
    const weg = koers(['herstel', '--van', join(usb, 'bestaat-niet'), '--vault', kluis], { KOERS_PASSPHRASE: wachtwoord });
    expect(weg.code).toBe(2);
    expect(weg.stderr).toMatch(/bestaat niet\. Er is niets veranderd\./);
    const code = koers(['herstel', '--van', backup, '--vault', kluis], { KOERS_HERSTELCODE: 'ABCD' });
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/^KOERS_HERSTELCODE: Een herstelcode heeft 32 tekens/);
    expect(afdruk(kluis)).toEqual(voor);
  }, 480_000);

  it('herstel onto a clean folder (a new workstation) with the passphrase, and again over it with the herstelcode', async () => {
    const nieuw = join(folder.pad, 'nieuwe-werkplek', 'kluis');
    const uit = koers(['herstel', '--van', backup, '--vault', nieuw], { KOERS_PASSPHRASE: wachtwoord });
    expect(uit.code, uit.stderr).toBe(0);
    expect(uit.stdout).toMatch(/gecontroleerd en teruggezet in /);
    expect(uit.stdout).not.toMatch(/vervangen kluis/);
    geenPersoonsgegevens(uit);
    const hersteld = await inhoud(nieuw, wachtwoord);
    expect(hersteld.inburgeraars).toBe(origineel);
    expect(hersteld.acties).toContain('backup teruggezet: handmatig');
    const controle = koers(['controleer', '--vault', nieuw], { KOERS_PASSPHRASE: wachtwoord });
    expect(controle.code, controle.stdout + controle.stderr).toBe(0);

    const opnieuw = koers(['herstel', '--van', backup, '--vault', nieuw], { KOERS_HERSTELCODE: herstelcode.toLowerCase() });
    expect(opnieuw.code, opnieuw.stderr).toBe(0);
    const voorHerstel = readdirSync(nieuw).filter((n) => n.startsWith('voor-herstel-'));
    expect(voorHerstel).toHaveLength(1);
    expect(opnieuw.stdout).toContain(`De vervangen kluis staat in ${join(nieuw, voorHerstel[0]!)}.`);
    expect(opnieuw.stdout).toMatch(/met deze herstelcode en kies daarbij een nieuw wachtwoord/);
    expect((await inhoud(nieuw, wachtwoord)).inburgeraars).toBe(origineel);
    expect((await inhoud(join(nieuw, voorHerstel[0]!), wachtwoord)).acties).toContain('backup teruggezet: handmatig');
  }, 480_000);
});
