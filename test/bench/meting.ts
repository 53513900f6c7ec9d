import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { leesDocument } from '../../db/documenten';
import { migreer } from '../../db/migreren';
import type { DB } from '../../db/schema';
import { pakUit, type VerpakteSleutel } from '../../db/sleutels';
import { Kluis } from '../../db/vault';
import { maakKysely, openVersleuteld, type SqliteDatabase } from '../../db/verbinding';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import type { Antwoord } from '../../shared/fouten';
import { zoekvorm } from '../../shared/zoeken';
import { vulCaseload, type CaseloadOverzicht } from '../fixtures/bench-caseload';
import { alsCsv, sjabloonRijen } from '../fixtures/importbestanden';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// `npm run bench` (issue 14): a synthetic caseload of 1,000, 10,000 and 50,000 inburgeraars with every related row
// (test/fixtures/bench-caseload.ts), measured through the same handlers as the app; writes test/bench/results.md.
// Pick fewer sizes with BENCH_GROOTTES=1000,10000 (or as arguments). Timings on a shared machine are noisy:
// the encryption ratio alternates encrypted and plaintext runs in one process; every measurement has a time budget,
// so a slow channel is measured fewer times (the column n says how often) instead of stalling the run.

const VANDAAG = '2026-11-23';
const NU = new Date(`${VANDAAG}T10:00:00+01:00`);
const NIEUW_WACHTWOORD = 'bench kwartel lantaarn zeventien rivier';
const GROOTTES = (process.argv.slice(2).join(',') || process.env.BENCH_GROOTTES || '1000,10000,50000')
  .split(',')
  .map((s) => Number(s.trim().replace(/[._]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
const SOAK_GROOTTE = GROOTTES.includes(10_000) ? 10_000 : Math.max(...GROOTTES.filter((n) => n <= 10_000), GROOTTES[0]!);
const begonnen = performance.now();

function log(tekst: string): void {
  const s = ((performance.now() - begonnen) / 1000).toFixed(0).padStart(5);
  console.log(`[${s} s] ${tekst}`);
}

function verwacht<T>(antwoord: Antwoord<T>): T {
  if (!antwoord.ok) throw new Error(`${antwoord.fout.code}: ${antwoord.fout.message}`);
  return antwoord.data;
}

type Kanaal = (invoer: unknown) => Promise<Antwoord<unknown>>;
const kanaal = (handlers: Handlers, naam: string): Kanaal => {
  const h = (handlers as unknown as Record<string, Kanaal | undefined>)[naam];
  if (!h) throw new Error(`kanaal ${naam} bestaat niet`);
  return h;
};
async function roep(handlers: Handlers, naam: string, invoer: unknown): Promise<unknown> {
  return verwacht(await kanaal(handlers, naam)(invoer));
}

// ---- Measuring ----

interface Doel {
  ms: number;
  maat: 'mediaan' | 'p95';
  tekst: string;
}

interface Meting {
  n: number;
  mediaan: number;
  p95: number;
  fout?: string;
}

interface Rij {
  sleutel: string;
  wat: string;
  doel?: Doel;
}

const RIJEN: Rij[] = [];
const rij = (sleutel: string, wat: string, doel?: Doel): string => {
  if (!RIJEN.some((r) => r.sleutel === sleutel)) RIJEN.push({ sleutel, wat, ...(doel ? { doel } : {}) });
  return sleutel;
};
/** size → row key → measurement */
const RESULTATEN = new Map<number, Map<string, Meting>>();

function statistiek(tijden: number[]): Omit<Meting, 'fout'> {
  const t = [...tijden].sort((a, b) => a - b);
  return { n: t.length, mediaan: t[Math.floor((t.length - 1) / 2)] ?? NaN, p95: t[Math.min(t.length - 1, Math.ceil(t.length * 0.95) - 1)] ?? NaN };
}

/**
 * Calls `doe(i)` for i = 0.. up to `herhalingen` times after one warm-up call, but stops when `budgetMs` is spent
 * (at least 3 samples, or only the warm-up when that alone took longer than the budget: then it is the sample).
 */
async function meet(grootte: number, sleutel: string, doe: (i: number) => Promise<unknown>, opties: { herhalingen?: number; budgetMs?: number; opwarmen?: boolean } = {}): Promise<Meting> {
  const herhalingen = opties.herhalingen ?? 20;
  // The largest caseload gets half the time per measurement, so a full run stays within the hour.
  const budget = (opties.budgetMs ?? 30_000) * (grootte >= 50_000 ? 0.5 : 1);
  const tijden: number[] = [];
  let meting: Meting;
  try {
    let start = performance.now();
    if (opties.opwarmen !== false) {
      await doe(0);
      const eerste = performance.now() - start;
      if (eerste > budget) tijden.push(eerste);
    }
    const begin = performance.now();
    for (let i = 0; i < herhalingen && tijden.length < herhalingen; i += 1) {
      if (tijden.length >= 3 && performance.now() - begin > budget) break;
      if (tijden.length >= 1 && performance.now() - begin > budget * 3) break;
      start = performance.now();
      await doe(i);
      tijden.push(performance.now() - start);
    }
    meting = statistiek(tijden);
  } catch (fout) {
    meting = { ...statistiek(tijden), fout: fout instanceof Error ? fout.message.slice(0, 160) : String(fout) };
  }
  let perGrootte = RESULTATEN.get(grootte);
  if (!perGrootte) RESULTATEN.set(grootte, (perGrootte = new Map()));
  perGrootte.set(sleutel, meting);
  const wat = RIJEN.find((r) => r.sleutel === sleutel)?.wat ?? sleutel;
  log(`${grootte.toLocaleString('nl-NL')}: ${wat}: ${meting.fout ? `FOUT ${meting.fout}` : `mediaan ${ms(meting.mediaan)} ms, p95 ${ms(meting.p95)} ms (n=${meting.n})`}`);
  return meting;
}

function ms(waarde: number): string {
  if (!Number.isFinite(waarde)) return '—';
  if (waarde >= 100) return Math.round(waarde).toLocaleString('nl-NL');
  if (waarde >= 10) return waarde.toFixed(1).replace('.', ',');
  return waarde.toFixed(2).replace('.', ',');
}
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('nl-NL')} MB`;
const factor = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2).replace('.', ',')}×` : '—');

function rss(): number {
  return process.memoryUsage().rss;
}
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// ---- What the screens call ----

/** Every channel the dossier screen and its tabs read (renderer/features/inburgeraars/Dossier.tsx and the tabs). */
const DOSSIER_KANALEN: [string, (id: number) => unknown][] = [
  ['inburgeraarOphalen', (id) => ({ id })],
  ['statusGeschiedenis', (id) => ({ id })],
  ['dossierSignalen', (id) => ({ inburgeraarId: id })],
  ['intakeOphalen', (id) => ({ inburgeraarId: id })],
  ['pipOverzicht', (id) => ({ inburgeraarId: id })],
  ['pvtDossier', (id) => ({ inburgeraarId: id })],
  ['voortgangOphalen', (id) => ({ inburgeraarId: id })],
  ['begeleidingOphalen', (id) => ({ inburgeraarId: id })],
  ['handhavingOphalen', (id) => ({ inburgeraarId: id })],
  ['bezwaarOverzicht', (id) => ({ inburgeraarId: id })],
  ['ontheffingOphalen', (id) => ({ inburgeraarId: id })],
  ['journaalOphalen', (id) => ({ inburgeraarId: id })],
  ['duoMeldingenDossier', (id) => ({ inburgeraarId: id })],
  ['documentenLijst', (id) => ({ inburgeraarId: id })],
  ['logboekDossier', (id) => ({ inburgeraarId: id })],
];

/** The global list channels (home, werklijsten, registers); the soak calls each of these. */
const LIJST_KANALEN: [string, unknown][] = [
  ['inburgeraarsLijst', {}],
  ['inburgeraarsLijst', { zoekterm: 'al' }],
  ['werkvoorraad', {}],
  ['werkvoorraadLijst', {}],
  ['pvtMapWerklijst', {}],
  ['pvtGroepen', {}],
  ['duoMeldingenLijst', { filter: 'nog_te_melden' }],
  ['logboekLijst', { pagina: 0, paginaGrootte: 100, richting: 'desc', filter: {} }],
  ['privacyBewaartermijnLijst', {}],
  ['budgetOverzicht', { jaar: 2026 }],
  ['budgetKosten', { jaar: 2026 }],
  ['agendaVanDag', { datum: VANDAAG }],
];

/** Search-as-you-type: the successive prefixes (from 2 letters) of ~50 names, half typed without diacritics. */
function zoekreeks(caseload: CaseloadOverzicht): string[] {
  const termen: string[] = [];
  caseload.zoektermen.namen.forEach((naam, i) => {
    const getypt = i % 2 === 0 ? naam : zoekvorm(naam);
    // Most people type the surname; every third time the first name and then the surname.
    const tekst = i % 3 === 0 ? getypt : getypt.split(' ').slice(1).join(' ');
    for (let lengte = 2; lengte <= tekst.length; lengte += 1) if (tekst[lengte - 1] !== ' ') termen.push(tekst.slice(0, lengte));
  });
  return termen;
}
function zoektermenNummers(caseload: CaseloadOverzicht): string[] {
  const { bsns, vNummers, kenmerken } = caseload.zoektermen;
  return [...bsns.slice(0, 20), ...vNummers.slice(0, 20), ...kenmerken.slice(0, 20).flatMap((k) => [k, k.toLowerCase()])];
}

function willekeurigeIds(caseload: CaseloadOverzicht, aantal: number): number[] {
  let toestand = 12345;
  return Array.from({ length: aantal }, () => {
    toestand = (toestand * 1103515245 + 12345) % 2 ** 31;
    return caseload.ids[toestand % caseload.ids.length]!;
  });
}

async function wachtOpTaak(handlers: Handlers, taakId: string): Promise<void> {
  for (;;) {
    const stand = verwacht(await handlers.taakStatus({ taakId }));
    if (stand.status === 'mislukt') throw new Error(stand.fout ?? 'taak mislukt');
    if (stand.status !== 'bezig') return;
    await new Promise((klaar) => setTimeout(klaar, 5));
  }
}

/** Handlers over an already open database (the plaintext copy, or a second encrypted connection): bench only. */
function handlersOver(db: Kysely<DB>): Handlers {
  const schijnKluis = { db, actor: 'Regisseur' } as unknown as Kluis;
  return makeHandlers({ kluis: schijnKluis, resourcesPad: RESOURCES, nu: () => NU, bewaarBestand: async () => true }, () => undefined);
}

function datasleutel(kluis: Kluis, wachtwoord: string): Buffer {
  const sleutels = JSON.parse(readFileSync(kluis.sleutelPad, 'utf8')) as { sloten: { soort: string; verpakt: VerpakteSleutel }[] };
  for (const slot of sleutels.sloten.filter((s) => s.soort === 'wachtwoord')) {
    const sleutel = pakUit(slot.verpakt, wachtwoord);
    if (sleutel) return sleutel;
  }
  throw new Error('geen slot past');
}

function openPlat(pad: string): SqliteDatabase {
  const db = new Database(pad);
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  return db;
}

/** A fixed read workload: dossiers, searches, list pages, the werkvoorraad and 20 PDFs. */
async function werklast(handlers: Handlers, db: Kysely<DB>, ids: number[], termen: string[], documentIds: number[]): Promise<void> {
  for (const id of ids) for (const [naam, invoer] of DOSSIER_KANALEN) await kanaal(handlers, naam)(invoer(id));
  for (const zoekterm of termen) await kanaal(handlers, 'dossierZoeken')({ zoekterm });
  for (const zoekterm of termen.slice(0, 10)) await kanaal(handlers, 'inburgeraarsLijst')({ zoekterm });
  await kanaal(handlers, 'inburgeraarsLijst')({});
  await kanaal(handlers, 'werkvoorraad')({});
  for (const id of documentIds) await leesDocument(db, id);
}

// ---- One size ----

interface GrootteVerslag {
  grootte: number;
  generatieS: number;
  tabellen: Record<string, number>;
  kluisBytes: number;
  rssNaGeneratie: number;
  piekRss: number;
  versleuteling?: { koudVersleuteld: number; koudPlat: number; warmVersleuteld: number; warmPlat: number };
  soak?: { kanaal: string; aanroepen: number; voor: number; na: number; ms: number }[];
}

const VERSLAGEN: GrootteVerslag[] = [];

async function meetGrootte(grootte: number): Promise<void> {
  const folder = tijdelijkeFolder();
  const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, nu: () => NU });
  const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, nu: () => NU, bewaarBestand: async () => true }, () => undefined);
  let piek = rss();
  const bemonster = setInterval(() => (piek = Math.max(piek, rss())), 50);
  try {
    verwacht(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    verwacht(await handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    log(`${grootte.toLocaleString('nl-NL')}: caseload maken …`);
    const caseload = await vulCaseload(kluis, { aantal: grootte, seed: 14, vandaag: VANDAAG, voortgang: (a, b) => a % 10_000 === 0 && log(`  ${a} / ${b}`) });
    kluis.ruweVerbindingVoorTests.pragma('wal_checkpoint(TRUNCATE)');
    const verslag: GrootteVerslag = {
      grootte, generatieS: caseload.seconden, tabellen: caseload.tabellen, kluisBytes: 0, rssNaGeneratie: rss(), piekRss: 0,
    };
    VERSLAGEN.push(verslag);
    log(`${grootte.toLocaleString('nl-NL')}: caseload in ${caseload.seconden.toFixed(0)} s (${Object.values(caseload.tabellen).reduce((a, b) => a + b, 0).toLocaleString('nl-NL')} rijen)`);
    const documentIds = (await kluis.db.selectFrom('documenten').select('id').orderBy('id').execute()).map((d) => d.id);

    // Search-as-you-type.
    const termen = zoekreeks(caseload);
    await meet(grootte, rij('zoeken-kort', 'Zoeken terwijl u typt (dossierZoeken, naam 2..n letters, met/zonder accenten)', { ms: 10, maat: 'p95', tekst: 'p95 ≤ 10 ms' }),
      (i) => roep(handlers, 'dossierZoeken', { zoekterm: termen[i % termen.length]! }), { herhalingen: termen.length, budgetMs: 60_000 });
    const nummers = zoektermenNummers(caseload);
    await meet(grootte, rij('zoeken-nummer', 'Zoeken op BSN, V-nummer en kenmerk (dossierZoeken)', { ms: 10, maat: 'p95', tekst: 'p95 ≤ 10 ms' }),
      (i) => roep(handlers, 'dossierZoeken', { zoekterm: nummers[i % nummers.length]! }), { herhalingen: nummers.length, budgetMs: 30_000 });
    await meet(grootte, rij('lijst-zoeken', 'Lijst inburgeraars met zoekterm, 1e pagina (inburgeraarsLijst)', { ms: 10, maat: 'p95', tekst: 'p95 ≤ 10 ms' }),
      (i) => roep(handlers, 'inburgeraarsLijst', { zoekterm: termen[(i * 7) % termen.length]! }), { herhalingen: 200, budgetMs: 60_000 });
    await meet(grootte, rij('lijst', 'Lijst inburgeraars, 1e pagina zonder filter'), () => roep(handlers, 'inburgeraarsLijst', {}), { herhalingen: 30 });
    await meet(grootte, rij('lijst-blader', 'Lijst inburgeraars: 10 pagina’s verder bladeren (keyset)'), async () => {
      let na: string | null | undefined;
      for (let p = 0; p < 10; p += 1) {
        const pagina = (await roep(handlers, 'inburgeraarsLijst', na ? { na } : {})) as { volgende: string | null };
        na = pagina.volgende;
        if (!na) break;
      }
    }, { herhalingen: 10 });

    // A dossier: all tabs.
    const ids = willekeurigeIds(caseload, 40);
    const perKanaal = new Map<string, number[]>();
    await meet(grootte, rij('dossier', `Dossier openen, alle tabbladen (${DOSSIER_KANALEN.length} kanalen)`, { ms: 10, maat: 'mediaan', tekst: '≤ 10 ms' }), async (i) => {
      const id = ids[i % ids.length]!;
      for (const [naam, invoer] of DOSSIER_KANALEN) {
        const start = performance.now();
        verwacht(await kanaal(handlers, naam)(invoer(id)));
        const lijst = perKanaal.get(naam) ?? [];
        lijst.push(performance.now() - start);
        perKanaal.set(naam, lijst);
      }
    }, { herhalingen: 40 });
    const traagste = [...perKanaal].map(([naam, t]) => [naam, statistiek(t).mediaan] as const).sort((a, b) => b[1] - a[1])[0];
    if (traagste) {
      rij('dossier-traagst', 'Dossier: het traagste kanaal');
      RESULTATEN.get(grootte)!.set('dossier-traagst', { ...statistiek(perKanaal.get(traagste[0])!) });
      TRAAGSTE_DOSSIERKANAAL.set(grootte, traagste[0]);
    }
    await meet(grootte, rij('dossier-kop', 'Dossier: alleen de kop (inburgeraarOphalen)'), (i) => roep(handlers, 'inburgeraarOphalen', { id: ids[i % ids.length]! }), { herhalingen: 40 });

    // Home screen and werklijsten.
    await meet(grootte, rij('werkvoorraad-tellingen', 'Werkvoorraad: tellingen (werkvoorraad)', { ms: 150, maat: 'mediaan', tekst: '≤ 150 ms' }), () => roep(handlers, 'werkvoorraad', {}), { herhalingen: 15 });
    await meet(grootte, rij('werkvoorraad', 'Werkvoorraad: signalen (werkvoorraadLijst)', { ms: 150, maat: 'mediaan', tekst: '≤ 150 ms' }), () => roep(handlers, 'werkvoorraadLijst', {}), { herhalingen: 15 });
    await meet(grootte, rij('werklijst', 'Werklijst PVT/MAP (pvtMapWerklijst)', { ms: 2000, maat: 'mediaan', tekst: '≤ 2 s' }), () => roep(handlers, 'pvtMapWerklijst', {}), { herhalingen: 10, budgetMs: 60_000 });
    await meet(grootte, rij('weeklijst', 'Weeklijst werkvoorraad als PDF (werkvoorraadWeeklijstPdf)'), () => roep(handlers, 'werkvoorraadWeeklijstPdf', {}), { herhalingen: 5, budgetMs: 60_000 });
    await meet(grootte, rij('duo', 'DUO-meldingen, nog te melden (duoMeldingenLijst)'), () => roep(handlers, 'duoMeldingenLijst', { filter: 'nog_te_melden' }), { herhalingen: 10 });
    const groepen = (await roep(handlers, 'pvtGroepen', {})) as { id: number }[] | { groepen?: { id: number }[]; rijen?: { id: number }[] };
    const groepIds = (Array.isArray(groepen) ? groepen : (groepen.groepen ?? groepen.rijen ?? [])).map((g) => g.id);
    await meet(grootte, rij('groepen', 'PVT/MAP-groepen: lijst (pvtGroepen)'), () => roep(handlers, 'pvtGroepen', {}), { herhalingen: 15 });
    await meet(grootte, rij('groep', 'PVT/MAP-groep openen (pvtGroepOphalen)'), (i) => roep(handlers, 'pvtGroepOphalen', { groepId: groepIds[(i * 13) % groepIds.length]! }), { herhalingen: 30 });
    await meet(grootte, rij('logboek', 'Logboek, 1e pagina van 100 (logboekLijst)'), () => roep(handlers, 'logboekLijst', { pagina: 0, paginaGrootte: 100, richting: 'desc', filter: {} }), { herhalingen: 15 });

    // Jaarverslag.
    await meet(grootte, rij('kerncijfers', 'Jaarverslag: kerncijfers 2026', { ms: 2000, maat: 'mediaan', tekst: '≤ 2 s' }), () => roep(handlers, 'jaarverslagKerncijfers', { jaar: 2026 }), { herhalingen: 5, budgetMs: 60_000 });
    let taakId = '';
    await meet(grootte, rij('jaarverslag', 'Jaarverslag 2026: heel verslag als taak', { ms: 2000, maat: 'mediaan', tekst: '≤ 2 s' }), async () => {
      taakId = ((await roep(handlers, 'jaarverslagStarten', { jaar: 2026 })) as { taakId: string }).taakId;
      await wachtOpTaak(handlers, taakId);
    }, { herhalingen: 3, budgetMs: 60_000 });
    await meet(grootte, rij('jaarverslag-pdf', 'Jaarverslag: PDF opslaan'), () => roep(handlers, 'jaarverslagOpslaanPdf', { taakId }), { herhalingen: 3, budgetMs: 30_000 });
    await meet(grootte, rij('jaarverslag-xlsx', 'Jaarverslag: XLSX opslaan'), () => roep(handlers, 'jaarverslagOpslaanXlsx', { taakId }), { herhalingen: 3, budgetMs: 30_000 });

    // Encryption: the same workload on the vault and on a plaintext copy, alternating, cold and warm.
    verslag.versleuteling = await meetVersleuteling(kluis, ids.slice(0, 20), termen.filter((_, i) => i % 7 === 0).slice(0, 40), documentIds.filter((_, i) => i % 97 === 0).slice(0, 20), folder.pad);

    // Soak: repeated calls of every list channel, RSS before and after.
    if (grootte === SOAK_GROOTTE) verslag.soak = await soak(handlers);

    // Unlock with the production key derivation, and open + migrate + first query without it.
    await meetOntgrendelen(grootte, kluis, folder.pad);

    // Import of 5,000 rows into this caseload (last: it adds 5,000 dossiers).
    const csv = Buffer.from(alsCsv(sjabloonRijen(5000, VANDAAG, 5000))).toString('base64');
    await meet(grootte, rij('import-voorbeeld', 'Import 5.000 rijen: voorbeeld (importVoorbeeld)'), () => roep(handlers, 'importVoorbeeld', { bestandsnaam: 'lijst.csv', inhoud: csv }), { herhalingen: 1, opwarmen: false });
    await meet(grootte, rij('import', 'Import 5.000 rijen: importeren als taak'), async () => {
      const { taakId: id } = (await roep(handlers, 'importStarten', { bestandsnaam: 'lijst.csv', inhoud: csv, koppeling: null, alleenCorrecte: false })) as { taakId: string };
      await wachtOpTaak(handlers, id);
      const uitkomst = (await roep(handlers, 'importUitkomst', { taakId: id })) as { nieuw: number };
      if (uitkomst.nieuw !== 5000) throw new Error(`verwacht 5000 nieuw, kreeg ${JSON.stringify(uitkomst)}`);
    }, { herhalingen: 1, opwarmen: false });

    const s = existsSync(`${kluis.databasePad}-wal`) ? statSync(`${kluis.databasePad}-wal`).size : 0;
    verslag.kluisBytes = statSync(kluis.databasePad).size + s;
    verslag.piekRss = Math.max(piek, process.resourceUsage().maxRSS * 1024);
  } finally {
    clearInterval(bemonster);
    await kluis.vergrendelen().catch(() => undefined);
    folder.opruimen();
    gc();
  }
}

const TRAAGSTE_DOSSIERKANAAL = new Map<number, string>();

async function meetVersleuteling(kluis: Kluis, ids: number[], termen: string[], documentIds: number[], map: string): Promise<GrootteVerslag['versleuteling']> {
  log('versleuteling: platte kopie maken …');
  const sleutel = datasleutel(kluis, TEST_WACHTWOORD);
  kluis.ruweVerbindingVoorTests.pragma('wal_checkpoint(TRUNCATE)');
  const platPad = join(map, 'plat-kopie.db');
  copyFileSync(kluis.databasePad, platPad);
  {
    const kopie = new Database(platPad);
    kopie.pragma(`cipher='sqlcipher'`);
    kopie.pragma('legacy=4');
    kopie.pragma(`key="x'${sleutel.toString('hex')}'"`);
    kopie.pragma('journal_mode=DELETE');
    kopie.pragma(`rekey=''`); // decrypts the copy in place: the same pages, without encryption
    kopie.close();
  }
  const koud = { v: [] as number[], p: [] as number[] };
  const warm = { v: [] as number[], p: [] as number[] };
  const groot = kluis.ruweVerbindingVoorTests.prepare('SELECT count(*) AS n FROM inburgeraars').get() as { n: number };
  const rondes = groot.n >= 10_000 ? 2 : 3;
  const warmeKeren = groot.n >= 10_000 ? 1 : 2;
  for (let ronde = 0; ronde < rondes; ronde += 1) {
    for (const soort of ronde % 2 === 0 ? (['v', 'p'] as const) : (['p', 'v'] as const)) {
      gc();
      const sqlite = soort === 'v' ? openVersleuteld(kluis.databasePad, sleutel) : openPlat(platPad);
      const db = maakKysely(sqlite);
      try {
        await migreer(db as Kysely<unknown>);
        const h = handlersOver(db);
        let start = performance.now();
        await werklast(h, db, ids, termen, documentIds);
        koud[soort].push(performance.now() - start);
        for (let i = 0; i < warmeKeren; i += 1) {
          start = performance.now();
          await werklast(h, db, ids, termen, documentIds);
          warm[soort].push(performance.now() - start);
        }
      } finally {
        await db.destroy();
      }
    }
  }
  rmSync(platPad, { force: true });
  rmSync(`${platPad}-wal`, { force: true });
  rmSync(`${platPad}-shm`, { force: true });
  const uit = { koudVersleuteld: statistiek(koud.v).mediaan, koudPlat: statistiek(koud.p).mediaan, warmVersleuteld: statistiek(warm.v).mediaan, warmPlat: statistiek(warm.p).mediaan };
  log(`versleuteling: koud ${ms(uit.koudVersleuteld)} / ${ms(uit.koudPlat)} ms, warm ${ms(uit.warmVersleuteld)} / ${ms(uit.warmPlat)} ms`);
  return uit;
}

async function soak(handlers: Handlers): Promise<NonNullable<GrootteVerslag['soak']>> {
  const uit: NonNullable<GrootteVerslag['soak']> = [];
  for (const [naam, invoer] of LIJST_KANALEN) {
    const h = kanaal(handlers, naam);
    await h(invoer);
    gc();
    const voor = rss();
    const begin = performance.now();
    let aanroepen = 0;
    // 100 calls, or fewer when one channel would take more than a minute.
    while (aanroepen < 100 && (aanroepen < 3 || performance.now() - begin < 60_000)) {
      const antwoord = await h(invoer);
      if (!antwoord.ok) throw new Error(`${naam}: ${antwoord.fout.message}`);
      aanroepen += 1;
    }
    const duur = performance.now() - begin;
    gc();
    uit.push({ kanaal: `${naam}${Object.keys(invoer as object).length ? ` ${JSON.stringify(invoer)}` : ''}`, aanroepen, voor, na: rss(), ms: duur / aanroepen });
    log(`soak ${naam}: ${aanroepen}×, RSS ${mb(voor)} → ${mb(rss())}`);
  }
  return uit;
}

async function meetOntgrendelen(grootte: number, kluis: Kluis, map: string): Promise<void> {
  await kluis.vergrendelen();
  // A second Kluis with the production scrypt parameters re-wraps the passphrase slot with them.
  const productie = new Kluis(map, { nu: () => NU });
  await productie.ontgrendelen(TEST_WACHTWOORD);
  await productie.wijzigWachtwoord(TEST_WACHTWOORD, NIEUW_WACHTWOORD);
  await productie.vergrendelen();
  await meet(grootte, rij('ontgrendelen', 'Kluis ontgrendelen (scrypt N=2^17, openen, migraties controleren)'), async () => {
    await productie.ontgrendelen(NIEUW_WACHTWOORD);
    await productie.vergrendelen();
  }, { herhalingen: 3, opwarmen: false });
  const sleutel = datasleutel(productie, NIEUW_WACHTWOORD);
  await meet(grootte, rij('openen', 'Openen + migreren + eerste query, zonder sleutelafleiding'), async () => {
    const sqlite = openVersleuteld(productie.databasePad, sleutel);
    const db = maakKysely(sqlite);
    await migreer(db as Kysely<unknown>);
    await db.selectFrom('inburgeraars').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'in_traject').executeTakeFirst();
    await db.destroy();
  }, { herhalingen: 5 });
  // Back to the vault the handlers use.
  await kluis.ontgrendelen(NIEUW_WACHTWOORD);
}

// ---- Documents (test/bench/documenten.ts, P4) ----

interface DocumentRij {
  wat: string;
  mediaanMs: number;
  p95Ms: number;
  doel?: string;
  gehaald?: boolean;
  opmerking?: string;
}

async function documenten(): Promise<DocumentRij[] | string> {
  if (process.env.BENCH_DOCUMENTEN === 'nee') return 'niet gemeten in deze run (BENCH_DOCUMENTEN=nee)';
  const pad = resolve(import.meta.dirname, 'documenten.ts');
  if (!existsSync(pad)) return 'niet gemeten: test/bench/documenten.ts ontbreekt';
  try {
    const module = (await import(pad)) as { meetDocumenten?: (opties?: { herhalingen?: number }) => Promise<DocumentRij[]> };
    if (!module.meetDocumenten) return 'niet gemeten: test/bench/documenten.ts heeft geen meetDocumenten()';
    return await module.meetDocumenten({ herhalingen: Number(process.env.BENCH_DOCUMENT_HERHALINGEN ?? 12) });
  } catch (fout) {
    return `niet gemeten: ${fout instanceof Error ? fout.message : String(fout)}`;
  }
}

// ---- The report ----

function gehaald(meting: Meting | undefined, doel: Doel | undefined): string {
  if (!doel) return '';
  if (!meting || meting.fout || !Number.isFinite(meting.mediaan)) return '—';
  return (doel.maat === 'p95' ? meting.p95 : meting.mediaan) <= doel.ms ? 'ja' : 'nee';
}

function rapport(docs: DocumentRij[] | string): string {
  const grootste = Math.max(...GROOTTES);
  const naam = (n: number) => n.toLocaleString('nl-NL');
  const cpu = cpus()[0]?.model.trim() ?? 'onbekend';
  const regels: string[] = [
    '# Benchmarks Koers',
    '',
    `Gemeten op ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; machine: ${cpu}, ${cpus().length} kernen, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${process.platform}.`,
    `Synthetische caseloads (test/fixtures/bench-caseload.ts, seed 14, vandaag ${VANDAAG}) van ${GROOTTES.map(naam).join(', ')} inburgeraars, elk in een nieuwe versleutelde kluis,`,
    'gemeten via dezelfde handlers als de app. Tijden in milliseconden: mediaan / p95 (n = aantal metingen, begrensd door een tijdsbudget per meting).',
    `"Gehaald" geldt voor de grootste gemeten caseload (${naam(grootste)}). De machine werd gedeeld met andere processen: tijden zijn ruis-gevoelig.`,
    '',
    '## Tijden',
    '',
    `| meting | ${GROOTTES.map((g) => `${naam(g)}: mediaan / p95 (n)`).join(' | ')} | ${GROOTTES.slice(1).map((g, i) => `groei ${naam(GROOTTES[i]!)} → ${naam(g)} | `).join('')}doel | gehaald |`,
    `|---|${GROOTTES.map(() => '---:').join('|')}|${GROOTTES.slice(1).map(() => '---:').join('|')}${GROOTTES.length > 1 ? '|' : ''}---|---|`,
  ];
  for (const r of RIJEN) {
    const cellen = GROOTTES.map((g) => {
      const m = RESULTATEN.get(g)?.get(r.sleutel);
      if (!m) return '—';
      if (m.fout) return `fout: ${m.fout.replace(/\|/g, '/')}`;
      return `${ms(m.mediaan)} / ${ms(m.p95)} (${m.n})`;
    });
    const groei = GROOTTES.slice(1).map((g, i) => {
      const a = RESULTATEN.get(GROOTTES[i]!)?.get(r.sleutel);
      const b = RESULTATEN.get(g)?.get(r.sleutel);
      return a && b && !a.fout && !b.fout ? factor(b.mediaan / a.mediaan) : '—';
    });
    const wat = r.sleutel === 'dossier-traagst' ? `${r.wat} (${GROOTTES.map((g) => TRAAGSTE_DOSSIERKANAAL.get(g) ?? '—').join(' / ')})` : r.wat;
    regels.push(`| ${wat} | ${cellen.join(' | ')} | ${groei.join(' | ')}${groei.length ? ' | ' : ''}${r.doel?.tekst ?? ''} | ${gehaald(RESULTATEN.get(grootste)?.get(r.sleutel), r.doel)} |`);
  }
  if (GROOTTES.length > 1) {
    const stap = GROOTTES.at(-1)! / GROOTTES.at(-2)!;
    const slechter = RIJEN.filter((r) => {
      const a = RESULTATEN.get(GROOTTES.at(-2)!)?.get(r.sleutel);
      const b = RESULTATEN.get(GROOTTES.at(-1)!)?.get(r.sleutel);
      return a && b && !a.fout && !b.fout && r.sleutel !== 'import' && r.sleutel !== 'import-voorbeeld' && b.mediaan / a.mediaan > stap;
    });
    regels.push('', `Groei ${naam(GROOTTES.at(-2)!)} → ${naam(GROOTTES.at(-1)!)} (doel: niet slechter dan lineair, ≤ ${stap}×): ${slechter.length === 0 ? 'gehaald voor elke meting.' : `niet gehaald voor ${slechter.map((r) => r.wat).join('; ')}.`}`);
  }

  regels.push('', '## Versleuteling (dezelfde werklast op de kluis en op een onversleutelde kopie, afwisselend)', '',
    'Werklast: 20 dossiers met alle tabbladen, 40 zoektermen, 11 lijstpagina’s, de werkvoorraadtellingen en 20 PDF’s lezen. Koud = de eerste keer na het openen van de verbinding; warm = daarna.', '',
    '| caseload | koud versleuteld / onversleuteld (ms) | verhouding koud | warm versleuteld / onversleuteld (ms) | verhouding warm | doel | gehaald |',
    '|---:|---:|---:|---:|---:|---|---|');
  for (const v of VERSLAGEN) {
    if (!v.versleuteling) continue;
    const k = v.versleuteling.koudVersleuteld / v.versleuteling.koudPlat;
    const w = v.versleuteling.warmVersleuteld / v.versleuteling.warmPlat;
    regels.push(`| ${naam(v.grootte)} | ${ms(v.versleuteling.koudVersleuteld)} / ${ms(v.versleuteling.koudPlat)} | ${factor(k)} | ${ms(v.versleuteling.warmVersleuteld)} / ${ms(v.versleuteling.warmPlat)} | ${factor(w)} | ≤ 1,25× koud en warm | ${k <= 1.25 && w <= 1.25 ? 'ja' : 'nee'} |`);
  }

  const soakVerslag = VERSLAGEN.find((v) => v.soak);
  if (soakVerslag?.soak) {
    const drempel = 16 * 1024 * 1024;
    regels.push('', `## Geen groei: herhaalde aanroepen van elk lijstkanaal bij ${naam(soakVerslag.grootte)} dossiers`, '',
      `RSS van het proces na garbage collection${(globalThis as { gc?: unknown }).gc ? '' : ' (gc niet beschikbaar: start met --expose-gc)'}, voor en na de aanroepen. Doel: vlak (groei ≤ 16 MB).`, '',
      '| kanaal | aanroepen | ms per aanroep | RSS voor | RSS na | groei | gehaald |', '|---|---:|---:|---:|---:|---:|---|');
    for (const s of soakVerslag.soak) {
      regels.push(`| ${s.kanaal} | ${s.aanroepen} | ${ms(s.ms)} | ${mb(s.voor)} | ${mb(s.na)} | ${mb(s.na - s.voor)} | ${s.na - s.voor <= drempel ? 'ja' : 'nee'} |`);
    }
  }

  regels.push('', '## Caseload, kluis en geheugen', '',
    '| caseload | maken (s) | rijen totaal | documenten (PDF) | logboekregels | kluisbestand | RSS na maken | piek-RSS van het proces |', '|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const v of VERSLAGEN) {
    const totaal = Object.values(v.tabellen).reduce((a, b) => a + b, 0);
    regels.push(`| ${naam(v.grootte)} | ${v.generatieS.toFixed(0)} | ${totaal.toLocaleString('nl-NL')} | ${(v.tabellen.documenten ?? 0).toLocaleString('nl-NL')} | ${(v.tabellen.logboek ?? 0).toLocaleString('nl-NL')} | ${mb(v.kluisBytes)} | ${mb(v.rssNaGeneratie)} | ${mb(v.piekRss)} |`);
  }
  const laatste = VERSLAGEN.at(-1);
  if (laatste) regels.push('', `Rijen per tabel bij ${naam(laatste.grootte)}: ${Object.entries(laatste.tabellen).map(([t, n]) => `${t} ${n.toLocaleString('nl-NL')}`).join(', ')}.`);

  regels.push('', '## Documenten en de Word-route (LibreOffice)', '');
  if (typeof docs === 'string') regels.push(docs.charAt(0).toUpperCase() + docs.slice(1) + '.');
  else {
    regels.push('| meting | mediaan (ms) | p95 (ms) | doel | gehaald | opmerking |', '|---|---:|---:|---|---|---|');
    for (const d of docs) regels.push(`| ${d.wat} | ${ms(d.mediaanMs)} | ${ms(d.p95Ms)} | ${d.doel ?? ''} | ${d.gehaald === undefined ? '' : d.gehaald ? 'ja' : 'nee'} | ${d.opmerking ?? ''} |`);
  }

  // The slowest things seen, for whoever makes them faster.
  const metingen = RIJEN.map((r) => ({ r, m: RESULTATEN.get(grootste)?.get(r.sleutel) })).filter((x) => x.m && !x.m.fout && !['import', 'import-voorbeeld', 'ontgrendelen'].includes(x.r.sleutel));
  metingen.sort((a, b) => b.m!.mediaan - a.m!.mediaan);
  regels.push('', `## Het traagste bij ${naam(grootste)}`, '', ...metingen.slice(0, 6).map(({ r, m }) => `- ${r.wat}: ${ms(m!.mediaan)} ms (mediaan)`));
  const fouten = RIJEN.filter((r) => GROOTTES.some((g) => RESULTATEN.get(g)?.get(r.sleutel)?.fout));
  if (fouten.length) regels.push('', '## Fouten tijdens de meting', '', ...fouten.map((r) => `- ${r.wat}: ${GROOTTES.map((g) => RESULTATEN.get(g)?.get(r.sleutel)?.fout).filter(Boolean).join('; ')}`));
  regels.push('');
  return regels.join('\n');
}

// ---- Run ----

log(`benchmark: caseloads ${GROOTTES.join(', ')}; soak bij ${SOAK_GROOTTE}; gc ${(globalThis as { gc?: unknown }).gc ? 'beschikbaar' : 'niet beschikbaar'}`);
const uitvoer = resolve(import.meta.dirname, 'results.md');
// The report is written after every size, so a run cut short still leaves what it measured.
for (const grootte of GROOTTES) {
  await meetGrootte(grootte);
  writeFileSync(uitvoer, rapport('nog niet gemeten: de documenten komen na de caseloads'));
  log(`tussenstand geschreven naar ${uitvoer}`);
}
log('documenten meten …');
const docs = await documenten();
log(typeof docs === 'string' ? docs : `documenten: ${docs.length} metingen`);
const tekst = rapport(docs);
writeFileSync(uitvoer, tekst);
console.log(tekst);
log(`geschreven naar ${uitvoer}`);
