import { describe, expect, it } from 'vitest';
import { pipInhoud, type PipInhoud } from '../../shared/domain/pip';
import { controleerPip, type PipContext } from '../../shared/rules/pip';

const VOLLEDIG: PipInhoud = pipInhoud.parse({
  leerroute: 'b1', niveau: 'B1', alfabetisering: 'NVT', geschatteIntensiteitUren: 600, magOpleidingAfmaken: false,
  ondersteuningEnBegeleiding: 'Maandelijks contact met de klantmanager.', pvtIntensiteit: '12 uur in de eerste zes maanden.',
  mapIntensiteit: '40 uur praktijk.', vveAfspraken: null, maatschappelijkeBegeleiding: 'Eén jaar door VluchtelingenWerk.',
  ontzorgen: true, startBijstand: '2026-03-01', aantalVoortgangsgesprekken: 4, taalaanbieder: 'Taalhuis Voorbeeldstad',
  motivering: 'Op basis van de leerbaarheidstoets is B1 haalbaar.', overwegingB1: null, overwegingOnderwijs: 'Geen vooropleiding voor mbo 4.',
  overwegingZ: 'De toets wijst op voldoende leerbaarheid.', urenNt2: null,
});

const ASIEL: PipContext = { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder' };
const VASTSTELLEN = { dagtekening: '2026-04-14', intakeAfgerond: true, kennisgevingDuo: '2026-02-02', termijnStart: null };

const regels = (inhoud: Partial<PipInhoud>, context: PipContext = ASIEL) => controleerPip({ ...VOLLEDIG, ...inhoud }, context).map((b) => b.regel);

describe('controleerPip — consistency rules (every save)', () => {
  it('a complete asiel B1-route plan breaks no rule, also when set', () => {
    expect(controleerPip(VOLLEDIG, { ...ASIEL, vaststellen: VASTSTELLEN })).toEqual([]);
  });

  it.each<[string, Partial<PipInhoud>, PipContext | undefined, string]>([
    ['A2 in the onderwijsroute', { leerroute: 'onderwijs', niveau: 'A2', mapIntensiteit: null }, undefined, 'onderwijsroute-a2'],
    ['B1 in the Z-route', { leerroute: 'z', niveau: 'B1' }, undefined, 'z-route-b1'],
    ['A2 in the B1-route on a first PIP', { niveau: 'A2' }, undefined, 'a2-eerste-pip'],
    ['MAP in the onderwijsroute', { leerroute: 'onderwijs', niveau: 'B1' }, undefined, 'map-onderwijsroute'],
    ['intensiteit for a gezinsmigrant', { ontzorgen: false, maatschappelijkeBegeleiding: null }, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer' }, 'intensiteit-alleen-asiel'],
    ['maatschappelijke begeleiding for an overige migrant', { ontzorgen: false, geschatteIntensiteitUren: null }, { doelgroep: 'overige_migrant', doelgroepcode: 'Overig' }, 'begeleiding-alleen-asiel'],
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

describe('controleerPip — completeness when vaststellen', () => {
  const bij = (inhoud: Partial<PipInhoud>, context: Partial<PipContext> = {}, vast: Partial<typeof VASTSTELLEN> = {}) =>
    regels(inhoud, { ...ASIEL, ...context, vaststellen: { ...VASTSTELLEN, ...vast } });

  it.each<[string, Partial<PipInhoud>, string]>([
    ['no leerroute', { leerroute: null }, 'leerroute'],
    ['no niveau in the B1-route', { niveau: null }, 'niveau'],
    ['no alfabetisering', { alfabetisering: null }, 'alfabetisering'],
    ['no ondersteuning', { ondersteuningEnBegeleiding: null }, 'ondersteuning'],
    ['no PVT intensiteit', { pvtIntensiteit: null }, 'pvt'],
    ['no MAP intensiteit in the B1-route', { mapIntensiteit: null }, 'map'],
    ['no intensiteit for asiel', { geschatteIntensiteitUren: null }, 'intensiteit'],
    ['no maatschappelijke begeleiding for asiel', { maatschappelijkeBegeleiding: null }, 'maatschappelijke-begeleiding'],
    ['no taalaanbieder for asiel', { taalaanbieder: null }, 'taalaanbieder'],
    ['ontzorgen without start of bijstand', { startBijstand: null }, 'ontzorgen-start'],
    ['zero voortgangsgesprekken', { aantalVoortgangsgesprekken: 0 }, 'voortgangsgesprekken'],
    ['no motivering', { motivering: null }, 'motivering'],
    ['the onderwijsroute not examined (ABRvS 2024:5413)', { overwegingOnderwijs: null }, 'overweging-onderwijs'],
    ['the Z-route not examined', { overwegingZ: null }, 'overweging-z'],
  ])('refuses %s', (_naam, inhoud, regel) => {
    expect(bij(inhoud)).toContain(regel);
  });

  it('needs the intake to be complete and the dagtekening not before DUO’s kennisgeving', () => {
    expect(bij({}, {}, { intakeAfgerond: false })).toContain('intake-afgerond');
    expect(bij({}, {}, { dagtekening: '2026-02-01' })).toContain('dagtekening-na-plicht');
    expect(bij({}, {}, { dagtekening: '2026-02-02' })).not.toContain('dagtekening-na-plicht');
  });

  it('does not ask for a MAP in the onderwijsroute, nor a niveau in the Z-route', () => {
    expect(bij({ leerroute: 'onderwijs', niveau: 'B1', mapIntensiteit: null, overwegingOnderwijs: null, overwegingB1: 'x' })).toEqual([]);
    expect(bij({ leerroute: 'z', niveau: null, overwegingZ: null, overwegingB1: 'x' })).toEqual([]);
  });
});

describe('controleerPip — wijziging (Wi 17; Besluit 5.4, 5.5)', () => {
  const vorige = { leerroute: 'b1' as const, niveau: 'B1' as const };

  it('afschalen to A2 needs 600 hours and the reason "afschalen"', () => {
    expect(regels({ niveau: 'A2', urenNt2: 599 }, { ...ASIEL, vorige, wijzigingReden: 'afschalen' })).toContain('afschalen-600-uur');
    expect(regels({ niveau: 'A2', urenNt2: 600 }, { ...ASIEL, vorige, wijzigingReden: 'afschalen' })).toEqual([]);
    expect(regels({ niveau: 'A2', urenNt2: 700 }, { ...ASIEL, vorige, wijzigingReden: 'anders' })).toContain('a2-alleen-na-afschalen');
  });

  it('keeps the leerroute after a verhuizing', () => {
    expect(regels({ leerroute: 'z', niveau: null, overwegingZ: null, overwegingB1: 'x' }, { ...ASIEL, vorige, wijzigingReden: 'verhuizing' })).toContain('verhuizing-zelfde-leerroute');
  });

  it('schakelen is possible until 18 months after the termijn start; onderwijs → B1 always', () => {
    const schakelen = (van: 'b1' | 'onderwijs', naar: Partial<PipInhoud>, dagtekening: string) =>
      regels(naar, { ...ASIEL, vorige: { leerroute: van, niveau: 'B1' }, wijzigingReden: 'schakelen', vaststellen: { ...VASTSTELLEN, dagtekening, termijnStart: '2026-04-15' } });
    const naarZ = { leerroute: 'z' as const, niveau: null, overwegingZ: null, overwegingB1: 'x' };
    expect(schakelen('b1', naarZ, '2027-10-14')).not.toContain('schakelen-binnen-anderhalf-jaar');
    expect(schakelen('b1', naarZ, '2027-10-15')).toContain('schakelen-binnen-anderhalf-jaar');
    expect(schakelen('onderwijs', { leerroute: 'b1' }, '2028-06-01')).not.toContain('schakelen-binnen-anderhalf-jaar');
    expect(regels(naarZ, { ...ASIEL, vorige, wijzigingReden: 'anders' })).toContain('schakelen-als-reden');
  });
});
