import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakRandom, synthetischBsn, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { merkteken } from '../fixtures/crash-merkteken';
import { TEST_WACHTWOORD, data, testOmgeving, tijdelijkeFolder, type TestOmgeving } from '../fixtures/omgeving';

// Issue 11 item 9: no personal value may be readable on disk. Synthetic dossiers get unique values (names,
// BSN, telephone, V-nummer, note text); then every file Koers leaves in the vault folder — the database, its
// WAL and shared memory while open, backups with their key files and manifests, temp files — and everything
// Koers wrote to the console is searched for each value, as UTF-8 and as UTF-16. A planted plaintext file
// proves the search finds what is there.

const AANTAL = 30;
let omgeving: TestOmgeving;
const waarden: string[] = [];
const console_: string[] = [];

function alleBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? alleBestanden(pad) : [pad];
  });
}

/** The values found in the files, each as "value in file". */
function gevonden(bestanden: string[], gezocht: string[]): string[] {
  const treffers: string[] = [];
  for (const bestand of bestanden) {
    const inhoud = readFileSync(bestand);
    for (const waarde of gezocht) {
      if (inhoud.includes(Buffer.from(waarde, 'utf8')) || inhoud.includes(Buffer.from(waarde, 'utf16le'))) treffers.push(`${waarde} in ${bestand}`);
    }
  }
  return treffers;
}

beforeAll(async () => {
  for (const soort of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, soort).mockImplementation((...args: unknown[]) => {
      console_.push(args.map(String).join(' '));
    });
  }
  omgeving = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
  data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  const random = maakRandom(4242);
  for (let i = 0; i < AANTAL; i += 1) {
    const achternaam = merkteken(77, i);
    const voornamen = `Vn${merkteken(78, i).slice(5)}`;
    const bsn = synthetischBsn(random);
    const telefoon = `06-${String(31000000 + i * 7919)}`;
    const vNummer = String(4100000000 + i * 104729);
    const notitie = `Gesprek over ${merkteken(79, i)} en de woning`;
    const invoer = { ...synthetischeInburgeraar(random, '2026-11-23', i), achternaam, voornamen, bsn, telefoon, vNummer };
    const { id } = data(await omgeving.handlers.inburgeraarToevoegen(invoer));
    data(await omgeving.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: '2026-11-20', soort: 'gesprek', tekst: notitie }));
    waarden.push(achternaam, voornamen, bsn, telefoon, vNummer, merkteken(79, i));
  }
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await omgeving.opruimen();
});

describe('no plaintext on disk', () => {
  it('the search finds a value that is really there (control)', () => {
    const controle = tijdelijkeFolder();
    try {
      writeFileSync(join(controle.pad, 'klaar.txt'), `${waarden[0]}\n`);
      writeFileSync(join(controle.pad, 'klaar16.txt'), Buffer.from(waarden[2]!, 'utf16le'));
      expect(gevonden(alleBestanden(controle.pad), [waarden[0]!, waarden[2]!])).toHaveLength(2);
    } finally {
      controle.opruimen();
    }
  });

  it(`finds none of ${AANTAL * 6} personal values in the open vault, its WAL, backups, temp files or the console`, async () => {
    const open = alleBestanden(omgeving.folder);
    expect(open.some((b) => b.endsWith('koers.db-wal'))).toBe(true);
    expect(gevonden(open, waarden)).toEqual([]);

    omgeving.kluis.backup('klaretekst');
    await omgeving.kluis.vergrendelen();
    const dicht = alleBestanden(omgeving.folder);
    expect(dicht.some((b) => b.includes('backups'))).toBe(true);
    expect(gevonden(dicht, waarden)).toEqual([]);
    expect(console_.filter((regel) => waarden.some((w) => regel.includes(w)))).toEqual([]);
    process.stdout.write(`klaretekst: ${waarden.length} waarden gezocht in ${new Set([...open, ...dicht]).size} bestanden en de console; geen gevonden\n`);
  });
});
