import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { schrijfLogboek } from '../../db/logboek';
import { KoersFout } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import { vandaagInNederland } from '../../shared/rules/datum';
import { maakParticipatieverklaring } from '../documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../documents/sjablonen';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';

type DocumentUseCases = Pick<UseCases, 'participatieverklaringOpslaan'>;

/** A file name Windows accepts, keeping letters of any script. */
export function veiligeBestandsnaam(naam: string): string {
  const verboden = '<>:"/\\|?*';
  return [...naam]
    .filter((teken) => teken.charCodeAt(0) >= 32 && !verboden.includes(teken))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function documentHandlers({ kluis, resourcesMap, bewaarBestand, nu = () => new Date() }: HandlerDeps): DocumentUseCases {
  return {
    participatieverklaringOpslaan: async ({ inburgeraarId, plaats, datum }) => {
      const { inburgeraar, instellingen } = await kluis.db.transaction().execute(async (trx) => ({
        inburgeraar: await haalOp(trx, inburgeraarId),
        instellingen: await leesInstellingen(trx),
      }));
      if (!instellingen.gemeentenaam) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Vul eerst bij Instellingen de naam van de gemeente in; die staat op de participatieverklaring.');
      }
      const naam = volledigeNaam(inburgeraar);
      const sjabloon = participatieverklaringSjabloonLaden(resourcesMap, { peildatum: vandaagInNederland(nu()) });
      const bytes = await maakParticipatieverklaring(resourcesMap, sjabloon, instellingen, {
        naam,
        geboortedatum: inburgeraar.geboortedatum,
        plaats,
        datum,
      });
      const bestandsnaam = veiligeBestandsnaam(`Participatieverklaring ${naam}.pdf`);
      const opgeslagen = await bewaarBestand(bestandsnaam, bytes);
      if (opgeslagen) {
        await schrijfLogboek(kluis.db, { actie: `participatieverklaring afgedrukt (tekst ${sjabloon.versie})`, object: 'inburgeraar', objectId: inburgeraarId });
      }
      return { bestandsnaam, opgeslagen };
    },
  };
}
