import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import type { PipFormulier } from '../../shared/domain/pip';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

// The PIP beschikking for each kind of dossier, read as a gemeentejurist and a B1 reader would.

const NU = new Date('2026-04-14T09:00:00Z');
const INSTELLINGEN = {
  gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
  behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: null, rechtbank: 'de rechtbank Noord-Nederland',
  kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
};

describe('PIP beschikking per dossier', () => {
  let o: TestOmgeving;
  let ondertekenaarId: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan(INSTELLINGEN));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
  });
  afterEach(async () => o.opruimen());

  async function beschikking(persoon: Partial<InburgeraarFormulier>, inhoud: PipFormulier): Promise<string> {
    const { id } = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(9), '2026-04-14', 1), datumKennisgevingDuo: '2026-03-02', datumInschrijvingBrp: null, ...persoon }));
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-03-10') }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud }));
    const vastgesteld = data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId })).pip;
    data(await o.handlers.documentOpslaan({ documentId: vastgesteld.documentId! }));
    return pdfTekstPlat([...o.opgeslagen.values()].at(-1)!);
  }

  const GEZINSMIGRANT = { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: false } as const;
  const ZONDER_ASIEL = { geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null, maatschappelijkeBegeleiding: null, ontzorgen: false, startBijstand: null, taalaanbieder: null } as const;

  it('tells a gezinsmigrant to arrange the course and that DUO lends (Wi 19–20), without an intensiteit', async () => {
    const tekst = await beschikking(GEZINSMIGRANT, { ...VOLLEDIG_PIP, ...ZONDER_ASIEL });
    expect(tekst).toContain('Uw taalcursus U regelt en betaalt uw taalcursus zelf.');
    expect(tekst).toContain('een lening aanvragen van ten hoogste € 10.000 (artikel 19 en 20 Wet inburgering 2021)');
    expect(tekst).not.toContain('Intensiteit van de leerroute');
    expect(tekst).not.toContain('of uw leerroute (zo veel uur');
  });

  it('shows no required level in a Z-route plan, but the hours of Besluit 3.14 lid 2', async () => {
    const tekst = await beschikking(
      { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder' },
      {
        ...VOLLEDIG_PIP,
        leerroute: 'z', niveau: null, zRouteCursusuren: 800, zRouteParticipatieuren: 800, ontzorgen: false, startBijstand: null,
        overwegingZ: null, overwegingB1: 'De toets laat zien dat u het B1-examen binnen de termijn niet kunt halen.',
      },
    );
    expect(tekst).toContain('Leerroute (art. 15 lid 1 onder a) Z-route (zelfredzaamheidsroute) Alfabetisering');
    expect(tekst).not.toMatch(/Z-route \(zelfredzaamheidsroute\), taalniveau/);
    expect(tekst).toContain('800 uur les in Nederlands en KNM, en 800 uur activiteiten om mee te doen in de samenleving (participatie).');
  });

  it('after a move keeps the earlier termijn, route and level per part, and says so (Wi 11 lid 3 sub b; Wi 15 lid 4)', async () => {
    const verhuisd = {
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2025-04-01', datumInschrijvingBrp: '2026-03-02',
      verhuisdVanGemeente: 'Noorderveen', termijnStartEerder: '2025-06-02', leerrouteEerder: 'b1',
      niveausEerder: { lezen: 'A2', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' },
    } as const;
    const tekst = await beschikking(verhuisd, { ...VOLLEDIG_PIP, niveau: 'A2', niveauPerOnderdeel: verhuisd.niveausEerder, ontzorgen: false, startBijstand: null });
    expect(tekst).toContain('U bent verhuisd uit de gemeente Noorderveen. Uw termijn liep daar al. Die termijn blijft gelijk: hij begon op 2 juni 2025 en eindigt op 1 juni 2028');
    expect(tekst).toContain('B1-route: lezen op taalniveau A2; luisteren, schrijven en spreken op taalniveau B1');
    expect(tekst).toContain('02-06-2025 tot en met 01-06-2028');
  });

  it('refuses to set a beschikking while a setting it prints is empty, naming the field', async () => {
    data(await o.handlers.instellingenOpslaan({ ...INSTELLINGEN, rechtbank: null, behandelaarTelefoon: null }));
    const { id } = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(10), '2026-04-14', 2), ...GEZINSMIGRANT, datumKennisgevingDuo: '2026-03-02' }));
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-03-10') }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, ...ZONDER_ASIEL } }));
    const antwoord = await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Rechtbank (voorlopige voorziening)') } });
    expect(!antwoord.ok && antwoord.fout.message).toContain('Telefoon in de referentieregel');
    expect(data(await o.handlers.pipOverzicht({ inburgeraarId: id })).versies[0]!.status).toBe('concept');
  });
});
