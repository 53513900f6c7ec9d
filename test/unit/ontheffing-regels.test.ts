import { describe, expect, it } from 'vitest';
import { bezwarenTegenOntheffing, type OntheffingContext } from '../../shared/rules/ontheffing';

// Wi 14 lid 6; Awb 3:40: when the ontheffing beschikking may be vastgesteld.

const context = (over: Partial<OntheffingContext> = {}): OntheffingContext => ({
  inIntake: 'visueel',
  bestaandKenmerk: null,
  toetsAfgenomenOp: null,
  dagtekening: '2026-12-31',
  vandaag: '2026-12-31',
  ...over,
});

describe('bezwarenTegenOntheffing', () => {
  it('allows today and up to two weeks ahead, across the year end; not the day before or the 15th day', () => {
    expect(bezwarenTegenOntheffing(context())).toEqual([]);
    expect(bezwarenTegenOntheffing(context({ dagtekening: '2027-01-14' }))).toEqual([]);
    expect(bezwarenTegenOntheffing(context({ dagtekening: '2027-01-15' }))).toEqual(['De dagtekening ligt meer dan twee weken in de toekomst. Kies de dag waarop de brief wordt verzonden.']);
    expect(bezwarenTegenOntheffing(context({ dagtekening: '2026-12-30' }))).toEqual(['De dagtekening ligt in het verleden. Kies vandaag of de dag waarop de brief wordt verzonden.']);
  });

  it('needs the impairment in the intake, refuses a second beschikking and a toets already taken on or before the dagtekening', () => {
    expect(bezwarenTegenOntheffing(context({ inIntake: 'geen' }))[0]).toContain('Leg eerst in de brede intake vast');
    expect(bezwarenTegenOntheffing(context({ bestaandKenmerk: 'INB-2026-0007' }))).toEqual([
      'Er is al een beschikking ontheffing vastgesteld (kenmerk INB-2026-0007). Die wordt niet opnieuw vastgesteld.',
    ]);
    expect(bezwarenTegenOntheffing(context({ toetsAfgenomenOp: '2026-12-31' }))[0]).toContain('De leerbaarheidstoets is al afgenomen op 31 december 2026.');
    // A toets planned after the dagtekening is no obstacle: the ontheffing makes it unnecessary.
    expect(bezwarenTegenOntheffing(context({ toetsAfgenomenOp: '2027-01-04' }))).toEqual([]);
  });
});
