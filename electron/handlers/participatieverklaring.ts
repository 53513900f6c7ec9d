import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { KoersFout } from '../../shared/fouten';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakParticipatieverklaring, namenOpVerklaring } from '../documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import { participatieverklaringKanalen } from '../../shared/contract/participatieverklaring';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type ParticipatieverklaringUseCases = UseCasesVan<typeof participatieverklaringKanalen>;

export function participatieverklaringHandlers(deps: HandlerDeps): ParticipatieverklaringUseCases {
  const { bestandOpslaan } = maakUseCases(deps);
  return {
    // One form for one person (Besluit 3.1 lid 6); the text version printed goes into the logboek.
    participatieverklaringOpslaan: bestandOpslaan(
      { actie: 'participatieverklaring afgedrukt', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId }, { trx, vandaag }) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const instellingen = await leesInstellingen(trx);
        if (!instellingen.gemeentenaam) {
          throw new KoersFout('ONGELDIGE_INVOER', 'Vul eerst bij Instellingen de naam van de gemeente in; die staat op de participatieverklaring.');
        }
        const sjabloon = participatieverklaringSjabloonLaden(deps.resourcesPad, { peildatum: vandaag });
        return { inburgeraar, instellingen, sjabloon };
      },
      async ({ inburgeraar, instellingen, sjabloon }, { plaats, datum }) => {
        const namen = namenOpVerklaring(inburgeraar);
        const bytes = await maakParticipatieverklaring(deps.resourcesPad, sjabloon, instellingen, { ...namen, geboortedatum: inburgeraar.geboortedatum, plaats, datum });
        return { bestandsnaam: veiligeBestandsnaam(`Participatieverklaring ${namen.naam}.pdf`), bytes, logdetail: `tekst ${sjabloon.versie}` };
      },
    ),
  };
}
