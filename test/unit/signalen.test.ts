import { describe, expect, it } from 'vitest';
import type { OproepUitkomst } from '../../shared/domain/intake';
import { STANDAARD_INSTELLINGEN } from '../../shared/domain/instellingen';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { dagenTussen, sectieVan, signalenVanDossier, signalenVoorWerkvoorraad, type DossierFeiten, type SignaalOpties } from '../../shared/rules/signalen';
import { duoTeMelden, type DuoFeiten } from '../../shared/rules/duo';
import type { DuoVeld } from '../../shared/domain/duo';

// Fixed day: Monday 23 November 2026 (E2E_NU). Expected dates computed by hand from the articles.
const VANDAAG = '2026-11-23';
const OPTIES: SignaalOpties = { extraRustdagen: [], mapUrenNorm: STANDAARD_INSTELLINGEN.mapUrenNorm };

type Pip = DossierFeiten['pips'][number];

function pip(velden: Partial<Pip> = {}): Pip {
  return {
    id: 1, versie: 1, status: 'vastgesteld', wijzigingReden: null, dagtekening: '2026-04-14', termijnStart: '2026-04-15', verzenddatum: null,
    leerroute: 'b1', niveau: 'B1', niveauPerOnderdeel: null, voortgangsgesprekkenElkeMaanden: null, ...velden,
  };
}

function dossier(velden: Partial<Omit<DossierFeiten, 'inburgeraar'>> & { inburgeraar?: Partial<DossierFeiten['inburgeraar']> } = {}): DossierFeiten {
  const { inburgeraar, ...rest } = velden;
  return {
    inburgeraar: {
      id: 7, voornamen: 'Amal', tussenvoegsel: null, achternaam: 'Haddad', doelgroep: 'gezinsmigrant', status: 'aangemeld',
      datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: null, huisvestingArt28: false, termijnStartEerder: null, gewijzigd: '2026-11-01T10:00:00.000Z',
      ...inburgeraar,
    },
    oproepen: [], intake: null, pips: [], pvt: null, voortgangsgesprekken: [], leerroutePeriodes: [], begeleiding: null, ontzorgen: null,
    afspraken: [], uitstel: [], wachtOpDerde: null, statuswijzigingen: [], verwijtbaarheid: [], duo: null, bezwaren: [], boetes: [],
    ...rest,
  };
}

/** An open dossier in its traject (no PIP term signals) with the given PIP and PVT facts. */
function inTraject(velden: Partial<Omit<DossierFeiten, 'inburgeraar'>> = {}, pipVelden: Partial<Pip> = {}): DossierFeiten {
  return dossier({
    inburgeraar: { status: 'in_traject' },
    intake: { afgerondOp: '2026-03-20' },
    pips: [pip(pipVelden)],
    pvt: { aanwezigheden: [], intakeUren: 0, datumOndertekening: null, mapThemas: MAP_THEMAS.map((thema) => ({ thema, status: 'open', uren: 0, aanbieder: null })), mapSessieUren: [], eindgesprek: null },
    ...velden,
  });
}

const signalen = (f: DossierFeiten, vandaag = VANDAAG, opties = OPTIES) => signalenVanDossier(f, vandaag, opties);
const soorten = (f: DossierFeiten, vandaag = VANDAAG) => signalen(f, vandaag).map((s) => s.sleutel).sort();

describe('sections by days left', () => {
  it.each([
    [-1, 'te_laat'], [-400, 'te_laat'], [0, 'deze_week'], [7, 'deze_week'], [8, 'binnen_vier_weken'], [28, 'binnen_vier_weken'], [29, 'later'], [1000, 'later'],
  ] as const)('%i days → %s', (dagen, sectie) => {
    expect(sectieVan(dagen)).toBe(sectie);
  });

  it('counts calendar days across a leap day, a year end and DST', () => {
    expect(dagenTussen('2028-02-28', '2028-03-01')).toBe(2);
    expect(dagenTussen('2026-12-31', '2027-01-01')).toBe(1);
    expect(dagenTussen('2026-10-24', '2026-10-26')).toBe(2);
    expect(dagenTussen('2026-11-23', '2026-11-16')).toBe(-7);
  });
});

describe('pip_termijn — Besluit 5.3 lid 1 and 3', () => {
  const asiel = { doelgroep: 'asielstatushouder' as const, datumKennisgevingDuo: '2026-09-01', datumInschrijvingBrp: '2026-09-21', huisvestingArt28: true };

  it('a BRP date 9 weeks ago (art. 28) is due in a week, under deze_week', () => {
    const s = signalen(dossier({ inburgeraar: asiel, begeleiding: { start: '2026-09-21', geplandEinde: null, afgerondOp: null } }));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ sleutel: 'pip_termijn', soort: 'pip_termijn', datum: '2026-11-30', dagenOver: 7, sectie: 'deze_week', ernst: 'hoog', tabblad: 'pip', naam: 'Amal Haddad' });
    expect(s[0]!.artikel).toContain('art. 5.3 lid 1 Besluit inburgering 2021');
    expect(s[0]!.toelichting).toContain('inschrijving BRP op 21 september 2026');
  });

  it('disappears once the PIP is vastgesteld', () => {
    expect(soorten(dossier({ inburgeraar: { ...asiel, status: 'pip_vastgesteld' }, begeleiding: { start: '2026-09-21', geplandEinde: null, afgerondOp: null } }))).toEqual([]);
  });

  it('counts from the kennisgeving without art. 28, and names an Atw shift', () => {
    const [s] = signalen(dossier({ inburgeraar: { datumKennisgevingDuo: '2026-10-16', datumInschrijvingBrp: '2026-11-01' } }));
    expect(s).toMatchObject({ datum: '2026-12-28', dagenOver: 35, sectie: 'later' });
    expect(s!.toelichting).toContain('kennisgeving inburgeringsplicht (DUO) op 16 oktober 2026');
    expect(s!.toelichting).toContain('25 december 2026 (eerste Kerstdag)');
    expect(s!.toelichting).toContain('art. 1 Algemene termijnenwet');
  });

  it('takes the gemeente\'s extra rustdagen', () => {
    const f = dossier({ inburgeraar: { datumKennisgevingDuo: '2026-09-21' } });
    expect(signalen(f)[0]!.datum).toBe('2026-11-30');
    expect(signalen(f, VANDAAG, { ...OPTIES, extraRustdagen: [{ datum: '2026-11-30', naam: 'extra dag' }] })[0]!.datum).toBe('2026-12-01');
  });

  it('after a move: 10 weeks after the new BRP inschrijving (lid 3)', () => {
    const s = signalen(dossier({ inburgeraar: { datumKennisgevingDuo: null, datumInschrijvingBrp: '2026-10-01', termijnStartEerder: '2025-06-01' } })).find((x) => x.soort === 'pip_termijn');
    expect(s).toMatchObject({ datum: '2026-12-10' });
    expect(s!.artikel).toContain('art. 5.3 lid 3');
  });

  it('asks for the date of the kennisgeving when it is missing', () => {
    const [s] = signalen(dossier({ inburgeraar: { datumKennisgevingDuo: null } }));
    expect(s).toMatchObject({ sleutel: 'pip_termijn', wat: 'Datum kennisgeving DUO invullen', tabblad: 'gegevens', datum: VANDAAG, sectie: 'deze_week' });
  });
});

describe('wacht op derde — Besluit 5.3 lid 2', () => {
  const basis = { inburgeraar: { datumKennisgevingDuo: '2026-09-21' } };

  it('while waiting, the pip_termijn stays and says since when', () => {
    const s = signalen(dossier({ ...basis, wachtOpDerde: { omschrijving: 'medisch advies', sinds: '2026-11-02', verwachtOp: '2026-12-01', ontvangenOp: null } }));
    expect(s.map((x) => x.sleutel)).toEqual(['pip_termijn']);
    expect(s[0]!.toelichting).toContain('Wacht sinds 2 november 2026 op informatie van derden (art. 5.3 lid 2 Besluit inburgering 2021)');
    expect(s[0]!.toelichting).toContain('Verwacht op 1 december 2026');
    expect(s[0]!.toelichting).not.toContain('medisch advies');
  });

  it('once received, two weeks after receipt replace the term when later', () => {
    const [s] = signalen(dossier({ ...basis, wachtOpDerde: { omschrijving: 'x', sinds: '2026-11-02', verwachtOp: null, ontvangenOp: '2026-11-20' } }));
    expect(s).toMatchObject({ sleutel: 'pip_na_derde', soort: 'pip_na_derde', datum: '2026-12-04', tabblad: 'pip', ernst: 'hoog' });
    expect(s!.artikel).toContain('art. 5.3 lid 2 Besluit inburgering 2021');
  });

  it('an early receipt leaves the ordinary term', () => {
    const [s] = signalen(dossier({ ...basis, wachtOpDerde: { omschrijving: 'x', sinds: '2026-10-01', verwachtOp: null, ontvangenOp: '2026-11-02' } }));
    expect(s).toMatchObject({ sleutel: 'pip_termijn', datum: '2026-11-30' });
  });

  it('the two weeks follow the Atw: received 1 May 2026 → Monday 18 May', () => {
    const f = dossier({ inburgeraar: { datumKennisgevingDuo: '2026-02-02' }, wachtOpDerde: { omschrijving: 'x', sinds: '2026-03-01', verwachtOp: null, ontvangenOp: '2026-05-01' } });
    const [s] = signalen(f, '2026-05-04');
    expect(s).toMatchObject({ sleutel: 'pip_na_derde', datum: '2026-05-18' });
    expect(s!.toelichting).toContain('gelijkgestelde dag');
  });
});

describe('oproepen — Wi 14', () => {
  const oproep = (id: number, verschijnenOp: string, uitkomst: OproepUitkomst) => ({ id, volgnummer: id, verschijnenOp, uitkomst });
  const metOproepen = (oproepen: DossierFeiten['oproepen']) => dossier({ inburgeraar: { status: 'intake' }, intake: { afgerondOp: null }, oproepen });

  it('an open oproep is due on its day', () => {
    const s = signalen(metOproepen([oproep(3, '2026-11-26', 'open')])).find((x) => x.soort === 'oproep_uitkomst');
    expect(s).toMatchObject({ sleutel: 'oproep_uitkomst:3', datum: '2026-11-26', tabblad: 'intake', artikel: 'art. 14 lid 1 Wi 2021' });
  });

  it('a no-show asks for a waarschuwing with herhaalde oproep within the policy term', () => {
    const s = signalen(metOproepen([oproep(1, '2026-11-19', 'niet_verschenen')])).find((x) => x.soort === 'herhaalde_oproep');
    expect(s).toMatchObject({ sleutel: 'herhaalde_oproep:1', datum: '2026-11-26', wat: 'Waarschuwing en herhaalde oproep sturen', ernst: 'hoog', artikel: 'art. 14 lid 2 Wi 2021' });
    const eigen = signalen(metOproepen([oproep(1, '2026-11-19', 'niet_verschenen')]), VANDAAG, { ...OPTIES, herhaaldeOproepBinnenDagen: 14 });
    expect(eigen.find((x) => x.soort === 'herhaalde_oproep')!.datum).toBe('2026-12-03');
  });

  it('verzet or afgemeld needs a new oproep but is no no-show', () => {
    const s = signalen(metOproepen([oproep(1, '2026-11-05', 'niet_verschenen'), oproep(2, '2026-11-12', 'niet_verschenen'), oproep(3, '2026-11-19', 'verzet')]));
    expect(s.find((x) => x.soort === 'herhaalde_oproep')).toMatchObject({ sleutel: 'herhaalde_oproep:3', wat: 'Nieuwe oproep sturen', ernst: 'normaal' });
    expect(s.some((x) => x.soort === 'intake_in_afwezigheid')).toBe(false);
  });

  it('three no-shows: the intake in afwezigheid', () => {
    const s = signalen(metOproepen([oproep(1, '2026-10-01', 'niet_verschenen'), oproep(2, '2026-10-15', 'afgemeld'), oproep(3, '2026-10-29', 'niet_verschenen'), oproep(4, '2026-11-12', 'niet_verschenen')]));
    expect(s.find((x) => x.soort === 'intake_in_afwezigheid')).toMatchObject({ sleutel: 'intake_in_afwezigheid', datum: '2026-11-19', sectie: 'te_laat', artikel: 'art. 14 lid 2 Wi 2021' });
    expect(s.some((x) => x.soort === 'herhaalde_oproep')).toBe(false);
  });

  it('nothing once the person came or the intake is afgerond', () => {
    expect(signalen(metOproepen([oproep(1, '2026-11-19', 'verschenen')])).filter((x) => x.tabblad === 'intake')).toEqual([]);
    const afgerond = dossier({ inburgeraar: { status: 'intake' }, intake: { afgerondOp: '2026-11-20' }, oproepen: [oproep(1, '2026-11-12', 'niet_verschenen')] });
    expect(signalen(afgerond).filter((x) => x.tabblad === 'intake')).toEqual([]);
  });
});

describe('begeleiding — Wi 13 lid 3', () => {
  const asiel = { doelgroep: 'asielstatushouder' as const, datumInschrijvingBrp: '2028-02-29', status: 'in_traject' as const };

  it('an asielstatushouder without begeleiding: due the BRP day', () => {
    const [s] = signalen(dossier({ inburgeraar: asiel }), '2028-03-01');
    expect(s).toMatchObject({ sleutel: 'begeleiding_starten', datum: '2028-02-29', dagenOver: -1, sectie: 'te_laat', tabblad: 'begeleiding', artikel: 'art. 13 lid 3 Wi 2021' });
  });

  it('not for a gezinsmigrant, nor once begeleiding is registered', () => {
    expect(soorten(dossier({ inburgeraar: { ...asiel, doelgroep: 'gezinsmigrant' } }))).toEqual([]);
    expect(soorten(dossier({ inburgeraar: asiel, begeleiding: { start: '2028-02-29', geplandEinde: null, afgerondOp: null } }))).toEqual([]);
  });

  it('afronden shows four weeks before the planned end, until afgerond', () => {
    const met = (geplandEinde: string, afgerondOp: string | null = null) => dossier({ inburgeraar: asiel, begeleiding: { start: '2025-12-01', geplandEinde, afgerondOp } });
    expect(signalen(met('2026-12-21'))[0]).toMatchObject({ sleutel: 'begeleiding_afronden', datum: '2026-12-21', dagenOver: 28, sectie: 'binnen_vier_weken' });
    expect(soorten(met('2026-12-22'))).toEqual([]);
    expect(soorten(met('2026-11-01', '2026-11-02'))).toEqual([]);
  });
});

describe('ontzorgen — Pw 56a lid 2', () => {
  const met = (einde: string, uitstroomgesprek: string | null = null) => dossier({ inburgeraar: { status: 'in_traject' }, ontzorgen: { startBijstand: '2026-06-01', einde, uitstroomgesprek } });

  it('four weeks before the end: the uitstroomgesprek', () => {
    expect(signalen(met('2026-11-30'))[0]).toMatchObject({ sleutel: 'ontzorgen_einde', datum: '2026-11-30', tabblad: 'begeleiding', artikel: 'art. 56a lid 2 Participatiewet' });
    expect(soorten(met('2026-12-21'))).toEqual(['ontzorgen_einde']);
    expect(soorten(met('2026-12-22'))).toEqual([]);
  });

  it('disappears when the uitstroomgesprek is held', () => {
    expect(soorten(met('2026-11-30', '2026-11-20'))).toEqual([]);
  });
});

describe('voortgangsgesprek — Besluit 5.3 lid 4', () => {
  it('a planned gesprek is due on its day', () => {
    const f = inTraject({ voortgangsgesprekken: [{ id: 4, gepland: '2026-11-25', tijd: '10:30', gehouden: null }] });
    expect(signalen(f).find((s) => s.soort === 'voortgangsgesprek')).toMatchObject({ sleutel: 'voortgangsgesprek:4', datum: '2026-11-25', wat: 'Voortgangsgesprek om 10:30', tabblad: 'voortgang' });
  });

  it('none planned: n months after the last one held, else after the dagtekening', () => {
    const gehouden = inTraject({ voortgangsgesprekken: [{ id: 1, gepland: '2026-05-31', tijd: null, gehouden: '2026-05-31' }, { id: 2, gepland: '2026-08-31', tijd: null, gehouden: '2026-08-31' }] }, { voortgangsgesprekkenElkeMaanden: 3 });
    expect(signalen(gehouden).find((s) => s.soort === 'voortgangsgesprek')).toMatchObject({ sleutel: 'voortgangsgesprek', datum: '2026-11-30', wat: 'Voortgangsgesprek plannen' });
    const geen = inTraject({}, { voortgangsgesprekkenElkeMaanden: 6, dagtekening: '2026-05-31' });
    expect(signalen(geen).find((s) => s.soort === 'voortgangsgesprek')!.datum).toBe('2026-11-30');
    expect(signalen(inTraject()).some((s) => s.soort === 'voortgangsgesprek')).toBe(false);
  });
});

describe('afspraak', () => {
  it('each open afspraak on its day, with time and place only', () => {
    const [s] = signalen(dossier({ inburgeraar: { status: 'in_traject' }, afspraken: [{ id: 12, datum: '2026-11-24', tijd: '14:00', plaats: 'Stadhuis' }] }));
    expect(s).toMatchObject({ sleutel: 'afspraak:12', datum: '2026-11-24', wat: 'Afspraak 14:00, Stadhuis', tabblad: 'journaal', ernst: 'info' });
  });
});

describe('schakelen — Besluit 5.4', () => {
  it.each([
    ['2025-06-01', '2026-11-30', true], // last day in a week
    ['2025-07-19', '2027-01-18', true], // 56 days: just visible
    ['2025-07-20', '2027-01-19', false], // 57 days
    ['2025-05-23', '2026-11-22', false], // already past
  ])('termijn start %s: last day %s, visible %s', (termijnStart, uiterlijk, zichtbaar) => {
    const s = signalen(inTraject({ pvt: null }, { termijnStart })).find((x) => x.soort === 'schakelen');
    if (zichtbaar) expect(s).toMatchObject({ datum: uiterlijk, ernst: 'info', tabblad: 'voortgang', artikel: 'art. 5.4 Besluit inburgering 2021' });
    else expect(s).toBeUndefined();
  });
});

describe('afschalen — Wi 17 lid 3; Besluit 5.5', () => {
  const periodes = [
    { soort: 'nt2', tot: '2026-06-30', urenGevolgd: 350 },
    { soort: 'knm', tot: '2026-07-31', urenGevolgd: 100 },
    { soort: 'nt2', tot: '2026-10-31', urenGevolgd: 260 },
  ];

  it('on the B1-route after 600 NT2 hours: due the day they were reached', () => {
    const s = signalen(inTraject({ leerroutePeriodes: periodes, pvt: null })).find((x) => x.soort === 'afschalen');
    expect(s).toMatchObject({ datum: '2026-10-31', ernst: 'info', tabblad: 'voortgang' });
    expect(s!.toelichting).toContain('610 uur NT2');
  });

  it('not below 600 NT2 hours (KNM does not count), not when all parts are already A2, not on another route', () => {
    expect(signalen(inTraject({ leerroutePeriodes: periodes.slice(0, 2), pvt: null })).some((x) => x.soort === 'afschalen')).toBe(false);
    expect(signalen(inTraject({ leerroutePeriodes: periodes, pvt: null }, { niveau: 'A2' })).some((x) => x.soort === 'afschalen')).toBe(false);
    const deels = inTraject({ leerroutePeriodes: periodes, pvt: null }, { niveauPerOnderdeel: { lezen: 'A2', luisteren: 'A2', schrijven: 'A2', spreken: 'B1' } });
    expect(signalen(deels).some((x) => x.soort === 'afschalen')).toBe(true);
    expect(signalen(inTraject({ leerroutePeriodes: periodes, pvt: null }, { leerroute: 'z', niveau: null })).some((x) => x.soort === 'afschalen')).toBe(false);
  });

  it('a wijziging for afschalen after the 600 hours settles it, also when only some parts went to A2', () => {
    const deels = { niveauPerOnderdeel: { lezen: 'A2', luisteren: 'B1', schrijven: 'A2', spreken: 'B1' } as const };
    const f = inTraject({ leerroutePeriodes: periodes, pvt: null });
    f.pips.push(pip({ id: 2, versie: 2, wijzigingReden: 'afschalen', dagtekening: '2026-11-02', ...deels }));
    expect(signalen(f).some((x) => x.soort === 'afschalen')).toBe(false);
    f.pips[1]!.dagtekening = '2026-10-30'; // before the 600 hours were reached
    expect(signalen(f).some((x) => x.soort === 'afschalen')).toBe(true);
  });
});

describe('the end of the termijn — Besluit 4.5, Wi 24, DUO', () => {
  it('verlenging: from six months before the end, due eight weeks before it', () => {
    // termijn 15 Apr 2024 – 14 Apr 2027; aanvragen kan vanaf 15 Oct 2026
    const s = signalen(inTraject({ pvt: null }, { termijnStart: '2024-04-15' })).find((x) => x.soort === 'verlenging');
    expect(s).toMatchObject({ datum: '2027-02-17', tabblad: 'voortgang' });
    expect(s!.toelichting).toContain('vanaf 15 oktober 2026');
    expect(signalen(inTraject({ pvt: null }, { termijnStart: '2024-06-01' })).some((x) => x.soort === 'verlenging')).toBe(false);
  });

  it('the running termijn keeps its first start (Wi 11 lid 3)', () => {
    const f = inTraject({ pvt: null });
    f.pips = [pip({ id: 1, termijnStart: '2024-04-15' }), pip({ id: 2, versie: 2, termijnStart: '2024-04-15', dagtekening: '2026-01-10' })];
    expect(signalen(f).find((x) => x.soort === 'verlenging')!.datum).toBe('2027-02-17');
  });

  it('PVT and MAP not afgerond: hoog, due the end, from six months before', () => {
    const s = signalen(inTraject({}, { termijnStart: '2024-04-15' })).filter((x) => x.soort === 'pvt_map_termijn');
    expect(s.map((x) => x.sleutel).sort()).toEqual(['pvt_map_termijn:map', 'pvt_map_termijn:pvt']);
    expect(s[0]).toMatchObject({ datum: '2027-04-14', ernst: 'hoog', tabblad: 'pvt', artikel: 'art. 24 Wi 2021' });
  });

  it('MAP hours of attended group sessions count toward the norm (Besluit 3.2): with them the MAP signal is settled', () => {
    const f = inTraject({}, { termijnStart: '2024-04-15' });
    f.pvt!.mapThemas = MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond', uren: 0, aanbieder: null }));
    f.pvt!.eindgesprek = '2026-11-01';
    expect(signalen(f).map((x) => x.sleutel)).toContain('pvt_map_termijn:map');
    f.pvt!.mapSessieUren = MAP_THEMAS.map((thema) => ({ thema, uren: 5 }));
    expect(signalen(f).map((x) => x.sleutel)).not.toContain('pvt_map_termijn:map');
  });

  it('a signed PVT and the onderwijsroute (no MAP, Wi 8 lid 3) leave nothing', () => {
    const f = inTraject({}, { termijnStart: '2024-04-15', leerroute: 'onderwijs', niveau: null });
    f.pvt!.datumOndertekening = '2026-10-01';
    expect(signalen(f).filter((x) => x.soort === 'pvt_map_termijn')).toEqual([]);
  });

  it('verwijtbaarheid: only in the last two months, per onderdeel not yet determined', () => {
    // termijn ends 31 Dec 2026: melden from 1 Nov 2026
    const f = inTraject({}, { termijnStart: '2024-01-01' });
    expect(signalen(f).filter((x) => x.soort === 'verwijtbaarheid_melden').map((x) => x.sleutel).sort()).toEqual(['verwijtbaarheid_melden:map', 'verwijtbaarheid_melden:pvt']);
    expect(signalen(f).find((x) => x.soort === 'verwijtbaarheid_melden')).toMatchObject({ datum: '2026-12-31', ernst: 'hoog' });
    f.verwijtbaarheid = ['pvt'];
    expect(signalen(f).filter((x) => x.soort === 'verwijtbaarheid_melden').map((x) => x.sleutel)).toEqual(['verwijtbaarheid_melden:map']);
    // ends 31 Jan 2027: from 1 Dec 2026, not yet
    expect(signalen(inTraject({}, { termijnStart: '2024-02-01' })).some((x) => x.soort === 'verwijtbaarheid_melden')).toBe(false);
    // a term ending 29 Feb 2028 opens on 1 Jan 2028
    const schrikkel = inTraject({}, { termijnStart: '2025-03-01' });
    expect(signalen(schrikkel, '2027-12-31').some((x) => x.soort === 'verwijtbaarheid_melden')).toBe(false);
    expect(signalen(schrikkel, '2028-01-01').some((x) => x.soort === 'verwijtbaarheid_melden')).toBe(true);
    expect(signalen(schrikkel, '2028-03-01').some((x) => x.soort === 'verwijtbaarheid_melden')).toBe(false);
  });
});

describe('bezwaar_beslissen — Awb 7:10, from the register', () => {
  type Bezwaar = DossierFeiten['bezwaren'][number];
  const bezwaar = (velden: Partial<Bezwaar> = {}): Bezwaar => ({
    id: 3, beschikkingKenmerk: 'INB-2026-0001', verzenddatum: '2026-10-01', adviescommissie: false, hoorzittingOp: null, hoorzittingAfgezienReden: null,
    verdaagdOp: null, uitkomst: null, uitkomstOud: null, ...velden,
  });
  const metBezwaar = (velden: Partial<Bezwaar> = {}) => inTraject({ pvt: null, bezwaren: [bezwaar(velden)] });
  const beslissen = (f: DossierFeiten, vandaag?: string) => signalen(f, vandaag).find((x) => x.sleutel === 'bezwaar_beslissen:3');
  const horen = (f: DossierFeiten, vandaag?: string) => signalen(f, vandaag).find((x) => x.sleutel === 'bezwaar_horen:3');

  it('six weeks after the bezwaartermijn (12 Nov → 24 Dec), until the uitkomst is registered', () => {
    const f = metBezwaar();
    expect(beslissen(f)).toMatchObject({ soort: 'bezwaar_beslissen', datum: '2026-12-24', tabblad: 'bezwaar', ernst: 'hoog', artikel: expect.stringContaining('art. 7:10 Awb'), wat: 'Beslissen op bezwaar tegen INB-2026-0001' });
    f.bezwaren[0]!.uitkomst = 'ongegrond';
    expect(signalen(f).some((x) => x.soort === 'bezwaar_beslissen')).toBe(false);
  });

  it('twelve weeks with an adviescommissie, plus six weeks when verdaagd', () => {
    expect(beslissen(metBezwaar({ adviescommissie: true }))!.datum).toBe('2027-02-04');
    expect(beslissen(metBezwaar({ verdaagdOp: '2026-12-01' }))).toMatchObject({ datum: '2027-02-04', toelichting: expect.stringContaining('verdaagd met zes weken op 1 december 2026') });
  });

  it('follows the Atw: sent 3 April 2026 → bezwaar until 18 May → decide by 29 June', () => {
    expect(beslissen(metBezwaar({ verzenddatum: '2026-04-03' }), '2026-05-01')!.datum).toBe('2026-06-29');
  });

  it('reminds to plan the hoorzitting two weeks before the beslistermijn ends, until it is planned or skipped with a reason', () => {
    expect(horen(metBezwaar())).toMatchObject({ soort: 'bezwaar_beslissen', datum: '2026-12-10', artikel: 'art. 7:2 Awb', tabblad: 'bezwaar' });
    expect(horen(metBezwaar({ hoorzittingOp: '2026-12-01' }))).toBeUndefined();
    expect(horen(metBezwaar({ hoorzittingAfgezienReden: 'Kennelijk ongegrond' }))).toBeUndefined();
  });

  it('a bezwaar decided under the old PIP columns (free text) raises no signal', () => {
    expect(signalen(metBezwaar({ uitkomstOud: 'Afgewezen' })).some((x) => x.soort === 'bezwaar_beslissen')).toBe(false);
  });
});

describe('bewaartermijn — Besluit 9.9: the only signal of a closed dossier', () => {
  it('five years after the plicht ended, from four weeks before', () => {
    const f = dossier({
      inburgeraar: { status: 'afgerond' },
      statuswijzigingen: [{ naar: 'afgerond', datum: '2021-12-10', correctie: false }],
      afspraken: [{ id: 1, datum: '2026-11-24', tijd: '10:00', plaats: 'Stadhuis' }],
      oproepen: [{ id: 1, volgnummer: 1, verschijnenOp: '2026-11-01', uitkomst: 'open' }],
    });
    const s = signalen(f);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ sleutel: 'bewaartermijn', datum: '2026-12-11', dagenOver: 18, tabblad: 'gegevens', artikel: 'art. 9.9 lid 1 onder a Besluit inburgering 2021' });
    expect(s[0]!.toelichting).toContain('2071');
    expect(signalen(f, '2026-11-12')).toEqual([]);
  });

  it('uses the latest change to the eindstatus, else the last change of the dossier', () => {
    const f = dossier({
      inburgeraar: { status: 'vertrokken', gewijzigd: '2021-12-01T09:00:00.000Z' },
      statuswijzigingen: [{ naar: 'afgerond', datum: '2021-11-01', correctie: false }],
    });
    expect(signalen(f)[0]!.datum).toBe('2026-12-02');
  });

  it('at death: delete now (onder b)', () => {
    const [s] = signalen(dossier({ inburgeraar: { status: 'overleden' }, statuswijzigingen: [{ naar: 'overleden', datum: '2026-11-02', correctie: false }] }));
    expect(s).toMatchObject({ datum: '2026-11-02', sectie: 'te_laat', artikel: 'art. 9.9 lid 1 onder b Besluit inburgering 2021' });
  });
});

describe('the werkvoorraad of many dossiers', () => {
  it('sorts by date, then name; a snooze moves a signal aside until its date', () => {
    const a = dossier({ inburgeraar: { id: 1, voornamen: 'Zeynep', achternaam: 'Yılmaz', datumKennisgevingDuo: '2026-09-21' } });
    const b = dossier({ inburgeraar: { id: 2, voornamen: 'Amal', achternaam: 'Haddad', datumKennisgevingDuo: '2026-09-21' } });
    const c = dossier({
      inburgeraar: { id: 3, voornamen: 'Bilal', achternaam: 'Ahmadi', datumKennisgevingDuo: '2026-09-14', status: 'intake' },
      afspraken: [{ id: 5, datum: '2026-11-20', tijd: '09:00', plaats: 'Stadhuis' }],
      uitstel: [{ sleutel: 'pip_termijn', tot: VANDAAG, reden: 'wacht op tolk' }, { sleutel: 'afspraak:5', tot: '2026-11-22', reden: 'verlopen' }],
    });
    const { signalen: open, uitgesteld } = signalenVoorWerkvoorraad([a, b, c], VANDAAG, OPTIES);
    expect(open.map((s) => `${s.datum} ${s.naam} ${s.sleutel}`)).toEqual([
      '2026-11-20 Bilal Ahmadi afspraak:5', // an expired snooze is ignored
      '2026-11-30 Amal Haddad pip_termijn',
      '2026-11-30 Zeynep Yılmaz pip_termijn',
    ]);
    expect(uitgesteld).toHaveLength(1);
    expect(uitgesteld[0]).toMatchObject({ inburgeraarId: 3, sleutel: 'pip_termijn', datum: '2026-11-23', tot: VANDAAG, reden: 'wacht op tolk' });
    expect(signalenVoorWerkvoorraad([c], '2026-11-24', OPTIES).uitgesteld).toEqual([]);
  });
});

describe('duo_melden (Wi 34; Besluit 9.2, 9.3)', () => {
  const duo = (meldingen: { veld: DuoVeld; waarde: string; gemeldOp: string }[] = []): DuoFeiten => ({
    pips: [{ status: 'vastgesteld', dagtekening: '2026-11-02', inhoud: { leerroute: 'b1', niveau: 'B1', niveauPerOnderdeel: null, alfabetisering: 'NVT', geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null } }],
    datumOndertekeningPvt: null,
    eindgesprekMap: null,
    zRouteAfgerondOp: null,
    verwijtbaarheid: [],
    mapThemas: [],
    mapSessieUren: [],
    meldingen,
  });

  it('a vastgesteld PIP DUO does not know yet: due two weeks after its dagtekening, on the PIP tab', () => {
    const s = signalen(inTraject({ duo: duo() })).find((x) => x.soort === 'duo_melden')!;
    expect(s).toMatchObject({ sleutel: 'duo_melden', datum: '2026-11-16', tabblad: 'pip', ernst: 'normaal' });
    expect(s.wat).toMatch(/^\d+ gegevens melden aan DUO$/);
    expect(s.toelichting).toContain('dagtekening pip');
    expect(s.artikel).toContain('9.3 lid 2 Besluit inburgering 2021');
  });

  it('disappears once every fact is marked as gemeld with its current value, and comes back when a value changes', () => {
    const alles = duoTeMelden(duo(), STANDAARD_INSTELLINGEN.mapUrenNorm);
    const waarden: Record<string, string> = { dagtekeningPip: '2026-11-02', leerroute: 'b1', niveauLezen: 'B1', niveauLuisteren: 'B1', niveauSchrijven: 'B1', niveauSpreken: 'B1', alfabetisering: 'NVT' };
    const gemeld = alles.map(({ veld }) => ({ veld, waarde: waarden[veld]!, gemeldOp: '2026-11-10' }));
    expect(gemeld.every((m) => m.waarde !== undefined)).toBe(true);
    expect(signalen(inTraject({ duo: duo(gemeld) })).some((x) => x.soort === 'duo_melden')).toBe(false);
    const anders = gemeld.map((m) => (m.veld === 'leerroute' ? { ...m, waarde: 'z' } : m));
    expect(signalen(inTraject({ duo: duo(anders) })).find((x) => x.soort === 'duo_melden')!.wat).toBe('1 gegeven melden aan DUO');
  });
});

describe('handhaving (Wi 22, 23; Awb 4:8, 4:87)', () => {
  const boete = (velden: Partial<DossierFeiten['boetes'][number]>): DossierFeiten['boetes'][number] => ({
    id: 3, soort: 'wi22', status: 'vastgesteld', bedrag: 250, dagtekening: '2026-11-02', bezwaarOntvangenOp: null, zienswijzeTermijnTot: null, zienswijzeOntvangenOp: null,
    rapportDatum: null, betaaldOp: null, invorderingOvergedragenOp: null, nieuweAfspraakOp: '2026-12-14', nieuweAfspraakUitkomst: 'open', ...velden,
  });

  it('a vastgesteld Wi 22 boete: payment within six weeks and the new appointment (Wi 22 lid 2), on the Handhaving tab', () => {
    const s = signalen(dossier({ boetes: [boete({})] })).filter((x) => x.soort === 'handhaving');
    expect(s.map((x) => x.sleutel).sort()).toEqual(['handhaving:betaling:3', 'handhaving:nieuwe_afspraak:3']);
    expect(s.find((x) => x.sleutel === 'handhaving:betaling:3')).toMatchObject({ datum: '2026-12-14', tabblad: 'handhaving', artikel: 'art. 4:87 Awb', ernst: 'normaal' });
  });

  it('gone once paid and the appointment outcome is recorded; a zienswijze term shows until a zienswijze arrives', () => {
    expect(signalen(dossier({ boetes: [boete({ betaaldOp: '2026-11-20', nieuweAfspraakUitkomst: 'verschenen' })] })).filter((x) => x.soort === 'handhaving')).toEqual([]);
    const zienswijze = boete({ status: 'zienswijze', dagtekening: null, zienswijzeTermijnTot: '2026-11-30', nieuweAfspraakOp: null, nieuweAfspraakUitkomst: null });
    expect(signalen(dossier({ boetes: [zienswijze] })).find((x) => x.soort === 'handhaving')).toMatchObject({ datum: '2026-11-30', artikel: 'art. 4:8 Awb', ernst: 'hoog' });
    expect(signalen(dossier({ boetes: [{ ...zienswijze, zienswijzeOntvangenOp: '2026-11-25' }] })).some((x) => x.soort === 'handhaving')).toBe(false);
  });
});
