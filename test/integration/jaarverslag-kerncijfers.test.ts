import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jaarverslagFeiten, jaarverslagLezingen, leesJaarverslagInstellingen } from '../../db/jaarverslag';
import { leesInstellingen } from '../../db/instellingen';
import type { Kerncijfer } from '../../shared/domain/jaarverslag';
import { maakJaarverslag } from '../../shared/rules/jaarverslag';
import { pipTermijnVoorDossier } from '../../shared/rules/termijnen';
import { vulCaseload } from '../fixtures/bench-caseload';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Issue 14 (speed of the jaarverslag): the Kerncijfers come from covering indexes and from per-year buckets
// built in one pass. Here they are compared, for every year of a varied synthetic caseload of 300 dossiers
// (test/fixtures/bench-caseload.ts, plus art. 28, verhuizing, missing kennisgevingen and reasons for
// lateness added below), with a straightforward reference computed in this file from `SELECT *` rows,
// JSON.parse of the plan and the legal deadline rule itself, one dossier at a time.

const JAREN = [2022, 2023, 2024, 2025, 2026];

interface DossierRij {
  id: number;
  doelgroep: string;
  datumKennisgevingDuo: string | null;
  datumInschrijvingBrp: string | null;
  huisvestingArt28: number;
  termijnStartEerder: string | null;
}
interface PipRij {
  id: number;
  inburgeraarId: number;
  versie: number;
  soort: string;
  status: string;
  dagtekening: string | null;
  inhoud: string;
  geimporteerd: number;
}

const dag = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const rond1 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;

let o: TestOmgeving;
let dossiers: DossierRij[];
let pips: PipRij[];
let pvt: { datumOndertekening: string | null }[];
let map: { eindgesprek: string | null }[];

/** The Kerncijfers of a year, the plain way. */
function referentie(jaar: number, extra: Parameters<typeof pipTermijnVoorDossier>[1]): Record<string, number | null> {
  const inJaar = (d: string | null) => d !== null && d.startsWith(`${jaar}-`);
  const instroom = dossiers.filter((d) => inJaar(d.datumKennisgevingDuo));
  const uit: Record<string, number | null> = {
    instroom_totaal: instroom.length,
    instroom_asiel: instroom.filter((d) => d.doelgroep === 'asielstatushouder').length,
    instroom_gezin: instroom.filter((d) => d.doelgroep === 'gezinsmigrant').length,
    instroom_overig: instroom.filter((d) => d.doelgroep === 'overige_migrant').length,
  };
  let vastgesteld = 0;
  let binnen = 0;
  const dagen: number[] = [];
  const routes: Record<string, number> = { b1: 0, onderwijs: 0, z: 0 };
  for (const d of dossiers) {
    const eigen = pips.filter((p) => p.inburgeraarId === d.id && p.soort === 'pip' && p.status !== 'concept' && p.dagtekening !== null);
    if (eigen.length === 0) continue;
    const eerste = eigen.reduce((a, b) => (b.versie < a.versie ? b : a));
    if (!inJaar(eerste.dagtekening)) continue;
    vastgesteld += 1;
    const termijn = pipTermijnVoorDossier({ ...d, huisvestingArt28: d.huisvestingArt28 === 1 }, extra);
    if (termijn && eerste.dagtekening! <= termijn.datum) binnen += 1;
    if (termijn) dagen.push(dag(eerste.dagtekening!) - dag(termijn.startdatum));
    const route = (JSON.parse(eerste.inhoud) as { leerroute?: string | null }).leerroute;
    if (route) routes[route] = (routes[route] ?? 0) + 1;
  }
  dagen.sort((a, b) => a - b);
  const m = dagen.length === 0 ? null : dagen.length % 2 ? dagen[(dagen.length - 1) / 2]! : (dagen[dagen.length / 2 - 1]! + dagen[dagen.length / 2]!) / 2;
  return {
    ...uit,
    pip_vastgesteld: vastgesteld,
    pip_binnen_termijn: binnen,
    pip_doorlooptijd_mediaan_dagen: m === null ? null : rond1(m),
    route_b1: routes.b1!,
    route_onderwijs: routes.onderwijs!,
    route_z: routes.z!,
    pvt_ondertekend: pvt.filter((r) => inJaar(r.datumOndertekening)).length,
    map_afgerond: map.filter((r) => inJaar(r.eindgesprek)).length,
  };
}

const alsRecord = (kern: Kerncijfer[]) => Object.fromEntries(kern.map((k) => [k.indicator, k.waarde]));

describe('jaarverslag at speed: the same numbers as a plain computation', () => {
  beforeAll(async () => {
    o = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    await vulCaseload(o.kluis, { aantal: 300, seed: 31 });
    const raw = o.kluis.ruweVerbindingVoorTests;
    // Variety the generator does not give: art. 28 (the later BRP date starts the term), a move (lid 3),
    // no kennisgeving (no deadline), and reasons for lateness of every kind (text, blank, not a string).
    raw.prepare(`UPDATE inburgeraars SET huisvestingArt28 = 1 WHERE id % 7 = 0 AND datumInschrijvingBrp IS NOT NULL`).run();
    raw.prepare(`UPDATE inburgeraars SET termijnStartEerder = '2021-06-01' WHERE id % 11 = 0 AND datumInschrijvingBrp IS NOT NULL`).run();
    raw.prepare(`UPDATE inburgeraars SET datumKennisgevingDuo = NULL WHERE id % 23 = 0`).run();
    const zet = raw.prepare(`UPDATE pips SET inhoud = json_set(inhoud, '$.redenTermijnOverschreden', json(?)) WHERE id = ?`);
    const ids = (raw.prepare(`SELECT id FROM pips WHERE status != 'concept' AND dagtekening IS NOT NULL ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
    const redenen = [JSON.stringify('Wachten op de arts.'), JSON.stringify('   '), JSON.stringify('\n\t '), '12', 'null', JSON.stringify(' Te laat door ziekte ')];
    redenen.forEach((reden, i) => zet.run(reden, ids[i * 5]!));
    raw.prepare(`UPDATE pips SET inhoud = json_set(inhoud, '$.informatieDerdeOntvangenOp', '2025-03-03') WHERE id IN (?, ?)`).run(ids[3]!, ids[8]!);

    dossiers = raw.prepare('SELECT * FROM inburgeraars').all() as DossierRij[];
    pips = raw.prepare('SELECT * FROM pips').all() as PipRij[];
    pvt = raw.prepare('SELECT * FROM pvtDossiers').all() as typeof pvt;
    map = raw.prepare('SELECT * FROM mapDossiers').all() as typeof map;
  }, 180_000);

  afterAll(async () => {
    await o.opruimen();
  });

  it('the caseload is varied: several years, every doelgroep, late and on-time PIPs, PVT and MAP', () => {
    const extra = [] as const;
    const perJaar = JAREN.map((j) => referentie(j, [...extra]));
    expect(perJaar.filter((r) => (r.pip_vastgesteld ?? 0) > 10).length).toBeGreaterThanOrEqual(3);
    const totaal = (k: string) => perJaar.reduce((s, r) => s + (r[k] ?? 0), 0);
    for (const k of ['instroom_asiel', 'instroom_gezin', 'instroom_overig', 'pvt_ondertekend', 'map_afgerond']) expect(totaal(k), k).toBeGreaterThan(0);
    expect(totaal('pip_binnen_termijn')).toBeGreaterThan(0);
    expect(totaal('pip_binnen_termijn')).toBeLessThan(totaal('pip_vastgesteld'));
  });

  it('every Kerncijfer of every year equals the reference, through the channel and in the whole report', async () => {
    const { extraRustdagen } = await leesInstellingen(o.kluis.db);
    const feiten = await jaarverslagFeiten(o.kluis.db);
    const instellingen = await leesJaarverslagInstellingen(o.kluis.db);
    for (const jaar of JAREN) {
      const verwacht = referentie(jaar, extraRustdagen);
      expect(alsRecord(data(await o.handlers.jaarverslagKerncijfers({ jaar }))), String(jaar)).toEqual(verwacht);
      const verslag = maakJaarverslag(feiten, { jaar, gemaaktOp: '2026-11-23T09:00:00.000Z', instellingen });
      expect(alsRecord(verslag.kerncijfers), `verslag ${jaar}`).toEqual(verwacht);
      // The comparison with earlier years (built from the per-year buckets) shows the same numbers.
      const tabel = verslag.secties.find((s) => s.id === 'vergelijking')?.tabellen[0];
      if (!tabel) continue;
      tabel.kolommen.slice(1).forEach((kolom, i) => {
        const ref = referentie(Number(kolom.kop), extraRustdagen);
        const rij = (label: string) => tabel.rijen.find((r) => r[0] === label)![i + 1];
        expect(rij('Instroom (kennisgeving DUO)')).toBe(ref.instroom_totaal);
        expect(rij("Eerste PIP's vastgesteld")).toBe(ref.pip_vastgesteld);
        expect(rij('PIP binnen 10 weken')).toBe(ref.pip_binnen_termijn);
        expect(rij('Participatieverklaring ondertekend')).toBe(ref.pvt_ondertekend);
        expect(rij('MAP eindgesprek')).toBe(ref.map_afgerond);
      });
    }
  });

  it('the PIP facts read from the index equal the plan JSON, reasons for lateness included (blank or not a string: none)', async () => {
    const feiten = await jaarverslagFeiten(o.kluis.db);
    const verwacht = pips
      .filter((p) => p.status !== 'concept' && p.dagtekening !== null)
      .sort((a, b) => a.inburgeraarId - b.inburgeraarId || a.versie - b.versie)
      .map((p) => {
        const inhoud = JSON.parse(p.inhoud) as { leerroute?: string | null; redenTermijnOverschreden?: unknown; informatieDerdeOntvangenOp?: string | null };
        const reden = inhoud.redenTermijnOverschreden;
        return {
          inburgeraarId: p.inburgeraarId,
          versie: p.versie,
          leerroute: inhoud.leerroute ?? null,
          geimporteerd: p.geimporteerd === 1,
          redenTeLaatVastgelegd: typeof reden === 'string' && reden.trim() !== '',
          derdeOntvangenOp: inhoud.informatieDerdeOntvangenOp ?? null,
        };
      });
    const gelezen = feiten.pips.map(({ inburgeraarId, versie, leerroute, geimporteerd, redenTeLaatVastgelegd, derdeOntvangenOp }) => ({ inburgeraarId, versie, leerroute, geimporteerd, redenTeLaatVastgelegd, derdeOntvangenOp }));
    expect(gelezen).toEqual(verwacht);
    expect(gelezen.filter((p) => p.redenTeLaatVastgelegd)).toHaveLength(2);
    expect(gelezen.filter((p) => p.derdeOntvangenOp === '2025-03-03')).toHaveLength(2);
  });

  it('reads the dossiers and the PIP versions from their covering indexes, never from the wide rows', () => {
    const raw = o.kluis.ruweVerbindingVoorTests;
    const lezingen = jaarverslagLezingen(o.kluis.db);
    const plan = (query: { compile: () => { sql: string; parameters: readonly unknown[] } }) => {
      const { sql, parameters } = query.compile();
      return (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');
    };
    expect(plan(lezingen.dossiers)).toMatch(/^SCAN inburgeraars USING COVERING INDEX inburgeraars_jaarverslag$/);
    expect(plan(lezingen.pips)).toMatch(/^SCAN pips USING COVERING INDEX pips_jaarverslag$/);
  });
});
