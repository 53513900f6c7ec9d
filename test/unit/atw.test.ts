import { describe, expect, it } from 'vitest';
import {
  feestdagen,
  GELIJKGESTELDE_DAGEN,
  gelijkgesteldeDagen,
  paaszondag,
  rustdagReden,
  verlengVolgensAtw,
  type ExtraRustdagen,
} from '../../shared/rules/atw';
import { weekdag } from '../../shared/rules/datum';
import { bezwaartermijn, bezwaartermijnEinde, pipTermijn, pipUiterlijk } from '../../shared/rules/termijnen';

const NA_HEMELVAART = 'vrijdag na Hemelvaartsdag (gelijkgestelde dag)';

// A later Besluit the gemeente enters in the settings (Hemelvaartsdag 2029 is Thursday 10 May).
const GEMEENTE: ExtraRustdagen = [{ datum: '2029-05-11', naam: 'vrijdag na Hemelvaartsdag 2029 (KB)' }];

describe('Algemene termijnenwet art. 3: feestdagen', () => {
  it.each([
    [1943, '1943-04-25'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (jaar, datum) => {
    expect(paaszondag(jaar)).toBe(datum);
    expect(weekdag(datum)).toBe(0);
  });

  it('lists the feestdagen of art. 3 lid 1 plus Goede Vrijdag (lid 2)', () => {
    expect(feestdagen(2026).map((f) => f.datum)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });

  it('Koningsdag moves to 26 April when 27 April is a Sunday', () => {
    expect(feestdagen(2025).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2025-04-26');
    expect(feestdagen(2031).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2031-04-26');
  });
});

describe('Atw art. 3 lid 3: gelijkgestelde dagen, shipped by default', () => {
  it('ships the dates of the Besluit gelijkstelling 2026–2028', () => {
    expect(GELIJKGESTELDE_DAGEN.map((d) => d.datum)).toEqual(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);
  });

  it('each is a Friday after a feestdag and not itself a feestdag', () => {
    for (const dag of GELIJKGESTELDE_DAGEN) {
      expect(weekdag(dag.datum)).toBe(5);
      const jaar = Number(dag.datum.slice(0, 4));
      expect(feestdagen(jaar).map((f) => f.datum)).not.toContain(dag.datum);
    }
    expect(feestdagen(2026).find((f) => f.naam === 'Hemelvaartsdag')?.datum).toBe('2026-05-14');
    expect(feestdagen(2027).find((f) => f.naam === 'Hemelvaartsdag')?.datum).toBe('2027-05-06');
    expect(feestdagen(2028).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2028-04-27');
    expect(feestdagen(2028).find((f) => f.naam === 'Hemelvaartsdag')?.datum).toBe('2028-05-25');
  });

  it.each([
    ['2026-01-02', 'vrijdag na Nieuwjaarsdag (gelijkgestelde dag)'],
    ['2026-05-15', NA_HEMELVAART],
    ['2027-05-07', NA_HEMELVAART],
    ['2028-04-28', 'vrijdag na Koningsdag (gelijkgestelde dag)'],
    ['2028-05-26', NA_HEMELVAART],
  ])('%s is a rustdag without any settings: %s', (datum, naam) => {
    expect(rustdagReden(datum)).toBe(naam);
    expect(rustdagReden(datum, [])).toBe(naam);
    expect(rustdagReden(datum, GEMEENTE)).toBe(naam);
  });

  it('the Fridays after Hemelvaartsdag outside the Besluit are working days', () => {
    expect(rustdagReden('2025-05-30')).toBeNull();
    expect(rustdagReden('2029-05-11')).toBeNull();
  });

  it('adds the gemeente’s dates on top and loses no shipped date', () => {
    const alle = gelijkgesteldeDagen(GEMEENTE);
    expect(alle.map((d) => d.datum)).toEqual([...GELIJKGESTELDE_DAGEN.map((d) => d.datum), '2029-05-11']);
    expect(rustdagReden('2029-05-11', GEMEENTE)).toBe('vrijdag na Hemelvaartsdag 2029 (KB)');
  });

  it('a date the gemeente also entered counts once and keeps the name of the Besluit', () => {
    const dubbel: ExtraRustdagen = [{ datum: '2026-05-15', naam: 'vrijdag na Hemelvaart' }];
    expect(gelijkgesteldeDagen(dubbel)).toHaveLength(GELIJKGESTELDE_DAGEN.length);
    expect(rustdagReden('2026-05-15', dubbel)).toBe(NA_HEMELVAART);
  });
});

describe('Atw art. 1: rustdagReden and verlengVolgensAtw', () => {
  it('names why a day is no working day', () => {
    expect(rustdagReden('2026-03-14')).toBe('zaterdag');
    expect(rustdagReden('2026-03-15')).toBe('zondag');
    expect(rustdagReden('2026-04-06')).toBe('tweede Paasdag');
    expect(rustdagReden('2026-03-16')).toBeNull();
    expect(rustdagReden('2026-12-24', [{ datum: '2026-12-24', naam: 'kerstavond (KB)' }])).toBe('kerstavond (KB)');
  });

  it('runs over a Christmas weekend to the Monday', () => {
    expect(verlengVolgensAtw('2025-12-25')).toEqual({ datum: '2025-12-29', oorspronkelijk: '2025-12-25', verschovenWegens: 'eerste Kerstdag' });
  });

  it.each([
    ['2026-01-01', '2026-01-05', 'Nieuwjaarsdag'], // Thu, Fri 2 Jan gelijkgesteld, weekend
    ['2026-01-02', '2026-01-05', 'vrijdag na Nieuwjaarsdag (gelijkgestelde dag)'],
    ['2026-05-14', '2026-05-18', 'Hemelvaartsdag'],
    ['2027-05-05', '2027-05-10', '5 mei'], // Wed 5 mei, Thu Hemelvaart, Fri gelijkgesteld, weekend
    ['2028-04-27', '2028-05-01', 'Koningsdag'],
    ['2028-05-26', '2028-05-29', NA_HEMELVAART],
  ])('%s runs on to %s (%s)', (einde, datum, reden) => {
    expect(verlengVolgensAtw(einde)).toEqual({ datum, oorspronkelijk: einde, verschovenWegens: reden });
  });

  it('applies the shipped days and the gemeente’s days together', () => {
    const gemeente: ExtraRustdagen = [{ datum: '2026-05-18', naam: 'gemeentelijke sluitingsdag' }];
    expect(verlengVolgensAtw('2026-05-15', gemeente)).toEqual({ datum: '2026-05-19', oorspronkelijk: '2026-05-15', verschovenWegens: NA_HEMELVAART });
  });
});

describe('every Atw term uses the gelijkgestelde dagen by default', () => {
  it.each([
    ['2025-11-21', '2026-01-02', '2026-01-05', 'vrijdag na Nieuwjaarsdag (gelijkgestelde dag)'],
    ['2026-04-03', '2026-05-15', '2026-05-18', NA_HEMELVAART], // DOMAIN.md §13a
    ['2027-03-26', '2027-05-07', '2027-05-10', NA_HEMELVAART],
    ['2028-03-17', '2028-04-28', '2028-05-01', 'vrijdag na Koningsdag (gelijkgestelde dag)'],
    ['2028-04-14', '2028-05-26', '2028-05-29', NA_HEMELVAART],
  ])('bezwaartermijn: sent %s, day 42 is %s → %s (%s)', (verzonden, oorspronkelijk, datum, reden) => {
    expect(bezwaartermijnEinde(verzonden)).toBe(datum);
    expect(bezwaartermijn(verzonden)).toEqual({ datum, oorspronkelijk, verschovenWegens: reden });
    expect(bezwaartermijn(verzonden, GEMEENTE)).toEqual({ datum, oorspronkelijk, verschovenWegens: reden });
  });

  it.each<[string, string | undefined, string, string]>([
    ['2025-10-24', undefined, '2026-01-02', '2026-01-05'],
    ['2026-03-06', undefined, '2026-05-15', '2026-05-18'],
    ['2027-02-26', undefined, '2027-05-07', '2027-05-10'],
    ['2028-02-18', undefined, '2028-04-28', '2028-05-01'],
    ['2028-03-17', undefined, '2028-05-26', '2028-05-29'],
    ['2026-01-10', '2026-03-06', '2026-05-15', '2026-05-18'], // the later BRP inschrijving counts
    ['2028-02-18', '2028-02-17', '2028-04-28', '2028-05-01'], // the later kennisgeving counts
  ])('pipUiterlijk: kennisgeving %s / BRP %s, day 70 is %s → %s', (kennisgeving, brp, oorspronkelijk, datum) => {
    expect(pipUiterlijk(kennisgeving, brp)).toBe(datum);
    expect(pipTermijn(kennisgeving, brp)).toMatchObject({ datum, oorspronkelijk });
    expect(pipTermijn(kennisgeving, brp, GEMEENTE)).toMatchObject({ datum, oorspronkelijk });
  });

  it('names the gelijkgestelde dag as the reason in the PIP term', () => {
    expect(pipTermijn('2026-03-06')).toMatchObject({ datum: '2026-05-18', oorspronkelijk: '2026-05-15', verschovenWegens: NA_HEMELVAART });
  });

  it('a gemeente-added date is applied on top', () => {
    expect(bezwaartermijnEinde('2029-03-30')).toBe('2029-05-11');
    expect(bezwaartermijn('2029-03-30', GEMEENTE)).toEqual({ datum: '2029-05-14', oorspronkelijk: '2029-05-11', verschovenWegens: 'vrijdag na Hemelvaartsdag 2029 (KB)' });
    expect(pipTermijn('2029-03-02', undefined, GEMEENTE)).toMatchObject({ datum: '2029-05-14', verschovenWegens: 'vrijdag na Hemelvaartsdag 2029 (KB)' });
    expect(pipTermijn('2029-03-02').datum).toBe('2029-05-11');
  });
});

describe('rustdagen memoised per year and per set of extra rustdagen', () => {
  const ANDER: ExtraRustdagen = [{ datum: '2029-05-11', naam: 'andere naam (KB)' }, { datum: '2029-05-14', naam: 'maandag (KB)' }];
  const vragen = ['2029-05-11', '2029-05-14', '2029-05-10', '2029-05-09', '2026-05-15', '2026-05-14'] as const;
  // The answers without any memo: a fresh linear search over the lists (what rustdagReden did before).
  function zonderMemo(datum: string, extra: ExtraRustdagen): string | null {
    const dag = weekdag(datum);
    if (dag === 6) return 'zaterdag';
    if (dag === 0) return 'zondag';
    return [...feestdagen(Number(datum.slice(0, 4))), ...gelijkgesteldeDagen(extra)].find((f) => f.datum === datum)?.naam ?? null;
  }

  it('gives the same answers for different extraRustdagen in any order', () => {
    const volgordes: ExtraRustdagen[][] = [
      [[], GEMEENTE, ANDER, [], ANDER, GEMEENTE],
      [ANDER, GEMEENTE, [], GEMEENTE, [], ANDER],
      [GEMEENTE, [], ANDER, ANDER, GEMEENTE, []],
    ];
    for (const volgorde of volgordes) {
      for (const extra of volgorde) {
        for (const datum of vragen) expect(rustdagReden(datum, extra)).toBe(zonderMemo(datum, extra));
      }
    }
    expect(rustdagReden('2029-05-11', [])).toBeNull();
    expect(rustdagReden('2029-05-11', GEMEENTE)).toBe('vrijdag na Hemelvaartsdag 2029 (KB)');
    expect(rustdagReden('2029-05-11', ANDER)).toBe('andere naam (KB)');
    expect(rustdagReden('2029-05-14', ANDER)).toBe('maandag (KB)');
    expect(rustdagReden('2029-05-14', GEMEENTE)).toBeNull();
    // A setting that is changed in place (same array, new contents) still gets its own answer.
    const gewijzigd: { datum: string; naam: string }[] = [{ datum: '2029-05-11', naam: 'eerst' }];
    expect(rustdagReden('2029-05-11', gewijzigd)).toBe('eerst');
    gewijzigd[0] = { datum: '2029-05-14', naam: 'daarna' };
    expect(rustdagReden('2029-05-11', gewijzigd)).toBeNull();
    expect(rustdagReden('2029-05-14', gewijzigd)).toBe('daarna');
    expect(verlengVolgensAtw('2029-05-11', GEMEENTE).datum).toBe('2029-05-14');
    expect(verlengVolgensAtw('2029-05-11', ANDER).datum).toBe('2029-05-15');
    expect(verlengVolgensAtw('2029-05-11', []).datum).toBe('2029-05-11');
  });
});
