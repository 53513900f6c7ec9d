import { kenmerkReeks, maakKenmerk } from '../shared/rules/kenmerk';
import type { Verbinding } from './verbinding';

/** The next number of a series (e.g. kenmerken per year); call inside the use case's transaction. */
export async function volgendVolgnummer(db: Verbinding, reeks: string): Promise<number> {
  const rij = await db
    .insertInto('volgnummers')
    .values({ reeks, laatste: 1 })
    .onConflict((oc) => oc.column('reeks').doUpdateSet((eb) => ({ laatste: eb('volgnummers.laatste', '+', 1) })))
    .returning('laatste')
    .executeTakeFirstOrThrow();
  return rij.laatste;
}

/** A new kenmerk from the gemeente's pattern, numbered per year of `datum`; in the use case's transaction. */
export async function nieuwKenmerk(db: Verbinding, patroon: string, datum: string): Promise<string> {
  const jaar = datum.slice(0, 4);
  return maakKenmerk(patroon, jaar, await volgendVolgnummer(db, kenmerkReeks(patroon, jaar)));
}
