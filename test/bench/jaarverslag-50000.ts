import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kluis } from '../../db/vault';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import type { Antwoord } from '../../shared/fouten';
import { alsCsv, sjabloonRijen } from '../fixtures/importbestanden';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// `npx tsx test/bench/jaarverslag-50000.ts [aantal]`: issue 13 item 6, "50,000 dossiers report in seconds".
// Imports a synthetic caseload (most with a historical PIP, PVT and MAP dates) into a fresh encrypted vault,
// then times the Kerncijfers, the whole report as a task, and the XLSX. Writes test/bench/jaarverslag-resultaten.md.

const AANTAL = Number(process.argv[2] ?? 50_000);
const VANDAAG = '2026-11-23';
const NU = new Date(`${VANDAAG}T10:00:00+01:00`);

function verwacht<T>(antwoord: Antwoord<T>): T {
  if (!antwoord.ok) throw new Error(`${antwoord.fout.code}: ${antwoord.fout.message}`);
  return antwoord.data;
}

async function wacht(handlers: Handlers, taakId: string): Promise<void> {
  for (;;) {
    const stand = verwacht(await handlers.taakStatus({ taakId }));
    if (stand.status === 'mislukt') throw new Error(stand.fout ?? 'mislukt');
    if (stand.status !== 'bezig') return;
    await new Promise((klaar) => setTimeout(klaar, 10));
  }
}

async function main(): Promise<void> {
  const folder = tijdelijkeFolder();
  const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
  const opgeslagen = new Map<string, Uint8Array>();
  const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, nu: () => NU, bewaarBestand: async (naam, bytes) => (opgeslagen.set(naam, bytes), true) }, () => undefined);
  const metingen: [string, number][] = [];
  const meet = async <T>(wat: string, doe: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await doe();
    } finally {
      metingen.push([wat, (performance.now() - start) / 1000]);
      console.log(`${wat}: ${metingen.at(-1)![1].toFixed(2)} s`);
    }
  };
  try {
    verwacht(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const rijen = sjabloonRijen(AANTAL, VANDAAG, 50);
    // The import reads at most 10,000 rows per file: five files after each other.
    await meet(`import van ${AANTAL} dossiers in delen van 10.000 (voorbereiding)`, async () => {
      for (let van = 0; van < rijen.length; van += 10_000) {
        const inhoud = Buffer.from(alsCsv(rijen.slice(van, van + 10_000))).toString('base64');
        const { taakId } = verwacht(await handlers.importStarten({ bestandsnaam: 'caseload.csv', inhoud, koppeling: null, alleenCorrecte: false }));
        await wacht(handlers, taakId);
      }
    });
    const kern = await meet('Kerncijfers 2026 (jaarverslagKerncijfers)', async () => verwacht(await handlers.jaarverslagKerncijfers({ jaar: 2026 })));
    const taakId = await meet('heel jaarverslag 2026 als taak (feiten + alle secties)', async () => {
      const { taakId: id } = verwacht(await handlers.jaarverslagStarten({ jaar: 2026 }));
      await wacht(handlers, id);
      return id;
    });
    await meet('XLSX (intern) opslaan', async () => verwacht(await handlers.jaarverslagOpslaanXlsx({ taakId })));
    const regels = [
      `# Jaarverslag over ${AANTAL.toLocaleString('nl-NL')} dossiers`,
      '',
      `Gemeten op ${VANDAAG} met Node ${process.version}, ${cpus().length} kernen, in een nieuwe versleutelde kluis, via dezelfde handlers als de app.`,
      `Kerncijfers 2026: ${kern.map((k) => `${k.indicator} ${k.waarde}`).join(', ')}.`,
      '',
      '| stap | tijd (s) |',
      '|---|---:|',
      ...metingen.map(([wat, s]) => `| ${wat} | ${s.toFixed(2)} |`),
      '',
    ];
    writeFileSync(resolve(import.meta.dirname, 'jaarverslag-resultaten.md'), regels.join('\n'));
  } finally {
    await kluis.vergrendelen();
    folder.opruimen();
  }
}

await main();
