import { describe, expect, it } from 'vitest';
import { examenresultaatInvoer, leerroutePeriodeInvoer, TREDE_LABELS } from '../../shared/domain/voortgang';
import {
  afschalenInZichtSinds,
  afschalenStand,
  dagenTussen,
  gesprekkenStand,
  huidigeTrede,
  leerrouteTotalen,
  nt2UrenGevolgd,
  schakelStand,
  verzuimPercentage,
  zRouteGrootboek,
  zRouteNormOp,
  type Periode,
  type ZRouteFeiten,
} from '../../shared/rules/voortgang';

const periode = (soort: 'nt2' | 'knm', tot: string, urenGevolgd: number, extra: Partial<Periode> = {}): Periode => ({
  soort,
  tot,
  urenGevolgd,
  urenAangeboden: urenGevolgd,
  verzuimGeoorloofd: 0,
  verzuimOngeoorloofd: 0,
  ...extra,
});

const zFeiten = (extra: Partial<ZRouteFeiten> = {}): ZRouteFeiten => ({
  asiel: true,
  peildatum: '2026-04-14',
  pip: { zRouteCursusuren: null, zRouteParticipatieuren: null, zRouteLagereNorm: 'geen' },
  cursusurenGevolgd: 0,
  activiteitenUren: 0,
  pvtUren: 0,
  mapUren: 0,
  eindgesprek: null,
  ...extra,
});

describe('afschalen after 600 NT2 hours (Wi 17 lid 3; Besluit 5.5 lid 1)', () => {
  it('599.75 hours is not enough; 600 is', () => {
    const onder = [periode('nt2', '2027-03-31', 400), periode('nt2', '2027-06-30', 199.75)];
    expect(nt2UrenGevolgd(onder)).toBe(599.75);
    expect(afschalenInZichtSinds(onder)).toBeNull();
    expect(afschalenStand('b1', onder, null)).toMatchObject({ urenNt2: 599.75, norm: 600, bereiktOp: null });

    const precies = [...onder, periode('nt2', '2027-09-30', 0.25)];
    expect(afschalenInZichtSinds(precies)).toBe('2027-09-30');
    expect(afschalenStand('b1', precies, null)).toMatchObject({ urenNt2: 600, bereiktOp: '2027-09-30', artikel: 'art. 17 lid 3 Wi 2021; art. 5.5 lid 1 Besluit inburgering 2021' });
  });

  it('KNM hours do not count toward the 600', () => {
    const periodes = [periode('nt2', '2027-03-31', 500), periode('knm', '2027-06-30', 150)];
    expect(afschalenStand('b1', periodes, null)?.bereiktOp).toBeNull();
  });

  it('counts in date order, whatever the order of entry', () => {
    const periodes = [periode('nt2', '2027-12-31', 300), periode('nt2', '2027-06-30', 300), periode('nt2', '2027-03-31', 100)];
    expect(afschalenInZichtSinds(periodes)).toBe('2027-12-31');
  });

  it('applies only to the B1-route while a part is still at B1', () => {
    const periodes = [periode('nt2', '2027-03-31', 700)];
    expect(afschalenStand('z', periodes, null)).toBeNull();
    expect(afschalenStand('onderwijs', periodes, null)).toBeNull();
    expect(afschalenStand('b1', periodes, { lezen: 'A2', luisteren: 'A2', schrijven: 'A2', spreken: 'A2' })).toBeNull();
    expect(afschalenStand('b1', periodes, { lezen: 'A2', luisteren: 'A2', schrijven: 'A2', spreken: 'B1' })?.bereiktOp).toBe('2027-03-31');
  });
});

describe('Z-route ledger (Besluit 3.14)', () => {
  it('uses the dated norm of 800 + 800 hours', () => {
    expect(zRouteNormOp('2022-01-01')).toEqual({ geldigVanaf: '2022-01-01', cursusuren: 800, participatieuren: 800 });
    expect(() => zRouteNormOp('2021-12-31')).toThrow(/1 januari 2022/);
  });

  it('asiel group: PVT and MAP hours are deducted from the participatie-uren (lid 5)', () => {
    const g = zRouteGrootboek(zFeiten({ cursusurenGevolgd: 650, activiteitenUren: 500, pvtUren: 12, mapUren: 40 }));
    expect(g.cursus).toMatchObject({ norm: 800, gevolgd: 650, resterend: 150, normUitPip: false, artikel: 'art. 3.14 lid 2 onder a Besluit inburgering 2021' });
    expect(g.participatie).toMatchObject({ norm: 800, afgetrokken: 52, activiteiten: 500, resterend: 248, artikel: 'art. 3.14 lid 2 onder b en lid 5 Besluit inburgering 2021' });
    expect(g.compleet).toBe(false);
    expect(g.ontbreekt.map((b) => b.regel)).toEqual(['z-cursusuren', 'z-participatie-uren', 'z-eindgesprek']);
  });

  it('gezinsmigranten: cursusuren and eindgesprek only (lid 3)', () => {
    const g = zRouteGrootboek(zFeiten({ asiel: false, cursusurenGevolgd: 800, pvtUren: 12, eindgesprek: '2029-01-10' }));
    expect(g.participatie).toBeNull();
    expect(g.compleet).toBe(true);
    expect(g.ontbreekt).toEqual([]);
  });

  it('never goes below zero', () => {
    const g = zRouteGrootboek(zFeiten({ cursusurenGevolgd: 912.5, activiteitenUren: 790, pvtUren: 30, mapUren: 50, eindgesprek: '2029-01-10' }));
    expect(g.cursus.resterend).toBe(0);
    expect(g.participatie).toMatchObject({ afgetrokken: 80, resterend: 0 });
    expect(g.compleet).toBe(true);
    // More PVT and MAP hours than the norm itself: the deduction stops at the norm.
    const veel = zRouteGrootboek(zFeiten({ pip: { zRouteCursusuren: null, zRouteParticipatieuren: 40, zRouteLagereNorm: 'visueel' }, pvtUren: 30, mapUren: 40 }));
    expect(veel.participatie).toMatchObject({ norm: 40, afgetrokken: 40, resterend: 0 });
  });

  it('one hour short stays short; exactly the norm is enough', () => {
    expect(zRouteGrootboek(zFeiten({ cursusurenGevolgd: 799.75 })).cursus.resterend).toBe(0.25);
    expect(zRouteGrootboek(zFeiten({ cursusurenGevolgd: 800 })).cursus.resterend).toBe(0);
    expect(zRouteGrootboek(zFeiten({ activiteitenUren: 747.75, pvtUren: 12, mapUren: 40 })).participatie?.resterend).toBe(0.25);
  });

  it('a lower norm agreed in the PIP for a visual or auditory impairment (lid 8) replaces the 800', () => {
    const g = zRouteGrootboek(zFeiten({ pip: { zRouteCursusuren: 600, zRouteParticipatieuren: 700, zRouteLagereNorm: 'auditief' }, cursusurenGevolgd: 600, activiteitenUren: 648, pvtUren: 12, mapUren: 40, eindgesprek: '2029-01-10' }));
    expect(g.cursus).toMatchObject({ norm: 600, normUitPip: true, resterend: 0, artikel: 'art. 3.14 lid 2 onder a en lid 8 Besluit inburgering 2021' });
    expect(g.participatie).toMatchObject({ norm: 700, normUitPip: true, resterend: 0 });
    expect(g.compleet).toBe(true);
  });

  it('more hours agreed in the PIP are the norm too', () => {
    expect(zRouteGrootboek(zFeiten({ pip: { zRouteCursusuren: 1000, zRouteParticipatieuren: null, zRouteLagereNorm: 'geen' }, cursusurenGevolgd: 800 })).cursus.resterend).toBe(200);
  });
});

describe('verzuim', () => {
  it.each<[number, number, number | null]>([
    [0, 100, 0],
    [10, 100, 10],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [5, 0, null],
  ])('%s of %s offered hours → %s %%', (verzuim, aangeboden, verwacht) => {
    expect(verzuimPercentage(verzuim, aangeboden)).toBe(verwacht);
  });

  it('totals over periods, geoorloofd and ongeoorloofd apart', () => {
    const t = leerrouteTotalen([
      periode('nt2', '2027-03-31', 80, { urenAangeboden: 100, verzuimGeoorloofd: 12, verzuimOngeoorloofd: 8 }),
      periode('knm', '2027-06-30', 45, { urenAangeboden: 50, verzuimGeoorloofd: 0, verzuimOngeoorloofd: 5 }),
    ]);
    expect(t).toEqual({
      urenAangeboden: 150, urenGevolgd: 125, urenNt2: 80, urenKnm: 45, verzuimGeoorloofd: 12, verzuimOngeoorloofd: 13, percentageGeoorloofd: 8, percentageOngeoorloofd: 8.7,
    });
  });

  it('the form refuses impossible periods with a Dutch message', () => {
    const basis = { inburgeraarId: 1, soort: 'nt2', aanbieder: 'Taalhuis', van: '2027-01-01', tot: '2027-03-31', urenAangeboden: '100', urenGevolgd: '80,5', verzuimGeoorloofd: '10', verzuimOngeoorloofd: '9,5' };
    expect(leerroutePeriodeInvoer.parse(basis)).toMatchObject({ urenGevolgd: 80.5, verzuimOngeoorloofd: 9.5, id: null });
    const fout = (extra: object) => leerroutePeriodeInvoer.safeParse({ ...basis, ...extra }).error?.issues.map((i) => i.message);
    expect(fout({ tot: '2026-12-31' })).toContain('De periode eindigt vóór zij begint. Controleer de datums.');
    expect(fout({ urenGevolgd: '101' })).toContain('Er kunnen niet meer uren gevolgd zijn dan er zijn aangeboden.');
    expect(fout({ verzuimGeoorloofd: '-1' })).toContain('Geoorloofd verzuim kan niet negatief zijn.');
    expect(fout({ verzuimGeoorloofd: '11' })).toContain('Gevolgde uren en verzuim samen zijn meer dan de aangeboden uren. Controleer de opgave van de aanbieder.');
    expect(fout({ urenGevolgd: 'veel' })).toContain('Gevolgde uren: vul een getal in.');
  });
});

describe('exam results', () => {
  it('a language part needs a level; KNM has none', () => {
    const basis = { inburgeraarId: 1, datum: '2027-05-01', behaald: true };
    expect(examenresultaatInvoer.safeParse({ ...basis, onderdeel: 'spreken', niveau: null }).error?.issues[0]?.message).toBe('Kies het niveau van dit taalexamen.');
    expect(examenresultaatInvoer.safeParse({ ...basis, onderdeel: 'knm', niveau: 'A2' }).error?.issues[0]?.message).toBe('Het examen KNM heeft geen niveau.');
    expect(examenresultaatInvoer.parse({ ...basis, onderdeel: 'knm' }).niveau).toBeNull();
  });
});

describe('schakelen within 1.5 years (Besluit 5.4 lid 1)', () => {
  it('shows the last day and the days left, and warns in the last 90 days', () => {
    // DOMAIN.md §13a: start 14 Oct 2026 → last day 13 Apr 2028.
    expect(schakelStand('2026-10-14', '2026-11-23', 'b1')).toMatchObject({ uiterlijk: '2028-04-13', dagenOver: 507, inZicht: false, verstreken: false });
    expect(schakelStand('2026-10-14', '2028-01-14', 'b1')).toMatchObject({ dagenOver: 90, inZicht: true });
    expect(schakelStand('2026-10-14', '2028-01-13', 'b1')).toMatchObject({ dagenOver: 91, inZicht: false });
    expect(schakelStand('2026-10-14', '2028-04-13', 'b1')).toMatchObject({ dagenOver: 0, inZicht: true, verstreken: false });
    expect(schakelStand('2026-10-14', '2028-04-14', 'b1')).toMatchObject({ dagenOver: -1, inZicht: false, verstreken: true });
  });

  it('counts across a leap day and a month end', () => {
    expect(schakelStand('2026-08-31', '2028-02-28', 'z')).toMatchObject({ uiterlijk: '2028-02-29', dagenOver: 1 });
    expect(dagenTussen('2027-12-31', '2028-01-01')).toBe(1);
    expect(dagenTussen('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('the onderwijsroute can always go to the B1-route', () => {
    expect(schakelStand('2026-10-14', '2029-01-01', 'onderwijs')).toMatchObject({ verstreken: true, onderwijsNaarB1Altijd: true });
    expect(schakelStand('2026-10-14', '2029-01-01', 'b1').onderwijsNaarB1Altijd).toBe(false);
  });
});

describe('voortgangsgesprekken (Besluit 5.3 lid 4)', () => {
  it('counts held and planned against the number in the PIP, and the next one is due after the interval', () => {
    const lijst = [
      { gepland: '2027-01-10', gehouden: '2027-01-12' },
      { gepland: '2027-07-10', gehouden: '2027-07-08' },
      { gepland: '2028-01-10', gehouden: null },
    ];
    expect(gesprekkenStand(lijst, { aantal: 6, elkeMaanden: 6 }, '2026-10-15')).toEqual({
      afgesproken: 6, elkeMaanden: 6, gehouden: 2, gepland: 1, nogTeHouden: 4, volgendeUiterlijk: '2028-01-08', artikel: 'art. 5.3 lid 4 Besluit inburgering 2021',
    });
  });

  it('without a held gesprek the interval runs from the termijn start; none is due when all are held', () => {
    expect(gesprekkenStand([], { aantal: 2, elkeMaanden: 3 }, '2026-11-30').volgendeUiterlijk).toBe('2027-02-28');
    const klaar = gesprekkenStand([{ gepland: '2027-01-10', gehouden: '2027-01-10' }], { aantal: 1, elkeMaanden: 3 }, '2026-11-30');
    expect(klaar).toMatchObject({ nogTeHouden: 0, volgendeUiterlijk: null });
    expect(gesprekkenStand([], { aantal: null, elkeMaanden: null }, '2026-11-30')).toMatchObject({ nogTeHouden: null, volgendeUiterlijk: null });
  });
});

describe('participatieladder (DOMAIN.md §16)', () => {
  it('has six treden with the labels of the policy', () => {
    expect(Object.values(TREDE_LABELS)).toEqual(['Isolement', 'Contacten buitenshuis', 'Deelname georganiseerde activiteiten', 'Onbetaald werk', 'Betaald werk met ondersteuning', 'Betaald werk']);
  });

  it('the current trede is the newest by date, then the one recorded last', () => {
    expect(huidigeTrede([])).toBeNull();
    const geschiedenis = [
      { id: 1, trede: 2, datum: '2027-01-01' },
      { id: 3, trede: 3, datum: '2026-12-01' },
      { id: 2, trede: 4, datum: '2027-01-01' },
    ];
    expect(huidigeTrede(geschiedenis)?.trede).toBe(4);
    expect(huidigeTrede([...geschiedenis, { id: 4, trede: 5, datum: '2027-02-01' }])?.trede).toBe(5);
  });
});
