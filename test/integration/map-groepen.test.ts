import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { MAP_THEMAS, type MapThema } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = new Date('2026-06-01T09:00:00Z');

describe('MAP in groups with a thema per session (Besluit 3.2 lid 1)', () => {
  let o: TestOmgeving;
  let ids: number[];

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const random = maakRandom(19);
    ids = [];
    for (let i = 0; i < 2; i += 1) {
      const { id } = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-06-01', i)));
      data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
      ids.push(id);
    }
  });
  afterEach(async () => o.opruimen());

  const BASIS = { datum: '2026-05-12', tijd: '09:30', plaats: 'Werkplein', uitvoerder: 'Werkplein Voorbeeldstad', tolk: null, uren: 3 };
  const mapSessie = async (groepId: number, mapThema: MapThema, uren = 3) =>
    data(await o.handlers.pvtSessieToevoegen({ ...BASIS, groepId, uren, soort: 'map_bijeenkomst', kernwaarde: null, mapThema })).id;

  it('a MAP group takes only MAP sessions with a thema, and a PVT group none', async () => {
    const { id: mapGroep } = data(await o.handlers.pvtGroepAanmaken({ naam: 'MAP najaar', notitie: null, traject: 'map' }));
    const { id: pvtGroep } = data(await o.handlers.pvtGroepAanmaken({ naam: 'PVT najaar', notitie: null }));
    expect(data(await o.handlers.pvtGroepen({})).map((g) => [g.naam, g.traject])).toEqual([['PVT najaar', 'pvt'], ['MAP najaar', 'map']]);
    // Issue 14: limited, the newest groups first.
    expect(data(await o.handlers.pvtGroepen({ aantal: 1 })).map((g) => g.naam)).toEqual(['PVT najaar']);

    const pvtInMap = await o.handlers.pvtSessieToevoegen({ ...BASIS, groepId: mapGroep, soort: 'inleiding_kernwaarden', kernwaarde: null });
    expect(pvtInMap).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Dit is een MAP-groep') } });
    const mapInPvt = await o.handlers.pvtSessieToevoegen({ ...BASIS, groepId: pvtGroep, soort: 'map_bijeenkomst', kernwaarde: null, mapThema: 'werk_vinden' });
    expect(mapInPvt).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Een MAP-bijeenkomst hoort bij een MAP-groep') } });
    const zonderThema = await o.handlers.pvtSessieToevoegen({ ...BASIS, groepId: mapGroep, soort: 'map_bijeenkomst', kernwaarde: null });
    expect(zonderThema).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Kies het thema van deze MAP-bijeenkomst') } });
    expect(data(await o.handlers.pvtGroepOphalen({ groepId: mapGroep })).sessies).toEqual([]);

    await mapSessie(mapGroep, 'werk_vinden');
    const groep = data(await o.handlers.pvtGroepOphalen({ groepId: mapGroep }));
    expect(groep.groep.traject).toBe('map');
    expect(groep.sessies).toMatchObject([{ soort: 'map_bijeenkomst', mapThema: 'werk_vinden', kernwaarde: null }]);
  });

  it('attendance adds the hours to that thema, not to the PVT hours; own hours are kept apart and not counted twice', async () => {
    const [aanwezig, afwezig] = [ids[0]!, ids[1]!];
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'MAP najaar', notitie: null, traject: 'map' }));
    const werkVinden = await mapSessie(groepId, 'werk_vinden', 3);
    const netwerk = await mapSessie(groepId, 'netwerk_opbouwen', 8);
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    for (const sessieId of [werkVinden, netwerk]) {
      data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: [{ inburgeraarId: aanwezig, aanwezig: true }, { inburgeraarId: afwezig, aanwezig: false }] }));
    }

    const dossier = data(await o.handlers.pvtDossier({ inburgeraarId: aanwezig }));
    expect(dossier.uren).toBe(0);
    expect(dossier.status).toBe('niet_gestart');
    expect(dossier.map.uren).toBe(11);
    expect(dossier.map.themas.find((t) => t.thema === 'werk_vinden')).toMatchObject({ uren: 0, groepsUren: 3, status: 'open' });
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: afwezig })).map.uren).toBe(0);
    expect(data(await o.handlers.pvtGroepOphalen({ groepId })).deelnemers.map((d) => [d.inburgeraarId, d.uren, d.mapUren]).sort()).toEqual(
      [[aanwezig, 0, 11], [afwezig, 0, 0]].sort(),
    );

    // Own hours and the eindgesprek: 6 themas × 4 + 5 on werk vinden + 11 from the group = 40.
    const themas = MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond' as const, uren: thema === 'netwerk_opbouwen' ? 0 : thema === 'werk_vinden' ? 5 : 4, aanbieder: null }));
    data(await o.handlers.mapOpslaan({ inburgeraarId: aanwezig, themas, eindgesprek: '2026-05-29' }));
    const na = data(await o.handlers.pvtDossier({ inburgeraarId: aanwezig }));
    expect(na.map).toMatchObject({ uren: 40, afgerond: true, ontbreekt: [] });
    // Saving the tab again as shown (own hours) adds nothing.
    data(await o.handlers.mapOpslaan({ inburgeraarId: aanwezig, themas: na.map.themas, eindgesprek: na.map.eindgesprek }));
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: aanwezig })).map.uren).toBe(40);

    const werklijst = data(await o.handlers.pvtMapWerklijst({}));
    expect(werklijst.rijen.find((r) => r.id === aanwezig)).toMatchObject({ mapAfgerond: true, pvtUren: 0, groepen: 'MAP najaar' });
    expect(werklijst.rijen.find((r) => r.id === afwezig)).toMatchObject({ mapAfgerond: false });
  });

  it('refuses someone on the onderwijsroute in a MAP group (Wi 8 lid 3), and enrols nobody', async () => {
    data(await o.handlers.intakeOpslaan({ inburgeraarId: ids[0]!, gegevens: volledigeIntakeOp('2026-06-01') }));
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: ids[0]!, inhoud: { ...VOLLEDIG_PIP, leerroute: 'onderwijs', mapIntensiteit: null, ontzorgen: false } }));
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'MAP najaar', notitie: null, traject: 'map' }));
    const antwoord = await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [ids[1]!, ids[0]!] });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('(art. 8 lid 3 Wi 2021)') } });
    expect(data(await o.handlers.pvtGroepOphalen({ groepId })).deelnemers).toEqual([]);
  });
});
