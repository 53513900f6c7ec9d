import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KANALEN } from '../../shared/contract';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Every channel validates its input against the contract and answers with an envelope (electron/handlers/register.ts).

const NU = new Date('2026-04-14T10:00:00Z');

function persoon(zaad: number, wijziging: Partial<InburgeraarFormulier> = {}): InburgeraarFormulier {
  return { ...synthetischeInburgeraar(maakRandom(zaad), '2026-04-14'), ...wijziging };
}

describe('register: validation and the envelope on every channel', () => {
  let omgeving: TestOmgeving;
  beforeEach(async () => {
    omgeving = testOmgeving({ nu: () => NU });
    data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => omgeving.opruimen());

  async function aantal(): Promise<number> {
    return data(await omgeving.handlers.inburgeraarsLijst({})).totaal;
  }

  it('refuses bad payloads on every channel with a Dutch message and changes nothing', async () => {
    data(await omgeving.handlers.inburgeraarToevoegen(persoon(1)));
    const slecht: unknown[] = ['tekst', 42, [], { onzin: true }, { id: -1 }, { id: 'een' }];
    for (const kanaal of KANALEN) {
      for (const invoer of slecht) {
        const antwoord = await omgeving.handlers[kanaal](invoer);
        expect(antwoord, `${kanaal} ${JSON.stringify(invoer)}`).toMatchObject({
          ok: false,
          fout: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(/^Controleer de invoer: /) },
        });
      }
    }
    expect(await aantal()).toBe(1);
    expect(omgeving.kluis.status().ontgrendeld).toBe(true);
  });

  it('channels without input refuse unknown keys (strict schemas)', async () => {
    const antwoord = await omgeving.handlers.kluisVergrendelen({ ook: 'dit' });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(omgeving.kluis.status().ontgrendeld).toBe(true);
  });
});
