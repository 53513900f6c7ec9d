import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

/** The next number of a series (e.g. kenmerken per year); call inside the use case's transaction. */
export async function volgendVolgnummer(db: Kysely<DB> | Transaction<DB>, reeks: string): Promise<number> {
  const rij = await db
    .insertInto('volgnummers')
    .values({ reeks, laatste: 1 })
    .onConflict((oc) => oc.column('reeks').doUpdateSet((eb) => ({ laatste: eb('volgnummers.laatste', '+', 1) })))
    .returning('laatste')
    .executeTakeFirstOrThrow();
  return rij.laatste;
}
