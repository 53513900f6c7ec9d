import { leesInstellingen } from '../../db/instellingen';
import * as pvt from '../../db/pvt';
import { KoersFout, ONVERWACHTE_FOUT } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakParticipatieverklaringen } from '../documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../documents/sjablonen';
import { adem, type Taken } from '../jobs/taken';
import type { HandlerDeps } from './deps';
import { ceremonieKanalen } from '../../shared/contract/ceremonie';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The participatieverklaring forms of a whole group for the signing meeting (Besluit 3.1 lid 6).
type CeremonieUseCases = UseCasesVan<typeof ceremonieKanalen>;

export function ceremonieHandlers(deps: HandlerDeps, taken: Taken): CeremonieUseCases {
  const { mutatie, lezing } = maakUseCases(deps);

  const leesGroep = lezing(async (groepId: number, { trx, vandaag }) => {
    const groep = await pvt.groep(trx, groepId);
    const personen = (await pvt.pvtFeiten(trx, { groepId })).map((f) => f.persoon);
    personen.sort((a, b) => volledigeNaam(a).localeCompare(volledigeNaam(b), 'nl'));
    return { groepNaam: groep.naam, instellingen: await leesInstellingen(trx), personen, sjabloon: participatieverklaringSjabloonLaden(deps.resourcesPad, { peildatum: vandaag }) };
  });

  // The text version printed is recorded per person.
  const legAfdrukVast = mutatie<{ groepId: number; ids: number[]; versie: string }, object>(
    { actie: 'participatieverklaringen afgedrukt', object: 'pvtGroep', objectId: ({ groepId }) => groepId, detail: ({ ids, versie }) => `${ids.length} stuks, tekst ${versie}` },
    async ({ ids, versie }, { trx }) => {
      for (const id of ids) await pvt.zetPvtDossier(trx, id, { sjabloonVersie: versie });
      return {};
    },
  );

  return {
    // Runs as a task with progress and a cancel button; the file is offered when all pages are made.
    ceremonieBatchStarten: async ({ groepId, plaats, datum }) => {
      const { groepNaam, instellingen, personen, sjabloon } = await leesGroep(groepId);
      if (personen.length === 0) throw new KoersFout('ONGELDIGE_INVOER', 'Er zijn nog geen deelnemers in deze groep.');
      if (!instellingen.gemeentenaam) throw new KoersFout('ONGELDIGE_INVOER', 'Vul eerst bij Instellingen de naam van de gemeente in; die staat op de participatieverklaring.');
      const taakId = taken.start(
        async ({ meld, geannuleerd }) => {
          meld(0, personen.length);
          const bytes = await maakParticipatieverklaringen(
            deps.resourcesPad,
            sjabloon,
            instellingen,
            personen.map((p) => ({ naam: volledigeNaam(p), geboortedatum: p.geboortedatum, plaats, datum })),
            { voortgang: async (klaar) => { meld(klaar, personen.length); await adem(); }, stoppen: geannuleerd },
          );
          if (!bytes) return null;
          await legAfdrukVast({ groepId, ids: personen.map((p) => p.id), versie: sjabloon.versie });
          const bestandsnaam = veiligeBestandsnaam(`Participatieverklaringen ${groepNaam}.pdf`);
          return { bestandsnaam, opgeslagen: await deps.bewaarBestand(bestandsnaam, bytes) };
        },
        (fout) => (fout instanceof KoersFout ? fout.message : ONVERWACHTE_FOUT.message),
      );
      return { taakId, totaal: personen.length };
    },
  };
}
