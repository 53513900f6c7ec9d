import { bewaarDocument } from '../../db/documenten';
import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { leesIntake } from '../../db/intake';
import { legOntheffingVast, leesOntheffing } from '../../db/ontheffing';
import { ondertekenaar as leesOndertekenaar } from '../../db/ondertekenaars';
import { geldendeBriefTeksten } from '../../db/sjablonen';
import type { Transactie } from '../../db/verbinding';
import { nieuwKenmerk } from '../../db/volgnummers';
import { ontheffingKanalen } from '../../shared/contract/ontheffing';
import type { OntheffingBeperking } from '../../shared/domain/ontheffing';
import { KoersFout } from '../../shared/fouten';
import { ontbrekendeBriefInstellingen, ontbrekendePlaatshouders } from '../../shared/rules/brief';
import { bezwarenTegenOntheffing } from '../../shared/rules/ontheffing';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakBriefPdf } from '../documents/brief-pdf';
import { ontheffingBeschikking } from '../documents/ontheffing-beschikking';
import { standaardBriefTeksten } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type OntheffingUseCases = UseCasesVan<typeof ontheffingKanalen>;

const NIET_VASTGESTELD = 'De beschikking is niet vastgesteld.';

interface Verzoek {
  inburgeraarId: number;
  dagtekening: string;
  motivering: string;
  onderbouwing: string | null;
}

export function ontheffingHandlers(deps: HandlerDeps): OntheffingUseCases {
  const { mutatie, lezing } = maakUseCases(deps);

  /** Everything the beschikking needs, after the rules of Wi 14 lid 6 and Awb 3:40, 3:45 are checked. */
  async function voorbereiden(trx: Transactie, v: Verzoek, vandaag: string, inleiding: string) {
    const inburgeraar = await haalOp(trx, v.inburgeraarId);
    const intake = await leesIntake(trx, v.inburgeraarId);
    const bestaand = await leesOntheffing(trx, v.inburgeraarId);
    const bezwaren = bezwarenTegenOntheffing({
      inIntake: intake.ontheffingToets,
      bestaandKenmerk: bestaand?.kenmerk ?? null,
      toetsAfgenomenOp: intake.leerbaarheidstoetsDatum,
      dagtekening: v.dagtekening,
      vandaag,
    });
    if (bezwaren.length > 0) throw new KoersFout('REGEL_GESCHONDEN', `${inleiding} ${bezwaren.join(' ')}`);
    const instellingen = await leesInstellingen(trx);
    const teksten = await geldendeBriefTeksten(trx, () => standaardBriefTeksten(deps.resourcesPad));
    const ontbreekt = [...ontbrekendeBriefInstellingen(instellingen, 'beschikking'), ...ontbrekendePlaatshouders(teksten, ['rechtsmiddelen'])];
    if (ontbreekt.length > 0) throw new KoersFout('ONGELDIGE_INVOER', `${inleiding} ${ontbreekt.map((b) => b.melding).join(' ')}`);
    return { inburgeraar, instellingen, teksten, beperking: intake.ontheffingToets as OntheffingBeperking };
  }

  return {
    ontheffingOphalen: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const intake = await leesIntake(trx, inburgeraarId);
      return { ontheffing: await leesOntheffing(trx, inburgeraarId), inIntake: intake.ontheffingToets };
    }),

    ontheffingVoorbeeld: lezing(async (invoer, { trx, vandaag }) => {
      const { inburgeraar, instellingen, teksten, beperking } = await voorbereiden(trx, invoer, vandaag, 'Geen voorbeeld.');
      const ondertekenaar = invoer.ondertekenaarId
        ? await leesOndertekenaar(trx, invoer.ondertekenaarId)
        : { naam: '[naam ondertekenaar]', functie: '[functie]', mandaatbesluit: '[mandaatbesluit]' };
      const brief = ontheffingBeschikking({ ...invoer, inburgeraar, instellingen, teksten, beperking, ondertekenaar, kenmerk: 'CONCEPT — nog geen kenmerk' });
      return { brief };
    }),

    // Wi 14 lid 6: freezes the kenmerk, the ondertekenaar, the text version and the PDF, like the PIP.
    ontheffingVaststellen: mutatie(
      {
        actie: 'beschikking ontheffing leerbaarheidstoets vastgesteld',
        object: 'inburgeraar',
        objectId: ({ inburgeraarId }) => inburgeraarId,
        detail: (_invoer, uit) => uit.ontheffing.kenmerk,
      },
      async (invoer, { trx, tijdstip, vandaag }) => {
        const { inburgeraarId, dagtekening, motivering, onderbouwing } = invoer;
        const { inburgeraar, instellingen, teksten, beperking } = await voorbereiden(trx, invoer, vandaag, NIET_VASTGESTELD);
        const ondertekenaar = await leesOndertekenaar(trx, invoer.ondertekenaarId);
        const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, dagtekening);
        const brief = ontheffingBeschikking({ inburgeraar, instellingen, teksten, kenmerk, dagtekening, ondertekenaar, beperking, motivering, onderbouwing });
        const pdf = await maakBriefPdf(deps.resourcesPad, brief, instellingen, kenmerk);
        const { id: documentId } = await bewaarDocument(
          trx,
          { inburgeraarId, soort: 'beschikking_ontheffing', titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
          tijdstip,
        );
        const ontheffing = await legOntheffingVast(
          trx,
          {
            inburgeraarId,
            beperking,
            motivering,
            onderbouwing,
            dagtekening,
            kenmerk,
            ondertekenaar: { naam: ondertekenaar.naam, functie: ondertekenaar.functie, mandaatbesluit: ondertekenaar.mandaatbesluit },
            sjabloonVersie: teksten.versie,
            documentId,
          },
          tijdstip,
        );
        return { ontheffing };
      },
    ),
  };
}
