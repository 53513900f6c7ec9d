import { bewaarDocument } from '../../db/documenten';
import { haalOp, zetStatus } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesIntake } from '../../db/intake';
import { ondertekenaar as leesOndertekenaar } from '../../db/ondertekenaars';
import { legVaststellingVast, leesPip, nieuweVersie, pipVersies, schrijfConcept, zetPipVelden } from '../../db/pip';
import { geldendeBriefTeksten } from '../../db/sjablonen';
import type { Transactie } from '../../db/verbinding';
import { nieuwKenmerk } from '../../db/volgnummers';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Intake } from '../../shared/domain/intake';
import { onderwijsrouteUitIntake } from '../../shared/rules/intake';
import { LEGE_WIJZIGING_MOTIVERING, type Pip, type PipInhoud } from '../../shared/domain/pip';
import { KoersFout } from '../../shared/fouten';
import { pipTermijnVoorDossier, termijnStartVoor } from '../../shared/rules/termijnen';
import { bevindingenAlsTekst, controleerPip, type Bevinding, type EerdereGemeente, type PipContext } from '../../shared/rules/pip';
import { statusNaPipVaststellen } from '../../shared/rules/status';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { boeteWi23Bedragen } from '../../shared/rules/boete';
import { ontbrekendeBriefInstellingen } from '../../shared/rules/brief';
import { maakBriefPdf } from '../documents/brief-pdf';
import { pipBeschikking } from '../documents/pip-beschikking';
import { standaardBriefTeksten } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import { pipKanalen } from '../../shared/contract/pip';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type PipUseCases = UseCasesVan<typeof pipKanalen>;


function vorigeVan(versies: Pip[], pip: Pip): Pip | undefined {
  return versies.filter((v) => v.versie < pip.versie && v.status !== 'concept').at(-1);
}

/** A termijn that already runs because of an earlier gemeente, as recorded in the dossier (Wi 11 lid 3 sub b). */
function eerdereGemeenteVan(inburgeraar: Inburgeraar): EerdereGemeente | null {
  if (!inburgeraar.termijnStartEerder) return null;
  return { termijnStart: inburgeraar.termijnStartEerder, leerroute: inburgeraar.leerrouteEerder, niveaus: inburgeraar.niveausEerder };
}

function context(inburgeraar: Inburgeraar, versies: Pip[], pip: Pip, intake: Intake | null, vaststellen?: PipContext['vaststellen']): PipContext {
  const vorige = vorigeVan(versies, pip);
  return {
    doelgroep: inburgeraar.doelgroep,
    doelgroepcode: inburgeraar.doelgroepcode,
    vorige: vorige?.inhoud,
    wijzigingReden: pip.wijzigingReden,
    intake: intake ? onderwijsrouteUitIntake(intake) : undefined,
    eerdereGemeente: eerdereGemeenteVan(inburgeraar),
    vaststellen,
  };
}

/** The start of the termijn this version states: the running one (earlier version or earlier gemeente), else its own. */
function termijnVan(inburgeraar: Inburgeraar, versies: Pip[], pip: Pip, dagtekening: string): string {
  return termijnStartVoor(dagtekening, vorigeVan(versies, pip)?.termijnStart ?? inburgeraar.termijnStartEerder ?? null);
}

function weigerBijBevindingen(bevindingen: Bevinding[], inleiding: string): void {
  if (bevindingen.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `${inleiding} ${bevindingenAlsTekst(bevindingen)}`);
}

// Every PIP change is logged on the dossier with the version it concerns.
const pipAudit = (actie: string) => ({
  actie,
  object: 'inburgeraar' as const,
  objectId: (_invoer: unknown, uit: { pip: Pick<Pip, 'inburgeraarId'> }) => uit.pip.inburgeraarId,
  detail: (_invoer: unknown, uit: { pip: Pick<Pip, 'versie' | 'kenmerk'> }) => `versie ${uit.pip.versie}${uit.pip.kenmerk ? ` (${uit.pip.kenmerk})` : ''}`,
});

export function pipHandlers(deps: HandlerDeps): PipUseCases {
  const { mutatie, lezing } = maakUseCases(deps);

  async function vaststelContext(trx: Transactie, inburgeraar: Inburgeraar, versies: Pip[], pip: Pip, dagtekening: string, vandaag: string) {
    const intake = await leesIntake(trx, inburgeraar.id);
    const { extraRustdagen } = await leesInstellingen(trx);
    return context(inburgeraar, versies, pip, intake, {
      dagtekening,
      vandaag,
      intakeAfgerond: !!intake.afgerondOp,
      intakeAfgerondOp: intake.afgerondOp,
      kennisgevingDuo: inburgeraar.datumKennisgevingDuo,
      termijnStart: termijnVan(inburgeraar, versies, pip, dagtekening),
      pipUiterlijk: pipTermijnVoorDossier(inburgeraar, extraRustdagen)?.datum ?? null,
    });
  }

  /** The Brief for a PIP version; used for the preview and, frozen, for vaststellen. */
  async function beschikkingVoor(trx: Transactie, pip: Pip, versies: Pip[], dagtekening: string, kenmerk: string, ondertekenaarId: number | null | undefined) {
    // The Wi 2021 took effect on 1 January 2022, and the boete amounts a beschikking states start there (boete.ts).
    if (dagtekening < '2022-01-01') throw new KoersFout('ONGELDIGE_INVOER', 'Dagtekening: een beschikking onder de Wet inburgering 2021 heeft een dagtekening op of na 1 januari 2022.');
    const inburgeraar = await haalOp(trx, pip.inburgeraarId);
    const instellingen = await leesInstellingen(trx);
    const teksten = await geldendeBriefTeksten(trx, () => standaardBriefTeksten(deps.resourcesPad));
    const intake = await leesIntake(trx, pip.inburgeraarId);
    const ondertekenaar = ondertekenaarId
      ? await leesOndertekenaar(trx, ondertekenaarId)
      : { naam: '[naam ondertekenaar]', functie: '[functie]', mandaatbesluit: '[mandaatbesluit]' };
    const vorige = vorigeVan(versies, pip);
    const termijnStart = termijnVan(inburgeraar, versies, pip, dagtekening);
    const brief = pipBeschikking({
      inburgeraar,
      pip: { ...pip, vorigKenmerk: vorige?.kenmerk ?? null },
      termijnStart,
      vorigeInhoud: vorige?.inhoud ?? null,
      intakeAfgerondOp: intake.afgerondOp,
      instellingen,
      teksten,
      kenmerk,
      dagtekening,
      ondertekenaar,
      boeteWi23: boeteWi23Bedragen(dagtekening),
    });
    return { brief, instellingen, teksten, ondertekenaar, inburgeraar, termijnStart };
  }

  return {
    pipOverzicht: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      const inburgeraar = await haalOp(trx, inburgeraarId);
      const versies = await pipVersies(trx, inburgeraarId);
      const concept = versies.find((v) => v.status === 'concept');
      const intake = await leesIntake(trx, inburgeraarId);
      const bevindingen = concept ? controleerPip(concept.inhoud, await vaststelContext(trx, inburgeraar, versies, concept, vandaag, vandaag)) : [];
      const { extraRustdagen } = await leesInstellingen(trx);
      return { versies, bevindingen, intakeAfgerond: !!intake.afgerondOp, pipUiterlijk: pipTermijnVoorDossier(inburgeraar, extraRustdagen)?.datum ?? null };
    }),

    pipConceptOpslaan: mutatie(pipAudit('PIP concept opgeslagen'), async ({ inburgeraarId, inhoud }, { trx, tijdstip, vandaag }) => {
      const inburgeraar = await haalOp(trx, inburgeraarId);
      let versies = await pipVersies(trx, inburgeraarId);
      let concept = versies.find((v) => v.status === 'concept');
      if (!concept && versies.length > 0) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Dit PIP is vastgesteld en wordt niet meer gewijzigd. Start een wijziging om een nieuwe versie te maken.');
      }
      if (!concept) {
        const id = await nieuweVersie(trx, { inburgeraarId, soort: 'pip', inhoud, vorigePipId: null, termijnStart: null, wijzigingReden: null, wijzigingToelichting: null }, tijdstip);
        versies = await pipVersies(trx, inburgeraarId);
        concept = versies.find((v) => v.id === id)!;
      }
      weigerBijBevindingen(controleerPip(inhoud, context(inburgeraar, versies, { ...concept, inhoud }, await leesIntake(trx, inburgeraarId))), 'Het concept is niet opgeslagen.');
      await schrijfConcept(trx, concept.id, inhoud, tijdstip);
      const pip = await leesPip(trx, concept.id);
      return { pip, bevindingen: controleerPip(inhoud, await vaststelContext(trx, inburgeraar, versies, pip, vandaag, vandaag)) };
    }),

    pipVoorbeeld: lezing(async ({ pipId, dagtekening, ondertekenaarId }, { trx, vandaag }) => {
      const pip = await leesPip(trx, pipId);
      const versies = await pipVersies(trx, pip.inburgeraarId);
      const { brief, inburgeraar } = await beschikkingVoor(trx, pip, versies, dagtekening, pip.kenmerk ?? 'CONCEPT — nog geen kenmerk', ondertekenaarId);
      return { brief, bevindingen: pip.status === 'concept' ? controleerPip(pip.inhoud, await vaststelContext(trx, inburgeraar, versies, pip, dagtekening, vandaag)) : [] };
    }),

    // Freezes the kenmerk, the PDF bytes and the text version; a reprint gives the same bytes.
    pipVaststellen: mutatie(pipAudit('PIP vastgesteld'), async ({ pipId, dagtekening, ondertekenaarId }, { trx, tijdstip, vandaag }) => {
      const pip = await leesPip(trx, pipId);
      if (pip.status !== 'concept') throw new KoersFout('ONGELDIGE_INVOER', 'Deze versie is al vastgesteld.');
      const versies = await pipVersies(trx, pip.inburgeraarId);
      const inburgeraar = await haalOp(trx, pip.inburgeraarId);
      weigerBijBevindingen(controleerPip(pip.inhoud, await vaststelContext(trx, inburgeraar, versies, pip, dagtekening, vandaag)), 'Het PIP is niet vastgesteld.');

      const instellingen = await leesInstellingen(trx);
      // Awb 3:45, 3:46: a beschikking never prints a stand-in for an empty setting.
      weigerBijBevindingen(ontbrekendeBriefInstellingen(instellingen, 'beschikking'), 'Het PIP is niet vastgesteld.');
      const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, dagtekening);
      const { brief, teksten, ondertekenaar, termijnStart } = await beschikkingVoor(trx, pip, versies, dagtekening, kenmerk, ondertekenaarId);
      const pdf = await maakBriefPdf(deps.resourcesPad, brief, instellingen, kenmerk);
      const { id: documentId } = await bewaarDocument(
        trx,
        { inburgeraarId: pip.inburgeraarId, soort: pip.soort === 'wijziging' ? 'beschikking_wijziging' : 'beschikking_pip', titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
        tijdstip,
      );
      await legVaststellingVast(
        trx,
        pipId,
        { dagtekening, kenmerk, termijnStart, ondertekenaar: { naam: ondertekenaar.naam, functie: ondertekenaar.functie, mandaatbesluit: ondertekenaar.mandaatbesluit }, sjabloonVersie: teksten.versie, documentId },
        tijdstip,
      );
      const status = statusNaPipVaststellen(inburgeraar.status);
      if (status !== inburgeraar.status) await zetStatus(trx, inburgeraar.id, status, tijdstip);
      return { pip: await leesPip(trx, pipId) };
    }),

    pipVerzonden: mutatie(pipAudit('PIP verzonden'), async ({ pipId, verzenddatum }, { trx, tijdstip }) => {
      const pip = await leesPip(trx, pipId);
      if (pip.status !== 'vastgesteld') throw new KoersFout('ONGELDIGE_INVOER', pip.status === 'concept' ? 'Stel het PIP eerst vast.' : 'Deze beschikking is al verzonden.');
      if (verzenddatum < pip.dagtekening!) throw new KoersFout('ONGELDIGE_INVOER', 'De verzenddatum kan niet vóór de dagtekening liggen.');
      await zetPipVelden(trx, pipId, { status: 'verzonden', verzenddatum }, tijdstip);
      return { pip: await leesPip(trx, pipId) };
    }),

    // Wi 17: a wijziging is a new version that keeps the termijn start (Wi 11 lid 3).
    pipWijzigingStarten: mutatie(pipAudit('wijziging PIP gestart'), async ({ inburgeraarId, reden, toelichting }, { trx, tijdstip }) => {
      const versies = await pipVersies(trx, inburgeraarId);
      if (versies.some((v) => v.status === 'concept')) throw new KoersFout('ONGELDIGE_INVOER', 'Er is al een concept; werk dat eerst af.');
      const huidig = versies.filter((v) => v.status !== 'concept').at(-1);
      if (!huidig) throw new KoersFout('ONGELDIGE_INVOER', 'Er is nog geen vastgesteld PIP om te wijzigen.');
      // The plan carries over; the reasoning of a wijziging is its own (Wi 17; Awb 3:46).
      const inhoud: PipInhoud = { ...huidig.inhoud, wijziging: LEGE_WIJZIGING_MOTIVERING };
      const id = await nieuweVersie(
        trx,
        { inburgeraarId, soort: 'wijziging', inhoud, vorigePipId: huidig.id, termijnStart: huidig.termijnStart, wijzigingReden: reden, wijzigingToelichting: toelichting },
        tijdstip,
      );
      return { pip: await leesPip(trx, id) };
    }),
  };
}
