import { describe, expect, it } from 'vitest';
import { maakRandom } from '../../electron/demo/synthetisch';
import { Document, regelsGemeten, type Stijl } from '../../electron/documents/opmaak';
import { RESOURCES } from '../fixtures/omgeving';
import { pdfTekst } from '../fixtures/pdf';

// Line breaking sums word widths measured once per process instead of shaping each growing line; the
// fonts are parsed once per process and each document gets a view of its own. Both must change nothing:
// the same breaks as measuring whole lines, and a document's bytes do not depend on what came before.

const NU = new Date('2026-11-23T09:00:00Z');
const META = { titel: 'Proef', onderwerp: 'Regelafbreking', auteur: 'Gemeente Voorbeeldstad' };

const WOORDEN = [
  'de', 'het', 'inburgeringsplicht', 'Participatieverklaringstraject', 'leerbaarheidstoets', 'één', 'Çelik', 'Wiśniewska', 'Đorđe',
  'Yıldız', '1.200', '€', '10.000,00', '(art.', '15', 'lid', '1', 'onder', 'c)', '–', '•', '—', 'B1-route;', 'A2.', '"aanzienlijke', 'inspanningen"',
  'محمد', 'الأحمد', 'حمید', 'رحیمی', 'نور', 'Ахмед', 'Иванов', 'Ђорђе', 'שלום', 'ኣማኑኤል', 'e\u0301', 'ﻻ', 'café\u00A0Noord', 'zelf\u00ADredzaamheid',
  '☺\uFE0F', 'https://www.voorbeeldstad.nl/inburgering/participatieverklaringstraject/aanmelden?kenmerk=INB-2026-0001',
  'ممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممممم', '12', '-', '/', '...',
];

function alinea(random: () => number): string {
  const regels: string[] = [];
  const aantalRegels = 1 + Math.floor(random() * 3);
  for (let r = 0; r < aantalRegels; r += 1) {
    const woorden: string[] = [];
    const aantal = Math.floor(random() * 40);
    for (let i = 0; i < aantal; i += 1) woorden.push(WOORDEN[Math.floor(random() * WOORDEN.length)]!);
    // Runs of white space, leading and trailing included, as typed text has them.
    regels.push(woorden.join(random() < 0.2 ? '  ' : ' ') + (random() < 0.2 ? ' ' : ''));
  }
  return regels.join('\n');
}

describe('line breaking from cached word widths', () => {
  it('breaks every synthetic paragraph exactly where measuring whole lines does (Latin, Arabic, Cyrillic, Hebrew, long words)', async () => {
    const document = await Document.nieuw(RESOURCES, META, NU);
    const random = maakRandom(2026);
    const stijlen: Stijl[] = [{}, { vet: true, grootte: 9 }, { mono: true, grootte: 8 }, { grootte: 16, vet: true }, { grootte: 7 }];
    let vergeleken = 0;
    let afgebroken = 0;
    for (let i = 0; i < 240; i += 1) {
      const tekst = alinea(random);
      const stijl = stijlen[i % stijlen.length]!;
      const breedte = 40 + random() * (document.tekstbreedte - 40);
      const verwacht = regelsGemeten(tekst, document.font(stijl), stijl.grootte ?? 10.5, breedte);
      expect(document.regels(tekst, stijl, breedte), `alinea ${i}: ${JSON.stringify(tekst)} op ${breedte}`).toEqual(verwacht);
      // Asked again (memoised) the answer is the same, and a caller changing it changes nothing.
      const nogmaals = document.regels(tekst, stijl, breedte);
      nogmaals.push('x');
      expect(document.regels(tekst, stijl, breedte)).toEqual(verwacht);
      vergeleken += 1;
      if (verwacht.length > tekst.split('\n').length) afgebroken += 1;
    }
    expect(vergeleken).toBe(240);
    // The sample is not trivial: most paragraphs wrap.
    expect(afgebroken).toBeGreaterThan(120);
  });

  it('breaks at the exact edge: a line that just fits stays whole, a hair narrower wraps', async () => {
    const document = await Document.nieuw(RESOURCES, META, NU);
    const font = document.font({});
    for (const tekst of ['Wij passen een deel van uw plan aan', 'U bent verhuisd uit de gemeente Noorderveen', 'محمد الأحمد en Mohammad Al-Ahmad', '12 – محمد الأحمد']) {
      const precies = font.widthOfTextAtSize(tekst, 10.5);
      expect(document.regels(tekst, {}, precies)).toEqual([tekst]);
      const smaller = precies - 1e-9;
      expect(document.regels(tekst, {}, smaller)).toEqual(regelsGemeten(tekst, font, 10.5, smaller));
      expect(document.regels(tekst, {}, smaller).length).toBeGreaterThan(1);
    }
  });
});

describe('fonts parsed once per process', () => {
  async function pdf(tekst: string): Promise<string> {
    const document = await Document.nieuw(RESOURCES, META, NU);
    document.tekst(tekst);
    document.tekst(tekst, { vet: true });
    const bytes = await document.bytes();
    return Buffer.from(bytes).toString('latin1').replace(/\/ID \[ <[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}> \]/, '/ID []');
  }

  it('keeps each character findable in the text layer, also one that an earlier document used only inside a composed glyph', async () => {
    // ñ is drawn as n plus the small tilde (U+02DC) as a component: subsetting the first document makes
    // that glyph without code points. Shared between documents, the second one would lose ˜ from its text.
    await pdf('ñ ñ');
    const document = await Document.nieuw(RESOURCES, META, NU);
    document.tekst('Tilde: ˜ los');
    const tekst = pdfTekst(await document.bytes());
    // pdfTekst folds with NFKC (˜ becomes a space and a combining tilde).
    expect(tekst).toContain('Tilde: ˜ los'.normalize('NFKC'));
  });

  it('gives a document the same bytes whatever documents were made before it', async () => {
    const tekst = 'Acute ´ los en é samen; café, ﻻ, محمد الأحمد, Ђорђе Петровић.';
    const eerst = await pdf(tekst);
    await pdf('É è ê ë ï ö ü ´ ` ¨ ç ﻻ لا Ahmed ٱ');
    await pdf('Alleen é en ü, en een lange zin die niets met de eerste te maken heeft.');
    const daarna = await pdf(tekst);
    expect(daarna).toBe(eerst);
  });

});
