import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Vandaag is Monday 23 November 2026.
const NU = new Date('2026-11-23T10:00:00+01:00');

describe('status changes: an end status with its day, reason and new gemeente; a correction', () => {
  let o: TestOmgeving;
  let id: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    id = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(31), '2026-11-23', 2),
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-09-07', datumInschrijvingBrp: '2026-09-14',
    })).id;
    data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
  });
  afterEach(async () => o.opruimen());

  const status = async () => data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar.status;
  const geschiedenis = async () => data(await o.handlers.statusGeschiedenis({ id }));
  const VERHUIZING = { status: 'verhuisd', datum: '2026-11-20', reden: 'Bericht uit de BRP', nieuweGemeente: 'Andere Stad' } as const;

  it('writes every change in the history, also the main line without a date (today)', async () => {
    expect(await geschiedenis()).toEqual([
      { id: expect.any(Number), van: 'aangemeld', naar: 'intake', datum: '2026-11-23', reden: null, nieuweGemeente: null, correctie: false, aangemaakt: NU.toISOString() },
    ]);
  });

  it.each([
    ['without the new gemeente', { nieuweGemeente: null }, 'Vul de gemeente in waar de inburgeraar nu woont'],
    ['without a date', { datum: null }, 'Vul de datum van de verhuizing in.'],
    ['with a date in the future', { datum: '2026-11-24' }, 'De datum van de verhuizing (24 november 2026) ligt in de toekomst.'],
    ['with a date before the BRP inschrijving', { datum: '2026-09-10' }, 'ligt vóór de inschrijving in de BRP (14 september 2026). Kies 14 september 2026 of later.'],
    ['without a reason', { reden: '  ' }, 'Vul de reden in waarom het dossier "Verhuisd" wordt'],
  ])('refuses verhuisd %s with a Dutch message and changes nothing', async (_naam, wijziging, melding) => {
    const antwoord = await o.handlers.inburgeraarStatusWijzigen({ ...VERHUIZING, id, ...wijziging });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining(melding) } });
    expect(await status()).toBe('intake');
    expect(await geschiedenis()).toHaveLength(1);
  });

  it('closes the dossier with day, reason and new gemeente in the history; the log has no reason', async () => {
    data(await o.handlers.inburgeraarStatusWijzigen({ ...VERHUIZING, id }));
    expect(await status()).toBe('verhuisd');
    expect((await geschiedenis()).at(-1)).toMatchObject({ van: 'intake', naar: 'verhuisd', datum: '2026-11-20', reden: 'Bericht uit de BRP', nieuweGemeente: 'Andere Stad', correctie: false });
    // Another end status needs its own day and reason too, and a new gemeente only belongs to a verhuizing.
    const ander = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(32), '2026-11-23', 3))).id;
    expect(await o.handlers.inburgeraarStatusWijzigen({ id: ander, status: 'overleden' })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('Vul de datum van het overlijden in.') },
    });
    data(await o.handlers.inburgeraarStatusWijzigen({ id: ander, status: 'vertrokken', datum: '2026-11-23', reden: 'Naar het buitenland', nieuweGemeente: 'Andere Stad' }));
    expect(data(await o.handlers.statusGeschiedenis({ id: ander })).at(-1)).toMatchObject({ naar: 'vertrokken', nieuweGemeente: null });
    const regels = await o.kluis.db.selectFrom('logboek').select(['actie', 'resultaat']).where('objectId', '=', id).execute();
    expect(regels.map((r) => r.actie)).toContain('status: → verhuisd');
    expect(JSON.stringify(regels)).not.toMatch(/BRP|Andere Stad/);
  });

  it('a correction restores the status before the mistaken end status, as a new row with correctie', async () => {
    data(await o.handlers.inburgeraarStatusWijzigen({ ...VERHUIZING, id }));
    expect(await o.handlers.statusCorrigeren({ id, naarStatus: 'aangemeld', reden: 'Verkeerd dossier' })).toMatchObject({
      ok: false,
      fout: { message: 'De status kan alleen terug naar "Intake", de status vóór de laatste wijziging.' },
    });
    expect(await o.handlers.statusCorrigeren({ id, naarStatus: 'intake', reden: ' ' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Reden van de correctie is verplicht.') } });
    expect(await status()).toBe('verhuisd');

    data(await o.handlers.statusCorrigeren({ id, naarStatus: 'intake', reden: 'Verkeerd dossier gekozen' }));
    expect(await status()).toBe('intake');
    expect((await geschiedenis()).map((r) => [r.van, r.naar, r.correctie, r.reden])).toEqual([
      ['aangemeld', 'intake', false, null],
      ['intake', 'verhuisd', false, 'Bericht uit de BRP'],
      ['verhuisd', 'intake', true, 'Verkeerd dossier gekozen'],
    ]);
    const log = await o.kluis.db.selectFrom('logboek').select(['actie', 'resultaat']).where('actie', 'like', 'status gecorrigeerd%').execute();
    expect(log).toEqual([
      { actie: 'status gecorrigeerd', resultaat: 'geweigerd: ONGELDIGE_INVOER' },
      { actie: 'status gecorrigeerd: → intake', resultaat: 'gelukt' },
    ]);
    expect(JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute())).not.toContain('Verkeerd dossier');

    // An open status is not corrected: it changes with the next step.
    expect(await o.handlers.statusCorrigeren({ id, naarStatus: 'aangemeld', reden: 'Nog eens' })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('Alleen een afsluitende status kan worden gecorrigeerd.') },
    });
    expect(await geschiedenis()).toHaveLength(3);
  });
});
