import { describe, expect, it } from 'vitest';
import { SJABLOON_VELDEN, type Celwaarde, type ImportVeld, type RuwBestand } from '../../shared/domain/importeren';
import { isValidBsn } from '../../shared/rules/bsn';
import {
  celBsn,
  celDatum,
  controleerRijen,
  foutregels,
  geimporteerdePip,
  gelijkenis,
  koppelKolommen,
  maakVoorbeeld,
  normaliseerKop,
  statusNaImport,
  teOnthoudenKoppeling,
} from '../../shared/rules/importeren';

const VANDAAG = '2026-11-23';
const t = (tekst: string): Celwaarde => ({ soort: 'tekst', tekst });
const LEEG: Celwaarde = { soort: 'leeg' };

/** A template row as text cells; `over` replaces single fields. */
function rij(over: Partial<Record<ImportVeld, Celwaarde>> = {}): Celwaarde[] {
  const basis: Record<(typeof SJABLOON_VELDEN)[number], Celwaarde> = {
    bsn: t('123456782'), achternaam: t('Haddad'), tussenvoegsel: LEEG, voornamen: t('Samira'), geboortedatum: t('14-03-1990'), geslacht: t('V'),
    doelgroep: t('asiel'), datum_kennisgeving_duo: t('2026-01-05'), datum_inschrijving_brp: t('20-02-2026'), straat: t('Lindelaan'),
    huisnummer: t('12'), postcode: t('9911ab'), woonplaats: t('Voorbeeldstad'), dagtekening_pip: t('2026-03-02'), leerroute: t('B1'),
    datum_ondertekening_pvt: LEEG, datum_eindgesprek_map: LEEG,
  };
  return SJABLOON_VELDEN.map((v) => over[v] ?? basis[v]);
}

function bestand(rijen: Celwaarde[][], koppen: readonly string[] = SJABLOON_VELDEN): RuwBestand {
  return { soort: 'csv', koppen: [...koppen], rijen: rijen.map((cellen, i) => ({ rij: i + 2, cellen })), meldingen: [] };
}

function controleer(rijen: Celwaarde[][]) {
  const b = bestand(rijen);
  return controleerRijen(b, koppelKolommen(b.koppen, {}).kolommen, VANDAAG);
}

describe('column mapping', () => {
  it('the template headers map exactly, in any case or spacing, and need no mapping step', () => {
    const { kolommen, koppelingNodig, ontbrekend } = koppelKolommen(SJABLOON_VELDEN.map((v) => v.toUpperCase().replace(/_/g, ' ')), {});
    expect(kolommen.map((k) => k.veld)).toEqual([...SJABLOON_VELDEN]);
    expect(kolommen.every((k) => k.bron === 'exact')).toBe(true);
    expect(koppelingNodig).toBe(false);
    expect(ontbrekend).toEqual([]);
  });

  it('other headers get suggestions by similarity and ask for the mapping step', () => {
    const koppen = ['Burgerservicenummer', 'Naam', 'Voornaam', 'Geb.datum', 'M/V', 'Doelgroep', 'Adres', 'Huisnr', 'Postcode', 'Plaats', 'Opmerkingen'];
    const { kolommen, koppelingNodig, ontbrekend } = koppelKolommen(koppen, {});
    expect(kolommen.map((k) => k.veld)).toEqual(['bsn', 'achternaam', 'voornamen', 'geboortedatum', 'geslacht', 'doelgroep', 'straat', 'huisnummer', 'postcode', 'woonplaats', null]);
    expect(kolommen.find((k) => k.kop === 'Doelgroep')!.bron).toBe('exact');
    expect(kolommen.find((k) => k.kop === 'Naam')!.bron).toBe('voorstel');
    expect(koppelingNodig).toBe(true);
    expect(ontbrekend).toEqual([]);
  });

  it('a saved mapping is used next time, and a missing required column is named', () => {
    const { kolommen, koppelingNodig } = koppelKolommen(['Geb. datum', 'BSN'], { gebdatum: 'geboortedatum' });
    expect(kolommen[0]).toMatchObject({ veld: 'geboortedatum', bron: 'opgeslagen' });
    expect(koppelingNodig).toBe(true);
    expect(koppelKolommen(['Geb. datum', 'BSN'], { gebdatum: 'geboortedatum' }).ontbrekend).toEqual(['achternaam', 'voornamen', 'geslacht', 'doelgroep', 'straat', 'huisnummer', 'postcode', 'woonplaats']);
  });

  it('the user’s choice wins, a field chosen twice is reported, and only non-template headers are remembered', () => {
    const keuze = koppelKolommen(['Geb. datum', 'bsn', 'Notitie'], {}, [{ index: 0, veld: 'geboortedatum' }, { index: 1, veld: 'bsn' }, { index: 2, veld: null }]);
    expect(keuze.kolommen.map((k) => k.bron)).toEqual(['gekozen', 'gekozen', 'geen']);
    expect(teOnthoudenKoppeling(keuze.kolommen)).toEqual([{ kop: 'gebdatum', veld: 'geboortedatum' }, { kop: 'notitie', veld: null }]);
    expect(koppelKolommen(['a', 'b'], {}, [{ index: 0, veld: 'bsn' }, { index: 1, veld: 'bsn' }]).dubbel).toEqual(['bsn']);
  });

  it('normalises headers and measures similarity', () => {
    expect(normaliseerKop(' Datum Kennisgeving (DUO) ')).toBe('datumkennisgevingduo');
    expect(normaliseerKop('Geslacht ♀/♂')).toBe('geslacht');
    expect(gelijkenis('geboortedatum', 'geboortedatum')).toBe(1);
    expect(gelijkenis('gebdatum', 'geboortedatum')).toBeGreaterThan(0.6);
    expect(gelijkenis('status', 'straat')).toBeLessThan(0.6);
  });
});

describe('cell values', () => {
  it.each([
    [t('14-03-1990'), '1990-03-14'],
    [t('4-3-1990'), '1990-03-04'],
    [t('1990-03-14'), '1990-03-14'],
    [t('14/03/1990'), '1990-03-14'],
    [t('29-02-2024'), '2024-02-29'],
    [t('31-12-2025 00:00'), '2025-12-31'],
    [{ soort: 'datum', datum: '2026-01-05' } as Celwaarde, '2026-01-05'],
    // Excel day numbers (1900 system, with Excel's phantom 29 February 1900).
    [{ soort: 'getal', getal: 45658 } as Celwaarde, '2025-01-01'],
    [{ soort: 'getal', getal: 61 } as Celwaarde, '1900-03-01'],
    [{ soort: 'getal', getal: 59 } as Celwaarde, '1900-02-28'],
  ])('reads a date: %j', (cel, iso) => {
    expect(celDatum(cel)).toEqual({ waarde: iso });
  });

  it.each([
    [t('29-02-2025'), 'bestaat niet'],
    [t('31-04-2026'), 'bestaat niet'],
    [t('2026-13-01'), 'bestaat niet'],
    [t('14-03-90'), 'vier cijfers'],
    [t('maart 1990'), 'dd-mm-jjjj'],
    [{ soort: 'formule' } as Celwaarde, 'formule'],
    [{ soort: 'foutwaarde' } as Celwaarde, 'foutwaarde'],
    [{ soort: 'getal', getal: 60 } as Celwaarde, 'dd-mm-jjjj'],
  ])('refuses a date: %j', (cel, reden) => {
    const uitkomst = celDatum(cel);
    expect('fout' in uitkomst && uitkomst.fout).toContain(reden);
  });

  it('restores a BSN’s leading zero only when that passes the 11-proef', () => {
    const metNul = '012345672';
    expect(isValidBsn(metNul)).toBe(true);
    expect(celBsn({ soort: 'getal', getal: 12345672 })).toEqual({ waarde: metNul, melding: expect.stringContaining('voorloopnul') });
    expect(celBsn(t('12345672'))).toMatchObject({ waarde: metNul });
    expect(celBsn({ soort: 'getal', getal: 12345678 })).toEqual({ fout: expect.stringContaining('8') });
    expect(celBsn(t('1234.56.782'))).toEqual({ waarde: '123456782' });
    expect(celBsn(t('123456781'))).toEqual({ fout: expect.stringContaining('11-proef') });
    expect(celBsn(t('12345'))).toEqual({ fout: expect.stringContaining('9 cijfers') });
    expect(celBsn(t('12345678A'))).toEqual({ fout: expect.stringContaining('alleen uit cijfers') });
    expect(celBsn(LEEG)).toEqual({ fout: 'Het BSN ontbreekt.' });
    expect(celBsn(t('1,23457E+08'))).toEqual({ fout: expect.stringContaining('wetenschappelijk getal') });
  });
});

describe('rows', () => {
  it('a correct template row becomes a dossier with a PIP; defaults fill what the template lacks', () => {
    const [r] = controleer([rij()]);
    expect(r!.fouten).toEqual([]);
    expect(r!.dossier!.invoer).toMatchObject({
      bsn: '123456782', voornamen: 'Samira', achternaam: 'Haddad', geboortedatum: '1990-03-14', geslacht: 'vrouw', doelgroep: 'asielstatushouder',
      doelgroepcode: 'Asielstatushouder', nationaliteit: 'Onbekend', taal: 'Onbekend', postcode: '9911 AB', datumKennisgevingDuo: '2026-01-05',
      // Asielstatushouder registered in the BRP after the kennisgeving: the BRP date starts the PIP deadline (Besluit 5.3 lid 1).
      datumInschrijvingBrp: '2026-02-20', huisvestingArt28: true,
    });
    expect(r!.dossier!.pip).toEqual({ dagtekening: '2026-03-02', leerroute: 'b1' });
  });

  it.each([
    ['gezin', 'gezinsmigrant', 'Gezinshereniger'],
    ['overig', 'overige_migrant', 'Overig'],
    ['Overige migrant', 'overige_migrant', 'Overig'],
  ])('doelgroep %s → %s with DUO code %s', (cel, doelgroep, code) => {
    const [r] = controleer([rij({ doelgroep: t(cel) })]);
    expect(r!.dossier!.invoer).toMatchObject({ doelgroep, doelgroepcode: code, huisvestingArt28: false });
  });

  it.each([
    ['bsn', { bsn: t('123456781') }, '11-proef'],
    ['doelgroep', { doelgroep: t('asielzoeker') }, 'Onbekende doelgroep'],
    ['doelgroep', { doelgroep: LEEG }, 'doelgroep ontbreekt'],
    ['geslacht', { geslacht: t('Q') }, 'M, V of X'],
    ['geboortedatum', { geboortedatum: t('30-02-1990') }, 'bestaat niet'],
    ['geboortedatum', { geboortedatum: t('01-01-2027') }, 'toekomst'],
    ['dagtekening_pip', { dagtekening_pip: t('2025-12-01') }, 'vóór de kennisgeving'],
    ['dagtekening_pip', { dagtekening_pip: LEEG }, 'geen dagtekening'],
    ['leerroute', { leerroute: LEEG }, 'geen leerroute'],
    ['leerroute', { leerroute: t('A2') }, 'Onbekende leerroute'],
    ['datum_kennisgeving_duo', { datum_kennisgeving_duo: t('2021-06-01'), dagtekening_pip: LEEG, leerroute: LEEG }, '1 januari 2022'],
    ['datum_eindgesprek_map', { leerroute: t('onderwijs'), datum_eindgesprek_map: t('2026-10-01') }, 'onderwijsroute heeft geen MAP'],
    ['postcode', { postcode: t('99111') }, '1234 AB'],
    ['achternaam', { achternaam: LEEG }, 'verplicht'],
    ['voornamen', { voornamen: t('محمد') }, 'Latijnse letters'],
    ['huisnummer', { huisnummer: { soort: 'formule' } }, 'formule'],
  ] as const)('refuses %s: %j', (kolom, over, reden) => {
    const [r] = controleer([rij(over as Partial<Record<ImportVeld, Celwaarde>>)]);
    expect(r!.dossier).toBeNull();
    expect(r!.fouten).toContainEqual({ kolom, reden: expect.stringContaining(reden) });
  });

  it('never repeats a BSN in a reason', () => {
    const rijen = controleer([rij({ bsn: t('123456781') }), rij({ bsn: t('123456782') }), rij({ bsn: t('123456782') })]);
    const regels = foutregels(maakVoorbeeld(rijen, new Set()).rijen);
    expect(regels).toEqual(['Rij 2, kolom bsn: Dit BSN klopt niet: het voldoet niet aan de 11-proef. Controleer de cijfers.', 'Rij 4, kolom bsn: Dit BSN staat ook in rij 3.']);
    for (const regel of regels) expect(regel).not.toMatch(/12345678/);
  });

  it('the preview: new, already present (same BSN), wrong; empty rows are skipped', () => {
    const rijen = controleer([rij(), rij({ bsn: t('111222333'), dagtekening_pip: LEEG, leerroute: LEEG }), SJABLOON_VELDEN.map(() => LEEG), rij({ bsn: t('1') })]);
    const { rijen: voorbeeld, aantallen, nieuw } = maakVoorbeeld(rijen, new Set(['111222333']));
    expect(voorbeeld.map((r) => [r.rij, r.uitkomst])).toEqual([[2, 'nieuw'], [3, 'aanwezig'], [5, 'fout']]);
    expect(aantallen).toEqual({ totaal: 3, nieuw: 1, aanwezig: 1, fout: 1, metPip: 1 });
    expect(nieuw.map((d) => d.invoer.bsn)).toEqual(['123456782']);
  });
});

describe('historical facts', () => {
  it('an imported PIP starts the termijn the day after its dagtekening (Wi 11 lid 2), also over a year end and a leap day', () => {
    expect(geimporteerdePip({ dagtekening: '2025-12-31', leerroute: 'b1' })).toMatchObject({ termijnStart: '2026-01-01', inhoud: { leerroute: 'b1', niveau: 'B1' } });
    expect(geimporteerdePip({ dagtekening: '2024-02-28', leerroute: 'z' })).toMatchObject({ termijnStart: '2024-02-29', inhoud: { leerroute: 'z', niveau: null } });
    expect(geimporteerdePip({ dagtekening: '2024-02-29', leerroute: 'onderwijs' }).termijnStart).toBe('2024-03-01');
  });

  it('the status follows the facts', () => {
    const pip = { dagtekening: '2026-03-02', leerroute: 'b1' as const };
    expect(statusNaImport({ pip: null, pvtOndertekend: null, mapEindgesprek: null })).toBe('aangemeld');
    expect(statusNaImport({ pip, pvtOndertekend: null, mapEindgesprek: null })).toBe('pip_vastgesteld');
    expect(statusNaImport({ pip, pvtOndertekend: '2026-06-01', mapEindgesprek: null })).toBe('in_traject');
    expect(statusNaImport({ pip, pvtOndertekend: null, mapEindgesprek: '2026-09-01' })).toBe('in_traject');
  });
});
