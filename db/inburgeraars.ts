import { sql, type Selectable } from 'kysely';
import { TERMIJN_START_IN_TOEKOMST, termijnStartEerderInToekomst, type Inburgeraar, type InburgeraarInvoer } from '../shared/domain/inburgeraar';
import { niveauPerOnderdeel } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import { vandaagInNederland } from '../shared/rules/datum';
import type { Status } from '../shared/rules/status';
import type { Statuswijziging } from '../shared/domain/statuswijziging';
import { volledigeNaam } from '../shared/format';
import { MAX_ZOEKRESULTATEN, alleenCijfers, zoekvorm, type ZoekVeld } from '../shared/zoeken';
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

/** What a status change records beside the new status; without a date it happened today. */
export interface StatusDetails {
  datum?: string | null;
  reden?: string | null;
  nieuweGemeente?: string | null;
  correctie?: boolean;
}

/** Sets the status and writes the change in the history, every time and from every use case. */
export async function zetStatus(db: Verbinding, id: number, status: Status, nu: string, details: StatusDetails = {}): Promise<void> {
  const { status: van } = await haalOp(db, id);
  if (van === status) return;
  await db.updateTable('inburgeraars').set({ status, gewijzigd: nu }).where('id', '=', id).execute();
  await db
    .insertInto('statuswijzigingen')
    .values({
      inburgeraarId: id,
      van,
      naar: status,
      datum: details.datum ?? vandaagInNederland(new Date(nu)),
      reden: details.reden ?? null,
      nieuweGemeente: details.nieuweGemeente ?? null,
      correctie: details.correctie ? 1 : 0,
      aangemaakt: nu,
    })
    .execute();
}

export async function statusGeschiedenis(db: Verbinding, id: number): Promise<Statuswijziging[]> {
  const rijen = await db.selectFrom('statuswijzigingen').selectAll().where('inburgeraarId', '=', id).orderBy('id').execute();
  return rijen.map(({ inburgeraarId: _dossier, ...rij }) => ({ ...rij, correctie: rij.correctie === 1 }));
}

/** A LIKE pattern that finds `term` anywhere, with its own % and _ taken literally. */
function bevat(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (teken) => `\\${teken}`)}%`;
}

export interface Zoekresultaat {
  id: number;
  naam: string;
  geboortedatum: string;
  status: Status;
  gevondenOp: ZoekVeld;
  treffer: string;
}

/**
 * Dossiers by name (without accents or case, like the list), BSN, V-nummer or the kenmerk of a PIP; number
 * matches first, then names in the order of the list. Names are compared here, not in SQL: SQL cannot drop
 * accents portably, and the four name columns of all dossiers of a gemeente are few.
 */
export async function zoekDossiers(db: Verbinding, zoekterm: string): Promise<Zoekresultaat[]> {
  const term = zoekterm.trim();
  if (!term) return [];
  const gevonden = new Map<number, { gevondenOp: ZoekVeld; treffer: string }>();
  const cijfers = alleenCijfers(term);
  if (cijfers) {
    const patroon = `%${cijfers}%`;
    for (const r of await db.selectFrom('inburgeraars').select(['id', 'bsn']).where('bsn', 'like', patroon).orderBy('id').limit(MAX_ZOEKRESULTATEN).execute()) {
      gevonden.set(r.id, { gevondenOp: 'bsn', treffer: r.bsn });
    }
    for (const r of await db.selectFrom('inburgeraars').select(['id', 'vNummer']).where('vNummer', 'like', patroon).orderBy('id').limit(MAX_ZOEKRESULTATEN).execute()) {
      if (!gevonden.has(r.id)) gevonden.set(r.id, { gevondenOp: 'vNummer', treffer: r.vNummer! });
    }
  }
  const kenmerken = await db
    .selectFrom('pips')
    .select(['inburgeraarId', 'kenmerk'])
    .where('kenmerk', 'is not', null)
    .where(sql<boolean>`lower(${sql.ref('kenmerk')}) like ${bevat(term)} escape '\\'`)
    .orderBy('id', 'desc')
    .limit(MAX_ZOEKRESULTATEN)
    .execute();
  for (const r of kenmerken) if (!gevonden.has(r.inburgeraarId)) gevonden.set(r.inburgeraarId, { gevondenOp: 'kenmerk', treffer: r.kenmerk! });

  const alle = await db.selectFrom('inburgeraars').select(['id', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'status']).orderBy('achternaam').orderBy('voornamen').execute();
  const perId = new Map(alle.map((r) => [r.id, r]));
  const naamTerm = zoekvorm(term);
  const uit: Zoekresultaat[] = [];
  for (const [id, treffer] of gevonden) {
    const r = perId.get(id);
    if (r) uit.push({ id, naam: volledigeNaam(r), geboortedatum: r.geboortedatum, status: r.status, ...treffer });
  }
  if (!cijfers) {
    for (const r of alle) {
      if (uit.length >= MAX_ZOEKRESULTATEN) break;
      if (gevonden.has(r.id)) continue;
      const naam = volledigeNaam(r);
      if (zoekvorm(naam).includes(naamTerm) || zoekvorm(`${r.achternaam} ${r.voornamen}`).includes(naamTerm)) {
        uit.push({ id: r.id, naam, geboortedatum: r.geboortedatum, status: r.status, gevondenOp: 'naam', treffer: naam });
      }
    }
  }
  return uit.slice(0, MAX_ZOEKRESULTATEN);
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
