import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// BRP name with an optional original-script name; art. 28 Huisvestingswet housing (Besluit 5.3 lid 1);
// a termijn already running from an earlier gemeente (Wi 11 lid 3 sub b, 15 lid 4; Besluit 5.3 lid 3).
// Never edit after release: add a new numbered migration instead.
export const brpNaamVerhuizing: Migration = {
  async up(db: Kysely<unknown>) {
    const kolom = (naam: string, type: 'text' | 'integer', standaardNul = false) =>
      db.schema.alterTable('inburgeraars').addColumn(naam, type, (c) => (standaardNul ? c.notNull().defaultTo(0) : c)).execute();
    await kolom('naamOorspronkelijkSchrift', 'text');
    await kolom('oorspronkelijkSchriftOpDocumenten', 'integer', true);
    await kolom('huisvestingArt28', 'integer', true);
    await kolom('verhuisdVanGemeente', 'text');
    await kolom('termijnStartEerder', 'text');
    await kolom('leerrouteEerder', 'text');
    // NiveauPerOnderdeel as JSON.
    await kolom('niveausEerder', 'text');

    // Until now every later BRP date moved the PIP deadline. The asiel group (statushouders and their
    // family members) with a BRP date after the kennisgeving gets the box ticked, so that their deadline
    // does not silently change; the regisseur can untick it. Others keep the kennisgeving (Besluit 5.3 lid 1).
    await sql`UPDATE inburgeraars SET huisvestingArt28 = 1
      WHERE doelgroep = 'asielstatushouder'
        AND datumKennisgevingDuo IS NOT NULL AND datumInschrijvingBrp IS NOT NULL
        AND datumInschrijvingBrp > datumKennisgevingDuo`.execute(db);
  },
};
