import { jsonArrayFrom } from 'kysely/helpers/sqlite';
import type { DuoVeld, VerwijtbaarheidOnderdeel } from '../shared/domain/duo';
import { pipInhoud, type PipStatus } from '../shared/domain/pip';
import { MAP_THEMAS, type MapThema, type MapThemaInvoer } from '../shared/domain/pvt';
import type { MapSessieUren } from '../shared/rules/pvt';
import type { DuoBron, DuoMelding } from '../shared/rules/duo';
import type { Status } from '../shared/rules/status';
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

// jsonArrayFrom returns JSON text on SQLite.
function lijstUit<T>(waarde: unknown): T[] {
  return (typeof waarde === 'string' ? JSON.parse(waarde) : (waarde ?? [])) as T[];
}

/** One query for every dossier (or the ones asked for): never a query per person. */
export async function duoFeiten(db: Verbinding, selectie: { inburgeraarIds: readonly number[] } | 'alle'): Promise<DuoDossierFeiten[]> {
  let query = db
    .selectFrom('inburgeraars as i')
    .leftJoin('pvtDossiers as d', 'd.inburgeraarId', 'i.id')
    .leftJoin('mapDossiers as md', 'md.inburgeraarId', 'i.id')
    .leftJoin('zRoute as z', 'z.inburgeraarId', 'i.id')
    .select(['i.id', 'i.bsn', 'i.voornamen', 'i.tussenvoegsel', 'i.achternaam', 'i.status', 'd.datumOndertekening', 'md.eindgesprek', 'z.afgerondOp'])
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('pips as p').select(['p.status', 'p.dagtekening', 'p.termijnStart', 'p.inhoud']).whereRef('p.inburgeraarId', '=', 'i.id').orderBy('p.versie')).as('pips'),
      jsonArrayFrom(
        eb.selectFrom('verwijtbaarheid as v').select(['v.onderdeel', 'v.verwijtbaar', 'v.vastgesteldOp', 'v.toelichting']).whereRef('v.inburgeraarId', '=', 'i.id').orderBy('v.onderdeel'),
      ).as('verwijtbaarheid'),
      jsonArrayFrom(eb.selectFrom('mapThemas as t').select(['t.thema', 't.status', 't.uren', 't.aanbieder']).whereRef('t.inburgeraarId', '=', 'i.id')).as('mapThemas'),
      jsonArrayFrom(
        eb
          .selectFrom('pvtAanwezigheid as a')
          .innerJoin('pvtSessies as s', 's.id', 'a.sessieId')
          .select(['s.mapThema', 's.uren'])
          .whereRef('a.inburgeraarId', '=', 'i.id')
          .where('s.mapThema', 'is not', null)
          .where('a.aanwezig', '=', 1),
      ).as('mapSessieUren'),
      jsonArrayFrom(eb.selectFrom('duoMeldingen as m').select(['m.veld', 'm.waarde', 'm.gemeldOp']).whereRef('m.inburgeraarId', '=', 'i.id')).as('meldingen'),
    ])
    .orderBy('i.id');
  if (selectie !== 'alle') query = query.where('i.id', 'in', selectie.inburgeraarIds.length > 0 ? [...selectie.inburgeraarIds] : [0]);
  const rijen = await query.execute();

  return rijen.map((r) => {
    const opgeslagenThemas = new Map(lijstUit<MapThemaInvoer>(r.mapThemas).map((t) => [t.thema, t]));
    return {
    persoon: { id: r.id, bsn: r.bsn, voornamen: r.voornamen, tussenvoegsel: r.tussenvoegsel, achternaam: r.achternaam, status: r.status },
    pips: lijstUit<{ status: PipStatus; dagtekening: string | null; termijnStart: string | null; inhoud: string }>(r.pips).map((p) => ({
      status: p.status,
      dagtekening: p.dagtekening,
      termijnStart: p.termijnStart,
      inhoud: pipInhoud.parse(JSON.parse(p.inhoud)),
    })),
    datumOndertekeningPvt: r.datumOndertekening ?? null,
    eindgesprekMap: r.eindgesprek ?? null,
    zRouteAfgerondOp: r.afgerondOp ?? null,
    verwijtbaarheid: lijstUit<{ onderdeel: VerwijtbaarheidOnderdeel; verwijtbaar: number; vastgesteldOp: string; toelichting: string | null }>(r.verwijtbaarheid).map((v) => ({
      ...v,
      verwijtbaar: v.verwijtbaar === 1,
    })),
    mapThemas: MAP_THEMAS.map((thema) => opgeslagenThemas.get(thema) ?? { thema, status: 'open' as const, uren: 0, aanbieder: null }),
    mapSessieUren: lijstUit<{ mapThema: MapThema; uren: number }>(r.mapSessieUren).map((m) => ({ thema: m.mapThema, uren: m.uren })),
    meldingen: lijstUit<DuoMelding>(r.meldingen),
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
