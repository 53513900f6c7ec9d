import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { maakBriefPdf } from '../../electron/documents/brief-pdf';
import {
  boeteBeschikkingWi22,
  boeteBeschikkingWi23,
  zienswijzeBrief,
  type BoeteWi22Gegevens,
  type BoeteWi23Gegevens,
  type HandhavingBriefBasis,
} from '../../electron/documents/handhaving-brieven';
import { standaardBriefTeksten } from '../../electron/documents/sjablonen';
import type { Brief } from '../../shared/domain/brief';
import { briefTeksten, briefTekstenInvoer } from '../../shared/domain/teksten';
import { boeteWi23Berekening } from '../../shared/rules/boete';
import { RESOURCES, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

// The handhaving letters rendered to real PDFs and read back as a gemeentejurist and a B1 reader would:
// the decision, the voorschrift (Awb 5:9), the amounts in Dutch, the dates in Dutch, the new term (Wi 22 lid 2),
// the payment date (Awb 4:87), the rechtsmiddelenclausule (Awb 3:45), 'namens dezen', kenmerk and dagtekening.

const INSTELLINGEN = {
  gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
  behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: null, rechtbank: 'de rechtbank Noord-Nederland',
  kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
};
const ONDERTEKENAAR = { naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' };
const BETALING = { betalingskenmerk: '2026-0417-22', rekeningnummer: 'NL91 BNGH 0285 1234 56' };

describe('handhaving letters as PDF', () => {
  let o: TestOmgeving;
  let basis: (kenmerk: string, dagtekening: string) => HandhavingBriefBasis;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => new Date('2026-04-14T09:00:00Z') });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan(INSTELLINGEN));
    const instellingen = data(await o.handlers.instellingenOphalen({}));
    const { id } = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(22), '2026-04-14', 1), datumKennisgevingDuo: '2026-01-05' }));
    const { inburgeraar } = data(await o.handlers.inburgeraarOphalen({ id }));
    const teksten = standaardBriefTeksten(RESOURCES);
    basis = (kenmerk, dagtekening) => ({ inburgeraar, instellingen, teksten, kenmerk, dagtekening, ondertekenaar: ONDERTEKENAAR });
  });
  afterEach(async () => o.opruimen());

  async function lees(brief: Brief, kenmerk: string): Promise<string> {
    return pdfTekstPlat(await maakBriefPdf(RESOURCES, brief, data(await o.handlers.instellingenOphalen({})), kenmerk));
  }

  const wi22 = (over: Partial<BoeteWi22Gegevens> = {}): BoeteWi22Gegevens => ({
    ...basis('INB-2026-22', '2026-04-14'),
    waarschuwing: { datum: '2026-03-02', kenmerk: 'INB-2026-3' },
    gemisteAfspraak: '2026-03-16',
    overtreding: 'niet_verschenen',
    toelichting: null,
    zienswijze: { gevraagdOp: '2026-03-24', uiterlijk: '2026-04-07', gegeven: null },
    nieuweAfspraak: { datum: '2026-05-12', tijdEnPlaats: '10.00 uur, gemeentehuis Voorbeeldstad' },
    betaling: BETALING,
    ...over,
  });

  const wi23 = (over: Partial<BoeteWi23Gegevens> = {}): BoeteWi23Gegevens => ({
    ...basis('INB-2026-23', '2026-04-14'),
    plicht: 'pvt_map',
    pipKenmerk: 'INB-2025-40',
    gedragingen: [
      { datum: '2026-02-03', omschrijving: 'U kwam niet naar de PVT-bijeenkomst. U had zich niet afgemeld.' },
      { datum: '2026-02-17', omschrijving: 'U kwam opnieuw niet naar de PVT-bijeenkomst.' },
    ],
    verwijtbaarheid: { graad: 'grove schuld', percentage: 75, motivering: 'U wist van de afspraken, want u kreeg twee uitnodigingen en wij hebben u gebeld.' },
    stappen: [
      { omschrijving: 'Basisbedrag (artikel 7.1 lid 2 Besluit)', bedrag: 50 },
      { omschrijving: 'Grove schuld: 75%', bedrag: 37.5 },
      { omschrijving: 'Geen eerdere boete in de 12 maanden hiervoor', bedrag: 37.5 },
    ],
    bedrag: 37.5,
    samenloop: 'U krijgt geen bijstand. Er is dus niets verlaagd.',
    zienswijze: {
      gevraagdOp: '2026-03-10',
      uiterlijk: '2026-03-24',
      gegeven: {
        op: '2026-03-20',
        wijze: 'mondeling',
        samenvatting: 'U zei dat u moest werken op die dagen.',
        weging: 'U hebt geen rooster of verklaring van uw werkgever laten zien. Wij zien daarom geen reden om de boete lager te maken.',
      },
    },
    rapport: null,
    betaling: BETALING,
    ...over,
  });

  it('a text version saved before these letters existed still parses, with the shipped texts; a legal placeholder cannot be dropped', () => {
    const standaard = standaardBriefTeksten(RESOURCES);
    const nieuw = ['onderwerpZienswijze', 'zienswijzeInleiding', 'zienswijzeHoe', 'zienswijzeGeenBesluit', 'onderwerpBoeteWi22', 'boeteWi22Besluit', 'boeteWi22NieuweTermijn', 'onderwerpBoeteWi23', 'boeteWi23Besluit', 'boeteBetalen', 'onderwerpOntheffing', 'ontheffingBesluit', 'ontheffingGevolg'] as const;
    const oud = Object.fromEntries(Object.entries(standaard).filter(([veld]) => !(nieuw as readonly string[]).includes(veld)));
    const gelezen = briefTeksten.parse(oud);
    for (const veld of nieuw) expect(gelezen[veld], veld).toBe(standaard[veld]);
    const { versie: _versie, ...invoer } = standaard;
    const fout = briefTekstenInvoer.safeParse({ ...invoer, boeteWi22NieuweTermijn: 'U krijgt een nieuwe afspraak.', boeteBetalen: 'Betaal de boete.' });
    expect(fout.error?.issues.map((i) => i.message)).toEqual([
      'Deze tekst moet {datumAfspraak} blijven bevatten.',
      'Deze tekst moet {betaalUiterlijk} blijven bevatten.',
      'Deze tekst moet {betalingskenmerk} blijven bevatten.',
      'Deze tekst moet {rekeningnummer} blijven bevatten.',
    ]);
  });

  it('the zienswijze letter announces the Wi 22 boete, gives a date to react in writing or orally, and says it is not a besluit yet', async () => {
    const brief = zienswijzeBrief({
      ...basis('INB-2026-20', '2026-03-24'),
      boete: 'wi22',
      plicht: null,
      feiten: [
        { datum: '2026-03-02', omschrijving: 'Wij stuurden u een schriftelijke waarschuwing en een herhaalde oproep.' },
        { datum: '2026-03-16', omschrijving: 'U kwam niet op de afspraak voor de brede intake.' },
      ],
      bedrag: 250,
      stappen: [{ omschrijving: 'Vast bedrag (artikel 7.1 lid 1 Besluit)', bedrag: 250 }],
      verwijtbaarheid: null,
      zienswijzeUiterlijk: '2026-04-07',
      rapport: null,
    });
    const tekst = await lees(brief, 'INB-2026-20');
    expect(tekst).toContain('Wij zijn van plan u een bestuurlijke boete van € 250,00 te geven.');
    expect(tekst).toContain('Dat heet een zienswijze (artikel 4:8 Algemene wet bestuursrecht)');
    expect(tekst).toContain('16 maart 2026 U kwam niet op de afspraak voor de brede intake.');
    // Only the overtreding that happened, and the rule in words with its articles.
    expect(tekst).toContain('Wat is er gebeurd? U bent niet gekomen op de brede intake. Dat was na onze schriftelijke waarschuwing');
    expect(tekst).not.toContain('of u hebt niet genoeg meegewerkt');
    expect(tekst).toContain(
      'Welke regel geldt? U moet meedoen aan de brede intake (artikel 14 lid 1 Wet inburgering 2021). Komt u na een schriftelijke waarschuwing niet, of werkt u niet genoeg mee? Dan moeten wij u een boete geven (artikel 22 lid 1 Wet inburgering 2021 en artikel 7.1 lid 1 Besluit inburgering 2021).',
    );
    // Awb 5:46 lid 3: a fixed amount may still be too high.
    expect(tekst).toContain('De boete is € 250,00. Dat bedrag staat vast in de wet. Is dat bedrag voor u te hoog door bijzondere omstandigheden? Vertel het ons (artikel 5:46 lid 3 Algemene wet bestuursrecht).');
    expect(tekst).toContain('Vertel ons uiterlijk op 7 april 2026 wat u ervan vindt.');
    expect(tekst).toContain('Schrijf ons een brief. Stuur die naar de gemeente Voorbeeldstad, Postbus 100, 9900 AA Voorbeeldstad. Noem daarin het kenmerk INB-2026-20.');
    expect(tekst).toContain('Of vertel het ons in een gesprek. Bel dan uiterlijk op 7 april 2026 met R. Jansen');
    expect(tekst).not.toContain('vóór 7 april');
    expect(tekst).not.toMatch(/Heeft u/);
    expect(tekst).toContain('Hebt u een tolk nodig?');
    expect(tekst).toContain('Deze brief is nog geen besluit. U kunt daarom nu nog geen bezwaar maken.');
    expect(tekst).not.toContain('Bent u het niet eens met dit besluit?');
    expect(tekst).toContain('namens dezen');
    expect(tekst).toContain('INB-2026-20');
    expect(tekst).toContain('24 maart 2026');
  });

  it('the zienswijze letter for a Wi 23 boete above € 340 names the rapport and the 13 weeks of Awb 5:53', async () => {
    const brief = zienswijzeBrief({
      ...basis('INB-2026-21', '2026-04-14'),
      boete: 'wi23',
      plicht: 'intensiteit_leerroute',
      feiten: [{ datum: '2026-03-31', omschrijving: 'U volgde in maart 20 van de 64 lesuren.' }],
      bedrag: 400,
      stappen: [
        { omschrijving: 'Basisbedrag', bedrag: 50 },
        { omschrijving: 'Verhoogd met 700% wegens 7 eerdere onherroepelijke boetes', bedrag: 400 },
        { omschrijving: '100% van het verhoogde bedrag: opzet', bedrag: 400 },
      ],
      verwijtbaarheid: { graad: 'opzet', percentage: 100, motivering: 'U zei dat u niet wilde komen.' },
      zienswijzeUiterlijk: '2026-04-28',
      rapport: { datum: '2026-04-10' },
    });
    const tekst = await lees(brief, 'INB-2026-21');
    expect(tekst).toContain(
      'Wij beoordelen uw schuld nu als: opzet. Opzet betekent: u wist dat u het moest doen, en u deed het expres niet. Dan rekenen wij 100% van het bedrag na de verhoging (zie de berekening hieronder). De reden: U zei dat u niet wilde komen. De boete zou € 400,00 zijn. Zo hebben wij dat berekend:',
    );
    expect(tekst).toContain('Verhoogd met 700% wegens 7 eerdere onherroepelijke boetes € 400,00');
    expect(tekst).toContain('Welke regel geldt? U moet doen wat in uw plan staat. U moet uw leerroute volgen, zo veel uur als in uw plan staat (artikel 15 lid 2 Wet inburgering 2021).');
    // 10 April 2026 + 13 weeks = Friday 10 July 2026.
    expect(tekst).toContain('op 10 april 2026 een rapport gemaakt');
    expect(tekst).toContain('Wij beslissen uiterlijk op 10 juli 2026.');
    expect(tekst).toContain('Deze brief is nog geen besluit.');
  });

  it('the Wi 22 beschikking states decision, overtreding, voorschrift, the new term, payment and the clause', async () => {
    const tekst = await lees(boeteBeschikkingWi22(wi22()), 'INB-2026-22');
    expect(tekst).toContain(
      'Ons besluit Wij geven u een bestuurlijke boete van € 250,00. Dat is ons besluit. De reden: u bent op 16 maart 2026 niet gekomen op de brede intake. Dat was na onze schriftelijke waarschuwing en herhaalde oproep van 2 maart 2026 (kenmerk INB-2026-3).',
    );
    expect(tekst).toContain('(artikel 22 lid 1 Wet inburgering 2021 en artikel 7.1 lid 1 Besluit inburgering 2021)');
    expect(tekst).toContain('artikel 14 lid 1 Wet inburgering 2021');
    expect(tekst).toContain('U kon ons tot en met 7 april 2026 vertellen wat u daarvan vond. U hebt niet gereageerd.');
    // Awb 5:41 and 5:46 lid 3 when no zienswijze came in; Wi 27 checked and stated.
    expect(tekst).toContain('Wij weten niet van een reden waardoor u hier geen schuld aan hebt, of waardoor € 250,00 te veel is voor u (artikel 5:41 en 5:46 lid 3 Algemene wet bestuursrecht).');
    expect(tekst).toContain('Bijstand Wij geven geen boete als uw bijstand al lager is gemaakt voor hetzelfde (artikel 27 Wet inburgering 2021). Dat hebben wij nagekeken. Uw bijstand is voor deze gedraging niet verlaagd.');
    // Wi 22 lid 2: the new term as a date, within two months of the dagtekening (14 April → at most 14 June),
    // with its time and place in the same sentence.
    expect(tekst).toContain('Daarom krijgt u een nieuwe afspraak: op 12 mei 2026, 10.00 uur, gemeentehuis Voorbeeldstad. Dat is uw nieuwe termijn.');
    expect(tekst).not.toContain('Tijd en plaats');
    // Rechtsmiddelen in B1 (Awb 3:45).
    expect(tekst).toContain('Een bezwaarschrift is een brief waarin u schrijft waarom u het niet eens bent met dit besluit.');
    expect(tekst).toContain('De voorzieningenrechter is een rechter die snel beslist. Een voorlopige voorziening is een beslissing die geldt tot wij op uw bezwaar hebben beslist.');
    expect(tekst).toContain('griffierecht (geld dat u aan de rechtbank betaalt)');
    expect(tekst).toContain('hoogstens twee maanden mag zijn (artikel 22 lid 2 Wet inburgering 2021)');
    // Awb 4:87: 14 April + 6 weeks = Tuesday 26 May 2026.
    expect(tekst).toContain('Betaal € 250,00 uiterlijk op 26 mei 2026.');
    expect(tekst).toContain('Betalingskenmerk 2026-0417-22');
    expect(tekst).toContain('NL91 BNGH 0285 1234 56');
    expect(tekst).toContain('Wat moet u doen?');
    expect(tekst).toContain('Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Voorbeeldstad');
    expect(tekst).toContain('het kenmerk INB-2026-22');
    expect(tekst).toContain('Burgemeester en wethouders van Voorbeeldstad, namens dezen, mr. A.B. de Boer');
    expect(tekst).toContain('Ondertekend in mandaat (art. 10:10 Awb), Mandaatbesluit Sociaal Domein 2025');
    expect(tekst).toContain('14 april 2026');
  });

  it('a repeated Wi 22 boete refers to the earlier boetebeschikking whose new term was missed (Wi 22 lid 3)', async () => {
    const tekst = await lees(
      boeteBeschikkingWi22(wi22({ waarschuwing: { datum: '2026-01-12', kenmerk: '' }, vorigeBoete: { dagtekening: '2026-02-02', kenmerk: 'INB-2026-9' }, gemisteAfspraak: '2026-03-16' })),
      'INB-2026-22',
    );
    expect(tekst).toContain(
      'De reden: u bent op 16 maart 2026 niet gekomen op de brede intake. Dat was de nieuwe afspraak uit ons besluit van 2 februari 2026 (kenmerk INB-2026-9). Daarin gaven wij u al een boete. Daarom krijgt u opnieuw een boete (artikel 22 lid 3 Wet inburgering 2021).',
    );
    expect(tekst).toContain('12 januari 2026 Wij stuurden u een schriftelijke waarschuwing en een herhaalde oproep. 2 februari 2026 Wij gaven u een boete en een nieuwe afspraak (kenmerk INB-2026-9).');
  });

  it('moves the payment date past a weekend or gelijkgestelde dag (Atw art. 1)', async () => {
    // 3 April 2026 + 42 days = Friday 15 May 2026, gelijkgesteld with a feestdag → Monday 18 May 2026.
    const tekst = await lees(
      boeteBeschikkingWi22(wi22({ ...basis('INB-2026-24', '2026-04-03'), zienswijze: { gevraagdOp: '2026-03-17', uiterlijk: '2026-03-31', gegeven: null }, nieuweAfspraak: { datum: '2026-04-28', tijdEnPlaats: '10.00 uur' } })),
      'INB-2026-24',
    );
    expect(tekst).toContain('Betaal € 250,00 uiterlijk op 18 mei 2026.');
  });

  it('refuses a new term of more than two months, one not after the dagtekening, and other unlawful Wi 22 letters', () => {
    const fout = (g: BoeteWi22Gegevens) => {
      try {
        boeteBeschikkingWi22(g);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    // The last day of the two months is accepted; the day after is not.
    expect(fout(wi22({ nieuweAfspraak: { datum: '2026-06-14', tijdEnPlaats: 'x' } }))).toBeNull();
    expect(fout(wi22({ nieuweAfspraak: { datum: '2026-06-15', tijdEnPlaats: 'x' } }))).toBe(
      'De nieuwe termijn is hoogstens twee maanden (artikel 22 lid 2 Wet inburgering 2021). Kies een afspraak uiterlijk op 14 juni 2026.',
    );
    expect(fout(wi22({ nieuweAfspraak: { datum: '2026-04-14', tijdEnPlaats: 'x' } }))).toBe('De nieuwe afspraak moet na de datum van de beschikking liggen.');
    expect(fout(wi22({ waarschuwing: { datum: '2026-03-20', kenmerk: 'INB-2026-3' } }))).toBe('De gemiste afspraak moet na de schriftelijke waarschuwing liggen (artikel 14 lid 1 Wet inburgering 2021).');
    expect(fout(wi22({ zienswijze: { gevraagdOp: '2026-04-01', uiterlijk: '2026-04-15', gegeven: null } }))).toBe(
      'De termijn voor de zienswijze loopt tot en met 15 april 2026. Neem het besluit pas daarna, of leg eerst de zienswijze vast.',
    );
    expect(fout(wi22({ betaling: { ...BETALING, rekeningnummer: ' ' } }))).toBe('Vul het rekeningnummer (IBAN) voor boetes in.');
    expect(fout(wi22({ ondertekenaar: { naam: '', functie: 'teamleider', mandaatbesluit: null } }))).toBe('Kies wie de brief ondertekent: naam en functie zijn nodig.');
    expect(fout(wi22({ nieuweAfspraak: { datum: '2026-05-12', tijdEnPlaats: ' ' } }))).toBe('Vul de tijd en de plaats van de nieuwe afspraak in (artikel 22 lid 2 Wet inburgering 2021).');
    // A saved text version that lost the new date cannot print this beschikking.
    const g = wi22();
    expect(fout({ ...g, teksten: { ...g.teksten, boeteWi22NieuweTermijn: 'U krijgt een nieuwe afspraak.' } })).toBe(
      'De standaardtekst ‘Boete brede intake: nieuwe termijn (art. 22 lid 2 Wi)’ mist {datumAfspraak}. Voeg die toe bij Instellingen, onder Standaardteksten van brieven.',
    );
  });

  it('the Wi 23 beschikking states the duty, the verwijtbaarheid, each step, samenloop, the weighed zienswijze, payment and the clause', async () => {
    const tekst = await lees(boeteBeschikkingWi23(wi23()), 'INB-2026-23');
    expect(tekst).toContain(
      'Ons besluit Wij geven u een bestuurlijke boete van € 37,50. Dat is ons besluit. De reden: u hebt op 3 februari 2026 en 17 februari 2026 niet meegedaan aan het participatieverklaringstraject (PVT) of de module arbeidsmarkt en participatie (MAP). Dat vraagt uw persoonlijk plan inburgering en participatie (PIP) wel van u. U moest meedoen aan het participatieverklaringstraject (PVT) of de module arbeidsmarkt en participatie (MAP), zo veel uur als in uw plan staat. Dat staat in artikel 15 lid 1 onder c Wet inburgering 2021.',
    );
    expect(tekst).toContain('(artikel 23 Wet inburgering 2021 en artikel 7.1 Besluit inburgering 2021)');
    expect(tekst).toContain('In uw plan met kenmerk INB-2025-40 staan afspraken');
    expect(tekst).toContain('3 februari 2026 U kwam niet naar de PVT-bijeenkomst.');
    expect(tekst).toContain(
      'Wij beoordelen uw schuld als: grove schuld. Grove schuld betekent: u wist dat u het moest doen, of u had dat zeker moeten weten. U had het ook kunnen doen. Toch deed u het niet. Daarom rekenen wij 75% van het basisbedrag. Dat staat in artikel 7.1 Besluit inburgering 2021.',
    );
    expect(tekst).toContain('Basisbedrag (artikel 7.1 lid 2 Besluit) € 50,00 Grove schuld: 75% € 37,50');
    expect(tekst).toContain('(artikel 27 Wet inburgering 2021). Dat hebben wij nagekeken. U krijgt geen bijstand.');
    expect(tekst).toContain('Op 20 maart 2026 hebt u ons in een gesprek verteld wat u daarvan vond. U zei: U zei dat u moest werken op die dagen. Wij hebben dat zo gewogen:');
    expect(tekst).toContain('Betaal € 37,50 uiterlijk op 26 mei 2026.');
    expect(tekst).toContain('Bent u het niet eens met dit besluit?');
    expect(tekst).toContain('namens dezen');
    expect(tekst).toContain('INB-2026-23');
  });

  it('the Wi 23 beschikking after recidive names the one duty and date, the earlier boete, onherroepelijk, and grades the raised amount', async () => {
    const berekening = boeteWi23Berekening({ verwijtbaarheid: 'grove_schuld', eerdereOnherroepelijkeBoetesBinnen12Maanden: 1, reedsOpgelegdInTermijn: 250 }, '2026-04-14');
    const g = wi23({
      onderdeel: 'pvt',
      gedragingen: [{ datum: '2026-02-17', omschrijving: 'U kwam niet naar de PVT-bijeenkomst. U had zich niet afgemeld.' }],
      recidive: [{ dagtekening: '2025-09-15', kenmerk: 'INB-2025-31' }],
      stappen: berekening.stappen,
      bedrag: berekening.bedrag,
    });
    const tekst = await lees(boeteBeschikkingWi23(g), 'INB-2026-23');
    // Awb 5:9: the one duty (PVT, not "PVT of MAP") and the date, in the decision paragraph.
    expect(tekst).toContain(
      'Ons besluit Wij geven u een bestuurlijke boete van € 75,00. Dat is ons besluit. De reden: u hebt op 17 februari 2026 niet meegedaan aan het participatieverklaringstraject (PVT). Dat vraagt uw persoonlijk plan inburgering en participatie (PIP) wel van u. U moest meedoen aan het participatieverklaringstraject (PVT), zo veel uur als in uw plan staat.',
    );
    expect(tekst).not.toContain('(MAP)');
    // Awb 3:46: the percentage applies to the raised amount, which the berekening shows.
    expect(tekst).toContain('Daarom rekenen wij 75% van het bedrag na de verhoging (zie de berekening hieronder). Dat staat in artikel 7.1 Besluit inburgering 2021.');
    expect(tekst).toContain(
      'Hoe hebben wij de boete berekend? U kreeg eerder een boete op 15 september 2025 (kenmerk INB-2025-31). Tegen die boete kunt u geen bezwaar of beroep meer maken. Dat heet: de boete is onherroepelijk. Daarom is het basisbedrag nu twee keer zo hoog (artikel 7.1 lid 3 Besluit inburgering 2021).',
    );
    expect(tekst).toContain('Basisbedrag (artikel 7.1 lid 2 Besluit inburgering 2021) € 50,00 Verhoogd met 100%');
    expect(tekst).toContain('75% van het verhoogde bedrag wegens de mate van verwijtbaarheid: grove schuld (artikel 7.1 Besluit inburgering 2021) € 75,00');
    expect(tekst).not.toMatch(/\(art\. 7|Wi 2021/);
    // A raised amount without the earlier boete is refused.
    expect(() => boeteBeschikkingWi23({ ...g, recidive: [] })).toThrow(
      'De boete is verhoogd wegens een eerdere boete. Vul de datum en het kenmerk van die eerdere boete in (artikel 7.1 lid 3 Besluit inburgering 2021).',
    );
  });

  it('refuses an unlawful Wi 23 letter: above the cap, above € 340 without rapport or too late after it, a future gedraging', () => {
    const fout = (g: BoeteWi23Gegevens) => {
      try {
        boeteBeschikkingWi23(g);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    const stappen = (bedrag: number) => [{ omschrijving: 'Basisbedrag', bedrag: 50 }, { omschrijving: 'Na recidive', bedrag }];
    expect(fout(wi23({ bedrag: 850, stappen: stappen(850) }))).toBe('Een boete op grond van artikel 23 is hoogstens € 800,00 (artikel 7.1 Besluit inburgering 2021).');
    expect(fout(wi23({ bedrag: 400, stappen: stappen(400) }))).toBe('De boete is hoger dan € 340,00. Maak eerst een rapport op (artikel 5:53 Awb) en vul de datum in.');
    // 13 weeks after 12 January 2026 is 13 April 2026: a dagtekening of 14 April is too late.
    expect(fout(wi23({ bedrag: 400, stappen: stappen(400), rapport: { datum: '2026-01-12' } }))).toBe(
      'De boete moest uiterlijk op 13 april 2026 worden opgelegd: 13 weken na het rapport (artikel 5:53 Awb). Deze boete kan niet meer worden opgelegd.',
    );
    expect(fout(wi23({ bedrag: 400, stappen: stappen(400), rapport: { datum: '2026-01-13' } }))).toBeNull();
    expect(fout(wi23({ bedrag: 40, stappen: stappen(37.5) }))).toBe('Het boetebedrag is niet gelijk aan de uitkomst van de berekening.');
    expect(fout(wi23({ gedragingen: [{ datum: '2026-04-14', omschrijving: 'x' }] }))).toBe('Een boete gaat over wat al is gebeurd: elke gedraging moet voor de datum van de beschikking liggen.');
    expect(fout(wi23({ samenloop: '' }))).toBe('Leg vast wat u hebt nagegaan over een verlaging van de bijstand voor dezelfde gedraging (artikel 27 Wet inburgering 2021).');
  });
});
