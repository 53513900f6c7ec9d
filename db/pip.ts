import type { Selectable } from 'kysely';
import { pipInhoud, type Pip, type PipInhoud, type PipSoort, type WijzigingReden } from '../shared/domain/pip';
import { KoersFout } from '../shared/fouten';
import type { ExtraRustdagen } from '../shared/rules/atw';
import { bezwaartermijn, termijnEindeVanaf } from '../shared/rules/termijnen';
import { leesInstellingen } from './instellingen';
import type { PipTabel } from './schema';
import type { Verbinding } from './verbinding';


function naarDomein(rij: Selectable<PipTabel>, vorigKenmerk: string | null, extra: ExtraRustdagen): Pip {
  return {
    id: rij.id,
    inburgeraarId: rij.inburgeraarId,
    versie: rij.versie,
    soort: rij.soort,
    wijzigingReden: rij.wijzigingReden,
    wijzigingToelichting: rij.wijzigingToelichting,
    vorigKenmerk,
    status: rij.status,
    inhoud: pipInhoud.parse(JSON.parse(rij.inhoud)),
    dagtekening: rij.dagtekening,
    kenmerk: rij.kenmerk,
    termijnStart: rij.termijnStart,
    // Wi 11: the end follows from the start, which a wijziging keeps (lid 3).
    termijnEinde: rij.termijnStart ? termijnEindeVanaf(rij.termijnStart) : null,
    verzenddatum: rij.verzenddatum,
    bezwaartermijnEinde: rij.verzenddatum ? bezwaartermijn(rij.verzenddatum, extra).datum : null,
    bezwaarOntvangenOp: rij.bezwaarOntvangenOp,
    bezwaarUitkomst: rij.bezwaarUitkomst,
    beroepIngesteldOp: rij.beroepIngesteldOp,
    ondertekenaar: rij.ondertekenaar ? JSON.parse(rij.ondertekenaar) : null,
    sjabloonVersie: rij.sjabloonVersie,
    documentId: rij.documentId,
    sha256: null,
    aangemaakt: rij.aangemaakt,
    geimporteerd: rij.geimporteerd === 1,
  };
}

export async function pipVersies(db: Verbinding, inburgeraarId: number): Promise<Pip[]> {
  const rijen = await db
    .selectFrom('pips')
    .leftJoin('documenten', 'documenten.id', 'pips.documentId')
    .selectAll('pips')
    .select('documenten.sha256 as documentSha256')
    .where('pips.inburgeraarId', '=', inburgeraarId)
    .orderBy('pips.versie')
    .execute();
  const kenmerken = new Map(rijen.map((r) => [r.id, r.kenmerk]));
  const { extraRustdagen } = await leesInstellingen(db);
  return rijen.map(({ documentSha256, ...rij }) => ({
    ...naarDomein(rij, rij.vorigePipId ? (kenmerken.get(rij.vorigePipId) ?? null) : null, extraRustdagen),
    sha256: documentSha256 ?? null,
  }));
}

export async function leesPip(db: Verbinding, pipId: number): Promise<Pip> {
  const rij = await db.selectFrom('pips').select('inburgeraarId').where('id', '=', pipId).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Dit PIP bestaat niet (meer).');
  const pip = (await pipVersies(db, rij.inburgeraarId)).find((p) => p.id === pipId);
  return pip!;
}

export async function nieuweVersie(
  db: Verbinding,
  velden: { inburgeraarId: number; soort: PipSoort; inhoud: PipInhoud; vorigePipId: number | null; termijnStart: string | null; wijzigingReden: WijzigingReden | null; wijzigingToelichting: string | null },
  nu: string,
): Promise<number> {
  const laatste = await db.selectFrom('pips').select((eb) => eb.fn.max('versie').as('max')).where('inburgeraarId', '=', velden.inburgeraarId).executeTakeFirst();
  const rij = await db
    .insertInto('pips')
    .values({
      ...velden,
      inhoud: JSON.stringify(velden.inhoud),
      versie: Number(laatste?.max ?? 0) + 1,
      status: 'concept',
      dagtekening: null,
      kenmerk: null,
      verzenddatum: null,
      bezwaarOntvangenOp: null,
      bezwaarUitkomst: null,
      beroepIngesteldOp: null,
      ondertekenaar: null,
      sjabloonVersie: null,
      documentId: null,
      aangemaakt: nu,
      gewijzigd: nu,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return rij.id;
}

export async function schrijfConcept(db: Verbinding, pipId: number, inhoud: PipInhoud, nu: string): Promise<void> {
  await db.updateTable('pips').set({ inhoud: JSON.stringify(inhoud), gewijzigd: nu }).where('id', '=', pipId).where('status', '=', 'concept').execute();
}

export async function legVaststellingVast(
  db: Verbinding,
  pipId: number,
  velden: { dagtekening: string; kenmerk: string; termijnStart: string; ondertekenaar: { naam: string; functie: string; mandaatbesluit: string }; sjabloonVersie: string; documentId: number },
  nu: string,
): Promise<void> {
  await db
    .updateTable('pips')
    .set({ ...velden, ondertekenaar: JSON.stringify(velden.ondertekenaar), status: 'vastgesteld', gewijzigd: nu })
    .where('id', '=', pipId)
    .where('status', '=', 'concept')
    .execute();
}

export async function zetPipVelden(
  db: Verbinding,
  pipId: number,
  velden: Partial<Pick<Selectable<PipTabel>, 'status' | 'verzenddatum' | 'bezwaarOntvangenOp' | 'bezwaarUitkomst' | 'beroepIngesteldOp'>>,
  nu: string,
): Promise<void> {
  await db.updateTable('pips').set({ ...velden, gewijzigd: nu }).where('id', '=', pipId).execute();
}
