import type { Kysely, Transaction } from 'kysely';
import { MAP_THEMAS, type MapThemaInvoer, type Sessie } from '../shared/domain/pvt';
import { KoersFout } from '../shared/fouten';
import type { Aanwezigheid } from '../shared/rules/pvt';
import type { DB } from './schema';

type Verbinding = Kysely<DB> | Transaction<DB>;

export async function groepen(db: Verbinding) {
  const rijen = await db
    .selectFrom('pvtGroepen as g')
    .select((eb) => [
      'g.id',
      'g.naam',
      'g.notitie',
      eb.selectFrom('pvtDeelnemers').select(eb.fn.countAll<number>().as('n')).whereRef('pvtDeelnemers.groepId', '=', 'g.id').as('aantalDeelnemers'),
      eb.selectFrom('pvtSessies').select(eb.fn.countAll<number>().as('n')).whereRef('pvtSessies.groepId', '=', 'g.id').as('aantalSessies'),
      eb.selectFrom('pvtSessies').select((e2) => e2.fn.min('pvtSessies.datum').as('d')).whereRef('pvtSessies.groepId', '=', 'g.id').as('eersteDatum'),
    ])
    .orderBy('g.id', 'desc')
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
  return rijen.map((r) => ({ ...r, soort: r.soort as Sessie['soort'], kernwaarde: r.kernwaarde as Sessie['kernwaarde'] }));
}

export async function sessie(db: Verbinding, sessieId: number): Promise<Sessie> {
  const r = await db.selectFrom('pvtSessies').selectAll().where('id', '=', sessieId).executeTakeFirst();
  if (!r) throw new KoersFout('NIET_GEVONDEN', 'Deze sessie bestaat niet (meer).');
  return { ...r, soort: r.soort as Sessie['soort'], kernwaarde: r.kernwaarde as Sessie['kernwaarde'] };
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

/** Every session of every group this person was registered for, with attendance. */
export async function aanwezighedenVan(db: Verbinding, inburgeraarId: number): Promise<Aanwezigheid[]> {
  const rijen = await db
    .selectFrom('pvtAanwezigheid as a')
    .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
    .select(['s.soort', 's.uren', 'a.aanwezig'])
    .where('a.inburgeraarId', '=', inburgeraarId)
    .execute();
  return rijen.map((r) => ({ soort: r.soort as Aanwezigheid['soort'], uren: r.uren, aanwezig: r.aanwezig === 1 }));
}

export async function pvtDossier(db: Verbinding, inburgeraarId: number) {
  const rij = await db.selectFrom('pvtDossiers').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return rij ?? { inburgeraarId, intakeUren: 0, datumOndertekening: null, plaatsOndertekening: null, sjabloonVersie: null, scanDocumentId: null };
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

export async function groepenVan(db: Verbinding, inburgeraarId: number) {
  return db
    .selectFrom('pvtDeelnemers as d')
    .innerJoin('pvtGroepen as g', 'g.id', 'd.groepId')
    .select(['g.id', 'g.naam'])
    .where('d.inburgeraarId', '=', inburgeraarId)
    .execute();
}

export async function mapVan(db: Verbinding, inburgeraarId: number): Promise<{ themas: MapThemaInvoer[]; eindgesprek: string | null }> {
  const rijen = await db.selectFrom('mapThemas').selectAll().where('inburgeraarId', '=', inburgeraarId).execute();
  const perThema = new Map(rijen.map((r) => [r.thema, r]));
  const themas = MAP_THEMAS.map((thema) => {
    const r = perThema.get(thema);
    return { thema, status: (r?.status ?? 'open') as MapThemaInvoer['status'], uren: r?.uren ?? 0, aanbieder: r?.aanbieder ?? null };
  });
  const dossier = await db.selectFrom('mapDossiers').select('eindgesprek').where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return { themas, eindgesprek: dossier?.eindgesprek ?? null };
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
