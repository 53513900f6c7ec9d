import { describe, expect, it } from 'vitest';
import type { Normbedrag, SpukJaar } from '../../shared/domain/budget';
import {
  budgetOverzicht,
  budgetSectie,
  componentUitTekst,
  controleerKostenImport,
  dubbelSleutel,
  geldendNormbedrag,
  leesBedrag,
  leesDatum,
  normVoorPersoon,
  sisaControleNotitie,
  sisaTabelVoor,
  spukJaarUitkomst,
  spukReeks,
  stelKostenKoppelingVoor,
  type BudgetFeiten,
} from '../../shared/rules/budget';

const basis = { reserveringVorigJaarCent: 0, overbestedingVorigJaarCent: 0, reserveringsruimtePercentage: 10 };

describe('SPUK: besteding, reservering, overbesteding (Besluit 10.5, 10.6)', () => {
  it('a surplus exactly at the reserveringsruimte is reserved whole; nothing is paid back', () => {
    // SPUK € 100.000,00; 10 % = € 10.000,00; besteed € 90.000,00 → saldo € 10.000,00 = ruimte.
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: 10_000_000, besteedCent: 9_000_000 });
    expect(u).toMatchObject({ reserveringsruimteCent: 1_000_000, reserveringCent: 1_000_000, terugTeBetalenCent: 0, overbestedingCent: 0 });
  });

  it('a surplus one cent over the ruimte: the ruimte is reserved, the cent is paid back', () => {
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: 10_000_000, besteedCent: 8_999_999 });
    expect(u).toMatchObject({ reserveringCent: 1_000_000, terugTeBetalenCent: 1, overbestedingCent: 0 });
    expect(u.meldingen.join(' ')).toContain('€ 0,01');
  });

  it('a surplus well over the ruimte: € 15.000 left → € 10.000 reserved, € 5.000 back', () => {
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: 10_000_000, besteedCent: 8_500_000 });
    expect(u).toMatchObject({ reserveringCent: 1_000_000, terugTeBetalenCent: 500_000, overbestedingCent: 0 });
  });

  it('spending exactly the SPUK leaves nothing: no reservering, no overbesteding', () => {
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: 10_000_000, besteedCent: 10_000_000 });
    expect(u).toMatchObject({ reserveringCent: 0, terugTeBetalenCent: 0, overbestedingCent: 0 });
  });

  it('overspending is overbesteding, toegerekend aan het volgende jaar', () => {
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: 10_000_000, besteedCent: 11_000_050 });
    expect(u).toMatchObject({ reserveringCent: 0, overbestedingCent: 1_000_050, terugTeBetalenCent: 0 });
    expect(u.meldingen.join(' ')).toContain('toegerekend aan 2027');
  });

  it('the ruimte is rounded down to the cent (never reserve more than allowed)', () => {
    // 7,5 % of € 1.234,57 = € 92,59275 → € 92,59.
    const u = spukJaarUitkomst({ ...basis, reserveringsruimtePercentage: 7.5, jaar: 2026, spukCent: 123_457, besteedCent: 0 });
    expect(u.reserveringsruimteCent).toBe(9_259);
    expect(u.reserveringCent).toBe(9_259);
    expect(u.terugTeBetalenCent).toBe(123_457 - 9_259);
  });

  it('no SPUK entered: nothing is reserved or charged on, and the screen says what to do', () => {
    const u = spukJaarUitkomst({ ...basis, jaar: 2026, spukCent: null, besteedCent: 5_000_000 });
    expect(u).toMatchObject({ spukCent: null, reserveringsruimteCent: null, reserveringCent: 0, overbestedingCent: 0, terugTeBetalenCent: 0 });
    expect(u.meldingen[0]).toContain('De SPUK van 2026 is nog niet ingevuld');
  });

  it('the chain: last year\'s reservering is available and last year\'s overbesteding is charged this year', () => {
    const spuk: SpukJaar[] = [
      { jaar: 2024, beschikkingCent: 10_000_000, beschikkingDatum: null, vaststellingCent: null, vaststellingDatum: null },
      { jaar: 2025, beschikkingCent: 10_000_000, beschikkingDatum: null, vaststellingCent: 9_000_000, vaststellingDatum: '2026-09-30' },
      { jaar: 2026, beschikkingCent: 10_000_000, beschikkingDatum: null, vaststellingCent: null, vaststellingDatum: null },
    ];
    // 2024: 100.000 − 95.000 = 5.000 surplus → 5.000 reserved (ruimte 10.000).
    // 2025: 90.000 (vaststelling) + 5.000 − 98.000 = −3.000 → overbesteding 3.000 to 2026.
    // 2026: 100.000 + 0 − 80.000 − 3.000 = 17.000 → 10.000 reserved, 7.000 back.
    const besteed = new Map([[2024, 9_500_000], [2025, 9_800_000], [2026, 8_000_000]]);
    const u2025 = spukReeks(spuk, besteed, 2025, 10);
    expect(u2025).toMatchObject({ spukCent: 9_000_000, reserveringVorigJaarCent: 500_000, overbestedingCent: 300_000 });
    const u2026 = spukReeks(spuk, besteed, 2026, 10);
    expect(u2026).toMatchObject({ overbestedingVorigJaarCent: 300_000, reserveringVorigJaarCent: 0, reserveringCent: 1_000_000, terugTeBetalenCent: 700_000 });
  });
});

describe('reading the financial export', () => {
  it.each([
    ['1.040,25', 104_025],
    ['-12,50', -1_250],
    ['12,50-', -1_250],
    ['€ 1.040,25', 104_025],
    ['1040,2', 104_020],
    ['1.234.567,89', 123_456_789],
    ['1.040', 104_000],
    ['1040', 104_000],
    ['1040.25', 104_025],
    ['1,040.25', 104_025],
    ['(12,50)', -1_250],
  ])('amount %s → %i cents', (tekst, cent) => expect(leesBedrag(tekst)).toBe(cent));

  it.each(['', 'abc', '12,345', '1.04,25', '12,5,0', '--12'])('refuses %j as an amount', (tekst) => expect(leesBedrag(tekst)).toBeNull());

  it.each([
    ['23-11-2026', '2026-11-23'],
    ['1-2-2026', '2026-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['31.12.2026', '2026-12-31'],
    ['2026-11-23', '2026-11-23'],
    ['2026-11-23 00:00:00', '2026-11-23'],
  ])('date %s → %s', (tekst, iso) => expect(leesDatum(tekst)).toBe(iso));

  it.each(['29-02-2026', '31-04-2026', '2026-13-01', '11/23/2026', 'gisteren'])('refuses %j as a date', (tekst) => expect(leesDatum(tekst)).toBeNull());

  it('reads components by key, label or synonym', () => {
    expect(componentUitTekst('MAP')).toBe('map');
    expect(componentUitTekst('Leerroute B1')).toBe('leerroute_b1');
    expect(componentUitTekst('z-route')).toBe('z_route');
    expect(componentUitTekst('maatschappelijke_begeleiding')).toBe('maatschappelijke_begeleiding');
    expect(componentUitTekst('Tolk')).toBe('tolken');
    expect(componentUitTekst('koffie')).toBeNull();
  });

  it('proposes a mapping from the headers of a typical export', () => {
    expect(stelKostenKoppelingVoor(['Boekdatum', 'Crediteur', 'Omschrijving', 'Kostenplaats', 'Bedrag'])).toEqual({
      datum: 0, leverancier: 1, omschrijving: 2, code: 3, bedrag: 4, component: null,
    });
  });

  it('checks rows: a Dutch reason per bad row, duplicates against Koers and within the file', () => {
    const koppeling = { datum: 0, leverancier: 1, bedrag: 2, omschrijving: 3, component: null, code: 4 };
    const codes = new Map([['4711', 'map' as const]]);
    const bestaand = new Set([dubbelSleutel({ datum: '2026-01-05', leverancier: 'Taalschool', bedragCent: 50_000, omschrijving: 'Les januari' })]);
    const v = controleerKostenImport(
      ['Datum', 'Leverancier', 'Bedrag', 'Omschrijving', 'Kostenplaats'],
      [
        { rij: 2, cellen: ['05-01-2026', 'taalschool ', '500,00', 'Les  januari', '4711'] },
        { rij: 3, cellen: ['06-01-2026', 'Tolkenbureau', '1.040,25', 'Gesprek', '4711'] },
        { rij: 4, cellen: ['06-01-2026', 'Tolkenbureau', '1.040,25', 'Gesprek', '4711'] },
        { rij: 5, cellen: ['31-02-2026', '', 'tien', 'x', '9999'] },
      ],
      koppeling,
      codes,
      bestaand,
    );
    expect(v.rijen.map((r) => r.uitkomst)).toEqual(['dubbel', 'nieuw', 'dubbel', 'fout']);
    expect(v.rijen[3]!.fouten).toEqual([
      'Datum "31-02-2026" is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd).',
      'Leverancier ontbreekt.',
      'Bedrag "tien" is geen bedrag (schrijf bijvoorbeeld 1.040,25 of -12,50).',
      'Code "9999" staat niet in de tabel met kostenplaatsen. Voeg de code toe bij "Codes" en kies het onderdeel.',
    ]);
    expect(v.aantallen).toEqual({ totaal: 4, nieuw: 1, dubbel: 2, fout: 1, bedragNieuwCent: 104_025 });
  });

  it('does not check rows while a required column is unmapped', () => {
    const v = controleerKostenImport(['a'], [{ rij: 2, cellen: ['x'] }], { datum: 0, leverancier: null, bedrag: null, omschrijving: null, component: null, code: null }, new Map(), new Set());
    expect(v.ontbrekend).toEqual(['Leverancier', 'Bedrag', 'Component of kostenplaats of grootboek']);
    expect(v.rijen).toEqual([]);
  });
});

describe('normbedragen as dated data', () => {
  const nieuw2027: Normbedrag = { id: 1, component: 'pvt', doelgroep: 'asielstatushouder', bedragCent: 25_000, geldigVanaf: '2027-01-01', bron: 'ingesteld' };

  it('uses the AMRD 2020 defaults until an entered rate is valid', () => {
    expect(geldendNormbedrag([], 'pvt', 'asielstatushouder', '2026-12-31')).toBe(21_600);
    expect(geldendNormbedrag([nieuw2027], 'pvt', 'asielstatushouder', '2026-12-31')).toBe(21_600);
    expect(geldendNormbedrag([nieuw2027], 'pvt', 'asielstatushouder', '2027-01-01')).toBe(25_000);
    expect(geldendNormbedrag([nieuw2027], 'pvt', 'gezinsmigrant', '2027-01-01')).toBe(21_600);
    expect(geldendNormbedrag([], 'map', 'gezinsmigrant', '2026-06-01')).toBe(19_500);
    expect(geldendNormbedrag([], 'maatschappelijke_begeleiding', 'gezinsmigrant', '2026-06-01')).toBe(0);
  });

  it('an entered rate on the same date as a default replaces it', () => {
    expect(geldendNormbedrag([{ ...nieuw2027, geldigVanaf: '2020-01-01', bedragCent: 0 }], 'pvt', 'asielstatushouder', '2026-01-01')).toBe(0);
  });

  it('a person gets the leerroute norm only for the route of the PIP, none before a PIP', () => {
    const asiel = { id: 1, doelgroep: 'asielstatushouder' as const, startdatum: '2026-03-01', leerroute: 'z' as const, inCohort: true };
    const normen = normVoorPersoon([], asiel, 2026);
    expect(normen.get('z_route')).toBe(1_000_000);
    expect(normen.has('leerroute_b1')).toBe(false);
    // 10.000 + 136 + 1.944 + 216 + 900 + 417 = 13.613
    expect([...normen.values()].reduce((a, b) => a + b, 0)).toBe(1_361_300);
    expect(normVoorPersoon([], { ...asiel, leerroute: null }, 2026).has('z_route')).toBe(false);
    // Gezinsmigrant: MAP 195 + PVT 216 + tolken 179 = 590.
    expect([...normVoorPersoon([], { ...asiel, doelgroep: 'gezinsmigrant', leerroute: 'b1' }, 2026).values()].reduce((a, b) => a + b, 0)).toBe(59_000);
  });
});

describe('the budget of a year and its section of the raadsrapportage', () => {
  const feiten: BudgetFeiten = {
    jaar: 2026,
    kosten: [
      { component: 'leerroute_b1', bedragCent: 800_000, inburgeraarId: 1 },
      { component: 'map', bedragCent: 10_000, inburgeraarId: 1 },
      { component: 'tolken', bedragCent: 5_000, inburgeraarId: 2 },
      { component: 'ontzorgen', bedragCent: 40_000, inburgeraarId: null },
    ],
    besteedPerJaar: [{ jaar: 2026, bedragCent: 815_000 }],
    kostenTotTotaalPerPersoon: [{ inburgeraarId: 1, bedragCent: 910_000 }, { inburgeraarId: 2, bedragCent: 5_000 }],
    spuk: [{ jaar: 2026, beschikkingCent: 1_000_000, beschikkingDatum: null, vaststellingCent: null, vaststellingDatum: null }],
    normbedragen: [],
    personen: [
      { id: 1, doelgroep: 'asielstatushouder', startdatum: '2026-02-01', leerroute: 'b1', inCohort: true },
      { id: 2, doelgroep: 'gezinsmigrant', startdatum: '2025-06-01', leerroute: null, inCohort: false },
    ],
    reserveringsruimtePercentage: 10,
  };

  it('per component and per person, hand-computed', () => {
    const o = budgetOverzicht(feiten);
    const rij = (c: string) => o.perComponent.find((r) => r.component === c)!;
    expect(rij('leerroute_b1')).toMatchObject({ besteedCent: 800_000, normCent: 1_000_000, verschilCent: 200_000, aantalRegels: 1 });
    // Only person 1 is in the cohort: tolken norm 417 (asiel), besteed 50.
    expect(rij('tolken')).toMatchObject({ besteedCent: 5_000, normCent: 41_700 });
    expect(o.totaal).toEqual({ besteedCent: 855_000, besteedSpukCent: 815_000, normCent: 1_361_300, aantalInCohort: 1 });
    expect(o.perPersoon.find((p) => p.inburgeraarId === 1)).toMatchObject({ besteedJaarCent: 810_000, besteedTotaalCent: 910_000, normCent: 1_361_300, verschilCent: 451_300 });
    // Person 2 is outside the cohort but linked to a cost: gezins norm MAP 195 + PVT 216 + tolken 179 (startdatum 2025).
    expect(o.perPersoon.find((p) => p.inburgeraarId === 2)).toMatchObject({ besteedJaarCent: 5_000, normCent: 59_000 });
    // SPUK 10.000 − 8.150 = 1.850 → ruimte 1.000 reserved, 850 back.
    expect(o.spuk).toMatchObject({ reserveringCent: 100_000, terugTeBetalenCent: 85_000 });
  });

  it('the section: aggregates only, a bar chart per component, null without cost entries', () => {
    const sectie = budgetSectie(feiten)!;
    expect(sectie.id).toBe('budget');
    expect(sectie.grafieken[0]!.categorieen).toEqual(['Leerroute B1', 'MAP', 'PVT', 'Maatschappelijke begeleiding', 'Tolken', 'Ontzorgen']);
    expect(sectie.grafieken[0]!.reeksen[0]!.waarden).toEqual([8000, 100, 0, 0, 50, 400]);
    expect(sectie.tabellen[1]!.rijen).toContainEqual(['Reservering', 1000]);
    expect(sectie.uitleg.join(' ')).toContain('€ 1.000,00 apart voor volgend jaar');
    expect(JSON.stringify(sectie)).not.toMatch(/inburgeraarId/);
    expect(budgetSectie({ ...feiten, kosten: [] })).toBeNull();
  });
});

describe('SiSa indicator codes as dated data', () => {
  it('a year uses the latest table from on or before it, with a note to check the codes', () => {
    const tabellen = [
      { vanafJaar: 2022, bevestigd: false, regeling: 'x', indicatoren: [] },
      { vanafJaar: 2026, bevestigd: true, regeling: 'y', indicatoren: [] },
    ];
    expect(sisaTabelVoor(2025, tabellen)?.vanafJaar).toBe(2022);
    expect(sisaTabelVoor(2026, tabellen)?.vanafJaar).toBe(2026);
    expect(sisaTabelVoor(2021, tabellen)).toBeNull();
    expect(sisaControleNotitie(2027, sisaTabelVoor(2027, tabellen))).toBe('Controleer de codes in de SiSa-bijlage van 2027. Koers gebruikt de codes van 2026.');
    expect(sisaControleNotitie(2026, sisaTabelVoor(2026))).toContain('niet bevestigd. Controleer de codes in de SiSa-bijlage van 2026');
  });
});
