import { describe, expect, it } from 'vitest';
import { codesVoorDoelgroep, heeftVerblijfsvergunningAsiel, isAsielgroep, passendeDoelgroepcode } from '../../shared/rules/doelgroep';

describe('doelgroep rules', () => {
  it('ties DUO codes to the Wi 13.1 / Wi 19 doelgroepen', () => {
    expect(codesVoorDoelgroep('asielstatushouder')).toEqual(['Asielstatushouder', 'Gezinshereniger met Asielstatushouder', 'Gezinsvormer met Asielstatushouder']);
    expect(codesVoorDoelgroep('gezinsmigrant')).toEqual(['Gezinshereniger', 'Gezinsvormer']);
    expect(codesVoorDoelgroep('overige_migrant')).toEqual(['Geestelijk bedienaar', 'Overig']);
    expect(passendeDoelgroepcode('gezinsmigrant', 'Gezinsvormer met Asielstatushouder')).toBe(false);
  });

  it('knows the asiel group (Wi 13) and who holds a vbv asiel (Pw 56a)', () => {
    expect(isAsielgroep('asielstatushouder')).toBe(true);
    expect(isAsielgroep('gezinsmigrant')).toBe(false);
    expect(heeftVerblijfsvergunningAsiel('Asielstatushouder')).toBe(true);
    expect(heeftVerblijfsvergunningAsiel('Gezinshereniger met Asielstatushouder')).toBe(false);
  });
});
