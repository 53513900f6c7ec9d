import { bewaarDocument, documentenVan } from '../../db/documenten';
import { boeteRegimes, boeteRegimeVoor, boetesVan, leesBoete, voegBoeteToe, zetBoeteRegime, zetBoeteVelden } from '../../db/handhaving';
import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesOproepen } from '../../db/intake';
import { ondertekenaar as leesOndertekenaar } from '../../db/ondertekenaars';
import { pipVersies } from '../../db/pip';
import { geldendeBriefTeksten } from '../../db/sjablonen';
import type { Transactie } from '../../db/verbinding';
import { nieuwKenmerk } from '../../db/volgnummers';
import { handhavingKanalen } from '../../shared/contract/handhaving';
import { BOETE_REGIME_LABELS, type Boete, type BoeteRegimeInstelling } from '../../shared/domain/handhaving';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import { datumLang } from '../../shared/format';
import { KoersFout } from '../../shared/fouten';
import { boeteMaximumPerTermijn, boeteWi22Berekening, boeteWi23Berekening, VERWIJTBAARHEID_LABELS, VERWIJTBAARHEID_PERCENTAGE } from '../../shared/rules/boete';
import { ontbrekendeBriefInstellingen } from '../../shared/rules/brief';
import { plusDagen, plusMaanden } from '../../shared/rules/datum';
import { DOELGROEP_LABELS, isAsielgroep } from '../../shared/rules/doelgroep';
import {
  beslissenNaRapportUiterlijk,
  isOnherroepelijk,
  nieuweAfspraakFout,
  openHandhavingTermijnen,
  rapportVereist,
  recidiveBinnen12Maanden,
  reedsOpgelegd,
  wi22Grond,
  zienswijzeTermijnEinde,
  type BoeteRij,
} from '../../shared/rules/handhaving';
import { bevindingenAlsTekst } from '../../shared/rules/pip';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakBriefPdf } from '../documents/brief-pdf';
import { boeteBeschikkingWi22, boeteBeschikkingWi23, zienswijzeBrief, type Feit, type Wi23Onderdeel, type ZienswijzeVerloop } from '../documents/handhaving-brieven';
import { standaardBriefTeksten } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type HandhavingUseCases = UseCasesVan<typeof handhavingKanalen>;

/** A letter may be dated ahead for a mailing run, up to this many days (as the PIP). */
const DAGTEKENING_VOORUIT = 14;

const dossierAudit = (actie: string) => ({ actie, object: 'inburgeraar' as const, objectId: (invoer: { inburgeraarId?: number }) => invoer.inburgeraarId });
const boeteAudit = (actie: string) => ({
  actie,
  object: 'inburgeraar' as const,
  objectId: (_invoer: unknown, uit: { boete: Pick<Boete, 'inburgeraarId'> }) => uit.boete.inburgeraarId,
  detail: (_invoer: unknown, uit: { boete: Pick<Boete, 'id' | 'soort' | 'kenmerk'> }) => `boete ${uit.boete.id} (${uit.boete.soort})${uit.boete.kenmerk ? ` ${uit.boete.kenmerk}` : ''}`,
});

function regimeMelding(regime: BoeteRegimeInstelling): string {
  const sinds = regime.sinds ? ` sinds ${datumLang(regime.sinds)}` : '';
  return `Boetes voor de doelgroep ${DOELGROEP_LABELS[regime.doelgroep].toLowerCase()} staan uit${sinds} (instelling Handhaving per doelgroep; reden: ${regime.reden ?? 'niet vermeld'}). Een nieuw voornemen tot een boete kan daarom niet; zie DOMAIN §8 (HvJ EU Keren, ABRvS) en vraag juridisch advies.`;
}

function weigerSamenloop(bijstandVerlaagd: boolean): void {
  // Wi 27: no Wi boete for a gedraging for which bijstand was already verlaagd.
  if (bijstandVerlaagd) {
    throw new KoersFout('REGEL_GESCHONDEN', 'De bijstand is voor deze gedraging al verlaagd. Dan legt het college voor dezelfde gedraging geen boete op (art. 27 Wi 2021).');
  }
}

function weigerDagtekening(dagtekening: string, vandaag: string): void {
  if (dagtekening < vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'Een brief heeft geen dagtekening in het verleden: kies vandaag of een latere dag (de dag van verzending).');
  if (dagtekening > plusDagen(vandaag, DAGTEKENING_VOORUIT)) {
    throw new KoersFout('ONGELDIGE_INVOER', `De dagtekening ligt meer dan ${DAGTEKENING_VOORUIT} dagen na vandaag. Vul de dag in waarop de brief echt op de post gaat.`);
  }
}

const alsRij = (b: Boete): BoeteRij => b;

/** The kenmerk printed on a frozen letter, read from its file name ("<onderwerp> <kenmerk>.pdf"). */
function kenmerkUitBestandsnaam(bestandsnaam: string): string {
  return bestandsnaam.replace(/\.pdf$/i, '').split(' ').at(-1) ?? '';
}

export function handhavingHandlers(deps: HandlerDeps): HandhavingUseCases {
  const { mutatie, lezing } = maakUseCases(deps);

  async function heeftVastgesteldPip(trx: Transactie, inburgeraarId: number) {
    return (await pipVersies(trx, inburgeraarId)).filter((p) => p.status !== 'concept').at(-1) ?? null;
  }

  async function magVoornemen(trx: Transactie, inburgeraar: Inburgeraar, vandaag: string): Promise<BoeteRegimeInstelling> {
    const regime = await boeteRegimeVoor(trx, inburgeraar.doelgroep, vandaag);
    if (regime.regime === 'uit') throw new KoersFout('REGEL_GESCHONDEN', regimeMelding(regime));
    return regime;
  }

  async function briefBasis(trx: Transactie, inburgeraarId: number, dagtekening: string, ondertekenaarId: number | null) {
    const inburgeraar = await haalOp(trx, inburgeraarId);
    const instellingen = await leesInstellingen(trx);
    const ontbreekt = ontbrekendeBriefInstellingen(instellingen, 'beschikking');
    if (ontbreekt.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `Deze brief kan nog niet worden gemaakt. ${bevindingenAlsTekst(ontbreekt)}`);
    const teksten = await geldendeBriefTeksten(trx, () => standaardBriefTeksten(deps.resourcesPad));
    const ondertekenaar = ondertekenaarId
      ? await leesOndertekenaar(trx, ondertekenaarId)
      : { naam: instellingen.behandelaarNaam ?? '', functie: 'regisseur inburgering', mandaatbesluit: null as string | null };
    const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, dagtekening);
    return { inburgeraar, instellingen, teksten, kenmerk, dagtekening, ondertekenaar };
  }

  function feitenVan(boete: Boete): Feit[] {
    if (boete.soort === 'wi22') {
      return [{ datum: boete.datumGedraging, omschrijving: boete.vorigeBoeteId ? 'U kwam niet op de nieuwe afspraak voor de brede intake uit de boetebeschikking.' : 'U kwam niet op de afspraak voor de brede intake uit de herhaalde oproep.' }];
    }
    return [{ datum: boete.datumGedraging, omschrijving: boete.gedragingToelichting ?? '' }];
  }

  function verwijtbaarheidVan(boete: Boete) {
    if (!boete.verwijtbaarheid) return null;
    return {
      graad: VERWIJTBAARHEID_LABELS[boete.verwijtbaarheid].replace(/ \(\d+%\)$/, '').toLowerCase(),
      percentage: VERWIJTBAARHEID_PERCENTAGE[boete.verwijtbaarheid],
      motivering: boete.verwijtbaarheidMotivering ?? '',
    };
  }

  /** The amount as it stands on `peildatum`: recidive and what was already imposed may have changed since the voornemen. */
  function berekening(boete: Pick<Boete, 'id' | 'soort' | 'verwijtbaarheid' | 'datumGedraging'>, boetes: Boete[], peildatum: string) {
    const anderen = boetes.filter((b) => b.id !== boete.id).map(alsRij);
    const reeds = reedsOpgelegd(anderen);
    if (boete.soort === 'wi22') return { ...boeteWi22Berekening(reeds, peildatum), recidive: 0 };
    const recidive = recidiveBinnen12Maanden(anderen, boete.datumGedraging);
    return { ...boeteWi23Berekening({ verwijtbaarheid: boete.verwijtbaarheid!, eerdereOnherroepelijkeBoetesBinnen12Maanden: recidive, reedsOpgelegdInTermijn: reeds }, peildatum), recidive };
  }

  /** Besluit 7.1 lid 3: the earlier boetes counted by recidiveBinnen12Maanden, with their dagtekening and kenmerk for the letter. */
  function recidiveBoetes(boete: Pick<Boete, 'id' | 'datumGedraging'>, boetes: Boete[]) {
    const vanaf = plusMaanden(boete.datumGedraging, -12);
    return boetes
      .filter((b) => b.id !== boete.id && b.soort === 'wi23' && b.dagtekening && b.dagtekening >= vanaf && b.dagtekening <= boete.datumGedraging && isOnherroepelijk(b, boete.datumGedraging))
      .map((b) => ({ dagtekening: b.dagtekening!, kenmerk: b.kenmerk ?? '' }));
  }

  /** Awb 5:9: for the duty 'pvt_map', the one part that was breached: PVT when the plan has no MAP, else what the toelichting names. */
  async function onderdeelVan(trx: Transactie, boete: Boete): Promise<Wi23Onderdeel | null> {
    if (boete.soort !== 'wi23' || boete.gedraging !== 'pvt_map') return null;
    const pip = await heeftVastgesteldPip(trx, boete.inburgeraarId);
    if (pip && !pip.inhoud.mapIntensiteit?.trim()) return 'pvt';
    const tekst = boete.gedragingToelichting ?? '';
    const pvt = /\bPVT\b|participatieverklaring/i.test(tekst);
    const map = /\bMAP\b|arbeidsmarkt/i.test(tekst);
    return pvt === map ? null : pvt ? 'pvt' : 'map';
  }

  function weigerNulBedrag(bedrag: number, maximum: number): void {
    if (bedrag <= 0) {
      throw new KoersFout('REGEL_GESCHONDEN', `Het maximum van € ${maximum.toLocaleString('nl-NL')} aan boetes per termijn is bereikt (art. 7.1 Besluit inburgering 2021). Er kan geen boete meer bij.`);
    }
  }

  return {
    handhavingOphalen: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      const inburgeraar = await haalOp(trx, inburgeraarId);
      const boetes = await boetesVan(trx, inburgeraarId);
      const regime = await boeteRegimeVoor(trx, inburgeraar.doelgroep, vandaag);
      const { extraRustdagen } = await leesInstellingen(trx);
      const grond = wi22Grond(await leesOproepen(trx, inburgeraarId), boetes.map(alsRij));
      const pip = await heeftVastgesteldPip(trx, inburgeraarId);
      const uit = regime.regime === 'uit' ? regimeMelding(regime) : null;
      return {
        boetes,
        regime,
        wi22: uit ? { mogelijk: false, reden: uit } : grond.mogelijk ? { mogelijk: true, reden: null } : { mogelijk: false, reden: grond.reden },
        wi23: uit
          ? { mogelijk: false, reden: uit }
          : pip
            ? { mogelijk: true, reden: null }
            : { mogelijk: false, reden: 'Er is nog geen vastgesteld PIP. Een boete op grond van art. 23 Wi 2021 gaat over een plicht uit het PIP.' },
        termijnen: openHandhavingTermijnen(boetes.map(alsRij), extraRustdagen),
        reedsOpgelegd: reedsOpgelegd(boetes.map(alsRij)),
        maximumPerTermijn: boeteMaximumPerTermijn(vandaag),
      };
    }),

    // Wi 14 lid 1, 22 lid 1 and 3: after a missed herhaalde oproep (or a missed new term of the previous boete).
    boeteWi22Voornemen: mutatie(dossierAudit('voornemen boete brede intake'), async ({ inburgeraarId, toelichting, bijstandVerlaagd }, { trx, tijdstip, vandaag }) => {
      const inburgeraar = await haalOp(trx, inburgeraarId);
      await magVoornemen(trx, inburgeraar, vandaag);
      weigerSamenloop(bijstandVerlaagd);
      const boetes = await boetesVan(trx, inburgeraarId);
      const grond = wi22Grond(await leesOproepen(trx, inburgeraarId), boetes.map(alsRij));
      if (!grond.mogelijk) throw new KoersFout('REGEL_GESCHONDEN', grond.reden);
      const { bedrag, stappen } = berekening({ id: 0, soort: 'wi22', verwijtbaarheid: null, datumGedraging: grond.datumGedraging }, boetes, vandaag);
      weigerNulBedrag(bedrag, boeteMaximumPerTermijn(vandaag));
      const id = await voegBoeteToe(
        trx,
        {
          inburgeraarId, soort: 'wi22', gedraging: 'niet_verschenen', gedragingToelichting: toelichting, datumGedraging: grond.datumGedraging,
          oproepId: grond.oproepId, vorigeBoeteId: grond.vorigeBoeteId, verwijtbaarheid: null, verwijtbaarheidMotivering: null, recidive: 0, bedrag, berekening: stappen,
          status: 'voornemen', zienswijzeVerzonden: null, zienswijzeTermijnTot: null, zienswijzeDocumentId: null, zienswijzeOntvangenOp: null, zienswijzeWijze: null, zienswijzeSamenvatting: null,
          zienswijzeWeging: null, rapportDatum: null, samenloopGecontroleerd: 1, juridischGetoetstDoor: null, juridischGetoetstOp: null, kenmerk: null, dagtekening: null,
          documentId: null, ondertekenaar: null, nieuweAfspraakOp: null, nieuweAfspraakTijdEnPlaats: null, nieuweAfspraakUitkomst: null, betaaldOp: null,
          invorderingOvergedragenOp: null, bezwaarOntvangenOp: null, ingetrokkenOp: null, intrekkingReden: null,
        },
        tijdstip,
      );
      return { boete: await leesBoete(trx, id) };
    }),

    // Wi 23; Besluit 7.1: a duty of the vastgesteld PIP not met, graded, with recidive and the caps.
    boeteWi23Voornemen: mutatie(
      dossierAudit('voornemen boete PIP-verplichting'),
      async ({ inburgeraarId, gedraging, toelichting, datumGedraging, verwijtbaarheid, verwijtbaarheidMotivering, bijstandVerlaagd, rapportDatum }, { trx, tijdstip, vandaag }) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        await magVoornemen(trx, inburgeraar, vandaag);
        weigerSamenloop(bijstandVerlaagd);
        if (!(await heeftVastgesteldPip(trx, inburgeraarId))) {
          throw new KoersFout('REGEL_GESCHONDEN', 'Er is nog geen vastgesteld PIP. Een boete op grond van art. 23 Wi 2021 gaat over een plicht uit het PIP: stel eerst het PIP vast.');
        }
        if (gedraging === 'intensiteit_leerroute' && !isAsielgroep(inburgeraar.doelgroep)) {
          throw new KoersFout('REGEL_GESCHONDEN', 'De intensiteit van de leerroute is alleen voor de asielgroep een plicht uit het PIP (art. 15 lid 2 Wi 2021). Kies een andere gedraging.');
        }
        if (datumGedraging > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum van constatering ligt in de toekomst. Een boete gaat over wat al is gebeurd.');
        const boetes = await boetesVan(trx, inburgeraarId);
        const { bedrag, stappen, recidive } = berekening({ id: 0, soort: 'wi23', verwijtbaarheid, datumGedraging }, boetes, vandaag);
        weigerNulBedrag(bedrag, boeteMaximumPerTermijn(vandaag));
        if (rapportVereist(bedrag)) {
          if (!rapportDatum) {
            throw new KoersFout('REGEL_GESCHONDEN', `De boete wordt € ${bedrag.toLocaleString('nl-NL')}: hoger dan € 340. Maak eerst een rapport op en vul de datum daarvan in (art. 5:53 Awb).`);
          }
          if (rapportDatum > vandaag || rapportDatum < datumGedraging) {
            throw new KoersFout('ONGELDIGE_INVOER', 'De datum van het rapport ligt in de toekomst of vóór de constatering. Controleer de datum.');
          }
        }
        const id = await voegBoeteToe(
          trx,
          {
            inburgeraarId, soort: 'wi23', gedraging, gedragingToelichting: toelichting, datumGedraging, oproepId: null, vorigeBoeteId: null,
            verwijtbaarheid, verwijtbaarheidMotivering, recidive, bedrag, berekening: stappen, status: 'voornemen', zienswijzeVerzonden: null, zienswijzeTermijnTot: null,
            zienswijzeDocumentId: null, zienswijzeOntvangenOp: null, zienswijzeWijze: null, zienswijzeSamenvatting: null, zienswijzeWeging: null,
            rapportDatum: rapportVereist(bedrag) ? rapportDatum : null, samenloopGecontroleerd: 1, juridischGetoetstDoor: null, juridischGetoetstOp: null,
            kenmerk: null, dagtekening: null, documentId: null, ondertekenaar: null, nieuweAfspraakOp: null, nieuweAfspraakTijdEnPlaats: null,
            nieuweAfspraakUitkomst: null, betaaldOp: null, invorderingOvergedragenOp: null, bezwaarOntvangenOp: null, ingetrokkenOp: null, intrekkingReden: null,
          },
          tijdstip,
        );
        return { boete: await leesBoete(trx, id) };
      },
    ),

    // Awb 4:8: before the unfavourable beschikking the person may give a zienswijze; frozen like every letter.
    boeteZienswijzeBrief: mutatie(boeteAudit('zienswijzebrief boete'), async ({ boeteId, verzonden, termijnTot, ondertekenaarId }, { trx, tijdstip, vandaag }) => {
      const boete = await leesBoete(trx, boeteId);
      if (boete.status !== 'voornemen') throw new KoersFout('ONGELDIGE_INVOER', 'Voor deze boete is de zienswijzebrief al verstuurd, of de boete is vastgesteld of ingetrokken.');
      weigerDagtekening(verzonden, vandaag);
      const uiterlijk = termijnTot ?? zienswijzeTermijnEinde(verzonden);
      if (uiterlijk <= verzonden) throw new KoersFout('ONGELDIGE_INVOER', 'De termijn voor de zienswijze moet na de verzenddatum eindigen.');
      const basis = await briefBasis(trx, boete.inburgeraarId, verzonden, ondertekenaarId);
      const brief = zienswijzeBrief({
        ...basis,
        boete: boete.soort,
        plicht: boete.soort === 'wi23' ? (boete.gedraging as 'ondersteuning_begeleiding' | 'pvt_map' | 'intensiteit_leerroute') : null,
        feiten: feitenVan(boete),
        bedrag: boete.bedrag,
        stappen: boete.berekening,
        verwijtbaarheid: verwijtbaarheidVan(boete),
        zienswijzeUiterlijk: uiterlijk,
        rapport: boete.rapportDatum ? { datum: boete.rapportDatum } : null,
        overtreding: boete.gedraging === 'onvoldoende_medewerking' ? 'onvoldoende_medewerking' : 'niet_verschenen',
        onderdeel: await onderdeelVan(trx, boete),
      });
      const pdf = await maakBriefPdf(deps.resourcesPad, brief, basis.instellingen, basis.kenmerk);
      const { id: documentId } = await bewaarDocument(
        trx,
        { inburgeraarId: boete.inburgeraarId, soort: 'zienswijze', titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${basis.kenmerk}.pdf`), pdf },
        tijdstip,
      );
      await zetBoeteVelden(trx, boeteId, { status: 'zienswijze', zienswijzeVerzonden: verzonden, zienswijzeTermijnTot: uiterlijk, zienswijzeDocumentId: documentId }, tijdstip);
      return { boete: await leesBoete(trx, boeteId), documentId };
    }),

    boeteZienswijzeOntvangen: mutatie(boeteAudit('zienswijze boete vastgelegd'), async ({ boeteId, ontvangenOp, wijze, samenvatting }, { trx, tijdstip, vandaag }) => {
      const boete = await leesBoete(trx, boeteId);
      if (boete.status !== 'zienswijze') throw new KoersFout('ONGELDIGE_INVOER', 'Een zienswijze wordt vastgelegd nadat de zienswijzebrief is verstuurd en vóór het vaststellen.');
      if (ontvangenOp > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum van de zienswijze ligt in de toekomst.');
      await zetBoeteVelden(trx, boeteId, { zienswijzeOntvangenOp: ontvangenOp, zienswijzeWijze: wijze, zienswijzeSamenvatting: samenvatting }, tijdstip);
      return { boete: await leesBoete(trx, boeteId) };
    }),

    // The boetebeschikking: Awb 5:9 (overtreding, voorschrift), Wi 22 lid 2 (new term), Awb 4:87, 3:45; frozen PDF.
    boeteVaststellen: mutatie(
      boeteAudit('boete vastgesteld'),
      async (
        { boeteId, dagtekening, ondertekenaarId, rekeningnummer, weging, nieuweAfspraakOp, nieuweAfspraakTijdEnPlaats, juridischGetoetst, juridischGetoetstDoor, juridischGetoetstOp },
        { trx, tijdstip, vandaag },
      ) => {
        const boete = await leesBoete(trx, boeteId);
        if (boete.status === 'voornemen') throw new KoersFout('REGEL_GESCHONDEN', 'Vraag eerst om een zienswijze: stuur de zienswijzebrief (art. 4:8 Awb).');
        if (boete.status !== 'zienswijze') throw new KoersFout('ONGELDIGE_INVOER', 'Deze boete is al vastgesteld of ingetrokken.');
        weigerDagtekening(dagtekening, vandaag);
        if (!boete.zienswijzeOntvangenOp && dagtekening <= boete.zienswijzeTermijnTot!) {
          throw new KoersFout(
            'REGEL_GESCHONDEN',
            `De termijn voor de zienswijze loopt tot en met ${datumLang(boete.zienswijzeTermijnTot!)}. Stel de boete pas daarna vast, of leg eerst de zienswijze vast (art. 4:8 Awb).`,
          );
        }
        if (boete.zienswijzeOntvangenOp && !weging) throw new KoersFout('ONGELDIGE_INVOER', 'Schrijf op hoe de zienswijze is gewogen (art. 3:46 Awb).');
        const inburgeraar = await haalOp(trx, boete.inburgeraarId);
        const regime = await boeteRegimeVoor(trx, inburgeraar.doelgroep, vandaag);
        if (regime.regime === 'uit') throw new KoersFout('REGEL_GESCHONDEN', `${regimeMelding(regime)} Trek het voornemen in.`);
        if (regime.regime === 'extra_toets' && !(juridischGetoetst && juridischGetoetstDoor && juridischGetoetstOp)) {
          throw new KoersFout(
            'REGEL_GESCHONDEN',
            `Voor de doelgroep ${DOELGROEP_LABELS[regime.doelgroep].toLowerCase()} geldt een extra toets (${BOETE_REGIME_LABELS.extra_toets.toLowerCase()}). Vink "Juridisch getoetst" aan en vul in door wie en wanneer.`,
          );
        }
        if (juridischGetoetstOp && juridischGetoetstOp > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum van de juridische toets ligt in de toekomst.');
        const boetes = await boetesVan(trx, boete.inburgeraarId);
        const { bedrag, stappen, recidive } = berekening(boete, boetes, dagtekening);
        weigerNulBedrag(bedrag, boeteMaximumPerTermijn(dagtekening));
        const { extraRustdagen } = await leesInstellingen(trx);
        if (rapportVereist(bedrag)) {
          if (!boete.rapportDatum) throw new KoersFout('REGEL_GESCHONDEN', 'De boete is hoger dan € 340: zonder rapport kan zij niet worden opgelegd (art. 5:53 Awb). Trek het voornemen in en begin opnieuw met een rapport.');
          const uiterlijk = beslissenNaRapportUiterlijk(boete.rapportDatum, extraRustdagen);
          if (dagtekening > uiterlijk) throw new KoersFout('REGEL_GESCHONDEN', `De boete moest uiterlijk op ${datumLang(uiterlijk)} worden opgelegd: 13 weken na het rapport (art. 5:53 Awb).`);
        }
        if (boete.soort === 'wi22') {
          if (!nieuweAfspraakOp || !nieuweAfspraakTijdEnPlaats) throw new KoersFout('ONGELDIGE_INVOER', 'Vul de nieuwe afspraak in: datum, tijd en plaats (art. 22 lid 2 Wi 2021).');
          const fout = nieuweAfspraakFout(dagtekening, nieuweAfspraakOp);
          if (fout) throw new KoersFout('REGEL_GESCHONDEN', fout);
        }
        const basis = await briefBasis(trx, boete.inburgeraarId, dagtekening, ondertekenaarId);
        const zienswijze: ZienswijzeVerloop = {
          gevraagdOp: boete.zienswijzeVerzonden!,
          uiterlijk: boete.zienswijzeTermijnTot!,
          gegeven: boete.zienswijzeOntvangenOp
            ? { op: boete.zienswijzeOntvangenOp, wijze: boete.zienswijzeWijze ?? 'schriftelijk', samenvatting: boete.zienswijzeSamenvatting ?? '', weging: weging ?? '' }
            : null,
        };
        const betaling = { betalingskenmerk: basis.kenmerk, rekeningnummer };
        let brief;
        let soort: 'beschikking_boete_wi22' | 'beschikking_boete_wi23';
        if (boete.soort === 'wi22') {
          const documenten = await documentenVan(trx, boete.inburgeraarId);
          const oproepen = await leesOproepen(trx, boete.inburgeraarId);
          const oproep = oproepen.find((o) => o.id === boete.oproepId) ?? oproepen.findLast((o) => o.uitkomst === 'niet_verschenen');
          const document = documenten.find((d) => d.id === oproep?.documentId);
          brief = boeteBeschikkingWi22({
            ...basis,
            waarschuwing: { datum: oproep?.verzonden ?? boete.datumGedraging, kenmerk: document ? kenmerkUitBestandsnaam(document.bestandsnaam) : '' },
            gemisteAfspraak: boete.datumGedraging,
            overtreding: 'niet_verschenen',
            toelichting: boete.gedragingToelichting,
            zienswijze,
            nieuweAfspraak: { datum: nieuweAfspraakOp!, tijdEnPlaats: nieuweAfspraakTijdEnPlaats! },
            betaling,
          });
          soort = 'beschikking_boete_wi22';
        } else {
          const pip = await heeftVastgesteldPip(trx, boete.inburgeraarId);
          brief = boeteBeschikkingWi23({
            ...basis,
            plicht: boete.gedraging as 'ondersteuning_begeleiding' | 'pvt_map' | 'intensiteit_leerroute',
            onderdeel: await onderdeelVan(trx, boete),
            recidive: recidive > 0 ? recidiveBoetes(boete, boetes) : [],
            pipKenmerk: pip?.kenmerk ?? null,
            gedragingen: feitenVan(boete),
            verwijtbaarheid: verwijtbaarheidVan(boete)!,
            stappen,
            bedrag,
            samenloop: 'Uw bijstand is voor deze gedraging niet verlaagd.',
            zienswijze,
            rapport: boete.rapportDatum ? { datum: boete.rapportDatum } : null,
            betaling,
          });
          soort = 'beschikking_boete_wi23';
        }
        const pdf = await maakBriefPdf(deps.resourcesPad, brief, basis.instellingen, basis.kenmerk);
        const { id: documentId } = await bewaarDocument(
          trx,
          { inburgeraarId: boete.inburgeraarId, soort, titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${basis.kenmerk}.pdf`), pdf },
          tijdstip,
        );
        await zetBoeteVelden(
          trx,
          boeteId,
          {
            status: 'vastgesteld', bedrag, berekening: stappen, recidive, kenmerk: basis.kenmerk, dagtekening, documentId,
            ondertekenaar: { naam: basis.ondertekenaar.naam, functie: basis.ondertekenaar.functie, mandaatbesluit: basis.ondertekenaar.mandaatbesluit ?? '' },
            zienswijzeWeging: weging,
            juridischGetoetstDoor: juridischGetoetst ? juridischGetoetstDoor : null,
            juridischGetoetstOp: juridischGetoetst ? juridischGetoetstOp : null,
            ...(boete.soort === 'wi22' ? { nieuweAfspraakOp, nieuweAfspraakTijdEnPlaats, nieuweAfspraakUitkomst: 'open' as const } : {}),
          },
          tijdstip,
        );
        return { boete: await leesBoete(trx, boeteId), documentId };
      },
    ),

    boeteIntrekken: mutatie(boeteAudit('voornemen boete ingetrokken'), async ({ boeteId, reden }, { trx, tijdstip, vandaag }) => {
      const boete = await leesBoete(trx, boeteId);
      if (boete.status === 'vastgesteld') throw new KoersFout('REGEL_GESCHONDEN', 'Een vastgestelde boete wordt niet hier ingetrokken, maar met een nieuw besluit (bijvoorbeeld op bezwaar).');
      if (boete.status === 'ingetrokken') throw new KoersFout('ONGELDIGE_INVOER', 'Dit voornemen is al ingetrokken.');
      await zetBoeteVelden(trx, boeteId, { status: 'ingetrokken', ingetrokkenOp: vandaag, intrekkingReden: reden }, tijdstip);
      return { boete: await leesBoete(trx, boeteId) };
    }),

    // Recorded, not collected: paid, or handed over for invordering.
    boeteBetaling: mutatie(boeteAudit('betaling boete vastgelegd'), async ({ boeteId, betaaldOp, invorderingOvergedragenOp }, { trx, tijdstip, vandaag }) => {
      const boete = await leesBoete(trx, boeteId);
      if (boete.status !== 'vastgesteld') throw new KoersFout('ONGELDIGE_INVOER', 'Een betaling hoort bij een vastgestelde boete.');
      for (const datum of [betaaldOp, invorderingOvergedragenOp]) {
        if (datum && (datum < boete.dagtekening! || datum > vandaag)) {
          throw new KoersFout('ONGELDIGE_INVOER', `Een datum van betaling of overdracht ligt tussen de dagtekening (${datumLang(boete.dagtekening!)}) en vandaag.`);
        }
      }
      await zetBoeteVelden(trx, boeteId, { betaaldOp, invorderingOvergedragenOp }, tijdstip);
      return { boete: await leesBoete(trx, boeteId) };
    }),

    // Wi 22 lid 3: whether the person came within the new term; a miss opens a repeat boete.
    boeteNieuweAfspraakUitkomst: mutatie(boeteAudit('uitkomst nieuwe afspraak brede intake'), async ({ boeteId, uitkomst }, { trx, tijdstip, vandaag }) => {
      const boete = await leesBoete(trx, boeteId);
      if (boete.soort !== 'wi22' || boete.status !== 'vastgesteld' || !boete.nieuweAfspraakOp) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Alleen bij een vastgestelde boete brede intake hoort een nieuwe afspraak.');
      }
      if (boete.nieuweAfspraakUitkomst !== 'open') throw new KoersFout('ONGELDIGE_INVOER', 'De uitkomst van de nieuwe afspraak is al vastgelegd.');
      if (boete.nieuweAfspraakOp > vandaag) throw new KoersFout('ONGELDIGE_INVOER', `De nieuwe afspraak is pas op ${datumLang(boete.nieuweAfspraakOp)}. Leg de uitkomst daarna vast.`);
      await zetBoeteVelden(trx, boeteId, { nieuweAfspraakUitkomst: uitkomst }, tijdstip);
      return { boete: await leesBoete(trx, boeteId) };
    }),

    boeteRegimesOphalen: lezing(async (_invoer, { trx, vandaag }) => ({ regimes: await boeteRegimes(trx, vandaag) })),

    boeteRegimeOpslaan: mutatie(
      { actie: 'boetes per doelgroep ingesteld', object: 'instellingen', detail: ({ doelgroep, regime }) => `${doelgroep}: ${regime}` },
      async (invoer, { trx, tijdstip, vandaag }) => {
        await zetBoeteRegime(trx, invoer, tijdstip);
        return { regimes: await boeteRegimes(trx, vandaag) };
      },
    ),
  };
}
