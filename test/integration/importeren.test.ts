import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { IMPORT_VELD_LABELS, SJABLOON_VELDEN, type GekozenKoppeling } from '../../shared/domain/importeren';
import type { Antwoord } from '../../shared/fouten';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { alsCsv, alsXlsx, sjabloonRijen, uniekeBsns, type Sjabloonrij } from '../fixtures/importbestanden';

const NU = new Date('2026-11-23T10:00:00+01:00');
const VANDAAG = '2026-11-23';

function b64(bytes: Buffer | Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fout<T>(antwoord: Antwoord<T>): { code: string; message: string } {
  if (antwoord.ok) throw new Error('verwacht een weigering');
  return antwoord.fout;
}

/** One hand-made row with every fact: a PIP, a signed participatieverklaring and a MAP eindgesprek. */
const VOLLEDIG: Sjabloonrij = {
  bsn: '123456782', achternaam: 'Haddad', tussenvoegsel: null, voornamen: 'Samira', geboortedatum: '14-03-1990', geslacht: 'V', doelgroep: 'asiel',
  datum_kennisgeving_duo: '05-01-2026', datum_inschrijving_brp: '20-02-2026', straat: 'Lindelaan', huisnummer: '12', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
  dagtekening_pip: '02-03-2026', leerroute: 'B1', datum_ondertekening_pvt: '15-09-2026', datum_eindgesprek_map: '01-11-2026',
};
const ZONDER_PIP: Sjabloonrij = { ...VOLLEDIG, bsn: '111222333', voornamen: 'Abdi', achternaam: 'Warsame', geslacht: 'M', doelgroep: 'gezin', dagtekening_pip: null, leerroute: null, datum_ondertekening_pvt: null, datum_eindgesprek_map: null };

describe('importing the caseload', () => {
  let o: TestOmgeving;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  async function wachtOpTaak(taakId: string) {
    for (let i = 0; i < 2000; i += 1) {
      const stand = data(await o.handlers.taakStatus({ taakId }));
      if (stand.status !== 'bezig') return stand;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('taak niet klaar');
  }

  async function importeer(bestand: Buffer, opties: { alleenCorrecte?: boolean; koppeling?: GekozenKoppeling } = {}) {
    const { taakId, totaal } = data(await o.handlers.importStarten({ bestandsnaam: 'lijst.xlsx', inhoud: b64(bestand), koppeling: opties.koppeling ?? null, alleenCorrecte: opties.alleenCorrecte ?? false }));
    const stand = await wachtOpTaak(taakId);
    expect(stand.status).toBe('klaar');
    expect(stand.voortgang).toBe(stand.totaal);
    return { totaal, uitkomst: data(await o.handlers.importUitkomst({ taakId })) };
  }

  const voorbeeld = async (bestand: Buffer) => data(await o.handlers.importVoorbeeld({ bestandsnaam: 'lijst', inhoud: b64(bestand) }));
  const aantalDossiers = async () => data(await o.handlers.inburgeraarsLijst({})).totaal;
  const importRegels = async () => (await o.kluis.db.selectFrom('logboek').select(['actie', 'objectId']).where('actie', 'like', 'geïmporteerd%').execute());

  it('the template has exactly the agreed headers, a text BSN column and an explanation sheet', async () => {
    expect(data(await o.handlers.importsjabloonOpslaan({}))).toEqual({ bestandsnaam: 'Importsjabloon Koers.xlsx', opgeslagen: true });
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(o.opgeslagen.get('Importsjabloon Koers.xlsx')! as unknown as ArrayBuffer);
    const blad = werkmap.worksheets[0]!;
    const koppen = (blad.getRow(1).values as unknown[]).slice(1);
    expect(koppen).toEqual([
      'bsn', 'achternaam', 'tussenvoegsel', 'voornamen', 'geboortedatum', 'geslacht', 'doelgroep', 'datum_kennisgeving_duo', 'datum_inschrijving_brp',
      'straat', 'huisnummer', 'postcode', 'woonplaats', 'dagtekening_pip', 'leerroute', 'datum_ondertekening_pvt', 'datum_eindgesprek_map',
    ]);
    expect(blad.getColumn(1).numFmt).toBe('@');
    expect(blad.getCell('G2').dataValidation.formulae).toEqual(['"asiel,gezin,overig"']);
    expect(werkmap.worksheets[1]!.name).toBe('Toelichting');
    // The empty template itself is refused with a clear message, not half-read.
    expect(fout(await o.handlers.importVoorbeeld({ bestandsnaam: 'sjabloon.xlsx', inhoud: b64(o.opgeslagen.get('Importsjabloon Koers.xlsx')!) })).message).toMatch(/kopregel maar geen rijen/);
  });

  it('imports the template: dossiers, imported PIPs with their termijn, PVT and MAP facts, statuses and logboek', async () => {
    // The template filled in, with Excel date cells for one row.
    const bestand = await alsXlsx([VOLLEDIG, { ...ZONDER_PIP, geboortedatum: new Date(Date.UTC(1985, 6, 1)) }]);
    const vooraf = await voorbeeld(bestand);
    expect(vooraf.koppelingNodig).toBe(false);
    expect(vooraf.rijen.map((r) => [r.rij, r.uitkomst, r.naam])).toEqual([[2, 'nieuw', 'Samira Haddad'], [3, 'nieuw', 'Abdi Warsame']]);
    expect(vooraf.aantallen).toEqual({ totaal: 2, nieuw: 2, aanwezig: 0, fout: 0, metPip: 1 });
    expect(await aantalDossiers()).toBe(0);

    const { uitkomst } = await importeer(bestand);
    expect(uitkomst).toEqual({ nieuw: 2, aanwezig: 0, overgeslagen: 0, metPip: 1 });
    const lijst = data(await o.handlers.inburgeraarsLijst({ aantal: 200 })).rijen;
    const samira = lijst.find((r) => r.bsn === '123456782')!;
    const abdi = lijst.find((r) => r.bsn === '111222333')!;
    expect(samira.status).toBe('in_traject');
    expect(abdi.status).toBe('aangemeld');

    const dossier = data(await o.handlers.inburgeraarOphalen({ id: samira.id }));
    expect(dossier.inburgeraar).toMatchObject({ geboortedatum: '1990-03-14', geslacht: 'vrouw', doelgroepcode: 'Asielstatushouder', nationaliteit: 'Onbekend', taal: 'Onbekend', geimporteerdOp: NU.toISOString() });
    // Wi 11: the termijn runs from the day after the imported dagtekening.
    expect(dossier.inburgeringstermijn).toEqual({ start: '2026-03-03', einde: '2029-03-02' });
    expect(data(await o.handlers.inburgeraarOphalen({ id: abdi.id })).inburgeraar.geboortedatum).toBe('1985-07-01');

    // The PIP tab reads the imported version: vastgesteld, marked imported, no letter.
    const pip = data(await o.handlers.pipOverzicht({ inburgeraarId: samira.id }));
    expect(pip.versies).toHaveLength(1);
    expect(pip.versies[0]).toMatchObject({ status: 'vastgesteld', geimporteerd: true, dagtekening: '2026-03-02', termijnStart: '2026-03-03', kenmerk: null, documentId: null, inhoud: { leerroute: 'b1', niveau: 'B1' } });
    expect(await o.kluis.db.selectFrom('documenten').select('id').execute()).toEqual([]);
    // A wijziging can start from the imported version.
    expect(data(await o.handlers.pipWijzigingStarten({ inburgeraarId: samira.id, reden: 'anders', toelichting: null })).pip.termijnStart).toBe('2026-03-03');

    // The werklijst reads the PVT as signed. The MAP eindgesprek is registered, but the MAP counts as done
    // only with its eight themes and hours (Besluit 3.2), which the template does not carry.
    const werklijst = data(await o.handlers.pvtMapWerklijst({}));
    expect(werklijst.rijen.find((r) => r.id === samira.id)).toMatchObject({ pvtStatus: 'afgerond', mapVanToepassing: true, mapAfgerond: false, termijnEinde: '2029-03-02' });
    expect((await o.kluis.db.selectFrom('mapDossiers').select('eindgesprek').where('inburgeraarId', '=', samira.id).executeTakeFirst())?.eindgesprek).toBe('2026-11-01');

    // Logboek: one line for the import (no personal data), and each dossier shows it was imported.
    expect(await importRegels()).toEqual(expect.arrayContaining([{ actie: 'geïmporteerd: 2 nieuw', objectId: null }, { actie: 'geïmporteerd: met PIP', objectId: samira.id }, { actie: 'geïmporteerd', objectId: abdi.id }]));
    const logboek = data(await o.handlers.logboekDossier({ inburgeraarId: samira.id }));
    expect(logboek.map((r) => r.omschrijving)).toContain('Geïmporteerd: met PIP');
  });

  it('importing the same file again adds nothing', async () => {
    const bestand = await alsXlsx([VOLLEDIG, ZONDER_PIP]);
    await importeer(bestand);
    const tweede = await voorbeeld(bestand);
    expect(tweede.rijen.map((r) => r.uitkomst)).toEqual(['aanwezig', 'aanwezig']);
    const { uitkomst } = await importeer(bestand);
    expect(uitkomst).toEqual({ nieuw: 0, aanwezig: 2, overgeslagen: 0, metPip: 0 });
    expect(await aantalDossiers()).toBe(2);
    expect(await o.kluis.db.selectFrom('pips').select('id').execute()).toHaveLength(1);
  });

  it.each([
    ['semicolon, UTF-8 with BOM', { scheiding: ';', codering: 'utf-8-bom' }],
    ['comma, UTF-8 without BOM', { scheiding: ',', codering: 'utf-8' }],
    ['semicolon, Windows-1252 (Excel on a Dutch Windows)', { scheiding: ';', codering: 'windows-1252' }],
    ['tab, LF line ends', { scheiding: '\t', codering: 'utf-8', regeleinde: '\n' }],
  ] as const)('reads CSV: %s', async (_naam, opties) => {
    const rijen = [{ ...VOLLEDIG, voornamen: 'Zoë', achternaam: 'Çelik', straat: 'Dorpsstraat, achterzijde' }, ZONDER_PIP];
    const vooraf = await voorbeeld(alsCsv(rijen, opties));
    expect(vooraf.bestandsoort).toBe('csv');
    expect(vooraf.rijen.map((r) => [r.uitkomst, r.naam])).toEqual([['nieuw', 'Zoë Çelik'], ['nieuw', 'Abdi Warsame']]);
    await importeer(alsCsv(rijen, opties));
    const dossier = data(await o.handlers.inburgeraarOphalen({ id: data(await o.handlers.inburgeraarsLijst({ aantal: 200 })).rijen.find((r) => r.bsn === '123456782')!.id }));
    expect(dossier.inburgeraar).toMatchObject({ voornamen: 'Zoë', achternaam: 'Çelik', straat: 'Dorpsstraat, achterzijde' });
  });

  it('all or nothing: a row with an error refuses the whole file; only by explicit choice the correct rows go in', async () => {
    const bestand = alsCsv([VOLLEDIG, { ...ZONDER_PIP, bsn: '111222334' }, { ...ZONDER_PIP, bsn: '222333443', doelgroep: 'asielzoeker', geboortedatum: '31-02-1990' }]);
    const vooraf = await voorbeeld(bestand);
    expect(vooraf.rijen.map((r) => r.uitkomst)).toEqual(['nieuw', 'fout', 'fout']);
    expect(vooraf.rijen[1]!.fouten).toEqual([{ kolom: 'bsn', reden: 'Dit BSN klopt niet: het voldoet niet aan de 11-proef. Controleer de cijfers.' }]);
    expect(vooraf.rijen[2]!.fouten).toEqual([
      { kolom: 'geboortedatum', reden: 'Deze datum bestaat niet (zoals 31 februari of maand 13).' },
      { kolom: 'doelgroep', reden: 'Onbekende doelgroep: vul asiel, gezin of overig in.' },
    ]);

    const weigering = fout(await o.handlers.importStarten({ bestandsnaam: 'lijst.csv', inhoud: b64(bestand), koppeling: null, alleenCorrecte: false }));
    expect(weigering.code).toBe('REGEL_GESCHONDEN');
    expect(weigering.message).toContain('Er is niets geïmporteerd: 2 rijen hebben een fout.');
    expect(weigering.message).toContain('Rij 4, kolom doelgroep: Onbekende doelgroep');
    expect(weigering.message).not.toMatch(/111222334|222333443/);
    expect(await aantalDossiers()).toBe(0);
    expect(await importRegels()).toEqual([]);

    const { uitkomst } = await importeer(bestand, { alleenCorrecte: true });
    expect(uitkomst).toEqual({ nieuw: 1, aanwezig: 0, overgeslagen: 2, metPip: 1 });
    expect(await aantalDossiers()).toBe(1);
  });

  it('other headers go through the mapping step; the mapping is saved for next time', async () => {
    const koppen = ['Burgerservicenummer', 'Achternaam', 'Voornaam', 'Geb. datum', 'M/V', 'Doelgroep', 'Straat', 'Huisnr', 'Postcode', 'Woonplaats', 'Opmerking'];
    const rij = ['123456782', 'Haddad', 'Samira', '14-03-1990', 'V', 'asiel', 'Lindelaan', '12', '9911 AB', 'Voorbeeldstad', 'tolk Arabisch'];
    const bestand = alsCsv([rij], { koppen });
    const vooraf = await voorbeeld(bestand);
    expect(vooraf.koppelingNodig).toBe(true);
    expect(vooraf.rijen).toEqual([]);
    expect(vooraf.kolommen.map((k) => [k.kop, k.veld, k.bron])).toEqual([
      ['Burgerservicenummer', 'bsn', 'voorstel'], ['Achternaam', 'achternaam', 'exact'], ['Voornaam', 'voornamen', 'voorstel'], ['Geb. datum', 'geboortedatum', 'voorstel'],
      ['M/V', 'geslacht', 'voorstel'], ['Doelgroep', 'doelgroep', 'exact'], ['Straat', 'straat', 'exact'], ['Huisnr', 'huisnummer', 'voorstel'], ['Postcode', 'postcode', 'exact'],
      ['Woonplaats', 'woonplaats', 'exact'], ['Opmerking', null, 'geen'],
    ]);
    const refused = fout(await o.handlers.importStarten({ bestandsnaam: 'lijst.csv', inhoud: b64(bestand), koppeling: null, alleenCorrecte: false }));
    expect(refused.message).toMatch(/Koppel eerst de kolommen/);
    expect(await aantalDossiers()).toBe(0);

    const koppeling = vooraf.kolommen.map((k) => ({ index: k.index, veld: k.veld }));
    const gekoppeld = data(await o.handlers.importVoorbeeld({ bestandsnaam: 'lijst.csv', inhoud: b64(bestand), koppeling }));
    expect(gekoppeld.koppelingNodig).toBe(false);
    expect(gekoppeld.aantallen.nieuw).toBe(1);
    await importeer(bestand, { koppeling });

    // Next time the same headers need no mapping step.
    const volgende = await voorbeeld(alsCsv([['111222333', ...rij.slice(1)]], { koppen }));
    expect(volgende.koppelingNodig).toBe(false);
    expect(volgende.kolommen.map((k) => k.bron)).toEqual(['opgeslagen', 'exact', 'opgeslagen', 'opgeslagen', 'opgeslagen', 'exact', 'exact', 'opgeslagen', 'exact', 'exact', 'opgeslagen']);
    expect(volgende.aantallen.nieuw).toBe(1);
  });

  it('a cancelled import changes nothing', async () => {
    const { taakId } = data(await o.handlers.importStarten({ bestandsnaam: 'lijst.xlsx', inhoud: b64(await alsXlsx(sjabloonRijen(40, VANDAAG))), koppeling: null, alleenCorrecte: false }));
    data(await o.handlers.taakAnnuleren({ taakId }));
    expect((await wachtOpTaak(taakId)).status).toBe('geannuleerd');
    expect(fout(await o.handlers.importUitkomst({ taakId })).message).toMatch(/niets veranderd/);
    expect(await aantalDossiers()).toBe(0);
    expect(await importRegels()).toEqual([]);
  });

  describe('bad input: a clear Dutch message, and nothing changes', () => {
    async function weigert(bestand: Buffer, melding: RegExp) {
      const inhoud = b64(bestand);
      expect(fout(await o.handlers.importVoorbeeld({ bestandsnaam: 'lijst', inhoud })).message).toMatch(melding);
      const weigering = fout(await o.handlers.importStarten({ bestandsnaam: 'lijst', inhoud, koppeling: null, alleenCorrecte: true }));
      expect(weigering.code).toBe('ONGELDIGE_INVOER');
      expect(weigering.message).toMatch(melding);
      expect(await aantalDossiers()).toBe(0);
      expect(await importRegels()).toEqual([]);
    }

    it('an empty file', () => weigert(Buffer.alloc(0), /Het bestand is leeg/));
    it('only a header', () => weigert(alsCsv([]), /kopregel maar geen rijen/));
    it('a broken (truncated) xlsx', async () => {
      const heel = await alsXlsx([VOLLEDIG]);
      await weigert(heel.subarray(0, Math.floor(heel.length / 2)), /beschadigd/);
    });
    it('a password-protected file (an OLE container with EncryptionInfo)', () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(2048)]);
      return weigert(ole, /met een wachtwoord beveiligd/);
    });
    it('an old .xls file', () => weigert(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), /oud Excel-bestand \(\.xls\)/));
    it('a binary file that is no spreadsheet', () => weigert(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /geen Excel- of CSV-bestand/));
    it('100,000 rows (CSV)', () => {
      const rij = SJABLOON_VELDEN.map((v) => (v === 'bsn' ? '123456782' : 'x'));
      return weigert(alsCsv(Array.from({ length: 100_000 }, () => rij)), /100\.000 rijen.*hoogstens 10\.000/);
    });
    it('too many rows (XLSX, refused before loading)', async () => {
      const bsns = uniekeBsns(25_000);
      await weigert(await alsXlsx(bsns.map((bsn) => [bsn, 'Haddad'])), /rijen\. Koers leest hoogstens 10\.000/);
    });
    it('merged cells', async () => weigert(await alsXlsx([VOLLEDIG, ZONDER_PIP], { bewerk: (blad) => blad.mergeCells('N2:N3') }), /samengevoegde cellen \(bijvoorbeeld N2\)/));
  });

  it('a formula is refused per cell; a BSN stored as a number gets its leading zero back', async () => {
    const bestand = await alsXlsx([
      { ...VOLLEDIG, bsn: 12345672 },
      { ...ZONDER_PIP, geboortedatum: null },
    ], {
      bewerk: (blad) => {
        blad.getCell('E3').value = { formula: 'DATE(1990,3,14)', result: new Date(Date.UTC(1990, 2, 14)) } as ExcelJS.CellFormulaValue;
      },
    });
    const vooraf = await voorbeeld(bestand);
    expect(vooraf.rijen[0]).toMatchObject({ uitkomst: 'nieuw', meldingen: [expect.stringContaining('voorloopnul van het BSN is hersteld')] });
    expect(vooraf.rijen[1]).toMatchObject({ uitkomst: 'fout', fouten: [{ kolom: 'geboortedatum', reden: expect.stringContaining('formule') }] });
    expect(fout(await o.handlers.importStarten({ bestandsnaam: 'lijst.xlsx', inhoud: b64(bestand), koppeling: null, alleenCorrecte: false })).code).toBe('REGEL_GESCHONDEN');
    expect(await aantalDossiers()).toBe(0);
    await importeer(bestand, { alleenCorrecte: true });
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen.map((r) => r.bsn)).toEqual(['012345672']);
  });

  it('exports the inburgeraars with Dutch headers and real date cells', async () => {
    await importeer(await alsXlsx([VOLLEDIG, ZONDER_PIP]));
    const { bestandsnaam, opgeslagen } = data(await o.handlers.inburgeraarsExporteren({}));
    expect(opgeslagen).toBe(true);
    expect(bestandsnaam).toBe('Inburgeraars 2026-11-23.xlsx');
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(o.opgeslagen.get(bestandsnaam)! as unknown as ArrayBuffer);
    const blad = werkmap.worksheets[0]!;
    const koppen = (blad.getRow(1).values as unknown[]).slice(1);
    expect(koppen.slice(0, 5)).toEqual(['BSN', 'Achternaam', 'Tussenvoegsel', 'Voornamen', 'Geboortedatum']);
    expect(koppen).toContain(IMPORT_VELD_LABELS.dagtekening_pip);
    const rij = [2, 3].map((r) => blad.getRow(r)).find((r) => r.getCell(1).value === '123456782')!;
    expect(rij.getCell(5).value).toEqual(new Date('1990-03-14T12:00:00Z'));
    expect(rij.getCell(koppen.indexOf('Dagtekening PIP') + 1).value).toBeInstanceOf(Date);
    expect(rij.getCell(koppen.indexOf('Leerroute') + 1).value).toBe('B1-route');
  });

  it('exports the PVT and MAP werklijst with the same rows as the screen', async () => {
    await importeer(await alsXlsx([VOLLEDIG, ...sjabloonRijen(20, VANDAAG)]));
    const scherm = data(await o.handlers.pvtMapWerklijst({}));
    expect(scherm.rijen.length).toBeGreaterThan(5);
    const { bestandsnaam } = data(await o.handlers.pvtWerklijstExporteren({}));
    expect(bestandsnaam).toBe('Werklijst PVT en MAP 2026-11-23.xlsx');
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(o.opgeslagen.get(bestandsnaam)! as unknown as ArrayBuffer);
    const blad = werkmap.worksheets[0]!;
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(['Naam', 'Geboortedatum', 'Doelgroep', 'Einde inburgeringstermijn', 'PVT', 'PVT-uren', 'MAP', 'Groep']);
    const namen = scherm.rijen.map((_r, i) => blad.getRow(i + 2).getCell(1).value);
    expect(namen).toEqual(scherm.rijen.map((r) => r.naam));
    const eersteEinde = scherm.rijen[0]!.termijnEinde!;
    expect(blad.getRow(2).getCell(4).value).toEqual(new Date(`${eersteEinde}T12:00:00Z`));
    expect(blad.rowCount).toBe(scherm.rijen.length + 1);
  });

  it('round trip: export → import into an empty vault → the same dossiers', async () => {
    // Dossiers made two ways: imported (with PIP, PVT, MAP) and entered in Koers.
    await importeer(await alsXlsx([VOLLEDIG, ...sjabloonRijen(30, VANDAAG)]));
    const random = maakRandom(5);
    for (let i = 0; i < 5; i += 1) data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(random, VANDAAG, i), bsn: uniekeBsns(1, 800_000_000 + i * 1000)[0]! }));
    const { bestandsnaam } = data(await o.handlers.inburgeraarsExporteren({}));
    const bestand = Buffer.from(o.opgeslagen.get(bestandsnaam)!);

    const doel = testOmgeving({ nu: () => NU });
    try {
      data(await doel.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
      const vooraf = data(await doel.handlers.importVoorbeeld({ bestandsnaam, inhoud: b64(bestand) }));
      expect(vooraf.koppelingNodig).toBe(false);
      expect(vooraf.rijen.filter((r) => r.fouten.length)).toEqual([]);
      expect(vooraf.aantallen).toMatchObject({ nieuw: 36, fout: 0 });
      const { taakId } = data(await doel.handlers.importStarten({ bestandsnaam, inhoud: b64(bestand), koppeling: null, alleenCorrecte: false }));
      for (let stand = data(await doel.handlers.taakStatus({ taakId })); stand.status === 'bezig'; stand = data(await doel.handlers.taakStatus({ taakId }))) await new Promise((r) => setTimeout(r, 10));
      expect(data(await doel.handlers.importUitkomst({ taakId })).nieuw).toBe(36);

      // Everything the list carries is the same: the dossier, its PIP (dagtekening, route, termijn), PVT and MAP.
      const beeld = async (omgeving: TestOmgeving) => {
        const uit = new Map<string, unknown>();
        for (const { id, bsn } of data(await omgeving.handlers.inburgeraarsLijst({ aantal: 200 })).rijen) {
          const { inburgeraar: i, inburgeringstermijn } = data(await omgeving.handlers.inburgeraarOphalen({ id }));
          const pip = data(await omgeving.handlers.pipOverzicht({ inburgeraarId: id })).versies.at(-1);
          const pvt = await omgeving.kluis.db.selectFrom('pvtDossiers').select('datumOndertekening').where('inburgeraarId', '=', id).executeTakeFirst();
          const map = await omgeving.kluis.db.selectFrom('mapDossiers').select('eindgesprek').where('inburgeraarId', '=', id).executeTakeFirst();
          uit.set(bsn, {
            naam: [i.voornamen, i.tussenvoegsel, i.achternaam], geboortedatum: i.geboortedatum, geslacht: i.geslacht, doelgroep: i.doelgroep, doelgroepcode: i.doelgroepcode,
            nationaliteit: i.nationaliteit, taal: i.taal, adres: [i.straat, i.huisnummer, i.postcode, i.woonplaats], kennisgeving: i.datumKennisgevingDuo, brp: i.datumInschrijvingBrp,
            inburgeringstermijn, pip: pip ? [pip.dagtekening, pip.inhoud.leerroute, pip.termijnStart] : null, pvt: pvt?.datumOndertekening ?? null, map: map?.eindgesprek ?? null,
          });
        }
        return uit;
      };
      const bron = await beeld(o);
      expect(bron.size).toBe(36);
      expect(await beeld(doel)).toEqual(bron);
    } finally {
      await doel.opruimen();
    }
  });

  it('a regisseur’s list of 150 rows with some mistakes: every error explained, the rest imported by choice', async () => {
    const rijen = sjabloonRijen(150, VANDAAG, 77);
    rijen[9] = { ...rijen[9]!, bsn: '123456789' };
    rijen[20] = { ...rijen[20]!, geboortedatum: '31-06-1988' };
    rijen[41] = { ...rijen[41]!, doelgroep: 'vluchteling' };
    rijen[42] = { ...rijen[42]!, postcode: '12345' };
    const bestand = await alsXlsx(rijen);
    const vooraf = await voorbeeld(bestand);
    expect(vooraf.aantallen).toMatchObject({ totaal: 150, fout: 4 });
    expect(vooraf.rijen.filter((r) => r.uitkomst === 'fout').map((r) => [r.rij, r.fouten.map((f) => f.kolom)])).toEqual([[11, ['bsn']], [22, ['geboortedatum']], [43, ['doelgroep']], [44, ['postcode']]]);
    const { uitkomst } = await importeer(bestand, { alleenCorrecte: true });
    expect(uitkomst.nieuw).toBe(146);
  });
});
