import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

// Vandaag is 4 May 2026: the oproepen below lie in the past.
const NU = new Date('2026-05-04T09:00:00Z');
const PLAATS = '10.00 uur, gemeentehuis, Markt 1';

describe('oproep outcomes: verzet and afgemeld are no no-show (Wi 14 lid 2); a mistaken outcome is corrected', () => {
  let o: TestOmgeving;
  let id: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-04-14', 0),
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09',
    })).id;
  });
  afterEach(async () => o.opruimen());

  const oproep = async (verzonden: string, verschijnenOp: string) => data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden, verschijnenOp, tijdEnPlaats: PLAATS }));
  const stand = async () => data(await o.handlers.intakeOphalen({ inburgeraarId: id }));
  const brief = async (documentId: number) => {
    const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId }));
    return pdfTekstPlat(o.opgeslagen.get(bestandsnaam)!);
  };

  it('after verzet or afgemeld the next letter is a new oproep, not a waarschuwing; only no-shows count toward three', async () => {
    const een = await oproep('2026-03-02', '2026-03-09');
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'verzet' }));
    expect((await stand()).volgendeStap).toBe('oproep');
    // The appointment was moved at the person's request: the new letter may go out before the old date.
    const twee = await oproep('2026-03-05', '2026-03-16');
    expect(await brief(twee.documentId)).toContain('Onderwerp: Uitnodiging brede intake');
    data(await o.handlers.oproepUitkomst({ oproepId: twee.oproepId, uitkomst: 'afgemeld' }));
    expect((await stand()).volgendeStap).toBe('oproep');
    const drie = await oproep('2026-03-17', '2026-03-24');
    data(await o.handlers.oproepUitkomst({ oproepId: drie.oproepId, uitkomst: 'niet_verschenen' }));
    // Three oproepen, one no-show: a waarschuwing with a herhaalde oproep, not the intake in afwezigheid.
    expect((await stand()).volgendeStap).toBe('waarschuwing_en_herhaalde_oproep');
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-04-01', inAfwezigheid: true })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });
    const vier = await oproep('2026-03-25', '2026-04-08');
    const waarschuwing = await brief(vier.documentId);
    expect(waarschuwing).toContain('Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep)');
    expect(waarschuwing).toContain('U bent niet gekomen op de afspraak voor de brede intake op 24 maart 2026.');
    expect((await stand()).intake.oproepen.map((o) => [o.volgnummer, o.uitkomst])).toEqual([[1, 'verzet'], [2, 'afgemeld'], [3, 'niet_verschenen'], [4, 'open']]);
  });

  it('an outcome once recorded changes only by a correction with a reason, logged old → new without the reason', async () => {
    const een = await oproep('2026-03-02', '2026-03-09');
    expect(await o.handlers.oproepUitkomstCorrigeren({ oproepId: een.oproepId, uitkomst: 'verschenen', reden: 'Toch gekomen' })).toMatchObject({
      ok: false,
      fout: { message: 'Van deze oproep is nog geen uitkomst vastgelegd. Leg eerst de uitkomst vast.' },
    });
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    expect(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'verschenen' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('kies dan Corrigeren') } });
    expect(await o.handlers.oproepUitkomstCorrigeren({ oproepId: een.oproepId, uitkomst: 'verschenen', reden: '' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Reden van de correctie is verplicht.') } });
    expect(await o.handlers.oproepUitkomstCorrigeren({ oproepId: een.oproepId, uitkomst: 'niet_verschenen', reden: 'Dubbel' })).toMatchObject({ ok: false, fout: { message: 'Kies een andere uitkomst dan de huidige.' } });
    expect((await stand()).intake.oproepen[0]).toMatchObject({ uitkomst: 'niet_verschenen', correctieReden: null, gecorrigeerdOp: null });

    expect(data(await o.handlers.oproepUitkomstCorrigeren({ oproepId: een.oproepId, uitkomst: 'verschenen', reden: 'Zat in de wachtkamer, verkeerd aangeklikt' }))).toEqual({ was: 'niet_verschenen' });
    const { intake, volgendeStap } = await stand();
    expect(intake.oproepen[0]).toMatchObject({ uitkomst: 'verschenen', correctieReden: 'Zat in de wachtkamer, verkeerd aangeklikt', gecorrigeerdOp: '2026-05-04' });
    expect(volgendeStap).toBe('verschenen');

    const regels = await o.kluis.db.selectFrom('logboek').select(['actie', 'objectId', 'resultaat']).where('actie', 'like', 'uitkomst oproep%').execute();
    expect(regels.filter((r) => r.resultaat === 'gelukt')).toEqual([
      { actie: 'uitkomst oproep: niet_verschenen', objectId: id, resultaat: 'gelukt' },
      { actie: 'uitkomst oproep gecorrigeerd: niet_verschenen → verschenen', objectId: id, resultaat: 'gelukt' },
    ]);
    expect(JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute())).not.toContain('wachtkamer');
  });

  it('only the last oproep is corrected: a later letter already built on the earlier outcome', async () => {
    const een = await oproep('2026-03-02', '2026-03-09');
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    await oproep('2026-03-10', '2026-03-20');
    expect(await o.handlers.oproepUitkomstCorrigeren({ oproepId: een.oproepId, uitkomst: 'verzet', reden: 'Had gebeld' })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: 'Alleen de uitkomst van de laatste oproep kan worden gecorrigeerd: op deze oproep is al een nieuwe brief gevolgd.' },
    });
    expect((await stand()).intake.oproepen[0]!.uitkomst).toBe('niet_verschenen');
  });
});
