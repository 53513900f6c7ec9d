import { describe, expect, it } from 'vitest';
import { groepeerHerstelcode, normaliseerHerstelcode, wachtwoordSterkte } from '../../shared/domain/kluis';

describe('herstelcode and passphrase helpers', () => {
  it('reads a herstelcode however it is typed', () => {
    expect(normaliseerHerstelcode('abcd-efgh ijkl-mnop')).toBe('ABCDEFGH1JK1MN0P');
    expect(groepeerHerstelcode('ABCD2345EFGH6789JKMN0123PQRS4567')).toBe('ABCD-2345-EFGH-6789-JKMN-0123-PQRS-4567');
  });

  it('hints at passphrase strength', () => {
    expect(wachtwoordSterkte('kort').score).toBe(0);
    expect(wachtwoordSterkte('twaalftekens').score).toBe(1);
    expect(wachtwoordSterkte('vier woorden zijn sterk genoeg').score).toBe(3);
  });
});
