import type { Migration } from 'kysely/migration';
import { basis } from './0001_basis';

// The inline registry: numbered, in order, never renumbered. Names are what the vault records.
export const MIGRATIES: Record<string, Migration> = {
  '0001_basis': basis,
};
