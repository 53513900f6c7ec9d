import { leesInstellingen, schrijfInstellingen, schrijfLogo } from '../../db/instellingen';
import { schrijfLogboek } from '../../db/logboek';
import { KoersFout } from '../../shared/fouten';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';

type InstellingenUseCases = Pick<UseCases, 'instellingenOphalen' | 'instellingenOpslaan' | 'logoOpslaan' | 'logoVerwijderen'>;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);

/** The file must really be what its type says: pdf-lib embeds only true PNG and JPEG. */
function controleerAfbeelding(mime: 'image/png' | 'image/jpeg', base64: string): void {
  const bytes = Buffer.from(base64, 'base64');
  const klopt = mime === 'image/png' ? bytes.subarray(0, 8).equals(PNG) : bytes.subarray(0, 3).equals(JPG);
  if (!klopt) throw new KoersFout('ONGELDIGE_INVOER', 'Dit bestand is geen geldige PNG- of JPG-afbeelding. Kies een ander logobestand.');
}

export function instellingenHandlers({ kluis }: HandlerDeps): InstellingenUseCases {
  return {
    instellingenOphalen: async () => leesInstellingen(kluis.db),
    instellingenOpslaan: async (invoer) =>
      kluis.db.transaction().execute(async (trx) => {
        await schrijfInstellingen(trx, invoer);
        await schrijfLogboek(trx, { actie: 'wijzigen', object: 'instellingen' });
        return leesInstellingen(trx);
      }),
    logoOpslaan: async ({ mime, base64 }) => {
      controleerAfbeelding(mime, base64);
      return kluis.db.transaction().execute(async (trx) => {
        await schrijfLogo(trx, { mime, base64 });
        await schrijfLogboek(trx, { actie: 'logo opslaan', object: 'instellingen' });
        return leesInstellingen(trx);
      });
    },
    logoVerwijderen: async () =>
      kluis.db.transaction().execute(async (trx) => {
        await schrijfLogo(trx, null);
        await schrijfLogboek(trx, { actie: 'logo verwijderen', object: 'instellingen' });
        return leesInstellingen(trx);
      }),
  };
}
