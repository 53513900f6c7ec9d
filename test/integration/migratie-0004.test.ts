import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIES } from '../../db/migrations';
import type { DB } from '../../db/schema';
import { Kluis } from '../../db/vault';
import { TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = '2026-01-01T00:00:00.000Z';
const TOT_0003 = Object.fromEntries(Object.entries(MIGRATIES).filter(([naam]) => naam <= '0003_pvt_map'));

// Columns as they were at 0003 (synthetic values).
async function inburgeraarOp0003(db: Kysely<DB>, rij: { bsn: string; voornamen: string; doelgroep: 'asielstatushouder' | 'gezinsmigrant'; kennisgeving: string | null; brp: string | null }): Promise<number> {
  const { rows } = await sql<{ id: number }>`INSERT INTO inburgeraars (bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, geslacht, nationaliteit, taal,
      tolkNodig, straat, huisnummer, postcode, woonplaats, telefoon, email, doelgroep, doelgroepcode, vNummer, datumKennisgevingDuo,
      datumInschrijvingBrp, datumKoppelingCoa, status, huishoudenId, aangemaakt, gewijzigd)
    VALUES (${rij.bsn}, ${rij.voornamen}, NULL, 'Voorbeeld', '1990-01-01', 'onbekend', 'Syrische', 'Arabisch', 1, 'Lindelaan', '1', '9911 AB',
      'Voorbeeldstad', NULL, NULL, ${rij.doelgroep}, ${rij.doelgroep === 'asielstatushouder' ? 'Asielstatushouder' : 'Gezinsvormer'}, NULL,
      ${rij.kennisgeving}, ${rij.brp}, NULL, 'aangemeld', NULL, ${NU}, ${NU}) RETURNING id`.execute(db);
  return rows[0]!.id;
}

describe('0004_brp_naam_verhuizing', () => {
  let o: TestOmgeving;
  beforeEach(() => {
    o = testOmgeving({ nu: () => new Date('2026-03-01T09:00:00Z') });
  });
  afterEach(async () => o.opruimen());

  it('a vault at 0003 keeps its inburgeraars with the defaults; a later BRP date of the asiel group keeps its deadline', async () => {
    const oud = new Kluis(o.folder, { scrypt: TEST_SCRYPT, migraties: TOT_0003 });
    await oud.aanmaken(TEST_WACHTWOORD);
    const asielLater = await inburgeraarOp0003(oud.db, { bsn: '111222333', voornamen: 'Amanuel', doelgroep: 'asielstatushouder', kennisgeving: '2026-01-05', brp: '2026-02-02' });
    const asielEerder = await inburgeraarOp0003(oud.db, { bsn: '123456782', voornamen: 'Samira', doelgroep: 'asielstatushouder', kennisgeving: '2026-01-05', brp: '2025-12-01' });
    const gezinLater = await inburgeraarOp0003(oud.db, { bsn: '999990019', voornamen: 'Olena', doelgroep: 'gezinsmigrant', kennisgeving: '2026-01-05', brp: '2026-02-02' });
    const zonderData = await inburgeraarOp0003(oud.db, { bsn: '999990032', voornamen: 'Hamid', doelgroep: 'asielstatushouder', kennisgeving: null, brp: '2026-02-02' });
    await oud.vergrendelen();

    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
    const namen = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(o.kluis.db);
    expect(namen.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    const rijen = await o.kluis.db.selectFrom('inburgeraars').selectAll().orderBy('id').execute();
    expect(rijen).toHaveLength(4);
    for (const rij of rijen) {
      expect(rij).toMatchObject({
        naamOorspronkelijkSchrift: null, oorspronkelijkSchriftOpDocumenten: 0, verhuisdVanGemeente: null, termijnStartEerder: null,
        leerrouteEerder: null, niveausEerder: null, gewijzigd: NU, woonplaats: 'Voorbeeldstad', tolkNodig: 1,
      });
    }
    // Only the asiel group with a BRP date after the kennisgeving gets the box, so nothing moves.
    expect(Object.fromEntries(rijen.map((r) => [r.id, r.huisvestingArt28]))).toEqual({ [asielLater]: 1, [asielEerder]: 0, [gezinLater]: 0, [zonderData]: 0 });

    const dossier = data(await o.handlers.inburgeraarOphalen({ id: asielLater }));
    expect(dossier.inburgeraar).toMatchObject({ voornamen: 'Amanuel', huisvestingArt28: true, oorspronkelijkSchriftOpDocumenten: false, niveausEerder: null });
    expect(dossier.pipTermijn).toMatchObject({ startdatum: '2026-02-02', startgebeurtenis: 'inschrijving BRP' });
    expect(data(await o.handlers.inburgeraarOphalen({ id: gezinLater })).pipTermijn).toMatchObject({ startdatum: '2026-01-05' });
  });
});
