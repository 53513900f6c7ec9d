import { bewaarDocument } from '../../db/documenten';
import { haalOp, zetStatus } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesIntake, rondIntakeAf, schrijfIntake, voegOproepToe, zetOproepUitkomst } from '../../db/intake';
import { schrijfLogboek } from '../../db/logboek';
import { volgendVolgnummer } from '../../db/volgnummers';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { KoersFout } from '../../shared/fouten';
import { ontbrekendInIntake, volgendeOproepStap } from '../../shared/rules/intake';
import { kenmerkReeks, maakKenmerk } from '../../shared/rules/kenmerk';
import { bevindingenAlsTekst } from '../../shared/rules/pip';
import { maakBriefPdf } from '../documents/brief-pdf';
import { oproepBrief } from '../documents/oproep-brief';
import { veiligeBestandsnaam } from './documenten';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';
import { huidigeTeksten } from './teksten';

type IntakeUseCases = Pick<UseCases, 'intakeOphalen' | 'intakeOpslaan' | 'intakeAfronden' | 'oproepVersturen' | 'oproepUitkomst'>;

/** Starting the intake moves a new dossier from "aangemeld" to "intake". */
async function naarIntake(trx: Transaction<DB> | Kysely<DB>, inburgeraarId: number, nu: string): Promise<void> {
  const inburgeraar = await haalOp(trx, inburgeraarId);
  if (inburgeraar.status === 'aangemeld') {
    await zetStatus(trx, inburgeraarId, 'intake', nu);
    await schrijfLogboek(trx, { actie: 'status aangemeld → intake', object: 'inburgeraar', objectId: inburgeraarId });
  }
}

export async function nieuwKenmerk(trx: Transaction<DB>, patroon: string, datum: string): Promise<string> {
  const jaar = datum.slice(0, 4);
  return maakKenmerk(patroon, jaar, await volgendVolgnummer(trx, kenmerkReeks(patroon, jaar)));
}

export function intakeHandlers({ kluis, resourcesMap, nu = () => new Date() }: HandlerDeps): IntakeUseCases {
  const tijdstip = () => nu().toISOString();
  return {
    intakeOphalen: async ({ inburgeraarId }) => {
      await haalOp(kluis.db, inburgeraarId);
      const intake = await leesIntake(kluis.db, inburgeraarId);
      return { intake, ontbreekt: ontbrekendInIntake(intake, intake.inAfwezigheid), volgendeStap: volgendeOproepStap(intake.oproepen) };
    },

    intakeOpslaan: async ({ inburgeraarId, gegevens }) =>
      kluis.db.transaction().execute(async (trx) => {
        await haalOp(trx, inburgeraarId);
        await schrijfIntake(trx, inburgeraarId, gegevens, tijdstip());
        await naarIntake(trx, inburgeraarId, tijdstip());
        await schrijfLogboek(trx, { actie: 'intake opslaan', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),

    intakeAfronden: async ({ inburgeraarId, datum, inAfwezigheid }) =>
      kluis.db.transaction().execute(async (trx) => {
        const intake = await leesIntake(trx, inburgeraarId);
        if (intake.afgerondOp) throw new KoersFout('ONGELDIGE_INVOER', 'Deze intake is al afgerond.');
        if (inAfwezigheid && volgendeOproepStap(intake.oproepen) !== 'in_afwezigheid_afronden') {
          throw new KoersFout(
            'REGEL_GESCHONDEN',
            'De intake kan pas zonder de inburgeraar worden afgerond na drie oproepen waarop hij of zij niet is verschenen (art. 14 lid 2 Wi 2021).',
          );
        }
        const ontbreekt = ontbrekendInIntake(intake, inAfwezigheid);
        if (ontbreekt.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `De intake is nog niet compleet. ${bevindingenAlsTekst(ontbreekt)}`);
        await rondIntakeAf(trx, inburgeraarId, datum, inAfwezigheid, tijdstip());
        await naarIntake(trx, inburgeraarId, tijdstip());
        await schrijfLogboek(trx, { actie: inAfwezigheid ? 'intake afgerond in afwezigheid' : 'intake afgerond', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),

    oproepVersturen: async ({ inburgeraarId, verzonden, verschijnenOp, tijdEnPlaats }) => {
      if (verschijnenOp <= verzonden) throw new KoersFout('ONGELDIGE_INVOER', 'De afspraak moet na de verzenddatum liggen, zodat de inburgeraar tijd heeft om te komen.');
      return kluis.db.transaction().execute(async (trx) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const intake = await leesIntake(trx, inburgeraarId);
        if (intake.afgerondOp) throw new KoersFout('ONGELDIGE_INVOER', 'De intake is al afgerond; er is geen oproep meer nodig.');
        const stap = volgendeOproepStap(intake.oproepen);
        if (stap === 'wacht_op_uitkomst') throw new KoersFout('ONGELDIGE_INVOER', 'Leg eerst vast of de inburgeraar op de vorige oproep is verschenen.');
        if (stap === 'verschenen') throw new KoersFout('ONGELDIGE_INVOER', 'De inburgeraar is verschenen; ga verder met de intake.');
        if (stap === 'in_afwezigheid_afronden') {
          throw new KoersFout('REGEL_GESCHONDEN', 'Na drie oproepen rondt het college de intake af zonder de inburgeraar (art. 14 lid 2 Wi 2021); een vierde oproep is er niet.');
        }
        const instellingen = await leesInstellingen(trx);
        const teksten = await huidigeTeksten(trx, resourcesMap);
        const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, verzonden);
        const volgnummer = intake.oproepen.length + 1;
        const brief = oproepBrief({
          inburgeraar, instellingen, teksten, kenmerk, verzonden, volgnummer, verschijnenOp, tijdEnPlaats: tijdEnPlaats!,
          vorigeAfspraak: intake.oproepen.at(-1)?.verschijnenOp ?? null,
        });
        const pdf = await maakBriefPdf(resourcesMap, brief, instellingen, kenmerk);
        const soort = volgnummer === 1 ? 'oproep' : 'waarschuwing';
        const { id: documentId } = await bewaarDocument(
          trx,
          { inburgeraarId, soort, titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
          tijdstip(),
        );
        const oproepId = await voegOproepToe(trx, { inburgeraarId, verzonden, verschijnenOp, tijdEnPlaats: tijdEnPlaats!, documentId });
        await naarIntake(trx, inburgeraarId, tijdstip());
        await schrijfLogboek(trx, { actie: `${soort} ${volgnummer} verstuurd`, object: 'inburgeraar', objectId: inburgeraarId });
        return { oproepId, documentId };
      });
    },

    oproepUitkomst: async ({ oproepId, uitkomst }) =>
      kluis.db.transaction().execute(async (trx) => {
        const inburgeraarId = await zetOproepUitkomst(trx, oproepId, uitkomst);
        await schrijfLogboek(trx, { actie: `oproep: ${uitkomst}`, object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),
  };
}
