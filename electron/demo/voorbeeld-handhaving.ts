import { VASTE_LASTEN_56A } from '../../shared/domain/begeleiding';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { laatsteDagVanTermijn, plusDagen, weekdag } from '../../shared/rules/datum';
import { ontzorgenEinde } from '../../shared/rules/termijnen';
import type { Handlers } from '../handlers';
import { speelAf, verwacht, type Klok, type Stap } from './stappen';
import { synthetischeInburgeraar } from './synthetisch';
import { begeleidingGedaan } from './voorbeeld-voortgang';
import { VOLLEDIG_PIP, volledigeIntakeOp } from './voorbeelddossier';

// Handhaving in a legally possible order, each step on its own past weekday, through the same handlers as the app:
// - Ana Lúcia Ferreira, gezinsvormer, misses the oproep and the schriftelijke waarschuwing with the herhaalde
//   oproep (Wi 14 lid 1); after a voornemen and the zienswijze term (Awb 4:8) the college imposes the Wi 22
//   boete of € 250 with a new appointment within two months (Wi 22 lid 2).
// - Dawit Haile, asielstatushouder with a PIP, follows too few of his lessons: a Wi 23 boete (Wi 15 lid 2),
//   paid and onherroepelijk after six weeks, and seven weeks later a second one with the recidive step of
//   Besluit 7.1 lid 3. He objects to the second; after a hoorzitting the bezwaar is ongegrond (Awb 7:11, 7:12).
// The two boetebeschikkingen and the beslissing op bezwaar are saved to the documenten folder.

const PLAATS = '10.00 uur, gemeentehuis, Markt 1';
const TAALSCHOOL = 'Taalhuis Voorbeeldstad';
const BEGELEIDER = 'Stichting Samen Voorbeeldstad';
/** Clearly fictional: no real IBAN has check digits 00. */
export const VOORBEELD_REKENINGNUMMER = 'NL00 BANK 0123 4567 89';

export interface HandhavingUitkomst {
  /** The two dossiers this example adds. */
  inburgeraarIds: number[];
  /** The file names saved to the documenten folder: Wi 22, Wi 23 with recidive, beslissing op bezwaar. */
  documenten: string[];
}

/** The Monday on or before `vandaag`: every day below is a weekday counted from it, so a demo made at the weekend works too. */
function maandagVan(vandaag: string): string {
  return plusDagen(vandaag, -((weekdag(vandaag) + 6) % 7));
}

/** Adds a dossier; a rare duplicate synthetic BSN draws again. */
async function toevoegen(handlers: Handlers, random: () => number, vandaag: string, gegevens: (basis: InburgeraarFormulier) => InburgeraarFormulier): Promise<number> {
  for (let poging = 0; ; poging++) {
    const antwoord = await handlers.inburgeraarToevoegen(gegevens(synthetischeInburgeraar(random, vandaag)));
    if (antwoord.ok) return antwoord.data.id;
    if (poging >= 4) throw new Error(antwoord.fout.message);
  }
}

/** Builds both dossiers on past weekdays (the clock back on `vandaag` at the end); returns their ids and the three saved file names. */
export async function voorbeeldHandhaving(handlers: Handlers, klok: Klok, vandaag: string, ondertekenaarId: number, random: () => number): Promise<HandhavingUitkomst> {
  const maandag = maandagVan(vandaag);
  /** Weekday `dag` (0 Monday … 4 Friday) of the week `weken` weeks from this week's Monday. */
  const w = (weken: number, dag: number) => plusDagen(maandag, weken * 7 + dag);
  const bewaar = async (documentId: number) => (await verwacht(handlers.documentOpslaan({ documentId }))).bestandsnaam;
  let wi22Document = '';
  let wi23Document = '';
  let beslissingDocument = '';

  // Wi 22: Ana Lúcia Ferreira, gezinsvormer; DUO's kennisgeving seven weeks ago, the PIP due in three weeks.
  let ana = 0;
  let wi22 = 0;
  const oproep = async (verzonden: string, verschijnenOp: string) =>
    (await verwacht(handlers.oproepVersturen({ inburgeraarId: ana, verzonden, verschijnenOp, tijdEnPlaats: PLAATS }))).oproepId;
  let oproepId = 0;
  const wi22Stappen: Stap[] = [
    [
      w(-7, 0),
      async () => {
        ana = await toevoegen(handlers, random, w(-7, 0), (basis) => ({
          ...basis,
          voornamen: 'Ana Lúcia',
          tussenvoegsel: null,
          achternaam: 'Ferreira',
          geslacht: 'vrouw',
          geboortedatum: '1993-06-11',
          nationaliteit: 'Braziliaanse',
          taal: 'Portugees',
          tolkNodig: true,
          naamOorspronkelijkSchrift: null,
          oorspronkelijkSchriftOpDocumenten: false,
          doelgroep: 'gezinsmigrant',
          doelgroepcode: 'Gezinsvormer',
          datumKennisgevingDuo: w(-7, 0),
          datumInschrijvingBrp: w(-11, 0),
          datumKoppelingCoa: null,
          huisvestingArt28: false,
        }));
      },
    ],
    [w(-7, 2), async () => void (oproepId = await oproep(w(-7, 2), w(-6, 2)))],
    // Wi 14 lid 1: not there, so a schriftelijke waarschuwing with a herhaalde oproep the next day.
    [
      w(-6, 3),
      async () => {
        await verwacht(handlers.oproepUitkomst({ oproepId, uitkomst: 'niet_verschenen' }));
        oproepId = await oproep(w(-6, 3), w(-5, 3));
      },
    ],
    // Not there again: the voornemen, and the letter asking for her zienswijze within two weeks (Awb 4:8).
    [
      w(-5, 4),
      async () => {
        await verwacht(handlers.oproepUitkomst({ oproepId, uitkomst: 'niet_verschenen' }));
        const { boete } = await verwacht(handlers.boeteWi22Voornemen({ inburgeraarId: ana, toelichting: 'Niet verschenen en niet afgemeld; de telefoon werd niet opgenomen.', bijstandVerlaagd: false }));
        wi22 = boete.id;
        await verwacht(handlers.boeteZienswijzeBrief({ boeteId: wi22, verzonden: w(-5, 4), ondertekenaarId }));
      },
    ],
    // No zienswijze came: after the term the beschikking, with a new appointment within two months (Wi 22 lid 2),
    // also sent as the last oproep of Wi 14 so the intake screen expects her then.
    [
      w(-2, 0),
      async () => {
        const { documentId } = await verwacht(
          handlers.boeteVaststellen({
            boeteId: wi22,
            dagtekening: w(-2, 0),
            ondertekenaarId,
            rekeningnummer: VOORBEELD_REKENINGNUMMER,
            weging: null,
            nieuweAfspraakOp: w(1, 2),
            nieuweAfspraakTijdEnPlaats: PLAATS,
          }),
        );
        await oproep(w(-2, 0), w(1, 2));
        wi22Document = await bewaar(documentId);
      },
    ],
  ];

  // Wi 23: Dawit Haile, asielstatushouder housed under art. 28 Huisvestingswet, with his PIP half a year ago.
  let dawit = 0;
  const brp = w(-33, 0);
  const pip = w(-26, 0);
  const ontzorgenToelichting = 'De vaste lasten worden ingehouden op de bijstand en betaald aan de verhuurder, het energiebedrijf, het waterbedrijf en de zorgverzekeraar.';
  const uitstroomgesprek = plusDagen(maandagVan(plusDagen(ontzorgenEinde(brp), -14)), 1);
  const begeleiding = (tot: string) =>
    verwacht(handlers.begeleidingOpslaan({ inburgeraarId: dawit, start: brp, geplandEinde: laatsteDagVanTermijn(brp, 12), uitvoerder: BEGELEIDER, onderdelen: begeleidingGedaan(brp, tot) }));
  const ontzorgen = (gesprek: string | null, toelichting: string) =>
    verwacht(handlers.ontzorgenOpslaan({ inburgeraarId: dawit, startBijstand: brp, vasteLasten: [...VASTE_LASTEN_56A], einde: null, uitstroomgesprek: gesprek, toelichting }));
  const lessen = (van: string, tot: string, urenAangeboden: number, urenGevolgd: number, verzuimGeoorloofd: number, verzuimOngeoorloofd: number) =>
    verwacht(handlers.leerroutePeriodeOpslaan({ inburgeraarId: dawit, id: null, soort: 'nt2', aanbieder: TAALSCHOOL, van, tot, urenAangeboden, urenGevolgd, verzuimGeoorloofd, verzuimOngeoorloofd }));
  const voornemen = async (datumGedraging: string, toelichting: string) =>
    (
      await verwacht(
        handlers.boeteWi23Voornemen({
          inburgeraarId: dawit,
          gedraging: 'intensiteit_leerroute',
          toelichting,
          datumGedraging,
          verwijtbaarheid: 'grove_schuld',
          verwijtbaarheidMotivering: 'Hij kende het lesrooster en wist dat hij zich bij de taalschool moest afmelden, maar deed dat niet en gaf geen reden.',
          bijstandVerlaagd: false,
          rapportDatum: null,
        }),
      )
    ).boete.id;
  let eerste = 0;
  let tweede = 0;
  let tweedeDocument = 0;
  let bezwaarId = 0;
  let gesprekId = 0;

  const wi23Stappen: Stap[] = [
    [
      brp,
      async () => {
        dawit = await toevoegen(handlers, random, brp, (basis) => ({
          ...basis,
          voornamen: 'Dawit',
          tussenvoegsel: null,
          achternaam: 'Haile',
          geslacht: 'man',
          geboortedatum: '1990-02-23',
          nationaliteit: 'Eritrese',
          taal: 'Tigrinya',
          tolkNodig: true,
          naamOorspronkelijkSchrift: null,
          oorspronkelijkSchriftOpDocumenten: false,
          doelgroep: 'asielstatushouder',
          doelgroepcode: 'Asielstatushouder',
          datumKennisgevingDuo: w(-36, 0),
          datumKoppelingCoa: w(-35, 0),
          datumInschrijvingBrp: brp,
          huisvestingArt28: true,
          verhuisdVanGemeente: null,
          termijnStartEerder: null,
          leerrouteEerder: null,
          niveausEerder: null,
        }));
      },
    ],
    // Wi 13 lid 3: begeleiding from the BRP day.
    [w(-33, 3), () => begeleiding(w(-33, 3))],
    [
      w(-28, 0),
      async () => {
        await verwacht(handlers.intakeOpslaan({ inburgeraarId: dawit, gegevens: volledigeIntakeOp(w(-31, 0)) }));
        await verwacht(handlers.intakeAfronden({ inburgeraarId: dawit, datum: w(-28, 0), inAfwezigheid: false }));
      },
    ],
    // Besluit 5.3 lid 1: the PIP seven weeks after the BRP inschrijving; ontzorgen from the start of bijstand (Pw 56a).
    [
      pip,
      async () => {
        const concept = (await verwacht(handlers.pipConceptOpslaan({ inburgeraarId: dawit, inhoud: { ...VOLLEDIG_PIP, startBijstand: brp } }))).pip;
        await verwacht(handlers.pipVaststellen({ pipId: concept.id, dagtekening: pip, ondertekenaarId }));
        await verwacht(handlers.pipVerzonden({ pipId: concept.id, verzenddatum: pip }));
        await ontzorgen(null, ontzorgenToelichting);
      },
    ],
    // Wi 34: the PIP facts in DUO's portal within two weeks.
    [
      w(-25, 1),
      async () => {
        const { velden } = await verwacht(handlers.duoMeldingenDossier({ inburgeraarId: dawit }));
        const items = velden.filter((v) => v.status === 'nog_te_melden').map((v) => ({ inburgeraarId: dawit, veld: v.veld }));
        if (items.length > 0) await verwacht(handlers.duoGemeldMarkeren({ items, gemeldOp: w(-25, 1) }));
      },
    ],
    [w(-24, 0), () => verwacht(handlers.inburgeraarStatusWijzigen({ id: dawit, status: 'in_traject', datum: w(-24, 0), reden: 'Gestart met de lessen bij de taalschool.', nieuweGemeente: null }))],
    [w(-20, 0), () => begeleiding(w(-20, 0))],
    // The taalschool's report: 24 of 80 hours missed without reason. The PIP asks 10 hours a week (Wi 15 lid 2).
    [
      w(-16, 0),
      async () => {
        await lessen(w(-24, 0), w(-17, 4), 80, 52, 4, 24);
        eerste = await voornemen(
          w(-16, 0),
          `Volgens het verzuimoverzicht van ${TAALSCHOOL} volgde hij in acht weken 52 van de 80 lesuren. Hij was 24 uur afwezig zonder afmelding of reden. In het PIP staat 10 uur les per week.`,
        );
        await verwacht(handlers.boeteZienswijzeBrief({ boeteId: eerste, verzonden: w(-16, 0), ondertekenaarId }));
      },
    ],
    [w(-14, 2), () => verwacht(handlers.boeteVaststellen({ boeteId: eerste, dagtekening: w(-14, 2), ondertekenaarId, rekeningnummer: VOORBEELD_REKENINGNUMMER, weging: null }))],
    [w(-13, 0), async () => void (gesprekId = (await verwacht(handlers.voortgangsgesprekPlannen({ inburgeraarId: dawit, gepland: w(-12, 0), tijd: '10:00', metTolk: true }))).id)],
    [w(-12, 3), () => verwacht(handlers.boeteBetaling({ boeteId: eerste, betaaldOp: w(-12, 3), invorderingOvergedragenOp: null }))],
    [
      w(-12, 0),
      () =>
        verwacht(
          handlers.voortgangsgesprekVastleggen({
            inburgeraarId: dawit,
            gesprekId,
            gehouden: w(-12, 0),
            verslag: 'Gesprek met tolk over de boete en de lessen. Hij zegt dat hij vaker zal gaan. Afgesproken: hij meldt zich bij de taalschool af als hij niet kan komen.',
          }),
        ),
    ],
    // Pw 56a lid 2: the uitstroomgesprek in the last weeks of the six months.
    [uitstroomgesprek, () => ontzorgen(uitstroomgesprek, `${ontzorgenToelichting} Uitstroomgesprek met tolk: hij betaalt de vaste lasten daarna zelf, met automatische incasso.`)],
    // Seven weeks after the first beschikking (onherroepelijk: no bezwaar within six weeks), the next report.
    [
      w(-7, 0),
      async () => {
        await lessen(w(-16, 0), w(-8, 4), 90, 60, 4, 26);
        tweede = await voornemen(
          w(-7, 0),
          `Volgens het verzuimoverzicht van ${TAALSCHOOL} volgde hij in negen weken 60 van de 90 lesuren. Hij was 26 uur afwezig zonder afmelding of reden, ook na de eerste boete en het voortgangsgesprek.`,
        );
        await verwacht(handlers.boeteZienswijzeBrief({ boeteId: tweede, verzonden: w(-7, 0), ondertekenaarId }));
      },
    ],
    [
      w(-6, 2),
      () =>
        verwacht(
          handlers.boeteZienswijzeOntvangen({ boeteId: tweede, ontvangenOp: w(-6, 2), wijze: 'mondeling', samenvatting: 'Hij zorgde in die weken voor zijn broer, die ziek was. Een verklaring daarvan heeft hij niet.' }),
        ),
    ],
    [
      w(-5, 1),
      async () => {
        const { documentId } = await verwacht(
          handlers.boeteVaststellen({
            boeteId: tweede,
            dagtekening: w(-5, 1),
            ondertekenaarId,
            rekeningnummer: VOORBEELD_REKENINGNUMMER,
            weging: 'Wij begrijpen dat hij voor zijn broer wilde zorgen. Maar hij had zich bij de taalschool kunnen afmelden en met de regisseur kunnen overleggen, zoals in het voortgangsgesprek is afgesproken. Daarom blijft de boete staan.',
          }),
        );
        tweedeDocument = documentId;
        wi23Document = await bewaar(documentId);
      },
    ],
    // Awb 6:7: bezwaar within six weeks; the hoorzitting planned, then held (Awb 7:2).
    [
      w(-3, 2),
      async () => {
        const { bezwaar } = await verwacht(
          handlers.bezwaarRegistreren({
            documentId: tweedeDocument,
            ontvangenOp: w(-3, 2),
            gronden: 'Hij zorgde voor zijn zieke broer en vindt de boete te hoog, omdat de eerste boete al betaald is.',
            adviescommissie: false,
            verschoonbaar: false,
            verschoonbaarMotivering: null,
            verzenddatum: null,
            kenmerk: null,
          }),
        );
        bezwaarId = bezwaar.id;
      },
    ],
    [w(-3, 3), () => verwacht(handlers.hoorzittingVastleggen({ bezwaarId, datum: w(-1, 2), verslag: null, afgezienReden: null }))],
    [
      w(-1, 2),
      () =>
        verwacht(
          handlers.hoorzittingVastleggen({
            bezwaarId,
            datum: w(-1, 2),
            verslag: 'Gehoord met tolk Tigrinya. Hij herhaalt dat hij voor zijn broer zorgde. Hij erkent dat hij zich niet heeft afgemeld. Nieuwe feiten zijn er niet.',
            afgezienReden: null,
          }),
        ),
    ],
    [
      w(-1, 4),
      async () => {
        // Awb 10:3 lid 3: who signed the primary besluit does not sign the decision on the bezwaar against it.
        const jurist = (
          await verwacht(handlers.ondertekenaarOpslaan({ naam: 'mr. C.D. Visser', functie: 'jurist bezwaar en beroep', mandaatbesluit: 'Mandaatbesluit Sociaal Domein Voorbeeldstad 2025' }))
        ).find((o) => o.naam === 'mr. C.D. Visser');
        const { bezwaar } = await verwacht(
          handlers.beslissingOpBezwaarVaststellen({
            bezwaarId,
            uitkomst: 'ongegrond',
            dagtekening: w(-1, 4),
            motivering:
              'De taalschool heeft het verzuim per les vastgelegd en u betwist de uren niet. Zorg voor uw broer is een begrijpelijke reden, maar u had zich kunnen afmelden en met de regisseur kunnen overleggen. De eerste boete is onherroepelijk; daarom is het basisbedrag verhoogd (artikel 7.1 lid 3 Besluit inburgering 2021). Het bedrag is juist berekend.',
            ondertekenaarId: jurist!.id,
          }),
        );
        beslissingDocument = await bewaar(bezwaar.beslissingDocumentId!);
      },
    ],
  ];

  // One timeline for both dossiers, so that the kenmerken follow the dagtekeningen.
  await speelAf(klok, [...wi22Stappen, ...wi23Stappen]);
  klok.zet(vandaag);
  return { inburgeraarIds: [ana, dawit], documenten: [wi22Document, wi23Document, beslissingDocument] };
}
