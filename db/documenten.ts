import { createHash } from 'node:crypto';
import type { DocumentMime, DocumentSoort } from '../shared/domain/document';
import { KoersFout } from '../shared/fouten';
import type { Verbinding } from './verbinding';


export interface NieuwDocument {
  inburgeraarId: number;
  soort: DocumentSoort;
  titel: string;
  bestandsnaam: string;
  pdf: Uint8Array;
  mime?: DocumentMime;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function bewaarDocument(db: Verbinding, document: NieuwDocument, nu: string): Promise<{ id: number; sha256: string }> {
  const hash = sha256(document.pdf);
  const rij = await db
    .insertInto('documenten')
    .values({ ...document, pdf: Buffer.from(document.pdf), aangemaakt: nu, sha256: hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: rij.id, sha256: hash };
}

export async function leesDocument(db: Verbinding, id: number): Promise<{ bestandsnaam: string; pdf: Uint8Array; sha256: string }> {
  const rij = await db.selectFrom('documenten').select(['bestandsnaam', 'pdf', 'sha256']).where('id', '=', id).executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Dit document bestaat niet (meer).');
  if (sha256(rij.pdf) !== rij.sha256) {
    throw new KoersFout('KLUIS_BESCHADIGD', 'Dit document is niet meer gelijk aan wat is vastgesteld. Zet een back-up terug en neem contact op met de leverancier.');
  }
  return { bestandsnaam: rij.bestandsnaam, pdf: new Uint8Array(rij.pdf), sha256: rij.sha256 };
}

export async function documentenVan(db: Verbinding, inburgeraarId: number) {
  return db
    .selectFrom('documenten')
    .select(['id', 'soort', 'titel', 'bestandsnaam', 'aangemaakt', 'sha256'])
    .where('inburgeraarId', '=', inburgeraarId)
    .orderBy('id', 'desc')
    .execute();
}
