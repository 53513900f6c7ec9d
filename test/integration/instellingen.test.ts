import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = new Date('2026-04-14T10:00:00Z');

describe('instellingen', () => {
  let omgeving: TestOmgeving;
  beforeEach(async () => {
    omgeving = testOmgeving({ nu: () => NU });
    data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => omgeving.opruimen());

  it('stores settings and refuses a logo that is not what it claims', async () => {
    const instellingen = data(
      await omgeving.handlers.instellingenOpslaan({
        gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad',
        ondertekenaarNaam: 'A. de Vries', ondertekenaarFunctie: 'burgemeester', vergrendelenNaMinuten: 15,
      }),
    );
    expect(instellingen).toMatchObject({ gemeentenaam: 'Voorbeeldstad', vergrendelenNaMinuten: 15, logo: null });
    const nep = await omgeving.handlers.logoOpslaan({ mime: 'image/png', base64: Buffer.from('geen png').toString('base64') });
    expect(nep).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(data(await omgeving.handlers.instellingenOphalen({})).logo).toBeNull();
    expect(await omgeving.handlers.instellingenOpslaan({ ...instellingen, vergrendelenNaMinuten: 0 })).toMatchObject({ ok: false });
  });
});
