import { KoersFout } from '../shared/fouten';
import type { Verbinding } from './verbinding';

export interface Ondertekenaar {
  id: number;
  naam: string;
  functie: string;
  mandaatbesluit: string;
}

export async function actieveOndertekenaars(db: Verbinding): Promise<Ondertekenaar[]> {
  return db.selectFrom('ondertekenaars').select(['id', 'naam', 'functie', 'mandaatbesluit']).where('actief', '=', 1).orderBy('naam').execute();
}

export async function ondertekenaar(db: Verbinding, id: number): Promise<Ondertekenaar> {
  const rij = await db.selectFrom('ondertekenaars').select(['id', 'naam', 'functie', 'mandaatbesluit']).where('id', '=', id).where('actief', '=', 1).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Kies een ondertekenaar uit de lijst bij Instellingen.');
  return rij;
}

export async function bewaarOndertekenaar(db: Verbinding, invoer: Omit<Ondertekenaar, 'id'> & { id?: number | null | undefined }): Promise<number> {
  const { id, ...velden } = invoer;
  if (id) {
    await db.updateTable('ondertekenaars').set(velden).where('id', '=', id).execute();
    return id;
  }
  const rij = await db.insertInto('ondertekenaars').values({ ...velden, actief: 1 }).returning('id').executeTakeFirstOrThrow();
  return rij.id;
}

/** Kept for the signed records that name them; only hidden from new choices. */
export async function deactiveerOndertekenaar(db: Verbinding, id: number): Promise<void> {
  const uitkomst = await db.updateTable('ondertekenaars').set({ actief: 0 }).where('id', '=', id).where('actief', '=', 1).executeTakeFirst();
  if (Number(uitkomst.numUpdatedRows) === 0) throw new KoersFout('NIET_GEVONDEN', 'Deze ondertekenaar staat niet (meer) in de lijst.');
}
