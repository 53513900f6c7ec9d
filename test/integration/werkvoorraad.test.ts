import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import type { InburgeraarInvoer } from '../../shared/domain/inburgeraar';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Every signal appears through the real handlers and disappears when the fact that settles it is registered
// through its own channel. The clock is Monday 23 November 2026 unless a test moves it.

const VANDAAG = '2026-11-23';
const PIP_ZONDER_ONTZORGEN = { ...VOLLEDIG_PIP, ontzorgen: false, startBijstand: null };
// Wi 13 and 15 lid 2: no begeleiding and no intensiteit of the leerroute for a gezinsmigrant.
const PIP_GEZINSMIGRANT = { ...PIP_ZONDER_ONTZORGEN, geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null, maatschappelijkeBegeleiding: null };

describe('werkvoorraad: signals from the facts, snoozing and wacht op derde', () => {
  let o: TestOmgeving;
  let nu: Date;
  let ondertekenaarId: number;
  const op = (dag: string) => {
    nu = new Date(`${dag}T10:00:00+01:00`);
  };

  beforeEach(async () => {
    op(VANDAAG);
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
  });
  afterEach(async () => o.opruimen());

  async function nieuw(seed: number, velden: Partial<InburgeraarInvoer>): Promise<number> {
    return data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(seed), VANDAAG, seed), huisvestingArt28: false, ...velden })).id;
  }
  const lijst = async () => data(await o.handlers.werkvoorraadLijst({}));
  const van = async (id: number) => (await lijst()).signalen.filter((s) => s.inburgeraarId === id);
  const sleutels = async (id: number) => (await van(id)).map((s) => s.sleutel).sort();
  const signaal = async (id: number, sleutel: string) => (await van(id)).find((s) => s.sleutel === sleutel);
  const logregels = async () => (await o.kluis.db.selectFrom('logboek').select(['actie', 'resultaat']).orderBy('id').execute()).map((r) => `${r.actie} → ${r.resultaat}`);

  async function pipVaststellen(id: number, dagtekening: string, intakeDatum?: string, inhoud = PIP_ZONDER_ONTZORGEN) {
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: intakeDatum ? { ...VOLLEDIGE_INTAKE, ...volledigeIntakeOp(intakeDatum) } : VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: intakeDatum ?? '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud }));
    return data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening, ondertekenaarId })).pip;
  }

  it('PIP term: BRP 9 weeks ago (art. 28) is due this week; gone once the PIP is vastgesteld; the voortgangsgesprek follows', async () => {
    const id = await nieuw(1, { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-09-21', huisvestingArt28: true });
    const termijn = await signaal(id, 'pip_termijn');
    expect(termijn).toMatchObject({ soort: 'pip_termijn', datum: '2026-11-30', dagenOver: 7, sectie: 'deze_week', ernst: 'hoog', tabblad: 'pip' });
    expect(termijn!.artikel).toContain('art. 5.3 lid 1 Besluit inburgering 2021');
    expect(termijn!.toelichting).toContain('inschrijving BRP op 21 september 2026');
    expect(data(await o.handlers.dossierSignalen({ inburgeraarId: id })).signalen.map((s) => s.sleutel).sort()).toEqual(await sleutels(id));

    // Row 1: begeleiding starts on the BRP day; registering it settles the signal.
    expect(await signaal(id, 'begeleiding_starten')).toMatchObject({ datum: '2026-09-21', sectie: 'te_laat', tabblad: 'begeleiding', artikel: 'art. 13 lid 3 Wi 2021' });
    data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2026-09-21', geplandEinde: '2027-09-20', uitvoerder: null, onderdelen: {} }));
    expect(await sleutels(id)).toEqual(['pip_termijn']);

    await pipVaststellen(id, VANDAAG);
    expect(await signaal(id, 'pip_termijn')).toBeUndefined();
    // Wi 34; Besluit 9.3 lid 2: DUO must learn the PIP; two weeks (policy) after its dagtekening. Marking the
    // facts as gemeld settles the signal.
    expect(await signaal(id, 'duo_melden')).toMatchObject({ datum: '2026-12-07', sectie: 'binnen_vier_weken', tabblad: 'pip' });
    const teMelden = data(await o.handlers.duoMeldingenDossier({ inburgeraarId: id })).velden.filter((v) => v.status === 'nog_te_melden');
    expect(teMelden.map((v) => v.veld)).toContain('dagtekeningPip');
    data(await o.handlers.duoGemeldMarkeren({ items: teMelden.map((v) => ({ inburgeraarId: id, veld: v.veld })), gemeldOp: VANDAAG }));
    expect(await signaal(id, 'duo_melden')).toBeUndefined();
    // Besluit 5.3 lid 4: the PIP agrees a gesprek every 6 months.
    expect(await sleutels(id)).toEqual(['voortgangsgesprek']);
    expect(await signaal(id, 'voortgangsgesprek')).toMatchObject({ wat: 'Voortgangsgesprek plannen', datum: '2027-05-23', sectie: 'later', tabblad: 'voortgang' });

    const { id: gesprekId } = data(await o.handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: '2026-12-07', tijd: '10:30', metTolk: false }));
    expect(await sleutels(id)).toEqual([`voortgangsgesprek:${gesprekId}`]);
    expect(await signaal(id, `voortgangsgesprek:${gesprekId}`)).toMatchObject({ datum: '2026-12-07', wat: 'Voortgangsgesprek om 10:30', sectie: 'binnen_vier_weken' });
    op('2026-12-07');
    data(await o.handlers.voortgangsgesprekVastleggen({ inburgeraarId: id, gesprekId, gehouden: '2026-12-07', verslag: 'Het gaat goed met de lessen.' }));
    expect(await signaal(id, `voortgangsgesprek:${gesprekId}`)).toBeUndefined();
    expect(await signaal(id, 'voortgangsgesprek')).toMatchObject({ datum: '2027-06-07' });
  });

  it('wacht op derde (Besluit 5.3 lid 2): noted on the term, two weeks after receipt, logged without the note', async () => {
    const id = await nieuw(2, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2026-09-21', datumInschrijvingBrp: '2026-09-01' });
    const geweigerd = await o.handlers.wachtOpDerdeVastleggen({ inburgeraarId: id, omschrijving: 'Rapport van de huisarts', sinds: '2026-11-24' });
    expect(geweigerd).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('in de toekomst') } });
    expect((await lijst()).wachtOpDerde).toEqual([]);

    data(await o.handlers.wachtOpDerdeVastleggen({ inburgeraarId: id, omschrijving: 'Rapport van de huisarts', sinds: '2026-11-02', verwachtOp: '2026-12-01' }));
    const { wachtOpDerde } = await lijst();
    expect(wachtOpDerde).toEqual([{ inburgeraarId: id, naam: expect.any(String), omschrijving: 'Rapport van de huisarts', sinds: '2026-11-02', verwachtOp: '2026-12-01', ontvangenOp: null }]);
    expect(data(await o.handlers.dossierSignalen({ inburgeraarId: id })).wachtOpDerde).toMatchObject({ sinds: '2026-11-02' });
    const wachtend = await signaal(id, 'pip_termijn');
    expect(wachtend).toMatchObject({ datum: '2026-11-30' });
    expect(wachtend!.toelichting).toContain('Wacht sinds 2 november 2026 op informatie van derden (art. 5.3 lid 2 Besluit inburgering 2021)');

    expect(await o.handlers.wachtOpDerdeOntvangen({ inburgeraarId: id, ontvangenOp: '2026-11-01' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('vóór de datum') } });
    expect(await o.handlers.wachtOpDerdeOntvangen({ inburgeraarId: id, ontvangenOp: '2026-11-24' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('in de toekomst') } });
    expect(await sleutels(id)).toEqual(['pip_termijn']);

    data(await o.handlers.wachtOpDerdeOntvangen({ inburgeraarId: id, ontvangenOp: '2026-11-20' }));
    expect(await sleutels(id)).toEqual(['pip_na_derde']);
    expect(await signaal(id, 'pip_na_derde')).toMatchObject({ datum: '2026-12-04', tabblad: 'pip', artikel: expect.stringContaining('art. 5.3 lid 2 Besluit inburgering 2021') });

    data(await o.handlers.wachtOpDerdeOpheffen({ inburgeraarId: id }));
    expect(await sleutels(id)).toEqual(['pip_termijn']);
    expect((await signaal(id, 'pip_termijn'))!.toelichting).not.toContain('Wacht sinds');
    expect((await lijst()).wachtOpDerde).toEqual([]);

    const log = await logregels();
    expect(log).toEqual(expect.arrayContaining(['wacht op derde vastgelegd → geweigerd: ONGELDIGE_INVOER', 'wacht op derde vastgelegd → gelukt', 'informatie derde ontvangen → gelukt', 'wacht op derde opgeheven → gelukt']));
    expect(log.join('\n')).not.toContain('huisarts');
  });

  it('oproepen (Wi 14): outcome, herhaalde oproep, intake in afwezigheid — each settled by its channel', async () => {
    const id = await nieuw(3, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-09-01' });
    const oproep = (verzonden: string, verschijnenOp: string) => o.handlers.oproepVersturen({ inburgeraarId: id, verzonden, verschijnenOp, tijdEnPlaats: '10.00 uur, gemeentehuis, Markt 1' });
    op('2026-11-02');
    const een = data(await oproep('2026-11-02', '2026-11-10'));
    expect(await signaal(id, `oproep_uitkomst:${een.oproepId}`)).toMatchObject({ datum: '2026-11-10', tabblad: 'intake' });

    op('2026-11-10');
    data(await o.handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
    expect(await signaal(id, `oproep_uitkomst:${een.oproepId}`)).toBeUndefined();
    expect(await signaal(id, `herhaalde_oproep:${een.oproepId}`)).toMatchObject({ datum: '2026-11-17', wat: 'Waarschuwing en herhaalde oproep sturen', artikel: 'art. 14 lid 2 Wi 2021' });

    const twee = data(await oproep('2026-11-11', '2026-11-19'));
    expect((await sleutels(id)).filter((s) => s.startsWith('herhaalde_oproep'))).toEqual([]);
    op('2026-11-19');
    data(await o.handlers.oproepUitkomst({ oproepId: twee.oproepId, uitkomst: 'niet_verschenen' }));
    const drie = data(await oproep('2026-11-19', '2026-11-26'));
    op('2026-11-26');
    data(await o.handlers.oproepUitkomst({ oproepId: drie.oproepId, uitkomst: 'niet_verschenen' }));
    expect(await sleutels(id)).toEqual(['intake_in_afwezigheid', 'pip_termijn']);
    expect(await signaal(id, 'intake_in_afwezigheid')).toMatchObject({ datum: '2026-12-03', ernst: 'hoog', artikel: 'art. 14 lid 2 Wi 2021' });

    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-11-26', inAfwezigheid: true }));
    expect(await sleutels(id)).toEqual(['pip_termijn']);
  });

  it('begeleiding afronden, ontzorgen (Pw 56a) and an afspraak', async () => {
    const id = await nieuw(4, { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2025-11-01', datumInschrijvingBrp: '2025-12-01' });
    data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2025-12-01', geplandEinde: '2026-12-01', uitvoerder: null, onderdelen: {} }));
    expect(await signaal(id, 'begeleiding_afronden')).toMatchObject({ datum: '2026-12-01', dagenOver: 8, sectie: 'binnen_vier_weken', tabblad: 'begeleiding' });
    data(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: VANDAAG }));
    expect(await signaal(id, 'begeleiding_afronden')).toBeUndefined();

    // Six months from 15 June 2026: the last day is 14 December, three weeks away.
    data(await o.handlers.ontzorgenOpslaan({ inburgeraarId: id, startBijstand: '2026-06-15', vasteLasten: ['huur'] }));
    expect(await signaal(id, 'ontzorgen_einde')).toMatchObject({ datum: '2026-12-14', sectie: 'binnen_vier_weken', artikel: 'art. 56a lid 2 Participatiewet' });
    data(await o.handlers.ontzorgenOpslaan({ inburgeraarId: id, startBijstand: '2026-06-15', vasteLasten: ['huur'], uitstroomgesprek: VANDAAG }));
    expect(await signaal(id, 'ontzorgen_einde')).toBeUndefined();

    const { id: afspraakId } = data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: '2026-11-25', tijd: '14:00', plaats: 'Stadhuis', onderwerp: 'Gesprek over de schulden' }));
    const afspraak = await signaal(id, `afspraak:${afspraakId}`);
    expect(afspraak).toMatchObject({ wat: 'Afspraak 14:00, Stadhuis', datum: '2026-11-25', tabblad: 'journaal' });
    expect(JSON.stringify(afspraak)).not.toContain('schulden');
    data(await o.handlers.afspraakAfhandelen({ id: afspraakId, afgehandeld: true }));
    expect(await sleutels(id)).toEqual(['pip_termijn']);
  });

  it('the end of the termijn: verlenging, PVT and MAP (Wi 24), verwijtbaarheid, bezwaar (Awb 7:10), afschalen and schakelen', async () => {
    // A PIP dated 31 December 2023: the termijn runs 1 January 2024 – 31 December 2026.
    op('2023-12-29');
    const id = await nieuw(5, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2023-11-01', datumInschrijvingBrp: '2023-10-01' });
    const pip = await pipVaststellen(id, '2023-12-31', '2023-12-01', PIP_GEZINSMIGRANT);
    expect(pip).toMatchObject({ termijnStart: '2024-01-01', termijnEinde: '2026-12-31' });
    data(await o.handlers.pipVerzonden({ pipId: pip.id, verzenddatum: '2023-12-31' }));

    op(VANDAAG);
    expect(await sleutels(id)).toEqual([
      'duo_melden', 'pvt_map_termijn:map', 'pvt_map_termijn:pvt', 'verlenging', 'verwijtbaarheid_melden:map', 'verwijtbaarheid_melden:pvt', 'voortgangsgesprek',
    ]);
    expect(await signaal(id, 'verlenging')).toMatchObject({ datum: '2026-11-05', sectie: 'te_laat', artikel: expect.stringContaining('art. 4.5 Besluit inburgering 2021') });
    expect(await signaal(id, 'pvt_map_termijn:pvt')).toMatchObject({ datum: '2026-12-31', ernst: 'hoog', tabblad: 'pvt', artikel: 'art. 24 Wi 2021' });

    data(await o.handlers.verwijtbaarheidVastleggen({ inburgeraarId: id, onderdeel: 'pvt', verwijtbaar: false, vastgesteldOp: VANDAAG }));
    expect(await signaal(id, 'verwijtbaarheid_melden:pvt')).toBeUndefined();
    expect(await signaal(id, 'verwijtbaarheid_melden:map')).toBeDefined();

    // PVT: 12 hours with an excursie and the ondertekeningsbijeenkomst, then the signing.
    const groepId = data(await o.handlers.pvtGroepAanmaken({ naam: 'Najaar', notitie: null })).id;
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [id] }));
    const sessie = (datum: string, uren: number, soort: 'inleiding_kernwaarden' | 'excursie' | 'ondertekeningsbijeenkomst') =>
      o.handlers.pvtSessieToevoegen({ groepId, datum, tijd: '13:30', plaats: 'Bibliotheek', uitvoerder: 'Stichting Samen', tolk: null, uren, soort, kernwaarde: soort === 'ondertekeningsbijeenkomst' ? null : 'vrijheid' });
    for (const [datum, uren, soort] of [['2026-10-05', 8, 'inleiding_kernwaarden'], ['2026-10-12', 2, 'excursie'], ['2026-10-19', 2, 'ondertekeningsbijeenkomst']] as const) {
      const { id: sessieId } = data(await sessie(datum, uren, soort));
      data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: [{ inburgeraarId: id, aanwezig: true }] }));
    }
    data(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: id, datum: '2026-10-19', plaats: 'Voorbeeldstad' }));
    expect(await signaal(id, 'pvt_map_termijn:pvt')).toBeUndefined();

    data(await o.handlers.mapOpslaan({ inburgeraarId: id, themas: MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond', uren: 5, aanbieder: null })), eindgesprek: '2026-11-20' }));
    expect(await signaal(id, 'pvt_map_termijn:map')).toBeUndefined();
    expect(await signaal(id, 'verwijtbaarheid_melden:map')).toBeUndefined();

    // Afschalen (Wi 17 lid 3): 600 NT2 hours reached on 30 September 2026.
    data(await o.handlers.leerroutePeriodeOpslaan({ inburgeraarId: id, soort: 'nt2', aanbieder: 'Taalhuis', van: '2024-02-01', tot: '2026-09-30', urenAangeboden: 700, urenGevolgd: 640, verzuimGeoorloofd: 0, verzuimOngeoorloofd: 0 }));
    expect(await signaal(id, 'afschalen')).toMatchObject({ datum: '2026-09-30', ernst: 'info', tabblad: 'voortgang' });
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'afschalen', toelichting: null }));
    const afgeschaald = { ...PIP_GEZINSMIGRANT, niveau: 'A2' as const, niveauPerOnderdeel: { lezen: 'A2' as const, luisteren: 'B1' as const, schrijven: 'A2' as const, spreken: 'B1' as const } };
    data(await o.handlers.pipConceptOpslaan({
      inburgeraarId: id,
      inhoud: { ...afgeschaald, wijziging: { urenNt2NaPip: 640, urenBijErkendeInstelling: true, inspanningen: 'Bij bijna alle lessen aanwezig; twee keer examen gedaan.', feiten: 'De docent en de uitslagen laten zien dat B1 voor lezen en schrijven niet haalbaar is.' } },
    }));
    data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: VANDAAG, ondertekenaarId }));
    expect(await signaal(id, 'afschalen')).toBeUndefined();

    // Bezwaar against the first PIP: the bezwaartermijn ended on Monday 12 Feb 2024 (the 11th was a Sunday,
    // Atw art. 1); six weeks later — long overdue.
    const { bezwaar } = data(await o.handlers.bezwaarRegistreren({ documentId: pip.documentId!, ontvangenOp: '2024-01-15', gronden: 'Niet eens met de leerroute.', adviescommissie: false, verschoonbaar: false }));
    expect(await signaal(id, `bezwaar_beslissen:${bezwaar.id}`)).toMatchObject({ datum: '2024-03-25', sectie: 'te_laat', tabblad: 'bezwaar', artikel: expect.stringContaining('art. 7:10 Awb') });
    expect(await signaal(id, `bezwaar_horen:${bezwaar.id}`)).toMatchObject({ datum: '2024-03-11', artikel: 'art. 7:2 Awb' });
    data(await o.handlers.hoorzittingVastleggen({ bezwaarId: bezwaar.id, afgezienReden: 'Het bezwaar is kennelijk ongegrond.' }));
    expect(await signaal(id, `bezwaar_horen:${bezwaar.id}`)).toBeUndefined();
    // Awb 10:3 lid 3: someone other than the signer of the PIP decides on the bezwaar.
    const bob = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. C.D. Visser', functie: 'jurist bezwaar en beroep', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' })).find((r) => r.naam === 'mr. C.D. Visser')!;
    data(await o.handlers.beslissingOpBezwaarVaststellen({ bezwaarId: bezwaar.id, uitkomst: 'ongegrond', dagtekening: VANDAAG, motivering: 'De leerroute past bij de uitkomst van de intake.', ondertekenaarId: bob.id }));
    expect(await signaal(id, `bezwaar_beslissen:${bezwaar.id}`)).toBeUndefined();

    // The wijziging changed the levels: DUO must learn them too.
    expect(await sleutels(id)).toEqual(['duo_melden', 'verlenging', 'voortgangsgesprek']);
  });

  it('the terms of the gemeente are settings: DUO melden, herhaalde oproep, duration of begeleiding', async () => {
    const instellingen = data(await o.handlers.instellingenOphalen({}));
    const { logo: _logo, ...invoer } = instellingen;
    data(await o.handlers.instellingenOpslaan({ ...invoer, duoMeldenBinnenDagen: 7, begeleidingMaanden: 6 }));
    const id = await nieuw(8, { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-10-05' });
    await pipVaststellen(id, VANDAAG, '2026-11-02');
    // Seven days after the dagtekening instead of fourteen.
    expect(await signaal(id, 'duo_melden')).toMatchObject({ datum: '2026-11-30', sectie: 'deze_week' });
    // An empty planned end becomes six months after the start.
    data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2026-10-05', geplandEinde: null, uitvoerder: null, onderdelen: {} }));
    expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding).toMatchObject({ standaardMaanden: 6, gegevens: { geplandEinde: '2027-04-04' } });
    expect(await o.handlers.instellingenOpslaan({ ...invoer, herhaaldeOproepBinnenDagen: 0 })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('minstens 1 dag') } });
  });

  it('schakelen (Besluit 5.4) shows from eight weeks before the last day and is gone after it', async () => {
    op('2025-05-30');
    const id = await nieuw(6, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2025-04-01', datumInschrijvingBrp: '2025-03-01' });
    await pipVaststellen(id, '2025-05-31', '2025-05-01', PIP_GEZINSMIGRANT);
    op(VANDAAG);
    expect(await signaal(id, 'schakelen')).toMatchObject({ datum: '2026-11-30', ernst: 'info', tabblad: 'voortgang', artikel: 'art. 5.4 Besluit inburgering 2021' });
    op('2026-10-02');
    expect(await signaal(id, 'schakelen')).toBeUndefined();
    op('2026-12-01');
    expect(await signaal(id, 'schakelen')).toBeUndefined();
  });

  it('a closed dossier only gets the bewaartermijn (Besluit 9.9)', async () => {
    const id = await nieuw(7, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2021-06-01', datumInschrijvingBrp: '2021-05-01' });
    data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: '2026-11-25', tijd: '09:00', plaats: 'Stadhuis', onderwerp: 'Afscheid' }));
    data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'vertrokken', datum: '2021-12-10', reden: 'Vertrek naar het buitenland volgens de BRP', nieuweGemeente: null }));
    expect(await van(id)).toEqual([
      expect.objectContaining({ sleutel: 'bewaartermijn', datum: '2026-12-11', dagenOver: 18, tabblad: 'gegevens', artikel: 'art. 9.9 lid 1 onder a Besluit inburgering 2021' }),
    ]);
  });

  it('snoozing needs a reason and a date from today; the logboek names the soort and date, never the reason', async () => {
    const id = await nieuw(8, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2026-09-21', datumInschrijvingBrp: '2026-09-01' });
    const voor = await lijst();

    const zonderReden = await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: 'pip_termijn', tot: '2026-12-01', reden: '  ' });
    expect(zonderReden).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Reden van uitstel is verplicht.') } });
    const verleden = await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: 'pip_termijn', tot: '2026-11-22', reden: 'Tolk pas volgende week' });
    expect(verleden).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('tot vandaag of een latere datum') } });
    const onbekend = await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: 'afspraak:99', tot: '2026-12-01', reden: 'Tolk pas volgende week' });
    expect(onbekend).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: expect.stringContaining('staat niet (meer) open') } });
    expect(await lijst()).toEqual(voor);
    expect(await o.handlers.dossierSignalen({ inburgeraarId: id + 100 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });

    data(await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: 'pip_termijn', tot: '2026-11-27', reden: 'Tolk pas volgende week' }));
    const na = await lijst();
    expect(na.signalen.some((s) => s.inburgeraarId === id)).toBe(false);
    expect(na.uitgesteld).toEqual([expect.objectContaining({ inburgeraarId: id, sleutel: 'pip_termijn', tot: '2026-11-27', reden: 'Tolk pas volgende week', datum: '2026-11-30' })]);
    expect(data(await o.handlers.dossierSignalen({ inburgeraarId: id })).uitgesteld).toHaveLength(1);

    // Until the 27th inclusive; the day after, the signal is back.
    op('2026-11-27');
    expect((await lijst()).uitgesteld).toHaveLength(1);
    op('2026-11-28');
    expect((await lijst()).uitgesteld).toEqual([]);
    expect(await signaal(id, 'pip_termijn')).toBeDefined();

    op(VANDAAG);
    data(await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: 'pip_termijn', tot: '2026-12-15', reden: 'Wacht op gesprek met de tolk' }));
    data(await o.handlers.signaalUitstelOpheffen({ inburgeraarId: id, sleutel: 'pip_termijn' }));
    expect(await signaal(id, 'pip_termijn')).toBeDefined();
    expect(await o.handlers.signaalUitstelOpheffen({ inburgeraarId: id, sleutel: 'pip_termijn' })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });

    const log = await logregels();
    expect(log).toEqual(expect.arrayContaining([
      'signaal uitgesteld → geweigerd: NIET_GEVONDEN',
      'signaal uitgesteld → geweigerd: ONGELDIGE_INVOER',
      'signaal uitgesteld: pip_termijn tot 2026-11-27 → gelukt',
      'uitstel signaal opgeheven: pip_termijn → gelukt',
    ]));
    expect(log.join('\n')).not.toMatch(/Tolk|tolk/);
  });
});
