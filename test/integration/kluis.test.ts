import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// The kluis channels answer without a transaction of their own (db/vault.ts does the work).

const NU = new Date('2026-04-14T10:00:00Z');

describe('kluis channels: lock and passphrase', () => {
  let omgeving: TestOmgeving;
  beforeEach(async () => {
    omgeving = testOmgeving({ nu: () => NU });
    data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => omgeving.opruimen());

  it('answers KLUIS_VERGRENDELD after locking, and wrong passphrase as "Onjuist wachtwoord"', async () => {
    data(await omgeving.handlers.kluisVergrendelen({}));
    expect(await omgeving.handlers.inburgeraarsLijst({})).toMatchObject({ ok: false, fout: { code: 'KLUIS_VERGRENDELD' } });
    const fout = await omgeving.handlers.kluisOntgrendelen({ wachtwoord: 'niet het goede wachtwoord' });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'ONJUIST_WACHTWOORD', message: expect.stringContaining('Onjuist wachtwoord') } });
    data(await omgeving.handlers.kluisOntgrendelen({ wachtwoord: TEST_WACHTWOORD }));
  });

  it('refuses a passphrase shorter than 12 characters', async () => {
    const antwoord = await omgeving.handlers.kluisWachtwoordWijzigen({ huidig: TEST_WACHTWOORD, nieuw: 'kort' });
    expect(antwoord).toMatchObject({ ok: false, fout: { message: expect.stringContaining('minstens 12 tekens') } });
  });
});
