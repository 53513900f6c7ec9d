import { describe, expect, it } from 'vitest';
import { zoekvorm } from '../../renderer/features/inburgeraars/zoeken';

describe('zoekvorm', () => {
  it('searches without accents', () => {
    expect(zoekvorm('Đorđe Çelik Łucja Wiśniewska')).toBe('dorde celik lucja wisniewska');
  });
});
