import { describe, expect, it } from 'vitest';
import { nieuwWachtwoord } from '../../shared/domain/kluis';
import { MIN_WACHTWOORD_LENGTE, beoordeelWachtwoord } from '../../shared/rules/wachtwoord';

const fout = (waarde: string) => nieuwWachtwoord.safeParse(waarde).error?.issues.map((issue) => issue.message) ?? [];

describe('passphrase scoring (zxcvbn, common + nl-BE dictionaries)', () => {
  it('refuses the examples of issue 11 with a Dutch reason', () => {
    const herhaling = beoordeelWachtwoord('aaaaaaaaaaaa');
    expect(herhaling).toMatchObject({ score: 0, voldoet: false });
    expect(herhaling.reden).toContain('te makkelijk te raden');
    expect(herhaling.reden).toContain('Herhalende letters');
    expect(beoordeelWachtwoord('wachtwoord12')).toMatchObject({ voldoet: false, reden: expect.stringContaining('te makkelijk te raden') });
    expect(fout('aaaaaaaaaaaa')).toEqual([expect.stringContaining('te makkelijk te raden')]);
    expect(fout('wachtwoord12')).toEqual([expect.stringContaining('zin van vier woorden')]);
  });

  it('refuses common passwords, keyboard walks and app words even at 12+ characters', () => {
    for (const zwak of ['qwertyuiop12', 'welkom123456', 'koersinburgering', '123456789012', 'Wachtwoord2026']) {
      expect(beoordeelWachtwoord(zwak).voldoet, zwak).toBe(false);
    }
  });

  it('the length edge: 11 characters is refused on length, however strong; 12 passes when hard to guess', () => {
    expect(MIN_WACHTWOORD_LENGTE).toBe(12);
    expect(beoordeelWachtwoord('Xq7#vT9!pL2')).toMatchObject({ label: 'Te kort', voldoet: false, reden: 'Kies een wachtwoord van minstens 12 tekens.' });
    expect(beoordeelWachtwoord('Xq7#vT9!pL2m')).toMatchObject({ voldoet: true, reden: null });
    expect(fout('Xq7#vT9!pL2')).toEqual(['Kies een wachtwoord van minstens 12 tekens.']);
    expect(fout('Xq7#vT9!pL2m')).toEqual([]);
  });

  it('accepts a sentence of four unrelated words, and the test passphrase', () => {
    expect(beoordeelWachtwoord('correct paard batterij niet')).toMatchObject({ score: 4, voldoet: true, label: 'Sterk, zeer moeilijk te raden' });
    expect(beoordeelWachtwoord('vier woorden zijn sterk genoeg').voldoet).toBe(true);
  });

  it('counts the user’s own name as a guessable word', () => {
    expect(beoordeelWachtwoord('Bakhuizen-1987').voldoet).toBe(true);
    expect(beoordeelWachtwoord('Bakhuizen-1987', ['Bakhuizen'])).toMatchObject({ voldoet: false, reden: expect.stringContaining('te makkelijk te raden') });
  });

  it('the upper bound: 256 characters are scored, 257 are refused without scoring', () => {
    expect(beoordeelWachtwoord('appel fiets lantaarn zeven '.repeat(10).slice(0, 256)).voldoet).toBe(true);
    expect(beoordeelWachtwoord('a'.repeat(257))).toMatchObject({ voldoet: false, reden: 'Kies een wachtwoord van hoogstens 256 tekens.' });
    expect(beoordeelWachtwoord('')).toMatchObject({ score: 0, voldoet: false, reden: 'Vul een wachtwoord in.' });
  });
});
