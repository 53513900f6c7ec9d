import { intakeInvoer, type Intake, type IntakeInvoer, type Oproep, type OproepUitkomst } from '../shared/domain/intake';
import { KoersFout } from '../shared/fouten';
import type { Verbinding } from './verbinding';


export async function leesOproepen(db: Verbinding, inburgeraarId: number): Promise<Oproep[]> {
  const rijen = await db.selectFrom('oproepen').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('volgnummer').execute();
  return rijen;
}

export async function leesIntake(db: Verbinding, inburgeraarId: number): Promise<Intake> {
  const rij = await db.selectFrom('intakes').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  const gegevens = intakeInvoer.parse(rij ? JSON.parse(rij.gegevens) : {});
  return {
    ...gegevens,
    inburgeraarId,
    afgerondOp: rij?.afgerondOp ?? null,
    inAfwezigheid: rij?.inAfwezigheid === 1,
    oproepen: await leesOproepen(db, inburgeraarId),
  };
}

export async function schrijfIntake(db: Verbinding, inburgeraarId: number, gegevens: IntakeInvoer, nu: string): Promise<void> {
  const bestaand = await db.selectFrom('intakes').select('afgerondOp').where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (bestaand?.afgerondOp) {
    throw new KoersFout('ONGELDIGE_INVOER', 'Deze intake is afgerond en wordt niet meer gewijzigd. Leg nieuwe informatie vast bij het PIP of in een wijziging.');
  }
  await db
    .insertInto('intakes')
    .values({ inburgeraarId, gegevens: JSON.stringify(gegevens), afgerondOp: null, inAfwezigheid: 0, gewijzigd: nu })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet({ gegevens: JSON.stringify(gegevens), gewijzigd: nu }))
    .execute();
}

export async function rondIntakeAf(db: Verbinding, inburgeraarId: number, datum: string, inAfwezigheid: boolean, nu: string): Promise<void> {
  const bestaand = await db.selectFrom('intakes').select('inburgeraarId').where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (!bestaand) {
    await db.insertInto('intakes').values({ inburgeraarId, gegevens: '{}', afgerondOp: datum, inAfwezigheid: inAfwezigheid ? 1 : 0, gewijzigd: nu }).execute();
    return;
  }
  await db.updateTable('intakes').set({ afgerondOp: datum, inAfwezigheid: inAfwezigheid ? 1 : 0, gewijzigd: nu }).where('inburgeraarId', '=', inburgeraarId).execute();
}

export async function voegOproepToe(
  db: Verbinding,
  oproep: { inburgeraarId: number; verzonden: string; verschijnenOp: string; tijdEnPlaats: string; documentId: number | null },
): Promise<number> {
  const laatste = await db.selectFrom('oproepen').select((eb) => eb.fn.max('volgnummer').as('max')).where('inburgeraarId', '=', oproep.inburgeraarId).executeTakeFirst();
  const rij = await db
    .insertInto('oproepen')
    .values({ ...oproep, volgnummer: Number(laatste?.max ?? 0) + 1, uitkomst: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

const OPROEP_NIET_GEVONDEN = () => new KoersFout('NIET_GEVONDEN', 'Deze oproep bestaat niet (meer).');

export async function leesOproep(db: Verbinding, oproepId: number): Promise<Oproep & { inburgeraarId: number }> {
  const rij = await db.selectFrom('oproepen').selectAll().where('id', '=', oproepId).executeTakeFirst();
  if (!rij) throw OPROEP_NIET_GEVONDEN();
  return rij;
}

/** Sets the outcome; a correction also records its reason and day. */
export async function zetOproepUitkomst(db: Verbinding, oproepId: number, uitkomst: OproepUitkomst, correctie?: { reden: string; op: string }): Promise<number> {
  const rij = await db
    .updateTable('oproepen')
    .set(correctie ? { uitkomst, correctieReden: correctie.reden, gecorrigeerdOp: correctie.op } : { uitkomst })
    .where('id', '=', oproepId)
    .returning('inburgeraarId')
    .executeTakeFirst();
  if (!rij) throw OPROEP_NIET_GEVONDEN();
  return rij.inburgeraarId;
}
