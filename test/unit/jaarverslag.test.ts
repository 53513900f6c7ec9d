import { describe, expect, it } from 'vitest';
import type { Jaarverslag, Tabel } from '../../shared/domain/jaarverslag';
import {
  STANDAARD_JAARVERSLAG_INSTELLINGEN,
  aandeel,
  dagenTussen,
  eerstePipsInJaar,
  jarenMetGegevens,
  kerncijfers,
  maakJaarverslag,
  maskeer,
  mediaan,
  monitoringIndicatoren,
  rondAf1,
  standaardJaar,
  volledigeInstellingen,
  type DossierFeit,
  type JaarverslagFeiten,
  type PipFeit,
} from '../../shared/rules/jaarverslag';
import { aantalInTekst, delenInTekst, isKleinAantal, maskeerGrafiek, maskeerTabel, onderdrukGroepen } from '../../shared/rules/kleine-aantallen';

// Pure rules of the jaarverslag (issue 13): medians, deadlines at the edges, the Kerncijfers over synthetic
// facts, the small-cell rule, the §16 windows. Expected values are worked out by hand in the comments.

function dossier(id: number, kennisgeving: string | null, extra: Partial<DossierFeit> = {}): DossierFeit {
  return { id, doelgroep: 'asielstatushouder', geboortedatum: '1990-01-01', datumKennisgevingDuo: kennisgeving, datumInschrijvingBrp: kennisgeving, huisvestingArt28: false, termijnStartEerder: null, ...extra };
}

function pip(inburgeraarId: number, dagtekening: string, extra: Partial<PipFeit> = {}): PipFeit {
  return { inburgeraarId, versie: 1, soort: 'pip', wijzigingReden: null, dagtekening, leerroute: 'b1', geimporteerd: false, redenTeLaatVastgelegd: false, derdeOntvangenOp: null, ...extra };
}

function feiten(extra: Partial<JaarverslagFeiten> = {}): JaarverslagFeiten {
  return {
    gemeentenaam: 'Voorbeeldstad', extraRustdagen: [], dossiers: [], pips: [], pvtOndertekend: [], mapEindgesprek: [], zRouteAfgerond: [], intakeAfgerond: [], examens: [], ladder: [],
    ontzorgen: [], begeleiding: [], boetes: [], bezwaren: [], wachtOpDerde: [], ...extra,
  };
}

describe('numbers', () => {
  it('median: odd count the middle value, even count the mean of the two middle values, none → null', () => {
    expect(mediaan([70, 3, 12])).toBe(12);
    expect(mediaan([28, 35, 49, 70, 71, 420])).toBe(59.5);
    expect(mediaan([10, 13])).toBe(11.5);
    expect(mediaan([])).toBeNull();
  });

  it('rounds to one decimal, half away from zero; shares over nobody are null', () => {
    expect(rondAf1(11.25)).toBe(11.3);
    expect(rondAf1(-11.25)).toBe(-11.3);
    expect(rondAf1(187)).toBe(187);
    expect(rondAf1(null)).toBeNull();
    expect(aandeel(2, 3)).toBe(66.7);
    expect(aandeel(0, 0)).toBeNull();
  });

  it('counts calendar days across a leap day and a year end', () => {
    expect(dagenTussen('2024-02-28', '2024-03-01')).toBe(2);
    expect(dagenTussen('2023-02-28', '2023-03-01')).toBe(1);
    expect(dagenTussen('2025-12-31', '2026-01-01')).toBe(1);
    expect(dagenTussen('2025-10-20', '2026-12-14')).toBe(420);
    expect(dagenTussen('2026-03-16', '2026-03-16')).toBe(0);
  });
});

describe('first PIPs against the deadline of Besluit 5.3 lid 1 (with the Atw)', () => {
  it('on the deadline is on time, a day later is late; a PIP counts in the year of its dagtekening', () => {
    // 2026-01-05 + 10 weeks = 2026-03-16 (Monday).
    const f = feiten({ dossiers: [dossier(1, '2026-01-05'), dossier(2, '2026-01-05'), dossier(3, '2025-10-20')], pips: [pip(1, '2026-03-16'), pip(2, '2026-03-17'), pip(3, '2026-12-14')] });
    const uit = eerstePipsInJaar(f, 2026);
    expect(uit.map((p) => [p.dossier.id, p.uiterlijk, p.doorlooptijd, p.binnenTermijn])).toEqual([
      [1, '2026-03-16', 70, true],
      [2, '2026-03-16', 71, false],
      [3, '2025-12-29', 420, false],
    ]);
    expect(eerstePipsInJaar(f, 2025)).toEqual([]);
  });

  it('a deadline on Christmas Day runs to the Monday after the second Christmas day (Atw art. 1)', () => {
    // 2026-10-16 + 70 = Friday 2026-12-25; 26 December is a Saturday, 27 a Sunday → Monday 2026-12-28.
    const f = feiten({ dossiers: [dossier(1, '2026-10-16')], pips: [pip(1, '2026-12-28')] });
    expect(eerstePipsInJaar(f, 2026)[0]).toMatchObject({ uiterlijk: '2026-12-28', binnenTermijn: true, doorlooptijd: 73 });
  });

  it('a deadline on a Saturday in the next year: the PIP of Monday 4 January counts in that year, on time', () => {
    // 2026-10-24 + 70 = Saturday 2027-01-02 → Monday 2027-01-04.
    const f = feiten({ dossiers: [dossier(1, '2026-10-24')], pips: [pip(1, '2027-01-04')] });
    expect(eerstePipsInJaar(f, 2026)).toEqual([]);
    expect(eerstePipsInJaar(f, 2027)[0]).toMatchObject({ uiterlijk: '2027-01-04', binnenTermijn: true });
  });

  it('leap day: kennisgeving 29 February 2024 → 9 May 2024 is Hemelvaartsdag → Friday 10 May', () => {
    const f = feiten({ dossiers: [dossier(1, '2024-02-29')], pips: [pip(1, '2024-05-10')] });
    expect(eerstePipsInJaar(f, 2024)[0]).toMatchObject({ uiterlijk: '2024-05-10', binnenTermijn: true, doorlooptijd: 71 });
  });

  it('art. 28 Huisvestingswet: the later BRP date starts the deadline; without art. 28 the kennisgeving does', () => {
    const f = feiten({
      dossiers: [dossier(1, '2026-01-05', { datumInschrijvingBrp: '2026-02-02', huisvestingArt28: true }), dossier(2, '2026-01-05', { datumInschrijvingBrp: '2026-02-02' })],
      pips: [pip(1, '2026-04-13'), pip(2, '2026-04-13')],
    });
    expect(eerstePipsInJaar(f, 2026).map((p) => [p.start, p.uiterlijk, p.doorlooptijd, p.binnenTermijn])).toEqual([
      ['2026-02-02', '2026-04-13', 70, true],
      ['2026-01-05', '2026-03-16', 98, false],
    ]);
  });

  it('a wijziging is never a first PIP; without a kennisgeving there is no deadline and no doorlooptijd', () => {
    const f = feiten({
      dossiers: [dossier(1, '2025-11-03'), dossier(2, null)],
      pips: [pip(1, '2025-12-01'), pip(1, '2026-05-01', { versie: 2, soort: 'wijziging', wijzigingReden: 'schakelen', leerroute: 'z' }), pip(2, '2026-02-01')],
    });
    const uit = eerstePipsInJaar(f, 2026);
    expect(uit).toHaveLength(1);
    expect(uit[0]).toMatchObject({ uiterlijk: null, doorlooptijd: null, binnenTermijn: false });
  });
});

describe('Kerncijfers over synthetic facts', () => {
  it('computes every indicator as issue 13 item 7 defines it', () => {
    const f = feiten({
      dossiers: [
        dossier(1, '2026-01-05'),
        dossier(2, '2026-02-02', { doelgroep: 'gezinsmigrant' }),
        dossier(3, '2026-12-31', { doelgroep: 'overige_migrant' }),
        dossier(4, '2025-12-31'),
        dossier(5, '2027-01-01'),
      ],
      pips: [
        pip(1, '2026-03-16'), // 70, on time
        pip(2, '2026-04-14', { leerroute: 'onderwijs', geimporteerd: true }), // 71, late
        pip(4, '2026-02-20', { leerroute: 'z' }), // 51, on time
        pip(4, '2026-09-01', { versie: 2, soort: 'wijziging', wijzigingReden: 'schakelen', leerroute: 'b1' }),
      ],
      pvtOndertekend: [{ inburgeraarId: 1, datum: '2026-12-31' }, { inburgeraarId: 2, datum: '2027-01-01' }],
      mapEindgesprek: [{ inburgeraarId: 1, datum: '2026-01-01' }, { inburgeraarId: 4, datum: '2025-12-31' }],
    });
    expect(Object.fromEntries(kerncijfers(f, 2026).map((k) => [k.indicator, k.waarde]))).toEqual({
      instroom_totaal: 3,
      instroom_asiel: 1,
      instroom_gezin: 1,
      instroom_overig: 1,
      pip_vastgesteld: 3,
      pip_binnen_termijn: 2,
      pip_doorlooptijd_mediaan_dagen: 70,
      route_b1: 1,
      route_onderwijs: 1,
      route_z: 1,
      pvt_ondertekend: 1,
      map_afgerond: 1,
    });
    expect(kerncijfers(f, 2026).map((k) => k.indicator)[0]).toBe('instroom_totaal');
    expect(kerncijfers(f, 2026).every((k) => k.omschrijving.length > 10)).toBe(true);
  });

  it('years with data, newest first, and the proposed year', () => {
    const f = feiten({ dossiers: [dossier(1, '2024-05-06', { datumInschrijvingBrp: '2025-01-02' })], pips: [pip(1, '2026-01-10')] });
    expect(jarenMetGegevens(f)).toEqual([2026, 2025, 2024]);
    expect(standaardJaar([2027, 2026, 2025], '2026-11-23')).toBe(2026);
    expect(standaardJaar([], '2026-11-23')).toBe(2026);
  });
});

describe('small cells (issue 13 item 5)', () => {
  it('1 … drempel−1 is small; 0 and the threshold itself are not', () => {
    expect([0, 1, 4, 5, 6].map((n) => isKleinAantal(n, 5))).toEqual([false, true, true, false, false]);
    expect(aantalInTekst(3, 5)).toBe('minder dan 5');
    expect(aantalInTekst(0, 5)).toBe('0');
    expect(aantalInTekst(12, 5)).toBe('12');
    expect(isKleinAantal(1, 1)).toBe(false);
  });

  it('masks small counts as "< 5" and the figures derived from that row (bedrag too); text cells stay', () => {
    const tabel: Tabel = {
      blad: 'T',
      titel: 'T',
      kolommen: [
        { kop: 'Groep', soort: 'tekst' },
        { kop: 'Aantal', soort: 'aantal' },
        { kop: 'Binnen', soort: 'aantal' },
        { kop: '%', soort: 'aandeel' },
        { kop: 'Dagen', soort: 'dagen' },
        { kop: 'Bedrag', soort: 'bedrag' },
      ],
      rijen: [
        ['a', 12, 9, 75, 40, 1000],
        ['b', 6, 2, 33.3, 50, 250],
        ['c', 0, 0, null, null, 0],
      ],
    };
    expect(maskeerTabel(tabel, 5).rijen).toEqual([
      ['a', 12, 9, 75, 40, 1000],
      ['b', 6, '< 5', null, null, null],
      ['c', 0, 0, null, null, 0],
    ]);
    expect(maskeerTabel(tabel, 3).rijen[1]).toEqual(['b', 6, '< 3', null, null, null]);
  });

  it('maskeer(): Kerncijfers that count get null + gemaskeerd, the median stays; charts in personen lose small bars; idempotent', () => {
    const verslag: Jaarverslag = {
      jaar: 2026,
      gemeentenaam: 'Voorbeeldstad',
      gemaaktOp: '2026-11-23T09:00:00.000Z',
      drempelKleineAantallen: 5,
      kerncijfers: [
        { indicator: 'instroom_totaal', waarde: 7, omschrijving: 'x' },
        { indicator: 'instroom_gezin', waarde: 2, omschrijving: 'x' },
        { indicator: 'instroom_overig', waarde: 0, omschrijving: 'x' },
        { indicator: 'pip_doorlooptijd_mediaan_dagen', waarde: 3, omschrijving: 'x' },
      ],
      secties: [
        {
          id: 's',
          titel: 'S',
          uitleg: [],
          tabellen: [],
          grafieken: [
            { soort: 'staaf', titel: 'p', categorieen: ['a', 'b', 'c'], reeksen: [{ naam: 'r', waarden: [7, 3, 0] }], eenheid: 'personen' },
            { soort: 'lijn', titel: 'd', categorieen: ['a'], reeksen: [{ naam: 'r', waarden: [3] }], eenheid: 'dagen' },
          ],
        },
      ],
      eerdereJaren: [],
    };
    const m = maskeer(verslag);
    // 7 − 2 − 0: the total would give the masked gezin count away, and no other part is left to hide → total hidden.
    expect(m.kerncijfers.map((k) => [k.waarde, k.gemaskeerd ?? false, k.verborgen ?? false])).toEqual([[null, false, true], [null, true, false], [0, false, false], [3, false, false]]);
    expect(m.secties[0]!.grafieken[0]!.reeksen[0]!.waarden).toEqual([7, null, 0]);
    expect(m.secties[0]!.grafieken[1]!.reeksen[0]!.waarden).toEqual([3]);
    expect(maskeer(m)).toEqual(m);
    // The exact report itself is not changed.
    expect(verslag.kerncijfers[1]!.waarde).toBe(2);
  });
});

describe('no masked count can come back another way (issue 13, J4)', () => {
  const kol = (soort: 'aantal' | 'aandeel' | 'dagen' | 'bedrag' | 'getal', extra: object = {}) => ({ kop: soort, soort, ...extra });

  it('secondary suppression: one masked cell in a column with a shown total → the next-smallest cell is hidden as "x"', () => {
    const tabel: Tabel = {
      blad: 'T',
      titel: 'T',
      kolommen: [{ kop: 'Doelgroep', soort: 'tekst' }, kol('aantal')],
      rijen: [['a', 12], ['b', 3], ['c', 0], ['d', 7], ['Totaal', 22]],
    };
    // Without the rule 22 − 12 − 0 − 7 = 3. The smallest other count that is not 0 is 7 (row d).
    expect(maskeerTabel(tabel, 5).rijen.map((r) => r[1])).toEqual([12, '< 5', 0, 'x', 22]);
    // Two masked cells already protect each other: nothing more is hidden.
    const twee = { ...tabel, rijen: [['a', 12], ['b', 3], ['c', 2], ['d', 7], ['Totaal', 24]] };
    expect(maskeerTabel(twee, 5).rijen.map((r) => r[1])).toEqual([12, '< 5', '< 5', 7, 24]);
    // A tie: the first of the smallest is hidden (deterministic).
    const gelijk = { ...tabel, rijen: [['a', 7], ['b', 3], ['c', 7], ['Totaal', 17]] };
    expect(maskeerTabel(gelijk, 5).rijen.map((r) => r[1])).toEqual(['x', '< 5', 7, 17]);
  });

  it('hides the total when no other cell is left to hide, and follows explicit groups (indented and unrelated rows stay)', () => {
    const alleenNul: Tabel = { blad: 'T', titel: 'T', kolommen: [{ kop: 'G', soort: 'tekst' }, kol('aantal')], rijen: [['a', 0], ['b', 6], ['c', 0], ['Totaal', 6]] };
    expect(maskeerTabel(alleenNul, 7).rijen.map((r) => r[1])).toEqual([0, '< 7', 0, '< 7']);
    const dezelfde: Tabel = { ...alleenNul, rijen: [['a', 0], ['b', 3], ['Totaal', 3]] };
    expect(maskeerTabel(dezelfde, 5).rijen.map((r) => r[1])).toEqual([0, '< 5', '< 5']);
    const expliciet: Tabel = {
      blad: 'T',
      titel: 'T',
      kolommen: [{ kop: 'Boetes', soort: 'tekst' }, kol('aantal')],
      rijen: [['art. 22', 2], ['art. 23', 9], ['Opgelegd totaal', 11], ['Betaald', 6]],
      groepen: [{ delen: [0, 1], totaal: 2 }],
    };
    expect(maskeerTabel(expliciet, 5).rijen.map((r) => r[1])).toEqual(['< 5', 'x', 11, 6]);
    const metWaarvan: Tabel = { blad: 'T', titel: 'T', kolommen: [{ kop: 'G', soort: 'tekst' }, kol('aantal')], rijen: [['a', 8], ['  waarvan', 6], ['b', 4], ['c', 9], ['Totaal', 21]] };
    expect(maskeerTabel(metWaarvan, 5).rijen.map((r) => r[1])).toEqual(['x', 6, '< 5', 9, 21]); // 8 < 9: row a goes; the indented row is no part
  });

  it('row groups, and the hiding runs on until no group has one hidden cell left', () => {
    // Columns: ongegrond, gegrond, totaal; rows two soorten and Totaal. The 2 in (0,1) forces a second hidden
    // cell in its row and in its column; those in turn force more, until every group has 0 or 2+ hidden cells.
    const tabel: Tabel = {
      blad: 'T',
      titel: 'T',
      kolommen: [{ kop: 'Soort', soort: 'tekst' }, kol('aantal'), kol('aantal'), kol('aantal')],
      rijen: [['A', 6, 2, 8], ['B', 7, 9, 16], ['Totaal', 13, 11, 24]],
      rijGroepen: [{ delen: [1, 2], totaal: 3 }],
    };
    const m = maskeerTabel(tabel, 5).rijen;
    for (const r of [0, 1, 2]) expect([1, 2].filter((c) => typeof m[r]![c] === 'string').length).not.toBe(1);
    for (const c of [1, 2, 3]) expect([0, 1].filter((r) => typeof m[r]![c] === 'string').length).not.toBe(1);
    expect(m[0]![2]).toBe('< 5');
    expect(m[0]![1]).toBe('x');
    expect(m[1]![2]).toBe('x');
  });

  it('figures over a small group are hidden, with `over`: a median over 6 stays beside a small count it was not computed over', () => {
    const tabel: Tabel = {
      blad: 'T',
      titel: 'T',
      kolommen: [
        { kop: 'Groep', soort: 'tekst' },
        kol('aantal'),
        kol('aantal'),
        kol('aandeel', { over: [1, 2] }),
        kol('dagen', { over: [1] }),
        kol('bedrag', { over: [2] }),
        kol('getal', { parameter: true }),
      ],
      rijen: [
        ['a', 6, 2, 33.3, 49, 362.5, 18],
        ['b', 3, 0, 0, 12, 0, 6],
      ],
    };
    expect(maskeerTabel(tabel, 5).rijen).toEqual([
      ['a', 6, '< 5', null, 49, null, 18],
      ['b', '< 5', 0, null, null, 0, 6],
    ]);
  });

  it('a setting (parameter) such as "T (maanden)" is never blanked, also without `over`', () => {
    const monitoring: Tabel = {
      blad: 'M',
      titel: 'M',
      kolommen: [{ kop: 'Indicator', soort: 'tekst' }, kol('getal', { parameter: true }), kol('aantal'), kol('aantal'), kol('aandeel')],
      rijen: [['PVT', 6, 2, 9, 22.2]],
    };
    expect(maskeerTabel(monitoring, 5).rijen[0]).toEqual(['PVT', 6, '< 5', 9, null]);
  });

  it('charts of persons: the same secondary suppression per series and per category, marked as verborgen', () => {
    const g = { soort: 'staaf' as const, titel: 'g', categorieen: ['a', 'b', 'c'], eenheid: 'personen', reeksen: [{ naam: 'r', waarden: [12, 3, 7] }] };
    // Without optelbaar only the small bar goes.
    expect(maskeerGrafiek(g, 5).reeksen[0]!.waarden).toEqual([12, null, 7]);
    const m = maskeerGrafiek({ ...g, optelbaar: { perReeks: true } }, 5).reeksen[0]!;
    expect(m.waarden).toEqual([12, null, null]);
    expect(m.verborgen).toEqual([false, false, true]);
    // Two series summed per category (a month table): the second series' 9 goes with the first series' 3.
    const twee = maskeerGrafiek({ ...g, optelbaar: { perCategorie: true }, reeksen: [{ naam: 'r', waarden: [12, 3, 7] }, { naam: 's', waarden: [5, 9, 0] }] }, 5);
    expect(twee.reeksen.map((r) => r.waarden)).toEqual([[12, null, 7], [5, null, 0]]);
    // Shares and days are left as they are (they are built safe).
    expect(maskeerGrafiek({ ...g, eenheid: '%' }, 5).reeksen[0]!.waarden).toEqual([12, 3, 7]);
  });

  it('the same choice in a sentence as in the table; onderdrukGroepen leaves groups with a hidden total alone', () => {
    expect(delenInTekst([7, 3, 9], 5)).toEqual([null, 'minder dan 5', '9']);
    expect(delenInTekst([7, 0, 9], 5)).toEqual(['7', '0', '9']);
    const verborgen = new Set(['a', 't']);
    expect([...onderdrukGroepen([{ delen: ['a', 'b'], totaal: 't' }], (s) => ({ a: 2, b: 9, t: 11 })[s]!, verborgen, 5)]).toEqual([]);
  });

  it('maakJaarverslag + maskeer: a median over 1 PIP, a boete amount beside "< 5" and the mix settings', () => {
    const dossiers = [1, 2, 3, 4, 5, 6, 7].map((id) => dossier(id, id === 1 ? '2025-01-10' : '2026-01-12', { doelgroep: id <= 3 ? 'asielstatushouder' : 'gezinsmigrant' }));
    const pips = [pip(1, '2025-02-28'), ...[2, 3, 4, 5, 6, 7].map((id) => pip(id, '2026-03-02', { leerroute: id === 2 ? 'z' : 'b1' }))];
    const f = feiten({ dossiers, pips, boetes: [{ soort: 'wi22', status: 'vastgesteld', bedrag: 362.5, dagtekening: '2026-05-01', betaaldOp: null, ingetrokkenOp: null }] });
    const exact = maakJaarverslag(f, { jaar: 2026, gemaaktOp: '2026-11-23T09:00:00.000Z', instellingen: STANDAARD_JAARVERSLAG_INSTELLINGEN });
    const m = maskeer(exact);
    const tabel = (blad: string) => m.secties.flatMap((s) => s.tabellen).find((t) => t.blad === blad)!;
    // 2025: one PIP (49 days) → no median for the raad; 2026: six PIPs → 49 days stays.
    expect(tabel('Vergelijking doorlooptijd').rijen).toEqual([['2025', '< 5', null], ['2026', 6, 49]]);
    const exacteTabel = exact.secties.flatMap((s) => s.tabellen).find((t) => t.blad === 'Vergelijking doorlooptijd')!;
    expect(exacteTabel.rijen).toEqual([['2025', 1, 49], ['2026', 6, 49]]);
    // One boete of € 362,50: the amount goes with its count.
    expect(tabel('Boetes bedrag').rijen.find((r) => r[0] === 'Vastgesteld')).toEqual(['Vastgesteld', '< 5', null]);
    expect(tabel('Boetes bedrag').rijen.at(-1)).toEqual(['Totaal', '< 5', null]);
    // Leerroutes: Z-route 1 of 6 → "< 5", B1 5 hidden as "x" (6 − 1), and the planned mix (settings) stays.
    expect(tabel('Leerroutes').rijen.map((r) => r.slice(1))).toEqual([
      ['x', null, 40, 60],
      [0, 0, 20, 25],
      ['< 5', null, 40, 15],
      [6, 100, 100, 100],
    ]);
    const leerroutes = m.secties.find((s) => s.id === 'leerroutes')!;
    expect(leerroutes.uitleg[0]).toContain('kozen 0 de onderwijsroute en minder dan 5 de Z-route');
    expect(leerroutes.uitleg[0]).not.toMatch(/\b5 de B1/);
    expect(leerroutes.grafieken[0]!.reeksen[0]!.waarden).toEqual([null, 0, null]);
    // Kerncijfers: route_b1 hidden with route_z masked (pip_vastgesteld 6 is shown).
    const kern = Object.fromEntries(m.kerncijfers.map((k) => [k.indicator, k]));
    expect(kern.route_z).toMatchObject({ waarde: null, gemaskeerd: true });
    expect(kern.route_b1).toMatchObject({ waarde: null, verborgen: true });
    expect(kern.pip_doorlooptijd_mediaan_dagen!.waarde).toBe(49);
  });

  it('the Kerncijfer median over fewer first PIPs than the threshold is not shown', () => {
    const f = feiten({ dossiers: [dossier(1, '2026-01-10')], pips: [pip(1, '2026-02-28')] });
    const exact = maakJaarverslag(f, { jaar: 2026, gemaaktOp: '2026-11-23T09:00:00.000Z', instellingen: STANDAARD_JAARVERSLAG_INSTELLINGEN });
    expect(exact.kerncijfers.find((k) => k.indicator === 'pip_doorlooptijd_mediaan_dagen')!.waarde).toBe(49);
    expect(maskeer(exact).kerncijfers.find((k) => k.indicator === 'pip_doorlooptijd_mediaan_dagen')!.waarde).toBeNull();
    const pipTabel = maskeer(exact).secties.find((s) => s.id === 'pip')!.tabellen[0]!;
    expect(pipTabel.rijen.at(-1)).toEqual(['Totaal', '< 5', '< 5', null, null, null]);
  });
});

describe('monitoring indicators of DOMAIN.md §16: n van N binnen T', () => {
  it('counts those whose window after vestiging ended in the year; the milestone on the last day counts', () => {
    // Vestiging 2025-08-31, T = 6 months → last day 2026-02-28 (the month has no 31st: runs to its end).
    // Vestiging 2025-06-15, 6 months → 2025-12-14 (window ended in 2025: not in N for 2026).
    const f = feiten({
      dossiers: [dossier(1, '2025-08-31'), dossier(2, '2025-08-31'), dossier(3, '2025-06-15'), dossier(4, '2025-08-31', { geboortedatum: '2010-01-01' })],
      pvtOndertekend: [{ inburgeraarId: 1, datum: '2026-02-28' }, { inburgeraarId: 2, datum: '2026-03-01' }, { inburgeraarId: 3, datum: '2025-10-01' }],
    });
    const uit = monitoringIndicatoren(f, 2026, STANDAARD_JAARVERSLAG_INSTELLINGEN);
    // Dossier 4 was 15 at vestiging: the participatieverklaring indicator is about 18+.
    expect(uit.find((u) => u.indicator === 'participatieverklaringOndertekend')).toEqual({ indicator: 'participatieverklaringOndertekend', maanden: 6, meetbaar: true, bereikt: 1, totaal: 2 });
    expect(uit.find((u) => u.indicator === 'kinderenNaarVve')).toMatchObject({ meetbaar: false });
    // 18 months: the windows of the 2025-08-31 dossiers end on 2027-02-28, that of 2025-06-15 on 2026-12-14.
    expect(uit.find((u) => u.indicator === 'begeleidingAfgerond')).toMatchObject({ bereikt: 0, totaal: 1 });
    const gezin = monitoringIndicatoren(feiten({ dossiers: [dossier(3, '2025-06-15', { doelgroep: 'gezinsmigrant' })] }), 2026, STANDAARD_JAARVERSLAG_INSTELLINGEN);
    // Begeleiding is for the asiel group only (Wi 13): a gezinsmigrant is not in N.
    expect(gezin.find((u) => u.indicator === 'begeleidingAfgerond')).toMatchObject({ totaal: 0 });
    expect(gezin.find((u) => u.indicator === 'kennisgemaaktMetWerk')).toMatchObject({ totaal: 1 });
  });

  it('a leap-day vestiging: 29 February 2024 + 4 months ends on 28 June 2024', () => {
    const f = feiten({ dossiers: [dossier(1, '2024-02-29'), dossier(2, '2024-02-29')], intakeAfgerond: [{ inburgeraarId: 1, datum: '2024-06-28' }, { inburgeraarId: 2, datum: '2024-06-29' }] });
    expect(monitoringIndicatoren(f, 2024, STANDAARD_JAARVERSLAG_INSTELLINGEN).find((u) => u.indicator === 'gezondheidInBeeld')).toMatchObject({ bereikt: 1, totaal: 2 });
  });
});

describe('settings and the whole report', () => {
  it('completes stored settings with the defaults, keeping what was stored', () => {
    expect(volledigeInstellingen(null)).toEqual(STANDAARD_JAARVERSLAG_INSTELLINGEN);
    const deel = volledigeInstellingen({ drempelKleineAantallen: 10, indicatorVensters: [{ indicator: 'gezondheidInBeeld', maanden: 5 }] });
    expect(deel.drempelKleineAantallen).toBe(10);
    expect(deel.geplandeMix).toEqual({ b1: 40, onderwijs: 20, z: 40 });
    expect(deel.indicatorVensters).toHaveLength(8);
    expect(deel.indicatorVensters.find((v) => v.indicator === 'gezondheidInBeeld')!.maanden).toBe(5);
  });

  it('builds every section with unique sheet names of at most 31 characters, reports progress, and adds the budget section when given', () => {
    const f = feiten({ dossiers: [dossier(1, '2025-01-06'), dossier(2, '2026-01-05')], pips: [pip(1, '2025-03-10'), pip(2, '2026-03-16')] });
    const stappen: number[] = [];
    const budget = { id: 'budget', titel: 'Budget', uitleg: ['b'], tabellen: [], grafieken: [] };
    const verslag = maakJaarverslag(f, { jaar: 2026, gemaaktOp: '2026-11-23T09:00:00.000Z', instellingen: STANDAARD_JAARVERSLAG_INSTELLINGEN, budget, voortgang: (k) => stappen.push(k) });
    expect(stappen.at(-1)).toBe(12);
    expect(verslag.secties.at(-1)!.id).toBe('budget');
    expect(verslag.secties.map((s) => s.id)).toContain('vergelijking');
    const bladen = verslag.secties.flatMap((s) => s.tabellen.map((t) => t.blad));
    expect(new Set(bladen.map((b) => b.toLowerCase())).size).toBe(bladen.length);
    for (const b of bladen) expect(b.length <= 31 && !/[[\]:*?/\\]/.test(b)).toBe(true);
    for (const s of verslag.secties) for (const g of s.grafieken) expect(g.reeksen.length).toBeLessThanOrEqual(4);
    // Without earlier years there is no comparison section.
    const alleen = maakJaarverslag(feiten({ dossiers: [dossier(2, '2026-01-05')] }), { jaar: 2026, gemaaktOp: 'x', instellingen: STANDAARD_JAARVERSLAG_INSTELLINGEN });
    expect(alleen.secties.map((s) => s.id)).not.toContain('vergelijking');
  });
});
