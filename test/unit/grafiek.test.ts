import { describe, expect, it } from 'vitest';
import { arceerLijnen, asSchaal, asTekst, gemaskeerd, LIJNSTIJLEN, maskerTekst, telt, VULLINGEN } from '../../electron/documents/grafiek';

describe('chart axes', () => {
  it('picks round steps that reach the maximum', () => {
    expect(asSchaal(27, 0, { geheel: true })).toMatchObject({ stap: 10, onder: 0, boven: 30, ticks: [0, 10, 20, 30] });
    expect(asSchaal(7, 0, { geheel: true }).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(asSchaal(10, 0, { geheel: true }).ticks).toEqual([0, 2, 4, 6, 8, 10]); // the maximum on a tick
    expect(asSchaal(1234, 0, { geheel: true })).toMatchObject({ stap: 250, boven: 1250 });
    expect(asSchaal(0.8, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('never gives a count axis a fractional step, not even for tiny maxima', () => {
    expect(asSchaal(2, 0, { geheel: true }).ticks).toEqual([0, 1, 2]);
    expect(asSchaal(0, 0, { geheel: true }).ticks).toEqual([0, 1]); // all zero: still an axis
    for (const max of [1, 3, 5, 9, 11, 99, 101]) expect(asSchaal(max, 0, { geheel: true }).ticks.every(Number.isInteger)).toBe(true);
  });

  it('ends a percentage axis at 100 once it passes 80, and handles negative values', () => {
    expect(asSchaal(85, 0, { procent: true }).boven).toBe(100);
    expect(asSchaal(100, 0, { procent: true }).boven).toBe(100);
    expect(asSchaal(60, 0, { procent: true }).boven).toBe(60);
    const schaal = asSchaal(6, -3, { geheel: true });
    expect(schaal.onder).toBeLessThanOrEqual(-3);
    expect(schaal.ticks).toContain(0);
  });

  it('writes tick and value labels the Dutch way', () => {
    expect(asTekst(1250, 'personen')).toBe('1.250');
    expect(asTekst(12.5, 'dagen')).toBe('12,5');
    expect(asTekst(71.43, '%')).toBe('71,4 %');
    expect(asTekst(100, '%')).toBe('100 %');
    expect(asTekst(0, '%')).toBe('0 %');
  });
});

describe('small counts in charts', () => {
  it('masks 1 up to below the threshold, never 0 or the threshold itself', () => {
    expect([0, 1, 4, 5, 12].map((w) => gemaskeerd(w, 5))).toEqual([false, true, true, false, false]);
    expect(gemaskeerd(null, 5)).toBe(false);
    expect(gemaskeerd(3, 1)).toBe(false); // threshold 1: nothing masked
    expect(maskerTekst(5).normalize('NFKC')).toBe('< 5');
    expect(maskerTekst(10)).toBe('<\u00a010'); // no-break space: never split over two lines
  });

  it('applies the rule to charts of persons only', () => {
    const grafiek = { soort: 'staaf' as const, titel: 't', categorieen: [], reeksen: [] };
    expect(telt({ ...grafiek, eenheid: 'personen' })).toBe(true);
    expect(telt({ ...grafiek, eenheid: '%' })).toBe(false);
    expect(telt({ ...grafiek, eenheid: 'dagen' })).toBe(false);
  });
});

describe('black-and-white print', () => {
  it('tells four bar series apart by grey level and hatching, four lines by dash and marker', () => {
    const grijs = (k: (typeof VULLINGEN)[number]['grond']) => {
      const { red, green, blue } = k as unknown as { red: number; green: number; blue: number };
      return Math.round((0.3 * red + 0.59 * green + 0.11 * blue) * 10);
    };
    const kenmerken = VULLINGEN.map((v) => `${grijs(v.grond)}:${v.arcering?.hoeken.join('+') ?? 'vol'}`);
    expect(new Set(kenmerken).size).toBe(4);
    expect(new Set(LIJNSTIJLEN.map((l) => l.marker)).size).toBe(4);
    expect(new Set(LIJNSTIJLEN.map((l) => JSON.stringify(l.streep))).size).toBe(4);
  });

  it('clips hatching lines to the bar, on both diagonals', () => {
    const vak = { x: 100.3, y: 50.7, breedte: 17.2, hoogte: 63.1 };
    for (const hoek of [45, 135] as const) {
      const lijnen = arceerLijnen(vak, hoek, 3);
      // About (width + height) / spacing·√2 lines across the rectangle.
      expect(lijnen.length).toBeGreaterThan(15);
      expect(lijnen.length).toBeLessThan(25);
      for (const { van, naar } of lijnen) {
        for (const p of [van, naar]) {
          expect(p.x).toBeGreaterThanOrEqual(vak.x - 1e-9);
          expect(p.x).toBeLessThanOrEqual(vak.x + vak.breedte + 1e-9);
          expect(p.y).toBeGreaterThanOrEqual(vak.y - 1e-9);
          expect(p.y).toBeLessThanOrEqual(vak.y + vak.hoogte + 1e-9);
        }
        const helling = (naar.y - van.y) / (naar.x - van.x);
        expect(helling).toBeCloseTo(hoek === 45 ? 1 : -1, 9);
      }
    }
    expect(arceerLijnen({ x: 0, y: 0, breedte: 0, hoogte: 10 }, 45, 3)).toEqual([]);
  });
});
