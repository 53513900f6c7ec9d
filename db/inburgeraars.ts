import type { Selectable } from 'kysely';
import { TERMIJN_START_IN_TOEKOMST, termijnStartEerderInToekomst, type Inburgeraar, type InburgeraarInvoer } from '../shared/domain/inburgeraar';
import { niveauPerOnderdeel } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import { vandaagInNederland } from '../shared/rules/datum';
import type { Status } from '../shared/rules/status';
import type { InburgeraarTabel } from './schema';
import type { Verbinding } from './verbinding';


function naarDomein(rij: Selectable<InburgeraarTabel>): Inburgeraar {
  return {
    ...rij,
    tolkNodig: rij.tolkNodig === 1,
    oorspronkelijkSchriftOpDocumenten: rij.oorspronkelijkSchriftOpDocumenten === 1,
    huisvestingArt28: rij.huisvestingArt28 === 1,
    niveausEerder: rij.niveausEerder === null ? null : niveauPerOnderdeel.parse(JSON.parse(rij.niveausEerder)),
  };
}

// `nu` is the use case's tijdstip; the earlier termijn start is checked against that day (the schema
// itself has no clock).
function naarRij(invoer: InburgeraarInvoer, nu: string) {
  if (termijnStartEerderInToekomst(invoer, vandaagInNederland(new Date(nu)))) throw new KoersFout('ONGELDIGE_INVOER', `Controleer de invoer: ${TERMIJN_START_IN_TOEKOMST}`);
  return {
    ...invoer,
    tolkNodig: invoer.tolkNodig ? 1 : 0,
    oorspronkelijkSchriftOpDocumenten: invoer.oorspronkelijkSchriftOpDocumenten ? 1 : 0,
    huisvestingArt28: invoer.huisvestingArt28 ? 1 : 0,
    niveausEerder: invoer.niveausEerder === null ? null : JSON.stringify(invoer.niveausEerder),
  };
}

const NIET_GEVONDEN = () =>
  new KoersFout('NIET_GEVONDEN', 'Deze inburgeraar bestaat niet (meer). Ga terug naar de lijst en kies opnieuw.');

export async function zoekOpBsn(db: Verbinding, bsn: string): Promise<number | null> {
  const rij = await db.selectFrom('inburgeraars').select('id').where('bsn', '=', bsn).executeTakeFirst();
  return rij?.id ?? null;
}

export async function voegToe(db: Verbinding, invoer: InburgeraarInvoer, nu: string): Promise<number> {
  if ((await zoekOpBsn(db, invoer.bsn)) !== null) {
    throw new KoersFout('DUBBEL_BSN', 'Er is al een inburgeraar met dit BSN. Zoek op het BSN in de lijst om het dossier te openen.');
  }
  const rij = await db
    .insertInto('inburgeraars')
    .values({ ...naarRij(invoer, nu), status: 'aangemeld', huishoudenId: null, aangemaakt: nu, gewijzigd: nu })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

export async function wijzig(db: Verbinding, id: number, invoer: InburgeraarInvoer, nu: string): Promise<void> {
  const ander = await zoekOpBsn(db, invoer.bsn);
  if (ander !== null && ander !== id) {
    throw new KoersFout('DUBBEL_BSN', 'Er is al een andere inburgeraar met dit BSN. Controleer het BSN.');
  }
  const uitkomst = await db.updateTable('inburgeraars').set({ ...naarRij(invoer, nu), gewijzigd: nu }).where('id', '=', id).executeTakeFirst();
  if (uitkomst.numUpdatedRows === 0n) throw NIET_GEVONDEN();
}

export async function haalOp(db: Verbinding, id: number): Promise<Inburgeraar> {
  const rij = await db.selectFrom('inburgeraars').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rij) throw NIET_GEVONDEN();
  return naarDomein(rij);
}

export async function lijst(db: Verbinding): Promise<Inburgeraar[]> {
  const rijen = await db.selectFrom('inburgeraars').selectAll().orderBy('achternaam').orderBy('voornamen').execute();
  return rijen.map(naarDomein);
}

export async function zetStatus(db: Verbinding, id: number, status: Status, nu: string): Promise<void> {
  await db.updateTable('inburgeraars').set({ status, gewijzigd: nu }).where('id', '=', id).execute();
}

export async function huisgenoten(db: Verbinding, inburgeraar: Inburgeraar): Promise<Inburgeraar[]> {
  if (inburgeraar.huishoudenId === null) return [];
  const rijen = await db
    .selectFrom('inburgeraars')
    .selectAll()
    .where('huishoudenId', '=', inburgeraar.huishoudenId)
    .where('id', '!=', inburgeraar.id)
    .orderBy('geboortedatum')
    .execute();
  return rijen.map(naarDomein);
}

/** Puts `id` in the household of `metId`, creating that household when it has none yet. */
export async function koppelHuishouden(db: Verbinding, id: number, metId: number, nu: string): Promise<number> {
  const ander = await haalOp(db, metId);
  await haalOp(db, id);
  let huishoudenId = ander.huishoudenId;
  if (huishoudenId === null) {
    const nieuw = await db.insertInto('huishoudens').values({ aangemaakt: nu }).returning('id').executeTakeFirstOrThrow();
    huishoudenId = nieuw.id;
    await db.updateTable('inburgeraars').set({ huishoudenId, gewijzigd: nu }).where('id', '=', metId).execute();
  }
  await db.updateTable('inburgeraars').set({ huishoudenId, gewijzigd: nu }).where('id', '=', id).execute();
  return huishoudenId;
}

export async function ontkoppelHuishouden(db: Verbinding, id: number, nu: string): Promise<void> {
  const inburgeraar = await haalOp(db, id);
  if (inburgeraar.huishoudenId === null) return;
  await db.updateTable('inburgeraars').set({ huishoudenId: null, gewijzigd: nu }).where('id', '=', id).execute();
  // A household of one is no household: dissolve it.
  const over = await db.selectFrom('inburgeraars').select('id').where('huishoudenId', '=', inburgeraar.huishoudenId).execute();
  if (over.length <= 1) {
    await db.updateTable('inburgeraars').set({ huishoudenId: null }).where('huishoudenId', '=', inburgeraar.huishoudenId).execute();
    await db.deleteFrom('huishoudens').where('id', '=', inburgeraar.huishoudenId).execute();
  }
}
