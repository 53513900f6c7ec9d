import { describe, expect, it } from 'vitest';
import { backupNaam, dagelijkseBackupNodig, isBackupNaam, isoWeek, teBewarenBackups, voorHerstelNaam } from '../../shared/rules/backup';

// Rolling retention and names of backups (BIO 8.13): Dutch calendar days, ISO weeks, months; DST and year ends.

describe('isoWeek', () => {
  it('puts the days around the year end in the week of their Thursday', () => {
    expect(isoWeek('2026-12-31')).toBe('2026-W53'); // 2026 starts on a Thursday: 53 weeks
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2020-02-29')).toBe('2020-W09');
    expect(isoWeek('2026-11-22')).toBe('2026-W47'); // Sunday
    expect(isoWeek('2026-11-23')).toBe('2026-W48'); // Monday
  });
});

describe('backupNaam', () => {
  it('uses Dutch wall-clock time, in winter and in summer time', () => {
    expect(backupNaam('2026-11-23T09:00:00.000Z', 'handmatig')).toBe('koers-backup-20261123-100000-handmatig');
    expect(backupNaam('2026-07-01T09:05:07.000Z', 'dagelijks')).toBe('koers-backup-20260701-110507-dagelijks');
    // New Year's Eve 23:30 UTC is already New Year's Day in the Netherlands.
    expect(backupNaam('2026-12-31T23:30:00.000Z', 'afsluiten')).toBe('koers-backup-20270101-003000-afsluiten');
    expect(isBackupNaam(backupNaam('2026-12-31T23:30:00.000Z', 'afsluiten'))).toBe(true);
    expect(isBackupNaam('koers-backup-20270101-003000-iets')).toBe(false);
    expect(isBackupNaam('../koers-backup-20270101-003000-handmatig')).toBe(false);
    expect(voorHerstelNaam('2026-03-29T01:30:00.000Z')).toBe('voor-herstel-20260329-033000'); // just after the spring change
  });
});

const dagen = (van: string, aantal: number, uurUtc = '12:00') => {
  const uit: string[] = [];
  const start = Date.parse(`${van}T${uurUtc}:00.000Z`);
  for (let i = 0; i < aantal; i += 1) uit.push(new Date(start + i * 86_400_000).toISOString());
  return uit;
};

describe('teBewarenBackups', () => {
  const nu = new Date('2026-11-23T18:00:00.000Z'); // a Monday

  it('keeps 7 daily, 4 weekly and 12 monthly of a year and more of daily backups', () => {
    const alle = dagen('2025-10-01', 419); // up to and including 2026-11-23
    expect(alle.at(-1)).toBe('2026-11-23T12:00:00.000Z');
    const bewaard = teBewarenBackups(alle, nu).map((t) => t.slice(0, 10));
    expect(bewaard).toEqual([
      // the last 7 days
      '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17',
      // the newest of the weeks W46 and W45 (W48 and W47 are already there)
      '2026-11-15', '2026-11-08',
      // the newest of each month back to December 2025 (November is there)
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31', '2026-04-30', '2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31',
    ]);
  });

  it('keeps only the newest of several backups on one day', () => {
    const bewaard = teBewarenBackups(['2026-11-23T08:00:00.000Z', '2026-11-23T16:00:00.000Z', '2026-11-22T16:00:00.000Z'], nu, { dagen: 7, weken: 0, maanden: 0 });
    expect(bewaard).toEqual(['2026-11-23T16:00:00.000Z', '2026-11-22T16:00:00.000Z']);
  });

  it('counts days in Dutch time: 00:30 on the night of the spring DST change belongs to that day, not to the UTC day before', () => {
    const tijden = ['2026-03-28T12:00:00.000Z', '2026-03-28T23:30:00.000Z', '2026-03-29T21:30:00.000Z'];
    // 2026-03-28T23:30Z is 00:30 CET on 29 March; 2026-03-29T21:30Z is 23:30 CEST on 29 March.
    expect(teBewarenBackups(tijden, new Date('2026-03-30T12:00:00Z'), { dagen: 2, weken: 0, maanden: 0 })).toEqual(['2026-03-29T21:30:00.000Z', '2026-03-28T12:00:00.000Z']);
    // Autumn: 2026-10-24T22:30Z is 00:30 CEST on 25 October, a day of 25 hours.
    const herfst = ['2026-10-24T21:30:00.000Z', '2026-10-24T22:30:00.000Z', '2026-10-25T22:30:00.000Z'];
    expect(teBewarenBackups(herfst, new Date('2026-10-26T12:00:00Z'), { dagen: 3, weken: 0, maanden: 0 })).toEqual([
      '2026-10-25T22:30:00.000Z', // 23:30 CET on the 25th (newest of the 25th)
      '2026-10-24T21:30:00.000Z', // 23:30 CEST on the 24th
    ]);
  });

  it('keeps one per ISO week across the year end, and one per month across a month end in Dutch time', () => {
    const week = ['2026-12-28T12:00:00.000Z', '2027-01-03T12:00:00.000Z', '2027-01-04T12:00:00.000Z'];
    expect(teBewarenBackups(week, new Date('2027-01-05T12:00:00Z'), { dagen: 0, weken: 2, maanden: 0 })).toEqual(['2027-01-04T12:00:00.000Z', '2027-01-03T12:00:00.000Z']);
    const maand = ['2026-12-31T12:00:00.000Z', '2027-01-31T12:00:00.000Z', '2027-01-31T23:30:00.000Z'];
    // 2027-01-31T23:30Z is 00:30 on 1 February in the Netherlands: February's; January's is 31 January noon.
    expect(teBewarenBackups(maand, new Date('2027-02-02T12:00:00Z'), { dagen: 0, weken: 0, maanden: 2 })).toEqual(['2027-01-31T23:30:00.000Z', '2027-01-31T12:00:00.000Z']);
    // In a leap year February ends on the 29th.
    expect(teBewarenBackups(['2028-02-29T12:00:00.000Z', '2028-02-28T12:00:00.000Z', '2028-03-01T12:00:00.000Z'], new Date('2028-03-02T12:00:00Z'), { dagen: 0, weken: 0, maanden: 2 })).toEqual([
      '2028-03-01T12:00:00.000Z',
      '2028-02-29T12:00:00.000Z',
    ]);
  });

  it('never loses the last backups after a long gap, keeps the newest and anything from the future', () => {
    const oud = dagen('2026-09-01', 5);
    expect(teBewarenBackups(oud, nu)).toEqual([...oud].reverse());
    expect(teBewarenBackups(['2026-01-01T12:00:00.000Z', '2026-01-02T12:00:00.000Z'], nu, { dagen: 0, weken: 0, maanden: 0 })).toEqual(['2026-01-02T12:00:00.000Z']);
    expect(teBewarenBackups(['2027-05-01T12:00:00.000Z', '2026-11-23T12:00:00.000Z'], nu, { dagen: 1, weken: 0, maanden: 0 })).toEqual(['2027-05-01T12:00:00.000Z', '2026-11-23T12:00:00.000Z']);
    expect(teBewarenBackups([], nu)).toEqual([]);
  });
});

describe('dagelijkseBackupNodig', () => {
  const nu = new Date('2026-11-23T10:00:00.000Z');
  it('is due without a backup, at 24 hours and when the newest lies in the future', () => {
    expect(dagelijkseBackupNodig(null, nu)).toBe(true);
    expect(dagelijkseBackupNodig('2026-11-22T10:00:01.000Z', nu)).toBe(false);
    expect(dagelijkseBackupNodig('2026-11-22T10:00:00.000Z', nu)).toBe(true);
    expect(dagelijkseBackupNodig('2026-11-24T10:00:00.000Z', nu)).toBe(true);
  });
});
