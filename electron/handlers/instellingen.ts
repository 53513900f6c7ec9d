import { leesInstellingen, schrijfInstellingen, schrijfLogo } from '../../db/instellingen';
import { KoersFout } from '../../shared/fouten';
import type { HandlerDeps } from './deps';
import { instellingenKanalen } from '../../shared/contract/instellingen';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type InstellingenUseCases = UseCasesVan<typeof instellingenKanalen>;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);

/** The file must really be what its type says: pdf-lib embeds only true PNG and JPEG. */
function controleerAfbeelding(mime: 'image/png' | 'image/jpeg', base64: string): void {
  const bytes = Buffer.from(base64, 'base64');
  const klopt = mime === 'image/png' ? bytes.subarray(0, 8).equals(PNG) : bytes.subarray(0, 3).equals(JPG);
  if (!klopt) throw new KoersFout('ONGELDIGE_INVOER', 'Dit bestand is geen geldige PNG- of JPG-afbeelding. Kies een ander logobestand.');
}

export function instellingenHandlers(deps: HandlerDeps): InstellingenUseCases {
  const { mutatie, lezing } = maakUseCases(deps);
  return {
    instellingenOphalen: lezing(async (_invoer, { trx }) => leesInstellingen(trx)),

    instellingenOpslaan: mutatie({ actie: 'wijzigen', object: 'instellingen' }, async (invoer, { trx }) => {
      await schrijfInstellingen(trx, invoer);
      return leesInstellingen(trx);
    }),

    logoOpslaan: mutatie({ actie: 'logo opslaan', object: 'instellingen' }, async ({ mime, base64 }, { trx }) => {
      controleerAfbeelding(mime, base64);
      await schrijfLogo(trx, { mime, base64 });
      return leesInstellingen(trx);
    }),

    logoVerwijderen: mutatie({ actie: 'logo verwijderen', object: 'instellingen' }, async (_invoer, { trx }) => {
      await schrijfLogo(trx, null);
      return leesInstellingen(trx);
    }),
  };
}
