import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { Migrator } from 'kysely/migration';
import { KoersFout } from '../shared/fouten';
import { MIGRATIES } from './migrations';

export interface MigratieUitkomst {
  uitgevoerd: string[];
}

async function uitgevoerdeMigraties(db: Kysely<unknown>): Promise<string[]> {
  const tabel = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (tabel.rows.length === 0) return [];
  const rijen = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rijen.rows.map((rij) => rij.name);
}

/** Names of migrations still to run; refuses a vault written by a newer Koers. */
export async function openstaandeMigraties(
  db: Kysely<unknown>,
  migraties: Record<string, Migration> = MIGRATIES,
): Promise<string[]> {
  const uitgevoerd = await uitgevoerdeMigraties(db);
  if (uitgevoerd.some((naam) => !(naam in migraties))) {
    throw new KoersFout(
      'KLUIS_TE_NIEUW',
      'Deze kluis is gemaakt met een nieuwere versie van Koers. Installeer de nieuwste versie van Koers om hem te openen.',
    );
  }
  return Object.keys(migraties).filter((naam) => !uitgevoerd.includes(naam));
}

/**
 * Runs every pending migration in one transaction: the upgrade either succeeds whole or the vault
 * stays at its old version. `voorMigreren` runs first (the caller makes a backup there).
 */
export async function migreer(
  db: Kysely<unknown>,
  opties: { migraties?: Record<string, Migration>; voorMigreren?: (openstaand: string[], bestaand: boolean) => Promise<void> } = {},
): Promise<MigratieUitkomst> {
  const migraties = opties.migraties ?? MIGRATIES;
  const openstaand = await openstaandeMigraties(db, migraties);
  if (openstaand.length === 0) return { uitgevoerd: [] };
  const bestaand = (await uitgevoerdeMigraties(db)).length > 0;
  await opties.voorMigreren?.(openstaand, bestaand);

  const migrator = new Migrator({ db, provider: { getMigrations: async () => migraties } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new KoersFout(
      'KLUIS_BESCHADIGD',
      'Het bijwerken van de kluis naar deze versie van Koers is mislukt; er is niets veranderd. Neem contact op met de leverancier en bewaar de back-up in de map "backups".',
    );
  }
  return { uitgevoerd: (results ?? []).map((r) => r.migrationName) };
}
