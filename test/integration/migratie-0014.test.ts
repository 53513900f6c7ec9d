import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIES } from '../../db/migrations';
import { Kluis } from '../../db/vault';
import { TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = '2026-01-01T00:00:00.000Z';
const TOT_0013 = Object.fromEntries(Object.entries(MIGRATIES).filter(([naam]) => naam < '0014'));

// Synthetic people with diacritics, written at 0013 (before the search words existed).
const PERSONEN = [
  { bsn: '111222333', voornamen: 'Gülşen', tussenvoegsel: null, achternaam: 'Çelik' },
  { bsn: '123456782', voornamen: 'Đorđe', tussenvoegsel: null, achternaam: 'Petrović' },
  { bsn: '999990019', voornamen: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries' },
  { bsn: '999990032', voornamen: 'Mohammad', tussenvoegsel: null, achternaam: 'Al-Ahmad' },
];

describe('0014_zoekwoorden', () => {
  let o: TestOmgeving;
  beforeEach(() => {
    o = testOmgeving({ nu: () => new Date('2026-03-01T09:00:00Z') });
  });
  afterEach(async () => o.opruimen());

  it('a vault at 0013 gets the search words of its dossiers, and a name with diacritics is found after the migration', async () => {
    const oud = new Kluis(o.folder, { scrypt: TEST_SCRYPT, migraties: TOT_0013 });
    await oud.aanmaken(TEST_WACHTWOORD);
    const ids: number[] = [];
    for (const p of PERSONEN) {
      const { id } = await oud.db.insertInto('inburgeraars').values({
        ...p, geboortedatum: '1990-01-01', geslacht: 'onbekend', nationaliteit: 'Syrische', taal: 'Arabisch', tolkNodig: 0, straat: 'Lindelaan', huisnummer: '1',
        postcode: '9911 AB', woonplaats: 'Voorbeeldstad', telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder',
        vNummer: null, datumKennisgevingDuo: null, datumInschrijvingBrp: null, datumKoppelingCoa: null, naamOorspronkelijkSchrift: null, verhuisdVanGemeente: null,
        termijnStartEerder: null, leerrouteEerder: null, niveausEerder: null, status: 'aangemeld', huishoudenId: null, aangemaakt: NU, gewijzigd: NU, geimporteerdOp: null,
      }).returning('id').executeTakeFirstOrThrow();
      ids.push(id);
    }
    const voor = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name = 'zoekwoorden'`.execute(oud.db);
    expect(voor.rows).toEqual([]);
    await oud.vergrendelen();

    await o.kluis.ontgrendelen(TEST_WACHTWOORD);
    const namen = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(o.kluis.db);
    expect(namen.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIES));
    const woorden = await o.kluis.db.selectFrom('zoekwoorden').select(['inburgeraarId', 'woord']).where('inburgeraarId', '=', ids[3]!).orderBy('woord').execute();
    expect(woorden.map((w) => w.woord)).toEqual(['ahmad', 'ahmad mohammad', 'al ahmad', 'al ahmad mohammad', 'mohammad', 'mohammad al ahmad']);

    const [celik, petrovic, vries, alAhmad] = ids;
    const zoek = async (zoekterm: string) => data(await o.handlers.inburgeraarsLijst({ zoekterm })).rijen.map((r) => r.id);
    expect(await zoek('celik')).toEqual([celik]);
    expect(await zoek('gulsen c')).toEqual([celik]);
    expect(await zoek('dorde')).toEqual([petrovic]);
    expect(await zoek('de vr')).toEqual([vries]);
    expect(await zoek('al ah')).toEqual([alAhmad]);
    expect(data(await o.handlers.dossierZoeken({ zoekterm: 'petrovic' })).map((r) => r.id)).toEqual([petrovic]);

    // The indexes of the list and the lookups are there; the surname index they replace is gone.
    const indexen = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(o.kluis.db);
    expect(indexen.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['inburgeraars_naam', 'inburgeraars_status_naam', 'inburgeraars_doelgroep_naam', 'inburgeraars_woonplaats_naam', 'inburgeraars_geboortedatum', 'inburgeraars_vnummer', 'pips_kenmerk_nocase', 'zoekwoorden_inburgeraar']),
    );
    expect(indexen.rows.map((r) => r.name)).not.toContain('inburgeraars_achternaam');
  });
});
