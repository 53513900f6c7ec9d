import type { Selectable } from 'kysely';
import { ontheffing, type Ontheffing, type OntheffingBeperking } from '../shared/domain/ontheffing';
import type { OntheffingTabel } from './schema';
import type { Verbinding } from './verbinding';

function naarDomein(rij: Selectable<OntheffingTabel>): Ontheffing {
  return ontheffing.parse({ ...rij, ondertekenaar: JSON.parse(rij.ondertekenaar) });
}

/** The frozen ontheffing beschikking of this dossier, or null. */
export async function leesOntheffing(db: Verbinding, inburgeraarId: number): Promise<Ontheffing | null> {
  const rij = await db.selectFrom('ontheffingen').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return rij ? naarDomein(rij) : null;
}

export interface NieuweOntheffing {
  inburgeraarId: number;
  beperking: OntheffingBeperking;
  motivering: string;
  onderbouwing: string | null;
  dagtekening: string;
  kenmerk: string;
  ondertekenaar: { naam: string; functie: string; mandaatbesluit: string };
  sjabloonVersie: string;
  documentId: number;
}

export async function legOntheffingVast(db: Verbinding, o: NieuweOntheffing, nu: string): Promise<Ontheffing> {
  await db
    .insertInto('ontheffingen')
    .values({ ...o, ondertekenaar: JSON.stringify(o.ondertekenaar), aangemaakt: nu })
    .execute();
  return (await leesOntheffing(db, o.inburgeraarId))!;
}
