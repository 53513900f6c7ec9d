import type { Verbinding } from './verbinding';

/** The kinds of object an audit line can be about: never a name, only a type and an id. */
export const LOGBOEK_OBJECTEN = ['inburgeraar', 'huishouden', 'instellingen', 'document', 'ondertekenaar', 'sjabloon', 'pvtGroep', 'pvtSessie', 'kluis'] as const;
export type LogboekObject = (typeof LOGBOEK_OBJECTEN)[number];

export interface Logregel {
  actie: string;
  object: LogboekObject;
  objectId?: number | null;
  /** 'gelukt', or 'geweigerd: <foutcode>' for a refused attempt. */
  resultaat?: string;
}

// One user per vault: the actor is the regisseur working at this workstation.
export async function schrijfLogboek(db: Verbinding, regel: Logregel, nu = new Date()): Promise<void> {
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
