import { VASTE_LASTEN_56A } from '../../shared/domain/begeleiding';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { datumLang } from '../../shared/format';
import { plusDagen } from '../../shared/rules/datum';
import { ontzorgenEinde } from '../../shared/rules/termijnen';
import type { Handlers } from '../handlers';
import { speelAf, verwacht, werkdagTot, werkdagVanaf, type Klok } from './stappen';
import { maakRandom, synthetischeInburgeraar } from './synthetisch';
import { begeleidingGedaan } from './voorbeeld-voortgang';
import { VOLLEDIG_PIP, volledigeIntakeOp } from './voorbeelddossier';

// A statushouder half a year after housing, in a legally possible order: BRP inschrijving, begeleiding from that
// day (Wi 13 lid 3), intake, the PIP within ten weeks (Besluit 5.3 lid 1), and financieel ontzorgen from the
// start of bijstand for the six months of Pw 56a lid 2. That end is now within four weeks and the
// uitstroomgesprek is not held yet: it is planned for this week.

/** Days before `vandaag`. */
const KENNISGEVING = 190;
const INSCHRIJVING_BRP = 168;
const INTAKE = INSCHRIJVING_BRP - 14;
const INTAKE_AFGEROND = INSCHRIJVING_BRP - 35;
const PIP = INSCHRIJVING_BRP - 49;

/** The weekday on or just before `dagen` days before today. */
function dagVoor(vandaag: string, dagen: number): string {
  return werkdagTot(plusDagen(vandaag, -dagen));
}

function persoon(vandaag: string): InburgeraarFormulier {
  return {
    ...synthetischeInburgeraar(maakRandom(168), vandaag, 7),
    voornamen: 'Rasha',
    tussenvoegsel: null,
    achternaam: 'Khalil',
    geslacht: 'vrouw',
    geboortedatum: '1989-09-04',
    nationaliteit: 'Syrische',
    taal: 'Arabisch',
    tolkNodig: true,
    naamOorspronkelijkSchrift: 'رشا خليل',
    oorspronkelijkSchriftOpDocumenten: false,
    doelgroep: 'asielstatushouder',
    doelgroepcode: 'Asielstatushouder',
    datumKennisgevingDuo: dagVoor(vandaag, KENNISGEVING),
    datumInschrijvingBrp: dagVoor(vandaag, INSCHRIJVING_BRP),
    datumKoppelingCoa: dagVoor(vandaag, KENNISGEVING - 7),
    huisvestingArt28: true,
    verhuisdVanGemeente: null,
    termijnStartEerder: null,
    leerrouteEerder: null,
    niveausEerder: null,
  };
}

/** Builds the dossier (its PIP stays in the vault; the demo prints Selam's); returns the person's id. */
export async function voorbeeldOntzorgen(handlers: Handlers, klok: Klok, vandaag: string, ondertekenaarId: number): Promise<number> {
  const dag = (dagenTerug: number) => dagVoor(vandaag, dagenTerug);
  const brp = dag(INSCHRIJVING_BRP);
  let id = 0;
  const begeleiding = (tot: string) =>
    verwacht(handlers.begeleidingOpslaan({ inburgeraarId: id, start: brp, geplandEinde: null, uitvoerder: 'Stichting Samen Voorbeeldstad', onderdelen: begeleidingGedaan(brp, tot) }));

  await speelAf(klok, [
    [
      brp,
      async () => {
        id = (await verwacht(handlers.inburgeraarToevoegen(persoon(vandaag)))).id;
      },
    ],
    [werkdagTot(plusDagen(brp, 3)), () => begeleiding(werkdagTot(plusDagen(brp, 3)))],
    [
      dag(INTAKE_AFGEROND),
      async () => {
        await verwacht(handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp(dag(INTAKE)) }));
        await verwacht(handlers.intakeAfronden({ inburgeraarId: id, datum: dag(INTAKE_AFGEROND), inAfwezigheid: false }));
      },
    ],
    [
      dag(PIP),
      async () => {
        const inhoud = { ...VOLLEDIG_PIP, startBijstand: brp, mapIntensiteit: 'Veertig uur, in het eerste jaar naast de lessen.' };
        const { pip } = await verwacht(handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud }));
        await verwacht(handlers.pipVaststellen({ pipId: pip.id, dagtekening: dag(PIP), ondertekenaarId }));
        await verwacht(handlers.pipVerzonden({ pipId: pip.id, verzenddatum: dag(PIP) }));
        // Pw 56a lid 2: the five vaste lasten, for six months from the start of bijstand (einde empty: the minimum).
        await verwacht(
          handlers.ontzorgenOpslaan({
            inburgeraarId: id,
            startBijstand: brp,
            vasteLasten: [...VASTE_LASTEN_56A],
            einde: null,
            uitstroomgesprek: null,
            toelichting: 'Ingehouden op de bijstand en betaald aan de verhuurder, het energiebedrijf, het waterbedrijf en de zorgverzekeraar.',
          }),
        );
      },
    ],
    // Wi 34: the PIP facts in DUO's portal within two weeks.
    [
      dag(PIP - 6),
      async () => {
        const { velden } = await verwacht(handlers.duoMeldingenDossier({ inburgeraarId: id }));
        const items = velden.filter((v) => v.status === 'nog_te_melden').map((v) => ({ inburgeraarId: id, veld: v.veld }));
        if (items.length > 0) await verwacht(handlers.duoGemeldMarkeren({ items, gemeldOp: dag(PIP - 6) }));
      },
    ],
    [dag(PIP - 14), () => verwacht(handlers.inburgeraarStatusWijzigen({ id, status: 'in_traject', datum: dag(PIP - 14), reden: 'Gestart met de lessen bij de taalschool.', nieuweGemeente: null }))],
    [werkdagTot(plusDagen(brp, 60)), () => begeleiding(werkdagTot(plusDagen(brp, 60)))],
    // The taalschool's first report: eleven weeks of lessons.
    [
      dag(PIP - 92),
      () =>
        verwacht(
          handlers.leerroutePeriodeOpslaan({
            inburgeraarId: id,
            id: null,
            soort: 'nt2',
            aanbieder: 'Taalhuis Voorbeeldstad',
            van: dag(PIP - 14),
            tot: dag(PIP - 89),
            urenAangeboden: 110,
            urenGevolgd: 102,
            verzuimGeoorloofd: 6,
            verzuimOngeoorloofd: 2,
          }),
        ),
    ],
  ]);

  // Four days ago: a call to plan the uitstroomgesprek before ontzorgen ends, this week with a tolk (Pw 56a lid 2).
  const gebeld = dagVoor(vandaag, 4);
  klok.zet(gebeld);
  await verwacht(
    handlers.journaalNotitieToevoegen({
      inburgeraarId: id,
      datum: gebeld,
      soort: 'telefoon',
      metTolk: false,
      tekst: `Gebeld over het einde van het financieel ontzorgen op ${datumLang(ontzorgenEinde(brp))}. Afspraak gemaakt voor het uitstroomgesprek; zij neemt de brieven van de vaste lasten mee.`,
    }),
  );
  const gesprek = werkdagVanaf(plusDagen(werkdagVanaf(vandaag), 2));
  await verwacht(handlers.afspraakToevoegen({ inburgeraarId: id, datum: gesprek, tijd: '14:00', plaats: 'Gemeentehuis, Markt 1', onderwerp: 'Uitstroomgesprek financieel ontzorgen', metTolk: true }));
  klok.zet(vandaag);
  return id;
}
