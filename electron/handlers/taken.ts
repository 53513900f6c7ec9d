import { KoersFout } from '../../shared/fouten';
import type { Taken } from '../jobs/taken';
import { takenKanalen } from '../../shared/contract/taken';
import type { UseCasesVan } from './register';

// Long work (the ceremony batch) runs as a task; the window polls its state and may cancel it.
type TaakUseCases = UseCasesVan<typeof takenKanalen>;

export function taakHandlers(taken: Taken): TaakUseCases {
  return {
    taakStatus: async ({ taakId }) => {
      const stand = taken.stand(taakId);
      if (!stand) throw new KoersFout('NIET_GEVONDEN', 'Deze taak is niet (meer) bekend. Start hem opnieuw.');
      return stand;
    },

    taakAnnuleren: async ({ taakId }) => {
      taken.annuleer(taakId);
      return {};
    },
  };
}
