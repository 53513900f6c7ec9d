import { describe, expect, it } from 'vitest';
import { bewaarstand, eindeVanDossier, kerngegevensVerlopen, verwijderenGeweigerd, type BewaarFeiten } from '../../shared/rules/bewaren';
import type { Status } from '../../shared/rules/status';

// Besluit inburgering 2021 art. 9.9: delete five years after the plicht ended (lid 1 a) or on death (lid 1 b);
// the kerngegevens after at most fifty years (lid 2).

function feiten(status: Status, datum: string, extra: BewaarFeiten['statuswijzigingen'] = []): BewaarFeiten {
  return { status, statuswijzigingen: [{ naar: status, datum, correctie: false }, ...extra], gewijzigd: '2026-01-01T09:00:00.000Z' };
}

describe('bewaarstand — Besluit 9.9 lid 1 onder a: five years after the plicht ended', () => {
  it('the term that ended yesterday is due today; the one ending today is not yet', () => {
    // Ended 22 Nov 2021 → term 23 Nov 2021 .. 22 Nov 2026 → delete from 23 Nov 2026.
    expect(bewaarstand(feiten('afgerond', '2021-11-22'), '2026-11-23')).toEqual({
      grond: 'einde_plicht',
      eindeOp: '2021-11-22',
      verwijderenVanaf: '2026-11-23',
      kerngegevensTot: '2071-11-22',
      artikel: 'art. 9.9 lid 1 onder a Besluit inburgering 2021',
      verstreken: true,
    });
    // Ended 23 Nov 2021 → exactly five years today: the last day it may be kept.
    expect(bewaarstand(feiten('afgerond', '2021-11-23'), '2026-11-23')).toMatchObject({ verwijderenVanaf: '2026-11-24', verstreken: false });
    expect(bewaarstand(feiten('afgerond', '2021-11-23'), '2026-11-24')).toMatchObject({ verstreken: true });
  });

  it.each([
    // [ended, last day kept, first day to delete]
    ['2027-02-28', '2032-02-29', '2032-03-01'], // the term ends on a leap day
    ['2028-02-29', '2033-02-28', '2033-03-01'], // ended on a leap day
    ['2026-12-31', '2031-12-31', '2032-01-01'], // year end
    ['2027-01-31', '2032-01-31', '2032-02-01'], // month end
  ])('ended %s: kept through %s, deleted from %s', (einde, laatste, vanaf) => {
    expect(bewaarstand(feiten('ontheffing', einde), laatste)).toMatchObject({ verwijderenVanaf: vanaf, verstreken: false });
    expect(bewaarstand(feiten('ontheffing', einde), vanaf)).toMatchObject({ verwijderenVanaf: vanaf, verstreken: true });
  });

  it('counts every end of this gemeente\'s part: vrijstelling, vertrek, verhuizing', () => {
    for (const status of ['vrijstelling', 'vertrokken', 'verhuisd'] as const) {
      expect(bewaarstand(feiten(status, '2020-05-04'), '2026-11-23')).toMatchObject({ grond: 'einde_plicht', eindeOp: '2020-05-04', verwijderenVanaf: '2025-05-05', verstreken: true });
    }
  });

  it('an open dossier has no bewaartermijn yet', () => {
    for (const status of ['aangemeld', 'intake', 'pip_vastgesteld', 'in_traject'] as const) {
      expect(bewaarstand(feiten(status, '2015-01-01'), '2026-11-23')).toBeNull();
    }
  });
});

describe('bewaarstand — Besluit 9.9 lid 1 onder b: on death', () => {
  it('is due from the day of death, with the kerngegevens fifty years from it', () => {
    expect(bewaarstand(feiten('overleden', '2026-11-22'), '2026-11-23')).toEqual({
      grond: 'overleden',
      eindeOp: '2026-11-22',
      verwijderenVanaf: '2026-11-22',
      kerngegevensTot: '2076-11-22',
      artikel: 'art. 9.9 lid 1 onder b Besluit inburgering 2021',
      verstreken: true,
    });
    expect(bewaarstand(feiten('overleden', '2028-02-29'), '2028-02-29')).toMatchObject({ verstreken: true, kerngegevensTot: '2078-02-28' });
  });
});

describe('eindeVanDossier — the day of the end status', () => {
  it('takes the latest change into the current status and ignores corrections', () => {
    // Closed, corrected back, closed again later: the later day counts.
    const f: BewaarFeiten = {
      status: 'afgerond',
      statuswijzigingen: [
        { naar: 'afgerond', datum: '2021-03-01', correctie: false },
        { naar: 'in_traject', datum: '2021-03-02', correctie: true },
        { naar: 'afgerond', datum: '2021-06-15', correctie: false },
        { naar: 'vertrokken', datum: '2022-01-01', correctie: true },
      ],
      gewijzigd: '2026-01-01T09:00:00.000Z',
    };
    expect(eindeVanDossier(f)).toEqual({ datum: '2021-06-15', grond: 'einde_plicht' });
  });

  it('falls back to the day of the last change when no status change was recorded (an imported dossier)', () => {
    expect(eindeVanDossier({ status: 'vertrokken', statuswijzigingen: [], gewijzigd: '2020-02-29T23:30:00.000Z' })).toEqual({ datum: '2020-02-29', grond: 'einde_plicht' });
  });
});

describe('kerngegevensVerlopen — Besluit 9.9 lid 2: at most fifty years', () => {
  it('keeps them through the last day and not a day longer', () => {
    expect(kerngegevensVerlopen('2071-11-22', '2071-11-22')).toBe(false);
    expect(kerngegevensVerlopen('2071-11-22', '2071-11-23')).toBe(true);
    expect(kerngegevensVerlopen('2078-02-28', '2078-03-01')).toBe(true);
  });
});

describe('verwijderenGeweigerd — a dossier with a sent beschikking falls under the bewaartermijn', () => {
  it('allows a dossier without a besluit', () => {
    expect(verwijderenGeweigerd([])).toBeNull();
  });

  it('names the first besluit, its day and kenmerk, the article and what to do', () => {
    const melding = verwijderenGeweigerd([
      { soort: 'pip', kenmerk: 'INB-2026-0007', dagtekening: '2026-03-12' },
      { soort: 'boete', kenmerk: 'INB-2026-0010', dagtekening: '2026-06-01' },
    ]);
    expect(melding).toContain('er is een PIP-beschikking verzonden van 12 maart 2026, kenmerk INB-2026-0007 en 1 ander besluit.');
    expect(melding).toContain('art. 9.9 Besluit inburgering 2021');
    expect(melding).toContain('trek het dan in of sluit het dossier af met een eindstatus');
  });

  it('handles an imported besluit without kenmerk', () => {
    expect(verwijderenGeweigerd([{ soort: 'ontheffing', kenmerk: null, dagtekening: null }])).toContain('er is een beschikking ontheffing leerbaarheidstoets verzonden.');
  });
});
