import { sql, type Expression, type SqlBool } from 'kysely';
import type { DuoVeld, VerwijtbaarheidOnderdeel } from '../shared/domain/duo';
import { pipInhoud, type PipStatus } from '../shared/domain/pip';
import { MAP_THEMAS, type MapThema, type MapThemaInvoer } from '../shared/domain/pvt';
import type { MapSessieUren } from '../shared/rules/pvt';
import type { DuoBron, DuoMelding } from '../shared/rules/duo';
import type { Status } from '../shared/rules/status';
import { dossierStatusNiet, perDossier } from './per-dossier';
import type { Verbinding } from './verbinding';

/** Everything the DUO rules need about one dossier, with what was reported before. */
export interface DuoDossierFeiten extends Omit<DuoBron, 'mapAfgerond'> {
  persoon: { id: number; bsn: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; status: Status };
  pips: (DuoBron['pips'][number] & { termijnStart: string | null })[];
  verwijtbaarheid: { onderdeel: VerwijtbaarheidOnderdeel; verwijtbaar: boolean; vastgesteldOp: string; toelichting: string | null }[];
  /** Every MAP thema, 'open' when nothing is recorded: with the eindgesprek it decides whether the MAP is completed. */
  mapThemas: MapThemaInvoer[];
  /** Hours of attended MAP group sessions per thema (Besluit 3.2 lid 1). */
  mapSessieUren: MapSessieUren[];
  meldingen: DuoMelding[];
}

/** One query for every dossier (or the ones asked for): never a query per person. */
// Only the PIP fields DUO is told (DuoBron), taken out of the JSON by SQLite and validated by the plan's own zod
// fields: a caseload shares few combinations, so each distinct one is parsed once per read (issue 14).
const PIP_DUO = pipInhoud.pick({ leerroute: true, niveau: true, niveauPerOnderdeel: true, alfabetisering: true, geschatteIntensiteitUren: true, intensiteitUrenPerWeek: true });
const pipDuoSql = sql<string>`json_object('leerroute', p.inhoud -> '$.leerroute', 'niveau', p.inhoud -> '$.niveau', 'niveauPerOnderdeel', p.inhoud -> '$.niveauPerOnderdeel', 'alfabetisering', p.inhoud -> '$.alfabetisering', 'geschatteIntensiteitUren', p.inhoud -> '$.geschatteIntensiteitUren', 'intensiteitUrenPerWeek', p.inhoud -> '$.intensiteitUrenPerWeek')`;

type DuoSelectie = { inburgeraarIds: readonly number[] } | { statusNiet: readonly Status[] } | 'alle';

/** The people a selection names, as a condition on a column holding an inburgeraar id. */
function binnen(kolom: string, selectie: DuoSelectie): Expression<SqlBool> {
  if (selectie === 'alle') return sql<SqlBool>`1 = 1`;
  if ('statusNiet' in selectie) return dossierStatusNiet(kolom, selectie.statusNiet);
  return sql<SqlBool>`${sql.ref(kolom)} in (${sql.join(selectie.inburgeraarIds.length > 0 ? [...selectie.inburgeraarIds] : [0])})`;
}

/** Set-based: one flat query per table for every dossier (or the ones asked for), never one per person. */
export async function duoFeiten(db: Verbinding, selectie: DuoSelectie): Promise<DuoDossierFeiten[]> {
  const rijen = await db
    .selectFrom('inburgeraars as i')
    .leftJoin('pvtDossiers as d', 'd.inburgeraarId', 'i.id')
    .leftJoin('mapDossiers as md', 'md.inburgeraarId', 'i.id')
    .leftJoin('zRoute as z', 'z.inburgeraarId', 'i.id')
    .select(['i.id', 'i.bsn', 'i.voornamen', 'i.tussenvoegsel', 'i.achternaam', 'i.status', 'd.datumOndertekening', 'md.eindgesprek', 'z.afgerondOp'])
    .where(binnen('i.id', selectie))
    .orderBy('i.id')
    .execute();
  const pips = perDossier(
    await db.selectFrom('pips as p').select(['p.inburgeraarId', 'p.status', 'p.dagtekening', 'p.termijnStart', pipDuoSql.as('inhoud')]).where(binnen('p.inburgeraarId', selectie)).orderBy('p.inburgeraarId').orderBy('p.versie').execute(),
  );
  const verwijtbaarheid = perDossier(
    await db
      .selectFrom('verwijtbaarheid as v')
      .select(['v.inburgeraarId', 'v.onderdeel', 'v.verwijtbaar', 'v.vastgesteldOp', 'v.toelichting'])
      .where(binnen('v.inburgeraarId', selectie))
      .orderBy('v.inburgeraarId')
      .orderBy('v.onderdeel')
      .execute(),
  );
  const themas = perDossier(await db.selectFrom('mapThemas as t').select(['t.inburgeraarId', 't.thema', 't.status', 't.uren', 't.aanbieder']).where(binnen('t.inburgeraarId', selectie)).execute());
  const sessieUren = perDossier(
    await db
      .selectFrom('pvtAanwezigheid as a')
      .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
      .select(['a.inburgeraarId', 's.mapThema', 's.uren'])
      .where(binnen('a.inburgeraarId', selectie))
      .where('s.mapThema', 'is not', null)
      .where('a.aanwezig', '=', 1)
      .orderBy('a.inburgeraarId')
      .orderBy('a.sessieId')
      .execute(),
  );
  const meldingen = perDossier(
    await db.selectFrom('duoMeldingen as m').select(['m.inburgeraarId', 'm.veld', 'm.waarde', 'm.gemeldOp']).where(binnen('m.inburgeraarId', selectie)).orderBy('m.inburgeraarId').orderBy('m.veld').execute(),
  );
  const inhouden = new Map<string, DuoBron['pips'][number]['inhoud']>();
  const inhoudVan = (tekst: string) => {
    let inhoud = inhouden.get(tekst);
    if (!inhoud) inhouden.set(tekst, (inhoud = PIP_DUO.parse(JSON.parse(tekst))));
    return inhoud;
  };

  return rijen.map((r) => {
    const opgeslagenThemas = new Map<MapThema, MapThemaInvoer>((themas.get(r.id) ?? []).map(({ thema, status, uren, aanbieder }) => [thema, { thema, status, uren, aanbieder }]));
    return {
      persoon: { id: r.id, bsn: r.bsn, voornamen: r.voornamen, tussenvoegsel: r.tussenvoegsel, achternaam: r.achternaam, status: r.status },
      pips: (pips.get(r.id) ?? []).map((p) => ({ status: p.status as PipStatus, dagtekening: p.dagtekening, termijnStart: p.termijnStart, inhoud: inhoudVan(p.inhoud) })),
      datumOndertekeningPvt: r.datumOndertekening ?? null,
      eindgesprekMap: r.eindgesprek ?? null,
      zRouteAfgerondOp: r.afgerondOp ?? null,
      verwijtbaarheid: (verwijtbaarheid.get(r.id) ?? []).map((v) => ({
        onderdeel: v.onderdeel as VerwijtbaarheidOnderdeel,
        verwijtbaar: v.verwijtbaar === 1,
        vastgesteldOp: v.vastgesteldOp,
        toelichting: v.toelichting,
      })),
      mapThemas: MAP_THEMAS.map((thema) => opgeslagenThemas.get(thema) ?? { thema, status: 'open' as const, uren: 0, aanbieder: null }),
      mapSessieUren: (sessieUren.get(r.id) ?? []).map((m) => ({ thema: m.mapThema as MapThema, uren: m.uren })),
      meldingen: (meldingen.get(r.id) ?? []).map((m) => ({ veld: m.veld as DuoVeld, waarde: m.waarde, gemeldOp: m.gemeldOp })),
    };
  });
}

/** Records that DUO now has this value of the fact; an earlier report of the same fact is replaced. */
export async function markeerGemeld(db: Verbinding, items: readonly { inburgeraarId: number; veld: DuoVeld; waarde: string }[], gemeldOp: string): Promise<void> {
  for (const { inburgeraarId, veld, waarde } of items) {
    await db
      .insertInto('duoMeldingen')
      .values({ inburgeraarId, veld, waarde, gemeldOp })
      .onConflict((oc) => oc.columns(['inburgeraarId', 'veld']).doUpdateSet({ waarde, gemeldOp }))
      .execute();
  }
}

export async function legVerwijtbaarheidVast(
  db: Verbinding,
  rij: { inburgeraarId: number; onderdeel: VerwijtbaarheidOnderdeel; verwijtbaar: boolean; vastgesteldOp: string; toelichting: string | null },
): Promise<void> {
  const velden = { verwijtbaar: rij.verwijtbaar ? 1 : 0, vastgesteldOp: rij.vastgesteldOp, toelichting: rij.toelichting };
  await db
    .insertInto('verwijtbaarheid')
    .values({ inburgeraarId: rij.inburgeraarId, onderdeel: rij.onderdeel, ...velden })
    .onConflict((oc) => oc.columns(['inburgeraarId', 'onderdeel']).doUpdateSet(velden))
    .execute();
}
