import { describe, expect, it } from 'vitest';
import { MAP_THEMAS, sessieInvoer, type MapThemaInvoer } from '../../shared/domain/pvt';
import { klaarVoorFormulier, mapVanToepassing, mapVoortgang, onderscheidenNamen, pvtStatus, pvtVoortgang, type Aanwezigheid } from '../../shared/rules/pvt';

const sessie = (soort: Aanwezigheid['soort'], uren: number, aanwezig = true): Aanwezigheid => ({ soort, uren, aanwezig });

describe('PVT hours and requirements (Besluit 3.1)', () => {
  it('counts only attended hours, plus intake hours', () => {
    const v = pvtVoortgang([sessie('inleiding_kernwaarden', 3), sessie('inleiding_kernwaarden', 3, false), sessie('excursie', 2.5)], 1.5);
    expect(v.uren).toBe(7);
  });

  it.each<[string, Aanwezigheid[], number, string[]]>([
    ['exactly 12 hours with excursion and signing', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, []],
    ['11.75 hours is too little', [sessie('inleiding_kernwaarden', 7.75), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, ['pvt-12-uur']],
    ['an activity counts like an excursion', [sessie('inleiding_kernwaarden', 8), sessie('activiteit', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, []],
    ['no excursion or activity', [sessie('inleiding_kernwaarden', 10), sessie('ondertekeningsbijeenkomst', 2)], 0, ['pvt-excursie']],
    ['absent at the excursion', [sessie('inleiding_kernwaarden', 10), sessie('excursie', 2, false), sessie('ondertekeningsbijeenkomst', 2)], 0, ['pvt-excursie']],
    ['not at the signing meeting', [sessie('inleiding_kernwaarden', 10), sessie('excursie', 2)], 0, ['pvt-ondertekening']],
    ['intake hours fill the gap (art. 3.1 lid 5)', [sessie('inleiding_kernwaarden', 6), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 2, []],
    ['nothing yet', [], 0, ['pvt-12-uur', 'pvt-excursie', 'pvt-ondertekening']],
  ])('%s', (_naam, aanwezigheden, intakeUren, ontbreekt) => {
    expect(pvtVoortgang(aanwezigheden, intakeUren).ontbreekt.map((b) => b.regel)).toEqual(ontbreekt);
  });

  // Besluit 3.1 lid 1: the inleiding closed by signing at the ondertekeningsbijeenkomst; lid 2: an
  // excursie or activiteit on a kernwaarde; lid 3: at least 12 hours.
  it.each([
    ['pvt-12-uur', 'art. 3.1 lid 3 Besluit inburgering 2021'],
    ['pvt-excursie', 'art. 3.1 lid 2 Besluit inburgering 2021'],
    ['pvt-ondertekening', 'art. 3.1 lid 1 Besluit inburgering 2021'],
  ])('rule %s cites %s', (regel, artikel) => {
    const bevinding = pvtVoortgang([], 0).ontbreekt.find((b) => b.regel === regel);
    expect(bevinding?.artikel).toBe(artikel);
  });

  it('the kernwaarde of an excursion cites art. 3.1 lid 2', () => {
    const basis = { groepId: 1, datum: '2026-05-01', tijd: '13:30', plaats: 'Bibliotheek', uitvoerder: 'Stichting Samen', tolk: null, uren: 2 };
    expect(sessieInvoer.safeParse({ ...basis, soort: 'activiteit' }).error?.issues[0]?.message).toContain('(art. 3.1 lid 2 Besluit)');
  });

  it('derives the status', () => {
    expect(pvtStatus(pvtVoortgang([], 0), null)).toBe('niet_gestart');
    expect(pvtStatus(pvtVoortgang([sessie('inleiding_kernwaarden', 3)], 0), null)).toBe('bezig');
    const klaar = pvtVoortgang([sessie('inleiding_kernwaarden', 8), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0);
    expect(pvtStatus(klaar, null)).toBe('klaar_voor_ondertekening');
    expect(pvtStatus(klaar, '2026-06-01')).toBe('afgerond');
  });

  it('an excursion or activity must name its kernwaarde', () => {
    const basis = { groepId: 1, datum: '2026-05-01', tijd: '13:30', plaats: 'Bibliotheek', uitvoerder: 'Stichting Samen', tolk: null, uren: '2,5'.replace(',', '.') };
    expect(sessieInvoer.safeParse({ ...basis, soort: 'excursie' }).error?.issues[0]?.message).toContain('kernwaarde');
    expect(sessieInvoer.safeParse({ ...basis, soort: 'excursie', kernwaarde: 'vrijheid' }).success).toBe(true);
    expect(sessieInvoer.safeParse({ ...basis, soort: 'inleiding_kernwaarden', uren: 2.3 }).success).toBe(false);
  });
});

describe('who gets a form in the ceremony batch (klaarVoorFormulier, Besluit 3.1 lid 1–3 and 5)', () => {
  const UREN = 'Nog 2 uur nodig (art. 3.1 lid 3 Besluit)';
  const EXCURSIE = 'Nog geen excursie of activiteit over een kernwaarde bijgewoond (art. 3.1 lid 2 Besluit)';

  it.each<[string, Aanwezigheid[], number, { urenBijeenkomst?: number; datumOndertekening?: string | null }, string[]]>([
    ['12 hours and an excursion, signing meeting attended', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, {}, []],
    ['12 hours and an excursion before the signing meeting: attendance there is no precondition', [sessie('inleiding_kernwaarden', 10), sessie('excursie', 2)], 0, {}, []],
    ['10 hours before the meeting, plus the 2 hours of the planned meeting', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2)], 0, { urenBijeenkomst: 2 }, []],
    ['10 hours, no meeting planned', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2)], 0, {}, [UREN]],
    ['the planned meeting does not count twice for someone who attended one', [sessie('inleiding_kernwaarden', 6), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, { urenBijeenkomst: 2 }, [UREN]],
    ['intake hours count (lid 5)', [sessie('inleiding_kernwaarden', 8), sessie('activiteit', 2)], 2, {}, []],
    ['absent hours do not count', [sessie('inleiding_kernwaarden', 8), sessie('inleiding_kernwaarden', 2, false), sessie('excursie', 2)], 0, {}, [UREN]],
    ['no excursion or activity', [sessie('inleiding_kernwaarden', 12)], 0, {}, [EXCURSIE]],
    ['absent at the excursion: both', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2, false), sessie('ondertekeningsbijeenkomst', 2)], 0, {}, [UREN, EXCURSIE]],
    ['nothing yet', [], 0, {}, ['Nog 12 uur nodig (art. 3.1 lid 3 Besluit)', EXCURSIE]],
    ['quarter hours are written the Dutch way', [sessie('inleiding_kernwaarden', 9.75), sessie('excursie', 2)], 0, {}, ['Nog 0,25 uur nodig (art. 3.1 lid 3 Besluit)']],
    ['already signed: no second form', [sessie('inleiding_kernwaarden', 8), sessie('excursie', 2), sessie('ondertekeningsbijeenkomst', 2)], 0, { datumOndertekening: '2026-05-25' }, ['Heeft de participatieverklaring al ondertekend op 25-05-2026 (art. 3.1 lid 1 Besluit)']],
  ])('%s', (_naam, aanwezigheden, intakeUren, opties, redenen) => {
    expect(klaarVoorFormulier(pvtVoortgang(aanwezigheden, intakeUren), opties)).toEqual({ klaar: redenen.length === 0, redenen });
  });
});

describe('names on a list others see (onderscheidenNamen)', () => {
  it.each<[string, { inburgeraarId: number; naam: string }[], string[]]>([
    ['different names stay as they are', [{ inburgeraarId: 1, naam: 'Amanuel Tesfay' }, { inburgeraarId: 2, naam: 'Nour Khalil' }], ['Amanuel Tesfay', 'Nour Khalil']],
    ['equal names get a number in the order of inburgeraarId', [{ inburgeraarId: 9, naam: 'Ahmed Hassan' }, { inburgeraarId: 4, naam: 'Nour Khalil' }, { inburgeraarId: 3, naam: 'Ahmed Hassan' }], ['Ahmed Hassan (2)', 'Nour Khalil', 'Ahmed Hassan (1)']],
    ['case and spacing do not make a name different', [{ inburgeraarId: 1, naam: 'Đorđe  Petrović' }, { inburgeraarId: 2, naam: 'đorđe petrović' }], ['Đorđe  Petrović (1)', 'đorđe petrović (2)']],
    ['a second first name already tells them apart', [{ inburgeraarId: 1, naam: 'Ahmed Ali Hassan' }, { inburgeraarId: 2, naam: 'Ahmed Omar Hassan' }], ['Ahmed Ali Hassan', 'Ahmed Omar Hassan']],
    ['three of the same name', [1, 2, 3].map((inburgeraarId) => ({ inburgeraarId, naam: 'Olena Kovalenko' })), ['Olena Kovalenko (1)', 'Olena Kovalenko (2)', 'Olena Kovalenko (3)']],
  ])('%s', (_naam, deelnemers, namen) => {
    expect(onderscheidenNamen(deelnemers).map((d) => d.naam)).toEqual(namen);
  });
});

describe('MAP (Wi 8 lid 3; Besluit 3.2)', () => {
  const themas = (status: MapThemaInvoer['status'], uren: number): MapThemaInvoer[] => MAP_THEMAS.map((thema) => ({ thema, status, uren, aanbieder: null }));

  it('does not apply to the onderwijsroute', () => {
    expect(mapVanToepassing('onderwijs')).toBe(false);
    expect(mapVanToepassing('b1')).toBe(true);
    expect(mapVanToepassing('z')).toBe(true);
    expect(mapVanToepassing(null)).toBe(true);
  });

  it('needs all eight themes, the hour norm and the eindgesprek', () => {
    expect(mapVoortgang(themas('afgerond', 5), '2026-09-01', 40)).toMatchObject({ uren: 40, afgerondeThemas: 8, afgerond: true, ontbreekt: [] });
    expect(mapVoortgang(themas('afgerond', 4.5), '2026-09-01', 40).ontbreekt.map((b) => b.regel)).toEqual(['map-uren']);
    expect(mapVoortgang(themas('bezig', 5), null, 40).ontbreekt.map((b) => b.regel)).toEqual(['map-themas', 'map-eindgesprek']);
  });
});
