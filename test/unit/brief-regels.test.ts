import { describe, expect, it } from 'vitest';
import { STANDAARD_INSTELLINGEN, type Instellingen } from '../../shared/domain/instellingen';
import { boeteWi22 } from '../../shared/rules/boete';
import { BRIEF_INSTELLINGEN, ontbrekendeBriefInstellingen, ontbrekendePlaatshouders } from '../../shared/rules/brief';
import { standaardBriefTeksten } from '../../electron/documents/sjablonen';
import { RESOURCES } from '../fixtures/omgeving';

const INGEVULD: Instellingen = {
  ...STANDAARD_INSTELLINGEN,
  gemeentenaam: 'Voorbeeldstad',
  postadres: 'Postbus 100',
  postcode: '9900 AA',
  plaats: 'Voorbeeldstad',
  behandelaarNaam: 'R. Jansen',
  behandelaarTelefoon: '14 0123',
  rechtbank: 'de rechtbank Noord-Nederland',
  bezwaarAdres: null,
  logo: null,
};

describe('settings a letter needs (no placeholder for an empty setting)', () => {
  it('accepts complete settings for an oproep and a beschikking', () => {
    expect(ontbrekendeBriefInstellingen(INGEVULD, 'oproep')).toEqual([]);
    expect(ontbrekendeBriefInstellingen(INGEVULD, 'beschikking')).toEqual([]);
  });

  it.each([
    ['gemeentenaam', '', 'Naam van de gemeente'],
    ['postadres', '  ', 'Postadres'],
    ['behandelaarNaam', null, 'Behandeld door (naam in de referentieregel)'],
    ['behandelaarTelefoon', null, 'Telefoon in de referentieregel'],
  ] as const)('an oproep refuses an empty %s and names the field of Instellingen', (veld, waarde, label) => {
    const [bevinding, ...rest] = ontbrekendeBriefInstellingen({ ...INGEVULD, [veld]: waarde }, 'oproep');
    expect(rest).toEqual([]);
    expect(bevinding).toEqual({ regel: `instelling-${veld}`, artikel: 'art. 3:2 Awb (zorgvuldigheid)', melding: `Vul bij Instellingen het veld ‘${label}’ in; de brief heeft dat nodig.` });
  });

  it('an oproep does not need the rechtbank; a beschikking does; a list of its own is possible', () => {
    expect(ontbrekendeBriefInstellingen({ ...INGEVULD, rechtbank: null }, 'oproep')).toEqual([]);
    expect(ontbrekendeBriefInstellingen({ ...INGEVULD, rechtbank: null }, 'beschikking').map((b) => b.regel)).toEqual(['instelling-rechtbank']);
    expect(ontbrekendeBriefInstellingen(INGEVULD, ['bezwaarAdres']).map((b) => b.regel)).toEqual(['instelling-bezwaarAdres']);
    expect(ontbrekendeBriefInstellingen(STANDAARD_INSTELLINGEN, 'oproep')).toHaveLength(BRIEF_INSTELLINGEN.oproep.length);
  });

  it('finds a legal placeholder missing from a saved text (a version from before it was required)', () => {
    const teksten = standaardBriefTeksten(RESOURCES);
    expect(ontbrekendePlaatshouders(teksten, ['oproepVerplichting', 'waarschuwing', 'laatsteOproep'])).toEqual([]);
    const oud = { ...teksten, waarschuwing: 'U bent niet gekomen op de afspraak van {vorigeAfspraak}. Komt u ook nu niet, dan krijgt u een boete.' };
    const [datum, boete] = ontbrekendePlaatshouders(oud, ['waarschuwing'], { waarschuwing: 'Schriftelijke waarschuwing (2e oproep)' });
    expect(datum!.melding).toBe('De standaardtekst ‘Schriftelijke waarschuwing (2e oproep)’ mist {datumAfspraak}. Voeg die toe bij Instellingen, onder Standaardteksten van brieven.');
    expect(boete!.regel).toBe('plaatshouder-waarschuwing-{boete}');
  });
});

describe('boete Wi 22 as dated data', () => {
  it('is € 250 from the start of the Wi 2021 (art. 7.1 lid 1 Besluit inburgering 2021)', () => {
    expect(boeteWi22('2022-01-01')).toBe(250);
    expect(boeteWi22('2026-04-14')).toBe(250);
  });

  it('has no amount before the Wi 2021 was in force', () => {
    expect(() => boeteWi22('2021-12-31')).toThrow(/1 januari 2022/);
  });
});
