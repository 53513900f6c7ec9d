import { sql, type Selectable } from 'kysely';
import type { GenomenBesluit } from '../shared/rules/bewaren';
import type { Status } from '../shared/rules/status';
import type { VerwijderReden } from '../shared/domain/privacy';
import type { KerngegevensTabel } from './schema';
import type { Verbinding } from './verbinding';

// Retention (Besluit 9.9), deleting a dossier, and everything Koers holds about one person (AVG art. 15).
// The tables of a dossier are found in the schema itself (every table with an `inburgeraarId` column), so a
// table added later is deleted and shown in the inzage without a change here.

const EINDSTATUSSEN: readonly Status[] = ['afgerond', 'ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden'];

export interface DossierTabel {
  naam: string;
  /**
   * True when the table's foreign key says ON DELETE SET NULL: its rows are not the person's file but the
   * gemeente's own records (a cost entry for the SPUK verantwoording). They stay, without the link to the person.
   */
  loskoppelen: boolean;
}

/**
 * Every table with an `inburgeraarId` column, by name, with what deleting the person means for it. Not the
 * search words (0014): they are derived from the name and go with the dossier through their cascade.
 */
export async function dossierTabellen(db: Verbinding): Promise<DossierTabel[]> {
  const { rows } = await sql<{ name: string; opVerwijderen: string | null }>`SELECT DISTINCT m.name AS name,
      (SELECT f.on_delete FROM pragma_foreign_key_list(m.name) f WHERE f."from" = 'inburgeraarId' AND f."table" = 'inburgeraars') AS opVerwijderen
    FROM sqlite_master m, pragma_table_info(m.name) p
    WHERE m.type = 'table' AND p.name = 'inburgeraarId' AND m.name <> 'zoekwoorden' ORDER BY m.name`.execute(db);
  return rows.map((r) => ({ naam: r.name, loskoppelen: r.opVerwijderen?.toUpperCase() === 'SET NULL' }));
}

/** Columns of a table that hold no blob (a PDF or scan is listed by title and hash, never exported). */
async function kolommenZonderBlob(db: Verbinding, tabel: string): Promise<string[]> {
  const { rows } = await sql<{ name: string; type: string }>`SELECT name, type FROM pragma_table_info(${tabel})`.execute(db);
  return rows.filter((r) => r.type.toLowerCase() !== 'blob').map((r) => r.name);
}

export interface GeslotenDossier {
  id: number;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  status: Status;
  gewijzigd: string;
  statuswijzigingen: { naar: Status; datum: string; correctie: boolean }[];
}

/** Every dossier in an end status, with its status changes (the facts of the retention rule). */
export async function geslotenDossiers(db: Verbinding): Promise<GeslotenDossier[]> {
  const dossiers = await db
    .selectFrom('inburgeraars')
    .select(['id', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'status', 'gewijzigd'])
    .where('status', 'in', EINDSTATUSSEN)
    .orderBy('achternaam')
    .orderBy('voornamen')
    .execute();
  if (dossiers.length === 0) return [];
  const wijzigingen = await db
    .selectFrom('statuswijzigingen')
    .select(['inburgeraarId', 'naar', 'datum', 'correctie'])
    .where(
      'inburgeraarId',
      'in',
      dossiers.map((d) => d.id),
    )
    .execute();
  return dossiers.map((d) => ({
    ...d,
    statuswijzigingen: wijzigingen.filter((w) => w.inburgeraarId === d.id).map((w) => ({ naar: w.naar, datum: w.datum, correctie: w.correctie === 1 })),
  }));
}

export async function geslotenDossier(db: Verbinding, id: number): Promise<GeslotenDossier | null> {
  return (await geslotenDossiers(db)).find((d) => d.id === id) ?? null;
}

export async function kerngegevensLijst(db: Verbinding): Promise<Selectable<KerngegevensTabel>[]> {
  return db.selectFrom('kerngegevens').selectAll().orderBy('bewarenTot').orderBy('id').execute();
}

/** Keeps the kerngegevens of a dossier (Besluit 9.9 lid 2) before the rest is deleted. */
export async function bewaarKerngegevens(
  db: Verbinding,
  id: number,
  einde: { eindstatus: Status; eindeOp: string; wijze: string; bewarenTot: string },
  opgeschoondOp: string,
): Promise<void> {
  const p = await db
    .selectFrom('inburgeraars')
    .select(['bsn', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'straat', 'huisnummer', 'postcode', 'woonplaats'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('kerngegevens')
    .values({ ...p, dossierId: id, eindstatus: einde.eindstatus, eindeOp: einde.eindeOp, wijze: einde.wijze, bewarenTot: einde.bewarenTot, opgeschoondOp })
    .execute();
}

/** Deletes kerngegevens rows; returns the old dossier ids of those that were there. */
export async function verwijderKerngegevens(db: Verbinding, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  await zetVeiligWissen(db);
  const weg = await db.deleteFrom('kerngegevens').where('id', 'in', ids).returning('dossierId').execute();
  return weg.map((r) => r.dossierId);
}

/** The beschikkingen of the college in a dossier that were sent (also those imported from an earlier system). */
export async function genomenBesluiten(db: Verbinding, id: number): Promise<GenomenBesluit[]> {
  const pips = await db
    .selectFrom('pips')
    .select(['kenmerk', 'dagtekening'])
    .where('inburgeraarId', '=', id)
    .where((eb) => eb.or([eb('status', '=', 'verzonden'), eb('geimporteerd', '=', 1)]))
    .orderBy('versie')
    .execute();
  const ontheffingen = await db.selectFrom('ontheffingen').select(['kenmerk', 'dagtekening']).where('inburgeraarId', '=', id).execute();
  const boetes = await db.selectFrom('boetes').select(['kenmerk', 'dagtekening']).where('inburgeraarId', '=', id).where('dagtekening', 'is not', null).execute();
  const beslissingen = await db
    .selectFrom('bezwaren')
    .select(['beslissingKenmerk as kenmerk', 'uitkomstOp as dagtekening'])
    .where('inburgeraarId', '=', id)
    .where((eb) => eb.or([eb('beslissingDocumentId', 'is not', null), eb('beslissingKenmerk', 'is not', null)]))
    .execute();
  return [
    ...pips.map((r) => ({ soort: 'pip' as const, ...r })),
    ...ontheffingen.map((r) => ({ soort: 'ontheffing' as const, ...r })),
    ...boetes.map((r) => ({ soort: 'boete' as const, ...r })),
    ...beslissingen.map((r) => ({ soort: 'beslissing_op_bezwaar' as const, ...r })),
  ];
}

/** Rows per table of one dossier, for the confirmation ("wat wordt verwijderd"). Only tables with rows. */
export async function rijenPerTabel(db: Verbinding, id: number): Promise<(DossierTabel & { aantal: number })[]> {
  const uit: (DossierTabel & { aantal: number })[] = [];
  for (const tabel of await dossierTabellen(db)) {
    const { rows } = await sql<{ aantal: number }>`SELECT count(*) AS aantal FROM ${sql.table(tabel.naam)} WHERE inburgeraarId = ${id}`.execute(db);
    if (rows[0]!.aantal > 0) uit.push({ ...tabel, aantal: rows[0]!.aantal });
  }
  return uit;
}

// Freed pages are overwritten, so a deleted PDF cannot be read back from the free list of the vault file.
async function zetVeiligWissen(db: Verbinding): Promise<void> {
  await sql`PRAGMA secure_delete = ON`.execute(db);
}

/**
 * Deletes a dossier with every row that hangs under it (documents with their PDF bytes included) and
 * its household when no one else is left in it; rows of a table whose foreign key says SET NULL stay,
 * unlinked. Run inside the use case's transaction. Foreign keys are checked at the commit
 * (defer_foreign_keys), so a row pointing at another deleted row never stops the deletion halfway.
 * The logboek lines stay: they hold no personal data and the chain must stay whole (BIO 8.15).
 * Returns the rows deleted per table.
 */
export async function verwijderDossier(db: Verbinding, id: number): Promise<Record<string, number>> {
  await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
  await zetVeiligWissen(db);
  const huishouden = await db.selectFrom('inburgeraars').select('huishoudenId').where('id', '=', id).executeTakeFirst();
  const uit: Record<string, number> = {};
  const tabellen = await dossierTabellen(db);
  // Documents last: other rows point at them. Rows the gemeente keeps for itself only lose the link.
  const volgorde = [...tabellen.filter((t) => t.naam !== 'documenten'), ...tabellen.filter((t) => t.naam === 'documenten')];
  for (const tabel of volgorde) {
    const resultaat = tabel.loskoppelen
      ? await sql`UPDATE ${sql.table(tabel.naam)} SET inburgeraarId = NULL WHERE inburgeraarId = ${id}`.execute(db)
      : await sql`DELETE FROM ${sql.table(tabel.naam)} WHERE inburgeraarId = ${id}`.execute(db);
    const aantal = Number(resultaat.numAffectedRows ?? 0n);
    if (aantal > 0 && !tabel.loskoppelen) uit[tabel.naam] = aantal;
  }
  const weg = await db.deleteFrom('inburgeraars').where('id', '=', id).executeTakeFirst();
  uit.inburgeraars = Number(weg.numDeletedRows);
  if (huishouden?.huishoudenId != null) {
    const over = await db.selectFrom('inburgeraars').select('id').where('huishoudenId', '=', huishouden.huishoudenId).executeTakeFirst();
    if (!over) await db.deleteFrom('huishoudens').where('id', '=', huishouden.huishoudenId).execute();
  }
  return uit;
}

/** Keeps the category and explanation of a deletion outside the logboek. */
export async function registreerVerwijdering(db: Verbinding, rij: { dossierId: number; reden: VerwijderReden; toelichting: string | null; verwijderdOp: string; actor: string }): Promise<void> {
  await db.insertInto('verwijderdeDossiers').values(rij).execute();
}

export type Rij = Record<string, unknown>;

/** Everything Koers holds about one dossier, per table, without blobs (AVG art. 15). `inburgeraars` first. */
export async function dossierRijen(db: Verbinding, id: number): Promise<Record<string, Rij[]>> {
  const uit: Record<string, Rij[]> = {};
  const persoon = await sql<Rij>`SELECT * FROM inburgeraars WHERE id = ${id}`.execute(db);
  uit.inburgeraars = persoon.rows;
  for (const { naam } of await dossierTabellen(db)) {
    const kolommen = await kolommenZonderBlob(db, naam);
    const { rows } = await sql<Rij>`SELECT ${sql.join(kolommen.map((k) => sql.ref(k)))} FROM ${sql.table(naam)} WHERE inburgeraarId = ${id} ORDER BY rowid`.execute(db);
    uit[naam] = rows;
  }
  return uit;
}

/** The PVT/MAP groups and sessions a person took part in (names, dates, places), for the inzage. */
export async function groepsdeelname(db: Verbinding, id: number) {
  return db
    .selectFrom('pvtAanwezigheid as a')
    .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
    .innerJoin('pvtGroepen as g', 'g.id', 's.groepId')
    .select(['g.naam as groep', 'g.traject', 's.datum', 's.uren', 's.plaats', 'a.aanwezig'])
    .where('a.inburgeraarId', '=', id)
    .orderBy('s.datum')
    .execute();
}
