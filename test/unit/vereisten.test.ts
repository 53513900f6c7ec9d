import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BENODIGDE_PROGRAMMAS, beschikbaarVolgens, ontbrekendePakketten, vereistenMelding } from '../vereisten';
import { tijdelijkeFolder } from '../fixtures/omgeving';

const WORTEL = resolve(import.meta.dirname, '../..');

/** Runs the real script with the pinned Node and only the given environment. */
function draaiScript(omgeving: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const uit = spawnSync(process.execPath, ['--import', 'tsx', 'test/vereisten.ts'], { cwd: WORTEL, env: omgeving, encoding: 'utf8' });
  return { status: uit.status, stdout: uit.stdout, stderr: uit.stderr };
}

describe('test prerequisites (first step of npm test)', () => {
  it('names each missing Debian package once, with the exact apt-get line', () => {
    const alleenChromium = (programma: string) => programma === 'chromium';
    expect(ontbrekendePakketten(alleenChromium)).toEqual(['poppler-utils', 'qpdf']);
    expect(vereistenMelding(ontbrekendePakketten(alleenChromium))).toBe(
      "Er ontbreken programma's voor de tests: installeer de Debian-pakketten poppler-utils en qpdf met: sudo apt-get install -y poppler-utils qpdf",
    );
    expect(vereistenMelding(ontbrekendePakketten(() => false))).toBe(
      "Er ontbreken programma's voor de tests: installeer de Debian-pakketten chromium, poppler-utils en qpdf met: sudo apt-get install -y chromium poppler-utils qpdf",
    );
    expect(vereistenMelding(ontbrekendePakketten((programma) => programma !== 'pdftoppm'))).toBe(
      "Er ontbreken programma's voor de tests: installeer het Debian-pakket poppler-utils met: sudo apt-get install -y poppler-utils",
    );
  });

  it('says nothing when every program is there', () => {
    expect(ontbrekendePakketten(() => true)).toEqual([]);
    expect(vereistenMelding([])).toBeNull();
  });

  describe('the real script', () => {
    let folder: { pad: string; opruimen: () => void };
    beforeEach(() => {
      folder = tijdelijkeFolder();
    });
    afterEach(() => folder.opruimen());

    it('with an empty PATH: exit code 1 and the one sentence', () => {
      const uit = draaiScript({ PATH: '', KOERS_CHROMIUM: join(folder.pad, 'geen-chromium') });
      expect(uit.status).toBe(1);
      expect(uit.stdout).toBe('');
      expect(uit.stderr.trim()).toBe(vereistenMelding(['chromium', 'poppler-utils', 'qpdf']));
    });

    it('with every program present: exit code 0 and silence', () => {
      for (const { naam } of BENODIGDE_PROGRAMMAS) {
        writeFileSync(join(folder.pad, naam), '#!/bin/sh\n');
        chmodSync(join(folder.pad, naam), 0o755);
      }
      const omgeving = { PATH: folder.pad, KOERS_CHROMIUM: join(folder.pad, 'chromium') };
      expect(ontbrekendePakketten(beschikbaarVolgens(omgeving))).toEqual([]);
      const uit = draaiScript(omgeving);
      expect(uit.status).toBe(0);
      expect(uit.stdout + uit.stderr).toBe('');
    });

    it('a file that is not executable does not count', () => {
      writeFileSync(join(folder.pad, 'qpdf'), '');
      chmodSync(join(folder.pad, 'qpdf'), 0o644);
      expect(beschikbaarVolgens({ PATH: folder.pad })('qpdf')).toBe(false);
    });
  });
});
