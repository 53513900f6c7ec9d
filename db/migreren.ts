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

const MISLUKT = new KoersFout(
  'KLUIS_BESCHADIGD',
  'Het bijwerken van de kluis naar deze versie van Koers is mislukt; er is niets veranderd. Neem contact op met de leverancier en bewaar de back-up in de map "backups".',
);

/**
 * Switches foreign-key enforcement on or off and reads it back. SQLite ignores the pragma inside a
 * transaction, so a mismatch means we are in one: refuse rather than migrate with cascades live.
 */
async function zetVerwijzingscontrole(db: Kysely<unknown>, aan: boolean): Promise<void> {
  await sql.raw(`PRAGMA foreign_keys = ${aan ? 'ON' : 'OFF'}`).execute(db);
  const { rows } = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db);
  if (rows[0]?.foreign_keys !== (aan ? 1 : 0)) throw MISLUKT;
}

function tabelNamen(tabellen: string[]): string {
  if (tabellen.length === 1) return `de tabel ${tabellen[0]}`;
  return `de tabellen ${tabellen.slice(0, -1).join(', ')} en ${tabellen.at(-1)}`;
}

/** PRAGMA foreign_key_check over the whole vault; names only the tables, never the rows. */
async function controleerVerwijzingen(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ table: string }>`PRAGMA foreign_key_check`.execute(db);
  if (rows.length === 0) return;
  const tabellen = [...new Set(rows.map((rij) => rij.table))].sort();
  throw new KoersFout(
    'KLUIS_BESCHADIGD',
    `Het bijwerken van de kluis naar deze versie van Koers is gestopt: daarna zouden gegevens in ${tabelNamen(tabellen)} verwijzen naar gegevens die niet bestaan. Er is niets veranderd. Neem contact op met de leverancier en bewaar de back-up in de map "backups".`,
  );
}

/**
 * Runs every pending migration in one transaction: the upgrade either succeeds whole or the vault
 * stays at its old version. `voorMigreren` runs first (the caller makes a backup there).
 *
 * Foreign keys are off while migrating (SQLite's ALTER procedure, lang_altertable.html §7): dropping a
 * rebuilt parent table would otherwise cascade-delete its children. The pragma only works outside a
 * transaction, so it is set before and restored after; `foreign_key_check` runs before commit.
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

  await zetVerwijzingscontrole(db, false);
  try {
    const uitgevoerd = await db.transaction().execute(async (trx) => {
      const migrator = new Migrator({ db: trx, provider: { getMigrations: async () => migraties } });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error instanceof KoersFout ? error : MISLUKT;
      await controleerVerwijzingen(trx);
      return (results ?? []).map((r) => r.migrationName);
    });
    return { uitgevoerd };
  } catch (fout) {
    throw fout instanceof KoersFout ? fout : MISLUKT;
  } finally {
    await zetVerwijzingscontrole(db, true);
  }
}
