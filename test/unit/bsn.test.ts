import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../shared/rules/bsn';

describe('isValidBsn (11-proef)', () => {
  it.each([
    ['111222333', true], // 9+8+7+12+10+8+9+6-3 = 66
    ['123456782', true], // 9+16+21+24+25+24+21+16-2 = 154
    ['123456789', false],
    ['000000000', false], // sum 0 passes mod 11 but is no BSN
    ['12345678', false],
    ['1234567820', false],
    ['12345678a', false],
    [' 123456782', false],
    ['', false],
  ])('%s → %s', (bsn, geldig) => {
    expect(isValidBsn(bsn)).toBe(geldig);
  });

  it('rejects every single-digit change of a valid BSN', () => {
    const geldig = '123456782';
    for (let positie = 0; positie < 9; positie += 1) {
      for (let cijfer = 0; cijfer <= 9; cijfer += 1) {
        const kandidaat = geldig.slice(0, positie) + cijfer + geldig.slice(positie + 1);
        if (kandidaat !== geldig) expect(isValidBsn(kandidaat), kandidaat).toBe(false);
      }
    }
  });
});
