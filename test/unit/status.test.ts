import { describe, expect, it } from 'vitest';
import { magStatusWorden, pipTermijnLoopt, volgendeStatussen } from '../../shared/rules/status';

describe('status rules', () => {
  it('walks the main line and allows the end states from any open state', () => {
    expect(volgendeStatussen('aangemeld')).toEqual(['intake', 'ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden']);
    expect(magStatusWorden('in_traject', 'afgerond')).toBe(true);
    expect(magStatusWorden('aangemeld', 'pip_vastgesteld')).toBe(false);
    expect(volgendeStatussen('overleden')).toEqual([]);
    expect(volgendeStatussen('afgerond')).toEqual([]);
  });

  it('the PIP deadline runs only until the PIP is set', () => {
    expect(pipTermijnLoopt('aangemeld')).toBe(true);
    expect(pipTermijnLoopt('intake')).toBe(true);
    expect(pipTermijnLoopt('pip_vastgesteld')).toBe(false);
    expect(pipTermijnLoopt('verhuisd')).toBe(false);
  });
});
