import { STANDAARD_INSTELLINGEN, type Instellingen, type InstellingenInvoer } from '../shared/domain/instellingen';
import type { Verbinding } from './verbinding';


// Settings are rows of JSON per key, so a later version can add a key without a migration.
export async function leesInstellingen(db: Verbinding): Promise<Instellingen> {
  const rijen = await db.selectFrom('instellingen').selectAll().execute();
  const opgeslagen = Object.fromEntries(rijen.map((rij) => [rij.sleutel, JSON.parse(rij.waarde) as unknown]));
  return { ...STANDAARD_INSTELLINGEN, logo: null, ...opgeslagen } as Instellingen;
}

async function zet(db: Verbinding, sleutel: string, waarde: unknown): Promise<void> {
  await db
    .insertInto('instellingen')
    .values({ sleutel, waarde: JSON.stringify(waarde) })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde: JSON.stringify(waarde) }))
    .execute();
}

export async function schrijfInstellingen(db: Verbinding, invoer: InstellingenInvoer): Promise<void> {
  for (const [sleutel, waarde] of Object.entries(invoer)) await zet(db, sleutel, waarde);
}

export async function schrijfLogo(db: Verbinding, logo: Instellingen['logo']): Promise<void> {
  await zet(db, 'logo', logo);
}
