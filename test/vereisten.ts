import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// First step of `npm test`: are the external programs the tests run installed? If not, stop at once
// with one Dutch sentence instead of many `spawnSync pdftotext ENOENT` failures later on.

export interface Programma {
  naam: string;
  /** The Debian package that provides it. */
  pakket: string;
}

/** Every program the tests start (test/fixtures/pdf.ts, playwright.config.ts). */
export const BENODIGDE_PROGRAMMAS: readonly Programma[] = [
  { naam: 'chromium', pakket: 'chromium' },
  { naam: 'pdftotext', pakket: 'poppler-utils' },
  { naam: 'pdfinfo', pakket: 'poppler-utils' },
  { naam: 'pdffonts', pakket: 'poppler-utils' },
  { naam: 'pdftoppm', pakket: 'poppler-utils' },
  { naam: 'qpdf', pakket: 'qpdf' },
];

/** The Debian packages to install, each once, in list order. */
export function ontbrekendePakketten(welBeschikbaar: (programma: string) => boolean, programmas = BENODIGDE_PROGRAMMAS): string[] {
  const pakketten = programmas.filter((programma) => !welBeschikbaar(programma.naam)).map((programma) => programma.pakket);
  return [...new Set(pakketten)];
}

function opsomming(woorden: string[]): string {
  return woorden.length === 1 ? woorden[0]! : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

/** One Dutch sentence with the exact line to run, or null when nothing is missing. */
export function vereistenMelding(pakketten: string[]): string | null {
  if (pakketten.length === 0) return null;
  const welke = pakketten.length === 1 ? `het Debian-pakket ${pakketten[0]}` : `de Debian-pakketten ${opsomming(pakketten)}`;
  return `Er ontbreken programma's voor de tests: installeer ${welke} met: sudo apt-get install -y ${pakketten.join(' ')}`;
}

function isUitvoerbaar(pad: string): boolean {
  try {
    accessSync(pad, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What this machine has: Chromium where Playwright looks for it, the rest on PATH. */
export function beschikbaarVolgens(omgeving: NodeJS.ProcessEnv): (programma: string) => boolean {
  const mappen = (omgeving.PATH ?? '').split(delimiter).filter((map) => map !== '');
  return (programma) => {
    if (programma === 'chromium') return isUitvoerbaar(omgeving.KOERS_CHROMIUM ?? '/usr/bin/chromium');
    return mappen.some((map) => isUitvoerbaar(join(map, programma)));
  };
}

function isHoofdscript(): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isHoofdscript()) {
  const melding = vereistenMelding(ontbrekendePakketten(beschikbaarVolgens(process.env)));
  if (melding) {
    console.error(melding);
    process.exitCode = 1;
  }
}
