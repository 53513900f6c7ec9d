import { sql } from 'kysely';
import { pipInhoud } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import type { DossierFeiten } from '../shared/rules/signalen';
import { isEindstatus, STATUSSEN } from '../shared/rules/status';
import { duoFeiten } from './duo';
import { pvtFeiten } from './pvt';
import { dossierStatusNiet, perDossier } from './per-dossier';
import type { Verbinding } from './verbinding';

// The facts behind the werkvoorraad (shared/rules/signalen.ts), for all dossiers or one: one query per
// table, grouped in memory — never a query per dossier (the werkvoorraad must stay fast at 50,000).
// For all dossiers the SQL narrows to what can still give a signal: a dossier in an eindstatus only has the
// bewaartermijn signal (status, statuswijzigingen, uitstel), so its intake, PIPs, PVT, DUO … are not read.
// One dossier (the dossier page, and the reference the set-based list is tested against) gets everything.

const EINDSTATUSSEN = STATUSSEN.filter(isEindstatus);

// Only the four fields of the PIP the signals read, taken out of the JSON by SQLite (json `->` keeps their
// JSON form) and validated by the same zod fields as the whole plan: a caseload shares a few dozen
// combinations, so each distinct one is parsed once per read instead of every plan in full.
const PIP_KERN = pipInhoud.pick({ leerroute: true, niveau: true, niveauPerOnderdeel: true, voortgangsgesprekkenElkeMaanden: true });
type PipKern = ReturnType<typeof PIP_KERN.parse>;
const pipKernSql = sql<string>`json_object('leerroute', inhoud -> '$.leerroute', 'niveau', inhoud -> '$.niveau', 'niveauPerOnderdeel', inhoud -> '$.niveauPerOnderdeel', 'voortgangsgesprekkenElkeMaanden', inhoud -> '$.voortgangsgesprekkenElkeMaanden')`;

export async function werkvoorraadFeiten(db: Verbinding, inburgeraarId?: number): Promise<DossierFeiten[]> {
  const id = inburgeraarId;
  // The dossiers whose facts matter beyond the bewaartermijn: one id, or every dossier not in an eindstatus.
  // EXISTS on the primary key: one scan with a probe per row, no list of all open ids first (issue 14).
  const open = dossierStatusNiet('inburgeraarId', EINDSTATUSSEN);
  const inburgeraars = await db
    .selectFrom('inburgeraars')
    .select(['id', 'voornamen', 'tussenvoegsel', 'achternaam', 'doelgroep', 'status', 'datumKennisgevingDuo', 'datumInschrijvingBrp', 'huisvestingArt28', 'termijnStartEerder', 'gewijzigd'])
    .$if(id !== undefined, (q) => q.where('id', '=', id!))
    .execute();
  const oproepen = await db
    .selectFrom('oproepen')
    .select(['id', 'inburgeraarId', 'volgnummer', 'verschijnenOp', 'uitkomst'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('volgnummer')
    .execute();
  const intakes = await db
    .selectFrom('intakes')
    .select(['inburgeraarId', 'afgerondOp'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const pips = await db
    .selectFrom('pips')
    .select(['id', 'inburgeraarId', 'versie', 'status', 'wijzigingReden', 'dagtekening', 'termijnStart', 'verzenddatum'])
    .select(pipKernSql.as('kern'))
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('versie')
    .execute();
  const gesprekken = await db
    .selectFrom('voortgangsgesprekken')
    .select(['id', 'inburgeraarId', 'gepland', 'tijd', 'gehouden'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('gepland')
    .execute();
  const periodes = await db
    .selectFrom('leerroutePeriodes')
    .select(['inburgeraarId', 'soort', 'tot', 'urenGevolgd'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const begeleiding = await db
    .selectFrom('begeleiding')
    .select(['inburgeraarId', 'start', 'geplandEinde', 'afgerondOp'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const ontzorgen = await db
    .selectFrom('ontzorgen')
    .select(['inburgeraarId', 'startBijstand', 'einde', 'uitstroomgesprek'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const afspraken = await db
    .selectFrom('afspraken')
    .select(['id', 'inburgeraarId', 'datum', 'tijd', 'plaats'])
    .where('afgehandeld', '=', 0)
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('datum')
    .execute();
  const uitstel = await db
    .selectFrom('signaalUitstel')
    .select(['inburgeraarId', 'sleutel', 'tot', 'reden'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const wacht = await db
    .selectFrom('wachtOpDerde')
    .select(['inburgeraarId', 'omschrijving', 'sinds', 'verwachtOp', 'ontvangenOp'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const wijzigingen = await db
    .selectFrom('statuswijzigingen')
    .select(['inburgeraarId', 'naar', 'datum', 'correctie'])
    .where('naar', 'in', EINDSTATUSSEN)
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const verwijtbaarheid = await db
    .selectFrom('verwijtbaarheid')
    .select(['inburgeraarId', 'onderdeel'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .execute();
  const bezwaren = await db
    .selectFrom('bezwaren')
    .select(['id', 'inburgeraarId', 'beschikkingSoort', 'beschikkingKenmerk', 'verzenddatum', 'ontvangenOp', 'adviescommissie', 'hoorzittingOp', 'hoorzittingAfgezienReden', 'verdaagdOp', 'uitkomst', 'uitkomstOud'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('id')
    .execute();
  const boetes = await db
    .selectFrom('boetes')
    .select(['id', 'inburgeraarId', 'soort', 'status', 'bedrag', 'dagtekening', 'bezwaarOntvangenOp', 'zienswijzeTermijnTot', 'zienswijzeOntvangenOp', 'rapportDatum', 'betaaldOp', 'invorderingOvergedragenOp', 'nieuweAfspraakOp', 'nieuweAfspraakUitkomst'])
    .where((eb) => (id !== undefined ? eb('inburgeraarId', '=', id) : open))
    .orderBy('id')
    .execute();
  const duo = await duoFeiten(db, id === undefined ? { statusNiet: EINDSTATUSSEN } : { inburgeraarIds: [id] });
  // PVT and MAP only matter for open dossiers.
  const pvt = await pvtFeiten(db, id === undefined ? { statusNiet: EINDSTATUSSEN } : { inburgeraarId: id });

  const oproepenVan = perDossier(oproepen);
  const intakeVan = new Map(intakes.map((r) => [r.inburgeraarId, r]));
  const pipsVan = perDossier(pips);
  const gesprekkenVan = perDossier(gesprekken);
  const periodesVan = perDossier(periodes);
  const begeleidingVan = new Map(begeleiding.map((r) => [r.inburgeraarId, r]));
  const ontzorgenVan = new Map(ontzorgen.map((r) => [r.inburgeraarId, r]));
  const afsprakenVan = perDossier(afspraken);
  const uitstelVan = perDossier(uitstel);
  const wachtVan = new Map(wacht.map((r) => [r.inburgeraarId, r]));
  const wijzigingenVan = perDossier(wijzigingen);
  const verwijtbaarheidVan = perDossier(verwijtbaarheid);
  const pvtVan = new Map(pvt.map((p) => [p.persoon.id, p]));
  const duoVan = new Map(duo.map((d) => [d.persoon.id, d]));
  const boetesVan = perDossier(boetes);
  const bezwarenVan = perDossier(bezwaren);
  const kernen = new Map<string, PipKern>();
  const kernVan = (tekst: string): PipKern => {
    let kern = kernen.get(tekst);
    if (!kern) kernen.set(tekst, (kern = PIP_KERN.parse(JSON.parse(tekst))));
    return kern;
  };

  return inburgeraars.map((i): DossierFeiten => {
    const p = pvtVan.get(i.id);
    const w = wachtVan.get(i.id);
    const b = begeleidingVan.get(i.id);
    const o = ontzorgenVan.get(i.id);
    return {
      inburgeraar: { ...i, huisvestingArt28: i.huisvestingArt28 === 1 },
      oproepen: (oproepenVan.get(i.id) ?? []).map(({ id, volgnummer, verschijnenOp, uitkomst }) => ({ id, volgnummer, verschijnenOp, uitkomst })),
      intake: intakeVan.has(i.id) ? { afgerondOp: intakeVan.get(i.id)!.afgerondOp } : null,
      pips: (pipsVan.get(i.id) ?? []).map(({ kern, inburgeraarId: _, ...rij }) => {
        const plan = kernVan(kern);
        return {
          ...rij,
          leerroute: plan.leerroute,
          niveau: plan.niveau,
          niveauPerOnderdeel: plan.niveauPerOnderdeel,
          voortgangsgesprekkenElkeMaanden: plan.voortgangsgesprekkenElkeMaanden,
        };
      }),
      pvt: p && !isEindstatus(i.status)
        ? { aanwezigheden: p.aanwezigheden, intakeUren: p.intakeUren, datumOndertekening: p.datumOndertekening, mapThemas: p.mapThemas, mapSessieUren: p.mapSessieUren, eindgesprek: p.eindgesprek }
        : null,
      voortgangsgesprekken: (gesprekkenVan.get(i.id) ?? []).map(({ id, gepland, tijd, gehouden }) => ({ id, gepland, tijd, gehouden })),
      leerroutePeriodes: (periodesVan.get(i.id) ?? []).map(({ soort, tot, urenGevolgd }) => ({ soort, tot, urenGevolgd })),
      begeleiding: b ? { start: b.start, geplandEinde: b.geplandEinde, afgerondOp: b.afgerondOp } : null,
      ontzorgen: o ? { startBijstand: o.startBijstand, einde: o.einde, uitstroomgesprek: o.uitstroomgesprek } : null,
      afspraken: (afsprakenVan.get(i.id) ?? []).map(({ id, datum, tijd, plaats }) => ({ id, datum, tijd, plaats })),
      uitstel: (uitstelVan.get(i.id) ?? []).map(({ sleutel, tot, reden }) => ({ sleutel, tot, reden })),
      wachtOpDerde: w ? { omschrijving: w.omschrijving, sinds: w.sinds, verwachtOp: w.verwachtOp, ontvangenOp: w.ontvangenOp } : null,
      statuswijzigingen: (wijzigingenVan.get(i.id) ?? []).map(({ naar, datum, correctie }) => ({ naar, datum, correctie: correctie === 1 })),
      verwijtbaarheid: (verwijtbaarheidVan.get(i.id) ?? []).map((v) => v.onderdeel),
      duo: duoVan.get(i.id) ?? null,
      bezwaren: (bezwarenVan.get(i.id) ?? []).map(({ inburgeraarId: _, adviescommissie, ...b }) => ({ ...b, adviescommissie: adviescommissie === 1 })),
      boetes: (boetesVan.get(i.id) ?? []).map(({ inburgeraarId: _, ...b }) => b),
    };
  });
}

/** Birth dates for the rows of the weeklijst (the facts of a signal carry none): one read, only the ids asked. */
export async function geboortedatums(db: Verbinding, ids: readonly number[]): Promise<Map<number, string>> {
  const uit = new Map<number, string>();
  // In chunks: SQLite allows a limited number of bound parameters.
  for (let van = 0; van < ids.length; van += 5000) {
    const deel = ids.slice(van, van + 5000);
    const rijen = await db.selectFrom('inburgeraars').select(['id', 'geboortedatum']).where('id', 'in', deel).execute();
    for (const r of rijen) uit.set(r.id, r.geboortedatum);
  }
  return uit;
}

export type WachtOpDerdeRij = { inburgeraarId: number; omschrijving: string; sinds: string; verwachtOp: string | null; ontvangenOp: string | null };

export async function zetUitstel(db: Verbinding, rij: { inburgeraarId: number; sleutel: string; tot: string; reden: string }, nu: string): Promise<void> {
  await db
    .insertInto('signaalUitstel')
    .values({ ...rij, aangemaakt: nu })
    .onConflict((oc) => oc.columns(['inburgeraarId', 'sleutel']).doUpdateSet({ tot: rij.tot, reden: rij.reden, aangemaakt: nu }))
    .execute();
}

export async function verwijderUitstel(db: Verbinding, inburgeraarId: number, sleutel: string): Promise<void> {
  const uitkomst = await db.deleteFrom('signaalUitstel').where('inburgeraarId', '=', inburgeraarId).where('sleutel', '=', sleutel).executeTakeFirst();
  if (uitkomst.numDeletedRows === 0n) throw new KoersFout('NIET_GEVONDEN', 'Dit signaal is niet uitgesteld. Vernieuw het scherm.');
}

export async function leesWachtOpDerde(db: Verbinding, inburgeraarId: number): Promise<WachtOpDerdeRij | null> {
  return (await db.selectFrom('wachtOpDerde').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst()) ?? null;
}

export async function zetWachtOpDerde(db: Verbinding, rij: { inburgeraarId: number; omschrijving: string; sinds: string; verwachtOp: string | null }): Promise<void> {
  await db
    .insertInto('wachtOpDerde')
    .values({ ...rij, ontvangenOp: null })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet({ omschrijving: rij.omschrijving, sinds: rij.sinds, verwachtOp: rij.verwachtOp, ontvangenOp: null }))
    .execute();
}

export async function zetWachtOpDerdeOntvangen(db: Verbinding, inburgeraarId: number, ontvangenOp: string): Promise<void> {
  await db.updateTable('wachtOpDerde').set({ ontvangenOp }).where('inburgeraarId', '=', inburgeraarId).execute();
}

export async function verwijderWachtOpDerde(db: Verbinding, inburgeraarId: number): Promise<void> {
  await db.deleteFrom('wachtOpDerde').where('inburgeraarId', '=', inburgeraarId).execute();
}
