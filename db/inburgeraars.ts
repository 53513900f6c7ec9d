import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import { TERMIJN_START_IN_TOEKOMST, termijnStartEerderInToekomst, type Inburgeraar, type InburgeraarInvoer } from '../shared/domain/inburgeraar';
import { niveauPerOnderdeel } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import { vandaagInNederland } from '../shared/rules/datum';
import type { Status } from '../shared/rules/status';
import type { Statuswijziging } from '../shared/domain/statuswijziging';
import { volledigeNaam } from '../shared/format';
import type { Doelgroep } from '../shared/rules/doelgroep';
import { MAX_ZOEKRESULTATEN, PREFIX_EINDE, alleenCijfers, zoekwoordvorm, type LijstSortering, type Richting, type ZoekVeld } from '../shared/zoeken';
import type { DB, InburgeraarTabel } from './schema';
import { vernieuwZoekwoorden } from './zoeken';
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
  await vernieuwZoekwoorden(db, [rij.id]);
  return rij.id;
}

export async function wijzig(db: Verbinding, id: number, invoer: InburgeraarInvoer, nu: string): Promise<void> {
  const ander = await zoekOpBsn(db, invoer.bsn);
  if (ander !== null && ander !== id) {
    throw new KoersFout('DUBBEL_BSN', 'Er is al een andere inburgeraar met dit BSN. Controleer het BSN.');
  }
  const uitkomst = await db.updateTable('inburgeraars').set({ ...naarRij(invoer, nu), gewijzigd: nu }).where('id', '=', id).executeTakeFirst();
  if (uitkomst.numUpdatedRows === 0n) throw NIET_GEVONDEN();
  await vernieuwZoekwoorden(db, [id]);
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

/** The kenmerk of a PIP starts with the term, in any case (index pips_kenmerk_nocase, 0014). */
function kenmerkBegintMet(term: string) {
  return sql<boolean>`${sql.ref('kenmerk')} COLLATE NOCASE >= ${term} AND ${sql.ref('kenmerk')} COLLATE NOCASE < ${term + PREFIX_EINDE}`;
}

/** Ids of the dossiers with a search word that starts with `woord` (already in zoekwoordvorm). */
function dossiersMetWoord(db: Verbinding, woord: string) {
  return db.selectFrom('zoekwoorden').select('inburgeraarId').where('woord', '>=', woord).where('woord', '<', woord + PREFIX_EINDE);
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
 * Dossiers by name (a prefix of a name word or of the rest of the name from a word on, without accents or
 * case, through the search words of 0014), BSN or V-nummer (a prefix of the digits) or the kenmerk of a
 * PIP (a prefix, any case); number matches first, then kenmerken, then names in the order of the word they
 * match and then of the list. Every lookup is a bounded index range; at most MAX_ZOEKRESULTATEN.
 */
export async function zoekDossiers(db: Verbinding, zoekterm: string): Promise<Zoekresultaat[]> {
  const term = zoekterm.trim();
  if (!term) return [];
  const gevonden = new Map<number, { gevondenOp: ZoekVeld; treffer: string }>();
  const cijfers = alleenCijfers(term);
  if (cijfers) {
    const bereik = [cijfers, cijfers + PREFIX_EINDE] as const;
    for (const r of await db.selectFrom('inburgeraars').select(['id', 'bsn']).where('bsn', '>=', bereik[0]).where('bsn', '<', bereik[1]).orderBy('bsn').limit(MAX_ZOEKRESULTATEN).execute()) {
      gevonden.set(r.id, { gevondenOp: 'bsn', treffer: r.bsn });
    }
    for (const r of await db.selectFrom('inburgeraars').select(['id', 'vNummer']).where('vNummer', '>=', bereik[0]).where('vNummer', '<', bereik[1]).orderBy('vNummer').limit(MAX_ZOEKRESULTATEN).execute()) {
      if (!gevonden.has(r.id)) gevonden.set(r.id, { gevondenOp: 'vNummer', treffer: r.vNummer! });
    }
  }
  // Highest kenmerk first (the newest volgnummer), read backwards along the index, so "INB" stops after 20.
  const kenmerken = await db
    .selectFrom('pips')
    .select(['inburgeraarId', 'kenmerk'])
    .where(kenmerkBegintMet(term))
    .orderBy(sql`${sql.ref('kenmerk')} COLLATE NOCASE`, 'desc')
    .limit(MAX_ZOEKRESULTATEN)
    .execute();
  for (const r of kenmerken) if (!gevonden.has(r.inburgeraarId)) gevonden.set(r.inburgeraarId, { gevondenOp: 'kenmerk', treffer: r.kenmerk! });

  const kolommen = ['id', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'status'] as const;
  const uit: Zoekresultaat[] = [];
  if (gevonden.size > 0) {
    const perId = new Map((await db.selectFrom('inburgeraars').select(kolommen).where('id', 'in', [...gevonden.keys()]).execute()).map((r) => [r.id, r]));
    for (const [id, treffer] of gevonden) {
      const r = perId.get(id);
      if (r) uit.push({ id, naam: volledigeNaam(r), geboortedatum: r.geboortedatum, status: r.status, ...treffer });
    }
  }
  const woord = zoekwoordvorm(term);
  if (!cijfers && woord && uit.length < MAX_ZOEKRESULTATEN) {
    const gekozen = await eersteNaamtreffers(db, woord, MAX_ZOEKRESULTATEN - uit.length, new Set(gevonden.keys()));
    if (gekozen.size > 0) {
      const rijen = await db.selectFrom('inburgeraars').select(kolommen).where('id', 'in', [...gekozen.keys()]).execute();
      rijen.sort((a, b) => vergelijk(gekozen.get(a.id)!, gekozen.get(b.id)!) || vergelijk(a.achternaam, b.achternaam) || vergelijk(a.voornamen, b.voornamen) || a.id - b.id);
      for (const r of rijen) {
        const naam = volledigeNaam(r);
        uit.push({ id: r.id, naam, geboortedatum: r.geboortedatum, status: r.status, gevondenOp: 'naam', treffer: naam });
      }
    }
  }
  return uit.slice(0, MAX_ZOEKRESULTATEN);
}

const vergelijk = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `aantal` dossiers by the search word they match, in the order of that word (a completion list:
 * "moh" gives the Mohammads before the Mohammeds), each with its first matching word. Walks the primary key
 * (woord, inburgeraarId) from the prefix on and stops as soon as it has enough, however broad the prefix.
 */
async function eersteNaamtreffers(db: Verbinding, woord: string, aantal: number, overslaan: ReadonlySet<number>): Promise<Map<number, string>> {
  const gekozen = new Map<number, string>();
  const BLOK = 100;
  let na: { woord: string; id: number } | null = null;
  for (;;) {
    let vraag = db.selectFrom('zoekwoorden').select(['woord', 'inburgeraarId']).where('woord', '>=', woord).where('woord', '<', woord + PREFIX_EINDE);
    if (na) vraag = vraag.where(sql<SqlBool>`(${sql.ref('woord')}, ${sql.ref('inburgeraarId')}) > (${na.woord}, ${na.id})`);
    const rijen = await vraag.orderBy('woord').orderBy('inburgeraarId').limit(BLOK).execute();
    for (const r of rijen) {
      if (overslaan.has(r.inburgeraarId) || gekozen.has(r.inburgeraarId)) continue;
      gekozen.set(r.inburgeraarId, r.woord);
      if (gekozen.size >= aantal) return gekozen;
    }
    if (rijen.length < BLOK) return gekozen;
    const laatste = rijen.at(-1)!;
    na = { woord: laatste.woord, id: laatste.inburgeraarId };
  }
}

// ── The inburgeraars list: filters, sorting and keyset paging in SQL (issue 14) ──

/** The columns a sort order sorts by, before the id; each order has an index that ends in id (0014). */
const SORTEER_KOLOMMEN = {
  naam: ['achternaam', 'voornamen'],
  bsn: ['bsn'],
  geboortedatum: ['geboortedatum'],
  doelgroep: ['doelgroep', 'achternaam', 'voornamen'],
  status: ['status', 'achternaam', 'voornamen'],
  woonplaats: ['woonplaats', 'achternaam', 'voornamen'],
} as const satisfies Record<LijstSortering, readonly (keyof InburgeraarTabel)[]>;

const LIJST_KOLOMMEN = [
  'id', 'bsn', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'doelgroep', 'status', 'woonplaats',
  'datumKennisgevingDuo', 'datumInschrijvingBrp', 'huisvestingArt28', 'termijnStartEerder',
] as const;

export interface Lijstrij {
  id: number;
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  doelgroep: Doelgroep;
  status: Status;
  woonplaats: string;
  datumKennisgevingDuo: string | null;
  datumInschrijvingBrp: string | null;
  huisvestingArt28: boolean;
  termijnStartEerder: string | null;
}

export interface LijstVraag {
  zoekterm?: string;
  status?: Status;
  doelgroep?: Doelgroep;
  /** Only these dossiers (the PIP filter, computed in JS for the few dossiers whose PIP term runs). */
  alleenIds?: readonly number[];
  sorteer: LijstSortering;
  richting: Richting;
  /** The opaque cursor of the previous page (`volgende`), or absent for the first page. */
  na?: string;
  aantal: number;
}

const ONGELDIGE_CURSOR = () =>
  new KoersFout('ONGELDIGE_INVOER', 'Deze pagina van de lijst is niet (meer) geldig. Ga terug naar de eerste pagina van de lijst.');

type Sleutel = (string | number)[];

function maakCursor(sorteer: LijstSortering, richting: Richting, rij: Lijstrij): string {
  const sleutel: Sleutel = [...SORTEER_KOLOMMEN[sorteer].map((k) => rij[k]), rij.id];
  return Buffer.from(JSON.stringify({ s: sorteer, r: richting, k: sleutel }), 'utf8').toString('base64url');
}

/** The keyset values in a cursor; refuses a cursor of another sort order or one that was not made here. */
function leesCursor(cursor: string, sorteer: LijstSortering, richting: Richting): Sleutel {
  let inhoud: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw ONGELDIGE_CURSOR();
    inhoud = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw ONGELDIGE_CURSOR();
  }
  const kolommen = SORTEER_KOLOMMEN[sorteer];
  if (typeof inhoud !== 'object' || inhoud === null) throw ONGELDIGE_CURSOR();
  const { s, r, k } = inhoud as { s?: unknown; r?: unknown; k?: unknown };
  if (s !== sorteer || r !== richting || !Array.isArray(k) || k.length !== kolommen.length + 1) throw ONGELDIGE_CURSOR();
  const id = k[kolommen.length];
  if (!k.slice(0, kolommen.length).every((w) => typeof w === 'string') || !Number.isSafeInteger(id) || (id as number) < 1) throw ONGELDIGE_CURSOR();
  return k as Sleutel;
}

type Voorwaarde = (eb: ExpressionBuilder<DB, 'inburgeraars'>) => Expression<SqlBool>;

function lijstFilter(db: Verbinding, vraag: LijstVraag): Voorwaarde {
  return (eb) => {
    const voorwaarden: Expression<SqlBool>[] = [];
    if (vraag.status) voorwaarden.push(eb('status', '=', vraag.status));
    if (vraag.doelgroep) voorwaarden.push(eb('doelgroep', '=', vraag.doelgroep));
    if (vraag.alleenIds) voorwaarden.push(sql<SqlBool>`${sql.ref('id')} IN (SELECT value FROM json_each(${JSON.stringify(vraag.alleenIds)}))`);
    const term = vraag.zoekterm?.trim() ?? '';
    if (term) {
      const kenmerk = eb('id', 'in', db.selectFrom('pips').select('inburgeraarId').where(kenmerkBegintMet(term)));
      const cijfers = alleenCijfers(term);
      const woord = zoekwoordvorm(term);
      if (cijfers) {
        const eind = cijfers + PREFIX_EINDE;
        voorwaarden.push(eb.or([eb.and([eb('bsn', '>=', cijfers), eb('bsn', '<', eind)]), eb.and([eb('vNummer', '>=', cijfers), eb('vNummer', '<', eind)]), kenmerk]));
      } else if (woord) {
        // An OR of two IN lists: SQLite reads each from its index range (MULTI-INDEX OR), measured faster than a UNION.
        voorwaarden.push(eb.or([eb('id', 'in', dossiersMetWoord(db, woord)), kenmerk]));
      } else {
        voorwaarden.push(kenmerk);
      }
    }
    return eb.and(voorwaarden);
  };
}

function paginaQuery(db: Verbinding, vraag: LijstVraag, sleutel: Sleutel | null, filter: Voorwaarde) {
  const kolommen = SORTEER_KOLOMMEN[vraag.sorteer];
  let pagina = db.selectFrom('inburgeraars').select(LIJST_KOLOMMEN).where(filter);
  if (sleutel) {
    const teken = vraag.richting === 'asc' ? sql.raw('>') : sql.raw('<');
    pagina = pagina.where(sql<SqlBool>`(${sql.join([...kolommen, 'id'].map((k) => sql.ref(k)))}) ${teken} (${sql.join(sleutel)})`);
  }
  for (const k of kolommen) pagina = pagina.orderBy(k, vraag.richting);
  return pagina.orderBy('id', vraag.richting).limit(vraag.aantal + 1);
}

/** The SQL of a page, for EXPLAIN QUERY PLAN in the tests (the plan must walk an index, not sort the table). */
export async function paginaSql(db: Verbinding, vraag: LijstVraag) {
  const filter = lijstFilter(db, vraag);
  return paginaQuery(db, vraag, vraag.na === undefined ? null : leesCursor(vraag.na, vraag.sorteer, vraag.richting), filter).compile();
}

/** One page of the list: at most `aantal` rows after the cursor, the cursor of the next page, and the total. */
export async function lijstPagina(db: Verbinding, vraag: LijstVraag): Promise<{ rijen: Lijstrij[]; volgende: string | null; totaal: number }> {
  const sleutel = vraag.na === undefined ? null : leesCursor(vraag.na, vraag.sorteer, vraag.richting);
  if (vraag.alleenIds && vraag.alleenIds.length === 0) return { rijen: [], volgende: null, totaal: 0 };
  const filter = lijstFilter(db, vraag);
  const gelezen = await paginaQuery(db, vraag, sleutel, filter).execute();
  const rijen = gelezen.slice(0, vraag.aantal).map((r) => ({ ...r, huisvestingArt28: r.huisvestingArt28 === 1 }));
  const { totaal } = await db.selectFrom('inburgeraars').select((eb) => eb.fn.countAll<number>().as('totaal')).where(filter).executeTakeFirstOrThrow();
  const laatste = rijen.at(-1);
  return { rijen, volgende: gelezen.length > vraag.aantal && laatste ? maakCursor(vraag.sorteer, vraag.richting, laatste) : null, totaal };
}

/** Dossiers per status and per doelgroep, counted in SQL. */
export async function tellingen(db: Verbinding): Promise<{ perStatus: { status: Status; aantal: number }[]; perDoelgroep: { doelgroep: Doelgroep; aantal: number }[] }> {
  const perStatus = await db.selectFrom('inburgeraars').select((eb) => ['status', eb.fn.countAll<number>().as('aantal')]).groupBy('status').execute();
  const perDoelgroep = await db.selectFrom('inburgeraars').select((eb) => ['doelgroep', eb.fn.countAll<number>().as('aantal')]).groupBy('doelgroep').execute();
  return { perStatus, perDoelgroep };
}

/**
 * The dossiers in one of `statussen` (those whose PIP term still runs), with the facts of that term; with
 * `startUiterlijk`, only those whose kennisgeving or BRP date (the possible starts of the term) is on or before it.
 */
export async function dossiersMetStatus(
  db: Verbinding,
  statussen: readonly Status[],
  startUiterlijk?: string,
): Promise<Pick<Lijstrij, 'id' | 'datumKennisgevingDuo' | 'datumInschrijvingBrp' | 'huisvestingArt28' | 'termijnStartEerder'>[]> {
  let vraag = db
    .selectFrom('inburgeraars')
    .select(['id', 'datumKennisgevingDuo', 'datumInschrijvingBrp', 'huisvestingArt28', 'termijnStartEerder'])
    .where('status', 'in', statussen);
  if (startUiterlijk) vraag = vraag.where((eb) => eb.or([eb('datumKennisgevingDuo', '<=', startUiterlijk), eb('datumInschrijvingBrp', '<=', startUiterlijk)]));
  const rijen = await vraag.orderBy('id').execute();
  return rijen.map((r) => ({ ...r, huisvestingArt28: r.huisvestingArt28 === 1 }));
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
