import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { briefTeksten, type BriefTeksten } from '../../shared/domain/teksten';

// Legal texts are versioned data in resources/templates/<document>/<versie>.json. A printed version
// is never edited; a new text is a new file with a later version date.

const participatieverklaringSjabloon = z.object({
  versie: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  titel: z.string(),
  bron: z.string(),
  blokken: z.array(z.object({ soort: z.enum(['kop', 'tussenkop', 'alinea', 'opsomming']), tekst: z.string() })),
  namensGemeente: z.string(),
  slotformule: z.string(),
});
export type ParticipatieverklaringSjabloon = z.infer<typeof participatieverklaringSjabloon>;

function versies(resourcesPad: string, document: string): string[] {
  return readdirSync(join(resourcesPad, 'templates', document))
    .filter((naam) => /^\d{4}-\d{2}-\d{2}\.json$/.test(naam))
    .map((naam) => naam.slice(0, 10))
    .sort();
}

/** The given version, or the newest one that is in force on `peildatum`. */
export function participatieverklaringSjabloonLaden(
  resourcesPad: string,
  opties: { versie?: string; peildatum?: string } = {},
): ParticipatieverklaringSjabloon {
  const beschikbaar = versies(resourcesPad, 'participatieverklaring');
  const versie = opties.versie ?? beschikbaar.filter((v) => !opties.peildatum || v <= opties.peildatum).at(-1);
  if (!versie || !beschikbaar.includes(versie)) {
    throw new Error(`Geen tekst van de participatieverklaring voor ${opties.versie ?? opties.peildatum ?? 'vandaag'}.`);
  }
  const inhoud = readFileSync(join(resourcesPad, 'templates', 'participatieverklaring', `${versie}.json`), 'utf8');
  return participatieverklaringSjabloon.parse(JSON.parse(inhoud));
}

/** The shipped default texts of letters and beschikkingen. */
export function standaardBriefTeksten(resourcesPad: string): BriefTeksten {
  const versie = versies(resourcesPad, 'beschikking').at(-1);
  if (!versie) throw new Error('Geen standaardteksten voor brieven gevonden.');
  return briefTeksten.parse(JSON.parse(readFileSync(join(resourcesPad, 'templates', 'beschikking', `${versie}.json`), 'utf8')));
}
