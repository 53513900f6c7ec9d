import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { celTekst, kerncijferTekst, maakJaarverslagPdf, samenvattingTekst } from '../../electron/documents/jaarverslag-pdf';
import { KERNCIJFER_INDICATOREN, type Jaarverslag, type Kerncijfer } from '../../shared/domain/jaarverslag';
import { RESOURCES } from '../fixtures/omgeving';
import { pdfLettertypen, pdfPaginas, pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';

// The raadsrapportage PDF from a hand-made Jaarverslag (independent of the computation): headings, Dutch
// numbers, the small-cell rule in tables, tiles and charts, repeated table headers, determinism, and PNGs of
// page 1 and a chart page as artifacts (test-results/jaarverslag/, never committed: see .gitignore).

/** "< 5" as the renderer writes it: a no-break space keeps the two together. */
const KLEIN = '<\u00a05';

/**
 * Text in content order (pdftotext -raw), white space folded: the default layout mode of pdftotext drops the
 * space after "<" ("<5") although the PDF draws it.
 */
function rauw(pdf: Uint8Array, pagina?: number): string {
  writeFileSync('test-results/jaarverslag/tekst.pdf', pdf);
  const bereik = pagina ? ['-f', String(pagina), '-l', String(pagina)] : [];
  return execFileSync('pdftotext', ['-raw', ...bereik, '-enc', 'UTF-8', 'test-results/jaarverslag/tekst.pdf', '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
}

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const WAARDEN: Record<(typeof KERNCIJFER_INDICATOREN)[number], number | null> = {
  instroom_totaal: 47,
  instroom_asiel: 31,
  instroom_gezin: 13,
  instroom_overig: 3, // masked
  pip_vastgesteld: 40,
  pip_binnen_termijn: 34,
  pip_doorlooptijd_mediaan_dagen: 52.5,
  route_b1: 22,
  route_onderwijs: 6,
  route_z: 12,
  pvt_ondertekend: 1234,
  map_afgerond: 0,
};

function voorbeeldVerslag(gemaaktOp = '2027-01-15T09:30:00.000Z'): Jaarverslag {
  const kerncijfers: Kerncijfer[] = KERNCIJFER_INDICATOREN.map((indicator) => ({ indicator, waarde: WAARDEN[indicator], omschrijving: `Zin in B1 over ${indicator.replace(/_/g, ' ')}.` }));
  const maandInstroom = [4, 2, 6, 3, 5, 0, 7, 1, 5, 6, 4, 4];
  return {
    jaar: 2026,
    gemeentenaam: 'Voorbeeldstad',
    gemaaktOp,
    drempelKleineAantallen: 5,
    kerncijfers,
    eerdereJaren: [2024, 2025],
    secties: [
      {
        id: 'instroom',
        titel: 'Instroom',
        uitleg: ['Hoeveel mensen kregen de inburgeringsplicht? Wij tellen iedereen in het jaar waarin DUO de brief stuurde.', 'De meeste nieuwe inburgeraars zijn asielstatushouders.'],
        grafieken: [
          { soort: 'staaf', titel: 'Nieuwe inburgeraars per maand', categorieen: MAANDEN, reeksen: [{ naam: '2026', waarden: maandInstroom }], eenheid: 'personen' },
          {
            soort: 'staaf',
            titel: 'Instroom per doelgroep, 2025 en 2026',
            categorieen: ['Asielstatushouders', 'Gezinsmigranten', 'Overige migranten'],
            reeksen: [
              { naam: '2025', waarden: [28, 15, 6] },
              { naam: '2026', waarden: [31, 13, 3] },
            ],
            eenheid: 'personen',
          },
        ],
        tabellen: [
          {
            blad: 'Instroom per maand',
            titel: 'Instroom per maand en doelgroep',
            kolommen: [
              { kop: 'Maand', soort: 'tekst' },
              { kop: 'Asiel', soort: 'aantal' },
              { kop: 'Gezin', soort: 'aantal' },
              { kop: 'Overig', soort: 'aantal' },
              { kop: 'Totaal', soort: 'aantal' },
            ],
            // Long enough to run over a page (repeated header).
            rijen: Array.from({ length: 60 }, (_, i) => [`Maand ${i + 1} van de reeks`, 1000 + i, 7, i % 3 === 0 ? 2 : 0, 1007 + i + (i % 3 === 0 ? 2 : 0)]),
            toelichting: 'Bron: kennisgevingen van DUO zoals vastgelegd in Koers.',
          },
        ],
      },
      {
        id: 'pip',
        titel: 'Het PIP binnen 10 weken',
        uitleg: ['De gemeente moet binnen 10 weken een PIP vaststellen.'],
        grafieken: [
          {
            soort: 'lijn',
            titel: 'Aandeel PIP’s binnen 10 weken per jaar',
            categorieen: ['2024', '2025', '2026'],
            reeksen: [
              { naam: 'Binnen 10 weken', waarden: [71.4, 80, 85] },
              { naam: 'Doel', waarden: [90, 90, 90] },
            ],
            eenheid: '%',
          },
          {
            soort: 'lijn',
            titel: 'PIP’s per kwartaal',
            categorieen: ['K1', 'K2', 'K3', 'K4'],
            reeksen: [{ naam: 'PIP’s', waarden: [12, 3, 15, 10] }],
            eenheid: 'personen',
          },
        ],
        tabellen: [
          {
            blad: 'PIP',
            titel: 'Doorlooptijd en aandeel',
            kolommen: [
              { kop: 'Maat', soort: 'tekst' },
              { kop: 'Waarde', soort: 'getal' },
              { kop: 'Aandeel', soort: 'aandeel' },
              { kop: 'Kosten', soort: 'bedrag' },
            ],
            rijen: [
              ['Mediaan in dagen', 52.5, 12.5, 1040.25],
              ['Gemiddelde in dagen', 58.25, null, 0],
            ],
          },
        ],
      },
    ],
  };
}

function pngVanPagina(pdf: Uint8Array, pagina: number, doel: string): void {
  mkdirSync('test-results/jaarverslag', { recursive: true });
  writeFileSync('test-results/jaarverslag/jaarverslag.pdf', pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(pagina), '-l', String(pagina), '-singlefile', 'test-results/jaarverslag/jaarverslag.pdf', doel]);
}

/** Share of pixels that are not (near) white, from a grey rendering (PGM) of the page. */
function inktAandeel(pdf: Uint8Array, pagina: number): number {
  writeFileSync('test-results/jaarverslag/inkt.pdf', pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(pagina), '-l', String(pagina), '-singlefile', 'test-results/jaarverslag/inkt.pdf', 'test-results/jaarverslag/inkt']);
  const pgm = readFileSync('test-results/jaarverslag/inkt.pgm');
  // Binary PGM: "P5\n<w> <h>\n255\n" then pixels.
  const kop = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const pixels = pgm.subarray(kop[0].length);
  let inkt = 0;
  for (const p of pixels) if (p < 200) inkt += 1;
  return inkt / pixels.length;
}

function pipPaginaUitInhoud(inhoud: string): number {
  return Number(/2\. Het PIP binnen 10 weken [. ]+(\d+)/.exec(inhoud)![1]);
}

describe('the raadsrapportage as PDF', () => {
  beforeAll(() => mkdirSync('test-results/jaarverslag', { recursive: true }));

  it('formats cells the Dutch way and masks small counts', () => {
    expect(celTekst(1234, 'aantal', 5)).toBe('1.234');
    expect(celTekst(4, 'aantal', 5)).toBe(KLEIN);
    expect(celTekst(1, 'aantal', 5)).toBe(KLEIN);
    expect(celTekst(5, 'aantal', 5)).toBe('5');
    expect(celTekst(0, 'aantal', 5)).toBe('0');
    expect(celTekst(3, 'aantal', 1)).toBe('3'); // threshold 1: nothing masked
    expect(celTekst(4, 'getal', 5)).toBe('4'); // not a count
    expect(celTekst(12.5, 'aandeel', 5)).toBe('12,5 %');
    expect(celTekst(1040.25, 'bedrag', 5)).toBe('€ 1.040,25');
    expect(celTekst(52.46, 'dagen', 5)).toBe('52,5');
    expect(celTekst('2026-03-01', 'datum', 5)).toBe('01-03-2026');
    expect(celTekst(null, 'aantal', 5)).toBe('–');
    expect(celTekst('< 5', 'aantal', 5)).toBe(KLEIN); // already masked upstream
  });

  it('words the samenvatting without revealing a masked count', () => {
    const verslag = voorbeeldVerslag();
    const k = (i: (typeof KERNCIJFER_INDICATOREN)[number]) => verslag.kerncijfers.find((c) => c.indicator === i)!;
    expect(kerncijferTekst(k('instroom_overig'), 5)).toBe(KLEIN);
    expect(kerncijferTekst(k('pvt_ondertekend'), 5)).toBe('1.234');
    expect(kerncijferTekst(k('pip_doorlooptijd_mediaan_dagen'), 5)).toBe('52,5 dagen');
    expect(kerncijferTekst(k('map_afgerond'), 5)).toBe('0');
    const tekst = samenvattingTekst(verslag).join(' ');
    expect(tekst).toContain('In 2026 kregen 47 personen in onze gemeente de inburgeringsplicht: 31 asielstatushouders, 13 gezinsmigranten en minder dan 5 overige migranten.');
    expect(tekst).toContain('Wij stelden 40 persoonlijke plannen (PIP’s) vast; 34 (85 %) daarvan binnen de wettelijke termijn van 10 weken.');
    expect(tekst).toContain('binnen 52,5 dagen');
    expect(tekst).not.toMatch(/\b3 overige/);
  });

  it('lays out cover, samenvatting, contents, sections and toelichting with page numbers', async () => {
    const pdf = await maakJaarverslagPdf(voorbeeldVerslag(), RESOURCES);
    qpdfCheck(pdf);
    expect(pdfLettertypen(pdf).every((f) => f.ingebed)).toBe(true);
    const paginas = pdfPaginas(pdf);
    expect(paginas).toBeGreaterThanOrEqual(7);

    const omslag = pdfTekstPlat(pdf, 1);
    expect(omslag).toContain('Jaarverslag inburgering');
    expect(omslag).toContain('2026');
    expect(omslag).toContain('Gemeente Voorbeeldstad');
    expect(omslag).not.toContain('Pagina'); // no number on the cover

    const samenvatting = pdfTekstPlat(pdf, 2);
    expect(samenvatting).toContain('Samenvatting');
    expect(samenvatting).toContain(`Pagina 2 van ${paginas}`);
    expect(samenvatting).toContain('1.234'); // big number, Dutch grouping
    expect(samenvatting).toContain('52,5 dagen');
    expect(rauw(pdf, 2)).toContain('< 5'); // instroom_overig = 3
    expect(samenvatting).toContain('Dat is 85 % van de vastgestelde PIP’s.');
    expect(samenvatting).not.toMatch(/\b3 overige/);

    const inhoud = pdfTekstPlat(pdf, 3);
    expect(inhoud).toMatch(/Inhoud Samenvatting [. ]+2 1\. Instroom [. ]+4 2\. Het PIP binnen 10 weken [. ]+\d+ Toelichting [. ]+\d+/);
    const toelichtingPagina = Number(/Toelichting [. ]+(\d+)/.exec(inhoud)![1]);
    expect(toelichtingPagina).toBeGreaterThan(pipPaginaUitInhoud(inhoud));
    expect(rauw(pdf, toelichtingPagina)).toContain("Daarom tonen wij een aantal onder de 5 als '< 5'.");
    // The secondary suppression explained in B1: what "x" means and why.
    expect(rauw(pdf, toelichtingPagina)).toContain("Soms laten wij ook een groter aantal weg. Dan staat er een 'x'.");
    const pipPagina = Number(/2\. Het PIP binnen 10 weken [. ]+(\d+)/.exec(inhoud)![1]);
    expect(pdfTekstPlat(pdf, pipPagina)).toContain('2. Het PIP binnen 10 weken');

    const alles = pdfTekstPlat(pdf);
    expect(alles).toContain('1. Instroom');
    expect(alles).toContain('Nieuwe inburgeraars per maand');
    expect(alles).toContain('Instroom per doelgroep, 2025 en 2026');
    expect(alles).toContain('Bron: kennisgevingen van DUO zoals vastgelegd in Koers.');
    expect(alles).toContain('1.059'); // a table row, Dutch thousands
    expect(alles).toContain('12,5 %');
    expect(alles).toContain('€ 1.040,25');
    expect(alles).toContain('58,3'); // 58.25 rounded to one decimal
    expect(rauw(pdf)).toContain('71,4 %'); // a value label on the percentage line
    expect(alles).toContain('Pagina 4 van');

    // The long table runs over a page: the continuation repeats title and header.
    const vervolg = Array.from({ length: paginas }, (_, i) => pdfTekstPlat(pdf, i + 1)).findIndex((t) => t.includes('Instroom per maand en doelgroep (vervolg)'));
    expect(vervolg).toBeGreaterThan(0);
    expect(pdfTekstPlat(pdf, vervolg + 1)).toMatch(/Instroom per maand en doelgroep \(vervolg\) Maand Asiel Gezin Overig Totaal/);
  });

  it('never draws a masked count in a chart: only "< 5" where the bar would be', async () => {
    const verslag = voorbeeldVerslag();
    verslag.secties = [
      {
        id: 'proef',
        titel: 'Proef',
        uitleg: ['Een grafiek met een klein aantal.'],
        tabellen: [],
        grafieken: [{ soort: 'staaf', titel: 'Per route', categorieen: ['B1-route', 'Onderwijsroute', 'Z-route'], reeksen: [{ naam: 'PIP’s', waarden: [27, 3, 12] }], eenheid: 'personen' }],
      },
    ];
    const pdf = await maakJaarverslagPdf(verslag, RESOURCES);
    const pagina = rauw(pdf, 4);
    expect(pagina).toContain('Per route');
    expect(pagina).toContain('< 5');
    expect(pagina).toContain('27');
    expect(pagina).toContain('12');
    // Neither a value label "3" nor an axis tick that could betray it: the axis counts in fives here.
    const woorden = pagina.split(' ');
    expect(woorden).not.toContain('3');
    // The same chart without masking (threshold 1) does show the 3.
    verslag.drempelKleineAantallen = 1;
    expect(rauw(await maakJaarverslagPdf(verslag, RESOURCES), 4).split(' ')).toContain('3');
  });

  it('gives the same bytes for the same Jaarverslag, apart from the creation date', async () => {
    const een = await maakJaarverslagPdf(voorbeeldVerslag('2027-01-15T09:30:00.000Z'), RESOURCES);
    const twee = await maakJaarverslagPdf(voorbeeldVerslag('2027-03-02T14:05:59.000Z'), RESOURCES);
    expect(Buffer.from(een).equals(Buffer.from(twee))).toBe(false);
    const zonderDatum = (b: Uint8Array) =>
      Buffer.from(b)
        .toString('latin1')
        .replace(/D:\d{14}Z/g, 'D:DATUM')
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/g, 'DATUM');
    expect(zonderDatum(een)).toBe(zonderDatum(twee));
    expect(zonderDatum(een)).toContain('D:DATUM');
    // A different report gives a different document ID.
    const ander = voorbeeldVerslag();
    ander.kerncijfers[0]!.waarde = 48;
    const id = (b: Uint8Array) => /\/ID \[ <([0-9A-F]+)>/i.exec(Buffer.from(b).toString('latin1'))![1];
    expect(id(await maakJaarverslagPdf(ander, RESOURCES))).not.toBe(id(een));
  });

  it('keeps every word inside the margins: long headings wrap, wide tables shrink, masked bars stay in the plot', async () => {
    const verslag = voorbeeldVerslag();
    verslag.secties.push({
      id: 'breed',
      titel: 'Participatieverklaring en Module Arbeidsmarkt en Participatie, per doelgroep en per maand van het verslagjaar',
      uitleg: ['Een brede tabel en een grafiek waarin alles klein is.'],
      grafieken: [{ soort: 'staaf', titel: 'Alles klein', categorieen: ['A', 'B', 'C'], reeksen: [{ naam: 'x', waarden: [0, 2, 0] }, { naam: 'y', waarden: [null, 0, 1] }], eenheid: 'personen' }],
      tabellen: [
        {
          blad: 'Breed',
          titel: 'Per maand',
          kolommen: [{ kop: 'Onderdeel van het traject', soort: 'tekst' }, ...MAANDEN.map((m) => ({ kop: `${m} (aantal)`, soort: 'aantal' as const })), { kop: 'Totaal bedrag', soort: 'bedrag' }],
          rijen: [['Participatieverklaringstraject afgerond', ...MAANDEN.map((_m, i) => 1000 * i), 123456.78]],
        },
      ],
    });
    const pdf = await maakJaarverslagPdf(verslag, RESOURCES);
    writeFileSync('test-results/jaarverslag/marges.pdf', pdf);
    const html = execFileSync('pdftotext', ['-bbox', 'test-results/jaarverslag/marges.pdf', '-'], { encoding: 'utf8' });
    const woorden = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    expect(woorden.length).toBeGreaterThan(500);
    const rechts = 595.28 - (20 * 72) / 25.4 + 1;
    const links = (25 * 72) / 25.4 - 1;
    const buiten = woorden.filter((w) => Number(w[3]) > rechts || Number(w[1]) < links || Number(w[2]) < 0 || Number(w[4]) > 841.9).map((w) => w[5]);
    expect(buiten).toEqual([]);
    expect(rauw(pdf)).toContain('Participatieverklaring en Module Arbeidsmarkt en Participatie, per doelgroep en per maand van het verslagjaar');
    expect(rauw(pdf)).toContain('minder dan 5'); // the legend explains the faded bar
    // The masked bars of the all-small chart reach the threshold on its own axis, not beyond the plot:
    // their "< 5" labels sit between the chart title and the category labels.
    const pagina = html.split('<page ').find((p) => p.includes('>Alles</word>'))!;
    const y = (tekst: string) => [...pagina.matchAll(new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="[\\d.]+">${tekst}</word>`, 'g'))].map((m) => Number(m[1]));
    const titel = y('Alles')[0]!;
    const categorie = y('B').at(-1)!;
    const maskers = y('&lt;');
    expect(maskers.length).toBeGreaterThanOrEqual(2);
    for (const m of maskers) {
      expect(m).toBeGreaterThan(titel);
      expect(m).toBeLessThan(categorie);
    }
  });

  it('writes PNGs of page 1 and a chart page that are not blank', async () => {
    const pdf = await maakJaarverslagPdf(voorbeeldVerslag(), RESOURCES);
    pngVanPagina(pdf, 1, 'test-results/jaarverslag/pagina-1');
    pngVanPagina(pdf, 4, 'test-results/jaarverslag/grafiekpagina');
    for (const naam of ['pagina-1', 'grafiekpagina']) {
      const png = readFileSync(`test-results/jaarverslag/${naam}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(`test-results/jaarverslag/${naam}.png`).size).toBeGreaterThan(8_000);
    }
    // Ink: the cover has some, the chart page clearly more (bars, hatching, gridlines), neither is full.
    const omslag = inktAandeel(pdf, 1);
    const grafiek = inktAandeel(pdf, 4);
    expect(omslag).toBeGreaterThan(0.005);
    expect(grafiek).toBeGreaterThan(0.03);
    expect(grafiek).toBeLessThan(0.6);
  });
});
