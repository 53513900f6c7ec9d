import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

export interface Logregel {
  actie: string;
  object: string;
  objectId?: number | null;
  resultaat?: string;
}

// One user per vault: the actor is the regisseur working at this workstation.
export async function schrijfLogboek(db: Kysely<DB> | Transaction<DB>, regel: Logregel, nu = new Date()): Promise<void> {
  await db
    .insertInto('logboek')
    .values({
      tijdstip: nu.toISOString(),
      actor: 'regisseur',
      oorsprong: 'koers',
      actie: regel.actie,
      object: regel.object,
      objectId: regel.objectId ?? null,
      resultaat: regel.resultaat ?? 'gelukt',
    })
    .execute();
}
