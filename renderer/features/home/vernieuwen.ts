import { useQueryClient } from '@tanstack/react-query';

/** After a change to a signal: the werkvoorraad, the counts and the dossier's own signals are stale. */
export function useWerkvoorraadVernieuwen(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['werkvoorraadLijst'] }),
      queryClient.invalidateQueries({ queryKey: ['dossierSignalen'] }),
      queryClient.invalidateQueries({ queryKey: ['werkvoorraad'] }),
    ]);
  };
}
