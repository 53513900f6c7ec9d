import { describe, expect, it } from 'vitest';
import { contract, KANALEN } from '../../shared/contract';
import { inburgeraarInvoer } from '../../shared/domain/inburgeraar';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';

describe('contract', () => {
  it('has an input and an output schema for every channel', () => {
    expect(KANALEN.length).toBeGreaterThan(15);
    for (const kanaal of KANALEN) {
      expect(typeof contract[kanaal].input.safeParse, kanaal).toBe('function');
      expect(typeof contract[kanaal].output.safeParse, kanaal).toBe('function');
    }
  });

  it('speaks Dutch also for zod’s own messages', () => {
    const fout = contract.inburgeraarOphalen.input.safeParse('tekst');
    expect(fout.success).toBe(false);
    expect(fout.error?.issues[0]?.message).toMatch(/^Ongeldige invoer/);
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
