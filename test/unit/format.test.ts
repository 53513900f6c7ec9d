import { describe, expect, it } from 'vitest';
import { bedrag, bsnWeergave, datumKort, datumLang, naamAchternaamEerst, postcodeWeergave, volledigeNaam } from '../../shared/format';
import { zoekvorm } from '../../renderer/features/inburgeraars/zoeken';
import { magStatusWorden, pipTermijnLoopt, volgendeStatussen } from '../../shared/rules/status';
import { codesVoorDoelgroep, heeftVerblijfsvergunningAsiel, isAsielgroep, passendeDoelgroepcode } from '../../shared/rules/doelgroep';
import { groepeerHerstelcode, normaliseerHerstelcode, wachtwoordSterkte } from '../../shared/domain/kluis';

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

  it('searches without accents', () => {
    expect(zoekvorm('Đorđe Çelik Łucja Wiśniewska')).toBe('dorde celik lucja wisniewska');
  });
});

describe('status and doelgroep rules', () => {
  it('walks the main line and allows the end states from any open state', () => {
    expect(volgendeStatussen('aangemeld')).toEqual(['intake', 'ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden']);
    expect(magStatusWorden('in_traject', 'afgerond')).toBe(true);
    expect(magStatusWorden('aangemeld', 'pip_vastgesteld')).toBe(false);
    expect(volgendeStatussen('overleden')).toEqual([]);
    expect(volgendeStatussen('afgerond')).toEqual([]);
  });

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

  it('the PIP deadline runs only until the PIP is set', () => {
    expect(pipTermijnLoopt('aangemeld')).toBe(true);
    expect(pipTermijnLoopt('intake')).toBe(true);
    expect(pipTermijnLoopt('pip_vastgesteld')).toBe(false);
    expect(pipTermijnLoopt('verhuisd')).toBe(false);
  });
});

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
