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
  // The clock moves on in a test, as in a real dossier: a wijziging comes months after the PIP.
  let nu: Date;

  beforeEach(async () => {
    nu = NU;
    o = testOmgeving({ nu: () => nu });
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
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
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
    expect(pip).toMatchObject({ status: 'vastgesteld', kenmerk: 'INB-2026-0001', dagtekening: '2026-04-14', termijnStart: '2026-04-15', termijnEinde: '2029-04-14', sjabloonVersie: '2026-11-23' });
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
    for (const element of ['B1-route, taalniveau B1', '10 uur per week, in totaal 1.200 uur', 'Ondersteuning en begeleiding', 'Participatieverklaringstraject', 'Module arbeidsmarkt en participatie', 'Voor- en vroegschoolse educatie', 'Maatschappelijke begeleiding', 'Financieel ontzorgen', 'Wij spreken u elke 6 maanden over hoe het gaat: 6 gesprekken in de drie jaar van uw termijn.', 'Taalhuis Voorbeeldstad']) {
      expect(tekst).toContain(element);
    }
    // Jargon explained once, what to do, and what happens if not (Wi 23, with the amount)
    expect(tekst).toContain('Intensiteit betekent: hoeveel uur u aan uw leerroute werkt.');
    expect(tekst).toContain('De module arbeidsmarkt en participatie (MAP) is een cursus over werk in Nederland');
    expect(tekst).toContain('Voor- en vroegschoolse educatie (VVE) is een programma voor jonge kinderen');
    expect(tekst).toContain('Wat moet u doen?');
    expect(tekst).toContain('Kom naar de voortgangsgesprekken met R. Jansen.');
    expect(tekst).toContain('boete geven (artikel 23 Wet inburgering 2021). De eerste keer is die boete hoogstens € 50. Hoe hoog de boete is, hangt af van hoeveel schuld u hebt.');
    // No stand-ins for settings, and no facts presented as part of the decision
    for (const plaatshouder of ['de rechtbank de rechtbank', 'het algemene nummer', '[', 'Gevolgde uren', 'ongeveer']) expect(tekst).not.toContain(plaatshouder);
    // Termijn, motivering with the routes considered
    expect(tekst).toContain('Deze termijn begint op 15 april 2026 en eindigt op 14 april 2029 (artikel 11 Wet inburgering 2021)');
    expect(tekst).toContain('Onderwijsroute De onderwijsroute is voor wie wil studeren en een grote kans heeft op een diploma');
    expect(tekst).toContain('Z-route Niet nodig: de toets en het gesprek laten zien dat u het examen binnen de termijn kunt halen.');
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
    // A besluit decides from its dagtekening on (Awb 3:40): ontzorgen from 14 April, not from the start of bijstand.
    expect(tekst).toContain('14-04-2026 tot en met 31-08-2026');
    expect(tekst).toContain('Uw bijstand begon op 1 maart 2026. De zes maanden eindigen op 31 augustus 2026. Wij doen dit vanaf 14 april 2026, de datum van deze brief, tot en met 31 augustus 2026.');
    expect(tekst).toContain('Werkt u niet mee? Dan kunnen wij uw bijstand verlagen (artikel 18 Participatiewet).');
    expect(tekst).toContain(`Pagina 1 van ${paginas}`);
    expect(tekst).toContain(`Pagina ${paginas} van ${paginas}`);
    // The signature block stays together on one page
    const paginaMetHandtekening = Array.from({ length: paginas }, (_, i) => pdfTekst(pdf, i + 1)).find((p) => p.includes('namens dezen'))!;
    expect(paginaMetHandtekening).toContain('mr. A.B. de Boer');

    // A reprint gives the same bytes.
    data(await o.handlers.documentOpslaan({ documentId: pip.documentId! }));
    expect(Buffer.from([...o.opgeslagen.values()].at(-1)!).equals(Buffer.from(pdf))).toBe(true);
  });

  it('a vastgesteld PIP is never edited; verzonden shows the bezwaartermijn (bezwaar and beroep: the register in bezwaar.test.ts)', async () => {
    const pip = await vastgesteld();
    expect(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Start een wijziging') } });
    expect(await o.handlers.pipVerzonden({ pipId: pip.id, verzenddatum: '2026-04-13' })).toMatchObject({ ok: false });
    const verzonden = data(await o.handlers.pipVerzonden({ pipId: pip.id, verzenddatum: '2026-04-14' })).pip;
    expect(verzonden).toMatchObject({ status: 'verzonden', bezwaartermijnEinde: '2026-05-26' });
  });

  it('a wijziging makes a new version with its own motivering, cites the previous kenmerk and keeps the termijn start (Wi 11.3, 17)', async () => {
    const eerste = await vastgesteld();
    data(await o.handlers.pipVerzonden({ pipId: eerste.id, verzenddatum: '2026-04-14' }));
    // Fourteen months later: 640 hours of lessons followed since the PIP.
    nu = new Date('2027-06-14T09:00:00Z');
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'afschalen', toelichting: null }));
    expect(wijziging).toMatchObject({ versie: 2, soort: 'wijziging', status: 'concept', vorigKenmerk: 'INB-2026-0001' });
    expect(wijziging.inhoud.wijziging).toMatchObject({ feiten: null, urenNt2NaPip: null });

    const afgeschaald = { ...VOLLEDIG_PIP, ontzorgen: false, startBijstand: null, niveau: 'A2' as const, niveauPerOnderdeel: { lezen: 'A2' as const, luisteren: 'B1' as const, schrijven: 'A2' as const, spreken: 'B1' as const } };
    const motivering = {
      urenNt2NaPip: 640,
      urenBijErkendeInstelling: true,
      inspanningen: 'U was bij 95 procent van de lessen. U deed het examen lezen twee keer en het examen schrijven twee keer.',
      feiten: 'Uw docent en de examenuitslagen laten zien dat u voor lezen en schrijven niveau B1 binnen uw termijn niet haalt.',
    };
    const teWeinig = await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...afgeschaald, wijziging: { ...motivering, urenNt2NaPip: 420 } } });
    expect(teWeinig).toMatchObject({ ok: false, fout: { message: expect.stringContaining('600 uur') } });
    const nietErkend = await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...afgeschaald, wijziging: { ...motivering, urenBijErkendeInstelling: false } } });
    expect(nietErkend).toMatchObject({ ok: false, fout: { message: expect.stringContaining('art. 5.5 lid 1 Besluit') } });
    // Ontzorgen ended on 31 August 2026: a beschikking of June 2027 cannot decide about it (Awb 3:40).
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...afgeschaald, ontzorgen: true, startBijstand: '2026-03-01', wijziging: motivering } }));
    expect(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2027-06-14', ondertekenaarId })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('liepen tot en met 31 augustus 2026 en zijn op de dagtekening al voorbij') },
    });
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...afgeschaald, wijziging: motivering } }));
    // No backdating: the dagtekening is today or the planned day of sending.
    expect(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2027-06-01', ondertekenaarId })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('art. 3:40 Awb') } });
    const tweede = data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2027-06-14', ondertekenaarId })).pip;
    expect(tweede).toMatchObject({ kenmerk: 'INB-2027-0001', termijnStart: '2026-04-15', termijnEinde: '2029-04-14' });

    const versies = data(await o.handlers.pipOverzicht({ inburgeraarId: id })).versies;
    expect(versies.map((v) => [v.versie, v.status, v.kenmerk])).toEqual([[1, 'verzonden', 'INB-2026-0001'], [2, 'vastgesteld', 'INB-2027-0001']]);

    data(await o.handlers.documentOpslaan({ documentId: tweede.documentId! }));
    const pdf = [...o.opgeslagen.values()].at(-1)!;
    writeFileSync('test-results/documenten/wijzigingsbeschikking.pdf', pdf);
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('Onderwerp: Wijziging persoonlijk plan inburgering en participatie');
    expect(tekst).toContain('met kenmerk INB-2026-0001');
    expect(tekst).toContain('Daarom verlagen wij het niveau voor die examens naar A2. Dat heet afschalen (artikel 17 lid 3 Wet inburgering 2021).');
    expect(tekst).toContain('• Doe de examens lezen en schrijven voortaan op niveau A2.');
    expect(tekst).toContain('INB-2026-0001, gewijzigd op 14 juni 2027 (INB-2027-0001)');
    // Its legal basis is Wi 17 (with the Besluit), not Wi 15.
    expect(tekst).toContain('Wij wijzigen uw plan zoals hierboven staat (artikel 17 lid 3 Wet inburgering 2021 en artikel 5.3 lid 5 en 6 en artikel 5.5 Besluit inburgering 2021). Vanaf de datum van deze brief geldt het plan in bijlage 1.');
    expect(tekst).not.toContain('Wij stellen uw plan als volgt vast (artikel 15');
    expect(tekst).toContain('was: B1-route, taalniveau B1 wordt: B1-route: lezen en schrijven op taalniveau A2; luisteren en spreken op taalniveau B1');
    // Its own reasoning, never the original "B1 is haalbaar".
    expect(tekst).toContain('U hebt na uw eerste plan 640 uur Nederlandse les gevolgd bij Taalhuis Voorbeeldstad, een taalschool met een keurmerk.');
    expect(tekst).toContain(motivering.inspanningen);
    expect(tekst).toContain(motivering.feiten);
    expect(tekst).toContain('Daarom verlagen wij het taalniveau voor lezen en schrijven naar A2. Voor de andere onderdelen en voor KNM blijft alles zoals het was.');
    expect(tekst).not.toContain(VOLLEDIG_PIP.motivering!);
    expect(tekst).toContain('De termijn begon op 15 april 2026 en eindigt op 14 april 2029 (artikel 11 lid 3 Wet inburgering 2021)');
    expect(tekst).not.toContain('Bijlage 2');
    pdfNaarPng(pdf, 'test-results/documenten/wijzigingsbeschikking-pagina-1', 70);
  });

  it('the preview is the same letter as the one that will be printed, with CONCEPT as kenmerk', async () => {
    await intakeAfronden();
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    const { brief, bevindingen } = data(await o.handlers.pipVoorbeeld({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId }));
    expect(bevindingen).toEqual([]);
    expect(brief.referentie[0]).toEqual({ label: 'Ons kenmerk', waarde: 'CONCEPT — nog geen kenmerk' });
    expect(brief.secties.map((s) => s.kop)).toEqual([null, 'Ons besluit', 'Uw termijn', 'Wat moet u doen?', 'Wat gebeurt er als u niet meedoet?', 'Waarom wij zo besluiten', 'Bent u het niet eens met dit besluit?', null]);
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
