import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { voegBoeteToe } from '../../db/handhaving';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

const PLAATS = '10.00 uur, gemeentehuis, Markt 1';
const IBAN = 'NL00BANK0123456789';

describe('handhaving: boetes Wi 22 and Wi 23 (voornemen → zienswijze → beschikking)', () => {
  let o: TestOmgeving;
  let id: number;
  let ondertekenaarId: number;
  let nu: Date;
  const op = (datum: string) => {
    nu = new Date(`${datum}T09:00:00Z`);
  };

  beforeEach(async () => {
    op('2026-10-01');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(7), '2026-09-01', 0),
      geslacht: 'man', doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
      datumKennisgevingDuo: '2026-09-01', datumInschrijvingBrp: '2026-09-07',
    })).id;
  });
  afterEach(async () => o.opruimen());

  const oproepGemist = async (verzonden: string, verschijnenOp: string) => {
    const { oproepId } = data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden, verschijnenOp, tijdEnPlaats: PLAATS }));
    data(await o.handlers.oproepUitkomst({ oproepId, uitkomst: 'niet_verschenen' }));
  };
  const overzicht = async () => data(await o.handlers.handhavingOphalen({ inburgeraarId: id }));
  const wi22 = (bijstandVerlaagd = false) => o.handlers.boeteWi22Voornemen({ inburgeraarId: id, toelichting: null, bijstandVerlaagd });
  const bewaard = async (documentId: number) => {
    const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId }));
    return o.opgeslagen.get(bestandsnaam)!;
  };
  const aantalDocumenten = async () => data(await o.handlers.documentenLijst({ inburgeraarId: id })).length;

  it('goes from a missed herhaalde oproep to a frozen Wi 22 beschikking with kenmerk, new term and payment', async () => {
    await oproepGemist('2026-10-01', '2026-10-08');
    // Only the first oproep was missed: no waarschuwing yet, no boete.
    expect(await wi22()).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Stuur eerst de waarschuwing met de herhaalde oproep') } });
    expect((await overzicht()).boetes).toEqual([]);
    expect((await overzicht()).wi22.mogelijk).toBe(false);

    op('2026-10-09');
    await oproepGemist('2026-10-09', '2026-10-19');
    op('2026-10-20');
    expect((await overzicht()).wi22).toEqual({ mogelijk: true, reden: null });
    const { boete: voornemen } = data(await wi22());
    expect(voornemen).toMatchObject({ soort: 'wi22', status: 'voornemen', bedrag: 250, datumGedraging: '2026-10-19', samenloopGecontroleerd: true });
    // One voornemen at a time.
    expect(await wi22()).toMatchObject({ ok: false, fout: { message: expect.stringContaining('loopt al een voornemen') } });
    // No beschikking before the zienswijze was asked (Awb 4:8).
    expect(await o.handlers.boeteVaststellen({ boeteId: voornemen.id, dagtekening: '2026-10-20', ondertekenaarId, rekeningnummer: IBAN, nieuweAfspraakOp: '2026-11-20', nieuweAfspraakTijdEnPlaats: PLAATS })).toMatchObject({
      ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 4:8 Awb') },
    });

    const zienswijze = data(await o.handlers.boeteZienswijzeBrief({ boeteId: voornemen.id, verzonden: '2026-10-20', ondertekenaarId }));
    expect(zienswijze.boete).toMatchObject({ status: 'zienswijze', zienswijzeVerzonden: '2026-10-20', zienswijzeTermijnTot: '2026-11-03' });
    const zienswijzeTekst = pdfTekstPlat(await bewaard(zienswijze.documentId));
    expect(zienswijzeTekst).toContain('INB-2026-0003');
    expect(zienswijzeTekst).toContain('3 november 2026');
    expect((await overzicht()).termijnen).toEqual([expect.objectContaining({ soort: 'zienswijze', datum: '2026-11-03', artikel: 'art. 4:8 Awb' })]);

    op('2026-10-27');
    const vaststellen = { boeteId: voornemen.id, ondertekenaarId, rekeningnummer: IBAN, nieuweAfspraakTijdEnPlaats: PLAATS };
    expect(await o.handlers.boeteVaststellen({ ...vaststellen, dagtekening: '2026-10-27', nieuweAfspraakOp: '2026-11-20' })).toMatchObject({
      ok: false, fout: { code: 'REGEL_GESCHONDEN', message: 'De termijn voor de zienswijze loopt tot en met 3 november 2026. Stel de boete pas daarna vast, of leg eerst de zienswijze vast (art. 4:8 Awb).' },
    });

    op('2026-11-04');
    // Per-doelgroep switch 'extra toets': vaststellen needs a juridische toets.
    data(await o.handlers.boeteRegimeOpslaan({ doelgroep: 'asielstatushouder', regime: 'extra_toets', sinds: '2026-11-01', reden: 'HvJ EU Keren (C-158/23): juridisch advies per zaak.' }));
    expect(await o.handlers.boeteVaststellen({ ...vaststellen, dagtekening: '2026-11-04', nieuweAfspraakOp: '2026-12-01' })).toMatchObject({
      ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Vink "Juridisch getoetst" aan') },
    });
    // Wi 22 lid 2: the new term is at most two months.
    const getoetst = { juridischGetoetst: true, juridischGetoetstDoor: 'mr. C. Visser', juridischGetoetstOp: '2026-11-03' };
    expect(await o.handlers.boeteVaststellen({ ...vaststellen, ...getoetst, dagtekening: '2026-11-04', nieuweAfspraakOp: '2027-01-05' })).toMatchObject({
      ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('4 januari 2027 of eerder') },
    });
    const documentenVoor = await aantalDocumenten();
    const { boete, documentId } = data(await o.handlers.boeteVaststellen({ ...vaststellen, ...getoetst, dagtekening: '2026-11-04', nieuweAfspraakOp: '2026-12-01' }));
    expect(await aantalDocumenten()).toBe(documentenVoor + 1);
    expect(boete).toMatchObject({
      status: 'vastgesteld', kenmerk: 'INB-2026-0004', dagtekening: '2026-11-04', documentId, bedrag: 250, nieuweAfspraakOp: '2026-12-01', nieuweAfspraakUitkomst: 'open',
      ondertekenaar: { naam: 'mr. A.B. de Boer' }, juridischGetoetstDoor: 'mr. C. Visser',
    });
    const pdf = await bewaard(documentId);
    mkdirSync('test-results/documenten', { recursive: true });
    writeFileSync('test-results/documenten/boete-wi22.pdf', pdf);
    pdfNaarPng(pdf, 'test-results/documenten/boete-wi22-pagina-1', 70);
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('INB-2026-0004');
    expect(tekst).toContain('€ 250,00');
    expect(tekst).toContain('artikel 22 lid 2 Wet inburgering 2021');
    expect(tekst).toContain('1 december 2026');
    expect(tekst).toContain('16 december 2026'); // Awb 4:87: six weeks after the dagtekening
    expect(tekst).toContain(IBAN);
    expect(tekst).toContain('mr. A.B. de Boer');
    expect(pdfTekst(pdf)).not.toContain('{');
    // A reprint gives the same bytes.
    expect(await bewaard(documentId)).toEqual(pdf);

    const na = await overzicht();
    expect(na.reedsOpgelegd).toBe(250);
    expect(na.termijnen.map((t) => [t.soort, t.datum])).toEqual([['nieuwe_afspraak', '2026-12-01'], ['betaling', '2026-12-16']]);
    expect(na.wi22.mogelijk).toBe(false);

    // The new term is missed too: a repeat boete becomes possible (Wi 22 lid 3).
    expect(await o.handlers.boeteNieuweAfspraakUitkomst({ boeteId: boete.id, uitkomst: 'niet_verschenen' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('pas op 1 december 2026') } });
    op('2026-12-02');
    data(await o.handlers.boeteNieuweAfspraakUitkomst({ boeteId: boete.id, uitkomst: 'niet_verschenen' }));
    expect((await overzicht()).wi22.mogelijk).toBe(true);
    const herhaling = data(await wi22()).boete;
    expect(herhaling).toMatchObject({ vorigeBoeteId: boete.id, datumGedraging: '2026-12-01', bedrag: 250 });

    // Payment is recorded, not collected.
    data(await o.handlers.boeteBetaling({ boeteId: boete.id, betaaldOp: '2026-12-02', invorderingOvergedragenOp: null }));
    expect((await overzicht()).termijnen.map((t) => t.soort)).not.toContain('betaling');

    // Awb 10:3 lid 3: who signed the boetebeschikking may not sign the beslissing op bezwaar against it.
    const { bezwaar } = data(await o.handlers.bezwaarRegistreren({ documentId, ontvangenOp: '2026-12-02', gronden: 'Ik was ziek.', adviescommissie: false, verschoonbaar: false }));
    // Under bezwaar the boete is not onherroepelijk: it cannot count as recidive (Besluit 7.1 lid 3).
    expect((await overzicht()).boetes.find((b) => b.id === boete.id)).toMatchObject({ bezwaarOntvangenOp: '2026-12-02' });
    data(await o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, afgezienReden: 'Het bezwaar is kennelijk ongegrond.' }));
    const register = async () => JSON.stringify([data(await o.handlers.bezwaarOverzicht({ inburgeraarId: id })), await aantalDocumenten()]);
    const voor = await register();
    expect(await o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: '2026-12-02', motivering: 'Geen bewijs van ziekte.', ondertekenaarId })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Wie het besluit nam, mag niet op het bezwaar beslissen (artikel 10:3 lid 3 Awb)') },
    });
    expect(await register()).toBe(voor);
  });

  it('refuses a voornemen when the switch is off for the doelgroep, or bijstand was verlaagd, and changes nothing', async () => {
    await oproepGemist('2026-09-10', '2026-09-17');
    await oproepGemist('2026-09-18', '2026-09-28');
    data(await o.handlers.boeteRegimeOpslaan({ doelgroep: 'asielstatushouder', regime: 'uit', sinds: '2026-09-01', reden: 'HvJ EU Keren; advies afdeling Juridische Zaken' }));
    const logVoor = (data(await o.handlers.boeteRegimesOphalen({})).regimes);
    expect(logVoor.find((r) => r.doelgroep === 'asielstatushouder')).toEqual({ doelgroep: 'asielstatushouder', regime: 'uit', sinds: '2026-09-01', reden: 'HvJ EU Keren; advies afdeling Juridische Zaken' });
    expect(logVoor.find((r) => r.doelgroep === 'gezinsmigrant')).toMatchObject({ regime: 'aan', sinds: null });
    expect(await wi22()).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Boetes voor de doelgroep asielstatushouder staan uit sinds 1 september 2026 (instelling Handhaving per doelgroep; reden: HvJ EU Keren; advies afdeling Juridische Zaken)') },
    });
    expect((await overzicht()).wi22).toMatchObject({ mogelijk: false, reden: expect.stringContaining('staan uit') });
    expect((await overzicht()).boetes).toEqual([]);

    data(await o.handlers.boeteRegimeOpslaan({ doelgroep: 'asielstatushouder', regime: 'aan', sinds: '2026-10-01', reden: 'Na juridisch advies weer aan' }));
    expect(await wi22(true)).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('(art. 27 Wi 2021)') } });
    expect((await overzicht()).boetes).toEqual([]);
    expect(data(await wi22(false)).boete.status).toBe('voornemen');
  });

  it('Wi 23: needs a vastgesteld PIP, counts recidive, and above € 340 needs the rapport of Awb 5:53', async () => {
    const invoer = {
      inburgeraarId: 0, gedraging: 'ondersteuning_begeleiding' as const, toelichting: 'Drie afspraken met de klantmanager gemist zonder bericht.', datumGedraging: '2026-11-20',
      verwijtbaarheid: 'opzet' as const, verwijtbaarheidMotivering: 'Wist van de afspraken en meldde zich niet af.', bijstandVerlaagd: false, rapportDatum: null,
    };
    op('2026-04-14');
    // A dossier whose intake and PIP lie in spring (as in pip.test.ts).
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-04-14', 1),
      geslacht: 'vrouw', doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    })).id;
    invoer.inburgeraarId = id;
    expect(await o.handlers.boeteWi23Voornemen(invoer)).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Er is nog geen vastgesteld PIP') } });
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-04-10', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId }));

    op('2026-11-23');
    // Six earlier Wi 23 boetes, onherroepelijk, within 12 months: 50 × 7 = € 350 at opzet.
    for (const [i, dagtekening] of ['2026-05-04', '2026-06-01', '2026-07-01', '2026-08-03', '2026-09-01', '2026-10-01'].entries()) {
      await voegBoeteToe(o.kluis.db, {
        inburgeraarId: id, soort: 'wi23', gedraging: 'pvt_map', gedragingToelichting: null, datumGedraging: dagtekening, oproepId: null, vorigeBoeteId: null,
        verwijtbaarheid: 'opzet', verwijtbaarheidMotivering: null, recidive: i, bedrag: 50, berekening: [], status: 'vastgesteld', zienswijzeVerzonden: null,
        zienswijzeTermijnTot: null, zienswijzeDocumentId: null, zienswijzeOntvangenOp: null, zienswijzeWijze: null, zienswijzeSamenvatting: null, zienswijzeWeging: null,
        rapportDatum: null, samenloopGecontroleerd: 1, juridischGetoetstDoor: null, juridischGetoetstOp: null, kenmerk: `OUD-${i}`, dagtekening, documentId: null,
        ondertekenaar: null, nieuweAfspraakOp: null, nieuweAfspraakTijdEnPlaats: null, nieuweAfspraakUitkomst: null, betaaldOp: null, invorderingOvergedragenOp: null,
        bezwaarOntvangenOp: null, ingetrokkenOp: null, intrekkingReden: null,
      }, '2026-11-01T00:00:00Z');
    }
    // The last one (1 October) is not onherroepelijk until 13 November + 1; on 20 November it is: six recidives.
    const zonder = await o.handlers.boeteWi23Voornemen(invoer);
    expect(zonder).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: 'De boete wordt € 350: hoger dan € 340. Maak eerst een rapport op en vul de datum daarvan in (art. 5:53 Awb).' } });
    expect((await overzicht()).boetes).toHaveLength(6);
    expect(await o.handlers.boeteWi23Voornemen({ ...invoer, bijstandVerlaagd: true })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('art. 27 Wi 2021') } });

    const { boete } = data(await o.handlers.boeteWi23Voornemen({ ...invoer, rapportDatum: '2026-11-21' }));
    expect(boete).toMatchObject({ recidive: 6, bedrag: 350, rapportDatum: '2026-11-21', status: 'voornemen' });
    expect(boete.berekening.map((s) => s.bedrag)).toEqual([50, 350, 350]);
    const { termijnen } = await overzicht();
    expect(termijnen.filter((t) => t.boeteId === boete.id)).toEqual([expect.objectContaining({ soort: 'rapport', datum: '2027-02-22', artikel: 'art. 5:53 Awb' })]);

    const { documentId } = data(await o.handlers.boeteZienswijzeBrief({ boeteId: boete.id, verzonden: '2026-11-23', ondertekenaarId }));
    const tekst = pdfTekstPlat(await bewaard(documentId));
    expect(tekst).toContain('€ 350,00');
    expect(tekst).toContain('21 november 2026');
    data(await o.handlers.boeteZienswijzeOntvangen({ boeteId: boete.id, ontvangenOp: '2026-11-23', wijze: 'mondeling', samenvatting: 'Was ziek, heeft geen bewijs.' }));
    expect(await o.handlers.boeteVaststellen({ boeteId: boete.id, dagtekening: '2026-11-23', ondertekenaarId, rekeningnummer: IBAN })).toMatchObject({
      ok: false, fout: { message: 'Schrijf op hoe de zienswijze is gewogen (art. 3:46 Awb).' },
    });
    const vast = data(await o.handlers.boeteVaststellen({ boeteId: boete.id, dagtekening: '2026-11-23', ondertekenaarId, rekeningnummer: IBAN, weging: 'Zonder bewijs van ziekte blijft de boete staan.' }));
    expect(vast.boete).toMatchObject({ status: 'vastgesteld', bedrag: 350, zienswijzeWeging: 'Zonder bewijs van ziekte blijft de boete staan.' });
    const beschikking = pdfTekstPlat(await bewaard(vast.documentId));
    expect(beschikking).toContain('€ 350,00');
    expect(beschikking).toContain('artikel 15 lid 1 onder b');
    // Besluit 7.1 lid 3: the six earlier boetes by date and kenmerk, and onherroepelijk explained.
    expect(beschikking).toContain(
      'U kreeg eerder boetes op 4 mei 2026 (kenmerk OUD-0), op 1 juni 2026 (kenmerk OUD-1), op 1 juli 2026 (kenmerk OUD-2), op 3 augustus 2026 (kenmerk OUD-3), op 1 september 2026 (kenmerk OUD-4) en op 1 oktober 2026 (kenmerk OUD-5).',
    );
    expect(beschikking).toContain('Dat heet: de boete is onherroepelijk. Daarom is het basisbedrag nu zeven keer zo hoog (artikel 7.1 lid 3 Besluit inburgering 2021).');
    expect(beschikking).toContain('De reden: u hebt op 20 november 2026 niet meegedaan aan de ondersteuning en begeleiding uit uw plan.');
    expect(beschikking).toContain('Daarom rekenen wij 100% van het bedrag na de verhoging (zie de berekening hieronder).');
    expect((await overzicht()).reedsOpgelegd).toBe(650);
  });
});
