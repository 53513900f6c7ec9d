import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kluis } from '../../db/vault';
import { maakParticipatieverklaring, maakParticipatieverklaringen } from '../../electron/documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../../electron/documents/sjablonen';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { makeHandlers } from '../../electron/handlers';
import { STANDAARD_INSTELLINGEN } from '../../shared/domain/instellingen';
import { RESOURCES, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// `npm run bench`: measures what a regisseur waits for, writes test/bench/resultaten.md.

interface Meting {
  wat: string;
  herhalingen: number;
  mediaanMs: number;
  p95Ms: number;
}

async function meet(wat: string, herhalingen: number, doe: () => Promise<unknown>): Promise<Meting> {
  await doe(); // warm up
  const tijden: number[] = [];
  for (let i = 0; i < herhalingen; i += 1) {
    const start = performance.now();
    await doe();
    tijden.push(performance.now() - start);
  }
  tijden.sort((a, b) => a - b);
  return { wat, herhalingen, mediaanMs: tijden[Math.floor(tijden.length / 2)]!, p95Ms: tijden[Math.min(tijden.length - 1, Math.floor(tijden.length * 0.95))]! };
}

const metingen: Meting[] = [];
const folder = tijdelijkeFolder();
try {
  const kluis = new Kluis(folder.pad); // production scrypt parameters
  await kluis.aanmaken(TEST_WACHTWOORD);
  await kluis.vergrendelen();
  metingen.push(await meet('Kluis ontgrendelen (scrypt N=2^17, migraties controleren)', 5, async () => {
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    await kluis.vergrendelen();
  }));
  await kluis.ontgrendelen(TEST_WACHTWOORD);
  const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: async () => true });
  const random = maakRandom(1);
  let nummer = 0;
  metingen.push(await meet('Inburgeraar toevoegen (validatie + transactie + logboek)', 150, async () => {
    nummer += 1;
    await handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-11-22', nummer));
  }));
  metingen.push(await meet('Lijst inburgeraars (±150 rijen, met PIP-termijn)', 50, () => handlers.inburgeraarsLijst({})));
  metingen.push(await meet('Werkvoorraad tellen (±150)', 50, () => handlers.werkvoorraad({})));
  await kluis.vergrendelen();

  const sjabloon = participatieverklaringSjabloonLaden(RESOURCES);
  const instellingen = { ...STANDAARD_INSTELLINGEN, gemeentenaam: 'Voorbeeldstad', logo: null };
  metingen.push(await meet('Participatieverklaring PDF (1 pagina, 3 lettertypen als subset)', 20, () =>
    maakParticipatieverklaring(RESOURCES, sjabloon, instellingen, { naam: 'Mohammad Al-Ahmad', naamOorspronkelijkSchrift: 'محمد الأحمد', geboortedatum: '1990-01-01' }),
  ));
  const honderd = Array.from({ length: 100 }, (_, i) => ({ naam: `Deelnemer ${i + 1}`, geboortedatum: '1990-01-01' }));
  metingen.push(await meet('Ceremoniebatch: 100 participatieverklaringen in één PDF', 3, () => maakParticipatieverklaringen(RESOURCES, sjabloon, instellingen, honderd)));
} finally {
  folder.opruimen();
}

const tabel = [
  '# Benchmarks',
  '',
  `Gemeten op ${new Date().toISOString().slice(0, 10)} met Node ${process.version}, ${cpus().length} kernen (${cpus()[0]?.model ?? 'onbekend'}).`,
  '',
  '| meting | herhalingen | mediaan (ms) | p95 (ms) |',
  '|---|---:|---:|---:|',
  ...metingen.map((m) => `| ${m.wat} | ${m.herhalingen} | ${m.mediaanMs.toFixed(1)} | ${m.p95Ms.toFixed(1)} |`),
  '',
].join('\n');
writeFileSync(resolve(import.meta.dirname, 'resultaten.md'), tabel);
console.log(tabel);
