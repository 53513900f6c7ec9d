import { describe, expect, it } from 'vitest';
import { runs } from '../../electron/documents/richting';

describe('runs (direction of text on a line)', () => {
  it('keeps Latin, Cyrillic and extended Latin as one left-to-right run', () => {
    expect(runs('Naam: Đorđe Petrović')).toEqual([{ tekst: 'Naam: Đorđe Petrović', rtl: false }]);
    expect(runs('Ахмед Иванов')).toEqual([{ tekst: 'Ахмед Иванов', rtl: false }]);
  });

  it('makes one right-to-left run of Arabic words with the spaces between them', () => {
    expect(runs('Naam: محمد الأحمد')).toEqual([
      { tekst: 'Naam: ', rtl: false },
      { tekst: 'محمد الأحمد', rtl: true },
    ]);
  });

  it('handles text after the right-to-left run and an empty line', () => {
    expect(runs('محمد (vader)')).toEqual([
      { tekst: 'محمد', rtl: true },
      { tekst: ' (vader)', rtl: false },
    ]);
    expect(runs('')).toEqual([{ tekst: '', rtl: false }]);
  });
});
