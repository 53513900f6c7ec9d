import { describe, expect, it } from 'vitest';
import { begeleidingInvoer, ontzorgenInvoer } from '../../shared/domain/begeleiding';
import { afspraakInvoer, afsprakenVoorTab, notitieInvoer, zoekInNotities } from '../../shared/domain/journaal';
import {
  BEGELEIDING_STANDAARD_MAANDEN,
  begeleidingStandaardEinde,
  begeleidingStartFout,
  begeleidingWeigering,
  dagenTussen,
  ontzorgenEindeFout,
  ontzorgenStand,
  ontzorgenWeigering,
  uitstroomgesprekVanaf,
} from '../../shared/rules/begeleiding';
import { ontzorgenEinde } from '../../shared/rules/termijnen';

// Expected dates were counted by hand on a calendar (DOMAIN.md §13a), not with the functions under test.

describe('maatschappelijke begeleiding (Wi 13)', () => {
  it('is only for the asiel group (lid 1), with a Dutch reason for the others', () => {
    expect(begeleidingWeigering('asielstatushouder')).toBeNull();
    for (const doelgroep of ['gezinsmigrant', 'overige_migrant'] as const) {
      expect(begeleidingWeigering(doelgroep)).toMatch(/alleen voor asielstatushouders en hun gezinsleden \(art\. 13 lid 1 Wet inburgering 2021\)/);
    }
  });

  it.each([
    ['2026-03-12', '2026-03-12', null],
    ['2026-03-13', '2026-03-12', null],
    ['2026-03-11', '2026-03-12', 'niet vóór 12 maart 2026'],
    ['2026-12-31', '2027-01-01', 'niet vóór 1 januari 2027'],
    ['2028-02-28', '2028-02-29', 'niet vóór 29 februari 2028'],
  ])('start %s with BRP day %s (lid 3)', (start, brp, fout) => {
    const uitkomst = begeleidingStartFout(start, brp);
    if (fout === null) expect(uitkomst).toBeNull();
    else expect(uitkomst).toContain(fout);
    if (fout !== null) expect(uitkomst).toContain('art. 13 lid 3');
  });

  it('has no start without a BRP date', () => {
    expect(begeleidingStartFout('2026-03-12', null)).toMatch(/Vul eerst de datum van inschrijving in de BRP in/);
  });

  it.each([
    ['2026-03-12', '2027-03-11'],
    ['2026-01-01', '2026-12-31'],
    ['2025-03-01', '2026-02-28'],
    ['2027-03-01', '2028-02-29'],
    ['2028-02-29', '2029-02-28'],
  ])('plans the default end of a start on %s at %s', (start, einde) => {
    expect(BEGELEIDING_STANDAARD_MAANDEN).toBe(12);
    expect(begeleidingStandaardEinde(start)).toBe(einde);
  });
});

describe('financieel ontzorgen (Pw 56a)', () => {
  it('applies only to a verblijfsvergunning asiel (lid 1 onder b)', () => {
    expect(ontzorgenWeigering('Asielstatushouder')).toBeNull();
    for (const code of ['Gezinshereniger met Asielstatushouder', 'Gezinsvormer met Asielstatushouder', 'Gezinshereniger', 'Overig'] as const) {
      expect(ontzorgenWeigering(code)).toMatch(/art\. 56a lid 1 Participatiewet/);
    }
  });

  it.each([
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2028-02-29', '2028-08-28'],
    ['2026-09-01', '2027-02-28'],
    ['2026-07-01', '2026-12-31'],
    ['2026-12-31', '2027-06-30'],
    ['2026-01-15', '2026-07-14'],
  ])('six months from %s end on %s (lid 2)', (start, einde) => {
    expect(ontzorgenEinde(start)).toBe(einde);
    expect(ontzorgenEindeFout(start, einde)).toBeNull();
  });

  it('refuses an end before the legal minimum and accepts a later one (Pw 57)', () => {
    expect(ontzorgenEindeFout('2026-08-31', '2027-02-27')).toBe(
      'Financieel ontzorgen duurt ten minste zes maanden vanaf de start van de bijstand (art. 56a lid 2 Participatiewet): het einde kan niet vóór 28 februari 2027 liggen. Langer mag, als budgetbeheer (art. 57 Participatiewet).',
    );
    expect(ontzorgenEindeFout('2028-02-29', '2028-08-27')).toContain('28 augustus 2028');
    expect(ontzorgenEindeFout('2026-08-31', '2027-08-31')).toBeNull();
  });

  it('asks for the uitstroomgesprek from four weeks before the end', () => {
    const o = { startBijstand: '2026-08-31', einde: '2027-02-28', uitstroomgesprek: null };
    expect(uitstroomgesprekVanaf('2027-02-28')).toBe('2027-01-31');
    expect(ontzorgenStand(o, '2027-01-30')).toEqual({ minimaleEinde: '2027-02-28', dagenOver: 29, uitstroomgesprekPlannen: false, afgelopen: false });
    expect(ontzorgenStand(o, '2027-01-31')).toMatchObject({ dagenOver: 28, uitstroomgesprekPlannen: true });
    expect(ontzorgenStand(o, '2027-02-28')).toMatchObject({ dagenOver: 0, uitstroomgesprekPlannen: true, afgelopen: false });
    expect(ontzorgenStand(o, '2027-03-01')).toMatchObject({ dagenOver: -1, uitstroomgesprekPlannen: false, afgelopen: true });
    expect(ontzorgenStand({ ...o, uitstroomgesprek: '2027-02-10' }, '2027-02-01').uitstroomgesprekPlannen).toBe(false);
  });

  it('counts days over month, year and DST boundaries', () => {
    expect(dagenTussen('2026-03-28', '2026-03-30')).toBe(2);
    expect(dagenTussen('2026-12-31', '2027-01-01')).toBe(1);
    expect(dagenTussen('2028-03-01', '2028-02-28')).toBe(-2);
  });
});

describe('input schemas', () => {
  it('refuses a planned end or a checklist date before the start', () => {
    const fout = begeleidingInvoer.safeParse({ inburgeraarId: 1, start: '2026-03-12', geplandEinde: '2026-03-11', uitvoerder: '', onderdelen: { hulp_bank: '2026-03-01' } });
    expect(fout.success).toBe(false);
    expect(fout.error!.issues.map((i) => i.message)).toEqual([
      'Het geplande einde ligt vóór de start van de begeleiding.',
      '"Bank: betaalrekening, DigiD" is gedaan vóór de start van de begeleiding. Controleer de datum.',
    ]);
    const goed = begeleidingInvoer.parse({ inburgeraarId: 1, start: '2026-03-12', geplandEinde: '', uitvoerder: '', onderdelen: { hulp_bank: '2026-03-12', hulp_zorg: null } });
    expect(goed).toEqual({ inburgeraarId: 1, start: '2026-03-12', geplandEinde: null, uitvoerder: null, onderdelen: { hulp_bank: '2026-03-12', hulp_zorg: null } });
  });

  it('refuses an unknown checklist item or vaste last', () => {
    expect(begeleidingInvoer.safeParse({ inburgeraarId: 1, start: '2026-03-12', onderdelen: { tuinieren: '2026-03-12' } }).success).toBe(false);
    expect(ontzorgenInvoer.safeParse({ inburgeraarId: 1, startBijstand: '2026-03-12', vasteLasten: ['huur', 'vakantie'] }).success).toBe(false);
  });

  it('orders the vaste lasten and refuses an uitstroomgesprek before the bijstand', () => {
    expect(ontzorgenInvoer.parse({ inburgeraarId: 1, startBijstand: '2026-03-12', vasteLasten: ['schulden', 'water', 'huur', 'huur'] }).vasteLasten).toEqual(['huur', 'water', 'schulden']);
    const fout = ontzorgenInvoer.safeParse({ inburgeraarId: 1, startBijstand: '2026-03-12', uitstroomgesprek: '2026-03-11' });
    expect(fout.error!.issues[0]!.message).toBe('Het uitstroomgesprek ligt vóór de start van de bijstand. Controleer de datum.');
  });

  it('checks a time as HH:MM and a note text as required', () => {
    const afspraak = { inburgeraarId: 1, datum: '2026-11-23', plaats: 'Gemeentehuis', onderwerp: 'Kennismaking', metTolk: false };
    expect(afspraakInvoer.safeParse({ ...afspraak, tijd: '09:30' }).success).toBe(true);
    for (const tijd of ['9:30', '24:00', '12:60', '']) expect(afspraakInvoer.safeParse({ ...afspraak, tijd }).error?.issues[0]?.message).toBe('Vul de tijd in als 13:30.');
    expect(notitieInvoer.safeParse({ inburgeraarId: 1, datum: '2026-11-23', soort: 'telefoon', tekst: '   ' }).error?.issues[0]?.message).toBe('Tekst is verplicht.');
  });
});

describe('journaal helpers', () => {
  const notities = [
    { datum: '2026-11-23', soort: 'telefoon' as const, tekst: 'Gebeld over de huurtoeslag' },
    { datum: '2026-11-02', soort: 'huisbezoek' as const, tekst: 'Café op de hoek besproken, Zoë was er ook' },
  ];
  it('searches words in any order, without case or accents, also in kind and date', () => {
    expect(zoekInNotities(notities, '')).toHaveLength(2);
    expect(zoekInNotities(notities, 'HUURTOESLAG gebeld')).toEqual([notities[0]]);
    expect(zoekInNotities(notities, 'cafe zoe')).toEqual([notities[1]]);
    expect(zoekInNotities(notities, 'huisbezoek')).toEqual([notities[1]]);
    expect(zoekInNotities(notities, '23-11-2026')).toEqual([notities[0]]);
    expect(zoekInNotities(notities, 'telefoon café')).toEqual([]);
  });

  it('lists open afspraken from today first, soonest first, then the rest newest first', () => {
    const a = (id: number, datum: string, tijd: string, afgehandeld = false) => ({ id, datum, tijd, afgehandeld });
    const lijst = [a(1, '2026-11-20', '10:00'), a(2, '2026-11-23', '14:00'), a(3, '2026-11-23', '09:00'), a(4, '2026-12-01', '09:00'), a(5, '2026-11-24', '09:00', true)];
    expect(afsprakenVoorTab(lijst, '2026-11-23').map((x) => x.id)).toEqual([3, 2, 4, 5, 1]);
  });
});
