import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { plusDagen } from '../../shared/rules/datum';
import type { Handlers } from '../handlers';
import { maakRandom, synthetischeInburgeraar } from './synthetisch';
import { werkdagTot, type Klok, type Verwacht } from './stappen';
import { VOLLEDIG_PIP, volledigeIntakeOp } from './voorbeelddossier';

// The demo's PIP history in a legally possible order, each step on its own day: DUO's kennisgeving,
// housing via the COA and BRP inschrijving, the intake, the PIP within ten weeks of the BRP date
// (Besluit 5.3 lid 1), and — more than a year and 640 lesson hours later — afschalen for two exam parts
// (Wi 17 lid 3; Besluit 5.5). The demo's clock is moved for each step, so no beschikking is backdated.

/** The days of Selam's history that the later steps build on (her year between the PIP and the wijziging). */
export interface PipHistorie {
  id: number;
  inschrijvingBrp: string;
  intake: string;
  pip: string;
}

/** Days before `vandaag` at which each step took place. */
const KENNISGEVING = 560;
const INSCHRIJVING_BRP = KENNISGEVING - 21;
const INTAKE = INSCHRIJVING_BRP - 14;
const INTAKE_AFGEROND = INSCHRIJVING_BRP - 35;
const PIP = INSCHRIJVING_BRP - 49;

/** The weekday on or just before `dagen` days before today: the offsets are whole weeks, so only a demo made at the weekend moves. */
function dagVoor(vandaag: string, dagen: number): string {
  return werkdagTot(plusDagen(vandaag, -dagen));
}

/** A statushouder housed under art. 28 Huisvestingswet, with a BRP name and her name in Tigrinya script kept aside. */
function persoon(vandaag: string): InburgeraarFormulier {
  return {
    ...synthetischeInburgeraar(maakRandom(560), vandaag, 0),
    voornamen: 'Selam',
    tussenvoegsel: null,
    achternaam: 'Tesfamariam',
    geslacht: 'vrouw',
    geboortedatum: '1994-03-17',
    nationaliteit: 'Eritrese',
    taal: 'Tigrinya',
    tolkNodig: true,
    naamOorspronkelijkSchrift: null,
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

/**
 * Builds the dossier and writes its PIP beschikking and its wijzigingsbeschikking; returns the person's id.
 * `tussendoor` fills the months between the PIP and the wijziging (lessons, exams, gesprekken).
 */
export async function voorbeeldPipHistorie(
  handlers: Handlers,
  verwacht: Verwacht,
  klok: Klok,
  vandaag: string,
  ondertekenaarId: number,
  tussendoor: (historie: PipHistorie) => Promise<void> = async () => {},
): Promise<number> {
  const dag = (dagenTerug: number) => dagVoor(vandaag, dagenTerug);
  const bewaar = async (documentId: number) => verwacht(handlers.documentOpslaan({ documentId }));

  klok.zet(dag(INSCHRIJVING_BRP));
  const { id } = await verwacht(handlers.inburgeraarToevoegen(persoon(vandaag)));

  klok.zet(dag(INTAKE_AFGEROND));
  await verwacht(handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp(dag(INTAKE)) }));
  await verwacht(handlers.intakeAfronden({ inburgeraarId: id, datum: dag(INTAKE_AFGEROND), inAfwezigheid: false }));

  // The PIP, dated the day it is set and sent; bijstand started on the day of housing.
  klok.zet(dag(PIP));
  const { pip } = await verwacht(handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, startBijstand: dag(INSCHRIJVING_BRP) } }));
  const vastgesteld = (await verwacht(handlers.pipVaststellen({ pipId: pip.id, dagtekening: dag(PIP), ondertekenaarId }))).pip;
  await verwacht(handlers.pipVerzonden({ pipId: pip.id, verzenddatum: dag(PIP) }));
  await bewaar(vastgesteld.documentId!);
  await tussendoor({ id, inschrijvingBrp: dag(INSCHRIJVING_BRP), intake: dag(INTAKE), pip: dag(PIP) });

  // Today: afschalen for lezen and schrijven after 640 hours at the taalschool since the PIP.
  klok.zet(vandaag);
  const wijziging = (await verwacht(handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'afschalen', toelichting: null }))).pip;
  await verwacht(
    handlers.pipConceptOpslaan({
      inburgeraarId: id,
      inhoud: {
        ...VOLLEDIG_PIP,
        // Ontzorgen ended six months after the start of bijstand; this beschikking does not decide about it again.
        ontzorgen: false,
        startBijstand: null,
        niveau: 'A2',
        niveauPerOnderdeel: { lezen: 'A2', luisteren: 'B1', schrijven: 'A2', spreken: 'B1' },
        wijziging: {
          urenNt2NaPip: 640,
          urenBijErkendeInstelling: true,
          inspanningen:
            'U was bij 94 procent van de lessen van Taalhuis Voorbeeldstad, een taalschool met het keurmerk van Blik op Werk. U deed de examens lezen en schrijven op B1 elk twee keer. U oefende ook thuis met de lesstof.',
          feiten:
            'Voor lezen en schrijven haalde u bij beide examens niet genoeg punten, en uw docent verwacht niet dat u B1 voor deze onderdelen voor het einde van uw termijn haalt. Voor luisteren en spreken bent u wel goed op weg naar B1.',
          voortgang: null,
          schakelUitzondering: 'geen',
          schakelUitzonderingMotivering: null,
        },
      },
    }),
  );
  const gewijzigd = (await verwacht(handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: vandaag, ondertekenaarId }))).pip;
  await bewaar(gewijzigd.documentId!);
  return id;
}
