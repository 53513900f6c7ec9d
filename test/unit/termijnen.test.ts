import { describe, expect, it } from 'vitest';
import { isIsoDatum, laatsteDagVanTermijn, plusDagen, plusJaren, vandaagInNederland, weekdag } from '../../shared/rules/datum';
import {
  aantalNietVerschenen,
  begeleidingStart,
  beslistermijnBezwaar,
  beslistermijnBezwaarEinde,
  BEWAARTERMIJNEN,
  bewaarregelOp,
  bewaartermijnEinde,
  eersteDagVanLaatsteMaanden,
  HERHAALDE_OPROEP_BINNEN_DAGEN,
  herhaaldeOproepUiterlijk,
  kerngegevensBewarenTot,
  nieuweTermijnIntakeNaBoete,
  pipNaInformatieDerde,
  pvtMapSignaalVanaf,
  verlengingAanvraagVanaf,
  verlengingAanvragenUiterlijk,
  verlengingBesluitUiterlijk,
  verwijtbaarheidMeldenVanaf,
  bezwaartermijn,
  bezwaartermijnEinde,
  inburgeringstermijnEinde,
  inburgeringstermijnStart,
  ontzorgenEinde,
  pipTermijn,
  pipUiterlijk,
  schakelenUiterlijk,
  ontzorgenPeriode,
  termijnEindeVanaf,
  termijnStartVoor,
} from '../../shared/rules/termijnen';

// Expected dates were computed by hand and with an independent script (fixed holiday table), not with
// the functions under test.

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

  it.each([
    ['2025-03-01', 36, '2028-02-29'], // the day before 1 March 2028
    ['2028-03-01', 36, '2031-02-28'],
    ['2024-02-29', 36, '2027-02-28'], // no 29 Feb 2027: to the end of February
    ['2024-02-29', 48, '2028-02-28'], // 29 Feb 2028 exists: the day before
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-27'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-10-15', 18, '2028-04-14'],
  ])('a term of %s + %i months ends on %s', (start, maanden, verwacht) => {
    expect(laatsteDagVanTermijn(start, maanden)).toBe(verwacht);
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2023-02-29')).toBe(false);
    expect(isIsoDatum('2026-13-01')).toBe(false);
    expect(isIsoDatum('14-04-2026')).toBe(false);
    expect(() => laatsteDagVanTermijn('2023-02-29', 6)).toThrow(RangeError);
  });

  it('today is taken in Europe/Amsterdam, not UTC', () => {
    expect(vandaagInNederland(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(vandaagInNederland(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(vandaagInNederland(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
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
    // 28/29 February and 1 March around leap years (+70 days, then the Atw)
    ['28 Feb 2023', '2023-02-28', undefined, '2023-05-09'],
    ['1 Mar 2023', '2023-03-01', undefined, '2023-05-10'],
    ['28 Feb 2024', '2024-02-28', undefined, '2024-05-08'],
    ['29 Feb 2024 → Hemelvaartsdag 9 May', '2024-02-29', undefined, '2024-05-10'],
    ['1 Mar 2024', '2024-03-01', undefined, '2024-05-10'],
    ['28 Feb 2025', '2025-02-28', undefined, '2025-05-09'],
    ['1 Mar 2025 → Saturday', '2025-03-01', undefined, '2025-05-12'],
    ['28 Feb 2027 → Sunday', '2027-02-28', undefined, '2027-05-10'],
    ['1 Mar 2027', '2027-03-01', undefined, '2027-05-10'],
    ['28 Feb 2028', '2028-02-28', undefined, '2028-05-08'],
    ['29 Feb 2028', '2028-02-29', undefined, '2028-05-09'],
    ['1 Mar 2028', '2028-03-01', undefined, '2028-05-10'],
    // month and year ends
    ['31 Jan 2025', '2025-01-31', undefined, '2025-04-11'],
    ['31 Aug 2025 → Sunday', '2025-08-31', undefined, '2025-11-10'],
    ['31 Aug 2026', '2026-08-31', undefined, '2026-11-09'],
    ['31 Dec 2024', '2024-12-31', undefined, '2025-03-11'],
    ['31 Dec 2026', '2026-12-31', undefined, '2027-03-11'],
    ['31 Dec 2027 into a leap year', '2027-12-31', undefined, '2028-03-10'],
    // the later of kennisgeving and BRP at a leap day
    ['BRP on 29 Feb 2024 after the kennisgeving', '2024-02-28', '2024-02-29', '2024-05-10'],
    ['kennisgeving on 29 Feb 2024 after BRP', '2024-02-29', '2024-02-28', '2024-05-10'],
    ['BRP on 1 Mar 2025 after the kennisgeving', '2025-02-28', '2025-03-01', '2025-05-12'],
    ['BRP on 29 Feb 2028 after a kennisgeving in 2027', '2027-12-21', '2028-02-29', '2028-05-09'],
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
});

describe('inburgeringstermijn — Wi 11: starts the day after the dagtekening, ends the day before the third anniversary of the start', () => {
  it.each([
    ['2026-04-14', '2026-04-15', '2029-04-14'],
    ['2026-10-14', '2026-10-15', '2029-10-14'], // DOMAIN.md §13a
    ['2023-02-28', '2023-03-01', '2026-02-28'],
    ['2023-03-01', '2023-03-02', '2026-03-01'],
    ['2024-02-28', '2024-02-29', '2027-02-28'], // start on a leap day, no 29 Feb 2027: end of February
    ['2024-02-29', '2024-03-01', '2027-02-28'],
    ['2024-03-01', '2024-03-02', '2027-03-01'],
    ['2025-02-28', '2025-03-01', '2028-02-29'], // not 28 Feb: "dagtekening + 3 years" is wrong here
    ['2025-03-01', '2025-03-02', '2028-03-01'],
    ['2027-02-28', '2027-03-01', '2030-02-28'],
    ['2027-03-01', '2027-03-02', '2030-03-01'],
    ['2028-02-28', '2028-02-29', '2031-02-28'],
    ['2028-02-29', '2028-03-01', '2031-02-28'], // DOMAIN.md §13a
    ['2028-03-01', '2028-03-02', '2031-03-01'],
    ['2025-01-31', '2025-02-01', '2028-01-31'],
    ['2025-08-31', '2025-09-01', '2028-08-31'],
    ['2026-08-31', '2026-09-01', '2029-08-31'],
    ['2024-12-31', '2025-01-01', '2027-12-31'],
    ['2026-12-31', '2027-01-01', '2029-12-31'],
    ['2027-12-31', '2028-01-01', '2030-12-31'],
    ['2025-01-01', '2025-01-02', '2028-01-01'], // a Saturday and Nieuwjaarsdag: no Atw for terms in years (art. 4)
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
    ['28 Feb 2023', '2023-02-28', '2023-04-11'],
    ['1 Mar 2023', '2023-03-01', '2023-04-12'],
    ['28 Feb 2024', '2024-02-28', '2024-04-10'],
    ['29 Feb 2024', '2024-02-29', '2024-04-11'],
    ['1 Mar 2024', '2024-03-01', '2024-04-12'],
    ['28 Feb 2025', '2025-02-28', '2025-04-11'],
    ['1 Mar 2025 → Saturday', '2025-03-01', '2025-04-14'],
    ['28 Feb 2027 → Sunday', '2027-02-28', '2027-04-12'],
    ['1 Mar 2027', '2027-03-01', '2027-04-12'],
    ['28 Feb 2028', '2028-02-28', '2028-04-10'],
    ['1 Mar 2028', '2028-03-01', '2028-04-12'],
    ['31 Jan 2025', '2025-01-31', '2025-03-14'],
    ['31 Aug 2025 → Sunday', '2025-08-31', '2025-10-13'],
    ['31 Aug 2026', '2026-08-31', '2026-10-12'],
    ['31 Dec 2024', '2024-12-31', '2025-02-11'],
    ['31 Dec 2025', '2025-12-31', '2026-02-11'],
    ['31 Dec 2027', '2027-12-31', '2028-02-11'],
  ])('%s: sent %s → %s', (_naam, verzonden, einde) => {
    expect(bezwaartermijnEinde(verzonden)).toBe(einde);
    expect(bezwaartermijn(verzonden).datum).toBe(einde);
  });
});

describe('schakelenUiterlijk — Besluit 5.4: the day before the date 18 months after the termijn start', () => {
  it.each([
    ['2026-10-15', '2028-04-14'], // termijn start after a dagtekening of 14 Oct 2026
    ['2026-04-15', '2027-10-14'],
    ['2025-03-01', '2026-08-31'],
    ['2025-08-31', '2027-02-28'], // no 31 Feb 2027: to the end of February
    ['2025-08-28', '2027-02-27'],
    ['2025-08-29', '2027-02-28'],
    ['2025-09-01', '2027-02-28'],
    ['2026-08-31', '2028-02-29'], // leap year
    ['2027-08-31', '2029-02-28'],
    ['2023-02-28', '2024-08-27'],
    ['2023-03-01', '2024-08-31'],
    ['2024-02-28', '2025-08-27'],
    ['2024-02-29', '2025-08-28'],
    ['2024-03-01', '2025-08-31'],
    ['2025-02-28', '2026-08-27'],
    ['2027-02-28', '2028-08-27'],
    ['2027-03-01', '2028-08-31'],
    ['2028-02-29', '2029-08-28'],
    ['2028-03-01', '2029-08-31'],
    ['2025-01-31', '2026-07-30'],
    ['2024-12-31', '2026-06-30'],
    ['2027-12-31', '2029-06-30'],
    ['2026-10-29', '2028-04-28'], // a gelijkgestelde dag: no Atw for a term in years (art. 4)
  ])('start %s → last day %s', (start, uiterlijk) => {
    expect(schakelenUiterlijk(start)).toBe(uiterlijk);
  });

  it('follows the DOMAIN.md example exactly', () => {
    expect(schakelenUiterlijk('2026-10-14')).toBe('2028-04-13');
  });
});

describe('ontzorgenEinde — Pw 56a: six months from the day the right to bijstand arises', () => {
  it.each([
    ['2026-01-01', '2026-06-30'],
    ['2026-07-15', '2027-01-14'],
    ['2026-08-31', '2027-02-28'], // no 31 February: to the end of the month
    ['2027-08-31', '2028-02-29'],
    ['2025-08-31', '2026-02-28'],
    ['2026-09-01', '2027-02-28'],
    ['2023-02-28', '2023-08-27'],
    ['2023-03-01', '2023-08-31'],
    ['2024-02-28', '2024-08-27'],
    ['2024-02-29', '2024-08-28'],
    ['2024-03-01', '2024-08-31'],
    ['2025-02-28', '2025-08-27'],
    ['2027-02-28', '2027-08-27'],
    ['2028-02-29', '2028-08-28'],
    ['2028-03-01', '2028-08-31'],
    ['2025-01-31', '2025-07-30'],
    ['2024-12-31', '2025-06-30'],
    ['2027-12-31', '2028-06-30'],
    ['2025-11-16', '2026-05-15'], // a gelijkgestelde dag: not moved
  ])('start %s → last day %s', (start, einde) => {
    expect(ontzorgenEinde(start)).toBe(einde);
  });
});

describe('long terms never move for the Atw (art. 4 onder a)', () => {
  it('ends on a Saturday, a feestdag or a gelijkgestelde dag as computed', () => {
    expect(weekdag(inburgeringstermijnEinde('2025-01-01'))).toBe(6);
    expect(schakelenUiterlijk('2026-10-29')).toBe('2028-04-28');
    expect(ontzorgenEinde('2025-11-16')).toBe('2026-05-15');
  });
});

describe('which termijn a PIP states (Wi 11 lid 2–3)', () => {
  it.each([
    ['2026-04-14', null, '2026-04-15'],
    ['2025-02-28', null, '2025-03-01'],
    ['2026-12-31', null, '2027-01-01'],
    // A wijziging, or a first PIP here after a move (lid 3 sub b), keeps the running start.
    ['2027-06-01', '2026-04-15', '2026-04-15'],
    ['2026-11-23', '2025-03-01', '2025-03-01'],
  ] as const)('dated %s with running start %s starts on %s', (dagtekening, lopend, start) => {
    expect(termijnStartVoor(dagtekening, lopend)).toBe(start);
  });

  it.each([
    ['2026-04-15', '2029-04-14'],
    ['2025-03-01', '2028-02-29'],
    ['2024-02-29', '2027-02-28'],
    ['2027-01-01', '2029-12-31'],
  ])('a term starting %s ends %s, and agrees with inburgeringstermijnEinde', (start, einde) => {
    expect(termijnEindeVanaf(start)).toBe(einde);
    expect(inburgeringstermijnEinde(plusDagen(start, -1))).toBe(einde);
  });
});

describe('the ontzorgen a beschikking decides on (Pw 56a lid 2; Awb 3:40)', () => {
  it.each([
    ['2026-03-01', '2026-02-20', { start: '2026-03-01', einde: '2026-08-31' }],
    ['2026-03-01', '2026-04-14', { start: '2026-04-14', einde: '2026-08-31' }],
    ['2026-03-01', '2026-08-31', { start: '2026-08-31', einde: '2026-08-31' }],
    ['2026-03-01', '2026-09-01', null],
    ['2025-08-31', '2026-02-28', { start: '2026-02-28', einde: '2026-02-28' }],
    ['2027-08-31', '2028-02-29', { start: '2028-02-29', einde: '2028-02-29' }],
  ] as const)('bijstand from %s, dagtekening %s → %o', (start, dagtekening, periode) => {
    expect(ontzorgenPeriode(start, dagtekening)).toEqual(periode);
  });
});

describe('begeleidingStart — Wi 13 lid 3: the day of BRP inschrijving', () => {
  it.each(['2026-11-23', '2028-02-29', '2026-12-31', '2026-05-15'])('inschrijving %s → start the same day, never moved', (brp) => {
    expect(begeleidingStart(brp)).toBe(brp);
  });
});

describe('oproepen — Wi 14 lid 1–2 with the gemeente\'s own term', () => {
  it('the policy default is a week, and a gemeente can choose its own', () => {
    expect(HERHAALDE_OPROEP_BINNEN_DAGEN).toBe(7);
    expect(herhaaldeOproepUiterlijk('2026-11-23')).toBe('2026-11-30');
    expect(herhaaldeOproepUiterlijk('2026-11-23', 10)).toBe('2026-12-03');
  });

  it.each([
    ['2026-12-28', '2027-01-04'], // year end
    ['2028-02-26', '2028-03-04'], // across a leap day
    ['2027-02-26', '2027-03-05'],
    ['2026-01-31', '2026-02-07'], // month end
  ])('missed %s → herhaalde oproep by %s', (gemist, uiterlijk) => {
    expect(herhaaldeOproepUiterlijk(gemist)).toBe(uiterlijk);
  });

  it('counts only niet_verschenen as a no-show', () => {
    expect(aantalNietVerschenen([{ uitkomst: 'niet_verschenen' }, { uitkomst: 'verzet' }, { uitkomst: 'afgemeld' }, { uitkomst: 'niet_verschenen' }, { uitkomst: 'open' }])).toBe(2);
    expect(aantalNietVerschenen([])).toBe(0);
  });
});

describe('nieuweTermijnIntakeNaBoete — Wi 22 lid 2: at most two months from the day after bekendmaking', () => {
  it.each([
    ['2026-04-14', '2026-06-14'],
    ['2026-12-31', '2027-02-28'], // year end, no 31 February
    ['2026-12-30', '2027-02-28'],
    ['2027-12-31', '2028-02-29'], // into a leap February
    ['2028-02-29', '2028-04-30'], // from a leap day: 1 March to 30 April
    ['2027-02-28', '2027-04-30'],
    ['2026-08-31', '2026-10-31'],
    ['2026-03-13', '2026-05-13'],
  ])('bekendmaking %s → new term ends at the latest %s', (bekendmaking, einde) => {
    expect(nieuweTermijnIntakeNaBoete(bekendmaking)).toBe(einde);
  });
});

describe('pipNaInformatieDerde — Besluit 5.3 lid 2: two weeks after receipt, Atw art. 1', () => {
  it.each([
    ['an ordinary Monday', '2026-11-09', '2026-11-23', null],
    ['the gelijkgestelde dag 15 May 2026 → Monday', '2026-05-01', '2026-05-18', 'vrijdag na Hemelvaartsdag (gelijkgestelde dag)'],
    ['eerste Kerstdag → Monday 28 Dec', '2026-12-11', '2026-12-28', 'eerste Kerstdag'],
    ['Nieuwjaarsdag across the year end', '2026-12-18', '2027-01-04', 'Nieuwjaarsdag'],
    ['a leap day is an ordinary end', '2028-02-15', '2028-02-29', null],
  ])('%s: received %s → %s', (_naam, ontvangen, uiterlijk, reden) => {
    const t = pipNaInformatieDerde(ontvangen);
    expect(t.datum).toBe(uiterlijk);
    expect(t.verschovenWegens).toBe(reden);
    expect(t.startdatum).toBe(ontvangen);
    expect(t.artikel).toContain('art. 5.3 lid 2 Besluit inburgering 2021');
  });

  it('takes the gemeente\'s extra rustdagen', () => {
    expect(pipNaInformatieDerde('2026-06-01').datum).toBe('2026-06-15');
    expect(pipNaInformatieDerde('2026-06-01', [{ datum: '2026-06-15', naam: 'extra dag' }])).toMatchObject({ datum: '2026-06-16', verschovenWegens: 'extra dag' });
  });
});

describe('the last months of a term (verlenging, PVT/MAP, verwijtbaarheid)', () => {
  it.each([
    ['2029-04-14', 6, '2028-10-15'],
    ['2028-02-29', 6, '2027-09-01'],
    ['2031-02-28', 6, '2030-09-01'],
    ['2028-08-31', 6, '2028-03-01'],
    ['2028-08-30', 6, '2028-03-01'], // no 30 February: never open early
    ['2028-08-28', 6, '2028-02-29'],
    ['2027-08-28', 6, '2027-03-01'],
    ['2027-08-27', 6, '2027-02-28'],
    ['2029-12-31', 6, '2029-07-01'],
    ['2028-02-29', 2, '2028-01-01'], // DOMAIN: end 29 Feb 2028
    ['2028-02-28', 2, '2027-12-29'],
    ['2029-04-30', 2, '2029-03-01'],
    ['2029-04-28', 2, '2029-03-01'], // no 29 February 2029
    ['2029-04-27', 2, '2029-02-28'],
    ['2028-04-28', 2, '2028-02-29'],
    ['2028-12-31', 2, '2028-11-01'],
    ['2029-01-31', 2, '2028-12-01'], // across the year end
    ['2029-02-28', 2, '2029-01-01'],
  ])('a term ending %s: its last %i months start %s', (einde, maanden, vanaf) => {
    expect(eersteDagVanLaatsteMaanden(einde, maanden)).toBe(vanaf);
  });

  it('verlengingAanvraagVanaf — Besluit 4.5 lid 1: not earlier than six months before the end', () => {
    expect(verlengingAanvraagVanaf('2029-04-14')).toBe('2028-10-15');
    expect(verlengingAanvraagVanaf('2028-02-29')).toBe('2027-09-01');
    expect(verlengingAanvraagVanaf('2028-08-30')).toBe('2028-03-01');
    expect(pvtMapSignaalVanaf('2029-04-14')).toBe('2028-10-15');
  });

  it('DUO decides within 8 weeks (Besluit 4.5 lid 2), with the Atw; the advice is to ask 8 weeks before the end', () => {
    expect(verlengingBesluitUiterlijk('2026-03-20')).toMatchObject({ datum: '2026-05-18', oorspronkelijk: '2026-05-15' });
    expect(verlengingAanvragenUiterlijk('2029-04-14')).toBe('2029-02-17');
    expect(verlengingAanvragenUiterlijk('2028-04-25')).toBe('2028-02-29');
  });

  it.each([
    ['2028-02-29', '2028-01-01'],
    ['2029-04-30', '2029-03-01'],
    ['2029-04-29', '2029-03-01'],
    ['2029-01-31', '2028-12-01'],
    ['2029-03-31', '2029-02-01'],
    ['2030-12-31', '2030-11-01'],
  ])('verwijtbaarheidMeldenVanaf — only in the last 2 months: end %s → from %s', (einde, vanaf) => {
    expect(verwijtbaarheidMeldenVanaf(einde)).toBe(vanaf);
  });
});

describe('beslistermijnBezwaarEinde — Awb 7:10 with Atw art. 1', () => {
  it.each<[string, string, boolean, boolean, string]>([
    ['six weeks', '2026-05-26', false, false, '2026-07-07'],
    ['twelve with a commissie (lid 1)', '2026-05-26', true, false, '2026-08-18'],
    ['six plus six verdaging (lid 3)', '2026-05-26', false, true, '2026-08-18'],
    ['twelve plus six', '2026-05-26', true, true, '2026-09-29'],
    ['commissie ends on 15 May 2026 (gelijkgesteld) → Monday', '2026-02-20', true, false, '2026-05-18'],
    ['verdaging runs on from the Atw end', '2026-02-20', true, true, '2026-06-29'],
    ['eerste Kerstdag and the weekend', '2026-11-13', false, false, '2026-12-28'],
    ['verdaagd after Christmas', '2026-11-13', false, true, '2027-02-08'],
    ['Nieuwjaarsdag across the year end', '2026-11-20', false, false, '2027-01-04'],
    ['a leap day is an ordinary end', '2028-01-18', false, false, '2028-02-29'],
  ])('%s: bezwaartermijn ends %s, commissie %s, verdaagd %s → %s', (_naam, einde, commissie, verdaagd, verwacht) => {
    expect(beslistermijnBezwaarEinde(einde, { commissie, verdaagd })).toBe(verwacht);
  });

  it('chains from the verzenddatum: sent 3 April 2026 → bezwaar until 18 May → decide by 29 June', () => {
    const bezwaar = bezwaartermijnEinde('2026-04-03');
    expect(bezwaar).toBe('2026-05-18');
    expect(beslistermijnBezwaarEinde(bezwaar, { commissie: false, verdaagd: false })).toBe('2026-06-29');
  });

  it('takes the gemeente\'s extra rustdagen', () => {
    expect(beslistermijnBezwaar('2026-05-26', { commissie: false, verdaagd: false }, [{ datum: '2026-07-07', naam: 'extra dag' }])).toMatchObject({
      datum: '2026-07-08',
      verschovenWegens: 'extra dag',
    });
  });
});

describe('bewaartermijnEinde — Besluit 9.9: five years after the plicht ended; kerngegevens at most fifty', () => {
  it.each([
    ['2026-11-23', '2031-11-23'], // a Sunday: a term in years is never moved (Atw art. 4 onder a)
    ['2026-12-31', '2031-12-31'], // year end
    ['2027-02-28', '2032-02-29'], // the day before 1 March 2032, a leap year
    ['2028-02-29', '2033-02-28'], // from a leap day
    ['2028-02-28', '2033-02-28'],
    ['2027-01-31', '2032-01-31'],
    ['2025-12-27', '2030-12-27'],
  ])('plicht ended %s → keep until %s', (einde, tot) => {
    expect(bewaartermijnEinde(einde)).toBe(tot);
  });

  it('keeps the kerngegevens at most fifty years, as dated data', () => {
    expect(kerngegevensBewarenTot('2026-12-31')).toBe('2076-12-31');
    expect(kerngegevensBewarenTot('2028-02-29')).toBe('2078-02-28');
    expect(bewaarregelOp('2026-11-23')).toMatchObject({ jaren: 5, kerngegevensJaren: 50 });
    expect(bewaarregelOp('2021-06-01')).toBe(BEWAARTERMIJNEN[0]);
  });
});
