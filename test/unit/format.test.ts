import { describe, expect, it } from 'vitest';
import { bedrag, bsnWeergave, datumKort, datumLang, naamAchternaamEerst, postcodeWeergave, volledigeNaam } from '../../shared/format';

describe('Dutch formats', () => {
  it.each([
    ['2026-04-14', '14 april 2026', '14-04-2026'],
    ['2024-02-29', '29 februari 2024', '29-02-2024'],
    ['2026-12-31', '31 december 2026', '31-12-2026'],
    ['2027-01-01', '1 januari 2027', '01-01-2027'],
  ])('%s → %s / %s', (iso, lang, kort) => {
    expect(datumLang(iso)).toBe(lang);
    expect(datumKort(iso)).toBe(kort);
  });

  it.each([
    [1040.25, '€ 1.040,25'],
    [0, '€ 0,00'],
    [250, '€ 250,00'],
    [1234567.891, '€ 1.234.567,89'],
    [-340, '€ -340,00'],
  ])('bedrag(%d) = %s', (euro, tekst) => {
    expect(bedrag(euro)).toBe(tekst);
  });

  it('formats BSN, postcode and names', () => {
    expect(bsnWeergave('123456782')).toBe('1234.56.782');
    expect(postcodeWeergave('9911ab')).toBe('9911 AB');
    expect(postcodeWeergave(' 9911  AB ')).toBe('9911 AB');
    expect(volledigeNaam({ voornamen: 'Maria José', tussenvoegsel: 'dos', achternaam: 'Santos' })).toBe('Maria José dos Santos');
    expect(volledigeNaam({ voornamen: 'Đorđe', tussenvoegsel: null, achternaam: 'Petrović' })).toBe('Đorđe Petrović');
    expect(naamAchternaamEerst({ voornamen: 'Maria José', tussenvoegsel: 'dos', achternaam: 'Santos' })).toBe('Santos, Maria José dos');
  });
});
