import { zoekwoordenVan } from '../shared/zoeken';
import type { Verbinding } from './verbinding';

const BLOK = 5000;

/**
 * Rebuilds the search words of the given dossiers (all when `inburgeraarIds` is absent). Every write of a
 * name calls this; a bulk load (import, the benchmark's caseload) calls it once at the end.
 */
export async function vernieuwZoekwoorden(db: Verbinding, inburgeraarIds?: readonly number[]): Promise<void> {
  if (inburgeraarIds === undefined) {
    await db.deleteFrom('zoekwoorden').execute();
    const personen = await db.selectFrom('inburgeraars').select(['id', 'voornamen', 'tussenvoegsel', 'achternaam']).orderBy('id').execute();
    await schrijf(db, personen);
    return;
  }
  for (let i = 0; i < inburgeraarIds.length; i += BLOK) {
    const ids = inburgeraarIds.slice(i, i + BLOK);
    await db.deleteFrom('zoekwoorden').where('inburgeraarId', 'in', ids).execute();
    await schrijf(db, await db.selectFrom('inburgeraars').select(['id', 'voornamen', 'tussenvoegsel', 'achternaam']).where('id', 'in', ids).execute());
  }
}

async function schrijf(db: Verbinding, personen: { id: number; voornamen: string; tussenvoegsel: string | null; achternaam: string }[]): Promise<void> {
  const rijen = personen.flatMap((p) => zoekwoordenVan(p).map((woord) => ({ woord, inburgeraarId: p.id })));
  for (let i = 0; i < rijen.length; i += BLOK) await db.insertInto('zoekwoorden').values(rijen.slice(i, i + BLOK)).execute();
}
