import type { Jaarverslag } from '../../shared/domain/jaarverslag';

// The raadsrapportage as a PDF (issue 13 item 2). Filled in by the jaarverslag PDF work.

/** The PDF bytes; the same Jaarverslag gives the same bytes apart from the creation date. */
export async function maakJaarverslagPdf(_verslag: Jaarverslag, _resourcesPad: string): Promise<Uint8Array> {
  throw new Error('Het jaarverslag als PDF bestaat nog niet.');
}
