import { sql } from 'kysely';
import type { Leerroute } from '../shared/domain/pip';
import { volledigeInstellingen, type JaarverslagFeiten, type JaarverslagInstellingen } from '../shared/rules/jaarverslag';
import { leesInstellingen } from './instellingen';
import type { Verbinding } from './verbinding';

// The facts of the jaarverslag (issue 13): one query per table for the whole vault, never a query per
// dossier, so 50,000 dossiers report in seconds. Only the columns the report needs; no names, no BSN.
// The pure rules (shared/rules/jaarverslag.ts) do all the counting.
// The dossiers and the PIP versions are read from covering indexes (migration 0013: inburgeraars_jaarverslag,
// pips_jaarverslag), never from the wide rows themselves; the expressions below are the indexed ones,
// character for character, or SQLite reads the table again (test/integration/jaarverslag-kerncijfers.test.ts
// checks the query plans).

/** The indexed expressions of pips_jaarverslag (migration 0013). */
const LEERROUTE = sql<string | null>`json_extract(inhoud, '$.leerroute')`;
const DERDE_ONTVANGEN_OP = sql<string | null>`json_extract(inhoud, '$.informatieDerdeOntvangenOp')`;
const REDEN_SOORT = sql<string | null>`json_type(inhoud, '$.redenTermijnOverschreden')`;

/** Ids per query when the reasons are read (well under SQLite's parameter limit). */
const BLOK = 500;

/** The settings of the jaarverslag, stored as one JSON row under their own key. */
const SLEUTEL = 'jaarverslag';

export async function leesJaarverslagInstellingen(db: Verbinding): Promise<JaarverslagInstellingen> {
  const rij = await db.selectFrom('instellingen').select('waarde').where('sleutel', '=', SLEUTEL).executeTakeFirst();
  return volledigeInstellingen(rij ? (JSON.parse(rij.waarde) as Partial<JaarverslagInstellingen>) : null);
}

export async function schrijfJaarverslagInstellingen(db: Verbinding, instellingen: JaarverslagInstellingen): Promise<void> {
  const waarde = JSON.stringify(instellingen);
  await db
    .insertInto('instellingen')
    .values({ sleutel: SLEUTEL, waarde })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde }))
    .execute();
}

/** Years with instroom, vestiging or a PIP (newest first): three small grouped queries. */
export async function jarenMetGegevensInKluis(db: Verbinding): Promise<number[]> {
  const jaar = (kolom: string) => sql<string>`substr(${sql.ref(kolom)}, 1, 4)`;
  const rijen = [
    ...(await db.selectFrom('inburgeraars').select(jaar('datumKennisgevingDuo').as('jaar')).where('datumKennisgevingDuo', 'is not', null).groupBy('jaar').execute()),
    ...(await db.selectFrom('inburgeraars').select(jaar('datumInschrijvingBrp').as('jaar')).where('datumInschrijvingBrp', 'is not', null).groupBy('jaar').execute()),
    ...(await db.selectFrom('pips').select(jaar('dagtekening').as('jaar')).where('dagtekening', 'is not', null).where('status', '!=', 'concept').groupBy('jaar').execute()),
  ];
  return [...new Set(rijen.map((r) => Number(r.jaar)))].filter((j) => Number.isInteger(j)).sort((a, b) => b - a);
}

/** The two reads that grow with the caseload, each from its covering index (exported for the query-plan test). */
export function jaarverslagLezingen(db: Verbinding) {
  return {
    dossiers: db
      .selectFrom('inburgeraars')
      .select(['id', 'doelgroep', 'geboortedatum', 'datumKennisgevingDuo', 'datumInschrijvingBrp', 'huisvestingArt28', 'termijnStartEerder'])
      .orderBy('id'),
    pips: db
      .selectFrom('pips')
      .select(['id', 'inburgeraarId', 'versie', 'soort', 'wijzigingReden', 'dagtekening', 'geimporteerd', LEERROUTE.as('leerroute'), DERDE_ONTVANGEN_OP.as('derdeOntvangenOp'), REDEN_SOORT.as('redenSoort')])
      .where('status', '!=', 'concept')
      .where('dagtekening', 'is not', null)
      .orderBy('inburgeraarId')
      .orderBy('versie'),
  };
}

/** Everything the report counts, for all years (earlier years feed the comparison and the cohorts). */
export async function jaarverslagFeiten(db: Verbinding): Promise<JaarverslagFeiten> {
  const instellingen = await leesInstellingen(db);
  const lezingen = jaarverslagLezingen(db);
  const dossiers = await lezingen.dossiers.execute();
  const pips = await lezingen.pips.execute();
  // Whether a reason for lateness was written needs its text (blank does not count): read only for the few
  // versions whose reason is a string at all.
  const redenVastgelegd = new Set<number>();
  const metReden = pips.flatMap((p) => (p.redenSoort === 'text' ? [p.id] : []));
  for (let i = 0; i < metReden.length; i += BLOK) {
    const rijen = await db
      .selectFrom('pips')
      .select(['id', sql<unknown>`json_extract(inhoud, '$.redenTermijnOverschreden')`.as('reden')])
      .where('id', 'in', metReden.slice(i, i + BLOK))
      .execute();
    for (const { id, reden } of rijen) if (typeof reden === 'string' && reden.trim() !== '') redenVastgelegd.add(id);
  }
  const pvt = await db.selectFrom('pvtDossiers').select(['inburgeraarId', 'datumOndertekening']).where('datumOndertekening', 'is not', null).execute();
  const map = await db.selectFrom('mapDossiers').select(['inburgeraarId', 'eindgesprek']).where('eindgesprek', 'is not', null).execute();
  const zRoute = await db.selectFrom('zRoute').select(['inburgeraarId', 'afgerondOp']).where('afgerondOp', 'is not', null).execute();
  const intakes = await db.selectFrom('intakes').select(['inburgeraarId', 'afgerondOp']).where('afgerondOp', 'is not', null).execute();
  const examens = await db.selectFrom('examenresultaten').select(['inburgeraarId', 'onderdeel', 'datum', 'behaald']).execute();
  const ladder = await db.selectFrom('participatieladder').select(['inburgeraarId', 'trede', 'datum']).orderBy('id').execute();
  const ontzorgen = await db.selectFrom('ontzorgen').select(['inburgeraarId', 'startBijstand', 'einde']).execute();
  const begeleiding = await db.selectFrom('begeleiding').select(['inburgeraarId', 'start', 'afgerondOp']).execute();
  const boetes = await db.selectFrom('boetes').select(['soort', 'status', 'bedrag', 'dagtekening', 'betaaldOp', 'ingetrokkenOp']).execute();
  const bezwaren = await db.selectFrom('bezwaren').select(['beschikkingSoort', 'ontvangenOp', 'uitkomst', 'uitkomstOp']).execute();
  const wachtOpDerde = await db.selectFrom('wachtOpDerde').select(['inburgeraarId', 'sinds', 'ontvangenOp']).execute();

  return {
    gemeentenaam: instellingen.gemeentenaam,
    extraRustdagen: instellingen.extraRustdagen,
    dossiers: dossiers.map((d) => ({ ...d, huisvestingArt28: d.huisvestingArt28 === 1 })),
    pips: pips.map((p) => ({
      inburgeraarId: p.inburgeraarId,
      versie: p.versie,
      soort: p.soort,
      wijzigingReden: p.wijzigingReden,
      dagtekening: p.dagtekening!,
      leerroute: (p.leerroute as Leerroute | null) ?? null,
      geimporteerd: p.geimporteerd === 1,
      // Only whether a reason was written, never its text (it can hold personal details).
      redenTeLaatVastgelegd: redenVastgelegd.has(p.id),
      derdeOntvangenOp: p.derdeOntvangenOp ?? null,
    })),
    pvtOndertekend: pvt.map((r) => ({ inburgeraarId: r.inburgeraarId, datum: r.datumOndertekening! })),
    mapEindgesprek: map.map((r) => ({ inburgeraarId: r.inburgeraarId, datum: r.eindgesprek! })),
    zRouteAfgerond: zRoute.map((r) => ({ inburgeraarId: r.inburgeraarId, datum: r.afgerondOp! })),
    intakeAfgerond: intakes.map((r) => ({ inburgeraarId: r.inburgeraarId, datum: r.afgerondOp! })),
    examens: examens.map((e) => ({ inburgeraarId: e.inburgeraarId, onderdeel: e.onderdeel, datum: e.datum, behaald: e.behaald === 1 })),
    ladder,
    ontzorgen,
    begeleiding,
    boetes,
    bezwaren,
    wachtOpDerde,
  };
}
