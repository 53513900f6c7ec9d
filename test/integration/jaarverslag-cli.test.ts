import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alsCsv, nlDatum, sjabloonRijen } from '../fixtures/importbestanden';
import { tijdelijkeFolder } from '../fixtures/omgeving';
import { pdfPaginas } from '../fixtures/pdf';

// The caseload check of issue 13: a historical caseload imported with `npm run koers -- import`, then
// `npm run koers -- jaarverslag`, and the Kerncijfers sheet compared with values worked out by hand.
// Like test/integration/cli.test.ts: a child process, the passphrase only in KOERS_PASSPHRASE.
//
// Report year 2025 (deadline = kennisgeving + 10 weeks, all on Mondays, no holidays involved):
//   R1 asiel   kg 2025-01-06, PIP 2025-03-17 B1   70 days, ON the deadline;  PVT 2025-06-02, MAP 2025-12-31
//   R2 asiel   kg 2025-01-06, PIP 2025-03-18 Z    71 days, one day late
//   R3 gezin   kg 2024-10-14, PIP 2024-12-16 B1   (December 2024: not in 2025); PVT 2025-01-01
//   R4 overig  kg 2024-12-02, PIP 2025-01-27 Z    56 days, on time (kennisgeving of the year before); PVT 2025-12-31
//   R5 gezin   kg 2025-05-05, PIP 2025-06-30 onderwijs 56 days, on time (no MAP in the onderwijsroute)
//   R6 asiel   kg 2025-11-03, no PIP
//   R7 overig  kg 2025-02-03, PIP 2025-04-07 B1   63 days, on time; MAP 2026-01-02 (not 2025)
//   R8 asiel   kg 2025-08-04, PIP 2025-10-27 B1   84 days, late
// instroom 2025: R1 R2 R5 R6 R7 R8 = 6 (asiel 4, gezin 1, overig 1)
// first PIPs 2025: R1 R2 R4 R5 R7 R8 = 6; on time R1 R4 R5 R7 = 4; days 56 56 63 70 71 84 → (63 + 70) / 2 = 66.5
// routes: B1 R1 R7 R8 = 3, onderwijs R5 = 1, Z R2 R4 = 2; PVT in 2025: R1 R3 R4 = 3; MAP in 2025: R1 = 1

const ROOT = resolve(import.meta.dirname, '../..');
const WACHTWOORD = 'correct paard batterij niet';

const VERWACHT: [string, number][] = [
  ['instroom_totaal', 6],
  ['instroom_asiel', 4],
  ['instroom_gezin', 1],
  ['instroom_overig', 1],
  ['pip_vastgesteld', 6],
  ['pip_binnen_termijn', 4],
  ['pip_doorlooptijd_mediaan_dagen', 66.5],
  ['route_b1', 3],
  ['route_onderwijs', 1],
  ['route_z', 2],
  ['pvt_ondertekend', 3],
  ['map_afgerond', 1],
];

function koers(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const uit = spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, KOERS_PASSPHRASE: WACHTWOORD }, encoding: 'utf8', input: '', timeout: 180_000 });
  return { code: uit.status, stdout: uit.stdout, stderr: uit.stderr.split('\n').filter((r) => !r.startsWith('npm warn')).join('\n') };
}

describe('command line: jaarverslag over an imported caseload', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: string;

  beforeAll(() => {
    folder = tijdelijkeFolder();
    kluis = join(folder.pad, 'kluis');
    expect(koers(['kluis-aanmaken', '--vault', kluis]).code).toBe(0);
    const basis = sjabloonRijen(8, '2026-11-23', 55);
    const rij = (i: number, doelgroep: string, kg: string, pip: string | null, route: string | null, pvt: string | null = null, map: string | null = null) => ({
      ...basis[i]!,
      doelgroep,
      datum_kennisgeving_duo: nlDatum(kg),
      datum_inschrijving_brp: nlDatum(kg),
      dagtekening_pip: pip ? nlDatum(pip) : null,
      leerroute: route,
      datum_ondertekening_pvt: pvt ? nlDatum(pvt) : null,
      datum_eindgesprek_map: map ? nlDatum(map) : null,
    });
    const bestand = join(folder.pad, 'historie.csv');
    writeFileSync(
      bestand,
      alsCsv([
        rij(0, 'asiel', '2025-01-06', '2025-03-17', 'B1', '2025-06-02', '2025-12-31'),
        rij(1, 'asiel', '2025-01-06', '2025-03-18', 'Z'),
        rij(2, 'gezin', '2024-10-14', '2024-12-16', 'B1', '2025-01-01'),
        rij(3, 'overig', '2024-12-02', '2025-01-27', 'Z', '2025-12-31'),
        rij(4, 'gezin', '2025-05-05', '2025-06-30', 'onderwijs'),
        rij(5, 'asiel', '2025-11-03', null, null),
        rij(6, 'overig', '2025-02-03', '2025-04-07', 'B1', null, '2026-01-02'),
        rij(7, 'asiel', '2025-08-04', '2025-10-27', 'B1'),
      ]),
    );
    const import_ = koers(['import', '--vault', kluis, bestand]);
    expect(import_.stderr).toBe('');
    expect(import_.code).toBe(0);
    expect(import_.stdout).toMatch(/Geïmporteerd: 8 nieuwe dossiers \(7 met een geïmporteerd PIP\)/);
  }, 300_000);
  afterAll(() => folder?.opruimen());

  it('refuses a year that is not four digits with exit 2 and a Dutch reason, and writes nothing', () => {
    const uit = join(folder.pad, 'fout');
    const fout = koers(['jaarverslag', '--vault', kluis, '--jaar', '20x6', '--out', uit]);
    expect(fout.code).toBe(2);
    expect(fout.stderr).toContain('"20x6" is geen jaartal. Geef het jaar met vier cijfers, bijvoorbeeld --jaar 2026.');
    expect(existsSync(uit)).toBe(false);
    const zonder = koers(['jaarverslag', '--vault', kluis, '--out', uit]);
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toMatch(/--jaar/);
  }, 120_000);

  it('writes jaarverslag-2025.xlsx and .pdf; the Kerncijfers equal the hand-computed values, as numbers', async () => {
    const uit = join(folder.pad, 'verslag');
    const run = koers(['jaarverslag', '--vault', kluis, '--jaar', '2025', '--out', uit]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(uit).sort()).toEqual(['jaarverslag-2025.pdf', 'jaarverslag-2025.xlsx']);
    expect(pdfPaginas(readFileSync(join(uit, 'jaarverslag-2025.pdf')))).toBeGreaterThan(2);

    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.readFile(join(uit, 'jaarverslag-2025.xlsx'));
    const blad = werkmap.getWorksheet('Kerncijfers')!;
    expect([blad.getCell('A1').value, blad.getCell('B1').value]).toEqual(['indicator', 'waarde']);
    const rijen: [unknown, unknown][] = [];
    blad.eachRow((rij, n) => void (n > 1 && rijen.push([rij.getCell(1).value, rij.getCell(2).value])));
    expect(rijen).toEqual(VERWACHT);
    // No personal data on stdout: the summary prints aggregates only.
    expect(run.stdout).toContain('pip_doorlooptijd_mediaan_dagen');
    expect(run.stdout).not.toMatch(/\d{9}/);
  }, 180_000);
});
