import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Brief, BriefSectie } from '../../shared/domain/brief';
import { STANDAARD_INSTELLINGEN, type Instellingen } from '../../shared/domain/instellingen';
import { maakBriefPdf } from '../../electron/documents/brief-pdf';
import { RESOURCES } from '../fixtures/omgeving';
import { pdfPaginas, pdfTekst } from '../fixtures/pdf';

// Page layout of letters: letters of growing body length are rendered to real PDFs and read back page by
// page with pdftotext. Every printed line is matched, in order, to the part of the Brief it came from, so
// the checks below know for each line which paragraph, heading, list row or signature line it belongs to.

const INSTELLINGEN: Instellingen = {
  ...STANDAARD_INSTELLINGEN,
  gemeentenaam: 'Voorbeeldstad',
  postadres: 'Postbus 100',
  postcode: '9900 AA',
  plaats: 'Voorbeeldstad',
  logo: null,
};
const VOETTEKST = 'INB-2026-0042';

const ZINNEN = [
  'Wij hebben uw situatie zorgvuldig bekeken.',
  'Daarbij hebben wij rekening gehouden met uw persoonlijke omstandigheden en met wat u ons in het gesprek hebt verteld.',
  'U volgt de B1-route bij een taalschool die door de gemeente is gecontracteerd.',
  'De lessen beginnen in de week na de dagtekening van deze brief.',
  'Als u niet naar de lessen gaat, kunnen wij u een boete opleggen.',
  'Wij vinden het belangrijk dat u zo snel mogelijk meedoet in de samenleving.',
  'Uw klantmanager neemt binnenkort contact met u op om de afspraken te bespreken.',
  'Het plan kan worden gewijzigd als uw omstandigheden veranderen.',
  'In de bijlage leest u welke onderdelen bij uw plan horen.',
  'Deze termijn staat in artikel 7 van de Wet inburgering 2021.',
  'Hebt u vragen over deze brief, bel dan met de regisseur inburgering.',
  'De kosten van het taalonderwijs worden door de gemeente betaald.',
];

/** A small deterministic generator (mulberry32), so every run prints the same letters. */
function willekeurig(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `aantal` paragraphs of one to nine sentences each. */
function alineas(aantal: number, zaad = 7): string[] {
  const random = willekeurig(zaad);
  return Array.from({ length: aantal }, () => {
    const zinnen = 1 + Math.floor(random() * 9);
    return Array.from({ length: zinnen }, () => ZINNEN[Math.floor(random() * ZINNEN.length)]!).join(' ');
  });
}

function brief(secties: BriefSectie[], metBijlage = true): Brief {
  return {
    titel: 'Testbrief',
    geadresseerde: ['De heer K. Jansen', 'Dorpsstraat 1', '9900 AB Voorbeeldstad'],
    referentie: [
      { label: 'Ons kenmerk', waarde: VOETTEKST },
      { label: 'Datum', waarde: '14 april 2026' },
      { label: 'Behandeld door', waarde: 'R. Jansen' },
      { label: 'Telefoon', waarde: '14 0123' },
    ],
    onderwerp: 'Persoonlijk plan inburgering en participatie',
    aanhef: 'Geachte heer Jansen,',
    secties,
    slot: 'Met vriendelijke groet,',
    ondertekening: {
      namens: ['Burgemeester en wethouders van Voorbeeldstad,', 'namens dezen,'],
      naam: 'mr. A.B. de Boer',
      functie: 'teamleider Werk en Inkomen',
      mandaat: 'Ondertekend in mandaat (Mandaatbesluit Sociaal Domein 2025)',
    },
    bijlagen: metBijlage ? [{ titel: 'Bijlage 1 — Overzicht', secties: [{ kop: 'Onderdelen', alineas: ['Dit overzicht hoort bij de beschikking.'], lijst: [] }] }] : [],
  };
}

/** `n` paragraphs in sections of five under a heading; the second section ends with a list. */
function briefMetAlineas(n: number): Brief {
  const tekst = alineas(n);
  const secties: BriefSectie[] = [];
  for (let i = 0; i < n; i += 5) {
    const nummer = secties.length + 1;
    secties.push({
      kop: `${nummer}. Overweging ${nummer}`,
      alineas: tekst.slice(i, i + 5),
      lijst: nummer === 2
        ? [
            { label: 'Leerroute', waarde: 'B1-route, taalniveau B1, bij een taalschool die door de gemeente is gecontracteerd en die de lessen overdag geeft' },
            { label: 'Participatieverklaringstraject (art. 15 lid 1 onder c)', waarde: 'Najaar 2026' },
            { label: 'Module arbeidsmarkt en participatie', waarde: 'Ongeveer 40 uur, met een praktijkdeel bij een werkgever in de buurt van uw woning' },
          ]
        : [],
    });
  }
  return brief(secties);
}

/** `k` one-line paragraphs, then a closing section whose heading is followed by one paragraph of `slotzinnen` sentences. */
function briefMetVulling(k: number, slotzinnen: number): Brief {
  return brief([
    { kop: 'Besluit', alineas: Array.from({ length: k }, (_, i) => `Wij hebben punt ${i + 1} van uw aanvraag bekeken.`), lijst: [] },
    { kop: 'Bezwaar', alineas: [ZINNEN.slice(0, slotzinnen).join(' ')], lijst: [] },
  ]);
}

type Soort = 'aanhef' | 'kop' | 'alinea' | 'label' | 'waarde' | 'ondertekening' | 'bijlagetitel';
interface Onderdeel {
  soort: Soort;
  tekst: string;
}
interface Regel {
  pagina: number;
  onderdeel: number;
  tekst: string;
}

/** The parts of the letter in print order: the body, the signature block, then the bijlagen. */
function onderdelen(b: Brief): Onderdeel[] {
  const uit: Onderdeel[] = [{ soort: 'aanhef', tekst: b.aanhef }];
  const secties = (lijst: BriefSectie[]) => {
    for (const s of lijst) {
      if (s.kop) uit.push({ soort: 'kop', tekst: s.kop });
      for (const a of s.alineas) uit.push({ soort: 'alinea', tekst: a });
      for (const r of s.lijst) uit.push({ soort: 'label', tekst: r.label }, { soort: 'waarde', tekst: r.waarde });
    }
  };
  secties(b.secties);
  const o = b.ondertekening;
  for (const tekst of [b.slot, ...o.namens, o.naam, o.functie, ...(o.mandaat ? [o.mandaat] : [])]) uit.push({ soort: 'ondertekening', tekst });
  for (const bijlage of b.bijlagen) {
    uit.push({ soort: 'bijlagetitel', tekst: bijlage.titel });
    secties(bijlage.secties);
  }
  return uit;
}

/**
 * Reads the PDF page by page and assigns every printed line to a part, in order. Page 1 starts at the
 * aanhef (the briefhoofd, address and referentieregel come before it); footer lines are skipped.
 */
function leesRegels(bytes: Uint8Array, delen: Onderdeel[]): { paginas: number; regels: Regel[]; voetregels: string[][] } {
  const paginas = pdfPaginas(bytes);
  // One pdftotext run for the whole document, split at its form feeds (one per page), is much faster
  // than one run per page; the signature page is read again on its own below (-f N -l N).
  const perPagina = pdfTekst(bytes).split('\f').slice(0, paginas);
  expect(perPagina).toHaveLength(paginas);
  const regels: Regel[] = [];
  const voetregels: string[][] = [];
  let deel = -1;
  let rest = '';
  for (let pagina = 1; pagina <= paginas; pagina++) {
    const lijnen = perPagina[pagina - 1]!.split('\n').map((r) => r.trim()).filter(Boolean);
    voetregels.push(lijnen.filter((r) => /Pagina \d+ van \d+/.test(r)));
    let begonnen = pagina > 1;
    for (const lijn of lijnen) {
      if (/Pagina \d+ van \d+/.test(lijn) || lijn === VOETTEKST) continue;
      if (!begonnen) {
        if (lijn !== delen[0]!.tekst) continue;
        begonnen = true;
      }
      if (rest.startsWith(lijn)) {
        rest = rest.slice(lijn.length).trimStart();
      } else {
        deel += 1;
        const volgende = delen[deel];
        if (!volgende || !volgende.tekst.startsWith(lijn) || rest !== '') {
          throw new Error(`Regel ${JSON.stringify(lijn)} op pagina ${pagina} hoort niet bij ${JSON.stringify(volgende?.tekst)} (nog open: ${JSON.stringify(rest)})`);
        }
        rest = volgende.tekst.slice(lijn.length).trimStart();
      }
      regels.push({ pagina, onderdeel: deel, tekst: lijn });
    }
  }
  expect(rest, 'the last part is printed in full').toBe('');
  expect(deel, 'every part of the letter is printed').toBe(delen.length - 1);
  return { paginas, regels, voetregels };
}

interface Uitkomst {
  paginas: number;
  handtekeningPagina: number;
  tekstregelsErvoor: number;
}

/** Checks every layout rule on one rendered letter and returns a summary for the report. */
async function controleer(b: Brief): Promise<Uitkomst> {
  const bytes = await maakBriefPdf(RESOURCES, b, INSTELLINGEN, VOETTEKST);
  const delen = onderdelen(b);
  const { paginas, regels, voetregels } = leesRegels(bytes, delen);
  const paginaVan = (i: number) => regels.filter((r) => r.onderdeel === i).map((r) => r.pagina);

  // "Pagina x van y" on every page, with the right numbers.
  voetregels.forEach((voet, index) => {
    expect(voet).toHaveLength(1);
    expect(voet[0]).toContain(`Pagina ${index + 1} van ${paginas}`);
  });

  // The signature block is whole on one page...
  const handtekening = delen.flatMap((d, i) => (d.soort === 'ondertekening' ? [i] : []));
  const handtekeningPaginas = new Set(handtekening.flatMap(paginaVan));
  expect(handtekeningPaginas.size, 'signature block on one page').toBe(1);
  const [handtekeningPagina] = [...handtekeningPaginas] as [number];
  const handtekeningTekst = pdfTekst(bytes, handtekeningPagina);
  for (const deel of handtekening) expect(handtekeningTekst).toContain(delen[deel]!.tekst);
  expect(handtekeningTekst).toContain(`Pagina ${handtekeningPagina} van ${paginas}`);
  // ...and that page carries body text of the decision before the slot (at least two lines).
  const slot = regels.findIndex((r) => r.onderdeel === handtekening[0]);
  const ervoor = regels.slice(0, slot).filter((r) => r.pagina === handtekeningPagina && ['aanhef', 'alinea', 'label', 'waarde'].includes(delen[r.onderdeel]!.soort));
  expect(ervoor.length, 'body lines before the slot on the signature page').toBeGreaterThanOrEqual(2);

  // No page ends with a heading; a heading keeps at least two lines (or all) of what follows.
  for (let i = 0; i < regels.length; i++) {
    const regel = regels[i]!;
    const soort = delen[regel.onderdeel]!.soort;
    if (soort === 'kop') {
      const volgend = regels.slice(i + 1).filter((r) => r.onderdeel === regel.onderdeel + 1);
      const nodig = Math.min(2, volgend.length);
      expect(volgend.slice(0, nodig).every((r) => r.pagina === regel.pagina), `heading ${regel.tekst} kept with its text`).toBe(true);
      expect(nodig).toBeGreaterThan(0);
    }
    const volgende = regels[i + 1];
    if (volgende && volgende.pagina !== regel.pagina) expect(soort, `last line of page ${regel.pagina}`).not.toBe('kop');
  }

  // A paragraph split over two pages keeps at least two lines on either page; a list row is never split.
  delen.forEach((deel, i) => {
    const pag = paginaVan(i);
    if (new Set(pag).size < 2) return;
    expect(deel.soort, `${deel.soort} split over pages: ${deel.tekst.slice(0, 40)}`).toBe('alinea');
    expect(new Set(pag).size).toBe(2);
    const eerste = pag.filter((p) => p === pag[0]).length;
    expect(Math.min(eerste, pag.length - eerste), 'lines on either side of a split').toBeGreaterThanOrEqual(2);
  });
  delen.forEach((deel, i) => {
    if (deel.soort === 'label') expect(new Set([...paginaVan(i), ...paginaVan(i + 1)]).size, `list row ${deel.tekst}`).toBe(1);
  });

  // Bijlagen start on a page of their own after the signature.
  let vorigeBijlagePagina = handtekeningPagina;
  delen.forEach((deel, i) => {
    if (deel.soort !== 'bijlagetitel') return;
    const pagina = paginaVan(i)[0]!;
    expect(pagina).toBeGreaterThan(vorigeBijlagePagina);
    expect(regels.find((r) => r.pagina === pagina)?.onderdeel).toBe(i);
    vorigeBijlagePagina = pagina;
  });

  return { paginas, handtekeningPagina, tekstregelsErvoor: ervoor.length };
}

describe('page layout of letters', () => {
  it('keeps the signature with body text, headings with their text and list rows whole, for 1..40 paragraphs', async () => {
    const verslag: string[] = [];
    for (let n = 1; n <= 40; n++) {
      const uitkomst = await controleer(briefMetAlineas(n));
      verslag.push(`${n}:${uitkomst.paginas}p/s${uitkomst.handtekeningPagina}/${uitkomst.tekstregelsErvoor}r`);
    }
    console.log(`paragraphs:pages/signature page/body lines before the slot — ${verslag.join(' ')}`);
  }, 300_000);

  it('sweeps a closing heading and paragraph over the bottom of page 1', async () => {
    // One-line paragraphs push the closing section (as with a rechtsmiddelenclausule) down step by step,
    // so the signature block meets the bottom of page 1 at many offsets: it fits, it just does not fit,
    // and the closing paragraph itself is split.
    for (const slotzinnen of [1, 5]) {
      const verslag: string[] = [];
      const handtekeningPaginas = new Set<number>();
      for (let k = 0; k <= 14; k++) {
        const uitkomst = await controleer(briefMetVulling(k, slotzinnen));
        handtekeningPaginas.add(uitkomst.handtekeningPagina);
        verslag.push(`${k}:${uitkomst.paginas}p/s${uitkomst.handtekeningPagina}/${uitkomst.tekstregelsErvoor}r`);
      }
      console.log(`closing paragraph of ${slotzinnen} sentence(s): ${verslag.join(' ')}`);
      // The sweep did cross the page break: the signature block is on page 1 for short bodies, on page 2 later.
      expect([...handtekeningPaginas].sort()).toEqual([1, 2]);
    }
  }, 120_000);

  it('a paragraph longer than a page breaks with at least two lines on either side', async () => {
    const lang = Array.from({ length: 70 }, (_, i) => ZINNEN[i % ZINNEN.length]!).join(' ');
    const uitkomst = await controleer(brief([{ kop: 'Motivering', alineas: [lang], lijst: [] }]));
    expect(uitkomst.paginas).toBeGreaterThanOrEqual(3);
  });

  it('writes a letter whose signature had to move, for a person to look at', async () => {
    // Three paragraphs: the signature block does not fit on page 1, so it takes the last lines of the
    // body along to page 2 (test-results/documenten/brief-opmaak.pdf).
    const b = briefMetAlineas(3);
    const uitkomst = await controleer(b);
    expect(uitkomst).toMatchObject({ paginas: 3, handtekeningPagina: 2 });
    mkdirSync('test-results/documenten', { recursive: true });
    writeFileSync('test-results/documenten/brief-opmaak.pdf', await maakBriefPdf(RESOURCES, b, INSTELLINGEN, VOETTEKST));
  });
});
