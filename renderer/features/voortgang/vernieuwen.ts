import { useQueryClient } from '@tanstack/react-query';

/** After a change on the Voortgang tab: the tab itself, and the werkvoorraad signals that read it. */
export function useVoortgangVernieuwen(inburgeraarId: number): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['voortgang', inburgeraarId] }),
      queryClient.invalidateQueries({ queryKey: ['werkvoorraadLijst'] }),
      queryClient.invalidateQueries({ queryKey: ['dossierSignalen'] }),
      queryClient.invalidateQueries({ queryKey: ['werkvoorraad'] }),
    ]);
  };
}

/** "12,5" */
export function uren(waarde: number): string {
  return waarde.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/** "3,8 %", or a dash when nothing was offered. */
export function procent(waarde: number | null): string {
  return waarde === null ? '—' : `${waarde.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
}
