import type { Migration } from 'kysely/migration';
import { basis } from './0001_basis';
import { intakePip } from './0002_intake_pip';
import { pvtMap } from './0003_pvt_map';
import { brpNaamVerhuizing } from './0004_brp_naam_verhuizing';
import { werkvoorraad } from './0005_werkvoorraad';
import { importeren } from './0006_import';
import { ontheffing } from './0008_ontheffing';
import { handhaving } from './0007_handhaving';
import { bezwaar } from './0009_bezwaar';
import { logboekKeten } from './0010_logboek_keten';
import { budget } from './0011_budget';
import { bewaren } from './0012_bewaren';
import { indexenInhoud } from './0013_indexen_inhoud';
import { zoekwoorden } from './0014_zoekwoorden';

// The inline registry: numbered, in order, never renumbered. Names are what the vault records.
export const MIGRATIES: Record<string, Migration> = {
  '0001_basis': basis,
  '0002_intake_pip': intakePip,
  '0003_pvt_map': pvtMap,
  '0004_brp_naam_verhuizing': brpNaamVerhuizing,
  '0005_werkvoorraad': werkvoorraad,
  '0006_import': importeren,
  '0007_handhaving': handhaving,
  '0008_ontheffing': ontheffing,
  '0009_bezwaar': bezwaar,
  '0010_logboek_keten': logboekKeten,
  '0011_budget': budget,
  '0012_bewaren': bewaren,
  '0013_indexen_inhoud': indexenInhoud,
  '0014_zoekwoorden': zoekwoorden,
};
