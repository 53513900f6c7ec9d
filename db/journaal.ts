import type { Afspraak, AfspraakInvoer, AfspraakWijziging, AgendaAfspraak, Notitie, NotitieInvoer, NotitieWijziging, Notitiesoort } from '../shared/domain/journaal';
import { KoersFout } from '../shared/fouten';
import { volledigeNaam } from '../shared/format';
import type { Verbinding } from './verbinding';

// The journaal and the afspraken of a dossier. Their text is personal data: it stays in these tables.

const NOTITIE_NIET_GEVONDEN = () => new KoersFout('NIET_GEVONDEN', 'Deze notitie bestaat niet (meer). Vernieuw het journaal.');
const AFSPRAAK_NIET_GEVONDEN = () => new KoersFout('NIET_GEVONDEN', 'Deze afspraak bestaat niet (meer). Vernieuw de lijst.');

export async function notitiesVan(db: Verbinding, inburgeraarId: number): Promise<Notitie[]> {
  const rijen = await db.selectFrom('journaal').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('datum', 'desc').orderBy('id', 'desc').execute();
  return rijen.map((r) => ({ ...r, soort: r.soort as Notitiesoort, metTolk: r.metTolk === 1 }));
}

export async function voegNotitieToe(db: Verbinding, n: NotitieInvoer, aangemaakt: string): Promise<number> {
  const rij = await db
    .insertInto('journaal')
    .values({ inburgeraarId: n.inburgeraarId, datum: n.datum, soort: n.soort, metTolk: n.metTolk ? 1 : 0, tekst: n.tekst, aangemaakt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

/** The dossier a note belongs to; refuses an unknown id. */
export async function dossierVanNotitie(db: Verbinding, id: number): Promise<number> {
  const rij = await db.selectFrom('journaal').select('inburgeraarId').where('id', '=', id).executeTakeFirst();
  if (!rij) throw NOTITIE_NIET_GEVONDEN();
  return rij.inburgeraarId;
}

export async function wijzigNotitie(db: Verbinding, n: NotitieWijziging): Promise<void> {
  await db.updateTable('journaal').set({ datum: n.datum, soort: n.soort, metTolk: n.metTolk ? 1 : 0, tekst: n.tekst }).where('id', '=', n.id).execute();
}

export async function verwijderNotitie(db: Verbinding, id: number): Promise<void> {
  await db.deleteFrom('journaal').where('id', '=', id).execute();
}

function naarAfspraak(r: { id: number; inburgeraarId: number; datum: string; tijd: string; plaats: string; onderwerp: string; metTolk: number; afgehandeld: number }): Afspraak {
  return { ...r, metTolk: r.metTolk === 1, afgehandeld: r.afgehandeld === 1 };
}

export async function afsprakenVan(db: Verbinding, inburgeraarId: number): Promise<Afspraak[]> {
  const rijen = await db.selectFrom('afspraken').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('datum').orderBy('tijd').orderBy('id').execute();
  return rijen.map(naarAfspraak);
}

export async function voegAfspraakToe(db: Verbinding, a: AfspraakInvoer): Promise<number> {
  const rij = await db
    .insertInto('afspraken')
    .values({ inburgeraarId: a.inburgeraarId, datum: a.datum, tijd: a.tijd, plaats: a.plaats, onderwerp: a.onderwerp, metTolk: a.metTolk ? 1 : 0, afgehandeld: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

/** The dossier an afspraak belongs to; refuses an unknown id. */
export async function dossierVanAfspraak(db: Verbinding, id: number): Promise<number> {
  const rij = await db.selectFrom('afspraken').select('inburgeraarId').where('id', '=', id).executeTakeFirst();
  if (!rij) throw AFSPRAAK_NIET_GEVONDEN();
  return rij.inburgeraarId;
}

export async function wijzigAfspraak(db: Verbinding, a: AfspraakWijziging): Promise<void> {
  await db.updateTable('afspraken').set({ datum: a.datum, tijd: a.tijd, plaats: a.plaats, onderwerp: a.onderwerp, metTolk: a.metTolk ? 1 : 0 }).where('id', '=', a.id).execute();
}

export async function zetAfgehandeld(db: Verbinding, id: number, afgehandeld: boolean): Promise<void> {
  await db.updateTable('afspraken').set({ afgehandeld: afgehandeld ? 1 : 0 }).where('id', '=', id).execute();
}

export async function verwijderAfspraak(db: Verbinding, id: number): Promise<void> {
  await db.deleteFrom('afspraken').where('id', '=', id).execute();
}

/** The afspraken of all dossiers from `van` to `tot` (both included), by day and time, with the BRP name. */
export async function afsprakenTussen(db: Verbinding, van: string, tot: string): Promise<AgendaAfspraak[]> {
  const rijen = await db
    .selectFrom('afspraken as a')
    .innerJoin('inburgeraars as i', 'i.id', 'a.inburgeraarId')
    .selectAll('a')
    .select(['i.voornamen', 'i.tussenvoegsel', 'i.achternaam'])
    .where('a.datum', '>=', van)
    .where('a.datum', '<=', tot)
    .orderBy('a.datum')
    .orderBy('a.tijd')
    .orderBy('a.id')
    .execute();
  return rijen.map(({ voornamen, tussenvoegsel, achternaam, ...r }) => ({ ...naarAfspraak(r), naam: volledigeNaam({ voornamen, tussenvoegsel, achternaam }) }));
}
