import { describe, expect, it } from 'vitest';
import { feestdagen, paaszondag, rustdagReden, verlengVolgensAtw } from '../../shared/rules/atw';
import { isIsoDatum, plusDagen, plusJaren, vandaagInNederland, weekdag } from '../../shared/rules/datum';
import {
  bezwaartermijnEinde,
  inburgeringstermijnEinde,
  inburgeringstermijnStart,
  ontzorgenEinde,
  pipTermijn,
  pipUiterlijk,
  schakelenUiterlijk,
} from '../../shared/rules/termijnen';

describe('datum arithmetic on ISO strings', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST change in Europe/Amsterdam does not shift a calendar day
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-31', 30, '2026-03-02'],
  ])('%s + %i days = %s', (van, dagen, verwacht) => {
    expect(plusDagen(van, dagen)).toBe(verwacht);
  });

  it.each([
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-01-31', 1, '2027-01-31'],
  ])('%s + %i years = %s', (van, jaren, verwacht) => {
    expect(plusJaren(van, jaren)).toBe(verwacht);
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2023-02-29')).toBe(false);
    expect(isIsoDatum('2026-13-01')).toBe(false);
    expect(isIsoDatum('14-04-2026')).toBe(false);
  });

  it('today is taken in Europe/Amsterdam, not UTC', () => {
    expect(vandaagInNederland(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(vandaagInNederland(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(vandaagInNederland(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('Algemene termijnenwet', () => {
  it.each([
    [1943, '1943-04-25'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (jaar, datum) => {
    expect(paaszondag(jaar)).toBe(datum);
    expect(weekdag(datum)).toBe(0);
  });

  it('lists the feestdagen of art. 3 plus Goede Vrijdag', () => {
    expect(feestdagen(2026).map((f) => f.datum)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });

  it('Koningsdag moves to 26 April when 27 April is a Sunday', () => {
    expect(feestdagen(2025).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2025-04-26');
    expect(feestdagen(2031).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2031-04-26');
  });

  it('names why a day is no working day', () => {
    expect(rustdagReden('2026-03-14')).toBe('zaterdag');
    expect(rustdagReden('2026-03-15')).toBe('zondag');
    expect(rustdagReden('2026-04-06')).toBe('tweede Paasdag');
    expect(rustdagReden('2026-03-16')).toBeNull();
    expect(rustdagReden('2026-05-15', [{ datum: '2026-05-15', naam: 'vrijdag na Hemelvaart (KB)' }])).toBe('vrijdag na Hemelvaart (KB)');
  });

  it('runs over a Christmas weekend to the Monday', () => {
    expect(verlengVolgensAtw('2025-12-25')).toEqual({ datum: '2025-12-29', oorspronkelijk: '2025-12-25', verschovenWegens: 'eerste Kerstdag' });
  });
});

describe('pipUiterlijk — Besluit inburgering 2021 art. 5.3 lid 1', () => {
  it.each<[string, string, string | undefined, string]>([
    ['ten weeks after the kennisgeving', '2026-01-05', undefined, '2026-03-16'],
    ['the later BRP inschrijving is the start', '2026-01-05', '2026-02-02', '2026-04-13'],
    ['an earlier BRP inschrijving does not count', '2026-02-02', '2026-01-05', '2026-04-13'],
    ['same day for both events', '2026-01-05', '2026-01-05', '2026-03-16'],
    ['a Saturday end moves to Monday', '2026-01-03', undefined, '2026-03-16'],
    ['tweede Paasdag moves to Tuesday', '2026-01-26', undefined, '2026-04-07'],
    ['Koningsdag moves to the next day', '2026-02-16', undefined, '2026-04-28'],
    ['Christmas and a weekend at the year end', '2025-10-16', undefined, '2025-12-29'],
    ['a leap day is an ordinary end date', '2027-12-21', undefined, '2028-02-29'],
    ['across the year end into January', '2026-10-26', undefined, '2027-01-04'],
    ['Nieuwjaarsdag on a Friday runs on to Monday', '2026-10-23', undefined, '2027-01-04'],
  ])('%s: %s / %s → %s', (_naam, kennisgeving, brp, verwacht) => {
    expect(pipUiterlijk(kennisgeving, brp)).toBe(verwacht);
  });

  it('explains the start event, the Atw shift and the article', () => {
    const termijn = pipTermijn('2026-01-26', '2026-01-20');
    expect(termijn).toMatchObject({
      datum: '2026-04-07',
      oorspronkelijk: '2026-04-06',
      verschovenWegens: 'tweede Paasdag',
      startdatum: '2026-01-26',
      startgebeurtenis: 'kennisgeving inburgeringsplicht (DUO)',
    });
    expect(termijn.artikel).toContain('art. 5.3 lid 1 Besluit inburgering 2021');
    expect(pipTermijn('2026-01-05', '2026-02-02').startgebeurtenis).toBe('inschrijving BRP');
  });

  it('takes KB-designated extra days as data', () => {
    expect(pipTermijn('2026-03-06', undefined, [{ datum: '2026-05-15', naam: 'vrijdag na Hemelvaart' }]).datum).toBe('2026-05-18');
    expect(pipTermijn('2026-03-06').datum).toBe('2026-05-15');
  });
});

describe('inburgeringstermijn — Wi 11', () => {
  it.each([
    ['2026-04-14', '2026-04-15', '2029-04-14'],
    ['2024-02-29', '2024-03-01', '2027-02-28'], // start 1 March after a leap-day dagtekening
    ['2027-02-28', '2027-03-01', '2030-02-28'],
    ['2026-12-31', '2027-01-01', '2029-12-31'],
    ['2027-02-28', '2027-03-01', '2030-02-28'],
  ])('dagtekening %s: start %s, end %s', (dagtekening, start, einde) => {
    expect(inburgeringstermijnStart(dagtekening)).toBe(start);
    expect(inburgeringstermijnEinde(dagtekening)).toBe(einde);
  });
});

describe('bezwaartermijnEinde — Awb 6:7, 6:8 and Atw', () => {
  it.each([
    ['an ordinary Tuesday', '2026-04-14', '2026-05-26'],
    ['ending on a Saturday', '2026-04-18', '2026-06-01'], // 30 May Sat → 1 June Mon
    ['ending on tweede Pinksterdag', '2026-04-13', '2026-05-26'], // 25 May → 26 May
    ['ending on eerste Kerstdag', '2026-11-13', '2026-12-28'], // 25 Dec Fri → 26 Sat, 27 Sun → 28 Mon
    ['across the year end', '2026-12-01', '2027-01-12'],
    ['from a leap day', '2028-02-29', '2028-04-11'],
  ])('%s: sent %s → %s', (_naam, verzonden, einde) => {
    expect(bezwaartermijnEinde(verzonden)).toBe(einde);
  });
});

describe('other PIP terms', () => {
  it('leerroute may change until 18 months after the termijn start (Besluit 5.4)', () => {
    expect(schakelenUiterlijk('2026-04-15')).toBe('2027-10-15');
    expect(schakelenUiterlijk('2026-08-31')).toBe('2028-02-29');
  });

  it('ontzorgen runs six months from the start of bijstand (Pw 56a)', () => {
    expect(ontzorgenEinde('2026-01-01')).toBe('2026-06-30');
    expect(ontzorgenEinde('2026-08-31')).toBe('2027-02-28'); // no 31 February: to the end of the month
    expect(ontzorgenEinde('2027-08-31')).toBe('2028-02-29');
    expect(ontzorgenEinde('2026-09-01')).toBe('2027-02-28');
    expect(ontzorgenEinde('2026-07-15')).toBe('2027-01-14');
  });
});
