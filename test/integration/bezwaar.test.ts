import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekst, pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';

// The bezwaar and beroep register on a real vault: a PIP beschikking sent on 14 April 2026, a bezwaar,
// the hoorzitting, a verdaging with its letter, the beslissing op bezwaar with the beroep clause, beroep.
describe('bezwaar en beroep register (Awb 6:7–8:1)', () => {
  let o: TestOmgeving;
  let id: number;
  let ondertekenaarId: number;
  /** Awb 10:3 lid 3: the beslissing op bezwaar is signed by someone who did not sign the primary besluit. */
  let bobOndertekenaarId: number;
  let nu: Date;
  const op = (datum: string) => void (nu = new Date(`${datum}T10:00:00+02:00`));

  beforeEach(async () => {
    op('2026-04-14');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
    const lijst = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. C.D. Visser', functie: 'jurist bezwaar en beroep', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }));
    bobOndertekenaarId = lijst.find((r) => r.naam === 'mr. C.D. Visser')!.id;
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-04-14', 0),
      geslacht: 'vrouw', doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    })).id;
  });
  afterEach(async () => o.opruimen());

  async function verzondenPip() {
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    const vastgesteld = data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId })).pip;
    return data(await o.handlers.pipVerzonden({ pipId: vastgesteld.id, verzenddatum: '2026-04-14' })).pip;
  }
  const overzicht = async () => data(await o.handlers.bezwaarOverzicht({ inburgeraarId: id }));
  const signalen = async () => data(await o.handlers.werkvoorraadLijst({})).signalen.filter((s) => s.inburgeraarId === id && s.soort === 'bezwaar_beslissen');
  const documenten = async () => data(await o.handlers.documentenLijst({ inburgeraarId: id }));
  async function pdfVan(documentId: number): Promise<Uint8Array> {
    data(await o.handlers.documentOpslaan({ documentId }));
    return [...o.opgeslagen.values()].at(-1)!;
  }
  /** A refusal with its Dutch message, and nothing in the register or the documents changed. */
  async function geweigerd(poging: Promise<unknown>, melding: string | RegExp) {
    const voor = JSON.stringify([await overzicht(), await documenten()]);
    expect(await poging).toMatchObject({ ok: false, fout: { message: typeof melding === 'string' ? expect.stringContaining(melding) : expect.stringMatching(melding) } });
    expect(JSON.stringify([await overzicht(), await documenten()])).toBe(voor);
  }

  it('from bezwaarschrift to hoger beroep, with the letters and the werkvoorraad', async () => {
    const pip = await verzondenPip();
    // The beschikking can be objected to; the bezwaartermijn ends 26 May 2026 (14 April + 42 days, a Tuesday).
    expect((await overzicht()).beschikkingen).toEqual([
      expect.objectContaining({ documentId: pip.documentId, soort: 'beschikking_pip', kenmerk: 'INB-2026-0001', verzenddatum: '2026-04-14', bezwaartermijnEinde: '2026-05-26' }),
    ]);
    expect((await overzicht()).rechtbank).toBe('de rechtbank Noord-Nederland');

    op('2026-05-20');
    await geweigerd(
      o.handlers.bezwaarRegistreren({ documentId: pip.documentId!, ontvangenOp: '2026-04-10', gronden: 'x', adviescommissie: false, verschoonbaar: false }),
      'niet vóór de verzending',
    );
    const GRONDEN = 'Ik wil de onderwijsroute volgen, niet de B1-route.';
    const { bezwaar } = data(await o.handlers.bezwaarRegistreren({ documentId: pip.documentId!, ontvangenOp: '2026-05-20', gronden: GRONDEN, adviescommissie: false, verschoonbaar: false }));
    expect(bezwaar).toMatchObject({ tijdig: true, bezwaartermijnEinde: '2026-05-26', beslistermijnEinde: '2026-07-07', beschikkingKenmerk: 'INB-2026-0001', gronden: GRONDEN });
    await geweigerd(
      o.handlers.bezwaarRegistreren({ documentId: pip.documentId!, ontvangenOp: '2026-05-20', gronden: 'nog een', adviescommissie: false, verschoonbaar: false }),
      'loopt al een bezwaar',
    );

    // Werkvoorraad: decide by 7 July (Awb 7:10), plan the hoorzitting by 23 June (Awb 7:2).
    expect(await signalen()).toEqual(expect.arrayContaining([
      expect.objectContaining({ sleutel: `bezwaar_beslissen:${bezwaar.id}`, datum: '2026-07-07', tabblad: 'bezwaar', artikel: expect.stringContaining('art. 7:10 Awb') }),
      expect.objectContaining({ sleutel: `bezwaar_horen:${bezwaar.id}`, datum: '2026-06-23', artikel: 'art. 7:2 Awb' }),
    ]));

    // Deciding before the hoorzitting (or a reason to skip it) is refused.
    await geweigerd(
      o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: '2026-05-20', motivering: 'Motivering.', ondertekenaarId }),
      'Leg eerst de hoorzitting vast',
    );

    op('2026-06-10');
    const VERSLAG = 'Mevrouw licht haar bezwaar toe met een tolk.';
    await geweigerd(o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, datum: '2026-06-12', verslag: VERSLAG }), 'pas na de hoorzitting');
    data(await o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, datum: '2026-06-10', verslag: VERSLAG }));
    expect((await signalen()).map((s) => s.sleutel)).toEqual([`bezwaar_beslissen:${bezwaar.id}`]);

    // Verdagen (Awb 7:10 lid 3): six weeks more, with a letter frozen in the vault.
    op('2026-06-15');
    const verdaagd = data(await o.handlers.bezwaarVerdagen({ bezwaarId: bezwaar.id, dagtekening: '2026-06-15', reden: 'Wij wachten op een advies van de taalschool.', ondertekenaarId })).bezwaar;
    expect(verdaagd).toMatchObject({ verdaagdOp: '2026-06-15', beslistermijnEinde: '2026-08-18', verdagingKenmerk: 'INB-2026-0002' });
    const verdaging = pdfTekstPlat(await pdfVan(verdaagd.verdagingDocumentId!));
    for (const stuk of ['Ons kenmerk', 'INB-2026-0002', 'Datum', '15 juni 2026', 'Wij beslissen later op uw bezwaar', 'namens dezen', 'mr. A.B. de Boer', 'Wij beslissen uiterlijk op 18 augustus 2026', '7 juli 2026', 'Wat moet u doen?', 'artikel 7:10 lid 3 Algemene wet bestuursrecht', 'kenmerk INB-2026-0001', 'Wij wachten op een advies van de taalschool.', 'Ontvangen op', 'Wanneer beslissen wij? Wij beslissen uiterlijk op 18 augustus 2026.']) {
      expect(verdaging).toContain(stuk);
    }
    expect(verdaging).not.toContain('Uw brief van');
    expect(verdaging).not.toContain('Nieuwe datum');
    expect((await signalen())[0]).toMatchObject({ datum: '2026-08-18' });
    await geweigerd(o.handlers.bezwaarVerdagen({ bezwaarId: bezwaar.id, dagtekening: '2026-06-16', reden: 'Nog langer.', ondertekenaarId }), 'al verdaagd op 15 juni 2026');

    // Beslissing op bezwaar: ongegrond, with the beroep clause naming the rechtbank and six weeks.
    op('2026-08-03');
    const MOTIVERING = 'De toets en de intake laten zien dat de B1-route het best past.';
    // Awb 10:3 lid 3: who signed the PIP may not sign the beslissing op bezwaar; nothing changes.
    await geweigerd(
      o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: '2026-08-03', motivering: MOTIVERING, ondertekenaarId }),
      'Deze ondertekenaar heeft ook het besluit ondertekend waartegen het bezwaar is gericht. Wie het besluit nam, mag niet op het bezwaar beslissen (artikel 10:3 lid 3 Awb). Kies een andere ondertekenaar.',
    );
    const besloten = data(await o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: '2026-08-03', motivering: MOTIVERING, ondertekenaarId: bobOndertekenaarId })).bezwaar;
    expect(besloten).toMatchObject({ uitkomst: 'ongegrond', uitkomstOp: '2026-08-03', beslissingKenmerk: 'INB-2026-0003' });
    const pdf = await pdfVan(besloten.beslissingDocumentId!);
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(pdf, 'test-results/documenten/beslissing-op-bezwaar-pagina-1', 70);
    const beslissing = pdfTekstPlat(pdf);
    for (const stuk of [
      'Ons kenmerk', 'INB-2026-0003', 'Datum', '3 augustus 2026', 'Beslissing op uw bezwaar', 'Uw bezwaar is ongegrond.', 'Het besluit blijft zoals het is',
      'Op 10 juni 2026 hebben wij met u gesproken', MOTIVERING, 'Wat moet u doen?', 'Ontvangen op', '20 mei 2026',
      // Awb 7:12: the gronden from the register, then the answer.
      `Wat schreef u in uw bezwaar? U schreef dat u het niet eens bent met ons besluit. Dit zijn uw redenen: • ${GRONDEN}`,
      `Waarom wij zo besluiten Wij hebben elke reden uit uw bezwaarschrift bekeken. Dit is ons antwoord: ${MOTIVERING}`,
      'Voor beroep betaalt u griffierecht. Dat is geld dat u aan de rechtbank betaalt.', 'De voorzieningenrechter is een rechter die snel beslist.',
      'binnen zes weken na de dag van verzending van deze brief beroep instellen bij de rechtbank Noord-Nederland',
      'voorzieningenrechter van de rechtbank Noord-Nederland', 'Burgemeester en wethouders van Voorbeeldstad, namens dezen, mr. C.D. Visser',
    ]) {
      expect(beslissing).toContain(stuk);
    }
    expect(beslissing).not.toContain('[');
    expect(beslissing).not.toContain('Uw brief van');
    // The signature block stays together on one page.
    const paginas = Array.from({ length: pdfPaginas(pdf) }, (_, i) => pdfTekst(pdf, i + 1));
    expect(paginas.find((p) => p.includes('namens dezen'))).toContain('mr. C.D. Visser');
    expect(await signalen()).toEqual([]);
    await geweigerd(o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'gegrond', dagtekening: '2026-08-03', motivering: 'x', ondertekenaarId: bobOndertekenaarId }), 'al beslist');
    await geweigerd(o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, datum: '2026-06-11' }), 'al beslist');

    // Beroep at the rechtbank, then hoger beroep at the Afdeling bestuursrechtspraak.
    op('2026-09-01');
    await geweigerd(o.handlers.hogerBeroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2026-08-20' }), 'Leg eerst die uitspraak vast');
    await geweigerd(o.handlers.beroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2026-08-01', rechtbank: 'de rechtbank Noord-Nederland' }), 'niet vóór de beslissing op bezwaar');
    data(await o.handlers.beroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2026-08-20', rechtbank: 'de rechtbank Noord-Nederland' }));
    op('2027-02-01');
    await geweigerd(o.handlers.beroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2026-08-20', rechtbank: 'de rechtbank Noord-Nederland', uitspraakOp: '2027-01-15' }), 'zowel de datum als de uitkomst');
    data(await o.handlers.beroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2026-08-20', rechtbank: 'de rechtbank Noord-Nederland', uitspraakOp: '2027-01-15', uitkomst: 'ongegrond' }));
    const hoger = data(await o.handlers.hogerBeroepVastleggen({ bezwaarId: bezwaar.id, ingesteldOp: '2027-01-25' })).bezwaar;
    expect(hoger).toMatchObject({ beroepUitkomst: 'ongegrond', beroepUitspraakOp: '2027-01-15', hogerBeroepIngesteldOp: '2027-01-25', hogerBeroepUitkomst: null });

    // The logboek names the acts and kenmerken, never the gronden, verslag or motivering.
    const logboek = data(await o.handlers.logboekDossier({ inburgeraarId: id }));
    const tekst = JSON.stringify(logboek);
    for (const persoonlijk of [GRONDEN, VERSLAG, MOTIVERING, 'taalschool']) expect(tekst).not.toContain(persoonlijk);
    expect(logboek.map((r) => r.actie)).toEqual(expect.arrayContaining([
      `bezwaar geregistreerd: bezwaar ${bezwaar.id}, INB-2026-0001`,
      `beslissing op bezwaar verdaagd: bezwaar ${bezwaar.id}, INB-2026-0002`,
      `beslissing op bezwaar vastgesteld: bezwaar ${bezwaar.id}, ongegrond INB-2026-0003`,
    ]));
  });

  it('a late bezwaar, verschoonbaar; verdagen after the beslistermijn is refused; gegrond links the new beschikking', async () => {
    const pip = await verzondenPip();
    op('2026-06-01');
    const { bezwaar } = data(await o.handlers.bezwaarRegistreren({
      documentId: pip.documentId!, ontvangenOp: '2026-05-29', gronden: 'Niet eens.', adviescommissie: false, verschoonbaar: true, verschoonbaarMotivering: 'Opgenomen in het ziekenhuis.',
    }));
    expect(bezwaar).toMatchObject({ tijdig: false, verschoonbaar: true, beslistermijnEinde: '2026-07-07' });

    op('2026-07-08');
    await geweigerd(o.handlers.bezwaarVerdagen({ bezwaarId: bezwaar.id, dagtekening: '2026-07-08', reden: 'Te druk.', ondertekenaarId }), 'De beslistermijn eindigde op 7 juli 2026');
    expect((await signalen()).find((s) => s.sleutel === `bezwaar_beslissen:${bezwaar.id}`)).toMatchObject({ sectie: 'te_laat' });

    data(await o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, afgezienReden: 'Wij komen volledig tegemoet aan het bezwaar.' }));
    await geweigerd(
      o.handlers.bezwaarBijwerken({ bezwaarId: bezwaar.id, ontvangenOp: '2026-05-29', gronden: 'Niet eens.', adviescommissie: false, verschoonbaar: true, verschoonbaarMotivering: 'Opgenomen in het ziekenhuis.', nieuweBeschikkingDocumentId: pip.documentId! }),
      'pas als het bezwaar gegrond',
    );
    const besloten = data(await o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'gegrond', dagtekening: '2026-07-08', motivering: 'U hebt gelijk.', ondertekenaarId: bobOndertekenaarId })).bezwaar;
    const tekst = pdfTekstPlat(await pdfVan(besloten.beslissingDocumentId!));
    expect(tekst).toContain('Uw bezwaar is gegrond.');
    expect(tekst).toContain('Dat nieuwe besluit komt in de plaats van het oude besluit');
    expect(tekst).toContain('Wij hebben u niet uitgenodigd voor een gesprek (hoorzitting). De reden: Wij komen volledig tegemoet aan het bezwaar.');

    // The new beschikking (a wijziging of the PIP) replaces the old one; the register links it.
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'anders', toelichting: null }));
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, wijziging: { ...wijziging.inhoud.wijziging, feiten: 'Na het bezwaar.' } } }));
    const nieuw = data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2026-07-08', ondertekenaarId })).pip;
    const gekoppeld = data(await o.handlers.bezwaarBijwerken({
      bezwaarId: bezwaar.id, ontvangenOp: '2026-05-29', gronden: 'Niet eens.', adviescommissie: false, verschoonbaar: true, verschoonbaarMotivering: 'Opgenomen in het ziekenhuis.', nieuweBeschikkingDocumentId: nieuw.documentId!,
    })).bezwaar;
    expect(gekoppeld.nieuweBeschikkingDocumentId).toBe(nieuw.documentId);
    await geweigerd(
      o.handlers.bezwaarBijwerken({ bezwaarId: bezwaar.id, ontvangenOp: '2026-05-29', gronden: 'Andere gronden.', adviescommissie: false, verschoonbaar: true, verschoonbaarMotivering: 'Opgenomen in het ziekenhuis.', nieuweBeschikkingDocumentId: nieuw.documentId! }),
      'veranderen niet meer',
    );
    // Both beschikkingen stay in the list: the old one for the register, the new one for a new bezwaar.
    expect((await overzicht()).beschikkingen.map((b) => b.soort).sort()).toEqual(['beschikking_pip', 'beschikking_wijziging']);
  });
});
