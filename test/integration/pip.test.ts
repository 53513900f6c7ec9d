import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekst, pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';

const NU = new Date('2026-04-14T09:00:00Z');

describe('intake → PIP → beschikking → verzonden → bezwaar → wijziging', () => {
  let o: TestOmgeving;
  let id: number;
  let ondertekenaarId: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025 (Gemeenteblad 2025, 1234)' }))[0]!.id;
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-04-14', 0),
      geslacht: 'vrouw', doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09',
    })).id;
  });
  afterEach(async () => o.opruimen());

  async function intakeAfronden(): Promise<void> {
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
  }

  async function vastgesteld(dagtekening = '2026-04-14') {
    await intakeAfronden();
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    return data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening, ondertekenaarId })).pip;
  }

  it('refuses to complete an incomplete intake, naming rule and article, and accepts a complete one', async () => {
    const fout = await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 14 lid 3 onder a en lid 6 Wi 2021') } });
    await intakeAfronden();
    const { intake } = data(await o.handlers.intakeOphalen({ inburgeraarId: id }));
    expect(intake.afgerondOp).toBe('2026-03-20');
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar.status).toBe('intake');
    expect(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE })).toMatchObject({ ok: false });
  });

  it('follows the oproep line of Wi 14 and prints each oproep and waarschuwing', async () => {
    const een = data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-02-10', verschijnenOp: '2026-02-17', tijdEnPlaats: '10.00 uur, gemeentehuis' }));
    expect(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-02-11', verschijnenOp: '2026-02-18', tijdEnPlaats: 'x' })).toMatchObject({ ok: false });
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: true })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    const twee = data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-02-18', verschijnenOp: '2026-02-25', tijdEnPlaats: '10.00 uur, gemeentehuis' }));
    data(await o.handlers.oproepUitkomst({ oproepId: twee.oproepId, uitkomst: 'niet_verschenen' }));
    const drie = data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-02-26', verschijnenOp: '2026-03-05', tijdEnPlaats: '10.00 uur, gemeentehuis' }));
    data(await o.handlers.oproepUitkomst({ oproepId: drie.oproepId, uitkomst: 'niet_verschenen' }));
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).volgendeStap).toBe('in_afwezigheid_afronden');
    expect(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-03-06', verschijnenOp: '2026-03-13', tijdEnPlaats: 'x' })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-06', inAfwezigheid: true }));

    data(await o.handlers.documentOpslaan({ documentId: een.documentId }));
    data(await o.handlers.documentOpslaan({ documentId: twee.documentId }));
    const [eerste, tweede] = [...o.opgeslagen.values()];
    expect(pdfTekstPlat(eerste!)).toContain('Uitnodiging brede intake');
    expect(pdfTekstPlat(eerste!)).toContain('17 februari 2026');
    const waarschuwing = pdfTekstPlat(tweede!);
    expect(waarschuwing).toContain('Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep)');
    expect(waarschuwing).toContain('U bent niet gekomen op de afspraak van 17 februari 2026');
    expect(waarschuwing).toContain('artikel 22 Wet inburgering 2021');
  });

  it('refuses a concept that breaks a rule and names the article', async () => {
    const fout = await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, leerroute: 'onderwijs', niveau: 'A2' } });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 8 en art. 17 lid 3 Wi 2021') } });
    expect(data(await o.handlers.pipOverzicht({ inburgeraarId: id })).versies).toHaveLength(0);
  });

  it('will not set a PIP before the intake is complete', async () => {
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    const fout = await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 15 lid 1 Wi 2021') } });
  });

  it('sets the PIP: kenmerk, frozen PDF with every mandatory element and the computed dates', async () => {
    const pip = await vastgesteld();
    expect(pip).toMatchObject({ status: 'vastgesteld', kenmerk: 'INB-2026-0001', dagtekening: '2026-04-14', termijnStart: '2026-04-15', termijnEinde: '2029-04-14', sjabloonVersie: '2026-01-01' });
    expect(pip.ondertekenaar).toMatchObject({ naam: 'mr. A.B. de Boer' });
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar.status).toBe('pip_vastgesteld');

    data(await o.handlers.documentOpslaan({ documentId: pip.documentId! }));
    const pdf = [...o.opgeslagen.values()].at(-1)!;
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(pdf, 'test-results/documenten/pip-beschikking-pagina-1', 70);
    writeFileSync('test-results/documenten/pip-beschikking.pdf', pdf);
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    const paginas = pdfPaginas(pdf);
    expect(paginas).toBeGreaterThanOrEqual(3);
    const tekst = pdfTekstPlat(pdf);
    // Briefhoofd and addressee
    expect(tekst).toContain('Gemeente Voorbeeldstad');
    expect(tekst).toContain('Postbus 100');
    expect(tekst).toMatch(/Mevrouw Gülşen Çelik/);
    // Referentieregel
    for (const stuk of ['Ons kenmerk', 'INB-2026-0001', 'Datum', '14 april 2026', 'Behandeld door', 'R. Jansen', 'Telefoon', '14 0123']) expect(tekst).toContain(stuk);
    expect(tekst).toContain('Onderwerp: Persoonlijk plan inburgering en participatie');
    expect(tekst).toContain('Geachte mevrouw Çelik,');
    // Besluit with every PIP element
    for (const element of ['B1-route, taalniveau B1', 'ongeveer 600 uur', 'Ondersteuning en begeleiding', 'Participatieverklaringstraject', 'Module arbeidsmarkt en participatie', 'Voor- en vroegschoolse educatie', 'Maatschappelijke begeleiding', 'Financieel ontzorgen', '6 gesprekken', 'Taalhuis Voorbeeldstad']) {
      expect(tekst).toContain(element);
    }
    // Termijn, motivering with the routes considered
    expect(tekst).toContain('Deze termijn begint op 15 april 2026 en eindigt op 14 april 2029 (artikel 11 Wet inburgering 2021)');
    expect(tekst).toContain('Onderwijsroute Er is geen vooropleiding');
    expect(tekst).toContain('Z-route Niet nodig');
    // Rechtsmiddelenclausule (Awb 3:45): who, within which term, where
    expect(tekst).toContain('binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Voorbeeldstad, Postbus 100, 9900 AA Voorbeeldstad');
    expect(tekst).toContain('het kenmerk INB-2026-0001');
    expect(tekst).toContain('voorzieningenrechter van de rechtbank Noord-Nederland');
    // Ondertekening namens, in mandaat
    expect(tekst).toContain('Burgemeester en wethouders van Voorbeeldstad, namens dezen, mr. A.B. de Boer teamleider Werk en Inkomen');
    expect(tekst).toContain('Mandaatbesluit Sociaal Domein 2025');
    // Bijlagen and page numbers
    expect(tekst).toContain('Bijlage 1 — Persoonlijk plan inburgering en participatie');
    expect(tekst).toContain('15-04-2026 tot en met 14-04-2029');
    expect(tekst).toContain('Bijlage 2 — Besluit financieel ontzorgen (artikel 56a Participatiewet)');
    expect(tekst).toContain('01-03-2026 tot en met 31-08-2026');
    expect(tekst).toContain(`Pagina 1 van ${paginas}`);
    expect(tekst).toContain(`Pagina ${paginas} van ${paginas}`);
    // The signature block stays together on one page
    const paginaMetHandtekening = Array.from({ length: paginas }, (_, i) => pdfTekst(pdf, i + 1)).find((p) => p.includes('namens dezen'))!;
    expect(paginaMetHandtekening).toContain('mr. A.B. de Boer');

    // A reprint gives the same bytes.
    data(await o.handlers.documentOpslaan({ documentId: pip.documentId! }));
    expect(Buffer.from([...o.opgeslagen.values()].at(-1)!).equals(Buffer.from(pdf))).toBe(true);
  });

  it('a vastgesteld PIP is never edited; verzonden shows the bezwaartermijn; bezwaar and beroep are recorded', async () => {
    const pip = await vastgesteld();
    expect(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Start een wijziging') } });
    expect(await o.handlers.pipBezwaar({ pipId: pip.id, ontvangenOp: '2026-04-20', uitkomst: null })).toMatchObject({ ok: false });
    expect(await o.handlers.pipVerzonden({ pipId: pip.id, verzenddatum: '2026-04-13' })).toMatchObject({ ok: false });
    const verzonden = data(await o.handlers.pipVerzonden({ pipId: pip.id, verzenddatum: '2026-04-14' })).pip;
    expect(verzonden).toMatchObject({ status: 'verzonden', bezwaartermijnEinde: '2026-05-26' });
    expect(data(await o.handlers.pipBezwaar({ pipId: pip.id, ontvangenOp: '2026-05-20', uitkomst: 'Ongegrond' })).pip).toMatchObject({ bezwaarOntvangenOp: '2026-05-20', bezwaarUitkomst: 'Ongegrond' });
    expect(data(await o.handlers.pipBeroep({ pipId: pip.id, ingesteldOp: '2026-08-01' })).pip.beroepIngesteldOp).toBe('2026-08-01');
  });

  it('a wijziging makes a new version that cites the previous kenmerk and keeps the termijn start (Wi 11.3)', async () => {
    const eerste = await vastgesteld();
    data(await o.handlers.pipVerzonden({ pipId: eerste.id, verzenddatum: '2026-04-14' }));
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'afschalen', toelichting: 'Na 640 uur les blijkt B1 voor lezen niet haalbaar.' }));
    expect(wijziging).toMatchObject({ versie: 2, soort: 'wijziging', status: 'concept', vorigKenmerk: 'INB-2026-0001' });

    const te_weinig = await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, niveau: 'A2', urenNt2: 420 } });
    expect(te_weinig).toMatchObject({ ok: false, fout: { message: expect.stringContaining('600 uur') } });
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, niveau: 'A2', urenNt2: 640 } }));
    const tweede = data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2026-04-15', ondertekenaarId })).pip;
    expect(tweede).toMatchObject({ kenmerk: 'INB-2026-0002', termijnStart: '2026-04-15', termijnEinde: '2029-04-14' });

    const versies = data(await o.handlers.pipOverzicht({ inburgeraarId: id })).versies;
    expect(versies.map((v) => [v.versie, v.status, v.kenmerk])).toEqual([[1, 'verzonden', 'INB-2026-0001'], [2, 'vastgesteld', 'INB-2026-0002']]);

    data(await o.handlers.documentOpslaan({ documentId: tweede.documentId! }));
    const pdf = [...o.opgeslagen.values()].at(-1)!;
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('Onderwerp: Wijziging persoonlijk plan inburgering en participatie');
    expect(tekst).toContain('met kenmerk INB-2026-0001');
    expect(tekst).toContain('Afschalen naar A2 na 600 uur (art. 17 lid 3 Wi 2021)');
    expect(tekst).toContain('was: B1-route, taalniveau B1 wordt: B1-route, taalniveau A2');
    expect(tekst).toContain('De termijn begon op 15 april 2026 en eindigt op 14 april 2029 (artikel 11 lid 3 Wet inburgering 2021)');
    pdfNaarPng(pdf, 'test-results/documenten/wijzigingsbeschikking-pagina-1', 70);
  });

  it('the preview is the same letter as the one that will be printed, with CONCEPT as kenmerk', async () => {
    await intakeAfronden();
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    const { brief, bevindingen } = data(await o.handlers.pipVoorbeeld({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId }));
    expect(bevindingen).toEqual([]);
    expect(brief.referentie[0]).toEqual({ label: 'Ons kenmerk', waarde: 'CONCEPT — nog geen kenmerk' });
    expect(brief.secties.map((s) => s.kop)).toEqual([null, 'Ons besluit', 'Uw termijn', 'Waarom wij zo besluiten', 'Bent u het niet eens met dit besluit?', null]);
    expect(brief.ondertekening.namens).toEqual(['Burgemeester en wethouders van Voorbeeldstad,', 'namens dezen,']);
  });

  it('keeps edited standard texts as a new version and refuses to drop a legal placeholder', async () => {
    const teksten = data(await o.handlers.briefTekstenOphalen({}));
    const { versie: _versie, ...invoer } = teksten;
    expect(await o.handlers.briefTekstenOpslaan({ ...invoer, rechtsmiddelen: 'Bezwaar? Bel ons.' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('{gemeente}') } });
    const nieuw = data(await o.handlers.briefTekstenOpslaan({ ...invoer, slot: 'Hoogachtend,' }));
    expect(nieuw.versie).toBe('2026-04-14.1');
    const pip = await vastgesteld();
    expect(pip.sjabloonVersie).toBe('2026-04-14.1');
  });
});
