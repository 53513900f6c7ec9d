import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { lettertypeBytes } from './lettertypen';
import { maakArchiefwaardig } from './pdfa';
import { runs } from './richting';

// A small layout kit on top of pdf-lib: A4 pages, an embedded Unicode font (subset), a text cursor
// that wraps and breaks pages, and "Pagina x van y" at the end.

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
    pdf.registerFontkit(fontkit);
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

  /** Wraps text on spaces to the width; a word longer than the width is broken by character. */
  regels(tekst: string, stijl: Stijl = {}, breedte = this.tekstbreedte): string[] {
    const font = this.font(stijl);
    const grootte = stijl.grootte ?? 10.5;
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

  /** One line at (x, y), drawn run by run so right-to-left names come out right. */
  regel(tekst: string, x: number, y: number, stijl: Stijl = {}): void {
    const font = this.font(stijl);
    const grootte = stijl.grootte ?? 10.5;
    let positie = x;
    for (const run of runs(tekst)) {
      this.pagina.drawText(run.tekst, { x: positie, y, size: grootte, font, color: stijl.kleur ?? ZWART });
      positie += font.widthOfTextAtSize(run.tekst, grootte);
    }
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
