import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bewaarSjabloon } from '../../db/sjablonen';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { standaardBriefTeksten } from '../../electron/documents/sjablonen';
import { RESOURCES, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

// Vandaag is 4 May 2026: the whole oproep line below lies in the past.
const NU = new Date('2026-05-04T09:00:00Z');
const INSTELLINGEN = {
  gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
  behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
  kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
};
const PLAATS = '10.00 uur, gemeentehuis, Markt 1';

describe('brede intake and the oproep line (Wi 14, 22)', () => {
  let o: TestOmgeving;
  let id: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan(INSTELLINGEN));
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-04-14', 0),
      geslacht: 'vrouw', doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09',
    })).id;
  });
  afterEach(async () => o.opruimen());

  const oproep = (verzonden: string, verschijnenOp: string) => o.handlers.oproepVersturen({ inburgeraarId: id, verzonden, verschijnenOp, tijdEnPlaats: PLAATS });
  const bewaard = async (documentId: number) => {
    const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId }));
    return o.opgeslagen.get(bestandsnaam)!;
  };

  it('refuses to complete an incomplete intake, naming rule and article, and accepts a complete one', async () => {
    const fout = await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 14 lid 3 onder a en lid 6 Wi 2021') } });
    // The onderwijsroute question is part of a complete intake.
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: { ...VOLLEDIGE_INTAKE, wilStuderen: null } }));
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Vraag en leg vast of de inburgeraar wil studeren (onderwijsroute). (art. 8 lid 1 Wi 2021; ABRvS 2024:5413)') },
    });
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).ontbreekt.map((b) => b.regel)).toEqual(['wil-studeren']);

    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    const { intake, ontbreekt } = data(await o.handlers.intakeOphalen({ inburgeraarId: id }));
    expect(intake).toMatchObject({ afgerondOp: '2026-03-20', jarenOnderwijs: 8, wilStuderen: 'nee', groteKansOpDiploma: 'nee', hoogsteOpleiding: 'Twee jaar middelbare school, zonder diploma' });
    expect(ontbreekt).toEqual([]);
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar.status).toBe('intake');
    expect(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE })).toMatchObject({ ok: false });
  });

  it('follows the oproep line of Wi 14: oproep, waarschuwing with the Wi 22 boete and a new date, last oproep, then in afwezigheid', async () => {
    const een = data(await oproep('2026-03-20', '2026-03-27'));
    expect(await oproep('2026-03-21', '2026-03-28')).toMatchObject({ ok: false, fout: { message: 'Leg eerst vast of de inburgeraar op de vorige oproep is verschenen.' } });
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-04-01', inAfwezigheid: true })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    const twee = data(await oproep('2026-03-30', '2026-04-14'));
    data(await o.handlers.oproepUitkomst({ oproepId: twee.oproepId, uitkomst: 'niet_verschenen' }));
    const drie = data(await oproep('2026-04-15', '2026-04-24'));
    data(await o.handlers.oproepUitkomst({ oproepId: drie.oproepId, uitkomst: 'niet_verschenen' }));
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).volgendeStap).toBe('in_afwezigheid_afronden');
    // No fourth letter: after three oproepen the college completes the intake without the person (Wi 14 lid 2).
    expect(await oproep('2026-04-27', '2026-05-06')).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('een vierde oproep is er niet') } });
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-04-23', inAfwezigheid: true })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('na de afspraak van de laatste oproep (24 april 2026)') },
    });
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-04-27', inAfwezigheid: true }));

    const [eerste, tweede, derde] = [await bewaard(een.documentId), await bewaard(twee.documentId), await bewaard(drie.documentId)];
    mkdirSync('test-results/documenten', { recursive: true });
    writeFileSync('test-results/documenten/waarschuwing.pdf', tweede);
    pdfNaarPng(tweede, 'test-results/documenten/waarschuwing-pagina-1', 70);

    const uitnodiging = pdfTekstPlat(eerste);
    expect(uitnodiging).toContain('Onderwerp: Uitnodiging brede intake');
    expect(uitnodiging).toContain('Uw afspraak Datum 27 maart 2026 Tijd en plaats 10.00 uur, gemeentehuis, Markt 1');
    expect(uitnodiging).toContain('Wat moet u doen? • Kom op 27 maart 2026 naar de afspraak.');
    expect(uitnodiging).toContain('• Kunt u echt niet op 27 maart 2026, bijvoorbeeld omdat u ziek bent? Bel dan vóór die datum met R. Jansen via 14 0123 en vertel waarom. Wij beslissen dan of u een nieuwe afspraak krijgt.');
    expect(uitnodiging).not.toContain('Schriftelijke waarschuwing');

    const waarschuwing = pdfTekstPlat(tweede);
    expect(waarschuwing).toContain('Onderwerp: Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep)');
    expect(waarschuwing).toContain('U bent niet gekomen op de afspraak voor de brede intake op 27 maart 2026.');
    expect(waarschuwing).toContain('U moet nu komen op 14 april 2026.');
    expect(waarschuwing).toContain('Komt u op 14 april 2026 weer niet? Of werkt u niet genoeg mee aan de intake? Dan moeten wij u een bestuurlijke boete van € 250,00 opleggen');
    expect(waarschuwing).toContain('artikel 22 lid 1 Wet inburgering 2021 en artikel 7.1 lid 1 Besluit inburgering 2021');
    expect(waarschuwing).toContain('Uw nieuwe afspraak Datum 14 april 2026');
    expect(waarschuwing).toContain('Wat moet u doen? • Kom op 14 april 2026 naar de afspraak.');
    expect(waarschuwing).toContain('Bel dan vóór die datum met R. Jansen via 14 0123 en vertel waarom. Wij beslissen dan of u een nieuwe afspraak krijgt.');

    const laatste = pdfTekstPlat(derde);
    expect(laatste).toContain('Schriftelijke waarschuwing en laatste oproep');
    expect(laatste).toContain('U bent ook niet gekomen op de afspraak voor de brede intake op 14 april 2026.');
    expect(laatste).toContain('Dit is de laatste keer dat wij u uitnodigen. U moet nu komen op 24 april 2026.');
    expect(laatste).toContain('Dan maken wij de brede intake af zonder u (artikel 14 lid 2 Wet inburgering 2021).');
    expect(laatste).toContain('Ook kunnen wij u dan een bestuurlijke boete van € 250,00 opleggen');
    expect(laatste).toContain('Wat moet u doen?');

    // No stand-in for a setting and no placeholder left in any letter.
    for (const brief of [eerste, tweede, derde]) {
      const tekst = pdfTekst(brief);
      for (const vulsel of ['{', '}', '—', '[', 'de rechtbank', 'het algemene nummer', 'de regisseur inburgering,']) expect(tekst).not.toContain(vulsel);
    }
  });

  it('refuses oproep dates that cannot be right, naming the conflict', async () => {
    const weigering = async (verzonden: string, verschijnenOp: string) => {
      const antwoord = await oproep(verzonden, verschijnenOp);
      expect(antwoord.ok).toBe(false);
      return antwoord.ok ? '' : antwoord.fout.message;
    };
    expect(await weigering('2026-05-04', '2026-05-10')).toBe(
      'De datums van de oproep kunnen niet kloppen. De afspraak (10 mei 2026) moet minstens 7 dagen na de verzenddatum (4 mei 2026) liggen: op 11 mei 2026 of later. Dan heeft de inburgeraar de brief op tijd en kan hij of zij nog bellen als de datum niet kan. (art. 3:2 Awb (zorgvuldigheid))',
    );
    expect(await weigering('2026-05-04', '2026-08-05')).toContain('ligt meer dan drie maanden na de verzenddatum (4 mei 2026). Kies 4 augustus 2026 of eerder');
    expect(await weigering('2026-05-19', '2026-05-26')).toContain('De verzenddatum (19 mei 2026) ligt meer dan 14 dagen na vandaag.');
    // Nothing was made or numbered: the first oproep that is right gets the first kenmerk.
    const goed = data(await oproep('2026-05-04', '2026-05-11'));
    expect(data(await o.handlers.documentenLijst({ inburgeraarId: id })).map((d) => d.id)).toEqual([goed.documentId]);
    expect(pdfTekstPlat(await bewaard(goed.documentId))).toContain('INB-2026-0001');
    data(await o.handlers.oproepUitkomst({ oproepId: goed.oproepId, uitkomst: 'niet_verschenen' }));
    expect(await weigering('2026-05-10', '2026-05-20')).toContain('De verzenddatum (10 mei 2026) ligt vóór de gemiste afspraak van 11 mei 2026.');
  });

  it('refuses intake dates that cannot be right, on save and on afronden', async () => {
    const opslaan = (gegevens: typeof VOLLEDIGE_INTAKE) => o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens });
    const gesprek = (datum: string) => ({ datum, aanwezigen: 'regisseur, inburgeraar', tolk: false, notitie: null });
    expect(await opslaan({ ...VOLLEDIGE_INTAKE, gesprekken: [gesprek('2026-02-10'), gesprek('2026-05-05')] })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: 'De datums in de intake kunnen niet kloppen. Gesprek 2 heeft een datum in de toekomst (5 mei 2026). Leg een gesprek vast als het gevoerd is. (art. 3:2 Awb (zorgvuldigheid))' },
    });
    expect(await opslaan({ ...VOLLEDIGE_INTAKE, leerbaarheidstoetsDatum: '2026-02-01', gesprekken: [] })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('De leerbaarheidstoets (1 februari 2026) ligt vóór de kennisgeving van DUO (2 februari 2026).') },
    });
    expect(await opslaan({ ...VOLLEDIGE_INTAKE, leerbaarheidstoetsDatum: '2026-02-09' })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('De leerbaarheidstoets (9 februari 2026) ligt vóór het eerste intakegesprek (10 februari 2026).') },
    });
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).intake.gesprekken).toEqual([]);

    data(await opslaan({ ...VOLLEDIGE_INTAKE, gesprekken: [gesprek('2026-02-10'), gesprek('2026-03-02')], rechtAlleenGeinformeerdOp: '2026-03-02' }));
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-01', inAfwezigheid: false })).toMatchObject({
      ok: false,
      fout: {
        message:
          'De datums kunnen niet kloppen. De datum van afronding (1 maart 2026) ligt vóór het laatste intakegesprek (2 maart 2026). Kies 2 maart 2026 of later. (art. 3:2 Awb (zorgvuldigheid)) De inburgeraar is pas op 2 maart 2026 gewezen op het recht op een gesprek zonder anderen, na de afronding (1 maart 2026). Dat hoort bij de intake zelf: uiterlijk op de dag van afronding. (art. 5.2 lid 2 Besluit inburgering 2021)',
      },
    });
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-05-05', inAfwezigheid: false })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('ligt in de toekomst') } });
    // A kennisgeving corrected to a later date after the intake was saved is caught on afronden too.
    const { inburgeraar } = data(await o.handlers.inburgeraarOphalen({ id }));
    data(await o.handlers.inburgeraarWijzigen({ id, gegevens: { ...inburgeraar, datumKennisgevingDuo: '2026-02-20', datumInschrijvingBrp: '2026-02-20' } }));
    expect(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-02', inAfwezigheid: false })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('vóór de kennisgeving van DUO (20 februari 2026)') } });
    data(await o.handlers.inburgeraarWijzigen({ id, gegevens: { ...inburgeraar, datumKennisgevingDuo: '2026-02-02' } }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-02', inAfwezigheid: false }));
  });

  it('refuses an oproep while a setting the letter prints is empty, and says which one to fill in', async () => {
    data(await o.handlers.instellingenOpslaan({ ...INSTELLINGEN, behandelaarNaam: null, behandelaarTelefoon: '' }));
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).ontbrekendeInstellingen.map((b) => b.regel)).toEqual(['instelling-behandelaarNaam', 'instelling-behandelaarTelefoon']);
    expect(await oproep('2026-05-04', '2026-05-11')).toMatchObject({
      ok: false,
      fout: {
        code: 'REGEL_GESCHONDEN',
        message:
          'Deze brief kan nog niet worden gemaakt. Vul bij Instellingen het veld ‘Behandeld door (naam in de referentieregel)’ in; de brief heeft dat nodig. (art. 3:2 Awb (zorgvuldigheid)) Vul bij Instellingen het veld ‘Telefoon in de referentieregel’ in; de brief heeft dat nodig. (art. 3:2 Awb (zorgvuldigheid))',
      },
    });
    expect(data(await o.handlers.documentenLijst({ inburgeraarId: id }))).toEqual([]);
    data(await o.handlers.instellingenOpslaan(INSTELLINGEN));
    expect(data(await o.handlers.intakeOphalen({ inburgeraarId: id })).ontbrekendeInstellingen).toEqual([]);
    data(await oproep('2026-05-04', '2026-05-11'));
  });

  it('a text version saved before the boete and the new date were required still loads, but no waarschuwing goes out without them', async () => {
    // A version as saved by an older Koers: no laatsteOproep, a waarschuwing without {boete} and {datumAfspraak}.
    const { versie: _versie, laatsteOproep: _laatste, ...huidig } = standaardBriefTeksten(RESOURCES);
    const oud = { ...huidig, waarschuwing: 'U bent niet gekomen op de afspraak van {vorigeAfspraak}. Komt u ook nu niet, dan krijgt u een boete (artikel 22 Wet inburgering 2021).' };
    await bewaarSjabloon(o.kluis.db, 'brieven', oud, '2026-03-01', NU.toISOString());
    expect(data(await o.handlers.briefTekstenOphalen({}))).toMatchObject({ versie: '2026-03-01.1', laatsteOproep: expect.stringContaining('{datumAfspraak}') });

    const een = data(await oproep('2026-04-01', '2026-04-08'));
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    expect(await oproep('2026-04-27', '2026-05-06')).toMatchObject({
      ok: false,
      fout: {
        message:
          'Deze brief kan nog niet worden gemaakt. De standaardtekst ‘Schriftelijke waarschuwing (2e oproep)’ mist {datumAfspraak}. Voeg die toe bij Instellingen, onder Standaardteksten van brieven. (art. 3:2 Awb (zorgvuldigheid)) De standaardtekst ‘Schriftelijke waarschuwing (2e oproep)’ mist {boete}. Voeg die toe bij Instellingen, onder Standaardteksten van brieven. (art. 3:2 Awb (zorgvuldigheid))',
      },
    });
    // Saving that text again without the placeholders is refused too.
    expect(await o.handlers.briefTekstenOpslaan({ ...huidig, laatsteOproep: _laatste, waarschuwing: oud.waarschuwing })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('{datumAfspraak}') } });
  });
});
