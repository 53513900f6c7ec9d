import { describe, expect, it } from 'vitest';
import { contract, KANALEN } from '../../shared/contract';
import { inburgeraarInvoer } from '../../shared/domain/inburgeraar';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';

describe('contract', () => {
  // zod's English defaults, which must never reach the regisseur (shared/zod-nl.ts sets Dutch ones).
  const ENGELS = /\b(Invalid|Expected|Required|Unrecognized|received|must)\b/i;
  const meldingen = (uitkomst: { success: boolean; error?: { issues: { message: string }[] } }) => uitkomst.error?.issues.map((i) => i.message) ?? [];

  it.each(KANALEN)('%s refuses a payload of the wrong shape, in Dutch', (kanaal) => {
    const { input } = contract[kanaal];
    for (const invoer of ['tekst', 42, true, [], null, undefined, { onverwacht: 1 }]) {
      const uitkomst = input.safeParse(invoer);
      expect(uitkomst.success, JSON.stringify(invoer) ?? 'undefined').toBe(false);
      expect(meldingen(uitkomst).length).toBeGreaterThan(0);
      for (const melding of meldingen(uitkomst)) expect(melding, JSON.stringify(invoer) ?? 'undefined').not.toMatch(ENGELS);
    }
    // A channel that accepts an empty payload is strict: an extra key is refused, not ignored.
    if (input.safeParse({}).success) expect(meldingen(input.safeParse({ onverwacht: 1 }))).toEqual(['Invoer: een gegeven hoort hier niet bij; laat het weg.']);
  });

  it.each(KANALEN)('%s: the output schema refuses undefined, in Dutch', (kanaal) => {
    const uitkomst = contract[kanaal].output.safeParse(undefined);
    expect(uitkomst.success).toBe(false);
    for (const melding of meldingen(uitkomst)) expect(melding).toMatch(/^Invoer: /);
  });

  it('speaks Dutch also for zod’s own messages', () => {
    const fout = contract.inburgeraarOphalen.input.safeParse('tekst');
    expect(fout.success).toBe(false);
    expect(fout.error?.issues[0]?.message).toBe('Invoer: verwacht een groep gegevens.');
    const sleutel = contract.kluisStatus.input.safeParse({ onzin: 1 });
    expect(sleutel.error?.issues[0]?.message).not.toMatch(/Unrecognized|Invalid/);
  });

  it('parsing the parsed inburgeraar again gives the same value (renderer and handler both parse)', () => {
    const random = maakRandom(3);
    for (let i = 0; i < 20; i += 1) {
      const eenmaal = inburgeraarInvoer.parse({ ...synthetischeInburgeraar(random, '2026-04-14'), email: '', tussenvoegsel: '  ' });
      expect(inburgeraarInvoer.parse(eenmaal)).toEqual(eenmaal);
      expect(eenmaal.email).toBeNull();
      expect(eenmaal.tussenvoegsel).toBeNull();
    }
  });
});
