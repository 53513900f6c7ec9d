import type { Insertable, Selectable, Updateable } from 'kysely';
import { BESCHIKKING_SOORTEN, type BeschikkingSoort, type Bezwaar } from '../shared/domain/bezwaar';
import { KoersFout } from '../shared/fouten';
import type { ExtraRustdagen } from '../shared/rules/atw';
import { beslistermijnVan, bezwaarTijdig, bezwaartermijnVan } from '../shared/rules/bezwaar';
import { leesInstellingen } from './instellingen';
import type { BezwaarTabel } from './schema';
import type { Verbinding } from './verbinding';

// The bezwaar and beroep register (0009): rows per bezwaar against a beschikking of the dossier.

export type BezwaarRij = Selectable<BezwaarTabel>;

function naarDomein(rij: BezwaarRij, extra: ExtraRustdagen): Bezwaar {
  const bezwaartermijnEinde = bezwaartermijnVan(rij.verzenddatum, extra);
  return {
    id: rij.id,
    inburgeraarId: rij.inburgeraarId,
    documentId: rij.documentId,
    beschikkingSoort: rij.beschikkingSoort,
    beschikkingKenmerk: rij.beschikkingKenmerk,
    verzenddatum: rij.verzenddatum,
    bezwaartermijnEinde,
    ontvangenOp: rij.ontvangenOp,
    tijdig: bezwaarTijdig(rij.ontvangenOp, bezwaartermijnEinde),
    verschoonbaar: rij.verschoonbaar === 1,
    verschoonbaarMotivering: rij.verschoonbaarMotivering,
    gronden: rij.gronden,
    adviescommissie: rij.adviescommissie === 1,
    hoorzittingOp: rij.hoorzittingOp,
    hoorzittingVerslag: rij.hoorzittingVerslag,
    hoorzittingAfgezienReden: rij.hoorzittingAfgezienReden,
    verdaagdOp: rij.verdaagdOp,
    verdagingReden: rij.verdagingReden,
    verdagingDocumentId: rij.verdagingDocumentId,
    verdagingKenmerk: rij.verdagingKenmerk,
    beslistermijnEinde: beslistermijnVan({ verzenddatum: rij.verzenddatum, adviescommissie: rij.adviescommissie === 1, verdaagdOp: rij.verdaagdOp }, extra),
    uitkomst: rij.uitkomst,
    uitkomstOp: rij.uitkomstOp,
    uitkomstOud: rij.uitkomstOud,
    motivering: rij.motivering,
    beslissingDocumentId: rij.beslissingDocumentId,
    beslissingKenmerk: rij.beslissingKenmerk,
    nieuweBeschikkingDocumentId: rij.nieuweBeschikkingDocumentId,
    beroepIngesteldOp: rij.beroepIngesteldOp,
    beroepRechtbank: rij.beroepRechtbank,
    beroepUitspraakOp: rij.beroepUitspraakOp,
    beroepUitkomst: rij.beroepUitkomst,
    hogerBeroepIngesteldOp: rij.hogerBeroepIngesteldOp,
    hogerBeroepUitspraakOp: rij.hogerBeroepUitspraakOp,
    hogerBeroepUitkomst: rij.hogerBeroepUitkomst,
  };
}

/** The documenten that are beschikkingen, with kenmerk and dagtekening from the PIP, boete or ontheffing that made them. */
function beschikkingQuery(db: Verbinding) {
  return db
    .selectFrom('documenten')
    .leftJoin('pips', 'pips.documentId', 'documenten.id')
    .leftJoin('boetes', 'boetes.documentId', 'documenten.id')
    .leftJoin('ontheffingen', 'ontheffingen.documentId', 'documenten.id')
    .select([
      'documenten.id as documentId',
      'documenten.inburgeraarId',
      'documenten.soort',
      'documenten.titel',
      'pips.kenmerk as pipKenmerk',
      'pips.verzenddatum as pipVerzenddatum',
      'pips.dagtekening as pipDagtekening',
      'boetes.kenmerk as boeteKenmerk',
      'boetes.dagtekening as boeteDagtekening',
      'ontheffingen.kenmerk as ontheffingKenmerk',
      'ontheffingen.dagtekening as ontheffingDagtekening',
    ]);
}

type BeschikkingRij = Awaited<ReturnType<ReturnType<typeof beschikkingQuery>['executeTakeFirstOrThrow']>>;

// A letter Koers made is sent on its dagtekening (DOMAIN.md §9), unless another verzenddatum was recorded.
function alsBeschikking(r: BeschikkingRij) {
  return {
    documentId: r.documentId,
    inburgeraarId: r.inburgeraarId,
    soort: r.soort as BeschikkingSoort,
    titel: r.titel,
    kenmerk: r.pipKenmerk ?? r.boeteKenmerk ?? r.ontheffingKenmerk ?? null,
    verzenddatum: r.pipVerzenddatum ?? r.pipDagtekening ?? r.boeteDagtekening ?? r.ontheffingDagtekening ?? null,
  };
}

/** The beschikkingen of a dossier, newest first. */
export async function beschikkingenVan(db: Verbinding, inburgeraarId: number) {
  const rijen = await beschikkingQuery(db).where('documenten.inburgeraarId', '=', inburgeraarId).where('documenten.soort', 'in', BESCHIKKING_SOORTEN).orderBy('documenten.id', 'desc').execute();
  return rijen.map((r) => {
    const { inburgeraarId: _, ...beschikking } = alsBeschikking(r);
    return beschikking;
  });
}

/** One beschikking by its document, with the dossier it belongs to; a document of another soort is refused. */
export async function beschikkingVanDocument(db: Verbinding, documentId: number) {
  const rij = await beschikkingQuery(db).where('documenten.id', '=', documentId).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Deze beschikking bestaat niet (meer). Vernieuw het scherm.');
  if (!(BESCHIKKING_SOORTEN as readonly string[]).includes(rij.soort)) throw new KoersFout('ONGELDIGE_INVOER', 'Tegen dit document kan geen bezwaar worden gemaakt: het is geen beschikking.');
  return alsBeschikking(rij);
}

/** Whether a document is a beschikking of this dossier (for the link from a gegrond bezwaar to its new beschikking). */
export async function isBeschikkingVan(db: Verbinding, documentId: number, inburgeraarId: number): Promise<boolean> {
  const rij = await db.selectFrom('documenten').select('soort').where('id', '=', documentId).where('inburgeraarId', '=', inburgeraarId).executeTakeFirst();
  return !!rij && (BESCHIKKING_SOORTEN as readonly string[]).includes(rij.soort);
}

export async function bezwarenVan(db: Verbinding, inburgeraarId: number): Promise<Bezwaar[]> {
  const rijen = await db.selectFrom('bezwaren').selectAll().where('inburgeraarId', '=', inburgeraarId).orderBy('id').execute();
  const { extraRustdagen } = await leesInstellingen(db);
  return rijen.map((r) => naarDomein(r, extraRustdagen));
}

export async function leesBezwaar(db: Verbinding, bezwaarId: number): Promise<Bezwaar> {
  const rij = await db.selectFrom('bezwaren').selectAll().where('id', '=', bezwaarId).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Dit bezwaar bestaat niet (meer). Vernieuw het scherm.');
  const { extraRustdagen } = await leesInstellingen(db);
  return naarDomein(rij, extraRustdagen);
}

export async function nieuwBezwaar(db: Verbinding, velden: Omit<Insertable<BezwaarTabel>, 'aangemaakt' | 'gewijzigd'>, nu: string): Promise<number> {
  const rij = await db.insertInto('bezwaren').values({ ...velden, aangemaakt: nu, gewijzigd: nu }).returning('id').executeTakeFirstOrThrow();
  return rij.id;
}

export async function zetBezwaarVelden(db: Verbinding, bezwaarId: number, velden: Omit<Updateable<BezwaarTabel>, 'id' | 'inburgeraarId' | 'aangemaakt' | 'gewijzigd'>, nu: string): Promise<void> {
  await db.updateTable('bezwaren').set({ ...velden, gewijzigd: nu }).where('id', '=', bezwaarId).execute();
}

/** The register facts the werkvoorraad needs, for all dossiers or one (one query). */
export async function bezwaarFeiten(db: Verbinding, inburgeraarId?: number) {
  return db
    .selectFrom('bezwaren')
    .select(['id', 'inburgeraarId', 'beschikkingSoort', 'beschikkingKenmerk', 'verzenddatum', 'ontvangenOp', 'adviescommissie', 'hoorzittingOp', 'hoorzittingAfgezienReden', 'verdaagdOp', 'uitkomst', 'uitkomstOud'])
    .$if(inburgeraarId !== undefined, (q) => q.where('inburgeraarId', '=', inburgeraarId!))
    .orderBy('id')
    .execute();
}
