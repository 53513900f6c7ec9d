import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kluis } from '../../db/vault';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import type { Antwoord } from '../../shared/fouten';
import { alsCsv, alsXlsx, sjabloonRijen } from '../fixtures/importbestanden';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// `npm run bench:import` (or `npx tsx test/bench/import-5000.ts [aantal]`): a 5,000-row import through the
// same handlers as the app, into a fresh encrypted vault, once as XLSX and once as CSV. Measures the
// preview, the import task (one transaction), a second preview (everything already present) and the
// export, with the peak memory of the process. Writes test/bench/import-resultaten.md.

const AANTAL = Number(process.argv[2] ?? 5000);
const VANDAAG = '2026-11-23';
const NU = new Date(`${VANDAAG}T10:00:00+01:00`);

function verwacht<T>(antwoord: Antwoord<T>): T {
  if (!antwoord.ok) throw new Error(`${antwoord.fout.code}: ${antwoord.fout.message}`);
  return antwoord.data;
}

interface Meting {
  wat: string;
  ms: number;
  startRssMb: number;
  piekRssMb: number;
}

/** Runs `doe` while sampling the resident memory every 10 ms. */
async function meet<T>(wat: string, metingen: Meting[], doe: () => Promise<T>): Promise<T> {
  const begin = process.memoryUsage().rss;
  let piek = begin;
  const bemonster = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    return await doe();
  } finally {
    const ms = performance.now() - start;
    clearInterval(bemonster);
    piek = Math.max(piek, process.memoryUsage().rss);
    metingen.push({ wat, ms, startRssMb: begin / 1024 / 1024, piekRssMb: piek / 1024 / 1024 });
  }
}

async function importeer(handlers: Handlers, soort: string, bytes: Buffer, metingen: Meting[]): Promise<void> {
  const inhoud = bytes.toString('base64');
  const voorbeeld = await meet(`${soort}: voorbeeld (lezen + elke rij controleren)`, metingen, async () => verwacht(await handlers.importVoorbeeld({ bestandsnaam: `lijst.${soort}`, inhoud })));
  if (voorbeeld.aantallen.nieuw !== AANTAL) throw new Error(`verwacht ${AANTAL} nieuw, kreeg ${JSON.stringify(voorbeeld.aantallen)}`);
  const uitkomst = await meet(`${soort}: importeren (opnieuw lezen + ${AANTAL} dossiers in één transactie)`, metingen, async () => {
    const { taakId } = verwacht(await handlers.importStarten({ bestandsnaam: `lijst.${soort}`, inhoud, koppeling: null, alleenCorrecte: false }));
    for (;;) {
      const stand = verwacht(await handlers.taakStatus({ taakId }));
      if (stand.status !== 'bezig') break;
      await new Promise((klaar) => setTimeout(klaar, 20));
    }
    return verwacht(await handlers.importUitkomst({ taakId }));
  });
  if (uitkomst.nieuw !== AANTAL) throw new Error(`verwacht ${AANTAL} geïmporteerd, kreeg ${JSON.stringify(uitkomst)}`);
  const opnieuw = await meet(`${soort}: hetzelfde bestand nogmaals: voorbeeld (alles al aanwezig)`, metingen, async () => verwacht(await handlers.importVoorbeeld({ bestandsnaam: `lijst.${soort}`, inhoud })));
  if (opnieuw.aantallen.aanwezig !== AANTAL) throw new Error('verwacht alles al aanwezig');
}

const rijen = sjabloonRijen(AANTAL, VANDAAG, 5000);
// The Windows-1252 CSV gets the names without the letters that code page lacks (ş, ı, Đ, Ł …).
const latijn1 = (tekst: unknown) => String(tekst).normalize('NFD').replace(/[^\x20-\x7e]/g, '');
const csvRijen = rijen.map((r) => ({ ...r, voornamen: latijn1(r.voornamen), achternaam: latijn1(r.achternaam) }));
const bestanden = { xlsx: await alsXlsx(rijen), csv: alsCsv(csvRijen, { codering: 'windows-1252', scheiding: ';' }) };

const metingen: Meting[] = [];
const met = { pip: rijen.filter((r) => r.dagtekening_pip).length, pvt: rijen.filter((r) => r.datum_ondertekening_pvt).length, map: rijen.filter((r) => r.datum_eindgesprek_map).length };
for (const soort of ['xlsx', 'csv'] as const) {
  const folder = tijdelijkeFolder();
  const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
  try {
    await kluis.aanmaken(TEST_WACHTWOORD);
    const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: async () => true, nu: () => NU });
    await importeer(handlers, soort, bestanden[soort], metingen);
    if (soort === 'xlsx') await meet(`Lijst inburgeraars exporteren naar XLSX (${AANTAL} rijen)`, metingen, async () => verwacht(await handlers.inburgeraarsExporteren({})));
  } finally {
    await kluis.vergrendelen();
    folder.opruimen();
  }
}

const regels = [
  `# Import van ${AANTAL.toLocaleString('nl-NL')} rijen`,
  '',
  `Gemeten op ${new Date().toISOString().slice(0, 10)} met Node ${process.version}, ${cpus().length} kernen (${cpus()[0]?.model.trim() ?? 'onbekend'}), in een nieuwe versleutelde kluis,`,
  `via dezelfde handlers als de app. Synthetische rijen: ${met.pip} met een PIP, ${met.pvt} met een ondertekende participatieverklaring, ${met.map} met een eindgesprek MAP.`,
  `Bestanden: XLSX ${(bestanden.xlsx.length / 1024).toFixed(0)} kB, CSV (Windows-1252, puntkomma) ${(bestanden.csv.length / 1024).toFixed(0)} kB.`,
  '',
  'Geheugen: het RSS van het hele proces (met de testbestanden en exceljs zelf) bij het begin van de stap en de piek erin.',
  '',
  '| stap | tijd (s) | RSS bij begin (MB) | piek RSS (MB) |',
  '|---|---:|---:|---:|',
  ...metingen.map((m) => `| ${m.wat} | ${(m.ms / 1000).toFixed(2)} | ${m.startRssMb.toFixed(0)} | ${m.piekRssMb.toFixed(0)} |`),
  '',
];
const uitvoer = resolve(import.meta.dirname, 'import-resultaten.md');
writeFileSync(uitvoer, regels.join('\n'));
console.log(regels.join('\n'));
console.log(`Geschreven naar ${uitvoer}`);
