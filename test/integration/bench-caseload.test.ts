import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../shared/rules/bsn';
import { vulCaseload, type CaseloadOverzicht } from '../fixtures/bench-caseload';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// The benchmark's synthetic caseload (issue 14) at 300 dossiers: a sound vault that every channel reads.

describe('bench caseload: 300 synthetic dossiers with all related rows', () => {
  let o: TestOmgeving;
  let overzicht: CaseloadOverzicht;

  beforeAll(async () => {
    o = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    overzicht = await vulCaseload(o.kluis, { aantal: 300, seed: 7 });
  }, 120_000);
  afterAll(async () => o.opruimen());

  it('fills every table a dossier has, in counts that match the rows in the vault', async () => {
    const db = o.kluis.db;
    for (const tabel of ['inburgeraars', 'intakes', 'pips', 'documenten', 'oproepen', 'pvtGroepen', 'pvtSessies', 'pvtDeelnemers', 'pvtAanwezigheid', 'pvtDossiers',
      'mapThemas', 'voortgangsgesprekken', 'leerroutePeriodes', 'begeleiding', 'journaal', 'statuswijzigingen', 'kosten', 'logboek'] as const) {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(tabel)}`.execute(db);
      expect(overzicht.tabellen[tabel], tabel).toBeGreaterThan(0);
      // The logboek also holds the lines the vault wrote itself when it was made.
      if (tabel === 'logboek') expect(rows[0]!.n, tabel).toBeGreaterThanOrEqual(overzicht.tabellen[tabel]!);
      else expect(rows[0]!.n, tabel).toBe(overzicht.tabellen[tabel]);
    }
    expect(overzicht.ids).toHaveLength(300);
    const { rows: statussen } = await sql<{ status: string; n: number }>`SELECT status, count(*) AS n FROM inburgeraars GROUP BY status`.execute(db);
    const per = Object.fromEntries(statussen.map((s) => [s.status, s.n]));
    // Cohorts over five years: many finished, a real share still open.
    expect(per.afgerond ?? 0).toBeGreaterThan(30);
    expect((per.in_traject ?? 0) + (per.pip_vastgesteld ?? 0)).toBeGreaterThan(30);
    expect((per.intake ?? 0) + (per.aangemeld ?? 0)).toBeGreaterThan(0);
  });

  it('is a sound vault: integrity check ok, no foreign key violations, unique valid BSNs', async () => {
    const db = o.kluis.db;
    const { rows: integriteit } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    expect(integriteit).toEqual([{ integrity_check: 'ok' }]);
    const { rows: sleutels } = await sql`PRAGMA foreign_key_check`.execute(db);
    expect(sleutels).toEqual([]);
    const bsns = (await db.selectFrom('inburgeraars').select('bsn').execute()).map((r) => r.bsn);
    expect(new Set(bsns).size).toBe(300);
    expect(bsns.every(isValidBsn)).toBe(true);
  });

  it('keeps dates in a possible order', async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM inburgeraars i JOIN pips p ON p.inburgeraarId = i.id
      WHERE p.dagtekening IS NOT NULL AND p.dagtekening <= i.datumKennisgevingDuo`.execute(o.kluis.db);
    expect(rows[0]!.n).toBe(0);
    const { rows: toekomst } = await sql<{ n: number }>`SELECT count(*) AS n FROM pips WHERE dagtekening > '2026-11-23'`.execute(o.kluis.db);
    expect(toekomst[0]!.n).toBe(0);
  });

  it('opens every dossier and runs the werkvoorraad, the jaarverslag, search and the logboek check through the handlers', async () => {
    for (const id of overzicht.ids) {
      const dossier = data(await o.handlers.inburgeraarOphalen({ id }));
      expect(dossier.inburgeraar.id).toBe(id);
    }
    const telling = data(await o.handlers.werkvoorraad({}));
    expect(telling.totaal).toBe(300);
    const lijst = data(await o.handlers.werkvoorraadLijst({}));
    expect(lijst.signalen.length).toBeGreaterThan(0);
    const kern = data(await o.handlers.jaarverslagKerncijfers({ jaar: 2025 }));
    expect(kern.length).toBeGreaterThan(0);
    const naam = overzicht.zoektermen.namen[0]!;
    const gevonden = data(await o.handlers.dossierZoeken({ zoekterm: naam.split(' ').at(-1)! }));
    expect(gevonden.length).toBeGreaterThan(0);
    const bsn = data(await o.handlers.dossierZoeken({ zoekterm: overzicht.zoektermen.bsns[0]! }));
    expect(bsn.map((t) => t.gevondenOp)).toContain('bsn');
    const controle = data(await o.handlers.logboekControleren({}));
    expect(controle.ok).toBe(true);
    expect(controle.aantal).toBeGreaterThanOrEqual(overzicht.tabellen.logboek!);
  }, 120_000);

  it('is deterministic for a seed', async () => {
    const ander = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    try {
      data(await ander.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
      const tweede = await vulCaseload(ander.kluis, { aantal: 300, seed: 7 });
      expect(tweede.tabellen).toEqual(overzicht.tabellen);
      const namen = async (t: TestOmgeving) => (await t.kluis.db.selectFrom('inburgeraars').select(['bsn', 'achternaam', 'status']).orderBy('id').execute());
      expect(await namen(ander)).toEqual(await namen(o));
    } finally {
      await ander.opruimen();
    }
  }, 120_000);
});
