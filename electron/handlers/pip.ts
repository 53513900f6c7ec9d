import type { Transaction } from 'kysely';
import { bewaarDocument } from '../../db/documenten';
import { haalOp, zetStatus } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesIntake } from '../../db/intake';
import { schrijfLogboek } from '../../db/logboek';
import { ondertekenaar as leesOndertekenaar } from '../../db/ondertekenaars';
import { legVaststellingVast, leesPip, nieuweVersie, pipVersies, schrijfConcept, zetPipVelden } from '../../db/pip';
import type { DB } from '../../db/schema';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Pip, PipInhoud } from '../../shared/domain/pip';
import { KoersFout } from '../../shared/fouten';
import { plusDagen, vandaagInNederland } from '../../shared/rules/datum';
import { bevindingenAlsTekst, controleerPip, type Bevinding, type PipContext } from '../../shared/rules/pip';
import { inburgeringstermijnStart } from '../../shared/rules/termijnen';
import { maakBriefPdf } from '../documents/brief-pdf';
import { pipBeschikking } from '../documents/pip-beschikking';
import type { HandlerDeps } from './deps';
import { veiligeBestandsnaam } from './documenten';
import { nieuwKenmerk } from './intake';
import type { UseCases } from './register';
import { huidigeTeksten } from './teksten';

type PipUseCases = Pick<
  UseCases,
  'pipOverzicht' | 'pipConceptOpslaan' | 'pipVoorbeeld' | 'pipVaststellen' | 'pipVerzonden' | 'pipBezwaar' | 'pipBeroep' | 'pipWijzigingStarten'
>;

const BEZWAAR_NA_VERZENDING = 'Een bezwaar of beroep kan pas worden vastgelegd als de beschikking is verzonden.';

function vorigeVan(versies: Pip[], pip: Pip): Pip | undefined {
  return versies.filter((v) => v.versie < pip.versie && v.status !== 'concept').at(-1);
}

function context(inburgeraar: Inburgeraar, versies: Pip[], pip: Pip, vaststellen?: PipContext['vaststellen']): PipContext {
  const vorige = vorigeVan(versies, pip);
  return {
    doelgroep: inburgeraar.doelgroep,
    doelgroepcode: inburgeraar.doelgroepcode,
    vorige: vorige?.inhoud,
    wijzigingReden: pip.wijzigingReden,
    vaststellen,
  };
}

function weigerBijBevindingen(bevindingen: Bevinding[], inleiding: string): void {
  if (bevindingen.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `${inleiding} ${bevindingenAlsTekst(bevindingen)}`);
}

export function pipHandlers({ kluis, resourcesMap, nu = () => new Date() }: HandlerDeps): PipUseCases {
  const tijdstip = () => nu().toISOString();
  const vandaag = () => vandaagInNederland(nu());

  async function vaststelContext(trx: Transaction<DB>, inburgeraar: Inburgeraar, versies: Pip[], pip: Pip, dagtekening: string) {
    const intake = await leesIntake(trx, inburgeraar.id);
    const eerste = versies.find((v) => v.termijnStart);
    return context(inburgeraar, versies, pip, {
      dagtekening,
      intakeAfgerond: !!intake.afgerondOp,
      kennisgevingDuo: inburgeraar.datumKennisgevingDuo,
      termijnStart: eerste?.termijnStart ?? null,
    });
  }

  /** The Brief for a PIP version; used for the preview and, frozen, for vaststellen. */
  async function beschikkingVoor(trx: Transaction<DB>, pip: Pip, versies: Pip[], dagtekening: string, kenmerk: string, ondertekenaarId: number | null | undefined) {
    const inburgeraar = await haalOp(trx, pip.inburgeraarId);
    const instellingen = await leesInstellingen(trx);
    const teksten = await huidigeTeksten(trx, resourcesMap);
    const intake = await leesIntake(trx, pip.inburgeraarId);
    const ondertekenaar = ondertekenaarId
      ? await leesOndertekenaar(trx, ondertekenaarId)
      : { naam: '[naam ondertekenaar]', functie: '[functie]', mandaatbesluit: '[mandaatbesluit]' };
    const vorige = vorigeVan(versies, pip);
    const brief = pipBeschikking({
      inburgeraar,
      pip: { ...pip, vorigKenmerk: vorige?.kenmerk ?? null, termijnStart: pip.soort === 'wijziging' ? (vorige?.termijnStart ?? null) : null },
      vorigeInhoud: vorige?.inhoud ?? null,
      intakeAfgerondOp: intake.afgerondOp,
      instellingen,
      teksten,
      kenmerk,
      dagtekening,
      ondertekenaar,
    });
    return { brief, instellingen, teksten, ondertekenaar, inburgeraar };
  }

  return {
    pipOverzicht: async ({ inburgeraarId }) =>
      kluis.db.transaction().execute(async (trx) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const versies = await pipVersies(trx, inburgeraarId);
        const concept = versies.find((v) => v.status === 'concept');
        const intake = await leesIntake(trx, inburgeraarId);
        const bevindingen = concept ? controleerPip(concept.inhoud, await vaststelContext(trx, inburgeraar, versies, concept, vandaag())) : [];
        return { versies, bevindingen, intakeAfgerond: !!intake.afgerondOp };
      }),

    pipConceptOpslaan: async ({ inburgeraarId, inhoud }) =>
      kluis.db.transaction().execute(async (trx) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        let versies = await pipVersies(trx, inburgeraarId);
        let concept = versies.find((v) => v.status === 'concept');
        if (!concept && versies.length > 0) {
          throw new KoersFout('ONGELDIGE_INVOER', 'Dit PIP is vastgesteld en wordt niet meer gewijzigd. Start een wijziging om een nieuwe versie te maken.');
        }
        if (!concept) {
          const id = await nieuweVersie(trx, { inburgeraarId, soort: 'pip', inhoud, vorigePipId: null, termijnStart: null, wijzigingReden: null, wijzigingToelichting: null }, tijdstip());
          versies = await pipVersies(trx, inburgeraarId);
          concept = versies.find((v) => v.id === id)!;
        }
        const teControleren: Pip = { ...concept, inhoud };
        weigerBijBevindingen(controleerPip(inhoud, context(inburgeraar, versies, teControleren)), 'Het concept is niet opgeslagen.');
        await schrijfConcept(trx, concept.id, inhoud, tijdstip());
        await schrijfLogboek(trx, { actie: `PIP versie ${concept.versie} concept opgeslagen`, object: 'inburgeraar', objectId: inburgeraarId });
        const pip = await leesPip(trx, concept.id);
        return { pip, bevindingen: controleerPip(inhoud, await vaststelContext(trx, inburgeraar, versies, pip, vandaag())) };
      }),

    pipVoorbeeld: async ({ pipId, dagtekening, ondertekenaarId }) =>
      kluis.db.transaction().execute(async (trx) => {
        const pip = await leesPip(trx, pipId);
        const versies = await pipVersies(trx, pip.inburgeraarId);
        const { brief, inburgeraar } = await beschikkingVoor(trx, pip, versies, dagtekening, pip.kenmerk ?? 'CONCEPT — nog geen kenmerk', ondertekenaarId);
        return { brief, bevindingen: pip.status === 'concept' ? controleerPip(pip.inhoud, await vaststelContext(trx, inburgeraar, versies, pip, dagtekening)) : [] };
      }),

    pipVaststellen: async ({ pipId, dagtekening, ondertekenaarId }) => {
      if (dagtekening > plusDagen(vandaag(), 14)) {
        throw new KoersFout('ONGELDIGE_INVOER', 'De dagtekening ligt meer dan twee weken in de toekomst. Kies de dag waarop de brief wordt verzonden.');
      }
      return kluis.db.transaction().execute(async (trx) => {
        const pip = await leesPip(trx, pipId);
        if (pip.status !== 'concept') throw new KoersFout('ONGELDIGE_INVOER', 'Deze versie is al vastgesteld.');
        const versies = await pipVersies(trx, pip.inburgeraarId);
        const inburgeraar = await haalOp(trx, pip.inburgeraarId);
        weigerBijBevindingen(controleerPip(pip.inhoud, await vaststelContext(trx, inburgeraar, versies, pip, dagtekening)), 'Het PIP is niet vastgesteld.');

        const instellingen = await leesInstellingen(trx);
        const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, dagtekening);
        const { brief, teksten, ondertekenaar } = await beschikkingVoor(trx, pip, versies, dagtekening, kenmerk, ondertekenaarId);
        const pdf = await maakBriefPdf(resourcesMap, brief, instellingen, kenmerk);
        const { id: documentId } = await bewaarDocument(
          trx,
          { inburgeraarId: pip.inburgeraarId, soort: pip.soort === 'wijziging' ? 'beschikking_wijziging' : 'beschikking_pip', titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
          tijdstip(),
        );
        // Wi 11 lid 3: a wijziging keeps the start of the first PIP.
        const termijnStart = pip.soort === 'wijziging' ? (vorigeVan(versies, pip)?.termijnStart ?? inburgeringstermijnStart(dagtekening)) : inburgeringstermijnStart(dagtekening);
        await legVaststellingVast(
          trx,
          pipId,
          { dagtekening, kenmerk, termijnStart, ondertekenaar: { naam: ondertekenaar.naam, functie: ondertekenaar.functie, mandaatbesluit: ondertekenaar.mandaatbesluit }, sjabloonVersie: teksten.versie, documentId },
          tijdstip(),
        );
        if (inburgeraar.status === 'aangemeld' || inburgeraar.status === 'intake') {
          await zetStatus(trx, inburgeraar.id, 'pip_vastgesteld', tijdstip());
          await schrijfLogboek(trx, { actie: `status ${inburgeraar.status} → pip_vastgesteld`, object: 'inburgeraar', objectId: inburgeraar.id });
        }
        await schrijfLogboek(trx, { actie: `PIP versie ${pip.versie} vastgesteld (${kenmerk})`, object: 'inburgeraar', objectId: inburgeraar.id });
        return { pip: await leesPip(trx, pipId) };
      });
    },

    pipVerzonden: async ({ pipId, verzenddatum }) =>
      kluis.db.transaction().execute(async (trx) => {
        const pip = await leesPip(trx, pipId);
        if (pip.status !== 'vastgesteld') throw new KoersFout('ONGELDIGE_INVOER', pip.status === 'concept' ? 'Stel het PIP eerst vast.' : 'Deze beschikking is al verzonden.');
        if (verzenddatum < pip.dagtekening!) throw new KoersFout('ONGELDIGE_INVOER', 'De verzenddatum kan niet vóór de dagtekening liggen.');
        await zetPipVelden(trx, pipId, { status: 'verzonden', verzenddatum }, tijdstip());
        await schrijfLogboek(trx, { actie: `PIP versie ${pip.versie} verzonden`, object: 'inburgeraar', objectId: pip.inburgeraarId });
        return { pip: await leesPip(trx, pipId) };
      }),

    pipBezwaar: async ({ pipId, ontvangenOp, uitkomst }) =>
      kluis.db.transaction().execute(async (trx) => {
        const pip = await leesPip(trx, pipId);
        if (pip.status !== 'verzonden') throw new KoersFout('ONGELDIGE_INVOER', BEZWAAR_NA_VERZENDING);
        if (ontvangenOp < pip.verzenddatum!) throw new KoersFout('ONGELDIGE_INVOER', 'Het bezwaarschrift kan niet vóór de verzending zijn ontvangen.');
        await zetPipVelden(trx, pipId, { bezwaarOntvangenOp: ontvangenOp, bezwaarUitkomst: uitkomst }, tijdstip());
        await schrijfLogboek(trx, { actie: `bezwaar PIP versie ${pip.versie} vastgelegd`, object: 'inburgeraar', objectId: pip.inburgeraarId });
        return { pip: await leesPip(trx, pipId) };
      }),

    pipBeroep: async ({ pipId, ingesteldOp }) =>
      kluis.db.transaction().execute(async (trx) => {
        const pip = await leesPip(trx, pipId);
        if (pip.status !== 'verzonden') throw new KoersFout('ONGELDIGE_INVOER', BEZWAAR_NA_VERZENDING);
        await zetPipVelden(trx, pipId, { beroepIngesteldOp: ingesteldOp }, tijdstip());
        await schrijfLogboek(trx, { actie: `beroep PIP versie ${pip.versie} vastgelegd`, object: 'inburgeraar', objectId: pip.inburgeraarId });
        return { pip: await leesPip(trx, pipId) };
      }),

    pipWijzigingStarten: async ({ inburgeraarId, reden, toelichting }) =>
      kluis.db.transaction().execute(async (trx) => {
        const versies = await pipVersies(trx, inburgeraarId);
        if (versies.some((v) => v.status === 'concept')) throw new KoersFout('ONGELDIGE_INVOER', 'Er is al een concept; werk dat eerst af.');
        const huidig = versies.filter((v) => v.status !== 'concept').at(-1);
        if (!huidig) throw new KoersFout('ONGELDIGE_INVOER', 'Er is nog geen vastgesteld PIP om te wijzigen.');
        const inhoud: PipInhoud = { ...huidig.inhoud };
        const id = await nieuweVersie(
          trx,
          { inburgeraarId, soort: 'wijziging', inhoud, vorigePipId: huidig.id, termijnStart: huidig.termijnStart, wijzigingReden: reden, wijzigingToelichting: toelichting },
          tijdstip(),
        );
        await schrijfLogboek(trx, { actie: `wijziging PIP gestart (${reden})`, object: 'inburgeraar', objectId: inburgeraarId });
        return { pip: await leesPip(trx, id) };
      }),
  };
}
