import { describe, expect, it } from 'vitest';
import { maakRandom, synthetischBsn } from '../../electron/demo/synthetisch';
import { isValidBsn } from '../../shared/rules/bsn';

describe('synthetic data for demo and tests', () => {
  it('only makes valid BSNs', () => {
    const random = maakRandom(7);
    for (let i = 0; i < 200; i += 1) expect(isValidBsn(synthetischBsn(random))).toBe(true);
  });
});
