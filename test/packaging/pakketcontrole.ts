import { listPackage } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';

// `npm run package:check`: validates electron-builder.yml without internet. electron-builder packs
// the app into a Linux directory build around a stub Electron binary (the result does not run),
// and this script checks that everything the app needs at run time is in it.

const wortel = resolve(import.meta.dirname, '../..');
const fouten: string[] = [];
const eis = (voorwaarde: boolean, melding: string) => {
  if (!voorwaarde) fouten.push(melding);
};

interface Config {
  appId?: string;
  electronFuses?: Record<string, boolean>;
  productName?: string;
  win?: { target?: string[] };
  linux?: { target?: string[] };
  asarUnpack?: string[];
  extraResources?: { from: string; to: string }[];
}
const config = load(readFileSync(join(wortel, 'electron-builder.yml'), 'utf8')) as Config;
eis(config.productName === 'Koers', 'productName is niet "Koers"');
eis(!!config.appId, 'appId ontbreekt');
eis(JSON.stringify(config.win?.target) === JSON.stringify(['nsis', 'msi']), 'Windows-doelen moeten nsis en msi zijn');
eis(JSON.stringify(config.linux?.target) === JSON.stringify(['AppImage']), 'Linux-doel moet AppImage zijn');
eis(!!config.asarUnpack?.some((p) => p.includes('better-sqlite3-multiple-ciphers')), 'de SQLite-cipher-module moet buiten de asar staan');

// Electron fuses (issue 11 item 8), in the order of the V1 fuse wire (@electron/fuses FuseV1Options).
const FUSES: [naam: string, verwacht: boolean][] = [
  ['runAsNode', false],
  ['enableCookieEncryption', true],
  ['enableNodeOptionsEnvironmentVariable', false],
  ['enableNodeCliInspectArguments', false],
  ['enableEmbeddedAsarIntegrityValidation', true],
  ['onlyLoadAppFromAsar', true],
  ['loadBrowserProcessSpecificV8Snapshot', false],
  ['grantFileProtocolExtraPrivileges', false],
];
for (const [naam, verwacht] of FUSES) {
  eis(config.electronFuses?.[naam] === verwacht, `electronFuses.${naam} moet ${verwacht} zijn`);
}
// The fuse wire as Electron ships it: sentinel, version 1, length, then '1'/'0' per fuse (Electron's defaults).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const STANDAARD_DRAAD = '10110001';

const werk = mkdtempSync(join(tmpdir(), 'koers-pakket-'));
try {
  const stub = join(werk, 'electron-stub');
  execFileSync('mkdir', ['-p', stub]);
  // The stub carries a fuse wire with Electron's defaults, so electron-builder flips the fuses in it as in a real build.
  writeFileSync(
    join(stub, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\necho "stub: geen echte Electron"\nexit 0\n# '), Buffer.from(SENTINEL), Buffer.from([1, STANDAARD_DRAAD.length]), Buffer.from(`${STANDAARD_DRAAD}\n`)]),
  );
  chmodSync(join(stub, 'electron'), 0o755);

  execFileSync('npm', ['run', '--silent', 'build'], { cwd: wortel, stdio: 'inherit' });
  execFileSync(
    join(wortel, 'node_modules/.bin/electron-builder'),
    ['--linux', 'dir', '--config', 'electron-builder.yml', `-c.electronDist=${stub}`, `-c.directories.output=${join(werk, 'uit')}`],
    { cwd: wortel, stdio: 'inherit' },
  );

  const app = join(werk, 'uit', 'linux-unpacked');
  const binair = readdirSync(app).map((naam) => join(app, naam)).find((pad) => statSync(pad).isFile() && readFileSync(pad).includes(SENTINEL));
  eis(!!binair, 'het Electron-programma met de fuse-draad ontbreekt in het pakket');
  if (binair) {
    const inhoud = readFileSync(binair);
    const plek = inhoud.indexOf(SENTINEL) + SENTINEL.length;
    const draad = inhoud.subarray(plek + 2, plek + 2 + inhoud[plek + 1]!).toString('latin1');
    FUSES.forEach(([naam, verwacht], i) => eis(draad[i] === (verwacht ? '1' : '0'), `fuse ${naam} staat in het pakket op ${draad[i] === '1' ? 'aan' : 'uit'}, moet ${verwacht ? 'aan' : 'uit'} zijn`));
  }
  const asar = join(app, 'resources', 'app.asar');
  eis(existsSync(asar), 'app.asar ontbreekt');
  const inhoud = existsSync(asar) ? listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/')) : [];
  for (const nodig of ['/package.json', '/dist/renderer/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs']) {
    eis(inhoud.includes(nodig), `${nodig} ontbreekt in app.asar`);
  }
  const binding = join(app, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', 'win32-x64.node');
  eis(existsSync(binding), 'de Windows-binding van better-sqlite3-multiple-ciphers ontbreekt (uitgepakt)');
  for (const bron of ['fonts/DejaVuSans.ttf', 'icc/sRGB.icc', 'templates/participatieverklaring/2022-01-01.json', 'templates/beschikking/2026-01-01.json']) {
    eis(existsSync(join(app, 'resources', 'resources', bron)), `resources/${bron} ontbreekt`);
  }
} finally {
  rmSync(werk, { recursive: true, force: true });
}

if (fouten.length > 0) {
  console.error(`Pakketcontrole mislukt:\n- ${fouten.join('\n- ')}`);
  process.exit(1);
}
console.log('Pakketcontrole: electron-builder.yml is geldig en het pakket bevat alles wat Koers nodig heeft.');
