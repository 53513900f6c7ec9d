import type { Verbinding } from './verbinding';

/**
 * Rebuilds the search words of the given dossiers (all when `inburgeraarIds` is absent). Every write of a
 * name calls this; a bulk load (import, the benchmark's caseload) calls it once at the end.
 */
export async function vernieuwZoekwoorden(_db: Verbinding, _inburgeraarIds?: readonly number[]): Promise<void> {
  // filled in by the search work (migration 0014)
}
