import { bewaarDocument } from '../../db/documenten';
import { haalOp, zetStatus } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesIntake, leesOproep, rondIntakeAf, schrijfIntake, voegOproepToe, zetOproepUitkomst } from '../../db/intake';
import { geldendeBriefTeksten } from '../../db/sjablonen';
import type { Transactie } from '../../db/verbinding';
import { nieuwKenmerk } from '../../db/volgnummers';
import { KoersFout } from '../../shared/fouten';
import type { Bevinding } from '../../shared/rules/intake';
import { ontbrekendeBriefInstellingen, ontbrekendePlaatshouders } from '../../shared/rules/brief';
import { datumconflictenAfronding, datumconflictenIntake, datumconflictenOproep, laatsteGemisteAfspraak, ontbrekendInIntake, volgendeBriefNummer, volgendeOproepStap } from '../../shared/rules/intake';
import { bevindingenAlsTekst } from '../../shared/rules/pip';
import { statusNaStartIntake } from '../../shared/rules/status';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakBriefPdf } from '../documents/brief-pdf';
import { oproepBrief, tekstenVoorOproep } from '../documents/oproep-brief';
import { standaardBriefTeksten } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import { intakeKanalen } from '../../shared/contract/intake';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type IntakeUseCases = UseCasesVan<typeof intakeKanalen>;

/** The labels of the oproep texts as Instellingen shows them. */
const OPROEP_TEKST_LABELS = {
  oproepVerplichting: 'Oproep: wat moet u doen?',
  waarschuwing: 'Schriftelijke waarschuwing (2e oproep)',
  laatsteOproep: 'Schriftelijke waarschuwing en laatste oproep (3e oproep)',
} as const;

function weigerBij(bevindingen: Bevinding[], inleiding: string): void {
  if (bevindingen.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `${inleiding} ${bevindingenAlsTekst(bevindingen)}`);
}

async function startIntake(trx: Transactie, inburgeraarId: number, tijdstip: string): Promise<void> {
  const { status } = await haalOp(trx, inburgeraarId);
  const nieuw = statusNaStartIntake(status);
  if (nieuw !== status) await zetStatus(trx, inburgeraarId, nieuw, tijdstip);
}

export function intakeHandlers(deps: HandlerDeps): IntakeUseCases {
  const { mutatie, lezing } = maakUseCases(deps);
  return {
    intakeOphalen: lezing(async ({ inburgeraarId }, { trx }) => {
      const { datumKennisgevingDuo } = await haalOp(trx, inburgeraarId);
      const intake = await leesIntake(trx, inburgeraarId);
      return {
        intake,
        ontbreekt: ontbrekendInIntake(intake, intake.inAfwezigheid),
        volgendeStap: volgendeOproepStap(intake.oproepen),
        datumKennisgevingDuo,
        ontbrekendeInstellingen: ontbrekendeBriefInstellingen(await leesInstellingen(trx), 'oproep'),
      };
    }),

    intakeOpslaan: mutatie({ actie: 'intake opslaan', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId }, async ({ inburgeraarId, gegevens }, { trx, tijdstip, vandaag }) => {
      const { datumKennisgevingDuo } = await haalOp(trx, inburgeraarId);
      weigerBij(datumconflictenIntake(gegevens, { vandaag, kennisgevingDuo: datumKennisgevingDuo }), 'De datums in de intake kunnen niet kloppen.');
      await schrijfIntake(trx, inburgeraarId, gegevens, tijdstip);
      await startIntake(trx, inburgeraarId, tijdstip);
      return {};
    }),

    intakeAfronden: mutatie(
      { actie: 'intake afgerond', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId, detail: ({ inAfwezigheid }) => (inAfwezigheid ? 'in afwezigheid' : 'met de inburgeraar') },
      async ({ inburgeraarId, datum, inAfwezigheid }, { trx, tijdstip, vandaag }) => {
        const { datumKennisgevingDuo } = await haalOp(trx, inburgeraarId);
        const intake = await leesIntake(trx, inburgeraarId);
        if (intake.afgerondOp) throw new KoersFout('ONGELDIGE_INVOER', 'Deze intake is al afgerond.');
        if (inAfwezigheid && volgendeOproepStap(intake.oproepen) !== 'in_afwezigheid_afronden') {
          throw new KoersFout(
            'REGEL_GESCHONDEN',
            'De intake kan pas zonder de inburgeraar worden afgerond na drie oproepen waarop hij of zij niet is verschenen (art. 14 lid 2 Wi 2021).',
          );
        }
        weigerBij(ontbrekendInIntake(intake, inAfwezigheid), 'De intake is nog niet compleet.');
        weigerBij(
          [
            ...datumconflictenIntake(intake, { vandaag, kennisgevingDuo: datumKennisgevingDuo }),
            ...datumconflictenAfronding(intake, { datum, inAfwezigheid, oproepen: intake.oproepen }, vandaag),
          ],
          'De datums kunnen niet kloppen.',
        );
        await rondIntakeAf(trx, inburgeraarId, datum, inAfwezigheid, tijdstip);
        await startIntake(trx, inburgeraarId, tijdstip);
        return {};
      },
    ),

    // Wi 14 lid 1–2: oproep, then a written warning with a repeated oproep.
    oproepVersturen: mutatie(
      { actie: 'oproep verstuurd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId, verzonden, verschijnenOp, tijdEnPlaats }, { trx, tijdstip, vandaag }) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const intake = await leesIntake(trx, inburgeraarId);
        if (intake.afgerondOp) throw new KoersFout('ONGELDIGE_INVOER', 'De intake is al afgerond; er is geen oproep meer nodig.');
        const stap = volgendeOproepStap(intake.oproepen);
        if (stap === 'wacht_op_uitkomst') throw new KoersFout('ONGELDIGE_INVOER', 'Leg eerst vast of de inburgeraar op de vorige oproep is verschenen.');
        if (stap === 'verschenen') throw new KoersFout('ONGELDIGE_INVOER', 'De inburgeraar is verschenen; ga verder met de intake.');
        if (stap === 'in_afwezigheid_afronden') {
          throw new KoersFout('REGEL_GESCHONDEN', 'Na drie oproepen rondt het college de intake af zonder de inburgeraar (art. 14 lid 2 Wi 2021); een vierde oproep is er niet.');
        }
        const vorigeAfspraak = laatsteGemisteAfspraak(intake.oproepen);
        weigerBij(datumconflictenOproep({ verzonden, verschijnenOp }, { vandaag, vorigeAfspraak }), 'De datums van de oproep kunnen niet kloppen.');
        const instellingen = await leesInstellingen(trx);
        const teksten = await geldendeBriefTeksten(trx, () => standaardBriefTeksten(deps.resourcesPad));
        // The kind of letter follows the no-shows, not the number of oproepen (a moved appointment is no no-show).
        const volgnummer = volgendeBriefNummer(intake.oproepen);
        weigerBij(
          [...ontbrekendeBriefInstellingen(instellingen, 'oproep'), ...ontbrekendePlaatshouders(teksten, tekstenVoorOproep(volgnummer), OPROEP_TEKST_LABELS)],
          'Deze brief kan nog niet worden gemaakt.',
        );
        const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, verzonden);
        const brief = oproepBrief({ inburgeraar, instellingen, teksten, kenmerk, verzonden, volgnummer, verschijnenOp, tijdEnPlaats: tijdEnPlaats!, vorigeAfspraak });
        const pdf = await maakBriefPdf(deps.resourcesPad, brief, instellingen, kenmerk);
        const soort = volgnummer === 1 ? 'oproep' : 'waarschuwing';
        const { id: documentId } = await bewaarDocument(
          trx,
          { inburgeraarId, soort, titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
          tijdstip,
        );
        const oproepId = await voegOproepToe(trx, { inburgeraarId, verzonden, verschijnenOp, tijdEnPlaats: tijdEnPlaats!, documentId });
        await startIntake(trx, inburgeraarId, tijdstip);
        return { oproepId, documentId };
      },
    ),

    // 'niet_verschenen' counts toward the three no-shows of Wi 14 lid 2: the UI asks to confirm it first.
    oproepUitkomst: mutatie({ actie: 'uitkomst oproep', object: 'inburgeraar', detail: ({ uitkomst }) => uitkomst }, async ({ oproepId, uitkomst }, { trx, betreft }) => {
      const oproep = await leesOproep(trx, oproepId);
      if (oproep.uitkomst !== 'open') throw new KoersFout('ONGELDIGE_INVOER', 'De uitkomst van deze oproep is al vastgelegd. Is die onjuist, kies dan Corrigeren.');
      betreft(await zetOproepUitkomst(trx, oproepId, uitkomst));
      return {};
    }),

    // A mistaken outcome, corrected with a reason: only on the last oproep, while no later letter builds on it.
    oproepUitkomstCorrigeren: mutatie(
      { actie: 'uitkomst oproep gecorrigeerd', object: 'inburgeraar', detail: ({ uitkomst }, { was }) => `${was} → ${uitkomst}` },
      async ({ oproepId, uitkomst, reden }, { trx, vandaag, betreft }) => {
        const oproep = await leesOproep(trx, oproepId);
        betreft(oproep.inburgeraarId);
        const intake = await leesIntake(trx, oproep.inburgeraarId);
        if (oproep.uitkomst === 'open') throw new KoersFout('ONGELDIGE_INVOER', 'Van deze oproep is nog geen uitkomst vastgelegd. Leg eerst de uitkomst vast.');
        if (oproep.uitkomst === uitkomst) throw new KoersFout('ONGELDIGE_INVOER', 'Kies een andere uitkomst dan de huidige.');
        if (intake.afgerondOp) throw new KoersFout('REGEL_GESCHONDEN', 'De intake is al afgerond; de uitkomst van een oproep wordt dan niet meer gecorrigeerd.');
        if (intake.oproepen.at(-1)?.id !== oproepId) {
          throw new KoersFout('REGEL_GESCHONDEN', 'Alleen de uitkomst van de laatste oproep kan worden gecorrigeerd: op deze oproep is al een nieuwe brief gevolgd.');
        }
        await zetOproepUitkomst(trx, oproepId, uitkomst, { reden, op: vandaag });
        return { was: oproep.uitkomst };
      },
    ),
  };
}
