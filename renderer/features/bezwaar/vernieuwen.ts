import { useQueryClient } from '@tanstack/react-query';

/** After a change to the register: the register, the documents (letters), the werkvoorraad and the logboek. */
export function useBezwaarVernieuwen(inburgeraarId: number) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['bezwaar', inburgeraarId] }),
      queryClient.invalidateQueries({ queryKey: ['documenten', inburgeraarId] }),
      queryClient.invalidateQueries({ queryKey: ['werkvoorraadLijst'] }),
      queryClient.invalidateQueries({ queryKey: ['logboek', inburgeraarId] }),
    ]);
  };
}
