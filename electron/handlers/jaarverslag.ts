import { budgetFeiten } from '../../db/budget';
import { leesInstellingen } from '../../db/instellingen';
import { jaarverslagFeiten, jarenMetGegevensInKluis, leesJaarverslagInstellingen, schrijfJaarverslagInstellingen } from '../../db/jaarverslag';
import { jaarverslagKanalen } from '../../shared/contract/jaarverslag';
import type { Jaarverslag } from '../../shared/domain/jaarverslag';
import { KoersFout, ONVERWACHTE_FOUT } from '../../shared/fouten';
import { budgetSectie } from '../../shared/rules/budget';
import { JAARVERSLAG_STAPPEN, kerncijfers, maakJaarverslag, maskeer, standaardJaar } from '../../shared/rules/jaarverslag';
import { maakJaarverslagPdf } from '../documents/jaarverslag-pdf';
import { maakJaarverslagXlsx } from '../documents/jaarverslag-xlsx';
import { adem, type Taken } from '../jobs/taken';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The jaarverslag for the gemeenteraad (issue 13): computed as a task from one consistent read of the
// vault, kept in memory for a while, then saved as the raad PDF (small counts masked) and as the intern
// XLSX (exact numbers). Generating is a read; saving a file is logged as an export (object 'lijst').

/** How long a finished report stays available for saving. */
const BEWAARTIJD_MS = 10 * 60_000;
/** At most this many reports in memory at once (the oldest goes first). */
const MAX_VERSLAGEN = 4;

export function jaarverslagBestandsnaam(jaar: number, soort: 'pdf' | 'xlsx'): string {
  return `jaarverslag-${jaar}.${soort}`;
}

export function jaarverslagHandlers(deps: HandlerDeps, taken: Taken): UseCasesVan<typeof jaarverslagKanalen> {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);
  const verslagen = new Map<string, Jaarverslag>();

  function bewaar(taakId: string, verslag: Jaarverslag): void {
    verslagen.set(taakId, verslag);
    while (verslagen.size > MAX_VERSLAGEN) verslagen.delete(verslagen.keys().next().value!);
    setTimeout(() => verslagen.delete(taakId), BEWAARTIJD_MS).unref?.();
  }

  function verslagVan(taakId: string): Jaarverslag {
    const verslag = verslagen.get(taakId);
    if (verslag) return verslag;
    if (taken.stand(taakId)?.status === 'bezig') throw new KoersFout('ONGELDIGE_INVOER', 'Het jaarverslag wordt nog gemaakt. Wacht tot de voortgangsbalk vol is.');
    throw new KoersFout('NIET_GEVONDEN', 'Dit jaarverslag is niet (meer) beschikbaar. Maak het jaarverslag opnieuw.');
  }

  const maak = lezing(async ({ jaar, meld }: { jaar: number; meld: (klaar: number, totaal: number) => void }, { trx, tijdstip }) => {
    const totaal = JAARVERSLAG_STAPPEN + 1;
    meld(0, totaal);
    const feiten = await jaarverslagFeiten(trx);
    const instellingen = await leesJaarverslagInstellingen(trx);
    const budget = budgetSectie(await budgetFeiten(trx, jaar));
    meld(1, totaal);
    return maakJaarverslag(feiten, { jaar, gemaaktOp: tijdstip, instellingen, budget, voortgang: (klaar) => meld(klaar + 1, totaal) });
  });

  return {
    jaarverslagInstellingenOphalen: lezing(async (_invoer, { trx }) => leesJaarverslagInstellingen(trx)),

    jaarverslagInstellingenOpslaan: mutatie({ actie: 'instellingen jaarverslag gewijzigd', object: 'instellingen' }, async (invoer, { trx }) => {
      await schrijfJaarverslagInstellingen(trx, invoer);
      return leesJaarverslagInstellingen(trx);
    }),

    jaarverslagJaren: lezing(async (_invoer, { trx, vandaag }) => {
      const jaren = await jarenMetGegevensInKluis(trx);
      return { jaren, standaardJaar: standaardJaar(jaren, vandaag) };
    }),

    jaarverslagKerncijfers: lezing(async ({ jaar }, { trx }) => kerncijfers(await jaarverslagFeiten(trx), jaar)),

    jaarverslagStarten: async ({ jaar }) => {
      const taakId: string = taken.start(
        async ({ meld, geannuleerd }) => {
          await adem();
          const verslag = await maak({ jaar, meld });
          if (!geannuleerd()) bewaar(taakId, verslag);
          return null;
        },
        (fout) => (fout instanceof KoersFout ? fout.message : ONVERWACHTE_FOUT.message),
      );
      return { taakId };
    },

    jaarverslagOphalen: async ({ taakId }) => maskeer(verslagVan(taakId)),

    // The raad PDF: small counts masked (issue 13 item 5).
    jaarverslagOpslaanPdf: bestandOpslaan(
      { actie: 'jaarverslag geëxporteerd als PDF', object: 'lijst' },
      async ({ taakId }, { trx }) => ({ verslag: verslagVan(taakId), logo: (await leesInstellingen(trx)).logo }),
      async ({ verslag, logo }) => ({
        bestandsnaam: jaarverslagBestandsnaam(verslag.jaar, 'pdf'),
        bytes: await maakJaarverslagPdf(maskeer(verslag), deps.resourcesPad, { logo }),
        logdetail: String(verslag.jaar),
      }),
    ),

    // The XLSX for the controller: exact numbers, marked intern.
    jaarverslagOpslaanXlsx: bestandOpslaan(
      { actie: 'jaarverslag geëxporteerd als XLSX (intern)', object: 'lijst' },
      async ({ taakId }) => verslagVan(taakId),
      async (verslag) => ({ bestandsnaam: jaarverslagBestandsnaam(verslag.jaar, 'xlsx'), bytes: await maakJaarverslagXlsx(verslag), logdetail: String(verslag.jaar) }),
    ),
  };
}
