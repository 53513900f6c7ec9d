import fc from 'fast-check';
import { sql } from 'kysely';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Kluis } from '../../db/vault';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import { KANALEN, contract, type Kanaal } from '../../shared/contract';
import { opgeslagenBestand } from '../../shared/contract/gedeeld';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, data, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 item 9: every IPC channel gets ≥ 1,000 hostile payloads through the real handlers over a real
// encrypted vault with a few dossiers. A payload may be accepted (then it may change data); a refused one
// answers with a Dutch message and changes nothing but the logboek's own 'geweigerd' line. Nothing throws,
// nothing answers ONVERWACHT. kluisVergrendelen is handled: after it the vault is unlocked again.

const NU = new Date('2026-11-23T10:00:00+01:00');
const PER_KANAAL = 1000;
const ENGELS = /expected|invalid|required|received|undefined|must be|object Object/i;

// ---- Hostile values ----

const HUGE = 'Ä'.repeat(100_000);
const BIDI = ['\u202E', '\u202D', '\u202A', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\u2028', '\u2029', '\uD800', '\uDFFF'];
const DATUMS = ['9999-12-31', '0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '2026-02-29', '2028-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '+010000-01-01', '-000001-01-01', '2026-1-1', ' 2026-11-23', '2026-11-23T00:00:00Z', '2021-12-31', '2022-01-01', '2026-11-23', '2099-12-31', '1970-01-01'];

function diepGenest(diepte: number, soort: 'lijst' | 'object'): unknown {
  let waarde: unknown = 'bodem';
  for (let i = 0; i < diepte; i += 1) waarde = soort === 'lijst' ? [waarde] : { a: waarde, id: 1 };
  return waarde;
}
const DIEP = [diepGenest(3_000, 'lijst'), diepGenest(3_000, 'object'), diepGenest(60, 'object')];

/** Own keys that JavaScript treats specially (JSON.parse makes "__proto__" an own key, as IPC cloning would). */
function metPrototypeSleutels(basis: unknown): unknown {
  const extra = JSON.parse('{"__proto__": {"vervuild": true, "id": 1}, "constructor": {"prototype": {"vervuild": true}}, "prototype": {}, "toString": "x", "hasOwnProperty": 1, "valueOf": null}') as object;
  return basis !== null && typeof basis === 'object' && !Array.isArray(basis) ? Object.assign(JSON.parse('{}') as object, extra, basis) : extra;
}

const codeEenheid = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const vijandigeTekst: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: codeEenheid, maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...BIDI), fc.string({ maxLength: 10 })).map(([a, b, c]) => `${a}${b}${c}`),
  fc.constantFrom(...DATUMS),
  fc.constantFrom(HUGE, '', ' ', '\n', '\t', 'null', 'undefined', 'NaN', '__proto__', 'constructor', "'; DROP TABLE inburgeraar; --", '../../../etc/passwd', 'C:\\Windows\\win.ini', '%s%n%x', '${7*7}', '<script>alert(1)</script>', '000000000', '111222333'),
);
const vijandigGetal = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, -1, 1, 2, 3, 4, 1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
  fc.double(),
  fc.integer(),
);
const vijandigeWaarde: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: vijandigeTekst },
  { weight: 3, arbitrary: vijandigGetal },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, 10n, ...DIEP) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(vijandigeTekst, vijandigGetal), { maxLength: 4 }) },
);

type Schema = z.ZodType & { def?: Record<string, unknown>; shape?: Record<string, z.ZodType> };

/** The object shape of an input schema, looking through optional/nullable/pipe/transform wrappers. */
function vormVan(schema: Schema | undefined, diepte = 0): Record<string, Schema> | null {
  if (!schema || diepte > 6) return null;
  const def = (schema as { def?: Record<string, unknown> }).def ?? {};
  if (def.type === 'object') return (def.shape as Record<string, Schema>) ?? null;
  for (const binnen of ['in', 'innerType', 'schema']) {
    if (def[binnen]) return vormVan(def[binnen] as Schema, diepte + 1);
  }
  if (def.type === 'union' && Array.isArray(def.options)) return vormVan(def.options[0] as Schema, diepte + 1);
  return null;
}

/** The schema's own shape with hostile values in some or all fields (nested objects one level down as well). */
function vormMetVijandigeWaarden(schema: Schema): fc.Arbitrary<unknown> {
  const vorm = vormVan(schema);
  if (!vorm || Object.keys(vorm).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), vijandigeWaarde, { maxKeys: 3 });
  const velden = Object.fromEntries(
    Object.entries(vorm).map(([sleutel, veld]) => {
      const binnen = vormVan(veld);
      const waarde = binnen ? fc.oneof(vijandigeWaarde, fc.record(Object.fromEntries(Object.keys(binnen).map((k) => [k, vijandigeWaarde])), { requiredKeys: [] })) : vijandigeWaarde;
      return [sleutel, waarde];
    }),
  );
  return fc.record(velden, { requiredKeys: [] });
}

/** Payloads that know nothing of any channel: random values of every JS type, deep nesting, huge strings. */
const algemeen: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withObjectString: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...DIEP, HUGE, Number.NaN, Number.POSITIVE_INFINITY, [HUGE], { [HUGE.slice(0, 5000)]: 1 }) },
);
/** One pool of those for all channels (generating them per channel only costs time): a third of each channel's share. */
const ALGEMENE_POOL = fc.sample(algemeen, { numRuns: Math.ceil(PER_KANAAL / 3), seed: 20261123 });

/** Payloads in the channel's own shape: every field, or some, with a hostile value, sometimes with prototype keys. */
function payloads(kanaal: Kanaal): fc.Arbitrary<unknown> {
  const vorm = vormMetVijandigeWaarden(contract[kanaal].input as unknown as Schema);
  return fc.oneof({ weight: 9, arbitrary: vorm }, { weight: 1, arbitrary: vorm.map(metPrototypeSleutels) });
}

/** Channels that check a passphrase or herstelcode: each payload that passes validation costs a real scrypt. */
const heeftGeheim = (kanaal: Kanaal) => Object.keys(vormVan(contract[kanaal].input as unknown as Schema) ?? {}).some((k) => ['wachtwoord', 'huidig', 'herstelcode'].includes(k));

/** Channels that render a PDF or XLSX for the save dialog: a valid payload costs a whole document. */
const maaktBestand = (kanaal: Kanaal) => (contract[kanaal].output as unknown) === opgeslagenBestand;

/**
 * PER_KANAAL payloads for one channel. A payload the contract accepts is kept only when its parsed form is new
 * for the channel (`{}`, `null` and `{ onbekend: 1 }` all reach a handler as the same `{}`), and at most a tenth
 * of them (three where each costs a scrypt or renders a document) may pass validation: the rest are refused at the door, as
 * hostile payloads mostly are. Every payload kept is sent raw to the real handler.
 */
function kiesPayloads(kanaal: Kanaal): { payload: unknown; geldig: boolean }[] {
  const schema = contract[kanaal].input as unknown as z.ZodType;
  const maxGeldig = heeftGeheim(kanaal) || maaktBestand(kanaal) ? 3 : Math.ceil(PER_KANAAL / 10);
  const gezien = new Set<string>();
  const gekozen: { payload: unknown; geldig: boolean }[] = [];
  const bewaar = (payload: unknown) => {
    const geldig = schema.safeParse(payload ?? {});
    if (geldig.success) {
      const sleutel = beschrijf(geldig.data, 100_000);
      if (gezien.has(sleutel) || gezien.size >= maxGeldig) return;
      gezien.add(sleutel);
    }
    gekozen.push({ payload, geldig: geldig.success });
  };
  ALGEMENE_POOL.forEach(bewaar);
  for (let ronde = 0; gekozen.length < PER_KANAAL && ronde < 20; ronde += 1) {
    const bron = fc.sample(payloads(kanaal), { numRuns: PER_KANAAL - gekozen.length, seed: 20261123 + 1000 * ronde + KANALEN.indexOf(kanaal) });
    for (const payload of bron) {
      bewaar(payload);
      if (gekozen.length === PER_KANAAL) break;
    }
  }
  return gekozen;
}

// ---- The vault and its digest ----

interface Tel {
  geweigerd: number;
  aanvaard: number;
  ms: number;
}

describe('fuzzing every IPC channel', () => {
  let folder: ReturnType<typeof tijdelijkeFolder>;
  let kluis: Kluis;
  let handlers: Handlers;
  const onverwacht: string[] = [];
  const tellingen = new Map<Kanaal, Tel>();
  let pipDossier = 0;

  beforeAll(async () => {
    // In memory where the machine has it: a refused change still commits its logboek line, and fsync on a
    // disk would make 178,000 payloads slow without testing anything more.
    folder = existsSync('/dev/shm') ? geheugenFolder() : tijdelijkeFolder();
    // The unlock delay (BIO 9.4.2) is real in the app; here it would only make the test wait.
    kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, nu: () => NU, wacht: async () => undefined });
    handlers = makeHandlers(
      { kluis, resourcesPad: RESOURCES, bewaarBestand: async () => true, nu: () => NU },
      (kanaal, fout) => onverwacht.push(`${kanaal}: ${fout instanceof Error ? `${fout.name}: ${fout.message}\n${fout.stack?.split('\n').slice(1, 6).join('\n')}` : String(fout)}`),
    );
    const herstelcode = data(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD })).herstelcode;
    data(await handlers.kluisHerstelcodeBevestigen({ herstelcode }));
    data(
      await handlers.instellingenOpslaan({
        gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
        behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
        kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
      }),
    );
    data(await handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }));
    const random = maakRandom(11);
    const ids: number[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(data(await handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(random, '2026-11-23', i), datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09' })).id);
    pipDossier = ids[0]!;
    data(await handlers.intakeOpslaan({ inburgeraarId: ids[0]!, gegevens: VOLLEDIGE_INTAKE }));
    data(await handlers.intakeAfronden({ inburgeraarId: ids[0]!, datum: '2026-03-20', inAfwezigheid: false }));
    data(await handlers.pipConceptOpslaan({ inburgeraarId: ids[0]!, inhoud: VOLLEDIG_PIP }));
    data(await handlers.journaalNotitieToevoegen({ inburgeraarId: ids[1]!, datum: '2026-11-20', soort: 'contact', metTolk: false, tekst: 'Telefonisch contact.' }));
  }, 60_000);

  afterAll(async () => {
    await kluis.vergrendelen();
    folder.opruimen();
  });

  /** Every row of every table, except the logboek lines of refused attempts (those are expected). */
  async function digest(): Promise<string> {
    const { rows: tabellen } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(kluis.db);
    const delen: string[] = [];
    for (const { name } of tabellen) {
      // The logboek's own refusal lines, and the id counter they move, are the one change a refusal makes.
      const filter = name === 'logboek' ? sql`WHERE resultaat NOT LIKE 'geweigerd%'` : name === 'sqlite_sequence' ? sql`WHERE name <> 'logboek'` : sql``;
      const { rows } = await sql`SELECT * FROM ${sql.table(name)} ${filter}`.execute(kluis.db);
      delen.push(name, JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)));
    }
    return delen.join('\n');
  }

  function isOpen(): boolean {
    try {
      return !!kluis.db;
    } catch {
      return false;
    }
  }

  /** SQLite's count of changed rows on this connection (rolled-back changes included) and the logboek's last id. */
  async function wijzigingen(): Promise<{ n: number; logId: number }> {
    const { rows } = await sql<{ n: number; logId: number | null }>`SELECT total_changes() AS n, (SELECT max(id) FROM logboek) AS logId`.execute(kluis.db);
    return { n: rows[0]!.n, logId: rows[0]!.logId ?? 0 };
  }

  /** True when the only rows written since `voor` are logboek lines of refused attempts (the cheap check). */
  async function alleenWeigeringen(voor: { n: number; logId: number }, na: { n: number; logId: number }): Promise<boolean> {
    if (na.n - voor.n !== na.logId - voor.logId) return false;
    const { rows } = await sql<{ resultaat: string }>`SELECT resultaat FROM logboek WHERE id > ${voor.logId}`.execute(kluis.db);
    return rows.every((rij) => rij.resultaat.startsWith('geweigerd'));
  }

  async function wachtOpTaak(taakId: string): Promise<void> {
    for (let i = 0; i < 600; i += 1) {
      const status = await handlers.taakStatus({ taakId });
      if (!status.ok || status.data.status !== 'bezig') return;
      await new Promise((klaar) => setTimeout(klaar, 20));
    }
  }

  it('pipVoorbeeld on far dates: the year 9999 and 1900 are refused in Dutch, 2199 gives a letter, nothing crashes', async () => {
    const pipId = data(await handlers.pipOverzicht({ inburgeraarId: pipDossier })).versies[0]!.id;
    expect(await handlers.pipVoorbeeld({ pipId, dagtekening: '9999-12-31', ondertekenaarId: null })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Dagtekening: kies een datum tussen 1 januari 1900 en 31 december 2199.' },
    });
    expect(await handlers.pipVoorbeeld({ pipId, dagtekening: '1900-01-01', ondertekenaarId: null })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Dagtekening: een beschikking onder de Wet inburgering 2021 heeft een dagtekening op of na 1 januari 2022.' },
    });
    const brief = data(await handlers.pipVoorbeeld({ pipId, dagtekening: '2199-12-31', ondertekenaarId: null })).brief;
    expect(brief.referentie).toContainEqual({ label: 'Datum', waarde: '31 december 2199' });
    expect(onverwacht).toEqual([]);
  });

  it(`gives ${PER_KANAAL} hostile payloads to each channel: no crash, a Dutch refusal, nothing changed`, async () => {
    let basis = await digest();
    let teller = await wijzigingen();
    const problemen: string[] = [];
    const begin = Date.now();
    const cpu = process.cpuUsage();

    for (const kanaal of KANALEN) {
      const tel: Tel = { geweigerd: 0, aanvaard: 0, ms: 0 };
      const start = Date.now();
      tellingen.set(kanaal, tel);
      const monsters = kiesPayloads(kanaal);
      let ongecontroleerd = 0;
      /** Compares the vault with the baseline after the refusals since the last check. */
      const controleer = async (laatste: string) => {
        const nu = await wijzigingen();
        if (nu.n !== teller.n && !(await alleenWeigeringen(teller, nu))) {
          const na = await digest();
          const wat = ongecontroleerd > 1 ? `een van ${ongecontroleerd} geweigerde payloads, de laatste ${laatste}` : laatste;
          if (na !== basis) problemen.push(`${kanaal}: geweigerd maar de kluis is gewijzigd, door ${wat}`);
          basis = na;
        }
        teller = nu;
        ongecontroleerd = 0;
      };
      for (const [i, { payload, geldig }] of monsters.entries()) {
        if (geldig && ongecontroleerd > 0) await controleer('(batch vóór een geldige payload)');
        let antwoord: Awaited<ReturnType<Handlers[Kanaal]>>;
        try {
          antwoord = await handlers[kanaal](payload);
        } catch (fout) {
          problemen.push(`${kanaal} gooide ${String(fout)}`);
          continue;
        }
        if (!isOpen()) {
          // kluisVergrendelen (or a restore) closed the vault: open it again and take a fresh baseline.
          await kluis.ontgrendelen(TEST_WACHTWOORD);
          basis = await digest();
          teller = await wijzigingen();
        }
        if (antwoord.ok) {
          ongecontroleerd = 0;
          tel.aanvaard += 1;
          const taakId = (antwoord.data as { taakId?: unknown }).taakId;
          if (typeof taakId === 'string') await wachtOpTaak(taakId);
          const nu = await wijzigingen();
          if (nu.n !== teller.n) basis = await digest();
          teller = nu;
          continue;
        }
        tel.geweigerd += 1;
        const { code, message } = antwoord.fout;
        if (code === 'ONVERWACHT') problemen.push(`${kanaal}: ONVERWACHT op ${beschrijf(payload)}`);
        if (ENGELS.test(message) || message.length < 10) problemen.push(`${kanaal}: geen Nederlandse melding "${message.slice(0, 200)}" op ${beschrijf(payload)}`);
        // A payload the contract refuses never reaches a use case: those are checked in batches of 100 (and at the
        // end of the channel), any other refusal at once. SQLite's change counter never goes back, so nothing slips by.
        ongecontroleerd += 1;
        if (geldig || ongecontroleerd >= 100 || i === monsters.length - 1) await controleer(`${code} op ${beschrijf(payload)}`);
        if (problemen.length > 40) break;
      }
      tel.ms = Date.now() - start;
      if (problemen.length > 40) break;
    }

    const totaal = [...tellingen.values()].reduce((som, t) => som + t.geweigerd + t.aanvaard, 0);
    const aanvaard = [...tellingen.values()].reduce((som, t) => som + t.aanvaard, 0);
    const { user, system } = process.cpuUsage(cpu);
    console.info(
      `Fuzz: ${totaal} vijandige payloads over ${tellingen.size} kanalen (${aanvaard} aanvaard, ${totaal - aanvaard} geweigerd) in ${Math.round((Date.now() - begin) / 1000)} s ` +
        `(${Math.round((user + system) / 1e6)} s CPU).`,
    );
    const traagste = [...tellingen].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
    console.info(`Traagste kanalen: ${traagste.map(([k, t]) => `${k} ${t.ms} ms (${t.aanvaard} aanvaard)`).join(', ')}`);
    expect([...problemen, ...onverwacht].slice(0, 40)).toEqual([]);
    expect(tellingen.size).toBe(KANALEN.length);
    for (const [kanaal, tel] of tellingen) expect(tel.geweigerd + tel.aanvaard, kanaal).toBeGreaterThanOrEqual(PER_KANAAL);
    // The seeded dossiers are still there and the vault is still open and sound.
    expect(data(await handlers.inburgeraarsLijst({})).totaal).toBeGreaterThanOrEqual(3);
    const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(kluis.db);
    expect(rows[0]!.integrity_check).toBe('ok');
  }, 600_000);
});

function geheugenFolder(): { pad: string; opruimen: () => void } {
  const pad = mkdtempSync(join('/dev/shm', 'koers-fuzz-'));
  return { pad, opruimen: () => rmSync(pad, { recursive: true, force: true }) };
}

function beschrijf(payload: unknown, lengte = 300): string {
  try {
    const tekst = JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v === undefined ? '(undefined)' : v));
    return (tekst ?? String(payload)).slice(0, lengte);
  } catch {
    return `(${typeof payload})`;
  }
}
