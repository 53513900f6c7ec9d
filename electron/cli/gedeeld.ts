import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kluis } from '../../db/vault';
import type { Antwoord } from '../../shared/fouten';
import { makeHandlers, type Handlers } from '../handlers';

// What every `npm run koers` command shares: the refusal (exit 2), the passphrase (environment or a
// prompt without echo, never an argument), option parsing, and handlers on a vault folder.

/** A refusal: exit code 2 with this Dutch message on stderr. */
export class Weigering extends Error {}

export const RESOURCES = join(import.meta.dirname, '../../resources');

/** Reads a line from the terminal without showing it. */
function vraagZonderEcho(vraag: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((klaar, mislukt) => {
    let invoer = '';
    const stop = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', lees);
      process.stderr.write('\n');
    };
    const lees = (data: Buffer | string) => {
      for (const teken of data.toString()) {
        if (teken === '\r' || teken === '\n') {
          stop();
          klaar(invoer);
          return;
        }
        if (teken === '\u0003' || teken === '\u0004') {
          stop();
          mislukt(new Weigering('Afgebroken; er is niets veranderd.'));
          return;
        }
        if (teken === '\u007f' || teken === '\b') invoer = invoer.slice(0, -1);
        else invoer += teken;
      }
    };
    process.stderr.write(vraag);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', lees);
  });
}

export async function wachtwoord(nieuw: boolean): Promise<string> {
  const uitOmgeving = process.env.KOERS_PASSPHRASE;
  if (uitOmgeving) return uitOmgeving;
  if (!process.stdin.isTTY) {
    throw new Weigering('Geen wachtwoord: zet het wachtwoord van de kluis in de omgevingsvariabele KOERS_PASSPHRASE, of start de opdracht in een terminal om erom gevraagd te worden.');
  }
  const eerste = await vraagZonderEcho(nieuw ? 'Nieuw wachtwoord voor de kluis: ' : 'Wachtwoord van de kluis: ');
  if (nieuw && (await vraagZonderEcho('Herhaal het wachtwoord: ')) !== eerste) throw new Weigering('De twee wachtwoorden zijn niet gelijk; er is niets veranderd.');
  return eerste;
}

/** Unwraps an envelope: a refused input becomes exit 2, an unexpected error exit 1. */
export async function verwacht<T>(antwoord: Promise<Antwoord<T>>): Promise<T> {
  const uitkomst = await antwoord;
  if (uitkomst.ok) return uitkomst.data;
  if (uitkomst.fout.code === 'ONVERWACHT') throw new Error(uitkomst.fout.message);
  throw new Weigering(uitkomst.fout.message);
}

export function opties<T extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (fout) {
    const melding = fout instanceof Error ? fout.message : '';
    const optie = /'([^']+)'/.exec(melding)?.[1];
    throw new Weigering(`${optie ? `Onbekende of onvolledige optie ${optie}.` : 'De opties kloppen niet.'}\n\nZie: npm run koers -- help`);
  }
}

export function kluisMap(waarde: string | undefined): string {
  if (!waarde) throw new Weigering('Geef met --vault de map van de kluis op. Zie: npm run koers -- help');
  return resolve(waarde);
}

export function handlersVoor(folder: string, bewaar: (naam: string, bytes: Uint8Array) => Promise<boolean> = async () => false) {
  const kluis = new Kluis(folder);
  return { kluis, handlers: makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: bewaar }) };
}

export async function ontgrendel(kluis: Kluis, handlers: Handlers): Promise<void> {
  if (!kluis.status().bestaat) throw new Weigering(`Er staat geen kluis in ${kluis.folder}. Maak er een met: npm run koers -- kluis-aanmaken --vault <map>`);
  await verwacht(handlers.kluisOntgrendelen({ wachtwoord: await wachtwoord(false) }));
}

