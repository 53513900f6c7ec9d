import { describe, expect, it } from 'vitest';
import { boeteMaximumPerTermijn, boeteWi22, boeteWi22Berekening, boeteWi23, boeteWi23Bedragen, boeteWi23Berekening, type Verwijtbaarheid } from '../../shared/rules/boete';
import {
  betalenUiterlijk,
  beslissenNaRapportUiterlijk,
  isOnherroepelijk,
  nieuweAfspraakFout,
  openHandhavingTermijnen,
  recidiveBinnen12Maanden,
  reedsOpgelegd,
  wi22Grond,
  zienswijzeTermijnEinde,
  type BoeteRij,
} from '../../shared/rules/handhaving';

const wi23 = (verwijtbaarheid: Verwijtbaarheid, recidive = 0, reeds = 0) =>
  boeteWi23({ verwijtbaarheid, eerdereOnherroepelijkeBoetesBinnen12Maanden: recidive, reedsOpgelegdInTermijn: reeds });

describe('boeteWi23 (art. 23 Wi 2021; art. 7.1 Besluit inburgering 2021)', () => {
  it.each([
    ['opzet', 50],
    ['grove_schuld', 37.5],
    ['geen', 25],
    ['verminderd', 12.5],
  ] as const)('grades the base of € 50 by verwijtbaarheid: %s → %s', (graad, bedrag) => {
    expect(wi23(graad)).toBe(bedrag);
  });

  it.each([
    [0, 50, 12.5],
    [1, 100, 25],
    [2, 150, 37.5],
    [3, 200, 50],
  ])('adds 100 percent of the base per earlier onherroepelijke boete (%i recidive)', (recidive, opzet, verminderd) => {
    expect(wi23('opzet', recidive)).toBe(opzet);
    expect(wi23('verminderd', recidive)).toBe(verminderd);
  });

  it('caps one boete at € 800, reached exactly and passed', () => {
    expect(wi23('opzet', 15)).toBe(800);
    expect(wi23('opzet', 16)).toBe(800);
    expect(wi23('grove_schuld', 21)).toBe(800);
    expect(wi23('grove_schuld', 20)).toBe(787.5);
    const { stappen } = boeteWi23Berekening({ verwijtbaarheid: 'opzet', eerdereOnherroepelijkeBoetesBinnen12Maanden: 16, reedsOpgelegdInTermijn: 0 });
    expect(stappen.map((s) => s.bedrag)).toEqual([50, 850, 850, 800]);
    expect(stappen.at(-1)!.omschrijving).toContain('maximum van € 800,00 per boete');
  });

  it('caps Wi 22 and Wi 23 together at € 2.400 per termijn, counting what was already imposed', () => {
    expect(wi23('opzet', 3, 2350)).toBe(50);
    expect(wi23('opzet', 3, 2360)).toBe(40);
    expect(wi23('verminderd', 0, 2390)).toBe(10);
    expect(wi23('verminderd', 0, 2387.5)).toBe(12.5);
    expect(wi23('opzet', 0, 2400)).toBe(0);
    expect(wi23('opzet', 0, 2600)).toBe(0);
    const { stappen } = boeteWi23Berekening({ verwijtbaarheid: 'opzet', eerdereOnherroepelijkeBoetesBinnen12Maanden: 3, reedsOpgelegdInTermijn: 2360 });
    expect(stappen.at(-1)).toEqual({ omschrijving: 'Begrensd op wat resteert van het maximum van € 2400,00 per termijn: al opgelegd € 2360,00 (artikel 7.1 lid 5 Besluit inburgering 2021)', bedrag: 40 });
  });

  it('shows every step for the letter', () => {
    const { bedrag, stappen } = boeteWi23Berekening({ verwijtbaarheid: 'grove_schuld', eerdereOnherroepelijkeBoetesBinnen12Maanden: 1, reedsOpgelegdInTermijn: 0 });
    expect(bedrag).toBe(75);
    expect(stappen).toEqual([
      { omschrijving: 'Basisbedrag (artikel 7.1 lid 2 Besluit inburgering 2021)', bedrag: 50 },
      { omschrijving: 'Verhoogd met 100% wegens één eerdere onherroepelijke boete binnen 12 maanden (artikel 7.1 lid 3 Besluit inburgering 2021)', bedrag: 100 },
      { omschrijving: '75% van het verhoogde bedrag wegens de mate van verwijtbaarheid: grove schuld (artikel 7.1 Besluit inburgering 2021)', bedrag: 75 },
    ]);
  });

  it('keeps the amounts as dated data', () => {
    expect(boeteWi22('2026-11-23')).toBe(250);
    expect(boeteWi23Bedragen('2026-11-23')).toEqual({ basis: 50, maximum: 800 });
    expect(boeteMaximumPerTermijn('2026-11-23')).toBe(2400);
    expect(() => boeteMaximumPerTermijn('2021-12-31')).toThrow(/1 januari 2022/);
    expect(boeteWi22Berekening(0, '2026-11-23').bedrag).toBe(250);
    expect(boeteWi22Berekening(2300, '2026-11-23').bedrag).toBe(100);
  });
});

const rij = (over: Partial<BoeteRij>): BoeteRij => ({
  id: 1, soort: 'wi23', status: 'vastgesteld', bedrag: 50, dagtekening: '2026-01-05', bezwaarOntvangenOp: null, zienswijzeTermijnTot: null, zienswijzeOntvangenOp: null,
  rapportDatum: null, betaaldOp: null, invorderingOvergedragenOp: null, nieuweAfspraakOp: null, nieuweAfspraakUitkomst: null, ...over,
});

describe('handhaving rules', () => {
  it('a boete is onherroepelijk from dagtekening + 6 weeks + 1 day, without a bezwaar', () => {
    expect(isOnherroepelijk(rij({ dagtekening: '2026-01-05' }), '2026-02-16')).toBe(false);
    expect(isOnherroepelijk(rij({ dagtekening: '2026-01-05' }), '2026-02-17')).toBe(true);
    expect(isOnherroepelijk(rij({ dagtekening: '2026-01-05', bezwaarOntvangenOp: '2026-02-01' }), '2026-06-01')).toBe(false);
    expect(isOnherroepelijk(rij({ status: 'ingetrokken' }), '2026-06-01')).toBe(false);
    // The bezwaartermijn ends on Saturday 14 November 2026 and moves to Monday 16 November (Atw art. 1).
    expect(isOnherroepelijk(rij({ dagtekening: '2026-10-03' }), '2026-11-16')).toBe(false);
    expect(isOnherroepelijk(rij({ dagtekening: '2026-10-03' }), '2026-11-17')).toBe(true);
    // Across a leap day: 2028-02-01 + 42 days = 2028-03-14.
    expect(isOnherroepelijk(rij({ dagtekening: '2028-02-01' }), '2028-03-14')).toBe(false);
    expect(isOnherroepelijk(rij({ dagtekening: '2028-02-01' }), '2028-03-15')).toBe(true);
  });

  it('counts recidive only for onherroepelijke Wi 23 boetes within 12 months before the constatering', () => {
    const boetes = [
      rij({ id: 1, dagtekening: '2025-11-23' }),
      rij({ id: 2, dagtekening: '2025-11-22' }),
      rij({ id: 3, dagtekening: '2026-10-20' }),
      rij({ id: 4, soort: 'wi22', dagtekening: '2026-03-01' }),
      rij({ id: 5, dagtekening: '2026-03-01', bezwaarOntvangenOp: '2026-03-10' }),
    ];
    expect(recidiveBinnen12Maanden(boetes, '2026-11-23')).toBe(1);
    expect(recidiveBinnen12Maanden(boetes, '2026-12-02')).toBe(1);
    // On 1 December the first has left the window and the third is not yet onherroepelijk.
    expect(recidiveBinnen12Maanden(boetes, '2026-12-01')).toBe(0);
  });

  it('sums what was imposed, leaving out voornemens and withdrawn boetes', () => {
    expect(reedsOpgelegd([rij({ id: 1, bedrag: 250 }), rij({ id: 2, bedrag: 12.5 }), rij({ id: 3, status: 'ingetrokken', bedrag: 800 }), rij({ id: 4, status: 'voornemen', bedrag: 50 })])).toBe(262.5);
    expect(reedsOpgelegd([rij({ id: 1, bedrag: 250 }), rij({ id: 2, bedrag: 12.5 })], 2)).toBe(250);
  });

  it('allows a Wi 22 boete only after a missed herhaalde oproep, and a repeat only after a missed new term', () => {
    const oproep = (id: number, uitkomst: string, verschijnenOp = '2026-10-01') => ({ id, uitkomst, verschijnenOp });
    expect(wi22Grond([], [])).toMatchObject({ mogelijk: false, reden: expect.stringContaining('nog geen oproep gemist') });
    expect(wi22Grond([oproep(1, 'niet_verschenen')], [])).toMatchObject({ mogelijk: false, reden: expect.stringContaining('schriftelijke waarschuwing') });
    expect(wi22Grond([oproep(1, 'niet_verschenen'), oproep(2, 'open')], [])).toMatchObject({ mogelijk: false });
    expect(wi22Grond([oproep(1, 'niet_verschenen'), oproep(2, 'verzet'), oproep(3, 'niet_verschenen', '2026-11-02')], [])).toEqual({
      mogelijk: true, oproepId: 3, vorigeBoeteId: null, datumGedraging: '2026-11-02',
    });
    const oproepen = [oproep(1, 'niet_verschenen'), oproep(2, 'niet_verschenen')];
    expect(wi22Grond(oproepen, [rij({ id: 7, soort: 'wi22', status: 'zienswijze' })])).toMatchObject({ mogelijk: false, reden: expect.stringContaining('loopt al een voornemen') });
    const vorige = rij({ id: 7, soort: 'wi22', nieuweAfspraakOp: '2026-12-01', nieuweAfspraakUitkomst: 'open' });
    expect(wi22Grond(oproepen, [vorige])).toMatchObject({ mogelijk: false, reden: expect.stringContaining('art. 22 lid 3 Wi 2021') });
    expect(wi22Grond(oproepen, [{ ...vorige, nieuweAfspraakUitkomst: 'niet_verschenen' }])).toEqual({ mogelijk: true, oproepId: null, vorigeBoeteId: 7, datumGedraging: '2026-12-01' });
  });

  it('keeps the new Wi 22 term within two months (month ends)', () => {
    expect(nieuweAfspraakFout('2026-12-31', '2027-02-28')).toBeNull();
    expect(nieuweAfspraakFout('2026-12-31', '2027-03-01')).toContain('28 februari 2027 of eerder');
    expect(nieuweAfspraakFout('2026-11-23', '2026-11-23')).toContain('na de dagtekening');
    expect(nieuweAfspraakFout('2026-11-23', '2027-01-23')).toBeNull();
    expect(nieuweAfspraakFout('2026-11-23', '2027-01-24')).not.toBeNull();
  });

  it('computes the deadlines of the path and lists the open ones, earliest first', () => {
    expect(zienswijzeTermijnEinde('2026-11-23')).toBe('2026-12-07');
    expect(betalenUiterlijk('2026-12-31')).toBe('2027-02-11');
    expect(beslissenNaRapportUiterlijk('2026-11-23')).toBe('2027-02-22');
    const termijnen = openHandhavingTermijnen([
      rij({ id: 1, soort: 'wi22', dagtekening: '2026-11-23', nieuweAfspraakOp: '2026-12-14', nieuweAfspraakUitkomst: 'open' }),
      rij({ id: 2, status: 'zienswijze', dagtekening: null, zienswijzeTermijnTot: '2026-12-07', rapportDatum: '2026-11-20' }),
      rij({ id: 3, dagtekening: '2026-10-01', betaaldOp: '2026-10-20' }),
    ]);
    expect(termijnen.map((t) => [t.boeteId, t.soort, t.datum])).toEqual([
      [2, 'zienswijze', '2026-12-07'],
      [1, 'nieuwe_afspraak', '2026-12-14'],
      [1, 'betaling', '2027-01-04'],
      [2, 'rapport', '2027-02-19'],
    ]);
  });
});
