import { describe, expect, it } from 'vitest';
import { pipInhoud, type PipInhoud, type WijzigingMotivering } from '../../shared/domain/pip';
import { controleerPip, niveausVan, onderdelenOpA2, tegenspraakMetIntake, totaalNiveau, type PipContext } from '../../shared/rules/pip';

const VOLLEDIG: PipInhoud = pipInhoud.parse({
  leerroute: 'b1', niveau: 'B1', alfabetisering: 'NVT', geschatteIntensiteitUren: 1200, intensiteitUrenPerWeek: 10, magOpleidingAfmaken: false,
  ondersteuningEnBegeleiding: 'Elke maand contact met de regisseur.', pvtIntensiteit: '12 uur in de eerste zes maanden.',
  mapIntensiteit: '40 uur praktijk.', vveAfspraken: null, maatschappelijkeBegeleiding: 'Eén jaar door VluchtelingenWerk.',
  ontzorgen: true, startBijstand: '2026-03-01', aantalVoortgangsgesprekken: 6, voortgangsgesprekkenElkeMaanden: 6, taalaanbieder: 'Taalhuis Voorbeeldstad',
  motivering: 'Op basis van de leerbaarheidstoets kunt u B1 halen.', overwegingB1: null,
  overwegingOnderwijs: 'U wilt niet studeren; u wilt snel aan het werk.', overwegingZ: 'De toets wijst op voldoende leerbaarheid.',
});

const ASIEL: PipContext = { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder' };
const VASTSTELLEN = { dagtekening: '2026-04-14', vandaag: '2026-04-14', intakeAfgerond: true, intakeAfgerondOp: '2026-03-20', kennisgevingDuo: '2026-02-02', termijnStart: '2026-04-15', pipUiterlijk: '2026-04-20' };

const regels = (inhoud: Partial<PipInhoud>, context: PipContext = ASIEL) => controleerPip({ ...VOLLEDIG, ...inhoud }, context).map((b) => b.regel);
const bij = (inhoud: Partial<PipInhoud>, context: Partial<PipContext> = {}, vast: Partial<typeof VASTSTELLEN> = {}) =>
  regels(inhoud, { ...ASIEL, ...context, vaststellen: { ...VASTSTELLEN, ...vast } });

describe('controleerPip — consistency rules (every save)', () => {
  it('a complete asiel B1-route plan breaks no rule, also when set', () => {
    expect(controleerPip(VOLLEDIG, { ...ASIEL, vaststellen: VASTSTELLEN })).toEqual([]);
  });

  it.each<[string, Partial<PipInhoud>, PipContext | undefined, string]>([
    ['A2 in the onderwijsroute', { leerroute: 'onderwijs', niveau: 'A2', mapIntensiteit: null }, undefined, 'onderwijsroute-a2'],
    ['B1 in the Z-route', { leerroute: 'z', niveau: 'B1' }, undefined, 'z-route-b1'],
    ['A2 in the B1-route on a first PIP', { niveau: 'A2' }, undefined, 'a2-eerste-pip'],
    ['one part at A2 on a first PIP', { niveau: 'A2', niveauPerOnderdeel: { lezen: 'A2', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' } }, undefined, 'a2-eerste-pip'],
    ['a level per part outside the B1-route', { leerroute: 'z', niveau: null, niveauPerOnderdeel: { lezen: 'A2', luisteren: 'A2', schrijven: 'A2', spreken: 'A2' } }, undefined, 'niveau-per-onderdeel-b1'],
    ['niveau B1 while a part is A2', { niveauPerOnderdeel: { lezen: 'A2', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' } }, undefined, 'niveau-per-onderdeel-totaal'],
    ['MAP in the onderwijsroute', { leerroute: 'onderwijs', niveau: 'B1' }, undefined, 'map-onderwijsroute'],
    ['intensiteit for a gezinsmigrant', { ontzorgen: false, maatschappelijkeBegeleiding: null }, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer' }, 'intensiteit-alleen-asiel'],
    ['maatschappelijke begeleiding for an overige migrant', { ontzorgen: false, geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null }, { doelgroep: 'overige_migrant', doelgroepcode: 'Overig' }, 'begeleiding-alleen-asiel'],
    ['ontzorgen for a family member with a regular permit', {}, { doelgroep: 'asielstatushouder', doelgroepcode: 'Gezinshereniger met Asielstatushouder' }, 'ontzorgen-alleen-vbv-asiel'],
  ])('refuses %s', (_naam, inhoud, context, regel) => {
    expect(regels(inhoud, context)).toContain(regel);
  });

  it('names the article with each finding', () => {
    const [bevinding] = controleerPip({ ...VOLLEDIG, leerroute: 'onderwijs', niveau: 'A2', mapIntensiteit: null }, ASIEL);
    expect(bevinding).toMatchObject({ regel: 'onderwijsroute-a2', artikel: expect.stringContaining('art. 17 lid 3 Wi 2021') });
  });

  it('allows an unfinished concept', () => {
    expect(controleerPip(pipInhoud.parse({}), ASIEL)).toEqual([]);
  });
});

describe('level per exam part (Wi 7, 17 lid 3)', () => {
  it('reads the parts from niveau when they are not set, and only in the B1-route', () => {
    expect(niveausVan({ leerroute: 'b1', niveau: 'B1' })).toEqual({ lezen: 'B1', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' });
    expect(niveausVan({ leerroute: 'z', niveau: 'A2' })).toBeNull();
    expect(niveausVan({ leerroute: 'b1', niveau: null })).toBeNull();
  });

  it.each([
    [{ lezen: 'B1', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' }, [], 'B1'],
    [{ lezen: 'A2', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' }, ['lezen'], 'A2'],
    [{ lezen: 'A2', luisteren: 'A2', schrijven: 'A2', spreken: 'A2' }, ['lezen', 'luisteren', 'schrijven', 'spreken'], 'A2'],
  ] as const)('%o: A2 parts %o, DUO level %s', (niveaus, a2, totaal) => {
    expect(onderdelenOpA2(niveaus)).toEqual(a2);
    expect(totaalNiveau(niveaus)).toBe(totaal);
  });
});

describe('controleerPip — Z-route norm (Besluit 3.14 lid 2)', () => {
  const z = { leerroute: 'z' as const, niveau: null, mapIntensiteit: '40 uur', overwegingZ: null, overwegingB1: 'x' };
  it.each<[string, Partial<PipInhoud>, PipContext, string | null]>([
    ['asiel at 800 + 800', { ...z, zRouteCursusuren: 800, zRouteParticipatieuren: 800 }, ASIEL, null],
    ['asiel below 800 cursusuren', { ...z, zRouteCursusuren: 799, zRouteParticipatieuren: 800 }, ASIEL, 'z-route-cursusuren'],
    ['asiel below 800 participatie-uren', { ...z, zRouteCursusuren: 800, zRouteParticipatieuren: 600 }, ASIEL, 'z-route-participatieuren'],
    ['asiel lower with a visual impairment, explained', { ...z, zRouteCursusuren: 400, zRouteParticipatieuren: 400, zRouteLagereNorm: 'visueel', zRouteLagereNormToelichting: 'Blind sinds 2019, verklaring oogarts.' }, ASIEL, null],
    ['a lower norm without explanation', { ...z, zRouteCursusuren: 400, zRouteParticipatieuren: 800, zRouteLagereNorm: 'auditief' }, ASIEL, 'z-route-lagere-norm-toelichting'],
    ['a gezinsmigrant needs no participatie-uren', { ...z, zRouteCursusuren: 800, geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null, maatschappelijkeBegeleiding: null, ontzorgen: false }, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer' }, null],
  ])('%s', (_naam, inhoud, context, regel) => {
    const gevonden = regels(inhoud, { ...context, vaststellen: VASTSTELLEN });
    if (regel) expect(gevonden).toContain(regel);
    else expect(gevonden).toEqual([]);
  });

  it('asks for the hours when set', () => {
    expect(bij({ ...z, zRouteCursusuren: null })).toContain('z-route-uren');
  });
});

describe('controleerPip — completeness when vaststellen', () => {
  it.each<[string, Partial<PipInhoud>, string]>([
    ['no leerroute', { leerroute: null }, 'leerroute'],
    ['no niveau in the B1-route', { niveau: null }, 'niveau'],
    ['no alfabetisering', { alfabetisering: null }, 'alfabetisering'],
    ['no ondersteuning', { ondersteuningEnBegeleiding: null }, 'ondersteuning'],
    ['no PVT intensiteit', { pvtIntensiteit: null }, 'pvt'],
    ['no MAP intensiteit in the B1-route', { mapIntensiteit: null }, 'map'],
    ['no weekly intensiteit for asiel (a norm, Wi 15 lid 2)', { intensiteitUrenPerWeek: null }, 'intensiteit'],
    ['no total intensiteit for asiel', { geschatteIntensiteitUren: null }, 'intensiteit'],
    ['no maatschappelijke begeleiding for asiel', { maatschappelijkeBegeleiding: null }, 'maatschappelijke-begeleiding'],
    ['no taalaanbieder for asiel', { taalaanbieder: null }, 'taalaanbieder'],
    ['ontzorgen without start of bijstand', { startBijstand: null }, 'ontzorgen-start'],
    ['zero voortgangsgesprekken', { aantalVoortgangsgesprekken: 0 }, 'voortgangsgesprekken'],
    ['no frequency of the voortgangsgesprekken', { voortgangsgesprekkenElkeMaanden: null }, 'voortgangsgesprekken-frequentie'],
    ['12 gesprekken said to be every 6 months', { aantalVoortgangsgesprekken: 12 }, 'voortgangsgesprekken-aantal'],
    ['no motivering', { motivering: null }, 'motivering'],
    ['the onderwijsroute not examined (ABRvS 2024:5413)', { overwegingOnderwijs: null }, 'overweging-onderwijs'],
    ['the Z-route not examined', { overwegingZ: null }, 'overweging-z'],
  ])('refuses %s', (_naam, inhoud, regel) => {
    expect(bij(inhoud)).toContain(regel);
  });

  it('accepts a number of gesprekken within one of the frequency', () => {
    expect(bij({ aantalVoortgangsgesprekken: 12, voortgangsgesprekkenElkeMaanden: 3 })).toEqual([]);
    expect(bij({ aantalVoortgangsgesprekken: 7, voortgangsgesprekkenElkeMaanden: 6 })).toEqual([]);
    expect(bij({ aantalVoortgangsgesprekken: 36, voortgangsgesprekkenElkeMaanden: 1 })).toEqual([]);
  });

  it('needs the intake to be complete and the dagtekening not before DUO’s kennisgeving nor the intake', () => {
    expect(bij({}, {}, { intakeAfgerond: false })).toContain('intake-afgerond');
    expect(bij({}, {}, { dagtekening: '2026-02-01', vandaag: '2026-02-01' })).toContain('dagtekening-na-plicht');
    expect(bij({}, {}, { dagtekening: '2026-03-19', vandaag: '2026-03-19' })).toContain('dagtekening-na-intake');
    expect(bij({}, {}, { dagtekening: '2026-03-20', vandaag: '2026-03-20' })).not.toContain('dagtekening-na-intake');
  });

  it('does not ask for a MAP in the onderwijsroute, nor a niveau in the Z-route', () => {
    expect(bij({ leerroute: 'onderwijs', niveau: 'B1', mapIntensiteit: null, overwegingOnderwijs: null, overwegingB1: 'x' })).toEqual([]);
    expect(bij({ leerroute: 'z', niveau: null, overwegingZ: null, overwegingB1: 'x', zRouteCursusuren: 800, zRouteParticipatieuren: 800 })).toEqual([]);
  });
});

describe('controleerPip — dates: no decision about the past (Awb 3:40; Wi 11 lid 2; Besluit 5.3)', () => {
  it.each<[string, Partial<typeof VASTSTELLEN>, string | null]>([
    ['dated today', {}, null],
    ['dated yesterday (backdated)', { dagtekening: '2026-04-13' }, 'dagtekening-niet-terug'],
    ['dated the planned day of sending, 14 days ahead', { dagtekening: '2026-04-28', pipUiterlijk: '2026-04-28' }, null],
    ['dated 15 days ahead', { dagtekening: '2026-04-29', pipUiterlijk: '2026-04-30' }, 'dagtekening-te-ver-vooruit'],
  ])('%s', (_naam, vast, regel) => {
    const gevonden = bij({}, {}, vast);
    if (regel) expect(gevonden).toContain(regel);
    else expect(gevonden).toEqual([]);
  });

  it('refuses ontzorgen whose six months ended before the dagtekening, and accepts its last day', () => {
    // Start 1 March 2026 → last day 31 August 2026 (Pw 56a lid 2).
    expect(bij({}, {}, { dagtekening: '2026-09-01', vandaag: '2026-09-01', pipUiterlijk: '2026-09-30' })).toContain('ontzorgen-voorbij');
    expect(bij({}, {}, { dagtekening: '2026-08-31', vandaag: '2026-08-31', pipUiterlijk: '2026-09-30' })).not.toContain('ontzorgen-voorbij');
  });

  it('refuses bijstand that started before DUO’s kennisgeving', () => {
    expect(bij({ startBijstand: '2026-02-01' })).toContain('bijstand-voor-kennisgeving');
    expect(bij({ startBijstand: '2026-02-02' })).not.toContain('bijstand-voor-kennisgeving');
  });

  it('a PIP after its 10-week deadline needs a reason, and comes within two weeks of a derde’s information (Besluit 5.3 lid 2)', () => {
    const laat = { dagtekening: '2026-05-04', vandaag: '2026-05-04', pipUiterlijk: '2026-04-20' };
    expect(bij({}, {}, laat)).toContain('pip-na-termijn-reden');
    expect(bij({ redenTermijnOverschreden: 'Wij wachtten op het advies van de taalschool.' }, {}, laat)).toEqual([]);
    expect(bij({ redenTermijnOverschreden: 'Advies taalschool.', informatieDerdeOntvangenOp: '2026-04-20' }, {}, laat)).toEqual([]);
    expect(bij({ redenTermijnOverschreden: 'Advies taalschool.', informatieDerdeOntvangenOp: '2026-04-19' }, {}, laat)).toContain('pip-twee-weken-na-derde');
    // On the deadline itself no reason is needed.
    expect(bij({}, {}, { ...laat, dagtekening: '2026-04-20', vandaag: '2026-04-20' })).toEqual([]);
  });
});

describe('controleerPip — the onderwijsroute question (Wi 8 lid 1; ABRvS 2024:5413)', () => {
  const intake = { jarenOnderwijs: 12, wilStuderen: 'ja', groteKansOpDiploma: 'ja' } as const;
  it('flags a reason that contradicts the intake', () => {
    expect(bij({ overwegingOnderwijs: 'Er is geen vooropleiding die toegang geeft.' }, { intake })).toContain('onderwijsroute-tegen-intake');
    expect(bij({ overwegingOnderwijs: 'Zij wil niet studeren.' }, { intake })).toContain('onderwijsroute-tegen-intake');
    expect(bij({ overwegingOnderwijs: 'Er is geen grote kans op een diploma.' }, { intake })).toContain('onderwijsroute-tegen-intake');
  });

  it('accepts a reason that follows the intake', () => {
    expect(bij({ overwegingOnderwijs: 'Zij wil studeren, maar eerst twee jaar werken om haar gezin te onderhouden; de onderwijsroute kan later via schakelen.' }, { intake })).toEqual([]);
    expect(tegenspraakMetIntake('Geen vooropleiding.', { jarenOnderwijs: 6, wilStuderen: 'nee', groteKansOpDiploma: 'nee' })).toEqual([]);
    expect(tegenspraakMetIntake('Geen vooropleiding.', undefined)).toEqual([]);
  });
});

describe('controleerPip — verhuizing: the termijn and route already run (Wi 11 lid 3 sub b; Wi 15 lid 4; Besluit 5.3 lid 3)', () => {
  const eerdereGemeente = { termijnStart: '2025-06-02', leerroute: 'b1' as const, niveaus: { lezen: 'A2' as const, luisteren: 'B1' as const, schrijven: 'A2' as const, spreken: 'B1' as const } };
  const zelfde = { niveau: 'A2' as const, niveauPerOnderdeel: eerdereGemeente.niveaus };
  it('keeps the route and the level per part, A2 from an earlier afschaling included', () => {
    expect(bij(zelfde, { eerdereGemeente }, { termijnStart: '2025-06-02' })).toEqual([]);
    expect(bij({ ...zelfde, leerroute: 'z', niveau: null, niveauPerOnderdeel: null, overwegingZ: null, overwegingB1: 'x', zRouteCursusuren: 800, zRouteParticipatieuren: 800 }, { eerdereGemeente })).toContain('verhuizing-zelfde-leerroute');
    expect(bij({ niveau: 'B1', niveauPerOnderdeel: null }, { eerdereGemeente })).toContain('verhuizing-zelfde-niveau');
  });
});

describe('controleerPip — wijziging (Wi 17; Besluit 5.3 lid 5–6, 5.4, 5.5)', () => {
  const vorige = { leerroute: 'b1' as const, niveau: 'B1' as const };
  const afschalen: Partial<WijzigingMotivering> = {
    urenNt2NaPip: 600,
    urenBijErkendeInstelling: true,
    inspanningen: 'Aanwezig bij 95 procent van de lessen; examen lezen twee keer gedaan.',
    feiten: 'Voor lezen is B1 binnen de termijn niet haalbaar.',
  };
  const a2Lezen = { niveau: 'A2' as const, niveauPerOnderdeel: { lezen: 'A2' as const, luisteren: 'B1' as const, schrijven: 'B1' as const, spreken: 'B1' as const } };
  const wijziging = (w: Partial<WijzigingMotivering>) => ({ wijziging: { ...pipInhoud.parse({}).wijziging, ...w } });
  const context = (reden: PipContext['wijzigingReden']): PipContext => ({ ...ASIEL, vorige, wijzigingReden: reden });

  it('afschalen per part, with 600 hours after the PIP at an erkende instelling, inspanningen and facts', () => {
    expect(regels({ ...a2Lezen, ...wijziging(afschalen) }, context('afschalen'))).toEqual([]);
    expect(regels({ ...a2Lezen, ...wijziging({ ...afschalen, urenNt2NaPip: 599 }) }, context('afschalen'))).toContain('afschalen-600-uur');
    expect(regels({ ...a2Lezen, ...wijziging({ ...afschalen, urenBijErkendeInstelling: false }) }, context('afschalen'))).toContain('afschalen-erkende-instelling');
    expect(regels({ ...a2Lezen, ...wijziging({ ...afschalen, inspanningen: null }) }, context('afschalen'))).toContain('afschalen-inspanningen');
    expect(regels({ ...a2Lezen, ...wijziging({ ...afschalen, feiten: null }) }, context('afschalen'))).toContain('afschalen-feiten');
    expect(regels({ ...wijziging(afschalen) }, context('afschalen'))).toContain('afschalen-onderdeel');
    expect(regels({ ...a2Lezen, ...wijziging(afschalen) }, context('anders'))).toContain('a2-alleen-na-afschalen');
  });

  it('refuses more NT2 hours than the weeks since the termijn start allow (Awb 3:2)', () => {
    const vast = (dagtekening: string) => ({ ...context('afschalen'), vaststellen: { ...VASTSTELLEN, dagtekening, vandaag: dagtekening, termijnStart: '2026-04-15', pipUiterlijk: null } });
    const inhoud = { ...a2Lezen, ontzorgen: false, ...wijziging(afschalen) };
    expect(controleerPip({ ...VOLLEDIG, ...inhoud }, vast('2026-04-15')).map((b) => b.regel)).toContain('afschalen-uren-onmogelijk');
    // 15 weeks at 40 hours is 600 hours.
    expect(controleerPip({ ...VOLLEDIG, ...inhoud }, vast('2026-07-29')).map((b) => b.regel)).not.toContain('afschalen-uren-onmogelijk');
    expect(controleerPip({ ...VOLLEDIG, ...inhoud }, vast('2026-07-28')).map((b) => b.regel)).toContain('afschalen-uren-onmogelijk');
  });

  it('schakelen needs another route, the voortgang and its facts', () => {
    const naarZ = { leerroute: 'z' as const, niveau: null, overwegingZ: null, overwegingB1: 'x' };
    expect(regels({ ...naarZ, ...wijziging({ voortgang: 'onvoldoende', feiten: 'Na een jaar nog A1.' }) }, context('schakelen'))).toEqual([]);
    expect(regels({ ...naarZ, ...wijziging({ feiten: 'Na een jaar nog A1.' }) }, context('schakelen'))).toContain('schakelen-voortgang');
    expect(regels({ ...naarZ, ...wijziging({ voortgang: 'onvoldoende' }) }, context('schakelen'))).toContain('schakelen-feiten');
    expect(regels(wijziging({ voortgang: 'onvoldoende', feiten: 'x' }), context('schakelen'))).toContain('schakelen-andere-route');
    expect(regels(naarZ, context('anders'))).toContain('schakelen-als-reden');
  });

  it('"anders" needs its own reasoning', () => {
    expect(regels(wijziging({}), context('anders'))).toContain('wijziging-motivering');
    expect(regels(wijziging({ feiten: 'Andere begeleiding na verhuizing van de taalschool.' }), context('anders'))).toEqual([]);
  });

  it('keeps the leerroute after a verhuizing', () => {
    expect(regels({ leerroute: 'z', niveau: null, overwegingZ: null, overwegingB1: 'x' }, context('verhuizing'))).toContain('verhuizing-zelfde-leerroute');
  });

  it('schakelen until the day before 18 months after the termijn start; then only the exceptions, with a motivering (Besluit 5.4)', () => {
    const schakelen = (van: 'b1' | 'onderwijs', naar: Partial<PipInhoud>, dagtekening: string) =>
      regels(naar, { ...ASIEL, vorige: { leerroute: van, niveau: 'B1' }, wijzigingReden: 'schakelen', vaststellen: { ...VASTSTELLEN, dagtekening, vandaag: dagtekening, termijnStart: '2026-04-15' } });
    const naarZ = { leerroute: 'z' as const, niveau: null, overwegingZ: null, overwegingB1: 'x', ontzorgen: false, zRouteCursusuren: 800, zRouteParticipatieuren: 800, ...wijziging({ voortgang: 'onvoldoende', feiten: 'x' }) };
    expect(schakelen('b1', naarZ, '2027-10-14')).not.toContain('schakelen-binnen-anderhalf-jaar');
    expect(schakelen('b1', naarZ, '2027-10-15')).toContain('schakelen-binnen-anderhalf-jaar');
    const uitzondering = { ...naarZ, ...wijziging({ voortgang: 'onvoldoende', feiten: 'x', schakelUitzondering: 'bijzonder_geval' }) };
    expect(schakelen('b1', uitzondering, '2027-10-15')).toContain('schakelen-uitzondering-motivering');
    expect(schakelen('b1', uitzondering, '2027-10-15')).not.toContain('schakelen-binnen-anderhalf-jaar');
    const gemotiveerd = { ...naarZ, ...wijziging({ voortgang: 'onvoldoende', feiten: 'x', schakelUitzondering: 'bijzonder_geval', schakelUitzonderingMotivering: 'Lang ziek geweest.' }) };
    expect(schakelen('b1', gemotiveerd, '2027-10-15')).toEqual([]);
    expect(schakelen('onderwijs', { leerroute: 'b1', ontzorgen: false, ...wijziging({ voortgang: 'onvoldoende', feiten: 'x' }) }, '2028-06-01')).not.toContain('schakelen-binnen-anderhalf-jaar');
  });
});
