import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { gedeeldeFontkit, lettertypeBytes, woordmaatVan, type Woordmaat } from './lettertypen';
import { maakArchiefwaardig } from './pdfa';
import { runs } from './richting';

// A small layout kit on top of pdf-lib: A4 pages, an embedded Unicode font (subset), a text cursor
// that wraps and breaks pages, a flow (`Stroom`) whose page breaks look ahead (widows, orphans, keep
// together, keep with previous), and "Pagina x van y" at the end.

export const MM = 72 / 25.4;
export const A4 = { breedte: 210 * MM, hoogte: 297 * MM } as const;
export const MARGE = { links: 25 * MM, rechts: 20 * MM, boven: 20 * MM, onder: 22 * MM } as const;
export const ZWART = rgb(0, 0, 0);
export const GRIJS = rgb(0.35, 0.35, 0.35);

export interface Metadata {
  titel: string;
  onderwerp: string;
  auteur: string;
}

export interface Stijl {
  grootte?: number;
  vet?: boolean;
  mono?: boolean;
  kleur?: ReturnType<typeof rgb>;
  /** Extra space after the block, in points. */
  na?: number;
}

/**
 * How acceptable a page break just before a line of a `Stroom` is. A break is made at the last
 * `VRIJ` point that fits; only when there is none on the page at an `ONTRADEN` one (widow, orphan,
 * heading kept with its text); `NOOIT` (inside a list row or the signature block) only when a single
 * unbreakable block is taller than a page.
 */
export const BREUK = { VRIJ: 0, ONTRADEN: 1, NOOIT: 2 } as const;
export type Breuk = (typeof BREUK)[keyof typeof BREUK];

/** One line of a flow, or vertical space (which disappears at a page break). */
export type Stroomdeel =
  | { soort: 'regel'; tekst: string; stijl: Stijl; x: number; breuk: Breuk }
  | { soort: 'wit'; hoogte: number };

/** Lines on either side of a page break within a paragraph (widow and orphan control). */
const MIN_REGELS = 2;

/**
 * Text collected as lines with page-break rules, placed by `Document.zet`: paragraphs keep at least two
 * lines on either side of a break, a heading stays with the first lines of what follows, `heel` keeps a
 * group on one page and `houdBijVorige` brings preceding lines along to the next page.
 */
export class Stroom {
  readonly delen: Stroomdeel[] = [];
  /** The least a break before the next line costs (set by a heading or `houdBijVorige`). */
  private volgende: Breuk = BREUK.VRIJ;

  private readonly document: Document;

  constructor(document: Document) {
    this.document = document;
  }

  get tekstbreedte(): number {
    return this.document.tekstbreedte;
  }

  /** A paragraph wrapped to `breedte` at `x`, with `stijl.na` space after it. */
  alinea(tekst: string, stijl: Stijl = {}, x = MARGE.links, breedte = this.document.tekstbreedte): void {
    const regels = this.document.regels(tekst, stijl, breedte);
    regels.forEach((regel, i) => {
      const weesOfHoerenjong = i < MIN_REGELS || regels.length - i < MIN_REGELS;
      const breuk = i === 0 ? this.volgende : weesOfHoerenjong ? BREUK.ONTRADEN : BREUK.VRIJ;
      this.delen.push({ soort: 'regel', tekst: regel, stijl, x, breuk });
    });
    this.volgende = BREUK.VRIJ;
    if (stijl.na) this.wit(stijl.na);
  }

  /** A heading: never split, never the last line on a page (kept with at least two lines of what follows). */
  kop(tekst: string, stijl: Stijl = {}): void {
    this.heel(() => this.alinea(tekst, stijl));
    this.volgende = BREUK.ONTRADEN;
  }

  wit(hoogte: number): void {
    this.delen.push({ soort: 'wit', hoogte });
  }

  /** Whatever `vul` adds stays on one page (a list row, the signature block). */
  heel(vul: () => void): void {
    const begin = this.delen.length;
    vul();
    let eerste = true;
    for (const deel of this.delen.slice(begin)) {
      if (deel.soort !== 'regel') continue;
      if (!eerste) deel.breuk = BREUK.NOOIT;
      eerste = false;
    }
  }

  /**
   * Keep with previous: the next line never starts a page on its own account; when it has to move to a
   * new page, at least `regels` preceding lines (or all of them, if fewer) come along.
   */
  houdBijVorige(regels: number): void {
    let geteld = 0;
    for (let i = this.delen.length - 1; i >= 0 && geteld < regels - 1; i--) {
      const deel = this.delen[i]!;
      if (deel.soort !== 'regel') continue;
      deel.breuk = Math.max(deel.breuk, BREUK.ONTRADEN) as Breuk;
      geteld += 1;
    }
    this.volgende = BREUK.NOOIT;
  }
}

const REGELS_MEMO_MAX = 5_000;

/** Line breaking as it always was: every growing candidate line measured whole (the reference). */
export function regelsGemeten(tekst: string, font: PDFFont, grootte: number, breedte: number): string[] {
  const past = (s: string) => font.widthOfTextAtSize(s, grootte) <= breedte;
  const uit: string[] = [];
  for (const alinea of tekst.split('\n')) {
    let regel = '';
    for (const woord of alinea.split(/\s+/).filter(Boolean)) {
      const kandidaat = regel ? `${regel} ${woord}` : woord;
      if (past(kandidaat)) {
        regel = kandidaat;
        continue;
      }
      if (regel) uit.push(regel);
      regel = woord;
      while (!past(regel)) {
        let knip = regel.length - 1;
        while (knip > 1 && !past(regel.slice(0, knip))) knip -= 1;
        uit.push(regel.slice(0, knip));
        regel = regel.slice(knip);
      }
    }
    uit.push(regel);
  }
  return uit;
}

function optellen(som: number, advances: readonly number[]): number {
  for (const advance of advances) som += advance;
  return som;
}

/**
 * The width of the line so far, as pdf-lib would compute it for the whole line: fontkit shapes a line
 * in the script of its first letter that has one (digits and punctuation have none), so each word is
 * measured in that script. A right-to-left line is shaped and summed in reverse: it is measured whole.
 */
class Lijn {
  tekst = '';
  private script = '';
  private som = 0;
  private heel = false;

  constructor(
    private readonly font: PDFFont,
    private readonly maat: Woordmaat,
    private readonly grootte: number,
  ) {}

  begin(tekst: string): number {
    this.tekst = tekst;
    const run = this.maat.run(tekst);
    this.heel = run.rtl;
    this.script = run.script;
    this.som = run.rtl ? 0 : optellen(0, run.advances);
    return this.heel ? this.font.widthOfTextAtSize(tekst, this.grootte) : this.som * (this.grootte / 1000);
  }

  /** Width of the line with ` woord` added, and the state to commit it with `neem`. */
  met(woord: string): { breedte: number; neem: () => void } {
    const kandidaat = `${this.tekst} ${woord}`;
    const script = this.heel || this.script !== this.maat.onbekendSchrift ? this.script : this.maat.run(woord).script;
    if (this.heel || this.maat.run(woord, script).rtl) {
      return { breedte: this.font.widthOfTextAtSize(kandidaat, this.grootte), neem: () => this.meten(kandidaat, script) };
    }
    // A line of digits and punctuation gets the script of its first word that has one: re-add it in that script.
    let som = this.som;
    if (script !== this.script) {
      som = 0;
      this.tekst.split(' ').forEach((deel, i) => {
        if (i > 0) som = optellen(som, this.maat.run(' ', script).advances);
        som = optellen(som, this.maat.run(deel, script).advances);
      });
    }
    som = optellen(optellen(som, this.maat.run(' ', script).advances), this.maat.run(woord, script).advances);
    return {
      breedte: som * (this.grootte / 1000),
      neem: () => {
        this.tekst = kandidaat;
        this.script = script;
        this.som = som;
      },
    };
  }

  private meten(tekst: string, script: string): void {
    this.tekst = tekst;
    this.script = script;
    this.heel = true;
  }
}

/** `regelsGemeten` with widths summed from measured words; the same breaks. */
function regelsGeteld(tekst: string, font: PDFFont, maat: Woordmaat, grootte: number, breedte: number): string[] {
  const past = (s: string) => font.widthOfTextAtSize(s, grootte) <= breedte;
  const uit: string[] = [];
  for (const alinea of tekst.split('\n')) {
    const lijn = new Lijn(font, maat, grootte);
    let leeg = true;
    for (const woord of alinea.split(/\s+/).filter(Boolean)) {
      if (leeg) {
        leeg = false;
        if (lijn.begin(woord) <= breedte) continue;
      } else {
        const kandidaat = lijn.met(woord);
        if (kandidaat.breedte <= breedte) {
          kandidaat.neem();
          continue;
        }
        uit.push(lijn.tekst);
        if (lijn.begin(woord) <= breedte) continue;
      }
      // A word wider than the line: broken by character, measured whole as before (rare).
      let regel = woord;
      while (!past(regel)) {
        let knip = regel.length - 1;
        while (knip > 1 && !past(regel.slice(0, knip))) knip -= 1;
        uit.push(regel.slice(0, knip));
        regel = regel.slice(knip);
      }
      lijn.begin(regel);
    }
    uit.push(lijn.tekst);
  }
  return uit;
}

export class Document {
  readonly pdf: PDFDocument;
  readonly gewoon: PDFFont;
  readonly vet: PDFFont;
  readonly mono: PDFFont;
  pagina!: PDFPage;
  y = 0;

  private constructor(pdf: PDFDocument, gewoon: PDFFont, vet: PDFFont, mono: PDFFont) {
    this.pdf = pdf;
    this.gewoon = gewoon;
    this.vet = vet;
    this.mono = mono;
  }

  static async nieuw(resourcesPad: string, metadata: Metadata, nu = new Date()): Promise<Document> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(gedeeldeFontkit);
    const [gewoon, vet, mono] = await Promise.all([
      pdf.embedFont(lettertypeBytes(resourcesPad, 'DejaVuSans.ttf'), { subset: true }),
      pdf.embedFont(lettertypeBytes(resourcesPad, 'DejaVuSans-Bold.ttf'), { subset: true }),
      pdf.embedFont(lettertypeBytes(resourcesPad, 'DejaVuSansMono.ttf'), { subset: true }),
    ]);
    pdf.setTitle(metadata.titel, { showInWindowTitleBar: true });
    pdf.setSubject(metadata.onderwerp);
    pdf.setAuthor(metadata.auteur);
    pdf.setCreator('Koers');
    pdf.setProducer('Koers (pdf-lib)');
    pdf.setLanguage('nl-NL');
    pdf.setCreationDate(nu);
    pdf.setModificationDate(nu);
    maakArchiefwaardig(pdf, resourcesPad, { titel: metadata.titel, auteur: metadata.auteur, onderwerp: metadata.onderwerp }, nu);
    const document = new Document(pdf, gewoon, vet, mono);
    document.nieuwePagina();
    return document;
  }

  nieuwePagina(): void {
    this.pagina = this.pdf.addPage([A4.breedte, A4.hoogte]);
    this.y = A4.hoogte - MARGE.boven;
  }

  get tekstbreedte(): number {
    return A4.breedte - MARGE.links - MARGE.rechts;
  }

  font(stijl: Stijl): PDFFont {
    return stijl.mono ? this.mono : stijl.vet ? this.vet : this.gewoon;
  }

  /**
   * Wraps text on spaces to the width; a word longer than the width is broken by character. Widths are
   * summed from words measured once per process (`Woordmaat`), in the order pdf-lib sums glyphs, so
   * the breaks are exactly those of measuring each growing line; the same text, style and width is
   * wrapped once.
   */
  regels(tekst: string, stijl: Stijl = {}, breedte = this.tekstbreedte): string[] {
    const font = this.font(stijl);
    const grootte = stijl.grootte ?? 10.5;
    const maat = woordmaatVan(font);
    if (!maat) return regelsGemeten(tekst, font, grootte, breedte);
    const sleutel = `${grootte}\u0000${breedte}\u0000${tekst}`;
    let regels = maat.regelsMemo.get(sleutel);
    if (!regels) {
      regels = regelsGeteld(tekst, font, maat, grootte, breedte);
      if (maat.regelsMemo.size >= REGELS_MEMO_MAX) maat.regelsMemo.clear();
      maat.regelsMemo.set(sleutel, regels);
    }
    return [...regels];
  }

  regelhoogte(stijl: Stijl = {}): number {
    return (stijl.grootte ?? 10.5) * 1.4;
  }

  /** Ensures `hoogte` points fit above the bottom margin, else starts a new page. */
  ruimte(hoogte: number): void {
    if (this.y - hoogte < MARGE.onder + 12) this.nieuwePagina();
  }

  tekst(tekst: string, stijl: Stijl = {}, x = MARGE.links, breedte = this.tekstbreedte): void {
    const grootte = stijl.grootte ?? 10.5;
    const hoogte = this.regelhoogte(stijl);
    for (const regel of this.regels(tekst, stijl, breedte)) {
      this.ruimte(hoogte);
      this.y -= hoogte;
      this.regel(regel, x, this.y + (hoogte - grootte) / 2, stijl);
    }
    this.y -= stijl.na ?? 0;
  }

  /**
   * Places a flow from the cursor on, over as many pages as it needs. Lines go on a page while they fit;
   * the page then breaks before the last line where a break is cheapest (see `BREUK`), so the lines after
   * it move to the next page together. Space at a break is dropped.
   */
  zet(stroom: Stroom): void {
    const delen = stroom.delen;
    const onder = MARGE.onder + 12;
    const hoogte = (deel: Stroomdeel) => (deel.soort === 'regel' ? this.regelhoogte(deel.stijl) : deel.hoogte);
    let begin = 0;
    let verseBladzijde = false;
    while (begin < delen.length) {
      // The first line that no longer fits on this page.
      let y = this.y;
      let eind = begin;
      for (; eind < delen.length; eind++) {
        const deel = delen[eind]!;
        if (deel.soort === 'regel' && y - hoogte(deel) < onder) break;
        y -= hoogte(deel);
      }
      let breuk = eind;
      if (eind < delen.length) {
        if (eind === begin && !verseBladzijde) breuk = begin; // nothing fits below what is already on the page
        else breuk = Math.max(this.breekpunt(delen, begin, eind), begin + 1);
      }
      for (let i = begin; i < breuk; i++) {
        const deel = delen[i]!;
        this.y -= hoogte(deel);
        if (deel.soort === 'regel') this.regel(deel.tekst, deel.x, this.y + (hoogte(deel) - (deel.stijl.grootte ?? 10.5)) / 2, deel.stijl);
      }
      if (breuk === delen.length) break;
      this.nieuwePagina();
      verseBladzijde = true;
      begin = breuk;
      while (begin < delen.length && delen[begin]!.soort === 'wit') begin += 1;
    }
  }

  /** The cheapest break in (begin, eind]: the last one of the lowest cost; `eind` itself when none is allowed. */
  private breekpunt(delen: Stroomdeel[], begin: number, eind: number): number {
    for (const kosten of [BREUK.VRIJ, BREUK.ONTRADEN]) {
      for (let i = eind; i > begin; i--) {
        const deel = delen[i]!;
        if (deel.soort === 'regel' && deel.breuk <= kosten) return i;
      }
    }
    return eind;
  }

  private readonly tekens = new Map<PDFFont, Set<number>>();

  /** True when the font has a glyph for every character (white space aside) of `tekst`. */
  kanAfdrukken(tekst: string, stijl: Stijl = {}): boolean {
    const font = this.font(stijl);
    let set = this.tekens.get(font);
    if (!set) {
      set = new Set(font.getCharacterSet());
      this.tekens.set(font, set);
    }
    return [...tekst].every((teken) => /\s/u.test(teken) || set.has(teken.codePointAt(0)!));
  }

  /** One line at (x, y), drawn run by run so right-to-left names come out right. */
  regel(tekst: string, x: number, y: number, stijl: Stijl = {}): void {
    const font = this.font(stijl);
    const grootte = stijl.grootte ?? 10.5;
    let positie = x;
    const delen = runs(tekst);
    delen.forEach((run, i) => {
      this.pagina.drawText(run.tekst, { x: positie, y, size: grootte, font, color: stijl.kleur ?? ZWART });
      if (i < delen.length - 1) positie += font.widthOfTextAtSize(run.tekst, grootte);
    });
  }

  /** A list item with a hanging indent. */
  opsomming(tekst: string, stijl: Stijl = {}): void {
    const inspringing = 5 * MM;
    const grootte = stijl.grootte ?? 10.5;
    const hoogte = this.regelhoogte(stijl);
    this.ruimte(hoogte);
    this.pagina.drawText('–', { x: MARGE.links + MM, y: this.y - hoogte + (hoogte - grootte) / 2, size: grootte, font: this.gewoon });
    this.tekst(tekst, stijl, MARGE.links + inspringing, this.tekstbreedte - inspringing);
  }

  lijn(x1: number, y: number, x2: number, dikte = 0.6): void {
    this.pagina.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: dikte, color: ZWART });
  }

  private readonly afbeeldingen = new Map<string, PDFImage>();

  /** Embeds an image once per document, however many pages show it (a batch of 100 forms has one logo). */
  async afbeelding(mime: 'image/png' | 'image/jpeg', bytes: Uint8Array, sleutel?: string): Promise<PDFImage> {
    const bekend = sleutel ? this.afbeeldingen.get(sleutel) : undefined;
    if (bekend) return bekend;
    const beeld = mime === 'image/png' ? await this.pdf.embedPng(bytes) : await this.pdf.embedJpg(bytes);
    if (sleutel) this.afbeeldingen.set(sleutel, beeld);
    return beeld;
  }

  /** "Pagina x van y" on every page (unless each page is a document of its own), then the bytes. */
  async bytes(voettekst?: string, paginanummers = true): Promise<Uint8Array> {
    const paginas = paginanummers ? this.pdf.getPages() : [];
    paginas.forEach((pagina, index) => {
      const tekst = `Pagina ${index + 1} van ${paginas.length}`;
      const grootte = 8;
      pagina.drawText(tekst, {
        x: A4.breedte - MARGE.rechts - this.gewoon.widthOfTextAtSize(tekst, grootte),
        y: MARGE.onder - 10,
        size: grootte,
        font: this.gewoon,
        color: GRIJS,
      });
      if (voettekst) pagina.drawText(voettekst, { x: MARGE.links, y: MARGE.onder - 10, size: grootte, font: this.gewoon, color: GRIJS });
    });
    return this.pdf.save({ useObjectStreams: false });
  }
}
