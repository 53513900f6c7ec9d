import { BEGELEIDING_ONDERDEEL_CODES, VASTE_LASTEN, type Begeleiding, type BegeleidingOnderdeel, type Ontzorgen, type VasteLast } from '../shared/domain/begeleiding';
import type { Verbinding } from './verbinding';

// Maatschappelijke begeleiding and financieel ontzorgen: one row per dossier each.
// The checklist is stored as [{ onderdeel, gereedOp }] (db/schema.ts), the vaste lasten as an array of codes.

type Onderdelen = Begeleiding['onderdelen'];

function onderdelenUitJson(json: string): Onderdelen {
  const uit: Onderdelen = {};
  for (const item of JSON.parse(json) as { onderdeel: string; gereedOp: string }[]) {
    if ((BEGELEIDING_ONDERDEEL_CODES as string[]).includes(item.onderdeel)) uit[item.onderdeel as BegeleidingOnderdeel] = item.gereedOp;
  }
  return uit;
}

function onderdelenNaarJson(onderdelen: Partial<Record<BegeleidingOnderdeel, string | null>>): string {
  return JSON.stringify(BEGELEIDING_ONDERDEEL_CODES.flatMap((onderdeel) => (onderdelen[onderdeel] ? [{ onderdeel, gereedOp: onderdelen[onderdeel] }] : [])));
}

export async function leesBegeleiding(db: Verbinding, inburgeraarId: number): Promise<Begeleiding | null> {
  const rij = await db.selectFrom('begeleiding').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (!rij) return null;
  return { start: rij.start, geplandEinde: rij.geplandEinde, afgerondOp: rij.afgerondOp, uitvoerder: rij.uitvoerder, onderdelen: onderdelenUitJson(rij.onderdelen) };
}

export async function schrijfBegeleiding(
  db: Verbinding,
  inburgeraarId: number,
  b: { start: string; geplandEinde: string; uitvoerder: string | null; onderdelen: Partial<Record<BegeleidingOnderdeel, string | null>> },
): Promise<void> {
  const velden = { start: b.start, geplandEinde: b.geplandEinde, uitvoerder: b.uitvoerder, onderdelen: onderdelenNaarJson(b.onderdelen) };
  await db
    .insertInto('begeleiding')
    .values({ inburgeraarId, afgerondOp: null, ...velden })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet(velden))
    .execute();
}

export async function zetBegeleidingAfgerond(db: Verbinding, inburgeraarId: number, afgerondOp: string | null): Promise<void> {
  await db.updateTable('begeleiding').set({ afgerondOp }).where('inburgeraarId', '=', inburgeraarId).execute();
}

export async function leesOntzorgen(db: Verbinding, inburgeraarId: number): Promise<Ontzorgen | null> {
  const rij = await db.selectFrom('ontzorgen').selectAll().where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  if (!rij) return null;
  const lasten = JSON.parse(rij.vasteLasten) as string[];
  return {
    startBijstand: rij.startBijstand,
    vasteLasten: VASTE_LASTEN.filter((l) => lasten.includes(l)),
    einde: rij.einde,
    uitstroomgesprek: rij.uitstroomgesprek,
    toelichting: rij.toelichting,
  };
}

export async function schrijfOntzorgen(db: Verbinding, inburgeraarId: number, o: Omit<Ontzorgen, 'vasteLasten'> & { vasteLasten: readonly VasteLast[] }): Promise<void> {
  const velden = { startBijstand: o.startBijstand, vasteLasten: JSON.stringify(o.vasteLasten), einde: o.einde, uitstroomgesprek: o.uitstroomgesprek, toelichting: o.toelichting };
  await db
    .insertInto('ontzorgen')
    .values({ inburgeraarId, ...velden })
    .onConflict((oc) => oc.column('inburgeraarId').doUpdateSet(velden))
    .execute();
}

export async function verwijderOntzorgen(db: Verbinding, inburgeraarId: number): Promise<boolean> {
  const uitkomst = await db.deleteFrom('ontzorgen').where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return uitkomst.numDeletedRows > 0n;
}
