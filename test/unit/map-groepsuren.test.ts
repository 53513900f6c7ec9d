import { describe, expect, it } from 'vitest';
import { MAP_THEMAS, sessieInvoer, type MapThemaInvoer } from '../../shared/domain/pvt';
import { mapStand, mapThemasMetGroepsuren, pvtVoortgang } from '../../shared/rules/pvt';

const themas = (status: MapThemaInvoer['status'], uren: number): MapThemaInvoer[] => MAP_THEMAS.map((thema) => ({ thema, status, uren, aanbieder: null }));

describe('MAP in groups (Besluit 3.2 lid 1)', () => {
  it('adds attended group hours to their thema, and marks an open thema with hours as bezig', () => {
    const uit = mapThemasMetGroepsuren(themas('open', 1), [{ thema: 'werk_vinden', uren: 2.5 }, { thema: 'werk_vinden', uren: 1.25 }, { thema: 'werkcultuur', uren: 2 }]);
    expect(uit.find((t) => t.thema === 'werk_vinden')).toMatchObject({ uren: 4.75, groepsUren: 3.75, status: 'bezig' });
    expect(uit.find((t) => t.thema === 'werkcultuur')).toMatchObject({ uren: 3, groepsUren: 2, status: 'bezig' });
    expect(uit.find((t) => t.thema === 'beroepskansen')).toMatchObject({ uren: 1, groepsUren: 0, status: 'open' });
  });

  it('reaches the hour norm with group hours exactly at the norm, not a quarter below', () => {
    const eigen = themas('afgerond', 4);
    expect(mapStand({ mapThemas: eigen, mapSessieUren: [{ thema: 'netwerk_opbouwen', uren: 8 }], eindgesprek: '2026-09-01' }, 40)).toMatchObject({ uren: 40, afgerond: true });
    expect(mapStand({ mapThemas: eigen, mapSessieUren: [{ thema: 'netwerk_opbouwen', uren: 7.75 }], eindgesprek: '2026-09-01' }, 40).ontbreekt.map((b) => b.regel)).toEqual(['map-uren']);
  });

  it('never counts a MAP session toward the 12 PVT hours', () => {
    expect(pvtVoortgang([{ soort: 'map_bijeenkomst', uren: 12, aanwezig: true }], 0).uren).toBe(0);
  });

  it('a MAP session needs a thema and loses any kernwaarde; a PVT session loses any thema', () => {
    const basis = { groepId: 1, datum: '2026-09-01', tijd: '13:30', plaats: 'Werkplein', uitvoerder: 'Werkplein', tolk: null, uren: 2 };
    const zonder = sessieInvoer.safeParse({ ...basis, soort: 'map_bijeenkomst' });
    expect(zonder.success ? [] : zonder.error.issues.map((i) => i.message)).toEqual(['Kies het thema van deze MAP-bijeenkomst (art. 3.2 lid 1 Besluit).']);
    expect(sessieInvoer.parse({ ...basis, soort: 'map_bijeenkomst', mapThema: 'werk_vinden', kernwaarde: 'vrijheid' })).toMatchObject({ mapThema: 'werk_vinden', kernwaarde: null });
    expect(sessieInvoer.parse({ ...basis, soort: 'inleiding_kernwaarden', mapThema: 'werk_vinden' })).toMatchObject({ mapThema: null });
  });
});
