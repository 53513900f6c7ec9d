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

/** Writes a document: its metadata row, then its bytes in documentInhoud (0013). Run inside the use case's transaction. */
export async function bewaarDocument(db: Verbinding, document: NieuwDocument, nu: string): Promise<{ id: number; sha256: string }> {
  const hash = sha256(document.pdf);
  const { pdf, ...metadata } = document;
  const rij = await db
    .insertInto('documenten')
    .values({ ...metadata, aangemaakt: nu, sha256: hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('documentInhoud').values({ documentId: rij.id, inhoud: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength) }).execute();
  return { id: rij.id, sha256: hash };
}

/** A document's bytes, checked against the hash stored when it was made. */
export async function leesDocument(db: Verbinding, id: number): Promise<{ bestandsnaam: string; pdf: Uint8Array; sha256: string }> {
  const rij = await db
    .selectFrom('documenten')
    .leftJoin('documentInhoud', 'documentInhoud.documentId', 'documenten.id')
    .select(['documenten.bestandsnaam', 'documenten.sha256', 'documentInhoud.inhoud'])
    .where('documenten.id', '=', id)
    .executeTakeFirst();
  if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Dit document bestaat niet (meer).');
  if (!rij.inhoud || sha256(rij.inhoud) !== rij.sha256) {
    throw new KoersFout('KLUIS_BESCHADIGD', 'Dit document is niet meer gelijk aan wat is vastgesteld. Zet een back-up terug en neem contact op met de leverancier.');
  }
  return { bestandsnaam: rij.bestandsnaam, pdf: new Uint8Array(rij.inhoud), sha256: rij.sha256 };
}

/** The documents of a dossier, newest first: metadata only (never the documentInhoud table). */
export async function documentenVan(db: Verbinding, inburgeraarId: number) {
  return db
    .selectFrom('documenten')
    .select(['id', 'soort', 'titel', 'bestandsnaam', 'aangemaakt', 'sha256'])
    .where('inburgeraarId', '=', inburgeraarId)
    .orderBy('id', 'desc')
    .execute();
}
