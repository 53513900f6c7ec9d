import { describe, expect, it } from 'vitest';
import { groepeerHerstelcode, normaliseerHerstelcode, slotNaam } from '../../shared/domain/kluis';

describe('herstelcode and passphrase helpers', () => {
  it('reads a herstelcode however it is typed', () => {
    expect(normaliseerHerstelcode('abcd-efgh ijkl-mnop')).toBe('ABCDEFGH1JK1MN0P');
    expect(groepeerHerstelcode('ABCD2345EFGH6789JKMN0123PQRS4567')).toBe('ABCD-2345-EFGH-6789-JKMN-0123-PQRS-4567');
  });

  it('accepts a slot name as typed, trimmed, and refuses control characters', () => {
    expect(slotNaam.parse('  Vervanger: A. Jansen ')).toBe('Vervanger: A. Jansen');
    expect(slotNaam.safeParse('').success).toBe(false);
    expect(slotNaam.safeParse('a'.repeat(61)).success).toBe(false);
    expect(slotNaam.safeParse('Jansen\u202E').error?.issues[0]?.message).toContain('stuurteken');
  });
});
