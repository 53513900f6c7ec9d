import { pipInhoud } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import type { DossierFeiten } from '../shared/rules/signalen';
import { isEindstatus, STATUSSEN } from '../shared/rules/status';
import { bezwaarFeiten } from './bezwaar';
import { duoFeiten } from './duo';
import { pvtFeiten } from './pvt';
import type { Verbinding } from './verbinding';

// The facts behind the werkvoorraad (shared/rules/signalen.ts), for all dossiers or one: one query per
// table, grouped in memory — never a query per dossier (the werkvoorraad must stay fast at 50,000).

const EINDSTATUSSEN = STATUSSEN.filter(isEindstatus);

function perDossier<T extends { inburgeraarId: number }>(rijen: readonly T[]): Map<number, T[]> {
  const groepen = new Map<number, T[]>();
  for (const rij of rijen) {
    const groep = groepen.get(rij.inburgeraarId);
    if (groep) groep.push(rij);
    else groepen.set(rij.inburgeraarId, [rij]);
  }
  return groepen;
}

export async function werkvoorraadFeiten(db: Verbinding, inburgeraarId?: number): Promise<DossierFeiten[]> {
  const id = inburgeraarId;
  const inburgeraars = await db
    .selectFrom('inburgeraars')
    .select(['id', 'voornamen', 'tussenvoegsel', 'achternaam', 'doelgroep', 'status', 'datumKennisgevingDuo', 'datumInschrijvingBrp', 'huisvestingArt28', 'termijnStartEerder', 'gewijzigd'])
    .$if(id !== undefined, (q) => q.where('id', '=', id!))
    .execute();
  const oproepen = await db
    .selectFrom('oproepen')
    .select(['id', 'inburgeraarId', 'volgnummer', 'verschijnenOp', 'uitkomst'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .orderBy('volgnummer')
    .execute();
  const intakes = await db.selectFrom('intakes').select(['inburgeraarId', 'afgerondOp']).$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!)).execute();
  const pips = await db
    .selectFrom('pips')
    .select(['id', 'inburgeraarId', 'versie', 'status', 'wijzigingReden', 'inhoud', 'dagtekening', 'termijnStart', 'verzenddatum'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .orderBy('versie')
    .execute();
  const gesprekken = await db
    .selectFrom('voortgangsgesprekken')
    .select(['id', 'inburgeraarId', 'gepland', 'tijd', 'gehouden'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .orderBy('gepland')
    .execute();
  const periodes = await db
    .selectFrom('leerroutePeriodes')
    .select(['inburgeraarId', 'soort', 'tot', 'urenGevolgd'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const begeleiding = await db
    .selectFrom('begeleiding')
    .select(['inburgeraarId', 'start', 'geplandEinde', 'afgerondOp'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const ontzorgen = await db
    .selectFrom('ontzorgen')
    .select(['inburgeraarId', 'startBijstand', 'einde', 'uitstroomgesprek'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const afspraken = await db
    .selectFrom('afspraken')
    .select(['id', 'inburgeraarId', 'datum', 'tijd', 'plaats'])
    .where('afgehandeld', '=', 0)
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
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
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
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
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .execute();
  const bezwaren = await bezwaarFeiten(db, id);
  const boetes = await db
    .selectFrom('boetes')
    .select(['id', 'inburgeraarId', 'soort', 'status', 'bedrag', 'dagtekening', 'bezwaarOntvangenOp', 'zienswijzeTermijnTot', 'zienswijzeOntvangenOp', 'rapportDatum', 'betaaldOp', 'invorderingOvergedragenOp', 'nieuweAfspraakOp', 'nieuweAfspraakUitkomst'])
    .$if(id !== undefined, (q) => q.where('inburgeraarId', '=', id!))
    .orderBy('id')
    .execute();
  const duo = await duoFeiten(db, id === undefined ? 'alle' : { inburgeraarIds: [id] });
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

  return inburgeraars.map((i): DossierFeiten => {
    const p = pvtVan.get(i.id);
    const w = wachtVan.get(i.id);
    const b = begeleidingVan.get(i.id);
    const o = ontzorgenVan.get(i.id);
    return {
      inburgeraar: { ...i, huisvestingArt28: i.huisvestingArt28 === 1 },
      oproepen: (oproepenVan.get(i.id) ?? []).map(({ id, volgnummer, verschijnenOp, uitkomst }) => ({ id, volgnummer, verschijnenOp, uitkomst })),
      intake: intakeVan.has(i.id) ? { afgerondOp: intakeVan.get(i.id)!.afgerondOp } : null,
      pips: (pipsVan.get(i.id) ?? []).map(({ inhoud, inburgeraarId: _, ...rij }) => {
        const plan = pipInhoud.parse(JSON.parse(inhoud));
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
