import type { QueryClient } from '@tanstack/react-query';

/** After a change to begeleiding or ontzorgen: this tab, and the werkvoorraad signals that read it. */
export async function vernieuwNaWijziging(queryClient: QueryClient, inburgeraarId: number): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['begeleiding', inburgeraarId] }),
    queryClient.invalidateQueries({ queryKey: ['werkvoorraadLijst'] }),
    queryClient.invalidateQueries({ queryKey: ['dossierSignalen'] }),
  ]);
}
