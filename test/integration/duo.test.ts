import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { DUO_VELD_LABELS, DUO_VELDEN } from '../../shared/domain/duo';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// A dossier from PIP to PVT, reported to DUO, changed by a wijziging, and at the end of the termijn.

const TE_MELDEN_NA_PIP_EN_PVT = [
  'dagtekeningPip', 'leerroute', 'niveauLezen', 'niveauLuisteren', 'niveauSchrijven', 'niveauSpreken', 'intensiteitUren', 'intensiteitUrenPerWeek', 'alfabetisering', 'datumOndertekeningPvt',
] as const;

describe('DUO-meldingen', () => {
  let o: TestOmgeving;
  let nu: Date;
  let id: number;
  let zonderPip: number;
  let bsn: string;
  let ondertekenaarId: number;
  let pipId: number;

  const klok = (iso: string) => {
    nu = new Date(`${iso}T09:00:00Z`);
  };
  const lijst = async (filter: 'nog_te_melden' | 'alles' = 'nog_te_melden') => data(await o.handlers.duoMeldingenLijst({ filter }));
  const meldingenInKluis = () => o.kluis.db.selectFrom('duoMeldingen').selectAll().orderBy('veld').execute();
  const logregels = () => o.kluis.db.selectFrom('logboek').select(['actie', 'objectId', 'resultaat']).orderBy('id').execute();

  beforeEach(async () => {
    klok('2026-04-14');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
    const random = maakRandom(5);
    const persoon = {
      ...synthetischeInburgeraar(random, '2026-04-14', 0),
      doelgroep: 'asielstatushouder' as const, doelgroepcode: 'Asielstatushouder' as const,
      datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    };
    bsn = persoon.bsn;
    id = data(await o.handlers.inburgeraarToevoegen(persoon)).id;
    zonderPip = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-04-14', 1))).id;

    // The PIP (Wi 15), set and sent.
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
    pipId = pip.id;
    data(await o.handlers.pipVaststellen({ pipId, dagtekening: '2026-04-14', ondertekenaarId }));
    data(await o.handlers.pipVerzonden({ pipId, verzenddatum: '2026-04-14' }));

    // The PVT (Besluit 3.1): 12 hours with an excursion, and signed on 25 May.
    klok('2026-06-01');
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'Voorjaar 2026', notitie: null }));
    const sessies: number[] = [];
    for (const [soort, datum, uren, kernwaarde] of [['inleiding_kernwaarden', '2026-05-04', 8, null], ['excursie', '2026-05-11', 2, 'vrijheid'], ['ondertekeningsbijeenkomst', '2026-05-25', 2, null]] as const) {
      sessies.push(data(await o.handlers.pvtSessieToevoegen({ groepId, datum, tijd: '13:30', plaats: 'Bibliotheek', uitvoerder: 'Stichting Samen', tolk: null, uren, soort, kernwaarde })).id);
    }
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [id] }));
    for (const sessieId of sessies) data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: [{ inburgeraarId: id, aanwezig: true }] }));
    data(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: id, datum: '2026-05-25', plaats: 'Voorbeeldstad' }));
    klok('2026-11-23');
  });
  afterEach(async () => o.opruimen());

  it('lists what is still to report, marks it in bulk, and brings a changed fact back with what DUO has', async () => {
    const voor = await lijst();
    expect(voor).toMatchObject({ teMelden: 10, dossiers: 1 });
    expect(voor.rijen.map((r) => r.veld)).toEqual([...TE_MELDEN_NA_PIP_EN_PVT]);
    expect(voor.rijen.every((r) => r.inburgeraarId === id && r.bsn === bsn && r.status === 'nog_te_melden' && r.gemeld === null)).toBe(true);
    expect(voor.rijen.find((r) => r.veld === 'dagtekeningPip')!.waarde).toBe('2026-04-14');
    expect(voor.rijen.find((r) => r.veld === 'datumOndertekeningPvt')!.waarde).toBe('2026-05-25');
    expect(voor.rijen.find((r) => r.veld === 'intensiteitUren')!.waarde).toBe('1200');
    // The dossier without a PIP or PVT has nothing to report.
    expect(voor.rijen.some((r) => r.inburgeraarId === zonderPip)).toBe(false);
    // Paged on the server (issue 14): the third page of four rows holds rows 9 and 10; the counts stay whole.
    expect(data(await o.handlers.duoMeldingenLijst({ filter: 'nog_te_melden', pagina: 2, aantal: 4 }))).toEqual({ ...voor, rijen: voor.rijen.slice(8, 10), totaal: 10 });
    expect(await o.handlers.duoMeldingenLijst({ aantal: 501 })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Ten hoogste 500 rijen') } });

    const items = voor.rijen.map((r) => ({ inburgeraarId: r.inburgeraarId, veld: r.veld }));
    expect(data(await o.handlers.duoGemeldMarkeren({ items, gemeldOp: '2026-11-20' }))).toEqual({ gemarkeerd: 10 });
    expect(await lijst()).toEqual({ rijen: [], totaal: 0, teMelden: 0, dossiers: 0, vandaag: '2026-11-23' });
    const alles = await lijst('alles');
    expect(alles.rijen).toHaveLength(10);
    expect(alles.rijen.every((r) => r.status === 'gemeld' && r.gemeld?.gemeldOp === '2026-11-20')).toBe(true);
    expect((await meldingenInKluis()).find((m) => m.veld === 'leerroute')).toEqual({ inburgeraarId: id, veld: 'leerroute', waarde: 'b1', gemeldOp: '2026-11-20' });
    // The dossier's logboek names the facts, never their values.
    const regels = await logregels();
    expect(regels.at(-2)).toEqual({
      actie: 'gemeld aan DUO: dagtekening PIP, leerroute, niveau lezen, niveau luisteren, niveau schrijven, niveau spreken, intensiteit (uren totaal), intensiteit (uren per week), alfabetisering, datum ondertekening PVT',
      objectId: id,
      resultaat: 'gelukt',
    });
    expect(regels.at(-1)).toEqual({ actie: 'DUO-meldingen als gemeld gemarkeerd: 10 gegevens van 1 dossier', objectId: null, resultaat: 'gelukt' });

    // Fourteen months after the PIP: afschalen for lezen and schrijven (Wi 17 lid 3) changes two levels.
    klok('2027-06-14');
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: id, reden: 'afschalen', toelichting: null }));
    data(await o.handlers.pipConceptOpslaan({
      inburgeraarId: id,
      inhoud: {
        ...VOLLEDIG_PIP, ontzorgen: false, startBijstand: null, niveau: 'A2', niveauPerOnderdeel: { lezen: 'A2', luisteren: 'B1', schrijven: 'A2', spreken: 'B1' },
        wijziging: { urenNt2NaPip: 640, urenBijErkendeInstelling: true, inspanningen: 'Bij 95 procent van de lessen; twee pogingen lezen en schrijven.', feiten: 'B1 voor lezen en schrijven is binnen de termijn niet haalbaar.' },
      },
    }));
    // A concept decides nothing yet.
    expect((await lijst()).teMelden).toBe(0);
    data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2027-06-14', ondertekenaarId }));
    const na = await lijst();
    expect(na.rijen.map((r) => [r.veld, r.waarde, r.status, r.gemeld])).toEqual([
      ['niveauLezen', 'A2', 'nog_te_melden', { waarde: 'B1', gemeldOp: '2026-11-20' }],
      ['niveauSchrijven', 'A2', 'nog_te_melden', { waarde: 'B1', gemeldOp: '2026-11-20' }],
    ]);
    // The dagtekening DUO needs stays the first PIP's (Besluit 9.3 lid 2).
    expect(data(await o.handlers.duoMeldingenDossier({ inburgeraarId: id })).velden.find((v) => v.veld === 'dagtekeningPip')).toMatchObject({ waarde: '2026-04-14', status: 'gemeld' });
  });

  it('refuses a date in the future and an item with nothing to report; nothing is marked', async () => {
    const items = (await lijst()).rijen.map((r) => ({ inburgeraarId: r.inburgeraarId, veld: r.veld }));
    expect(await o.handlers.duoGemeldMarkeren({ items, gemeldOp: '2026-11-24' })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'De datum "Gemeld op" ligt in de toekomst. Kies vandaag of de dag waarop u het in het DUO-portaal hebt gemeld.' },
    });
    expect(await o.handlers.duoGemeldMarkeren({ items: [...items, { inburgeraarId: id, veld: 'datumEindgesprekMap' }], gemeldOp: '2026-11-23' })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Bij een van de gekozen dossiers is "Datum eindgesprek MAP" niet (meer) te melden. Vernieuw de lijst en kies opnieuw; er is niets gemarkeerd.' },
    });
    expect(await o.handlers.duoGemeldMarkeren({ items: [{ inburgeraarId: zonderPip, veld: 'leerroute' }], gemeldOp: '2026-11-23' })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(await o.handlers.duoGemeldMarkeren({ items: [{ inburgeraarId: 9999, veld: 'leerroute' }], gemeldOp: '2026-11-23' })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await o.handlers.duoGemeldMarkeren({ items: [], gemeldOp: '2026-11-23' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Kies ten minste één gegeven') } });
    expect(await meldingenInKluis()).toEqual([]);
    expect((await lijst()).teMelden).toBe(10);
    // Each refusal that reached the use case is in the logboek (the empty list is stopped by the contract).
    const geweigerd = (await logregels()).filter((r) => r.resultaat.startsWith('geweigerd'));
    expect(geweigerd).toHaveLength(4);
  });

  it('exports a real XLSX in DUO’s field order, with the BSN and real date cells', async () => {
    const uitkomst = data(await o.handlers.duoMeldingenExporteren({ filter: 'nog_te_melden' }));
    expect(uitkomst).toEqual({ bestandsnaam: 'DUO-meldingen 23-11-2026.xlsx', opgeslagen: true });
    const bytes = o.opgeslagen.get('DUO-meldingen 23-11-2026.xlsx')!;
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');

    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(werkmap.worksheets.map((w) => w.name)).toEqual(['DUO-meldingen']);
    const blad = werkmap.getWorksheet('DUO-meldingen')!;
    const koppen = (blad.getRow(1).values as unknown[]).slice(1);
    expect(koppen).toEqual(['BSN', 'Naam', ...DUO_VELDEN.map((v) => DUO_VELD_LABELS[v]), 'Nog te melden']);
    expect(blad.rowCount).toBe(2);
    const rij = blad.getRow(2);
    const cel = (kop: string) => rij.getCell(koppen.indexOf(kop) + 1);
    expect(cel('BSN').value).toBe(bsn);
    expect(cel('Dagtekening PIP').value).toEqual(new Date('2026-04-14T12:00:00Z'));
    expect(cel('Dagtekening PIP').numFmt).toBe('dd-mm-yyyy');
    expect(cel('Datum ondertekening PVT').value).toEqual(new Date('2026-05-25T12:00:00Z'));
    expect(cel('Leerroute').value).toBe('B1-route');
    expect(cel('Intensiteit (uren totaal)').value).toBe(1200);
    expect(cel('Datum eindgesprek MAP').value).toBeNull();
    expect(cel('Nog te melden').value).toContain('Dagtekening PIP, Leerroute');
    expect((await logregels()).at(-1)).toEqual({ actie: 'DUO-meldingen geëxporteerd: 1 dossier', objectId: null, resultaat: 'gelukt' });

    // With everything reported there is nothing to export, unless everything is asked for.
    const items = (await lijst()).rijen.map((r) => ({ inburgeraarId: r.inburgeraarId, veld: r.veld }));
    data(await o.handlers.duoGemeldMarkeren({ items, gemeldOp: '2026-11-23' }));
    expect(await o.handlers.duoMeldingenExporteren({ filter: 'nog_te_melden' })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Er is niets meer te melden aan DUO') } });
    o.opgeslagen.clear();
    data(await o.handlers.duoMeldingenExporteren({ filter: 'alles' }));
    const alles = new ExcelJS.Workbook();
    await alles.xlsx.load(Buffer.from(o.opgeslagen.get('DUO-meldingen 23-11-2026.xlsx')!) as unknown as ArrayBuffer);
    expect(alles.getWorksheet('DUO-meldingen')!.rowCount).toBe(2);
  });

  it('verwijtbaarheid only in the last two months of the termijn and only for what is not completed', async () => {
    const vastleggen = (onderdeel: 'pvt' | 'map', vastgesteldOp: string) =>
      o.handlers.verwijtbaarheidVastleggen({ inburgeraarId: id, onderdeel, verwijtbaar: true, vastgesteldOp, toelichting: 'Niet verschenen zonder bericht.' });
    const verwijtbaarheidInKluis = () => o.kluis.db.selectFrom('verwijtbaarheid').selectAll().execute();

    // Termijn 15 April 2026 – 14 April 2029: the window opens on 15 February 2029.
    expect(await vastleggen('map', '2026-11-23')).toEqual({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: 'Verwijtbaarheid legt u vast in de laatste twee maanden van de inburgeringstermijn: van 15 februari 2029 tot en met 14 april 2029. Kies een datum in die periode.' },
    });
    klok('2029-03-01');
    expect(await vastleggen('pvt', '2029-03-01')).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Het PVT is afgerond') } });
    expect(await vastleggen('map', '2029-03-02')).toMatchObject({ ok: false, fout: { message: expect.stringContaining('in de toekomst') } });
    expect(await o.handlers.verwijtbaarheidVastleggen({ inburgeraarId: zonderPip, onderdeel: 'pvt', verwijtbaar: true, vastgesteldOp: '2029-03-01', toelichting: null })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('stel eerst het PIP vast') },
    });
    expect(await verwijtbaarheidInKluis()).toEqual([]);

    const dossierVoor = data(await o.handlers.duoMeldingenDossier({ inburgeraarId: id }));
    expect(dossierVoor.verwijtbaarheid.venster).toEqual({ van: '2029-02-15', tot: '2029-04-14' });
    expect(dossierVoor.verwijtbaarheid.onderdelen.map((d) => [d.onderdeel, d.weigering === null, d.vastgelegd])).toEqual([['pvt', false, null], ['map', true, null]]);

    data(await vastleggen('map', '2029-02-15'));
    expect(await verwijtbaarheidInKluis()).toEqual([{ inburgeraarId: id, onderdeel: 'map', verwijtbaar: 1, vastgesteldOp: '2029-02-15', toelichting: 'Niet verschenen zonder bericht.' }]);
    const rij = (await lijst()).rijen.find((r) => r.veld === 'verwijtbaarMap');
    expect(rij).toMatchObject({ waarde: 'ja', status: 'nog_te_melden' });
    expect(data(await o.handlers.duoMeldingenDossier({ inburgeraarId: id })).verwijtbaarheid.onderdelen[1]!.vastgelegd).toEqual({ verwijtbaar: true, vastgesteldOp: '2029-02-15', toelichting: 'Niet verschenen zonder bericht.' });
    // The logboek names the onderdeel, not the judgement or the text.
    const regel = (await logregels()).filter((r) => r.actie.startsWith('verwijtbaarheid')).at(-1);
    expect(regel).toEqual({ actie: 'verwijtbaarheid vastgelegd: MAP', objectId: id, resultaat: 'gelukt' });

    // The MAP is completed after all (eight themes, the hours, the eindgesprek): DUO gets the date, and the
    // verwijtbaarheid lapses; a new one is refused.
    data(await o.handlers.mapOpslaan({ inburgeraarId: id, themas: MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond', uren: 5, aanbieder: null })), eindgesprek: '2029-03-01' }));
    const naMap = (await lijst()).rijen.filter((r) => r.veld === 'datumEindgesprekMap' || r.veld === 'verwijtbaarMap');
    expect(naMap.map((r) => [r.veld, r.waarde, r.status])).toEqual([['datumEindgesprekMap', '2029-03-01', 'nog_te_melden']]);
    expect(await vastleggen('map', '2029-03-01')).toMatchObject({ ok: false, fout: { message: 'De MAP is afgerond: het eindgesprek was op 1 maart 2029. Verwijtbaarheid meldt u alleen als de MAP niet is afgerond.' } });
  });
});
