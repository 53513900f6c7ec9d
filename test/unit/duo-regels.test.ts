import { describe, expect, it } from 'vitest';
import { DUO_VELDEN, duoWaardeTekst, type DuoVeld } from '../../shared/domain/duo';
import { pipInhoud, type PipFormulier, type PipStatus } from '../../shared/domain/pip';
import { duoStand, duoWaarden, teMeldenVelden, verwijtbaarheidVenster, verwijtbaarheidWeigering, type DuoBron, type VerwijtbaarheidContext } from '../../shared/rules/duo';

const pip = (status: PipStatus, dagtekening: string | null, inhoud: PipFormulier): DuoBron['pips'][number] => ({ status, dagtekening, inhoud: pipInhoud.parse(inhoud) });

const B1_ASIEL: PipFormulier = { leerroute: 'b1', niveau: 'B1', alfabetisering: 'NVT', geschatteIntensiteitUren: 1200, intensiteitUrenPerWeek: 10 };

const leeg: DuoBron = { pips: [], datumOndertekeningPvt: null, eindgesprekMap: null, mapAfgerond: false, zRouteAfgerondOp: null, verwijtbaarheid: [] };

describe('DUO: which facts the college reports (Wi 34; Besluit 9.2, 9.3)', () => {
  it('a dossier without any facts has nothing to report', () => {
    const stand = duoStand(duoWaarden(leeg), []);
    expect(stand.map((s) => s.veld)).toEqual([...DUO_VELDEN]);
    expect(stand.every((s) => s.status === 'leeg' && s.waarde === null)).toBe(true);
    expect(teMeldenVelden(stand)).toEqual([]);
  });

  it('a concept PIP decides nothing, so nothing of it is reported', () => {
    expect(duoWaarden({ ...leeg, pips: [pip('concept', null, B1_ASIEL)] })).toMatchObject({ dagtekeningPip: null, leerroute: null, niveauLezen: null, alfabetisering: null });
  });

  it('each field of a vastgesteld B1-route PIP of the asiel group, in DUO’s order', () => {
    const waarden = duoWaarden({ ...leeg, pips: [pip('vastgesteld', '2026-04-14', B1_ASIEL)] });
    expect(waarden).toEqual({
      dagtekeningPip: '2026-04-14',
      leerroute: 'b1',
      niveauLezen: 'B1',
      niveauLuisteren: 'B1',
      niveauSchrijven: 'B1',
      niveauSpreken: 'B1',
      intensiteitUren: '1200',
      intensiteitUrenPerWeek: '10',
      alfabetisering: 'NVT',
      datumOndertekeningPvt: null,
      datumEindgesprekMap: null,
      datumAfrondingZRoute: null,
      verwijtbaarPvt: null,
      verwijtbaarMap: null,
    });
  });

  it('the dagtekening is the first vastgestelde PIP’s (Besluit 9.3 lid 2); the rest follows the last vastgestelde version (Wi 17)', () => {
    const afgeschaald = { ...B1_ASIEL, niveau: 'A2' as const, niveauPerOnderdeel: { lezen: 'A2' as const, luisteren: 'B1' as const, schrijven: 'A2' as const, spreken: 'B1' as const } };
    const waarden = duoWaarden({
      ...leeg,
      pips: [pip('verzonden', '2026-04-14', B1_ASIEL), pip('vastgesteld', '2027-06-14', afgeschaald), pip('concept', null, { ...B1_ASIEL, leerroute: 'z', niveau: null })],
    });
    expect(waarden).toMatchObject({ dagtekeningPip: '2026-04-14', leerroute: 'b1', niveauLezen: 'A2', niveauLuisteren: 'B1', niveauSchrijven: 'A2', niveauSpreken: 'B1' });
  });

  it('levels only on the B1-route; no intensiteit outside the asiel group (Wi 15 lid 2)', () => {
    const waarden = duoWaarden({ ...leeg, pips: [pip('vastgesteld', '2026-05-01', { leerroute: 'z', niveau: null, alfabetisering: 'A' })] });
    expect(waarden).toMatchObject({ leerroute: 'z', niveauLezen: null, niveauSpreken: null, intensiteitUren: null, intensiteitUrenPerWeek: null, alfabetisering: 'A' });
  });

  it('PVT, MAP and Z-route dates, and verwijtbaarheid as ja/nee', () => {
    const waarden = duoWaarden({ ...leeg, datumOndertekeningPvt: '2026-05-25', eindgesprekMap: null, zRouteAfgerondOp: '2028-03-31', verwijtbaarheid: [{ onderdeel: 'map', verwijtbaar: false }] });
    expect(waarden).toMatchObject({ datumOndertekeningPvt: '2026-05-25', datumEindgesprekMap: null, datumAfrondingZRoute: '2028-03-31', verwijtbaarPvt: null, verwijtbaarMap: 'nee' });
  });

  it('a verwijtbaarheid lapses once the onderdeel is completed after all (Wi 24)', () => {
    const bron: DuoBron = { ...leeg, verwijtbaarheid: [{ onderdeel: 'pvt', verwijtbaar: true }, { onderdeel: 'map', verwijtbaar: true }] };
    expect(duoWaarden(bron)).toMatchObject({ verwijtbaarPvt: 'ja', verwijtbaarMap: 'ja' });
    expect(duoWaarden({ ...bron, datumOndertekeningPvt: '2029-03-01', eindgesprekMap: '2029-03-02', mapAfgerond: true })).toMatchObject({ verwijtbaarPvt: null, verwijtbaarMap: null });
    // An eindgesprek alone does not complete the MAP (Besluit 3.2 lid 1: eight themes; lid 4: the hours).
    expect(duoWaarden({ ...bron, eindgesprekMap: '2029-03-02' })).toMatchObject({ datumEindgesprekMap: '2029-03-02', verwijtbaarMap: 'ja' });
  });
});

describe('DUO: nog te melden until reported with this value', () => {
  const waarden = duoWaarden({ ...leeg, pips: [pip('vastgesteld', '2026-04-14', B1_ASIEL)], datumOndertekeningPvt: '2026-05-25' });
  const status = (veld: DuoVeld, meldingen: Parameters<typeof duoStand>[1]) => duoStand(waarden, meldingen).find((s) => s.veld === veld)!;

  it('a value never reported is to be reported; an empty one is not', () => {
    expect(status('leerroute', [])).toEqual({ veld: 'leerroute', waarde: 'b1', status: 'nog_te_melden', gemeld: null });
    expect(status('datumEindgesprekMap', [])).toMatchObject({ status: 'leeg', waarde: null });
    expect(teMeldenVelden(duoStand(waarden, []))).toEqual([
      'dagtekeningPip', 'leerroute', 'niveauLezen', 'niveauLuisteren', 'niveauSchrijven', 'niveauSpreken', 'intensiteitUren', 'intensiteitUrenPerWeek', 'alfabetisering', 'datumOndertekeningPvt',
    ]);
  });

  it('reported with the same value: gemeld', () => {
    expect(status('leerroute', [{ veld: 'leerroute', waarde: 'b1', gemeldOp: '2026-04-20' }])).toEqual({ veld: 'leerroute', waarde: 'b1', status: 'gemeld', gemeld: { waarde: 'b1', gemeldOp: '2026-04-20' } });
  });

  it('changed after it was reported: to report again, showing what DUO has and since when', () => {
    expect(status('niveauLezen', [{ veld: 'niveauLezen', waarde: 'A2', gemeldOp: '2026-04-20' }])).toEqual({
      veld: 'niveauLezen',
      waarde: 'B1',
      status: 'nog_te_melden',
      gemeld: { waarde: 'A2', gemeldOp: '2026-04-20' },
    });
  });

  it('a reported value that is empty now is not reported again, but the earlier report stays visible', () => {
    expect(status('datumEindgesprekMap', [{ veld: 'datumEindgesprekMap', waarde: '2026-09-01', gemeldOp: '2026-09-02' }])).toEqual({
      veld: 'datumEindgesprekMap',
      waarde: null,
      status: 'leeg',
      gemeld: { waarde: '2026-09-01', gemeldOp: '2026-09-02' },
    });
  });

  it('shows values as DUO’s portal names them', () => {
    expect(duoWaardeTekst('leerroute', 'onderwijs')).toBe('Onderwijsroute');
    expect(duoWaardeTekst('datumOndertekeningPvt', '2026-05-25')).toBe('25-05-2026');
    expect(duoWaardeTekst('alfabetisering', 'AA')).toBe('AA');
  });
});

describe('verwijtbaarheid only in the last two months of the termijn ([S-DUO]; DOMAIN §13 row 14)', () => {
  it.each([
    ['an ordinary start', '2026-10-15', '2029-08-15', '2029-10-14'],
    ['the day after a dagtekening of 28 Feb 2025 (term ends 29 Feb 2028)', '2025-03-01', '2028-01-01', '2028-02-29'],
    ['a start on 31 August: June has no 31st', '2025-08-31', '2028-07-01', '2028-08-30'],
    ['a start on 29 February: the window never opens early (end 28 Feb 2031 → 1 Jan)', '2028-02-29', '2031-01-01', '2031-02-28'],
    ['a start on 1 January: the window crosses no year end', '2027-01-01', '2029-11-01', '2029-12-31'],
  ])('%s', (_naam, termijnStart, van, tot) => {
    expect(verwijtbaarheidVenster(termijnStart)).toEqual({ van, tot });
  });

  const ctx: VerwijtbaarheidContext = { onderdeel: 'pvt', termijnStart: '2026-04-15', leerroute: 'b1', datumOndertekeningPvt: null, mapAfgerond: false, eindgesprekMap: null, vandaag: '2029-03-01' };

  it('inside the window, on the first and the last day', () => {
    expect(verwijtbaarheidWeigering(ctx, '2029-02-15')).toBeNull();
    expect(verwijtbaarheidWeigering({ ...ctx, vandaag: '2029-04-14' }, '2029-04-14')).toBeNull();
  });

  it('one day before the window, or after the termijn, is refused with the window in words', () => {
    expect(verwijtbaarheidWeigering(ctx, '2029-02-14')).toBe(
      'Verwijtbaarheid legt u vast in de laatste twee maanden van de inburgeringstermijn: van 15 februari 2029 tot en met 14 april 2029. Kies een datum in die periode.',
    );
    expect(verwijtbaarheidWeigering({ ...ctx, vandaag: '2029-05-01' }, '2029-04-15')).toContain('tot en met 14 april 2029');
  });

  it('not in the future, not without a PIP, not for a completed onderdeel, no MAP in the onderwijsroute', () => {
    expect(verwijtbaarheidWeigering(ctx, '2029-03-02')).toContain('in de toekomst');
    expect(verwijtbaarheidWeigering({ ...ctx, termijnStart: null }, '2029-03-01')).toContain('stel eerst het PIP vast');
    expect(verwijtbaarheidWeigering({ ...ctx, datumOndertekeningPvt: '2027-01-10' }, '2029-03-01')).toBe(
      'Het PVT is afgerond: de participatieverklaring is ondertekend op 10 januari 2027. Verwijtbaarheid meldt u alleen als het PVT niet is afgerond.',
    );
    expect(verwijtbaarheidWeigering({ ...ctx, onderdeel: 'map', mapAfgerond: true, eindgesprekMap: '2028-06-01' }, '2029-03-01')).toBe(
      'De MAP is afgerond: het eindgesprek was op 1 juni 2028. Verwijtbaarheid meldt u alleen als de MAP niet is afgerond.',
    );
    expect(verwijtbaarheidWeigering({ ...ctx, onderdeel: 'map', eindgesprekMap: '2028-06-01' }, '2029-03-01')).toBeNull();
    expect(verwijtbaarheidWeigering({ ...ctx, onderdeel: 'map', leerroute: 'onderwijs' }, '2029-03-01')).toContain('art. 8 lid 3 Wi 2021');
    // The PVT belongs to every route, the onderwijsroute too (Wi 6 lid 1).
    expect(verwijtbaarheidWeigering({ ...ctx, leerroute: 'onderwijs' }, '2029-03-01')).toBeNull();
  });
});
