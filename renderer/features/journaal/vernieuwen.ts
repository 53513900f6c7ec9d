import type { QueryClient } from '@tanstack/react-query';

/** After a change to notes or afspraken: the dossier's journaal, the agenda and the werkvoorraad signals. */
export async function vernieuwJournaal(queryClient: QueryClient, inburgeraarId?: number): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: inburgeraarId === undefined ? ['journaal'] : ['journaal', inburgeraarId] }),
    queryClient.invalidateQueries({ queryKey: ['agenda'] }),
    queryClient.invalidateQueries({ queryKey: ['werkvoorraadLijst'] }),
    queryClient.invalidateQueries({ queryKey: ['dossierSignalen'] }),
  ]);
}
