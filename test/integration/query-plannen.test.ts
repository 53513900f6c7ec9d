import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { vergeetStatements, type SqliteDatabase } from '../../db/verbinding';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { maakGroep, vulDossier } from '../fixtures/volledig-dossier';

// Issue 14: opening a dossier (every tab) and a PVT group must stay instant at 50,000 dossiers. Each read the
// screens make is captured as the SQL that reaches SQLite, and its EXPLAIN QUERY PLAN may not scan a table
// that grows with the caseload (a SCAN without an index, or an automatic index built by scanning).

/** Tables whose size does not grow with the number of dossiers: a scan of these is fine. */
const VASTE_TABELLEN = new Set(['instellingen', 'sjablonen', 'ondertekenaars', 'volgnummers', 'normbedragen', 'kostenCodes', 'spuk', 'kysely_migration', 'kysely_migration_lock', 'boeteRegimes']);

interface Opname {
  sql: string;
  parameters: unknown[];
}

/** Records every statement run on the raw connection while `werk` runs. */
async function neemOp(sqlite: SqliteDatabase, werk: () => Promise<unknown>): Promise<Opname[]> {
  const opnames: Opname[] = [];
  const origineel = sqlite.prepare.bind(sqlite);
  const vervanger = (tekst: string) => {
    const stmt = origineel(tekst);
    return new Proxy(stmt, {
      get(doel, naam) {
        const waarde: unknown = Reflect.get(doel, naam);
        if (typeof waarde !== 'function') return waarde;
        if (naam === 'all' || naam === 'get' || naam === 'run' || naam === 'iterate') {
          return (...args: unknown[]) => {
            opnames.push({ sql: tekst, parameters: args.flat() });
            return (waarde as (...a: unknown[]) => unknown).apply(doel, args);
          };
        }
        return (waarde as (...a: unknown[]) => unknown).bind(doel);
      },
    });
  };
  // The connection keeps prepared statements (db/verbinding.ts): forget them so every statement passes here.
  vergeetStatements(sqlite);
  (sqlite as unknown as { prepare: unknown }).prepare = vervanger;
  try {
    await werk();
  } finally {
    (sqlite as unknown as { prepare: unknown }).prepare = origineel;
    vergeetStatements(sqlite);
  }
  return opnames;
}

function plan(sqlite: SqliteDatabase, opname: Opname): string[] {
  const rijen = sqlite.prepare(`EXPLAIN QUERY PLAN ${opname.sql}`).all(...opname.parameters) as { detail: string }[];
  return rijen.map((r) => r.detail);
}

/** Alias → table, from `from "t" as "a"` / `join t a` in the SQL (subqueries and CTEs have no entry). */
function aliassen(tekst: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const m of tekst.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi)) {
    uit.set(m[1]!, m[1]!);
    if (m[2] && !/^(where|on|inner|left|cross|join|order|group|limit|union)$/i.test(m[2])) uit.set(m[2], m[1]!);
  }
  return uit;
}

/**
 * The plan lines that read a growing table whole: `SCAN <table>` (also through a covering index) or an
 * automatic index SQLite builds by scanning. Not a scan that walks the rowid in order and stops at its LIMIT
 * (the newest logboek line, for the hash chain), nor a scan of a subquery, a virtual table or the schema.
 */
function volledigeScans(opname: Opname, regels: string[], tabellen: Set<string>): string[] {
  const alias = aliassen(opname.sql);
  const stoptBijLimiet = !/\bwhere\b/i.test(opname.sql) && /order by "?id"? desc limit \?$/i.test(opname.sql.trim()) && !regels.some((r) => /TEMP B-TREE/.test(r));
  return regels.filter((regel) => {
    if (/AUTOMATIC/.test(regel)) return true;
    const scan = /^SCAN (\S+)(.*)$/.exec(regel);
    if (!scan || /VIRTUAL TABLE/.test(scan[2]!)) return false;
    const tabel = alias.get(scan[1]!) ?? scan[1]!;
    if (!tabellen.has(tabel) || VASTE_TABELLEN.has(tabel)) return false;
    return !stoptBijLimiet;
  });
}

async function groeiendeTabellen(o: TestOmgeving): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(o.kluis.db);
  return new Set(rows.map((r) => r.name).filter((naam) => !VASTE_TABELLEN.has(naam)));
}

describe('query plans of a dossier and a PVT group', () => {
  let o: TestOmgeving;
  let id: number;
  let groepId: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const random = maakRandom(14);
    const groep = await maakGroep(o.kluis.db);
    groepId = groep.groepId;
    for (let i = 0; i < 3; i++) {
      const nieuw = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-11-23', i))).id;
      await vulDossier(o.kluis.db, nieuw, groep, { metBesluit: i === 0 });
      if (i === 1) id = nieuw;
    }
  });
  afterEach(async () => o.opruimen());

  it('every read of the dossier tabs and the PVT group page finds its rows by index, never by scanning a growing table', async () => {
    const sqlite = o.kluis.ruweVerbindingVoorTests;
    const tabellen = await groeiendeTabellen(o);
    const h = o.handlers;
    // The channels the dossier screen (renderer/features/inburgeraars/Dossier.tsx and its tabs) and the PVT group page read.
    const lezingen: Record<string, () => Promise<{ ok: boolean }>> = {
      inburgeraarOphalen: () => h.inburgeraarOphalen({ id }),
      statusGeschiedenis: () => h.statusGeschiedenis({ id }),
      documentenLijst: () => h.documentenLijst({ inburgeraarId: id }),
      intakeOphalen: () => h.intakeOphalen({ inburgeraarId: id }),
      ontheffingOphalen: () => h.ontheffingOphalen({ inburgeraarId: id }),
      pipOverzicht: () => h.pipOverzicht({ inburgeraarId: id }),
      duoMeldingenDossier: () => h.duoMeldingenDossier({ inburgeraarId: id }),
      pvtDossier: () => h.pvtDossier({ inburgeraarId: id }),
      begeleidingOphalen: () => h.begeleidingOphalen({ inburgeraarId: id }),
      bezwaarOverzicht: () => h.bezwaarOverzicht({ inburgeraarId: id }),
      handhavingOphalen: () => h.handhavingOphalen({ inburgeraarId: id }),
      journaalOphalen: () => h.journaalOphalen({ inburgeraarId: id }),
      logboekDossier: () => h.logboekDossier({ inburgeraarId: id }),
      voortgangOphalen: () => h.voortgangOphalen({ inburgeraarId: id }),
      privacyVerwijderControle: () => h.privacyVerwijderControle({ inburgeraarId: id }),
      ondertekenaarsLijst: () => h.ondertekenaarsLijst({}),
      briefTekstenOphalen: () => h.briefTekstenOphalen({}),
      pvtGroepOphalen: () => h.pvtGroepOphalen({ groepId }),
      ceremonieGereedheid: () => h.ceremonieGereedheid({ groepId }),
    };
    const scans: string[] = [];
    for (const [kanaal, lees] of Object.entries(lezingen)) {
      let ok = false;
      const opnames = await neemOp(sqlite, async () => {
        ok = (await lees()).ok;
      });
      expect(ok, kanaal).toBe(true);
      const lezend = opnames.filter((opname) => /^\s*(select|with)\b/i.test(opname.sql));
      expect(lezend.length, kanaal).toBeGreaterThan(0);
      for (const opname of lezend) {
        for (const regel of volledigeScans(opname, plan(sqlite, opname), tabellen)) scans.push(`${kanaal}: ${regel} in ${opname.sql.slice(0, 160)}`);
      }
    }
    expect(scans).toEqual([]);
  });

  it('the check itself sees a scan: a read on an unindexed column of a growing table is reported', async () => {
    const sqlite = o.kluis.ruweVerbindingVoorTests;
    const tabellen = await groeiendeTabellen(o);
    const opnames = await neemOp(sqlite, async () => {
      await o.kluis.db.selectFrom('journaal as j').select('j.id').where('j.tekst', '=', 'Gebeld over de cursus').execute();
      await o.kluis.db.selectFrom('journaal').select('id').where('inburgeraarId', '=', id).execute();
      await o.kluis.db.selectFrom('instellingen').selectAll().execute();
    });
    expect(opnames).toHaveLength(3);
    expect(volledigeScans(opnames[0]!, plan(sqlite, opnames[0]!), tabellen)).toEqual(['SCAN j']);
    expect(volledigeScans(opnames[1]!, plan(sqlite, opnames[1]!), tabellen)).toEqual([]);
    expect(volledigeScans(opnames[2]!, plan(sqlite, opnames[2]!), tabellen)).toEqual([]);
  });
  it('the connection keeps its prepared statements: opening a dossier again prepares nothing, and the number kept is bounded', async () => {
    const sqlite = o.kluis.ruweVerbindingVoorTests;
    const openDossier = async () => {
      for (const antwoord of await Promise.all([
        o.handlers.inburgeraarOphalen({ id }), o.handlers.pipOverzicht({ inburgeraarId: id }), o.handlers.voortgangOphalen({ inburgeraarId: id }),
        o.handlers.pvtDossier({ inburgeraarId: id }), o.handlers.logboekDossier({ inburgeraarId: id }),
      ])) expect(antwoord.ok).toBe(true);
    };
    const geprepareerd: string[] = [];
    const origineel = sqlite.prepare.bind(sqlite);
    (sqlite as unknown as { prepare: (s: string) => unknown }).prepare = (tekst: string) => {
      geprepareerd.push(tekst);
      return origineel(tekst);
    };
    try {
      await openDossier(); // the first open also logs "dossier geopend": only the reads repeat after it
      vergeetStatements(sqlite);
      geprepareerd.length = 0;
      await openDossier();
      const eerste = geprepareerd.length;
      expect(eerste).toBeGreaterThan(5);
      await openDossier();
      expect(geprepareerd.length).toBe(eerste);

      // 400 different statements later the oldest ones have made room (at most 300 are kept).
      for (let i = 0; i < 400; i++) await sql`SELECT ${sql.lit(i)} AS n`.execute(o.kluis.db);
      expect(geprepareerd.length).toBe(eerste + 400);
      await openDossier();
      expect(geprepareerd.length).toBe(eerste * 2 + 400);
      expect((await sql<{ n: number }>`SELECT ${sql.lit(399)} AS n`.execute(o.kluis.db)).rows).toEqual([{ n: 399 }]);
      expect(geprepareerd.length).toBe(eerste * 2 + 400);
    } finally {
      (sqlite as unknown as { prepare: unknown }).prepare = origineel;
    }
  });
});
