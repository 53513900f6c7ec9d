import { describe, expect, it } from 'vitest';
import { statusCorrectieFout, statuswijzigingBevindingen, type StatusWijziging } from '../../shared/rules/statuswijziging';

const VANDAAG = '2026-03-01';
const DOSSIER: { datumInschrijvingBrp: string | null; datumKennisgevingDuo: string | null } = { datumInschrijvingBrp: '2026-02-28', datumKennisgevingDuo: '2026-02-20' };
const regels = (w: Partial<StatusWijziging>, dossier = DOSSIER, vandaag = VANDAAG) =>
  statuswijzigingBevindingen({ naar: 'verhuisd', datum: VANDAAG, reden: 'BRP', nieuweGemeente: 'Andere Stad', ...w }, dossier, vandaag).map((b) => b.regel);

describe('closing a dossier needs its day, reason and (verhuisd) the new gemeente', () => {
  it.each<[string, Partial<StatusWijziging>, string[]]>([
    ['complete', {}, []],
    ['today is allowed, tomorrow is not', { datum: '2026-03-02' }, ['datum-in-toekomst']],
    ['the BRP day itself is allowed', { datum: '2026-02-28' }, []],
    ['the day before the BRP inschrijving is not', { datum: '2026-02-27' }, ['datum-voor-dossier']],
    ['before both BRP and kennisgeving: two findings', { datum: '2026-02-19' }, ['datum-voor-dossier', 'datum-voor-dossier']],
    ['no date, no reason, no gemeente', { datum: null, reden: null, nieuweGemeente: null }, ['datum-ontbreekt', 'reden-ontbreekt', 'nieuwe-gemeente-ontbreekt']],
    ['another end status needs no gemeente', { naar: 'overleden', nieuweGemeente: null }, []],
    ['the main line needs no date or reason', { naar: 'intake', datum: null, reden: null, nieuweGemeente: null }, []],
    ['but a date on the main line is still checked', { naar: 'intake', datum: '2026-03-02' }, ['datum-in-toekomst']],
  ])('%s', (_naam, wijziging, verwacht) => {
    expect(regels(wijziging)).toEqual(verwacht);
  });

  it('counts over a leap day and a year end by the calendar, and a BRP day still ahead bounds nothing', () => {
    expect(regels({ datum: '2028-02-29' }, { datumInschrijvingBrp: '2028-02-29', datumKennisgevingDuo: null }, '2028-02-29')).toEqual([]);
    expect(regels({ datum: '2027-01-01' }, DOSSIER, '2026-12-31')).toEqual(['datum-in-toekomst']);
    expect(regels({ datum: '2026-03-01' }, { datumInschrijvingBrp: '2026-04-01', datumKennisgevingDuo: '2026-02-20' })).toEqual([]);
  });

  it('names the event in the message', () => {
    const [b] = statuswijzigingBevindingen({ naar: 'overleden', datum: '2026-03-02', reden: 'x', nieuweGemeente: null }, DOSSIER, VANDAAG);
    expect(b!.melding).toBe('De datum van het overlijden (2 maart 2026) ligt in de toekomst. Leg de status vast als het zover is.');
  });
});

describe('correcting a mistaken end status', () => {
  it('goes back only to the status before the last change, and only from an end status', () => {
    expect(statusCorrectieFout('verhuisd', { van: 'intake', naar: 'verhuisd' }, 'intake')).toBeNull();
    expect(statusCorrectieFout('verhuisd', { van: 'intake', naar: 'verhuisd' }, 'aangemeld')).toContain('alleen terug naar "Intake"');
    expect(statusCorrectieFout('intake', { van: 'aangemeld', naar: 'intake' }, 'aangemeld')).toContain('Alleen een afsluitende status');
    expect(statusCorrectieFout('overleden', null, 'intake')).toContain('geen statuswijziging vastgelegd');
    expect(statusCorrectieFout('overleden', { van: 'verhuisd', naar: 'intake' }, 'verhuisd')).toContain('geen statuswijziging vastgelegd');
  });
});
