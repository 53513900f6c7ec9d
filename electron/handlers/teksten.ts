import { laatsteSjabloon } from '../../db/sjablonen';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { briefTeksten, type BriefTeksten } from '../../shared/domain/teksten';
import { standaardBriefTeksten } from '../documents/sjablonen';

/** The texts in force: the regisseur's newest saved version, else the shipped default. */
export async function huidigeTeksten(db: Kysely<DB> | Transaction<DB>, resourcesMap: string): Promise<BriefTeksten> {
  const opgeslagen = await laatsteSjabloon(db, 'brieven');
  if (!opgeslagen) return standaardBriefTeksten(resourcesMap);
  return briefTeksten.parse({ ...(opgeslagen.inhoud as object), versie: opgeslagen.versie });
}
