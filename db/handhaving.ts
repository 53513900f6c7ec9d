import { BOETE_REGIMES, type Boete, type BoeteRegime, type BoeteRegimeInstelling } from '../shared/domain/handhaving';
import { KoersFout } from '../shared/fouten';
import { DOELGROEPEN, type Doelgroep } from '../shared/rules/doelgroep';
import type { BoeteTabel } from './schema';
import type { Verbinding } from './verbinding';
import type { Insertable, Selectable, Updateable } from 'kysely';

// Bestuurlijke boetes (Wi 22, Wi 23) and the per-doelgroep switch.

function naarBoete(rij: Selectable<BoeteTabel>): Boete {
  const { ingetrokkenOp: _ingetrokkenOp, gewijzigd: _gewijzigd, ...rest } = rij;
  return {
    ...rest,
    berekening: JSON.parse(rij.berekening) as Boete['berekening'],
    samenloopGecontroleerd: rij.samenloopGecontroleerd === 1,
    ondertekenaar: rij.ondertekenaar ? (JSON.parse(rij.ondertekenaar) as Boete['ondertekenaar']) : null,
  };
}

export async function boetesVan(db: Verbinding, inburgeraarId: number): Promise<Boete[]> {
  const rijen = await db.selectFrom('boetes').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('id').execute();
  return rijen.map(naarBoete);
}

export async function leesBoete(db: Verbinding, boeteId: number): Promise<Boete> {
  const rij = await db.selectFrom('boetes').selectAll().where('id', '=', boeteId).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Deze boete bestaat niet (meer).');
  return naarBoete(rij);
}

export type NieuweBoete = Omit<Insertable<BoeteTabel>, 'id' | 'aangemaakt' | 'gewijzigd' | 'berekening'> & { berekening: Boete['berekening'] };

export async function voegBoeteToe(db: Verbinding, boete: NieuweBoete, nu: string): Promise<number> {
  const rij = await db
    .insertInto('boetes')
    .values({ ...boete, berekening: JSON.stringify(boete.berekening), aangemaakt: nu, gewijzigd: nu })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

export type BoeteVelden = Omit<Updateable<BoeteTabel>, 'id' | 'inburgeraarId' | 'aangemaakt' | 'gewijzigd' | 'berekening' | 'ondertekenaar'> & {
  berekening?: Boete['berekening'];
  ondertekenaar?: Boete['ondertekenaar'];
};

export async function zetBoeteVelden(db: Verbinding, boeteId: number, velden: BoeteVelden, nu: string): Promise<void> {
  const { berekening, ondertekenaar, ...rest } = velden;
  await db
    .updateTable('boetes')
    .set({
      ...rest,
      ...(berekening ? { berekening: JSON.stringify(berekening) } : {}),
      ...(ondertekenaar !== undefined ? { ondertekenaar: ondertekenaar ? JSON.stringify(ondertekenaar) : null } : {}),
      gewijzigd: nu,
    })
    .where('id', '=', boeteId)
    .execute();
}

/** The switch in force per doelgroep: the newest row whose date has come; 'aan' when none was ever set. */
export async function boeteRegimes(db: Verbinding, peildatum: string): Promise<BoeteRegimeInstelling[]> {
  const rijen = await db.selectFrom('boeteRegimes').selectAll().where('sinds', '<=', peildatum).orderBy('sinds').orderBy('id').execute();
  return DOELGROEPEN.map((doelgroep) => {
    const rij = rijen.filter((r) => r.doelgroep === doelgroep).at(-1);
    return rij ? { doelgroep, regime: rij.regime, sinds: rij.sinds, reden: rij.reden } : { doelgroep, regime: 'aan' as BoeteRegime, sinds: null, reden: null };
  });
}

export async function boeteRegimeVoor(db: Verbinding, doelgroep: Doelgroep, peildatum: string): Promise<BoeteRegimeInstelling> {
  return (await boeteRegimes(db, peildatum)).find((r) => r.doelgroep === doelgroep)!;
}

export async function zetBoeteRegime(db: Verbinding, invoer: { doelgroep: Doelgroep; regime: BoeteRegime; sinds: string; reden: string }, nu: string): Promise<void> {
  if (!BOETE_REGIMES.includes(invoer.regime)) throw new KoersFout('ONGELDIGE_INVOER', 'Kies aan, uit of extra toets.');
  await db.insertInto('boeteRegimes').values({ ...invoer, aangemaakt: nu }).execute();
}

/**
 * A bezwaar registered against a boetebeschikking: the boete is then not onherroepelijk (Besluit 7.1 lid 3
 * counts only onherroepelijke boetes for recidive). Sets the date once; other beschikkingen are left alone.
 */
export async function markeerBezwaarTegenBoete(db: Verbinding, documentId: number, ontvangenOp: string): Promise<void> {
  await db.updateTable('boetes').set({ bezwaarOntvangenOp: ontvangenOp }).where('documentId', '=', documentId).where('bezwaarOntvangenOp', 'is', null).execute();
}
