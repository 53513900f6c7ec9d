import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { budgetFeiten } from '../../db/budget';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { budgetSectie } from '../../shared/rules/budget';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = new Date('2026-11-23T10:00:00+01:00');

const base64 = (tekst: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(tekst, 'utf8')]).toString('base64');

describe('budget: cost entries, import, views, SPUK and the SiSa worksheet', () => {
  let o: TestOmgeving;
  let asiel: number;
  let gezin: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10, ondertekenaarNaam: 'J. de Vries', ondertekenaarFunctie: 'wethouder',
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const random = maakRandom(13);
    asiel = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(random, '2026-11-23', 0), doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-03-02', datumInschrijvingBrp: '2026-03-10',
    })).id;
    gezin = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(random, '2026-11-23', 1), doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2026-05-04', datumInschrijvingBrp: '2026-04-04',
    })).id;
    // A vastgesteld PIP with the B1 route for the asielstatushouder (written directly: the PIP flow has its own tests).
    await o.kluis.db.insertInto('pips').values({
      inburgeraarId: asiel, versie: 1, soort: 'pip', wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null, status: 'vastgesteld', inhoud: JSON.stringify({ leerroute: 'b1' }),
      dagtekening: '2026-05-01', kenmerk: 'INB-2026-0001', termijnStart: '2026-05-02', verzenddatum: '2026-05-01', bezwaarOntvangenOp: null, bezwaarUitkomst: null, beroepIngesteldOp: null,
      ondertekenaar: null, sjabloonVersie: null, documentId: null, aangemaakt: NU.toISOString(), gewijzigd: NU.toISOString(),
    }).execute();
  });
  afterEach(async () => o.opruimen());

  const logregels = () => o.kluis.db.selectFrom('logboek').select(['actie', 'object', 'objectId', 'resultaat']).orderBy('id').execute();
  const aantalKosten = async () => Number((await o.kluis.db.selectFrom('kosten').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('adds, edits and deletes a cost entry; the logboek has component and amount but never the omschrijving or supplier', async () => {
    const { id } = data(await o.handlers.kostenToevoegen({
      datum: '2026-04-15', leverancier: 'Tolkcentrum Noord', component: 'tolken', bedragCent: 12_550, omschrijving: 'Gesprek met de heer X', inburgeraarId: asiel,
    }));
    const pagina = data(await o.handlers.budgetKosten({ jaar: 2026 }));
    expect(pagina).toMatchObject({ totaal: 1, bedragCent: 12_550 });
    let lijst = pagina.rijen;
    expect(lijst).toHaveLength(1);
    expect(lijst[0]).toMatchObject({ id, bedragCent: 12_550, component: 'tolken', bron: 'invoer', inburgeraarId: asiel });
    expect(lijst[0]!.inburgeraarNaam).toBeTruthy();

    data(await o.handlers.kostenWijzigen({ id, datum: '2026-04-16', leverancier: 'Tolkcentrum Noord', component: 'tolken', bedragCent: 13_000, omschrijving: null, inburgeraarId: null }));
    lijst = data(await o.handlers.budgetKosten({ jaar: 2026 })).rijen;
    expect(lijst[0]).toMatchObject({ datum: '2026-04-16', bedragCent: 13_000, omschrijving: null, inburgeraarId: null, inburgeraarNaam: null });
    data(await o.handlers.kostenVerwijderen({ id }));
    expect(data(await o.handlers.budgetKosten({ jaar: 2026 }))).toEqual({ rijen: [], totaal: 0, bedragCent: 0 });

    const regels = (await logregels()).filter((r) => r.object === 'kosten');
    expect(regels.map((r) => [r.actie, r.objectId])).toEqual([
      ['kosten toegevoegd: Tolken € 125,50', id],
      ['kosten gewijzigd: Tolken € 130,00', id],
      ['kosten verwijderd', id],
    ]);
    expect(JSON.stringify(await logregels())).not.toMatch(/heer X|Tolkcentrum/);
  });

  it('refuses bad entries with a Dutch message and changes nothing', async () => {
    const nul = await o.handlers.kostenToevoegen({ datum: '2026-04-15', leverancier: 'Taalschool', component: 'map', bedragCent: 0, omschrijving: null, inburgeraarId: null });
    expect(nul).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(!nul.ok && nul.fout.message).toContain('Bedrag mag niet 0 zijn.');
    const onbekend = await o.handlers.kostenToevoegen({ datum: '2026-04-15', leverancier: 'Taalschool', component: 'map', bedragCent: 100, omschrijving: null, inburgeraarId: 9999 });
    expect(onbekend).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: 'Deze inburgeraar bestaat niet (meer). Kies een andere inburgeraar of laat het veld leeg.' } });
    const geenDatum = await o.handlers.kostenToevoegen({ datum: '2026-02-30', leverancier: 'Taalschool', component: 'map', bedragCent: 100, omschrijving: null, inburgeraarId: null });
    expect(geenDatum).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(!geenDatum.ok && geenDatum.fout.message).toMatch(/Datum.*(geen geldige datum|vul een datum in)/);
    expect(await aantalKosten()).toBe(0);
    expect((await logregels()).filter((r) => r.object === 'kosten').map((r) => r.resultaat)).toEqual(['geweigerd: NIET_GEVONDEN']);
  });

  it('imports the CSV export: Dutch amounts and dates, codes mapped to components, duplicates skipped', async () => {
    data(await o.handlers.kostenCodeOpslaan({ code: ' 4711 ', component: 'leerroute_b1' }));
    data(await o.handlers.kostenCodeOpslaan({ code: '4720', component: 'map' }));
    expect(data(await o.handlers.kostenCodes({}))).toEqual([{ code: '4711', component: 'leerroute_b1' }, { code: '4720', component: 'map' }]);
    // One entry already in Koers; the file has it too (other case and spacing).
    data(await o.handlers.kostenToevoegen({ datum: '2026-01-31', leverancier: 'Taalschool De Brug', component: 'leerroute_b1', bedragCent: 104_025, omschrijving: 'Lessen januari', inburgeraarId: null }));
    const csv = [
      'Boekdatum;Crediteur;Omschrijving;Kostenplaats;Bedrag',
      '31-01-2026;taalschool de brug;Lessen  januari;4711;1.040,25',
      '28-02-2026;Taalschool De Brug;Lessen februari;4711;1.040,25',
      '2026-03-15;MAP Werkt BV;Module MAP groep 3;4720;"2.500,00"',
      '15-03-2026;MAP Werkt BV;Creditnota;4720;-12,50',
      '15-03-2026;MAP Werkt BV;Creditnota;4720;-12,50',
      '',
    ].join('\r\n');
    const bestand = { bestandsnaam: 'export-2026.csv', inhoud: base64(csv), koppeling: null };
    const v = data(await o.handlers.kostenImportVoorbeeld(bestand));
    expect(v.koppeling).toEqual({ datum: 0, leverancier: 1, omschrijving: 2, code: 3, bedrag: 4, component: null });
    expect(v.rijen.map((r) => [r.rij, r.uitkomst, r.bedragCent, r.component])).toEqual([
      [2, 'dubbel', 104_025, 'leerroute_b1'],
      [3, 'nieuw', 104_025, 'leerroute_b1'],
      [4, 'nieuw', 250_000, 'map'],
      [5, 'nieuw', -1_250, 'map'],
      [6, 'dubbel', -1_250, 'map'],
    ]);
    expect(v.aantallen).toEqual({ totaal: 5, nieuw: 3, dubbel: 2, fout: 0, bedragNieuwCent: 104_025 + 250_000 - 1_250 });
    expect(await aantalKosten()).toBe(1);

    expect(data(await o.handlers.kostenImporteren(bestand))).toEqual({ toegevoegd: 3, dubbel: 2 });
    const { rijen: lijst, totaal } = data(await o.handlers.budgetKosten({ jaar: 2026 }));
    // Paged on the server (issue 14): two rows per page, the second page continues the first.
    const [eerste, tweede] = [data(await o.handlers.budgetKosten({ jaar: 2026, pagina: 0, aantal: 2 })), data(await o.handlers.budgetKosten({ jaar: 2026, pagina: 1, aantal: 2 }))];
    expect([...eerste.rijen, ...tweede.rijen]).toEqual(lijst.slice(0, 4));
    expect(eerste.totaal).toBe(totaal);
    expect(lijst.filter((k) => k.bron === 'import').map((k) => [k.datum, k.bronBestand, k.bronRij, k.bedragCent]).sort()).toEqual([
      ['2026-02-28', 'export-2026.csv', 3, 104_025],
      ['2026-03-15', 'export-2026.csv', 4, 250_000],
      ['2026-03-15', 'export-2026.csv', 5, -1_250],
    ]);
    // The same file again adds nothing.
    expect(data(await o.handlers.kostenImporteren(bestand))).toEqual({ toegevoegd: 0, dubbel: 5 });
    expect(await aantalKosten()).toBe(4);
    expect((await logregels()).filter((r) => r.object === 'budget' && r.actie.startsWith('kosten geïmporteerd')).map((r) => r.actie)).toEqual([
      'kosten geïmporteerd: 3 regels, 2 dubbel overgeslagen',
      'kosten geïmporteerd: 0 regels, 5 dubbel overgeslagen',
    ]);
  });

  it('refuses a file with a bad row as a whole, with a Dutch reason per row, and writes nothing', async () => {
    const csv = [
      'Datum,Leverancier,Bedrag,Component',
      '15-03-2026,Taalschool,"1.040,25",Leerroute B1',
      '31-04-2026,Taalschool,"12,50",MAP',
      '01-05-2026,,tien,Koffie',
    ].join('\n');
    const bestand = { bestandsnaam: 'fout.csv', inhoud: base64(csv, false), koppeling: null };
    const v = data(await o.handlers.kostenImportVoorbeeld(bestand));
    expect(v.rijen.map((r) => r.uitkomst)).toEqual(['nieuw', 'fout', 'fout']);
    const antwoord = await o.handlers.kostenImporteren(bestand);
    expect(antwoord.ok).toBe(false);
    const melding = !antwoord.ok ? antwoord.fout.message : '';
    expect(melding).toContain('2 rijen hebben een fout; er is niets geïmporteerd.');
    expect(melding).toContain('rij 3: Datum "31-04-2026" is geen geldige datum');
    expect(melding).toContain('rij 4: Leverancier ontbreekt. Bedrag "tien" is geen bedrag');
    expect(melding).toContain('Component "Koffie" is onbekend.');
    expect(await aantalKosten()).toBe(0);
    expect((await logregels()).filter((r) => r.object === 'budget').map((r) => r.resultaat)).toEqual(['geweigerd: ONGELDIGE_INVOER']);

    // An unmapped required column: a Dutch sentence naming it.
    const zonder = await o.handlers.kostenImporteren({ ...bestand, koppeling: { datum: 0, leverancier: 1, bedrag: null, omschrijving: null, component: 3, code: null } });
    expect(!zonder.ok && zonder.fout.message).toBe('Kies eerst een kolom voor: Bedrag.');
    // An Excel file instead of a CSV.
    const xlsx = await o.handlers.kostenImportVoorbeeld({ bestandsnaam: 'x.xlsx', inhoud: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]).toString('base64'), koppeling: null });
    expect(!xlsx.ok && xlsx.fout.message).toContain('Sla het in Excel op als CSV');
    expect(await aantalKosten()).toBe(0);
  });

  it('per component and per inburgeraar against the normbedragen; a rate valid from 1 January changes that year only', async () => {
    const kosten = (datum: string, component: 'leerroute_b1' | 'map' | 'tolken' | 'ontzorgen' | 'pvt', bedragCent: number, inburgeraarId: number | null) =>
      o.handlers.kostenToevoegen({ datum, leverancier: 'Leverancier', component, bedragCent, omschrijving: null, inburgeraarId }).then(data);
    await kosten('2026-06-01', 'leerroute_b1', 600_000, asiel);
    await kosten('2026-06-02', 'map', 20_000, gezin);
    await kosten('2026-07-01', 'tolken', 10_000, null);
    await kosten('2026-12-31', 'ontzorgen', 30_000, asiel);
    await kosten('2027-01-01', 'pvt', 21_600, asiel);

    const o2026 = data(await o.handlers.budgetOverzicht({ jaar: 2026 }));
    const rij = (c: string) => o2026.perComponent.find((r) => r.component === c)!;
    // Cohort 2026: the asielstatushouder (B1) and the gezinsmigrant (kennisgeving 2026-05-04).
    expect(o2026.totaal.aantalInCohort).toBe(2);
    expect(rij('leerroute_b1')).toMatchObject({ besteedCent: 600_000, normCent: 1_000_000, verschilCent: 400_000 });
    expect(rij('map')).toMatchObject({ besteedCent: 20_000, normCent: 13_600 + 19_500 });
    expect(rij('tolken')).toMatchObject({ besteedCent: 10_000, normCent: 41_700 + 17_900 });
    expect(rij('pvt')).toMatchObject({ besteedCent: 0, normCent: 21_600 * 2 });
    expect(rij('ontzorgen')).toMatchObject({ besteedCent: 30_000, normCent: 90_000, tenLasteVanSpuk: false });
    expect(o2026.totaal.besteedCent).toBe(660_000);
    expect(o2026.totaal.besteedSpukCent).toBe(630_000);
    const persoon = (id: number) => o2026.perPersoon.find((p) => p.inburgeraarId === id)!;
    // The persons are paged (issue 14): one per page, the count and sums stay those of all of them.
    const tweede = data(await o.handlers.budgetOverzicht({ jaar: 2026, pagina: 1, aantal: 1 }));
    expect(tweede.perPersoon).toEqual(o2026.perPersoon.slice(1, 2));
    expect(tweede.perPersoonTotaal).toEqual({
      aantal: o2026.perPersoon.length,
      besteedJaarCent: o2026.perPersoon.reduce((s, p) => s + p.besteedJaarCent, 0),
      besteedTotaalCent: o2026.perPersoon.reduce((s, p) => s + p.besteedTotaalCent, 0),
      normCent: o2026.perPersoon.reduce((s, p) => s + p.normCent, 0),
    });
    // Asiel, B1: 10.000 + 136 + 1.944 + 216 + 900 + 417 = 13.613; costs in 2026: 6.000 + 300.
    expect(persoon(asiel)).toMatchObject({ doelgroep: 'asielstatushouder', inCohort: true, besteedJaarCent: 630_000, besteedTotaalCent: 630_000, normCent: 1_361_300, verschilCent: 731_300 });
    // Gezinsmigrant: MAP 195 + PVT 216 + tolken 179 = 590.
    expect(persoon(gezin)).toMatchObject({ doelgroep: 'gezinsmigrant', besteedJaarCent: 20_000, normCent: 59_000, verschilCent: 39_000 });
    expect(persoon(asiel).naam).not.toBe('');

    // A new PVT rate for asiel from 1 January 2027, and a gezinsmigrant who starts in 2027.
    data(await o.handlers.normbedragOpslaan({ component: 'pvt', doelgroep: 'asielstatushouder', bedragCent: 30_000, geldigVanaf: '2027-01-01' }));
    data(await o.handlers.normbedragOpslaan({ component: 'pvt', doelgroep: 'gezinsmigrant', bedragCent: 25_000, geldigVanaf: '2027-01-01' }));
    const laat = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(5), '2026-11-23', 2), doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumKennisgevingDuo: '2027-01-01', datumInschrijvingBrp: '2026-12-01',
    })).id;
    // 2026 is unchanged: its cohort started under the 2020 rates.
    expect(data(await o.handlers.budgetOverzicht({ jaar: 2026 })).perComponent.find((r) => r.component === 'pvt')!.normCent).toBe(21_600 * 2);
    const o2027 = data(await o.handlers.budgetOverzicht({ jaar: 2027 }));
    expect(o2027.totaal.aantalInCohort).toBe(1);
    expect(o2027.perComponent.find((r) => r.component === 'pvt')).toMatchObject({ besteedCent: 21_600, normCent: 25_000 });
    // The asielstatushouder is in the 2027 view through the PVT cost, with the norm of the rate at the start of the plicht (2026).
    expect(o2027.perPersoon.find((p) => p.inburgeraarId === asiel)).toMatchObject({ inCohort: false, besteedJaarCent: 21_600, besteedTotaalCent: 651_600, normCent: 1_361_300 });
    expect(o2027.perPersoon.find((p) => p.inburgeraarId === laat)).toMatchObject({ inCohort: true, normCent: 19_500 + 25_000 + 17_900 });

    const normen = data(await o.handlers.normbedragenOphalen({ peildatum: '2027-01-01' }));
    expect(normen.geldend).toContainEqual({ component: 'pvt', doelgroep: 'asielstatushouder', bedragCent: 30_000 });
    expect(data(await o.handlers.normbedragenOphalen({ peildatum: '2026-12-31' })).geldend).toContainEqual({ component: 'pvt', doelgroep: 'asielstatushouder', bedragCent: 21_600 });
  });

  it('SPUK, reservering and the SiSa worksheet read back with exceljs: amounts are number cells', async () => {
    data(await o.handlers.budgetInstellingenOpslaan({ reserveringsruimtePercentage: 10 }));
    data(await o.handlers.spukOpslaan({ jaar: 2026, beschikkingCent: 1_000_000, beschikkingDatum: '2025-12-15', vaststellingCent: null, vaststellingDatum: null }));
    for (const [component, bedragCent] of [['leerroute_b1', 700_000], ['map', 50_000], ['tolken', 25_000], ['kinderopvang', 10_000], ['reiskosten', 5_000], ['ontzorgen', 40_000]] as const) {
      data(await o.handlers.kostenToevoegen({ datum: '2026-05-01', leverancier: 'Leverancier', component, bedragCent, omschrijving: 'regel', inburgeraarId: null }));
    }
    // Besteed ten laste van SPUK: 7.000 + 500 + 250 + 100 + 50 = 7.900; SPUK 10.000 → saldo 2.100; ruimte 1.000 → reservering 1.000, 1.100 terug.
    const overzicht = data(await o.handlers.budgetOverzicht({ jaar: 2026 }));
    expect(overzicht.spuk).toMatchObject({ spukCent: 1_000_000, besteedCent: 790_000, reserveringsruimteCent: 100_000, reserveringCent: 100_000, terugTeBetalenCent: 110_000, overbestedingCent: 0 });
    const indicatoren = data(await o.handlers.sisaIndicatoren({ jaar: 2026 }));
    expect(indicatoren.bevestigd).toBe(false);
    expect(indicatoren.notitie).toContain('Controleer de codes in de SiSa-bijlage van 2026');
    expect(indicatoren.indicatoren.map((i) => i.waardeCent)).toEqual([790_000, 100_000, 0, null]);

    expect(data(await o.handlers.sisaWerkbladOpslaan({ jaar: 2026 }))).toEqual({ bestandsnaam: 'SiSa-werkblad 2026.xlsx', opgeslagen: true });
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(Buffer.from(o.opgeslagen.get('SiSa-werkblad 2026.xlsx')!) as unknown as ArrayBuffer);
    expect(werkmap.worksheets.map((w) => w.name)).toEqual(['SiSa 2026', 'Per component', 'SPUK', 'Kostenregels', 'Toelichting']);
    const sisa = werkmap.getWorksheet('SiSa 2026')!;
    expect(sisa.getRow(1).values).toEqual([undefined, 'Code', 'Indicator', 'Bedrag', 'Toelichting']);
    expect([2, 3, 4].map((r) => sisa.getCell(r, 3).value)).toEqual([7900, 1000, 0]);
    expect(typeof sisa.getCell(2, 3).value).toBe('number');
    expect(String(sisa.getCell(5, 4).value)).toContain('Controleer de codes in de SiSa-bijlage van 2026');

    const perComponent = werkmap.getWorksheet('Per component')!;
    const regels: Record<string, unknown> = {};
    perComponent.eachRow((row, n) => {
      if (n > 1) regels[String(row.getCell(1).value)] = row.getCell(3).value;
    });
    expect(regels).toMatchObject({
      'Leerroute B1': 7000, Onderwijsroute: 0, 'Z-route': 0, MAP: 500, PVT: 0, 'Maatschappelijke begeleiding': 0, Tolken: 250, Kinderopvang: 100, Reiskosten: 50,
      'Totaal ten laste van de SPUK': 7900, Ontzorgen: 400, Overig: 0, 'Totaal alle kosten': 8300,
    });
    const spuk = werkmap.getWorksheet('SPUK')!;
    const posten: Record<string, unknown> = {};
    spuk.eachRow((row, n) => {
      if (n > 1) posten[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(posten).toMatchObject({ 'SPUK beschikking (verlening)': 10000, 'SPUK vaststelling': null, Reservering: 1000, 'Terug te betalen (boven de reserveringsruimte)': 1100 });
    expect(werkmap.getWorksheet('Kostenregels')!.rowCount).toBe(7);
    expect(werkmap.getWorksheet('Kostenregels')!.getCell(2, 1).value).toBeInstanceOf(Date);

    const export_ = (await logregels()).filter((r) => r.object === 'lijst');
    expect(export_.map((r) => r.actie)).toEqual(['SiSa-werkblad geëxporteerd: 2026']);
  });

  it('overspending with the vaststelling: overbesteding toegerekend aan het volgende jaar; no SPUK → no reservering', async () => {
    data(await o.handlers.kostenToevoegen({ datum: '2026-05-01', leverancier: 'Leverancier', component: 'leerroute_b1', bedragCent: 1_200_000, omschrijving: null, inburgeraarId: null }));
    // No SPUK entered.
    let u = data(await o.handlers.budgetOverzicht({ jaar: 2026 })).spuk;
    expect(u).toMatchObject({ spukCent: null, reserveringCent: 0, overbestedingCent: 0 });
    expect(u.meldingen[0]).toContain('De SPUK van 2026 is nog niet ingevuld');
    data(await o.handlers.spukOpslaan({ jaar: 2026, beschikkingCent: 1_500_000, beschikkingDatum: null, vaststellingCent: 1_000_000, vaststellingDatum: '2027-09-30' }));
    u = data(await o.handlers.budgetOverzicht({ jaar: 2026 })).spuk;
    expect(u).toMatchObject({ spukCent: 1_000_000, overbestedingCent: 200_000, reserveringCent: 0 });
    data(await o.handlers.spukOpslaan({ jaar: 2027, beschikkingCent: 1_000_000, beschikkingDatum: null, vaststellingCent: null, vaststellingDatum: null }));
    expect(data(await o.handlers.budgetOverzicht({ jaar: 2027 })).spuk).toMatchObject({ overbestedingVorigJaarCent: 200_000, besteedCent: 0, reserveringCent: 100_000, terugTeBetalenCent: 700_000 });
    const fout = await o.handlers.spukOpslaan({ jaar: 2027, beschikkingCent: 1_000_000, beschikkingDatum: null, vaststellingCent: null, vaststellingDatum: '2028-09-30' });
    expect(!fout.ok && fout.fout.message).toBe('Vul ook het bedrag van de vaststelling in, of maak de datum van de vaststelling leeg.');
    expect(data(await o.handlers.spukJaren({})).find((s) => s.jaar === 2027)!.vaststellingDatum).toBeNull();
  });

  it('SiSa codes entered for a year replace the placeholders from that year on, and go into the worksheet', async () => {
    const codes = { besteding: 'G2A/01', reservering: 'G2A/02', overbesteding: 'G2A/03', toelichting: 'G2A/04' };
    data(await o.handlers.sisaCodesOpslaan({ jaar: 2027, codes }));
    const voor = data(await o.handlers.sisaIndicatoren({ jaar: 2026 }));
    expect(voor).toMatchObject({ vanafJaar: 2022, bevestigd: false });
    expect(voor.indicatoren[0]!.code).toBe('INB/01');
    const na = data(await o.handlers.sisaIndicatoren({ jaar: 2028 }));
    expect(na).toMatchObject({ vanafJaar: 2027, bevestigd: true, notitie: 'Controleer de codes in de SiSa-bijlage van 2028. Koers gebruikt de codes van 2027.' });
    expect(na.indicatoren.map((i) => [i.waarde, i.code])).toEqual([['besteding', 'G2A/01'], ['reservering', 'G2A/02'], ['overbesteding', 'G2A/03'], ['toelichting', 'G2A/04']]);

    data(await o.handlers.sisaWerkbladOpslaan({ jaar: 2027 }));
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(Buffer.from(o.opgeslagen.get('SiSa-werkblad 2027.xlsx')!) as unknown as ArrayBuffer);
    expect([2, 3, 4, 5].map((r) => werkmap.getWorksheet('SiSa 2027')!.getCell(r, 1).value)).toEqual(['G2A/01', 'G2A/02', 'G2A/03', 'G2A/04']);

    // The same code twice is refused, and the stored codes stay.
    const dubbel = await o.handlers.sisaCodesOpslaan({ jaar: 2027, codes: { ...codes, reservering: 'G2A/01' } });
    expect(!dubbel.ok && dubbel.fout.message).toBe('Elke indicator heeft een eigen code. Controleer de codes in de SiSa-bijlage.');
    expect(data(await o.handlers.sisaIndicatoren({ jaar: 2027 })).indicatoren[1]!.code).toBe('G2A/02');
  });

  it('a cost entry outlives the dossier it was linked to: the link is cleared', async () => {
    const { id } = data(await o.handlers.kostenToevoegen({ datum: '2026-05-01', leverancier: 'Leverancier', component: 'tolken', bedragCent: 5_000, omschrijving: null, inburgeraarId: gezin }));
    await o.kluis.db.deleteFrom('inburgeraars').where('id', '=', gezin).execute();
    expect(data(await o.handlers.budgetKosten({ jaar: 2026 })).rijen).toMatchObject([{ id, inburgeraarId: null, bedragCent: 5_000 }]);
  });

  it('budgetFeiten + budgetSectie for the jaarverslag: null without cost entries in the year, aggregates otherwise', async () => {
    expect(budgetSectie(await budgetFeiten(o.kluis.db, 2026))).toBeNull();
    data(await o.handlers.kostenToevoegen({ datum: '2026-05-01', leverancier: 'Leverancier', component: 'map', bedragCent: 13_600, omschrijving: null, inburgeraarId: asiel }));
    const sectie = budgetSectie(await budgetFeiten(o.kluis.db, 2026))!;
    expect(sectie.grafieken[0]!.categorieen).toContain('MAP');
    expect(sectie.tabellen[0]!.rijen.find((r) => r[0] === 'MAP')).toEqual(['MAP', 'ja', 136, 136 + 195, 195]);
    expect(budgetSectie(await budgetFeiten(o.kluis.db, 2025))).toBeNull();
  });
});
