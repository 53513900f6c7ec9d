import { describe, expect, it } from 'vitest';
import { PREFIX_EINDE, alleenCijfers, zoekvorm, zoekwoordenVan, zoekwoordvorm } from '../../shared/zoeken';

describe('zoekvorm', () => {
  it('searches without accents', () => {
    expect(zoekvorm('Đorđe Çelik Łucja Wiśniewska')).toBe('dorde celik lucja wisniewska');
    expect(zoekvorm('Fatma Yıldız, İpek Øster')).toBe('fatma yildiz, ipek oster');
  });
});

describe('zoekwoordvorm and zoekwoordenVan (the search words of 0014)', () => {
  it('makes every run of other characters one space and trims', () => {
    expect(zoekwoordvorm('  Al-Ahmad ')).toBe('al ahmad');
    expect(zoekwoordvorm("O'Brien--Smith")).toBe('o brien smith');
    expect(zoekwoordvorm('%_')).toBe('');
    expect(zoekwoordvorm('محمد')).toBe('محمد');
  });

  it('gives every word suffix of the name in three orders, once each', () => {
    expect(zoekwoordenVan({ voornamen: 'Mohammad', tussenvoegsel: null, achternaam: 'Al-Ahmad' }).sort()).toEqual(
      ['ahmad', 'ahmad mohammad', 'al ahmad', 'al ahmad mohammad', 'mohammad', 'mohammad al ahmad'],
    );
    const vries = zoekwoordenVan({ voornamen: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries' });
    for (const woord of ['jan de vries', 'de vries', 'vries', 'vries jan', 'de vries jan', 'jan']) expect(vries).toContain(woord);
    expect(new Set(vries).size).toBe(vries.length);
    expect(zoekwoordenVan({ voornamen: ' ', tussenvoegsel: '  ', achternaam: 'X' })).toEqual(['x']);
  });

  it('a prefix range ends above every continuation of the term', () => {
    for (const woord of ['celik', 'celik gulsen', 'celik\u{10fffe}', 'celikz']) expect(woord >= 'celik' && woord < `celik${PREFIX_EINDE}`).toBe(true);
    expect('celij' < 'celik').toBe(true);
    expect('celil' < `celik${PREFIX_EINDE}`).toBe(false);
  });

  it('reads a number as typed, or says it is none', () => {
    expect(alleenCijfers('1234 56.782')).toBe('123456782');
    expect(alleenCijfers('12-34')).toBe('1234');
    expect(alleenCijfers('12a')).toBeNull();
  });
});
