import { haalOp } from '../../db/inburgeraars';
import * as db from '../../db/journaal';
import { journaalKanalen } from '../../shared/contract/journaal';
import { AGENDA_VOORUIT_DAGEN, afsprakenVoorTab } from '../../shared/domain/journaal';
import { KoersFout } from '../../shared/fouten';
import { plusDagen } from '../../shared/rules/datum';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The journaal and afspraken of a dossier, and the agenda of all dossiers. The audit lines name only
// the action and the dossier: never the text, subject or place of a note or afspraak.

const NOTITIE_IN_TOEKOMST = 'De datum van een notitie ligt in de toekomst. Leg een notitie vast op de dag van het contact; plan iets dat nog komt als afspraak.';

export function journaalHandlers(deps: HandlerDeps): UseCasesVan<typeof journaalKanalen> {
  const { mutatie, lezing } = maakUseCases(deps);

  return {
    journaalOphalen: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      await haalOp(trx, inburgeraarId);
      return { notities: await db.notitiesVan(trx, inburgeraarId), afspraken: afsprakenVoorTab(await db.afsprakenVan(trx, inburgeraarId), vandaag) };
    }),

    journaalNotitieToevoegen: mutatie(
      { actie: 'journaalnotitie toegevoegd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async (notitie, { trx, tijdstip, vandaag }) => {
        await haalOp(trx, notitie.inburgeraarId);
        if (notitie.datum > vandaag) throw new KoersFout('ONGELDIGE_INVOER', NOTITIE_IN_TOEKOMST);
        return { id: await db.voegNotitieToe(trx, notitie, tijdstip) };
      },
    ),

    journaalNotitieWijzigen: mutatie({ actie: 'journaalnotitie gewijzigd', object: 'inburgeraar' }, async (notitie, { trx, vandaag, betreft }) => {
      betreft(await db.dossierVanNotitie(trx, notitie.id));
      if (notitie.datum > vandaag) throw new KoersFout('ONGELDIGE_INVOER', NOTITIE_IN_TOEKOMST);
      await db.wijzigNotitie(trx, notitie);
      return {};
    }),

    journaalNotitieVerwijderen: mutatie({ actie: 'journaalnotitie verwijderd', object: 'inburgeraar' }, async ({ id }, { trx, betreft }) => {
      betreft(await db.dossierVanNotitie(trx, id));
      await db.verwijderNotitie(trx, id);
      return {};
    }),

    afspraakToevoegen: mutatie({ actie: 'afspraak gepland', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId }, async (afspraak, { trx }) => {
      await haalOp(trx, afspraak.inburgeraarId);
      return { id: await db.voegAfspraakToe(trx, afspraak) };
    }),

    afspraakWijzigen: mutatie({ actie: 'afspraak gewijzigd', object: 'inburgeraar' }, async (afspraak, { trx, betreft }) => {
      betreft(await db.dossierVanAfspraak(trx, afspraak.id));
      await db.wijzigAfspraak(trx, afspraak);
      return {};
    }),

    afspraakAfhandelen: mutatie(
      { actie: 'afspraak', object: 'inburgeraar', detail: ({ afgehandeld }) => (afgehandeld ? 'afgehandeld' : 'weer open') },
      async ({ id, afgehandeld }, { trx, betreft }) => {
        betreft(await db.dossierVanAfspraak(trx, id));
        await db.zetAfgehandeld(trx, id, afgehandeld);
        return {};
      },
    ),

    afspraakVerwijderen: mutatie({ actie: 'afspraak verwijderd', object: 'inburgeraar' }, async ({ id }, { trx, betreft }) => {
      betreft(await db.dossierVanAfspraak(trx, id));
      await db.verwijderAfspraak(trx, id);
      return {};
    }),

    agendaVanDag: lezing(async ({ datum }, { trx, vandaag }) => {
      const alle = await db.afsprakenTussen(trx, datum, plusDagen(datum, AGENDA_VOORUIT_DAGEN));
      return { datum, vandaag, afspraken: alle.filter((a) => a.datum === datum), komendeDagen: alle.filter((a) => a.datum !== datum) };
    }),
  };
}
