import { sql, type Expression, type SqlBool } from 'kysely';
import type { KostenComponent, KostenRegel, Normbedrag, NormbedragInvoer, SpukJaar } from '../shared/domain/budget';
import type { Leerroute } from '../shared/domain/pip';
import { volledigeNaam } from '../shared/format';
import { KoersFout } from '../shared/fouten';
import { STANDAARD_RESERVERINGSRUIMTE_PERCENTAGE, TEN_LASTE_VAN_SPUK, type BudgetFeiten, type PersoonInScope, type SisaCodes } from '../shared/rules/budget';
import type { Verbinding } from './verbinding';

// Cost entries, SPUK per year, normbedragen and the code table of the import (issue 13 items 3–4).
// Every read for a year is a fixed number of set-based queries, so the jaarverslag of 50,000 dossiers stays fast.

const begin = (jaar: number) => `${jaar}-01-01`;
const eind = (jaar: number) => `${jaar}-12-31`;

export interface NieuweKosten {
  datum: string;
  leverancier: string;
  component: KostenComponent;
  bedragCent: number;
  omschrijving: string | null;
  inburgeraarId: number | null;
  bron: 'invoer' | 'import';
  bronBestand: string | null;
  bronRij: number | null;
}

export async function kostenVanJaar(db: Verbinding, jaar: number): Promise<KostenRegel[]> {
  const rijen = await db
    .selectFrom('kosten as k')
    .leftJoin('inburgeraars as i', 'i.id', 'k.inburgeraarId')
    .select(['k.id', 'k.datum', 'k.leverancier', 'k.component', 'k.bedragCent', 'k.omschrijving', 'k.inburgeraarId', 'k.bron', 'k.bronBestand', 'k.bronRij', 'i.voornamen', 'i.tussenvoegsel', 'i.achternaam'])
    .where('k.datum', '>=', begin(jaar))
    .where('k.datum', '<=', eind(jaar))
    .orderBy('k.datum', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
  return rijen.map(({ voornamen, tussenvoegsel, achternaam, ...r }) => ({
    ...r,
    inburgeraarNaam: voornamen !== null && achternaam !== null ? volledigeNaam({ voornamen, tussenvoegsel, achternaam }) : null,
  }));
}

export async function kostenOphalen(db: Verbinding, id: number) {
  const rij = await db.selectFrom('kosten').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Deze kostenregel bestaat niet (meer). Vernieuw de lijst.');
  return rij;
}

export async function bestaatInburgeraar(db: Verbinding, id: number): Promise<boolean> {
  return !!(await db.selectFrom('inburgeraars').select('id').where('id', '=', id).executeTakeFirst());
}

export async function kostenToevoegen(db: Verbinding, rijen: readonly NieuweKosten[], tijdstip: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rijen.length; i += 500) {
    const deel = rijen.slice(i, i + 500).map((r) => ({ ...r, aangemaakt: tijdstip, gewijzigd: tijdstip }));
    const uit = await db.insertInto('kosten').values(deel).returning('id').execute();
    ids.push(...uit.map((r) => r.id));
  }
  return ids;
}

export async function kostenWijzigen(db: Verbinding, id: number, r: Omit<NieuweKosten, 'bron' | 'bronBestand' | 'bronRij'>, tijdstip: string): Promise<void> {
  await db.updateTable('kosten').set({ ...r, gewijzigd: tijdstip }).where('id', '=', id).execute();
}

export async function kostenVerwijderen(db: Verbinding, id: number): Promise<void> {
  await db.deleteFrom('kosten').where('id', '=', id).execute();
}

/** Every entry as the duplicate check compares them. */
export async function alleKostenVoorDubbelcontrole(db: Verbinding) {
  return db.selectFrom('kosten').select(['datum', 'leverancier', 'bedragCent', 'omschrijving']).execute();
}

export async function aantalKosten(db: Verbinding): Promise<number> {
  const { n } = await db.selectFrom('kosten').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

// ------------------------------------------------------------------------------------------------
// Codes, SPUK, normbedragen, settings

export async function kostenCodes(db: Verbinding): Promise<{ code: string; component: KostenComponent }[]> {
  return db.selectFrom('kostenCodes').select(['code', 'component']).orderBy('code').execute();
}

export async function kostenCodeOpslaan(db: Verbinding, code: string, component: KostenComponent, tijdstip: string): Promise<void> {
  await db
    .insertInto('kostenCodes')
    .values({ code, component, gewijzigd: tijdstip })
    .onConflict((oc) => oc.column('code').doUpdateSet({ component, gewijzigd: tijdstip }))
    .execute();
}

export async function kostenCodeVerwijderen(db: Verbinding, code: string): Promise<boolean> {
  const uit = await db.deleteFrom('kostenCodes').where('code', '=', code).executeTakeFirst();
  return Number(uit.numDeletedRows) > 0;
}

export async function spukJaren(db: Verbinding): Promise<SpukJaar[]> {
  return db.selectFrom('spuk').select(['jaar', 'beschikkingCent', 'beschikkingDatum', 'vaststellingCent', 'vaststellingDatum']).orderBy('jaar').execute();
}

export async function spukOpslaan(db: Verbinding, s: SpukJaar, tijdstip: string): Promise<void> {
  const { jaar, ...rest } = s;
  await db
    .insertInto('spuk')
    .values({ ...s, gewijzigd: tijdstip })
    .onConflict((oc) => oc.column('jaar').doUpdateSet({ ...rest, gewijzigd: tijdstip }))
    .execute();
  void jaar;
}

export async function normbedragen(db: Verbinding): Promise<Normbedrag[]> {
  const rijen = await db.selectFrom('normbedragen').select(['id', 'component', 'doelgroep', 'bedragCent', 'geldigVanaf']).orderBy('geldigVanaf').orderBy('id').execute();
  return rijen.map((r) => ({ ...r, bron: 'ingesteld' }));
}

export async function normbedragOpslaan(db: Verbinding, n: Required<{ [K in keyof NormbedragInvoer]: NonNullable<NormbedragInvoer[K]> }>, tijdstip: string): Promise<number> {
  const { id } = await db
    .insertInto('normbedragen')
    .values({ ...n, aangemaakt: tijdstip })
    .onConflict((oc) => oc.columns(['component', 'doelgroep', 'geldigVanaf']).doUpdateSet({ bedragCent: n.bedragCent, aangemaakt: tijdstip }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function normbedragVerwijderen(db: Verbinding, id: number): Promise<boolean> {
  const uit = await db.deleteFrom('normbedragen').where('id', '=', id).executeTakeFirst();
  return Number(uit.numDeletedRows) > 0;
}

const SLEUTEL_RESERVERINGSRUIMTE = 'budgetReserveringsruimtePercentage';

export async function reserveringsruimtePercentage(db: Verbinding): Promise<number> {
  const rij = await db.selectFrom('instellingen').select('waarde').where('sleutel', '=', SLEUTEL_RESERVERINGSRUIMTE).executeTakeFirst();
  const waarde = rij ? (JSON.parse(rij.waarde) as unknown) : null;
  return typeof waarde === 'number' ? waarde : STANDAARD_RESERVERINGSRUIMTE_PERCENTAGE;
}

export async function reserveringsruimteOpslaan(db: Verbinding, percentage: number): Promise<void> {
  const waarde = JSON.stringify(percentage);
  await db
    .insertInto('instellingen')
    .values({ sleutel: SLEUTEL_RESERVERINGSRUIMTE, waarde })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde }))
    .execute();
}

const SLEUTEL_SISA = 'budgetSisaCodes';

/** The SiSa codes entered per year (instellingen, as JSON). */
export async function sisaCodesIngesteld(db: Verbinding): Promise<{ jaar: number; codes: SisaCodes }[]> {
  const rij = await db.selectFrom('instellingen').select('waarde').where('sleutel', '=', SLEUTEL_SISA).executeTakeFirst();
  return rij ? (JSON.parse(rij.waarde) as { jaar: number; codes: SisaCodes }[]) : [];
}

export async function sisaCodesOpslaan(db: Verbinding, jaar: number, codes: SisaCodes): Promise<void> {
  const lijst = [...(await sisaCodesIngesteld(db)).filter((t) => t.jaar !== jaar), { jaar, codes }].sort((a, b) => a.jaar - b.jaar);
  const waarde = JSON.stringify(lijst);
  await db
    .insertInto('instellingen')
    .values({ sleutel: SLEUTEL_SISA, waarde })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde }))
    .execute();
}

// ------------------------------------------------------------------------------------------------
// The facts of one year

/** Start of the plicht: the kennisgeving DUO, else the BRP date. */
const startdatum = sql<string | null>`coalesce(i.datumKennisgevingDuo, i.datumInschrijvingBrp)`;

/** The cohort of the year (plicht started in it) or linked to a cost entry in the year; `i` is inburgeraars. */
function inScope(jaar: number): Expression<SqlBool> {
  return sql<SqlBool>`(coalesce(i.datumKennisgevingDuo, i.datumInschrijvingBrp) BETWEEN ${begin(jaar)} AND ${eind(jaar)}
    OR i.id IN (SELECT inburgeraarId FROM kosten WHERE datum BETWEEN ${begin(jaar)} AND ${eind(jaar)} AND inburgeraarId IS NOT NULL))`;
}

export async function budgetFeiten(db: Verbinding, jaar: number): Promise<BudgetFeiten> {
  const kosten = await db
    .selectFrom('kosten')
    .select(['component', 'bedragCent', 'inburgeraarId'])
    .where('datum', '>=', begin(jaar))
    .where('datum', '<=', eind(jaar))
    .execute();

  const spukComponenten = Object.entries(TEN_LASTE_VAN_SPUK).filter(([, ja]) => ja).map(([c]) => c as KostenComponent);
  const perJaar = await db
    .selectFrom('kosten')
    .select([sql<string>`substr(datum, 1, 4)`.as('jaar'), (eb) => eb.fn.sum<number>('bedragCent').as('cent')])
    .where('component', 'in', spukComponenten)
    .where('datum', '<=', eind(jaar))
    .groupBy(sql`substr(datum, 1, 4)`)
    .execute();

  const personenRijen = await db
    .selectFrom('inburgeraars as i')
    .select(['i.id', 'i.doelgroep', 'i.leerrouteEerder', startdatum.as('startdatum')])
    .where(inScope(jaar))
    .execute();

  // The leerroute of the last non-concept PIP version (geldendePipVersie), for the people in scope only.
  const pipRijen = await db
    .selectFrom('pips as p')
    .innerJoin('inburgeraars as i', 'i.id', 'p.inburgeraarId')
    .select(['p.inburgeraarId', 'p.versie', sql<Leerroute | null>`json_extract(p.inhoud, '$.leerroute')`.as('leerroute')])
    .where('p.status', '!=', 'concept')
    .where(inScope(jaar))
    .orderBy('p.inburgeraarId')
    .orderBy('p.versie')
    .execute();
  const leerrouteVan = new Map<number, Leerroute | null>();
  for (const r of pipRijen) leerrouteVan.set(r.inburgeraarId, r.leerroute ?? null);

  const totaalPerPersoon = await db
    .selectFrom('kosten as k')
    .innerJoin('inburgeraars as i', 'i.id', 'k.inburgeraarId')
    .select(['k.inburgeraarId', (eb) => eb.fn.sum<number>('k.bedragCent').as('cent')])
    .where('k.datum', '<=', eind(jaar))
    .where(inScope(jaar))
    .groupBy('k.inburgeraarId')
    .execute();

  const personen: PersoonInScope[] = personenRijen.map((p) => ({
    id: p.id,
    doelgroep: p.doelgroep,
    startdatum: p.startdatum,
    leerroute: leerrouteVan.get(p.id) ?? p.leerrouteEerder ?? null,
    inCohort: p.startdatum !== null && p.startdatum >= begin(jaar) && p.startdatum <= eind(jaar),
  }));

  return {
    jaar,
    kosten,
    besteedPerJaar: perJaar.map((r) => ({ jaar: Number(r.jaar), bedragCent: Number(r.cent) })),
    kostenTotTotaalPerPersoon: totaalPerPersoon.map((r) => ({ inburgeraarId: r.inburgeraarId!, bedragCent: Number(r.cent) })),
    spuk: await spukJaren(db),
    normbedragen: await normbedragen(db),
    personen,
    reserveringsruimtePercentage: await reserveringsruimtePercentage(db),
  };
}

/** Names for the per-inburgeraar view (the screen only; the facts carry no names). */
export async function namenVan(db: Verbinding, ids: readonly number[]): Promise<Map<number, string>> {
  const uit = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rijen = await db.selectFrom('inburgeraars').select(['id', 'voornamen', 'tussenvoegsel', 'achternaam']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rijen) uit.set(r.id, volledigeNaam(r));
  }
  return uit;
}

/** Years that have cost entries or an entered SPUK, newest first. */
export async function budgetJaren(db: Verbinding): Promise<number[]> {
  const kostenJaren = await db.selectFrom('kosten').select(sql<string>`substr(datum, 1, 4)`.as('jaar')).distinct().execute();
  const jaren = new Set([...kostenJaren.map((r) => Number(r.jaar)), ...(await spukJaren(db)).map((s) => s.jaar)]);
  return [...jaren].sort((a, b) => b - a);
}
