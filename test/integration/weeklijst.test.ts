import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { maakWerkvoorraadPdf, weeknummer, werkvoorraadBestandsnaam, type WeeklijstRij } from '../../electron/documents/werkvoorraad-pdf';
import { dagenTekst } from '../../shared/format';
import { bsnWeergave, datumKort, volledigeNaam } from '../../shared/format';
import { plusDagen } from '../../shared/rules/datum';
import { RESOURCES, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfLettertypen, pdfNaarPng, pdfPaginas, pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';

const NU = new Date('2026-11-23T10:00:00+01:00'); // a Monday, ISO week 48
const VANDAAG = '2026-11-23';

describe('week numbers and day texts of the week list', () => {
  it('counts ISO weeks across year ends', () => {
    expect(weeknummer('2026-11-23')).toBe(48);
    expect(weeknummer('2026-11-29')).toBe(48); // Sunday ends the week
    expect(weeknummer('2026-11-30')).toBe(49);
    expect(weeknummer('2026-01-01')).toBe(1); // a Thursday: week 1
    expect(weeknummer('2026-12-31')).toBe(53); // 2026 starts on a Thursday: 53 weeks
    expect(weeknummer('2027-01-03')).toBe(53); // Sunday still in week 53 of 2026
    expect(weeknummer('2027-01-04')).toBe(1);
    expect(weeknummer('2024-12-30')).toBe(1); // Monday in week 1 of 2025
    expect(weeknummer('2021-01-03')).toBe(53); // Sunday in week 53 of 2020
    expect(weeknummer('2024-02-29')).toBe(9); // leap day
  });

  it('words the days left', () => {
    expect([-3, -1, 0, 1, 5].map(dagenTekst)).toEqual(['3 dagen te laat', '1 dag te laat', 'vandaag', 'morgen', 'nog 5 dagen']);
    expect(werkvoorraadBestandsnaam('2026-11-23', 'pdf')).toBe('Werkvoorraad 23-11-2026.pdf');
    expect(werkvoorraadBestandsnaam('2027-01-04', 'xlsx')).toBe('Werkvoorraad 04-01-2027.xlsx');
  });

  it('continues a long section on the next page with its header and numbers the pages', async () => {
    const rijen: WeeklijstRij[] = Array.from({ length: 70 }, (_, i) => ({
      naam: `Persoon ${String(i + 1).padStart(2, '0')} Đorđević`,
      geboortedatum: '1990-02-28',
      wat: 'PIP vaststellen',
      datum: plusDagen(VANDAAG, (i % 8) - (i < 20 ? 8 : 0)),
      dagenOver: (i % 8) - (i < 20 ? 8 : 0),
      sectie: i < 20 ? 'te_laat' : 'deze_week',
      artikel: 'art. 5.3 lid 1 Besluit inburgering 2021',
    }));
    const pdf = await maakWerkvoorraadPdf(RESOURCES, { gemeentenaam: 'Voorbeeldstad', vandaag: VANDAAG, totEnMet: plusDagen(VANDAAG, 7), rijen }, NU);
    const paginas = pdfPaginas(pdf);
    expect(paginas).toBeGreaterThan(1);
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain(`Pagina 1 van ${paginas}`);
    expect(tekst).toContain(`Pagina ${paginas} van ${paginas}`);
    expect(tekst).toContain('Te laat (20)');
    expect(tekst).toContain('Deze week (50)');
    expect(tekst).toContain('(vervolg)');
    expect(tekst).toContain('Persoon 70 Đorđević');
    // Every page but the first starts with a section heading and the column header.
    for (let p = 2; p <= paginas; p++) {
      const pagina = pdfTekstPlat(pdf, p);
      expect(pagina).toMatch(/^\s*(Te laat|Deze week) \((vervolg|\d+)\) Naam Geboortedatum Wat Datum/);
      for (const kop of ['Dagen', 'Artikel']) expect(pagina).toContain(kop);
    }
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(pdf, 'test-results/documenten/werkvoorraad-weeklijst-lang-pagina-1', 70);
    expect(pdfLettertypen(pdf).every((f) => f.ingebed)).toBe(true);
  });
});

describe('werkvoorraad as PDF week list and XLSX', () => {
  let o: TestOmgeving;
  const random = maakRandom(48);
  const personen: { id: number; naam: string; bsn: string; geboortedatum: string }[] = [];

  async function toevoegen(persoon: number, extra: Record<string, unknown>) {
    const invoer = { ...synthetischeInburgeraar(random, VANDAAG, persoon), ...extra };
    const { id } = data(await o.handlers.inburgeraarToevoegen(invoer as Parameters<typeof o.handlers.inburgeraarToevoegen>[0]));
    const gelezen = data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar;
    personen.push({ id, naam: volledigeNaam(gelezen), bsn: gelezen.bsn, geboortedatum: gelezen.geboortedatum });
    return id;
  }

  beforeEach(async () => {
    personen.length = 0;
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const asiel = { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', huisvestingArt28: true };
    // BRP nine weeks ago: the PIP is due in a week (Besluit 5.3 lid 1), under "deze week".
    await toevoegen(0, { ...asiel, datumKennisgevingDuo: '2026-09-14', datumInschrijvingBrp: '2026-09-21' });
    // BRP eleven weeks ago: the PIP term has passed.
    await toevoegen(1, { ...asiel, datumKennisgevingDuo: '2026-08-31', datumInschrijvingBrp: '2026-09-07' });
    // A gezinsmigrant with a recent kennisgeving: the PIP is weeks away.
    await toevoegen(2, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: false, datumKennisgevingDuo: '2026-11-02', datumInschrijvingBrp: '2026-10-01' });
  });
  afterEach(async () => o.opruimen());

  it('prints te laat and deze week with names and birth dates, never a BSN', async () => {
    const lijst = data(await o.handlers.werkvoorraadLijst({}));
    const opgeslagen = data(await o.handlers.werkvoorraadWeeklijstPdf({}));
    expect(opgeslagen).toEqual({ bestandsnaam: 'Werkvoorraad 23-11-2026.pdf', opgeslagen: true });
    const pdf = o.opgeslagen.get('Werkvoorraad 23-11-2026.pdf')!;
    expect(pdf.byteLength).toBeGreaterThan(5_000);
    const document = await PDFDocument.load(pdf);
    expect(document.getTitle()).toBe('Werkvoorraad week 48 — Voorbeeldstad');
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    mkdirSync('test-results/documenten', { recursive: true });
    writeFileSync('test-results/documenten/werkvoorraad-weeklijst.pdf', pdf);
    pdfNaarPng(pdf, 'test-results/documenten/werkvoorraad-weeklijst-pagina-1', 70);

    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('Werkvoorraad week 48 — Voorbeeldstad');
    expect(tekst).toContain('Afgedrukt op 23 november 2026');
    expect(tekst).toMatch(/Te laat \(\d+\)/);
    expect(tekst).toMatch(/Deze week \(\d+\)/);
    expect(tekst).toContain(`Pagina 1 van ${document.getPageCount()}`);
    const [dezeWeek, teLaat, later] = personen;
    expect(lijst.signalen).toContainEqual(expect.objectContaining({ inburgeraarId: dezeWeek!.id, soort: 'pip_termijn', sectie: 'deze_week', datum: '2026-11-30' }));
    expect(lijst.signalen).toContainEqual(expect.objectContaining({ inburgeraarId: teLaat!.id, soort: 'pip_termijn', sectie: 'te_laat' }));
    for (const p of [dezeWeek!, teLaat!]) {
      expect(tekst).toContain(p.naam);
      expect(tekst).toContain(datumKort(p.geboortedatum));
    }
    expect(tekst).toContain('30-11-2026');
    expect(tekst).toContain('art. 5.3 lid 1');
    // Only te laat and deze week: a person with nothing due in the coming 7 days is not on the list.
    expect(lijst.signalen.filter((s) => s.inburgeraarId === later!.id).every((s) => s.dagenOver > 7)).toBe(true);
    expect(tekst).not.toContain(later!.naam);
    for (const p of personen) {
      expect(tekst).not.toContain(p.bsn);
      expect(tekst).not.toContain(bsnWeergave(p.bsn));
    }
  });

  it('exports every open signal as one XLSX sheet with Dutch headers and real dates, without BSN', async () => {
    const lijst = data(await o.handlers.werkvoorraadLijst({}));
    expect(data(await o.handlers.werkvoorraadExporteren({}))).toEqual({ bestandsnaam: 'Werkvoorraad 23-11-2026.xlsx', opgeslagen: true });
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(o.opgeslagen.get('Werkvoorraad 23-11-2026.xlsx')!.buffer as ArrayBuffer);
    const blad = werkmap.getWorksheet('Werkvoorraad')!;
    expect(blad).toBeDefined();
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(['Naam', 'Geboortedatum', 'Doelgroep', 'Wat', 'Soort', 'Datum', 'Dagen', 'Sectie', 'Artikel']);
    expect(blad.rowCount).toBe(1 + lijst.signalen.length);

    const dezeWeek = personen[0]!;
    const rij = blad.getRows(2, blad.rowCount - 1)!.find((r) => r.getCell(1).value === dezeWeek.naam && r.getCell(5).value === 'PIP vaststellen')!;
    expect(rij.getCell(2).value).toBeInstanceOf(Date);
    expect((rij.getCell(2).value as Date).toISOString().slice(0, 10)).toBe(dezeWeek.geboortedatum);
    expect(rij.getCell(6).value).toBeInstanceOf(Date);
    expect((rij.getCell(6).value as Date).toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(rij.getCell(6).numFmt).toBe('dd-mm-yyyy');
    expect(rij.getCell(7).value).toBe(7);
    expect(rij.getCell(3).value).toBe('Asielstatushouder');
    expect(rij.getCell(8).value).toBe('Deze week');
    expect(String(rij.getCell(9).value)).toContain('art. 5.3 lid 1');

    const alleCellen: string[] = [];
    blad.eachRow((r) => r.eachCell((c) => alleCellen.push(String(c.value))));
    for (const p of personen) expect(alleCellen.some((c) => c.includes(p.bsn))).toBe(false);
  });

  it('applies the screen filters and leaves snoozed signals out', async () => {
    const [dezeWeek, teLaat] = personen;
    data(await o.handlers.werkvoorraadExporteren({ doelgroep: 'asielstatushouder', soort: 'pip_termijn' }));
    const lees = async () => {
      const werkmap = new ExcelJS.Workbook();
      await werkmap.xlsx.load(o.opgeslagen.get('Werkvoorraad 23-11-2026.xlsx')!.buffer as ArrayBuffer);
      const namen: string[] = [];
      werkmap.getWorksheet('Werkvoorraad')!.eachRow((r, n) => n > 1 && namen.push(`${String(r.getCell(1).value)}|${String(r.getCell(5).value)}`));
      return namen.sort();
    };
    expect(await lees()).toEqual([`${dezeWeek!.naam}|PIP vaststellen`, `${teLaat!.naam}|PIP vaststellen`].sort());

    data(await o.handlers.signaalUitstellen({ inburgeraarId: teLaat!.id, sleutel: 'pip_termijn', tot: '2026-11-30', reden: 'Wacht op het verslag van de taaltoets.' }));
    data(await o.handlers.werkvoorraadExporteren({ doelgroep: 'asielstatushouder', soort: 'pip_termijn' }));
    expect(await lees()).toEqual([`${dezeWeek!.naam}|PIP vaststellen`]);
    data(await o.handlers.werkvoorraadWeeklijstPdf({ soort: 'pip_termijn' }));
    const tekst = pdfTekstPlat(o.opgeslagen.get('Werkvoorraad 23-11-2026.pdf')!);
    expect(tekst).toContain(dezeWeek!.naam);
    expect(tekst).not.toContain(teLaat!.naam);
    expect(tekst).toContain('Te laat (0)');
  });

  it('refuses an unknown filter in Dutch and saves nothing', async () => {
    const fout = await o.handlers.werkvoorraadWeeklijstPdf({ doelgroep: 'onbekend' } as never);
    expect(fout).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies een geldige doelgroep.') } });
    const fout2 = await o.handlers.werkvoorraadExporteren({ soort: 'koffie' } as never);
    expect(fout2).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies een geldige soort signaal.') } });
    expect(o.opgeslagen.size).toBe(0);
  });
});
