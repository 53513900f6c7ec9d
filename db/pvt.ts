import { sql, type Expression, type SqlBool } from 'kysely';
import type { Inburgeraar } from '../shared/domain/inburgeraar';
import { pipInhoud, type Leerroute, type PipStatus } from '../shared/domain/pip';
import { MAP_THEMAS, type MapThema, type MapThemaInvoer, type Sessie, type Traject } from '../shared/domain/pvt';
import { KoersFout } from '../shared/fouten';
import type { Aanwezigheid, MapSessieUren } from '../shared/rules/pvt';
import type { Status } from '../shared/rules/status';
import { dossierStatusNiet, perDossier } from './per-dossier';
import type { Verbinding } from './verbinding';

/** The newest `aantal` groups first (issue 14: never an unbounded list). */
export async function groepen(db: Verbinding, aantal: number) {
  const rijen = await db
    .selectFrom('pvtGroepen as g')
    .select((eb) => [
      'g.id',
      'g.naam',
      'g.notitie',
      'g.traject',
      eb.selectFrom('pvtDeelnemers').select(eb.fn.countAll<number>().as('n')).whereRef('pvtDeelnemers.groepId', '=', 'g.id').as('aantalDeelnemers'),
      eb.selectFrom('pvtSessies').select(eb.fn.countAll<number>().as('n')).whereRef('pvtSessies.groepId', '=', 'g.id').as('aantalSessies'),
      eb.selectFrom('pvtSessies').select((e2) => e2.fn.min('pvtSessies.datum').as('d')).whereRef('pvtSessies.groepId', '=', 'g.id').as('eersteDatum'),
    ])
    .orderBy('g.id', 'desc')
    .limit(aantal)
    .execute();
  return rijen.map((r) => ({ ...r, aantalDeelnemers: Number(r.aantalDeelnemers ?? 0), aantalSessies: Number(r.aantalSessies ?? 0), eersteDatum: (r.eersteDatum as string | null) ?? null }));
}

export async function groep(db: Verbinding, groepId: number) {
  const rij = await db.selectFrom('pvtGroepen').selectAll().where('id', '=', groepId).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Deze groep bestaat niet (meer).');
  return rij;
}

export async function sessiesVan(db: Verbinding, groepId: number): Promise<Sessie[]> {
  const rijen = await db.selectFrom('pvtSessies').selectAll().where('groepId', '=', groepId).orderBy('datum').orderBy('tijd').execute();
  return rijen;
}

export async function sessie(db: Verbinding, sessieId: number): Promise<Sessie> {
  const r = await db.selectFrom('pvtSessies').selectAll().where('id', '=', sessieId).executeTakeFirst();
  if (!r) throw new KoersFout('NIET_GEVONDEN', 'Deze sessie bestaat niet (meer).');
  return r;
}

export async function deelnemerIds(db: Verbinding, groepId: number): Promise<number[]> {
  const rijen = await db.selectFrom('pvtDeelnemers').select('inburgeraarId').where('groepId', '=', groepId).execute();
  return rijen.map((r) => r.inburgeraarId);
}

export async function aanwezigheidVanGroep(db: Verbinding, groepId: number) {
  const rijen = await db
    .selectFrom('pvtAanwezigheid as a')
    .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
    .select(['a.sessieId', 'a.inburgeraarId', 'a.aanwezig'])
    .where('s.groepId', '=', groepId)
    .execute();
  return rijen.map((r) => ({ ...r, aanwezig: r.aanwezig === 1 }));
}

export async function zetPvtDossier(
  db: Verbinding,
  inburgeraarId: number,
  velden: Partial<{ intakeUren: number; datumOndertekening: string | null; plaatsOndertekening: string | null; sjabloonVersie: string | null; scanDocumentId: number | null }>,
): Promise<void> {
  await db
    .insertInto('pvtDossiers')
    .values({ inburgeraarId, intakeUren: 0, datumOndertekening: null, plaatsOndertekening: null, sjabloonVersie: null, scanDocumentId: null, ...velden })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet(velden))
    .execute();
}

export async function schrijfMap(db: Verbinding, inburgeraarId: number, themas: MapThemaInvoer[], eindgesprek: string | null): Promise<void> {
  for (const t of themas) {
    await db
      .insertInto('mapThemas')
      .values({ inburgeraarId, ...t })
      .onConflict((oc) => oc.columns(['inburgeraarId', 'thema']).doUpdateSet({ status: t.status, uren: t.uren, aanbieder: t.aanbieder }))
      .execute();
  }
  await db
    .insertInto('mapDossiers')
    .values({ inburgeraarId, eindgesprek })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet({ eindgesprek }))
    .execute();
}

export async function groepAanmaken(db: Verbinding, groep: { naam: string; notitie: string | null; traject: Traject }, nu: string): Promise<number> {
  const rij = await db.insertInto('pvtGroepen').values({ ...groep, aangemaakt: nu }).returning('id').executeTakeFirstOrThrow();
  return rij.id;
}

export async function sessieToevoegen(db: Verbinding, sessie: Omit<Sessie, 'id'>): Promise<number> {
  const rij = await db.insertInto('pvtSessies').values(sessie).returning('id').executeTakeFirstOrThrow();
  return rij.id;
}

export async function schrijfIn(db: Verbinding, groepId: number, inburgeraarId: number, nu: string): Promise<void> {
  await db.insertInto('pvtDeelnemers').values({ groepId, inburgeraarId, ingeschreven: nu }).execute();
}

/** Removes the enrolment; attendance already registered stays, it is what happened (Besluit 3.1 lid 4). */
export async function schrijfUit(db: Verbinding, groepId: number, inburgeraarId: number): Promise<boolean> {
  const uitkomst = await db.deleteFrom('pvtDeelnemers').where('groepId', '=', groepId).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return Number(uitkomst.numDeletedRows) > 0;
}

export async function legAanwezigheidVast(db: Verbinding, sessieId: number, inburgeraarId: number, aanwezig: boolean): Promise<void> {
  const waarde = aanwezig ? 1 : 0;
  await db
    .insertInto('pvtAanwezigheid')
    .values({ sessieId, inburgeraarId, aanwezig: waarde })
    .onConflict((oc) => oc.columns(['sessieId', 'inburgeraarId']).doUpdateSet({ aanwezig: waarde }))
    .execute();
}

/** Everything the PVT and MAP rules need about one person, read in one query. */
export interface PvtFeiten {
  persoon: Pick<Inburgeraar, 'id' | 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'naamOorspronkelijkSchrift' | 'oorspronkelijkSchriftOpDocumenten' | 'geboortedatum' | 'doelgroep' | 'status'>;
  intakeUren: number;
  datumOndertekening: string | null;
  plaatsOndertekening: string | null;
  sjabloonVersie: string | null;
  scanDocumentId: number | null;
  /** Attendance at PVT sessions only; MAP sessions count in `mapSessieUren`. */
  aanwezigheden: Aanwezigheid[];
  /** The attended MAP group sessions, per thema (Besluit 3.2 lid 1). */
  mapSessieUren: MapSessieUren[];
  /** The PIP versions, oldest first: status, termijn start and leerroute. */
  pips: { status: PipStatus; termijnStart: string | null; leerroute: Leerroute | null }[];
  mapThemas: MapThemaInvoer[];
  eindgesprek: string | null;
  groepen: { id: number; naam: string }[];
}

export type PvtSelectie = { groepId: number } | { inburgeraarId: number } | { statusNiet: readonly Status[] };

// The plan's own zod field, once per distinct value (a handful in a whole caseload).
const PIP_LEERROUTE = pipInhoud.pick({ leerroute: true });
const leerroutes = new Map<unknown, Leerroute | null>();
function leerrouteVan(waarde: unknown): Leerroute | null {
  if (typeof waarde === 'string' && waarde.startsWith('"')) waarde = JSON.parse(waarde);
  if (!leerroutes.has(waarde)) {
    const leerroute = PIP_LEERROUTE.parse({ leerroute: waarde }).leerroute;
    if (leerroutes.size < 16) leerroutes.set(waarde, leerroute);
    return leerroute;
  }
  return leerroutes.get(waarde)!;
}

/** The people a selection names, as a condition on a column holding an inburgeraar id. */
function binnen(kolom: string, selectie: PvtSelectie): Expression<SqlBool> {
  if ('groepId' in selectie) return sql<SqlBool>`${sql.ref(kolom)} in (select "inburgeraarId" from "pvtDeelnemers" where "groepId" = ${selectie.groepId})`;
  if ('inburgeraarId' in selectie) return sql<SqlBool>`${sql.ref(kolom)} = ${selectie.inburgeraarId}`;
  return dossierStatusNiet(kolom, selectie.statusNiet);
}

/**
 * The facts behind werklijst, group and dossier for any number of people, set-based: one flat query per table
 * (no query and no JSON aggregate per person; issue 14), grouped in memory.
 */
export async function pvtFeiten(db: Verbinding, selectie: PvtSelectie): Promise<PvtFeiten[]> {
  const rijen = await db
    .selectFrom('inburgeraars as i')
    .leftJoin('pvtDossiers as d', 'd.inburgeraarId', 'i.id')
    .leftJoin('mapDossiers as md', 'md.inburgeraarId', 'i.id')
    .select(['i.id', 'i.voornamen', 'i.tussenvoegsel', 'i.achternaam', 'i.naamOorspronkelijkSchrift', 'i.oorspronkelijkSchriftOpDocumenten', 'i.geboortedatum', 'i.doelgroep', 'i.status'])
    .select(['d.intakeUren', 'd.datumOndertekening', 'd.plaatsOndertekening', 'd.sjabloonVersie', 'd.scanDocumentId', 'md.eindgesprek'])
    .where(binnen('i.id', selectie))
    .execute();
  const aanwezigheden = perDossier(
    await db
      .selectFrom('pvtAanwezigheid as a')
      .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
      .select(['a.inburgeraarId', 's.soort', 's.uren', 's.mapThema', 'a.aanwezig'])
      .where(binnen('a.inburgeraarId', selectie))
      .orderBy('a.inburgeraarId')
      .orderBy('a.sessieId')
      .execute(),
  );
  const pips = perDossier(
    await db
      .selectFrom('pips as p')
      // Only the leerroute of each plan, taken out of the JSON by SQLite (no full parse per person).
      .select(['p.inburgeraarId', 'p.status', 'p.termijnStart', sql<string | null>`p.inhoud ->> '$.leerroute'`.as('leerroute')])
      .where(binnen('p.inburgeraarId', selectie))
      .orderBy('p.inburgeraarId')
      .orderBy('p.versie')
      .execute(),
  );
  const themas = perDossier(
    await db.selectFrom('mapThemas as t').select(['t.inburgeraarId', 't.thema', 't.status', 't.uren', 't.aanbieder']).where(binnen('t.inburgeraarId', selectie)).execute(),
  );
  const groepen = perDossier(
    await db
      .selectFrom('pvtDeelnemers as g')
      .innerJoin('pvtGroepen as pg', 'pg.id', 'g.groepId')
      .select(['g.inburgeraarId', 'pg.id', 'pg.naam'])
      .where(binnen('g.inburgeraarId', selectie))
      .orderBy('g.inburgeraarId')
      .orderBy('pg.id')
      .execute(),
  );

  return rijen.map((r) => {
    const opgeslagenThemas = new Map((themas.get(r.id) ?? []).map((t) => [t.thema, t]));
    const bij = aanwezigheden.get(r.id) ?? [];
    return {
      persoon: {
        id: r.id, voornamen: r.voornamen, tussenvoegsel: r.tussenvoegsel, achternaam: r.achternaam, naamOorspronkelijkSchrift: r.naamOorspronkelijkSchrift,
        oorspronkelijkSchriftOpDocumenten: r.oorspronkelijkSchriftOpDocumenten === 1, geboortedatum: r.geboortedatum, doelgroep: r.doelgroep, status: r.status,
      },
      intakeUren: r.intakeUren ?? 0,
      datumOndertekening: r.datumOndertekening ?? null,
      plaatsOndertekening: r.plaatsOndertekening ?? null,
      sjabloonVersie: r.sjabloonVersie ?? null,
      scanDocumentId: r.scanDocumentId ?? null,
      // PVT sessions only; attended MAP group sessions count per thema.
      aanwezigheden: bij.filter((a) => a.mapThema === null).map((a) => ({ soort: a.soort as Aanwezigheid['soort'], uren: a.uren, aanwezig: a.aanwezig === 1 })),
      mapSessieUren: bij.filter((a) => a.mapThema !== null && a.aanwezig === 1).map((a) => ({ thema: a.mapThema as MapThema, uren: a.uren })),
      pips: (pips.get(r.id) ?? []).map((p) => ({ status: p.status as PipStatus, termijnStart: p.termijnStart, leerroute: leerrouteVan(p.leerroute) })),
      mapThemas: MAP_THEMAS.map((thema) => {
        const t = opgeslagenThemas.get(thema);
        return { thema, status: t?.status ?? 'open', uren: t?.uren ?? 0, aanbieder: t?.aanbieder ?? null };
      }),
      eindgesprek: r.eindgesprek ?? null,
      groepen: (groepen.get(r.id) ?? []).map((g) => ({ id: g.id, naam: g.naam })),
    };
  });
}
