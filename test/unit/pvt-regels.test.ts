import { describe, expect, it } from 'vitest';
import { MAP_THEMAS, sessieInvoer, type MapThemaInvoer } from '../../shared/domain/pvt';
import { mapVanToepassing, mapVoortgang, pvtStatus, pvtVoortgang, type Aanwezigheid } from '../../shared/rules/pvt';

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
