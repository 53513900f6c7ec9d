import { describe, expect, it } from 'vitest';
import { intakeInvoer } from '../../shared/domain/intake';
import { ontbrekendInIntake, volgendeOproepStap } from '../../shared/rules/intake';

describe('brede intake (Wi 14)', () => {
  it('walks the oproep line: oproep → waarschuwing + herhaalde oproep → after three, in afwezigheid', () => {
    expect(volgendeOproepStap([])).toBe('oproep');
    expect(volgendeOproepStap([{ uitkomst: 'open' }])).toBe('wacht_op_uitkomst');
    expect(volgendeOproepStap([{ uitkomst: 'verschenen' }])).toBe('verschenen');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }])).toBe('waarschuwing_en_herhaalde_oproep');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }])).toBe('waarschuwing_en_herhaalde_oproep');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }])).toBe('in_afwezigheid_afronden');
  });

  it('lists what the intake still lacks, with articles; an ontheffing replaces the toets', () => {
    const leeg = intakeInvoer.parse({});
    const ontbreekt = ontbrekendInIntake(leeg, false).map((b) => b.regel);
    expect(ontbreekt).toEqual(['leerbaarheidstoets', 'onderwijs', 'omstandigheden', 'vve', 'taalniveau', 'arbeid', 'zelfredzaamheid', 'recht-alleen']);
    expect(ontbrekendInIntake({ ...leeg, ontheffingToets: 'visueel' }, false).map((b) => b.regel)).not.toContain('leerbaarheidstoets');
    expect(ontbrekendInIntake(leeg, true)).toEqual([]);
  });
});
