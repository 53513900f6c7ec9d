import type { ExamenNiveau, ExamenresultaatInvoer, ExamenresultaatOnderdeel, LeerroutePeriodeInvoer, Periodesoort } from '../shared/domain/voortgang';
import { KoersFout } from '../shared/fouten';
import type { Verbinding } from './verbinding';

// Voortgang per dossier: voortgangsgesprekken, leerroute periods, exam results, Z-route participatie
// activities and afronding, and the participatieladder. Every row belongs to one inburgeraar; a change by id
// checks that it does, so an id from another dossier is "not found".

const nietGevonden = (wat: string) => new KoersFout('NIET_GEVONDEN', `${wat} bestaat niet (meer) in dit dossier. Vernieuw het scherm.`);

// ——— Voortgangsgesprekken ———

export interface Gesprek {
  id: number;
  gepland: string;
  tijd: string | null;
  metTolk: boolean;
  gehouden: string | null;
  verslag: string | null;
}

export async function gesprekken(db: Verbinding, inburgeraarId: number): Promise<Gesprek[]> {
  const rijen = await db.selectFrom('voortgangsgesprekken').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('gepland').orderBy('id').execute();
  return rijen.map((r) => ({ id: r.id, gepland: r.gepland, tijd: r.tijd, metTolk: r.metTolk === 1, gehouden: r.gehouden, verslag: r.verslag }));
}

export async function gesprek(db: Verbinding, inburgeraarId: number, gesprekId: number): Promise<Gesprek> {
  const gevonden = (await gesprekken(db, inburgeraarId)).find((g) => g.id === gesprekId);
  if (!gevonden) throw nietGevonden('Dit voortgangsgesprek');
  return gevonden;
}

export async function gesprekPlannen(db: Verbinding, inburgeraarId: number, velden: { gepland: string; tijd: string | null; metTolk: boolean }, nu: string): Promise<number> {
  const rij = await db
    .insertInto('voortgangsgesprekken')
    .values({ inburgeraarId, gepland: velden.gepland, tijd: velden.tijd, metTolk: velden.metTolk ? 1 : 0, gehouden: null, verslag: null, aangemaakt: nu })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

export async function gesprekVastleggen(db: Verbinding, gesprekId: number, gehouden: string, verslag: string): Promise<void> {
  await db.updateTable('voortgangsgesprekken').set({ gehouden, verslag }).where('id', '=', gesprekId).execute();
}

export async function gesprekVerwijderen(db: Verbinding, gesprekId: number): Promise<void> {
  await db.deleteFrom('voortgangsgesprekken').where('id', '=', gesprekId).execute();
}

// ——— Leerroute periods ———

export interface LeerroutePeriode {
  id: number;
  soort: Periodesoort;
  aanbieder: string;
  van: string;
  tot: string;
  urenAangeboden: number;
  urenGevolgd: number;
  verzuimGeoorloofd: number;
  verzuimOngeoorloofd: number;
}

export async function periodes(db: Verbinding, inburgeraarId: number): Promise<LeerroutePeriode[]> {
  const rijen = await db.selectFrom('leerroutePeriodes').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('van').orderBy('id').execute();
  return rijen.map((r) => ({
    id: r.id,
    soort: r.soort as Periodesoort,
    aanbieder: r.aanbieder,
    van: r.van,
    tot: r.tot,
    urenAangeboden: r.urenAangeboden,
    urenGevolgd: r.urenGevolgd,
    verzuimGeoorloofd: r.verzuimGeoorloofd,
    verzuimOngeoorloofd: r.verzuimOngeoorloofd,
  }));
}

export async function periodeOpslaan(db: Verbinding, invoer: LeerroutePeriodeInvoer): Promise<number> {
  const { inburgeraarId, id, ...velden } = invoer;
  if (id === null) {
    const rij = await db.insertInto('leerroutePeriodes').values({ inburgeraarId, ...velden }).returning('id').executeTakeFirstOrThrow();
    return rij.id;
  }
  const uitkomst = await db.updateTable('leerroutePeriodes').set(velden).where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numUpdatedRows === 0n) throw nietGevonden('Deze periode');
  return id;
}

export async function periodeVerwijderen(db: Verbinding, inburgeraarId: number, id: number): Promise<void> {
  const uitkomst = await db.deleteFrom('leerroutePeriodes').where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numDeletedRows === 0n) throw nietGevonden('Deze periode');
}

// ——— Exam results ———

export interface Examenresultaat {
  id: number;
  onderdeel: ExamenresultaatOnderdeel;
  niveau: ExamenNiveau | null;
  datum: string;
  behaald: boolean;
}

export async function examens(db: Verbinding, inburgeraarId: number): Promise<Examenresultaat[]> {
  const rijen = await db.selectFrom('examenresultaten').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('datum').orderBy('id').execute();
  return rijen.map((r) => ({ id: r.id, onderdeel: r.onderdeel as ExamenresultaatOnderdeel, niveau: r.niveau as ExamenNiveau | null, datum: r.datum, behaald: r.behaald === 1 }));
}

export async function examenOpslaan(db: Verbinding, invoer: ExamenresultaatInvoer): Promise<number> {
  const { inburgeraarId, id, behaald, ...rest } = invoer;
  const velden = { ...rest, behaald: behaald ? 1 : 0 };
  if (id === null) {
    const rij = await db.insertInto('examenresultaten').values({ inburgeraarId, ...velden }).returning('id').executeTakeFirstOrThrow();
    return rij.id;
  }
  const uitkomst = await db.updateTable('examenresultaten').set(velden).where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numUpdatedRows === 0n) throw nietGevonden('Dit examenresultaat');
  return id;
}

export async function examenVerwijderen(db: Verbinding, inburgeraarId: number, id: number): Promise<void> {
  const uitkomst = await db.deleteFrom('examenresultaten').where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numDeletedRows === 0n) throw nietGevonden('Dit examenresultaat');
}

// ——— Z-route: participatie activities and afronding ———

export interface Participatieactiviteit {
  id: number;
  datum: string;
  omschrijving: string;
  uren: number;
}

export async function activiteiten(db: Verbinding, inburgeraarId: number): Promise<Participatieactiviteit[]> {
  return db.selectFrom('participatieactiviteiten').select(['id', 'datum', 'omschrijving', 'uren']).where('inburgeraarId', '=', inburgeraarId).orderBy('datum').orderBy('id').execute();
}

export async function activiteitOpslaan(db: Verbinding, invoer: { inburgeraarId: number; id: number | null; datum: string; omschrijving: string; uren: number }): Promise<number> {
  const { inburgeraarId, id, ...velden } = invoer;
  if (id === null) {
    const rij = await db.insertInto('participatieactiviteiten').values({ inburgeraarId, ...velden }).returning('id').executeTakeFirstOrThrow();
    return rij.id;
  }
  const uitkomst = await db.updateTable('participatieactiviteiten').set(velden).where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numUpdatedRows === 0n) throw nietGevonden('Deze activiteit');
  return id;
}

export async function activiteitVerwijderen(db: Verbinding, inburgeraarId: number, id: number): Promise<void> {
  const uitkomst = await db.deleteFrom('participatieactiviteiten').where('id', '=', id).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (uitkomst.numDeletedRows === 0n) throw nietGevonden('Deze activiteit');
}

export async function zRoute(db: Verbinding, inburgeraarId: number): Promise<{ eindgesprek: string | null; afgerondOp: string | null }> {
  const rij = await db.selectFrom('zRoute').select(['eindgesprek', 'afgerondOp']).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return rij ?? { eindgesprek: null, afgerondOp: null };
}

export async function zetZRoute(db: Verbinding, inburgeraarId: number, velden: { eindgesprek: string | null; afgerondOp: string | null }): Promise<void> {
  await db
    .insertInto('zRoute')
    .values({ inburgeraarId, ...velden })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet(velden))
    .execute();
}

// ——— Participatieladder ———

export interface LadderRij {
  id: number;
  trede: number;
  datum: string;
  toelichting: string | null;
}

export async function ladder(db: Verbinding, inburgeraarId: number): Promise<LadderRij[]> {
  return db.selectFrom('participatieladder').select(['id', 'trede', 'datum', 'toelichting']).where('inburgeraarId', '=', inburgeraarId).orderBy('datum').orderBy('id').execute();
}

export async function tredeVastleggen(db: Verbinding, inburgeraarId: number, velden: { trede: number; datum: string; toelichting: string | null }): Promise<number> {
  const rij = await db.insertInto('participatieladder').values({ inburgeraarId, ...velden }).returning('id').executeTakeFirstOrThrow();
  return rij.id;
}
