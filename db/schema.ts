import type { Generated } from 'kysely';
import type { BeschikkingSoort, BezwaarUitkomst, UitspraakUitkomst } from '../shared/domain/bezwaar';
import type { DocumentMime, DocumentSoort } from '../shared/domain/document';
import type { Geslacht } from '../shared/domain/inburgeraar';
import type { OproepUitkomst } from '../shared/domain/intake';
import type { OntheffingBeperking } from '../shared/domain/ontheffing';
import type { VerwijderReden } from '../shared/domain/privacy';
import type { Leerroute, PipSoort, PipStatus, WijzigingReden } from '../shared/domain/pip';
import type { Kernwaarde, MapThema, MapThemaStatus, Sessiesoort, Traject } from '../shared/domain/pvt';
import type { Doelgroep, DuoDoelgroepcode } from '../shared/rules/doelgroep';
import type { Status } from '../shared/rules/status';
import type { BoeteRegime } from '../shared/domain/handhaving';
import type { Verwijtbaarheid } from '../shared/rules/boete';
import type { BoeteSoort, BoeteStatus } from '../shared/rules/handhaving';
import type { KostenBron, KostenComponent } from '../shared/domain/budget';

// Table types for kysely. Column names are the domain's names (camelCase), the same as in the contract;
// a column holding a domain value has that value's union from shared/, so reads need no casts.

export interface InburgeraarTabel {
  id: Generated<number>;
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht: Geslacht;
  nationaliteit: string;
  taal: string;
  tolkNodig: number;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  telefoon: string | null;
  email: string | null;
  doelgroep: Doelgroep;
  doelgroepcode: DuoDoelgroepcode;
  vNummer: string | null;
  datumKennisgevingDuo: string | null;
  datumInschrijvingBrp: string | null;
  datumKoppelingCoa: string | null;
  /** The name in its own script (any script); the BRP name above is in Latin letters. */
  naamOorspronkelijkSchrift: string | null;
  oorspronkelijkSchriftOpDocumenten: Generated<number>;
  /** Besluit 5.3 lid 1: housed under art. 28 Huisvestingswet 2014 (0/1). */
  huisvestingArt28: Generated<number>;
  verhuisdVanGemeente: string | null;
  termijnStartEerder: string | null;
  leerrouteEerder: Leerroute | null;
  /** NiveauPerOnderdeel as JSON. */
  niveausEerder: string | null;
  status: Status;
  huishoudenId: number | null;
  aangemaakt: string;
  gewijzigd: string;
  /** Set when the dossier came in through an import (0006). */
  geimporteerdOp: string | null;
}

/** Migration 0014: one row per word suffix of a dossier's name, in search form (shared/zoeken.ts zoekwoordenVan). */
export interface ZoekwoordTabel {
  woord: string;
  inburgeraarId: number;
}

export interface HuishoudenTabel {
  id: Generated<number>;
  aangemaakt: string;
}

export interface InstellingTabel {
  sleutel: string;
  waarde: string;
}

/** Append-only audit log (BIO 8.15.01): who did what to which object, with what result. No personal data. */
export interface LogboekTabel {
  id: Generated<number>;
  tijdstip: string;
  actor: string;
  oorsprong: string;
  actie: string;
  object: string;
  objectId: number | null;
  resultaat: string;
  /** The hash chain (BIO 8.15.05): the previous row's hash (GENESIS_HASH for the first) and SHA-256 over this row. */
  vorigeHash: string | null;
  hash: string | null;
}

export interface IntakeTabel {
  inburgeraarId: number;
  /** IntakeInvoer as JSON: free-text onderdelen and the list of conversations. */
  gegevens: string;
  afgerondOp: string | null;
  inAfwezigheid: number;
  gewijzigd: string;
}

/** Printed documents are immutable records: the exact bytes, with their hash. */
export interface DocumentTabel {
  id: Generated<number>;
  inburgeraarId: number;
  soort: DocumentSoort;
  titel: string;
  bestandsnaam: string;
  aangemaakt: string;
  /** SHA-256 of the bytes in documentInhoud (0013). */
  sha256: string;
  /** application/pdf, or image/png / image/jpeg for a scan. */
  mime: Generated<DocumentMime>;
}

/** The bytes of one document (0013): a table of their own, so metadata reads never pass a blob. */
export interface DocumentInhoudTabel {
  documentId: number;
  inhoud: Uint8Array;
}

export interface OproepTabel {
  id: Generated<number>;
  inburgeraarId: number;
  volgnummer: number;
  verzonden: string;
  verschijnenOp: string;
  tijdEnPlaats: string;
  uitkomst: OproepUitkomst;
  documentId: number | null;
  /** Set when a mistaken outcome was corrected: the reason (never in the logboek) and the day. */
  correctieReden: string | null;
  gecorrigeerdOp: string | null;
}

export interface OndertekenaarTabel {
  id: Generated<number>;
  naam: string;
  functie: string;
  mandaatbesluit: string;
  actief: number;
}

export interface PipTabel {
  id: Generated<number>;
  inburgeraarId: number;
  versie: number;
  soort: PipSoort;
  wijzigingReden: WijzigingReden | null;
  wijzigingToelichting: string | null;
  vorigePipId: number | null;
  status: PipStatus;
  /** PipInhoud as JSON. */
  inhoud: string;
  dagtekening: string | null;
  kenmerk: string | null;
  termijnStart: string | null;
  verzenddatum: string | null;
  bezwaarOntvangenOp: string | null;
  bezwaarUitkomst: string | null;
  beroepIngesteldOp: string | null;
  /** Snapshot of the ondertekenaar at vaststellen, as JSON. */
  ondertekenaar: string | null;
  sjabloonVersie: string | null;
  documentId: number | null;
  aangemaakt: string;
  gewijzigd: string;
  /** 1 for a version imported from an earlier system: no letter, no document (0006). */
  geimporteerd: Generated<number>;
}

export interface VolgnummerTabel {
  reeks: string;
  laatste: number;
}

/** Editable standard texts; every save is a new version, a printed version is never changed. */
export interface SjabloonTabel {
  soort: string;
  versie: string;
  inhoud: string;
  aangemaakt: string;
}

export interface PvtGroepTabel {
  id: Generated<number>;
  naam: string;
  notitie: string | null;
  aangemaakt: string;
  /** 'pvt' or 'map': a group runs one traject. */
  traject: Generated<Traject>;
}

export interface PvtSessieTabel {
  id: Generated<number>;
  groepId: number;
  datum: string;
  tijd: string;
  plaats: string;
  uitvoerder: string;
  tolk: string | null;
  uren: number;
  soort: Sessiesoort;
  kernwaarde: Kernwaarde | null;
  /** A MAP session covers one thema (Besluit 3.2 lid 1). */
  mapThema: MapThema | null;
}

export interface PvtDeelnemerTabel {
  groepId: number;
  inburgeraarId: number;
  ingeschreven: string;
}

export interface PvtAanwezigheidTabel {
  sessieId: number;
  inburgeraarId: number;
  aanwezig: number;
}

export interface PvtDossierTabel {
  inburgeraarId: number;
  /** Hours of the intake counted toward the PVT (Besluit 3.1 lid 5). */
  intakeUren: number;
  datumOndertekening: string | null;
  plaatsOndertekening: string | null;
  /** Version of the participatieverklaring text printed for this person. */
  sjabloonVersie: string | null;
  scanDocumentId: number | null;
}

export interface MapThemaTabel {
  inburgeraarId: number;
  thema: MapThema;
  status: MapThemaStatus;
  uren: number;
  aanbieder: string | null;
}

export interface MapDossierTabel {
  inburgeraarId: number;
  eindgesprek: string | null;
}

export interface VoortgangsgesprekTabel {
  id: Generated<number>;
  inburgeraarId: number;
  gepland: string;
  tijd: string | null;
  gehouden: string | null;
  metTolk: Generated<number>;
  verslag: string | null;
  aangemaakt: string;
}

export interface LeerroutePeriodeTabel {
  id: Generated<number>;
  inburgeraarId: number;
  aanbieder: string;
  van: string;
  tot: string;
  urenAangeboden: number;
  urenGevolgd: number;
  verzuimGeoorloofd: Generated<number>;
  verzuimOngeoorloofd: Generated<number>;
  /** 'nt2' counts toward afschalen (600 h) and the Z-route cursusuren; 'knm' only toward the latter. */
  soort: Generated<string>;
}

export interface ExamenresultaatTabel {
  id: Generated<number>;
  inburgeraarId: number;
  onderdeel: string;
  niveau: string | null;
  datum: string;
  behaald: number;
}

export interface ParticipatieactiviteitTabel {
  id: Generated<number>;
  inburgeraarId: number;
  datum: string;
  omschrijving: string;
  uren: number;
}

export interface ParticipatieladderTabel {
  id: Generated<number>;
  inburgeraarId: number;
  trede: number;
  datum: string;
  toelichting: string | null;
}

export interface BegeleidingTabel {
  inburgeraarId: number;
  start: string;
  geplandEinde: string | null;
  afgerondOp: string | null;
  uitvoerder: string | null;
  /** Checklist as JSON: [{ onderdeel, gereedOp }]. */
  onderdelen: Generated<string>;
}

export interface OntzorgenTabel {
  inburgeraarId: number;
  startBijstand: string;
  /** JSON array of the vaste lasten paid on the person's behalf. */
  vasteLasten: Generated<string>;
  einde: string;
  uitstroomgesprek: string | null;
  toelichting: string | null;
}

export interface JournaalTabel {
  id: Generated<number>;
  inburgeraarId: number;
  datum: string;
  soort: string;
  metTolk: Generated<number>;
  tekst: string;
  aangemaakt: string;
}

export interface AfspraakTabel {
  id: Generated<number>;
  inburgeraarId: number;
  datum: string;
  tijd: string;
  plaats: string;
  onderwerp: string;
  metTolk: Generated<number>;
  afgehandeld: Generated<number>;
}

export interface DuoMeldingTabel {
  inburgeraarId: number;
  veld: string;
  waarde: string;
  gemeldOp: string;
}

export interface SignaalUitstelTabel {
  inburgeraarId: number;
  sleutel: string;
  tot: string;
  reden: string;
  aangemaakt: string;
}

export interface WachtOpDerdeTabel {
  inburgeraarId: number;
  omschrijving: string;
  sinds: string;
  verwachtOp: string | null;
  ontvangenOp: string | null;
}

export interface StatuswijzigingTabel {
  id: Generated<number>;
  inburgeraarId: number;
  van: Status;
  naar: Status;
  datum: string;
  reden: string | null;
  nieuweGemeente: string | null;
  correctie: Generated<number>;
  aangemaakt: string;
}

export interface ZRouteTabel {
  inburgeraarId: number;
  eindgesprek: string | null;
  afgerondOp: string | null;
}

export interface VerwijtbaarheidTabel {
  inburgeraarId: number;
  /** 'pvt' or 'map'. */
  onderdeel: string;
  verwijtbaar: number;
  vastgesteldOp: string;
  toelichting: string | null;
}

/** A column header the regisseur mapped once, normalised; veld null = not imported (0006). */
export interface ImportKoppelingTabel {
  kop: string;
  veld: string | null;
  gewijzigd: string;
}

/** The bezwaar and beroep register (0009); see shared/domain/bezwaar.ts. */
export interface BezwaarTabel {
  id: Generated<number>;
  inburgeraarId: number;
  documentId: number | null;
  beschikkingSoort: BeschikkingSoort;
  beschikkingKenmerk: string | null;
  verzenddatum: string;
  ontvangenOp: string;
  verschoonbaar: Generated<number>;
  verschoonbaarMotivering: string | null;
  gronden: string | null;
  adviescommissie: Generated<number>;
  hoorzittingOp: string | null;
  hoorzittingVerslag: string | null;
  hoorzittingAfgezienReden: string | null;
  verdaagdOp: string | null;
  verdagingReden: string | null;
  verdagingDocumentId: number | null;
  verdagingKenmerk: string | null;
  /** Snapshot of the ondertekenaar of the letter, as JSON. */
  verdagingOndertekenaar: string | null;
  uitkomst: BezwaarUitkomst | null;
  uitkomstOp: string | null;
  uitkomstOud: string | null;
  motivering: string | null;
  beslissingDocumentId: number | null;
  beslissingKenmerk: string | null;
  beslissingOndertekenaar: string | null;
  nieuweBeschikkingDocumentId: number | null;
  beroepIngesteldOp: string | null;
  beroepRechtbank: string | null;
  beroepUitspraakOp: string | null;
  beroepUitkomst: UitspraakUitkomst | null;
  hogerBeroepIngesteldOp: string | null;
  hogerBeroepUitspraakOp: string | null;
  hogerBeroepUitkomst: UitspraakUitkomst | null;
  aangemaakt: string;
  gewijzigd: string;
}

/** A bestuurlijke boete of the college (Wi 22, Wi 23), from voornemen to payment (0007). */
export interface BoeteTabel {
  id: Generated<number>;
  inburgeraarId: number;
  soort: BoeteSoort;
  gedraging: string;
  gedragingToelichting: string | null;
  datumGedraging: string;
  oproepId: number | null;
  vorigeBoeteId: number | null;
  verwijtbaarheid: Verwijtbaarheid | null;
  verwijtbaarheidMotivering: string | null;
  recidive: Generated<number>;
  bedrag: number;
  /** The calculation steps as JSON. */
  berekening: Generated<string>;
  status: BoeteStatus;
  zienswijzeVerzonden: string | null;
  zienswijzeTermijnTot: string | null;
  zienswijzeDocumentId: number | null;
  zienswijzeOntvangenOp: string | null;
  zienswijzeWijze: 'schriftelijk' | 'mondeling' | null;
  zienswijzeSamenvatting: string | null;
  zienswijzeWeging: string | null;
  rapportDatum: string | null;
  samenloopGecontroleerd: Generated<number>;
  juridischGetoetstDoor: string | null;
  juridischGetoetstOp: string | null;
  kenmerk: string | null;
  dagtekening: string | null;
  documentId: number | null;
  /** Snapshot of the ondertekenaar at vaststellen, as JSON. */
  ondertekenaar: string | null;
  nieuweAfspraakOp: string | null;
  nieuweAfspraakTijdEnPlaats: string | null;
  nieuweAfspraakUitkomst: 'open' | 'verschenen' | 'niet_verschenen' | null;
  betaaldOp: string | null;
  invorderingOvergedragenOp: string | null;
  bezwaarOntvangenOp: string | null;
  ingetrokkenOp: string | null;
  intrekkingReden: string | null;
  aangemaakt: string;
  gewijzigd: string;
}

/** The per-doelgroep boete switch; every change a new row (0007). */
export interface BoeteRegimeTabel {
  id: Generated<number>;
  doelgroep: Doelgroep;
  regime: BoeteRegime;
  sinds: string;
  reden: string;
  aangemaakt: string;
}

/** Wi 14 lid 6: the frozen beschikking on the ontheffing of the leerbaarheidstoets (0008). */
export interface OntheffingTabel {
  id: Generated<number>;
  inburgeraarId: number;
  beperking: OntheffingBeperking;
  motivering: string;
  onderbouwing: string | null;
  dagtekening: string;
  kenmerk: string;
  /** { naam, functie, mandaatbesluit } as JSON, as printed. */
  ondertekenaar: string;
  sjabloonVersie: string;
  documentId: number;
  aangemaakt: string;
}

/** A cost entry (0011); amounts in cents. */
export interface KostenTabel {
  id: Generated<number>;
  datum: string;
  leverancier: string;
  component: KostenComponent;
  bedragCent: number;
  omschrijving: string | null;
  inburgeraarId: number | null;
  bron: KostenBron;
  bronBestand: string | null;
  bronRij: number | null;
  aangemaakt: string;
  gewijzigd: string;
}

/** The SPUK of one year as entered (0011). */
export interface SpukTabel {
  jaar: number;
  beschikkingCent: number;
  beschikkingDatum: string | null;
  vaststellingCent: number | null;
  vaststellingDatum: string | null;
  gewijzigd: string;
}

/** A normbedrag per component and doelgroep valid from a date (0011). */
export interface NormbedragTabel {
  id: Generated<number>;
  component: KostenComponent;
  doelgroep: Doelgroep;
  bedragCent: number;
  geldigVanaf: string;
  aangemaakt: string;
}

/** Kostenplaats/grootboek code → component for the CSV import (0011). */
export interface KostenCodeTabel {
  code: string;
  component: KostenComponent;
  gewijzigd: string;
}

/** Besluit 9.9 lid 2: the kerngegevens kept of a dossier after its bewaartermijn, at most fifty years (0012). */
export interface KerngegevensTabel {
  id: Generated<number>;
  /** The id the dossier had; no foreign key, the dossier is gone. */
  dossierId: number;
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  eindstatus: Status;
  eindeOp: string;
  /** How the plicht ended (voldaan, vrijstelling, ontheffing, …), as text. */
  wijze: string;
  opgeschoondOp: string;
  bewarenTot: string;
}

/** A dossier deleted as a mistake: category and explanation, never in the logboek (0012). */
export interface VerwijderdDossierTabel {
  id: Generated<number>;
  dossierId: number;
  reden: VerwijderReden;
  toelichting: string | null;
  verwijderdOp: string;
  actor: string;
}

export interface DB {
  kosten: KostenTabel;
  spuk: SpukTabel;
  normbedragen: NormbedragTabel;
  kostenCodes: KostenCodeTabel;
  ontheffingen: OntheffingTabel;
  kerngegevens: KerngegevensTabel;
  verwijderdeDossiers: VerwijderdDossierTabel;
  boetes: BoeteTabel;
  boeteRegimes: BoeteRegimeTabel;
  bezwaren: BezwaarTabel;
  importKoppelingen: ImportKoppelingTabel;
  zRoute: ZRouteTabel;
  verwijtbaarheid: VerwijtbaarheidTabel;
  voortgangsgesprekken: VoortgangsgesprekTabel;
  leerroutePeriodes: LeerroutePeriodeTabel;
  examenresultaten: ExamenresultaatTabel;
  participatieactiviteiten: ParticipatieactiviteitTabel;
  participatieladder: ParticipatieladderTabel;
  begeleiding: BegeleidingTabel;
  ontzorgen: OntzorgenTabel;
  journaal: JournaalTabel;
  afspraken: AfspraakTabel;
  duoMeldingen: DuoMeldingTabel;
  signaalUitstel: SignaalUitstelTabel;
  wachtOpDerde: WachtOpDerdeTabel;
  statuswijzigingen: StatuswijzigingTabel;
  pvtGroepen: PvtGroepTabel;
  pvtSessies: PvtSessieTabel;
  pvtDeelnemers: PvtDeelnemerTabel;
  pvtAanwezigheid: PvtAanwezigheidTabel;
  pvtDossiers: PvtDossierTabel;
  mapThemas: MapThemaTabel;
  mapDossiers: MapDossierTabel;
  intakes: IntakeTabel;
  documenten: DocumentTabel;
  documentInhoud: DocumentInhoudTabel;
  oproepen: OproepTabel;
  ondertekenaars: OndertekenaarTabel;
  pips: PipTabel;
  volgnummers: VolgnummerTabel;
  sjablonen: SjabloonTabel;
  inburgeraars: InburgeraarTabel;
  zoekwoorden: ZoekwoordTabel;
  huishoudens: HuishoudenTabel;
  instellingen: InstellingTabel;
  logboek: LogboekTabel;
}
