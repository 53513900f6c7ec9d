import type { QueryClient } from '@tanstack/react-query';

/** Everything a boete action can change: the boete screen and the dossier's documents. */
export async function vernieuwHandhaving(queryClient: QueryClient, inburgeraarId: number): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['handhaving', inburgeraarId] });
  await queryClient.invalidateQueries({ queryKey: ['documenten', inburgeraarId] });
}
