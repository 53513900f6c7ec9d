import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { MAX_ZOEKRESULTATEN } from '../../shared/zoeken';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = new Date('2026-06-01T09:00:00Z');
let klok = NU;

describe('dossierZoeken: the search field in the top bar', () => {
  let o: TestOmgeving;
  let celik: number;
  let petrovic: number;

  beforeEach(async () => {
    klok = NU;
    o = testOmgeving({ nu: () => klok });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    const random = maakRandom(11);
    // Person 0 of the synthetic list is Gülşen Çelik, person 1 Đorđe Petrović.
    celik = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(random, '2026-06-01', 0), bsn: '123456782', vNummer: '1234567890' })).id;
    petrovic = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(random, '2026-06-01', 1), bsn: '111222333', vNummer: null })).id;
  });
  afterEach(async () => o.opruimen());

  const zoek = async (zoekterm: string) => data(await o.handlers.dossierZoeken({ zoekterm }));

  it('finds a name without accents or case, in either order, and says it matched the name', async () => {
    for (const term of ['celik', 'ÇELIK', 'gulsen cel', 'celik gulsen', ' Çelik ']) {
      expect((await zoek(term)).map((r) => r.id), term).toEqual([celik]);
    }
    expect(await zoek('dorde')).toEqual([{ id: petrovic, naam: 'Đorđe Petrović', geboortedatum: expect.any(String), status: 'aangemeld', gevondenOp: 'naam', treffer: 'Đorđe Petrović' }]);
    expect(await zoek('niemand-heet-zo')).toEqual([]);
  });

  it('finds a BSN and a V-nummer as typed (spaces and dots allowed), and a part of them', async () => {
    expect(await zoek('1234 56 782')).toMatchObject([{ id: celik, gevondenOp: 'bsn', treffer: '123456782' }]);
    expect(await zoek('111.222')).toMatchObject([{ id: petrovic, gevondenOp: 'bsn' }]);
    expect(await zoek('12 3456 7890')).toMatchObject([{ id: celik, gevondenOp: 'vNummer', treffer: '1234567890' }]);
    // A number never matches a name.
    expect(await zoek('999999999')).toEqual([]);
  });

  it('finds the kenmerk of a PIP, also in lower case, and takes % and _ literally', async () => {
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'A. B', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit 2025' }))[0]!.id;
    data(await o.handlers.inburgeraarWijzigen({ id: petrovic, gegevens: { ...data(await o.handlers.inburgeraarOphalen({ id: petrovic })).inburgeraar, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-01-05' } }));
    data(await o.handlers.intakeOpslaan({ inburgeraarId: petrovic, gegevens: volledigeIntakeOp('2026-01-12') }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: petrovic, datum: '2026-01-20', inAfwezigheid: false }));
    klok = new Date('2026-03-01T09:00:00Z');
    const concept = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: petrovic, inhoud: VOLLEDIG_PIP })).pip;
    const { pip } = data(await o.handlers.pipVaststellen({ pipId: concept.id, dagtekening: '2026-03-01', ondertekenaarId }));
    klok = NU;
    expect(pip.kenmerk).toMatch(/^INB-2026-/);

    expect(await zoek(pip.kenmerk!)).toMatchObject([{ id: petrovic, gevondenOp: 'kenmerk', treffer: pip.kenmerk }]);
    expect(await zoek(pip.kenmerk!.toLowerCase())).toMatchObject([{ id: petrovic, gevondenOp: 'kenmerk' }]);
    expect(await zoek('INB-%')).toEqual([]);
    expect(await zoek('INB_2026')).toEqual([]);
  });

  it('gives nothing for an empty term and at most 20 dossiers', async () => {
    expect(await zoek('')).toEqual([]);
    expect(await zoek('   ')).toEqual([]);
    const random = maakRandom(12);
    for (let i = 0; i < MAX_ZOEKRESULTATEN + 3; i += 1) {
      const antwoord = await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(random, '2026-06-01', 0) });
      if (!antwoord.ok) i -= 1;
    }
    expect(await zoek('celik')).toHaveLength(MAX_ZOEKRESULTATEN);
    expect(await o.handlers.dossierZoeken({ zoekterm: 'x'.repeat(101) })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('hoogstens 100 tekens') } });
  });
});
