import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import type { PipFormulier } from '../../shared/domain/pip';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Monday 23 November 2026, the day the e2e dossiers live in too.
const NU = new Date('2026-11-23T10:00:00+01:00');

// VOLLEDIG_PIP with bijstand from the day of BRP inschrijving, so the six months of ontzorgen still run.
const B1_PIP: PipFormulier = { ...VOLLEDIG_PIP, startBijstand: '2026-10-05' };

const Z_PIP: PipFormulier = {
  ...B1_PIP,
  leerroute: 'z',
  niveau: null,
  zRouteCursusuren: 800,
  zRouteParticipatieuren: 800,
  overwegingZ: null,
  overwegingB1: 'Uit de leerbaarheidstoets blijkt dat u het examen B1 niet binnen drie jaar kunt halen.',
};

describe('voortgang: gesprekken, leerroute, examens, Z-route, participatieladder', () => {
  let o: TestOmgeving;
  let ondertekenaarId: number;
  let zaad = 0;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
  });
  afterEach(async () => o.opruimen());

  async function nieuwDossier(soort: 'asiel' | 'gezin' = 'asiel'): Promise<number> {
    zaad += 1;
    const groep =
      soort === 'asiel'
        ? { doelgroep: 'asielstatushouder' as const, doelgroepcode: 'Asielstatushouder' as const }
        : { doelgroep: 'gezinsmigrant' as const, doelgroepcode: 'Gezinsvormer' as const, huisvestingArt28: false };
    return data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(20 + zaad), '2026-11-23', zaad),
      ...groep,
      datumKennisgevingDuo: '2026-10-01',
      datumInschrijvingBrp: '2026-10-05',
    })).id;
  }

  async function metPip(inhoud: PipFormulier = B1_PIP, soort: 'asiel' | 'gezin' = 'asiel'): Promise<number> {
    const id = await nieuwDossier(soort);
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-10-12') }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-10-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud }));
    data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-11-23', ondertekenaarId }));
    return id;
  }

  const stand = async (inburgeraarId: number) => data(await o.handlers.voortgangOphalen({ inburgeraarId }));
  const logregels = async (actie: string) => o.kluis.db.selectFrom('logboek').selectAll().where('actie', '=', actie).execute();

  it('plans, records and deletes voortgangsgesprekken against the number agreed in the PIP', async () => {
    const id = await metPip();
    const leeg = await stand(id);
    expect(leeg.pip).toMatchObject({ dagtekening: '2026-11-23', termijnStart: '2026-11-24', leerroute: 'b1' });
    // VOLLEDIG_PIP agrees six gesprekken, one every six months from the termijn start.
    expect(leeg.gesprekken).toMatchObject({ lijst: [], afgesproken: 6, elkeMaanden: 6, gehouden: 0, nogTeHouden: 6, volgendeUiterlijk: '2027-05-24', artikel: 'art. 5.3 lid 4 Besluit inburgering 2021' });

    const eerste = data(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2026-11-23', tijd: '10:30', metTolk: true })).id;
    const tweede = data(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2027-05-20', tijd: '', metTolk: false })).id;
    data(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId: eerste, gehouden: '2026-11-23', verslag: 'Lessen gaan goed; tolk was aanwezig.' }));

    const na = await stand(id);
    expect(na.gesprekken.lijst).toEqual([
      { id: eerste, gepland: '2026-11-23', tijd: '10:30', metTolk: true, gehouden: '2026-11-23', verslag: 'Lessen gaan goed; tolk was aanwezig.' },
      { id: tweede, gepland: '2027-05-20', tijd: null, metTolk: false, gehouden: null, verslag: null },
    ]);
    expect(na.gesprekken).toMatchObject({ gehouden: 1, gepland: 1, nogTeHouden: 5, volgendeUiterlijk: '2027-05-23' });

    // The audit line names the act and the dossier, never the verslag.
    const regels = await logregels('voortgangsgesprek vastgelegd');
    expect(regels).toMatchObject([{ object: 'inburgeraar', objectId: id, resultaat: 'gelukt' }]);
    expect(JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute())).not.toContain('tolk was aanwezig');

    data(await o.handlers.voortgangsgesprekVerwijderen({ inburgeraarId: id, id: tweede }));
    expect((await stand(id)).gesprekken.lijst.map((g) => g.id)).toEqual([eerste]);
  });

  it('refuses bad gesprekken with a Dutch message and changes nothing', async () => {
    const id = await metPip();
    const gesprekId = data(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2026-11-20', tijd: null, metTolk: false })).id;
    const voor = await stand(id);

    expect(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId, gehouden: '2026-11-24', verslag: 'Kort verslag.' })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'De datum waarop het gesprek is gehouden ligt in de toekomst. Vul een datum van vandaag of eerder in.' },
    });
    expect(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId, gehouden: '2026-11-20', verslag: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Verslag mag hoogstens 2000 tekens hebben.') },
    });
    expect(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId, gehouden: '2026-11-20', verslag: '   ' })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Verslag is verplicht.') },
    });
    expect(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2026-11-31', tijd: null, metTolk: false })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Datum gesprek: vul een datum in als 14-04-2026.') },
    });
    expect(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2026-12-01', tijd: '25:00', metTolk: false })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Vul de tijd in als 13:30') },
    });
    // A gesprek of another dossier is not found in this one.
    const ander = await metPip();
    expect(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: ander, gesprekId, gehouden: '2026-11-20', verslag: 'Kort verslag.' })).toMatchObject({
      ok: false,
      fout: { code: 'NIET_GEVONDEN', message: 'Dit voortgangsgesprek bestaat niet (meer) in dit dossier. Vernieuw het scherm.' },
    });
    expect(await stand(id)).toEqual(voor);

    // A held gesprek stays.
    data(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId, gehouden: '2026-11-20', verslag: 'Kort verslag.' }));
    const gehouden = await stand(id);
    expect(await o.handlers.voortgangsgesprekVerwijderen({ inburgeraarId: id, id: gesprekId })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Alleen een gepland gesprek kan worden verwijderd.') },
    });
    expect(await stand(id)).toEqual(gehouden);
    expect(await logregels('voortgangsgesprek verwijderd')).toMatchObject([{ resultaat: 'geweigerd: REGEL_GESCHONDEN' }]);
  });

  it('refuses a dossier that does not exist, or has no vastgesteld PIP', async () => {
    expect(await o.handlers.voortgangOphalen({ inburgeraarId: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: 9999, gepland: '2026-12-01', tijd: null, metTolk: false })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });

    const zonderPip = await nieuwDossier();
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: zonderPip, inhoud: VOLLEDIG_PIP }));
    const geweigerd = { ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Dit dossier heeft nog geen vastgesteld PIP. Stel eerst het PIP vast') } };
    expect(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: zonderPip, gepland: '2026-12-01', tijd: null, metTolk: false })).toMatchObject(geweigerd);
    expect(await o.handlers.leerroutePeriodeOpslaan({
      inburgeraarId: zonderPip, soort: 'nt2', aanbieder: 'Taalhuis', van: '2026-10-01', tot: '2026-10-31', urenAangeboden: 40, urenGevolgd: 40, verzuimGeoorloofd: 0, verzuimOngeoorloofd: 0,
    })).toMatchObject(geweigerd);
    expect(await o.handlers.examenresultaatOpslaan({ inburgeraarId: zonderPip, onderdeel: 'knm', datum: '2026-11-01', behaald: true })).toMatchObject(geweigerd);
    const leeg = await stand(zonderPip);
    expect(leeg).toMatchObject({ pip: null, schakelen: null, afschalen: null, zRoute: null, gesprekken: { lijst: [], afgesproken: null }, leerroute: { periodes: [] }, examens: [] });

    // The participatieladder does not depend on the plan.
    data(await o.handlers.participatieladderVastleggen({ inburgeraarId: zonderPip, trede: 2, datum: '2026-11-01', toelichting: null }));
    expect((await stand(zonderPip)).ladder.huidige).toMatchObject({ trede: 2, label: 'Contacten buitenshuis' });
  });

  it('leerroute periods: totals, verzuim, the 600-hour afschalen indication and the schakel limit', async () => {
    const id = await metPip();
    const periode = { inburgeraarId: id, soort: 'nt2' as const, aanbieder: 'Taalhuis Voorbeeldstad', verzuimGeoorloofd: 0, verzuimOngeoorloofd: 0 };
    const eerste = data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, van: '2026-10-01', tot: '2026-10-31', urenAangeboden: 320, urenGevolgd: 300, verzuimGeoorloofd: 12, verzuimOngeoorloofd: 8 })).id;
    data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, soort: 'knm', van: '2026-10-01', tot: '2026-10-31', urenAangeboden: 40, urenGevolgd: 40 }));
    data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, van: '2026-11-01', tot: '2026-11-23', urenAangeboden: 300, urenGevolgd: '299,75' }));

    let s = await stand(id);
    expect(s.leerroute.totalen).toEqual({
      urenAangeboden: 660, urenGevolgd: 639.75, urenNt2: 599.75, urenKnm: 40, verzuimGeoorloofd: 12, verzuimOngeoorloofd: 8, percentageGeoorloofd: 1.8, percentageOngeoorloofd: 1.2,
    });
    expect(s.leerroute.periodes.find((p) => p.id === eerste)).toMatchObject({ percentageGeoorloofd: 3.8, percentageOngeoorloofd: 2.5 });
    expect(s.afschalen).toEqual({ urenNt2: 599.75, norm: 600, bereiktOp: null, artikel: 'art. 17 lid 3 Wi 2021; art. 5.5 lid 1 Besluit inburgering 2021' });
    // Besluit 5.4 lid 1: termijn start 24 Nov 2026 → last day to schakelen 23 May 2028.
    expect(s.schakelen).toMatchObject({ uiterlijk: '2028-05-23', dagenOver: 547, inZicht: false, verstreken: false, onderwijsNaarB1Altijd: false });

    // The aanbieder corrects the first period: a quarter more hours reaches 600.
    data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, id: eerste, van: '2026-10-01', tot: '2026-10-31', urenAangeboden: 320, urenGevolgd: 300.25, verzuimGeoorloofd: 12, verzuimOngeoorloofd: 7.75 }));
    s = await stand(id);
    expect(s.afschalen).toMatchObject({ urenNt2: 600, bereiktOp: '2026-11-23' });
    expect(s.leerroute.periodes).toHaveLength(3);

    // Bad input: a Dutch message, and nothing changed.
    const fout = await o.handlers.leerroutePeriodeOpslaan({ ...periode, id: eerste, van: '2026-10-01', tot: '2026-10-31', urenAangeboden: 100, urenGevolgd: 120 });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Er kunnen niet meer uren gevolgd zijn dan er zijn aangeboden.') } });
    expect(await o.handlers.leerroutePeriodeOpslaan({ ...periode, van: '2026-12-01', tot: '2026-11-30', urenAangeboden: 10, urenGevolgd: 10 })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('De periode eindigt vóór zij begint.') },
    });
    expect(await o.handlers.leerroutePeriodeOpslaan({ ...periode, van: '2026-11-01', tot: '2026-11-30', urenAangeboden: 10, urenGevolgd: 10 })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Het einde van de periode ligt in de toekomst. Vul alleen uren in die al zijn gevolgd: een periode tot en met vandaag of eerder.' },
    });
    expect(await o.handlers.leerroutePeriodeOpslaan({ ...periode, verzuimGeoorloofd: -2, van: '2026-11-01', tot: '2026-11-20', urenAangeboden: 10, urenGevolgd: 5 })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('Geoorloofd verzuim kan niet negatief zijn.') },
    });
    expect(await stand(id)).toEqual(s);

    data(await o.handlers.leerroutePeriodeVerwijderen({ inburgeraarId: id, id: eerste }));
    s = await stand(id);
    expect(s.leerroute.periodes).toHaveLength(2);
    expect(s.afschalen?.bereiktOp).toBeNull();
    expect(await o.handlers.leerroutePeriodeVerwijderen({ inburgeraarId: id, id: eerste })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: 'Deze periode bestaat niet (meer) in dit dossier. Vernieuw het scherm.' } });
  });

  it('exam results as entered: save, correct, delete; a future date is refused', async () => {
    const id = await metPip();
    const spreken = data(await o.handlers.examenresultaatOpslaan({ inburgeraarId: id, onderdeel: 'spreken', niveau: 'A2', datum: '2026-11-20', behaald: false })).id;
    data(await o.handlers.examenresultaatOpslaan({ inburgeraarId: id, onderdeel: 'knm', niveau: null, datum: '2026-11-21', behaald: true }));
    data(await o.handlers.examenresultaatOpslaan({ inburgeraarId: id, id: spreken, onderdeel: 'spreken', niveau: 'B1', datum: '2026-11-20', behaald: true }));
    const s = await stand(id);
    expect(s.examens.map(({ id: _id, ...e }) => e)).toEqual([
      { onderdeel: 'spreken', niveau: 'B1', datum: '2026-11-20', behaald: true },
      { onderdeel: 'knm', niveau: null, datum: '2026-11-21', behaald: true },
    ]);

    expect(await o.handlers.examenresultaatOpslaan({ inburgeraarId: id, onderdeel: 'lezen', niveau: 'B1', datum: '2026-11-24', behaald: true })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'De datum van het examen ligt in de toekomst. Vul een datum van vandaag of eerder in.' },
    });
    expect(await o.handlers.examenresultaatOpslaan({ inburgeraarId: id, onderdeel: 'lezen', datum: '2026-11-20', behaald: true })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies het niveau van dit taalexamen.') },
    });
    expect(await stand(id)).toEqual(s);

    data(await o.handlers.examenresultaatVerwijderen({ inburgeraarId: id, id: spreken }));
    expect((await stand(id)).examens.map((e) => e.onderdeel)).toEqual(['knm']);
  });

  it('participatieladder: history kept, the newest is current', async () => {
    const id = await metPip();
    data(await o.handlers.participatieladderVastleggen({ inburgeraarId: id, trede: 2, datum: '2026-10-20', toelichting: 'Bij de intake.' }));
    data(await o.handlers.participatieladderVastleggen({ inburgeraarId: id, trede: 4, datum: '2026-11-20', toelichting: 'Vrijwilligerswerk bij de voedselbank.' }));
    data(await o.handlers.participatieladderVastleggen({ inburgeraarId: id, trede: 3, datum: '2026-11-01', toelichting: null }));
    const s = await stand(id);
    expect(s.ladder.huidige).toMatchObject({ trede: 4, label: 'Onbetaald werk', datum: '2026-11-20' });
    expect(s.ladder.geschiedenis.map((r) => [r.datum, r.trede])).toEqual([['2026-11-20', 4], ['2026-11-01', 3], ['2026-10-20', 2]]);

    expect(await o.handlers.participatieladderVastleggen({ inburgeraarId: id, trede: 7, datum: '2026-11-20', toelichting: null })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies een trede van 1 tot en met 6.') },
    });
    expect(await o.handlers.participatieladderVastleggen({ inburgeraarId: id, trede: 5, datum: '2026-12-01', toelichting: null })).toMatchObject({
      ok: false,
      fout: { message: 'De datum van de trede ligt in de toekomst. Vul een datum van vandaag of eerder in.' },
    });
    expect(await stand(id)).toEqual(s);
    expect(JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute())).not.toContain('voedselbank');
  });

  it('Z-route ledger for the asiel group: cursusuren, participatie-uren minus PVT and MAP, eindgesprek, afronding', async () => {
    const id = await metPip(Z_PIP);
    let s = await stand(id);
    expect(s.afschalen).toBeNull();
    expect(s.zRoute).toMatchObject({
      cursus: { norm: 800, gevolgd: 0, resterend: 800 },
      participatie: { norm: 800, pvtUren: 0, mapUren: 0, afgetrokken: 0, activiteiten: 0, resterend: 800 },
      eindgesprek: null,
      afgerondOp: null,
      compleet: false,
    });

    // 780 NT2 + 20 KNM hours; 12 PVT hours from the intake and 40 MAP hours are deducted (Besluit 3.14 lid 5).
    const periode = { inburgeraarId: id, aanbieder: 'Taalhuis Voorbeeldstad', van: '2026-11-23', tot: '2026-11-23', verzuimGeoorloofd: 0, verzuimOngeoorloofd: 0 };
    data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, soort: 'nt2', urenAangeboden: 780, urenGevolgd: 780 }));
    data(await o.handlers.leerroutePeriodeOpslaan({ ...periode, soort: 'knm', urenAangeboden: 20, urenGevolgd: 20 }));
    data(await o.handlers.pvtIntakeUren({ inburgeraarId: id, intakeUren: 12 }));
    data(await o.handlers.mapOpslaan({ inburgeraarId: id, themas: MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond', uren: 5, aanbieder: null })), eindgesprek: null }));
    const activiteit = data(await o.handlers.participatieactiviteitOpslaan({ inburgeraarId: id, datum: '2026-11-20', omschrijving: 'Vrijwilligerswerk buurthuis', uren: '600' })).id;

    s = await stand(id);
    expect(s.zRoute).toMatchObject({
      cursus: { gevolgd: 800, resterend: 0 },
      participatie: { pvtUren: 12, mapUren: 40, afgetrokken: 52, activiteiten: 600, resterend: 148 },
      compleet: false,
    });
    expect(s.zRoute?.activiteiten).toEqual([{ id: activiteit, datum: '2026-11-20', omschrijving: 'Vrijwilligerswerk buurthuis', uren: 600 }]);

    // Afronding before the hours are there is refused, with the article; nothing is stored.
    const voor = await stand(id);
    expect(await o.handlers.zRouteAfronding({ inburgeraarId: id, eindgesprek: '2026-11-23', afgerondOp: '2026-11-23' })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: 'De Z-route is nog niet af. Nog 148 uur aan activiteiten voor participatie (norm 800 uur, min de uren van PVT en MAP). (art. 3.14 lid 2 onder b en lid 5 Besluit inburgering 2021)' },
    });
    expect(await o.handlers.zRouteAfronding({ inburgeraarId: id, eindgesprek: null, afgerondOp: '2026-11-23' })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('De Z-route is pas af na het eindgesprek met het college.') },
    });
    expect(await o.handlers.zRouteAfronding({ inburgeraarId: id, eindgesprek: '2026-11-24', afgerondOp: null })).toMatchObject({
      ok: false,
      fout: { message: 'De datum van het eindgesprek ligt in de toekomst. Vul een datum van vandaag of eerder in.' },
    });
    expect(await stand(id)).toEqual(voor);

    // The eindgesprek alone may be recorded; then the last hours, then the afronding.
    data(await o.handlers.zRouteAfronding({ inburgeraarId: id, eindgesprek: '2026-11-23', afgerondOp: null }));
    data(await o.handlers.participatieactiviteitOpslaan({ inburgeraarId: id, datum: '2026-11-21', omschrijving: 'Taalcafé', uren: 148 }));
    data(await o.handlers.zRouteAfronding({ inburgeraarId: id, eindgesprek: '2026-11-23', afgerondOp: '2026-11-23' }));
    s = await stand(id);
    expect(s.zRoute).toMatchObject({ compleet: true, ontbreekt: [], eindgesprek: '2026-11-23', afgerondOp: '2026-11-23', participatie: { resterend: 0 } });
    expect((await logregels('Z-route afronding vastgelegd')).map((r) => [r.object, r.resultaat])).toEqual([
      ['inburgeraar', 'geweigerd: REGEL_GESCHONDEN'],
      // The missing eindgesprek is refused by the contract before the use case runs; the future date by the use case.
      ['inburgeraar', 'geweigerd: ONGELDIGE_INVOER'],
      ['inburgeraar', 'gelukt'],
      ['inburgeraar', 'gelukt'],
    ]);

    data(await o.handlers.participatieactiviteitVerwijderen({ inburgeraarId: id, id: activiteit }));
    expect((await stand(id)).zRoute?.participatie?.resterend).toBe(600);
  });

  it('Z-route for a gezinsmigrant: no participatie-uren; outside the Z-route no Z-route data', async () => {
    const gezin = await metPip({ ...Z_PIP, zRouteParticipatieuren: null, ontzorgen: false, startBijstand: null, geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null, maatschappelijkeBegeleiding: null }, 'gezin');
    const s = await stand(gezin);
    expect(s.asiel).toBe(false);
    expect(s.zRoute).toMatchObject({ cursus: { norm: 800 }, participatie: null });
    expect(await o.handlers.participatieactiviteitOpslaan({ inburgeraarId: gezin, datum: '2026-11-20', omschrijving: 'Buurthuis', uren: 10 })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('(art. 3.14 lid 3 Besluit)') },
    });

    const b1 = await metPip();
    expect((await stand(b1)).zRoute).toBeNull();
    const geweigerd = { ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Dit hoort alleen bij de Z-route') } };
    expect(await o.handlers.participatieactiviteitOpslaan({ inburgeraarId: b1, datum: '2026-11-20', omschrijving: 'Buurthuis', uren: 10 })).toMatchObject(geweigerd);
    expect(await o.handlers.zRouteAfronding({ inburgeraarId: b1, eindgesprek: '2026-11-20', afgerondOp: null })).toMatchObject(geweigerd);
    expect(await o.kluis.db.selectFrom('zRoute').selectAll().execute()).toEqual([]);
    expect(await o.kluis.db.selectFrom('participatieactiviteiten').selectAll().execute()).toEqual([]);
  });
});
