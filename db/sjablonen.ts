import { briefTeksten, type BriefTeksten } from '../shared/domain/teksten';
import type { Verbinding } from './verbinding';

/** The newest version the regisseur saved, or null when only the shipped default exists. */
export async function laatsteSjabloon(db: Verbinding, soort: string): Promise<{ versie: string; inhoud: unknown } | null> {
  const rij = await db.selectFrom('sjablonen').selectAll().where('soort', '=', soort).orderBy('versie', 'desc').executeTakeFirst();
  return rij ? { versie: rij.versie, inhoud: JSON.parse(rij.inhoud) } : null;
}

/** A new version "<datum>.<n>"; earlier versions stay as they were printed. */
export async function bewaarSjabloon(db: Verbinding, soort: string, inhoud: unknown, datum: string, nu: string): Promise<string> {
  const zelfdeDag = await db.selectFrom('sjablonen').select('versie').where('soort', '=', soort).where('versie', 'like', `${datum}.%`).execute();
  const versie = `${datum}.${zelfdeDag.length + 1}`;
  await db.insertInto('sjablonen').values({ soort, versie, inhoud: JSON.stringify(inhoud), aangemaakt: nu }).execute();
  return versie;
}

/**
 * The letter texts in force: the regisseur's newest saved version, else the shipped default. A text that
 * Koers gained after that version was saved comes from the shipped default, so an older version still loads.
 */
export async function geldendeBriefTeksten(db: Verbinding, standaard: () => BriefTeksten): Promise<BriefTeksten> {
  const opgeslagen = await laatsteSjabloon(db, 'brieven');
  if (!opgeslagen) return standaard();
  return briefTeksten.parse({ ...standaard(), ...(opgeslagen.inhoud as object), versie: opgeslagen.versie });
}
