import { describe, expect, it } from 'vitest';
import { intakeInvoer, type IntakeInvoer } from '../../shared/domain/intake';
import {
  datumconflictenAfronding,
  datumconflictenIntake,
  datumconflictenOproep,
  MAX_DAGEN_VERZENDING_VOORUIT,
  MAX_MAANDEN_TOT_AFSPRAAK,
  MIN_DAGEN_TOT_AFSPRAAK,
  onderwijsrouteUitIntake,
  ontbrekendInIntake,
  laatsteGemisteAfspraak,
  volgendeBriefNummer,
  volgendeOproepStap,
} from '../../shared/rules/intake';
import { VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';

const regels = (bevindingen: { regel: string }[]) => bevindingen.map((b) => b.regel);

describe('brede intake (Wi 14)', () => {
  it('walks the oproep line: oproep → waarschuwing + herhaalde oproep → after three, in afwezigheid (never a fourth letter)', () => {
    expect(volgendeOproepStap([])).toBe('oproep');
    expect(volgendeOproepStap([{ uitkomst: 'open' }])).toBe('wacht_op_uitkomst');
    expect(volgendeOproepStap([{ uitkomst: 'verschenen' }])).toBe('verschenen');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }])).toBe('waarschuwing_en_herhaalde_oproep');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }])).toBe('waarschuwing_en_herhaalde_oproep');
    expect(volgendeOproepStap([{ uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }, { uitkomst: 'niet_verschenen' }])).toBe('in_afwezigheid_afronden');
    expect(volgendeOproepStap(Array.from({ length: 4 }, () => ({ uitkomst: 'niet_verschenen' as const })))).toBe('in_afwezigheid_afronden');
  });

  it('a moved (verzet) or cancelled (afgemeld) appointment is no no-show: the same kind of letter again, and three no-shows still needed', () => {
    type U = 'verschenen' | 'niet_verschenen' | 'verzet' | 'afgemeld' | 'open';
    const lijn = (...uitkomsten: U[]) => uitkomsten.map((uitkomst) => ({ uitkomst, verschijnenOp: `2026-03-${String(uitkomsten.indexOf(uitkomst) + 10)}` }));
    const gevallen: [U[], string, number][] = [
      [['verzet'], 'oproep', 1],
      [['afgemeld', 'verzet'], 'oproep', 1],
      [['niet_verschenen', 'verzet'], 'waarschuwing_en_herhaalde_oproep', 2],
      [['verzet', 'afgemeld', 'niet_verschenen'], 'waarschuwing_en_herhaalde_oproep', 2],
      [['niet_verschenen', 'niet_verschenen', 'afgemeld'], 'waarschuwing_en_herhaalde_oproep', 3],
      [['niet_verschenen', 'verzet', 'niet_verschenen', 'niet_verschenen'], 'in_afwezigheid_afronden', 3],
    ];
    for (const [uitkomsten, stap, brief] of gevallen) {
      expect(volgendeOproepStap(lijn(...uitkomsten)), uitkomsten.join(',')).toBe(stap);
      expect(volgendeBriefNummer(lijn(...uitkomsten)), uitkomsten.join(',')).toBe(brief);
    }
    expect(laatsteGemisteAfspraak([{ uitkomst: 'niet_verschenen', verschijnenOp: '2026-03-09' }, { uitkomst: 'verzet', verschijnenOp: '2026-03-16' }])).toBe('2026-03-09');
    expect(laatsteGemisteAfspraak([{ uitkomst: 'verzet', verschijnenOp: '2026-03-16' }])).toBeNull();
  });

  it('lists what the intake still lacks, with articles; an ontheffing replaces the toets', () => {
    const leeg = intakeInvoer.parse({});
    expect(regels(ontbrekendInIntake(leeg, false))).toEqual([
      'leerbaarheidstoets', 'onderwijs', 'wil-studeren', 'kans-op-diploma', 'omstandigheden', 'vve', 'taalniveau', 'arbeid', 'zelfredzaamheid', 'recht-alleen',
    ]);
    expect(regels(ontbrekendInIntake({ ...leeg, ontheffingToets: 'visueel' }, false))).not.toContain('leerbaarheidstoets');
    expect(ontbrekendInIntake(leeg, true)).toEqual([]);
    expect(ontbrekendInIntake(intakeInvoer.parse(VOLLEDIGE_INTAKE), false)).toEqual([]);
  });

  describe('the onderwijsroute question (art. 8 lid 1 Wi 2021; ABRvS 2024:5413)', () => {
    const volledig = intakeInvoer.parse(VOLLEDIGE_INTAKE);
    it.each([
      { wilStuderen: null, groteKansOpDiploma: 'nee', toelichting: null, ontbreekt: ['wil-studeren'] },
      { wilStuderen: 'ja', groteKansOpDiploma: null, toelichting: null, ontbreekt: ['kans-op-diploma'] },
      { wilStuderen: 'ja', groteKansOpDiploma: 'ja', toelichting: null, ontbreekt: ['onderwijsroute-toelichting'] },
      { wilStuderen: 'weet_niet', groteKansOpDiploma: 'twijfel', toelichting: null, ontbreekt: ['onderwijsroute-toelichting'] },
      { wilStuderen: 'ja', groteKansOpDiploma: 'ja', toelichting: 'Vwo-diploma; wil geneeskunde studeren.', ontbreekt: [] },
      { wilStuderen: 'nee', groteKansOpDiploma: 'nee', toelichting: null, ontbreekt: [] },
    ] as const)('wilStuderen $wilStuderen, kans $groteKansOpDiploma, toelichting $toelichting → $ontbreekt', ({ wilStuderen, groteKansOpDiploma, toelichting, ontbreekt }) => {
      const bevindingen = ontbrekendInIntake({ ...volledig, wilStuderen, groteKansOpDiploma, onderwijsrouteToelichting: toelichting }, false);
      expect(regels(bevindingen)).toEqual(ontbreekt);
      for (const b of bevindingen) expect(b.artikel).toBe('art. 8 lid 1 Wi 2021; ABRvS 2024:5413');
    });

    it('parses what the form gives: text for the years, an empty select as null', () => {
      const uit = intakeInvoer.parse({ jarenOnderwijs: ' 12 ', wilStuderen: '', groteKansOpDiploma: 'twijfel' });
      expect(uit).toMatchObject({ jarenOnderwijs: 12, wilStuderen: null, groteKansOpDiploma: 'twijfel' });
      expect(intakeInvoer.parse(uit)).toEqual(uit);
      expect(intakeInvoer.parse({ jarenOnderwijs: '' }).jarenOnderwijs).toBeNull();
      const fout = (jarenOnderwijs: unknown) => intakeInvoer.safeParse({ jarenOnderwijs }).error?.issues[0]?.message;
      expect(fout('2,5')).toBe('Vul een heel aantal jaren in.');
      expect(fout('31')).toBe('Vul hoogstens 30 jaar onderwijs in.');
      expect(fout('-1')).toBe('Het aantal jaren onderwijs kan niet negatief zijn.');
      expect(fout('veel')).toBe('Vul het aantal jaren onderwijs in als heel getal.');
      expect(intakeInvoer.safeParse({ wilStuderen: 'misschien' }).error?.issues[0]?.message).toBe('Kies een van de mogelijkheden.');
    });

    it('gives the PIP rules what the intake found', () => {
      expect(onderwijsrouteUitIntake({ ...volledig, wilStuderen: 'ja', groteKansOpDiploma: 'twijfel', jarenOnderwijs: 14 })).toEqual({ wilStuderen: 'ja', groteKansOpDiploma: 'twijfel', jarenOnderwijs: 14 });
    });
  });
});

describe('dates of an oproep that cannot be right', () => {
  const vandaag = '2026-04-14';
  it('names its constants: a week at least, three months at most, sent at most two weeks ahead', () => {
    expect([MIN_DAGEN_TOT_AFSPRAAK, MAX_MAANDEN_TOT_AFSPRAAK, MAX_DAGEN_VERZENDING_VOORUIT]).toEqual([7, 3, 14]);
  });

  it.each([
    { verzonden: '2026-04-14', verschijnenOp: '2026-04-21', vorige: null, conflict: [] },
    { verzonden: '2026-04-14', verschijnenOp: '2026-04-20', vorige: null, conflict: ['afspraak-te-snel'] },
    { verzonden: '2026-04-14', verschijnenOp: '2026-04-14', vorige: null, conflict: ['afspraak-te-snel'] },
    { verzonden: '2026-04-14', verschijnenOp: '2026-04-01', vorige: null, conflict: ['afspraak-te-snel'] },
    { verzonden: '2026-04-14', verschijnenOp: '2026-07-14', vorige: null, conflict: [] },
    { verzonden: '2026-04-14', verschijnenOp: '2026-07-15', vorige: null, conflict: ['afspraak-te-laat'] },
    { verzonden: '2026-04-28', verschijnenOp: '2026-05-05', vorige: null, conflict: [] },
    { verzonden: '2026-04-29', verschijnenOp: '2026-05-06', vorige: null, conflict: ['verzending-te-ver-vooruit'] },
    { verzonden: '2026-02-10', verschijnenOp: '2026-02-17', vorige: null, conflict: [] },
    { verzonden: '2026-04-07', verschijnenOp: '2026-04-21', vorige: '2026-04-08', conflict: ['waarschuwing-voor-gemiste-afspraak'] },
    { verzonden: '2026-04-08', verschijnenOp: '2026-04-21', vorige: '2026-04-08', conflict: [] },
  ])('sent $verzonden, appointment $verschijnenOp, missed $vorige → $conflict', ({ verzonden, verschijnenOp, vorige, conflict }) => {
    expect(regels(datumconflictenOproep({ verzonden, verschijnenOp }, { vandaag, vorigeAfspraak: vorige }))).toEqual(conflict);
  });

  it('says in Dutch what conflicts and what to choose, with the article', () => {
    const [teSnel] = datumconflictenOproep({ verzonden: '2026-04-14', verschijnenOp: '2026-04-17' }, { vandaag, vorigeAfspraak: null });
    expect(teSnel).toEqual({
      regel: 'afspraak-te-snel',
      artikel: 'art. 3:2 Awb (zorgvuldigheid)',
      melding:
        'De afspraak (17 april 2026) moet minstens 7 dagen na de verzenddatum (14 april 2026) liggen: op 21 april 2026 of later. Dan heeft de inburgeraar de brief op tijd en kan hij of zij nog bellen als de datum niet kan.',
    });
    const [teLaat] = datumconflictenOproep({ verzonden: '2026-04-14', verschijnenOp: '2026-09-01' }, { vandaag, vorigeAfspraak: null });
    expect(teLaat!.melding).toBe(
      'De afspraak (1 september 2026) ligt meer dan drie maanden na de verzenddatum (14 april 2026). Kies 14 juli 2026 of eerder: het PIP moet binnen 10 weken na de kennisgeving van DUO klaar zijn.',
    );
    expect(teLaat!.artikel).toBe('art. 3:2 Awb (zorgvuldigheid); art. 5.3 lid 1 Besluit inburgering 2021');
  });
});

describe('dates in the intake that cannot be right', () => {
  const vandaag = '2026-04-14';
  const basis = intakeInvoer.parse(VOLLEDIGE_INTAKE); // toets, gesprek and recht alleen on 10 February 2026
  const met = (wijziging: Partial<IntakeInvoer>): IntakeInvoer => ({ ...basis, ...wijziging });
  const gesprek = (datum: string) => ({ datum, aanwezigen: null, tolk: false, notitie: null });

  it.each([
    { wat: 'the complete example', intake: basis, kennisgeving: '2026-02-02', conflict: [] },
    { wat: 'no kennisgeving known', intake: basis, kennisgeving: null, conflict: [] },
    { wat: 'toets before DUO’s kennisgeving', intake: basis, kennisgeving: '2026-02-11', conflict: ['toets-voor-kennisgeving'] },
    { wat: 'toets before the first conversation', intake: met({ leerbaarheidstoetsDatum: '2026-02-09' }), kennisgeving: '2026-02-02', conflict: ['toets-voor-eerste-gesprek'] },
    { wat: 'toets after the first of two conversations', intake: met({ gesprekken: [gesprek('2026-03-01'), gesprek('2026-02-05')] }), kennisgeving: null, conflict: [] },
    { wat: 'toets without conversations', intake: met({ gesprekken: [] }), kennisgeving: null, conflict: [] },
    { wat: 'a conversation in the future', intake: met({ gesprekken: [gesprek('2026-02-10'), gesprek('2026-04-15')] }), kennisgeving: null, conflict: ['gesprek-2-in-toekomst'] },
    { wat: 'a conversation today', intake: met({ gesprekken: [gesprek('2026-02-10'), gesprek(vandaag)] }), kennisgeving: null, conflict: [] },
    { wat: 'a toets in the future', intake: met({ leerbaarheidstoetsDatum: '2026-04-20', gesprekken: [] }), kennisgeving: null, conflict: ['toets-in-toekomst'] },
    { wat: 'told of the right in the future', intake: met({ rechtAlleenGeinformeerdOp: '2026-05-01' }), kennisgeving: null, conflict: ['recht-alleen-in-toekomst'] },
  ])('$wat → $conflict', ({ intake, kennisgeving, conflict }) => {
    expect(regels(datumconflictenIntake(intake, { vandaag, kennisgevingDuo: kennisgeving }))).toEqual(conflict);
  });

  it.each([
    { wat: 'after the last conversation', datum: '2026-03-20', intake: basis, inAfwezigheid: false, conflict: [] },
    { wat: 'on the day of the last conversation', datum: '2026-02-10', intake: basis, inAfwezigheid: false, conflict: [] },
    { wat: 'before the last conversation', datum: '2026-03-01', intake: met({ gesprekken: [gesprek('2026-02-10'), gesprek('2026-03-02')] }), inAfwezigheid: false, conflict: ['afronding-voor-gesprek'] },
    { wat: 'before the toets', datum: '2026-02-09', intake: met({ gesprekken: [], rechtAlleenGeinformeerdOp: '2026-02-01' }), inAfwezigheid: false, conflict: ['afronding-voor-toets'] },
    { wat: 'before being told of the right', datum: '2026-03-20', intake: met({ rechtAlleenGeinformeerdOp: '2026-03-21' }), inAfwezigheid: false, conflict: ['recht-alleen-na-afronding'] },
    { wat: 'in the future', datum: '2026-04-15', intake: basis, inAfwezigheid: false, conflict: ['afronding-in-toekomst'] },
    { wat: 'in afwezigheid before the last appointment', datum: '2026-03-04', intake: intakeInvoer.parse({}), inAfwezigheid: true, conflict: ['afronding-voor-laatste-afspraak'] },
    { wat: 'in afwezigheid after the last appointment', datum: '2026-03-05', intake: intakeInvoer.parse({}), inAfwezigheid: true, conflict: [] },
  ])('afronden $wat → $conflict', ({ datum, intake, inAfwezigheid, conflict }) => {
    const oproepen = [{ verschijnenOp: '2026-02-17' }, { verschijnenOp: '2026-02-25' }, { verschijnenOp: '2026-03-05' }];
    expect(regels(datumconflictenAfronding(intake, { datum, inAfwezigheid, oproepen }, vandaag))).toEqual(conflict);
  });

  it('names both dates in Dutch and the article', () => {
    const [toets] = datumconflictenIntake(basis, { vandaag, kennisgevingDuo: '2026-03-01' });
    expect(toets).toMatchObject({ artikel: 'art. 3:2 Awb (zorgvuldigheid)', melding: expect.stringContaining('De leerbaarheidstoets (10 februari 2026) ligt vóór de kennisgeving van DUO (1 maart 2026).') });
    const [recht] = datumconflictenAfronding(met({ rechtAlleenGeinformeerdOp: '2026-03-21' }), { datum: '2026-03-20', inAfwezigheid: false, oproepen: [] }, vandaag);
    expect(recht).toMatchObject({ artikel: 'art. 5.2 lid 2 Besluit inburgering 2021', melding: expect.stringContaining('pas op 21 maart 2026 gewezen op het recht op een gesprek zonder anderen, na de afronding (20 maart 2026)') });
  });
});
