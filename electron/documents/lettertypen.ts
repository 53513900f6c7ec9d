import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

// Font parsing and shaping dominate PDF cost. Three things are kept for the life of the process:
// - the TTF bytes of each font;
// - the parsed fontkit font (its tables: cmap, hmtx, GSUB, GPOS, glyf), shared by every document
//   through a per-document view (`documentweergave`) that has its own glyph objects and layout engine,
//   so what one document draws never leaks into another (a glyph keeps the code points it was first
//   made with; pdf-lib's ToUnicode map depends on them);
// - the width of each word per font and script (`Woordmaat`), from which line breaking sums widths
//   instead of shaping every growing candidate line.

const bytesCache = new Map<string, Uint8Array>();

export type Lettertype = 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf' | 'DejaVuSansMono.ttf';

export function lettertypeBytes(resourcesPad: string, naam: Lettertype): Uint8Array {
  const pad = join(resourcesPad, 'fonts', naam);
  let bytes = bytesCache.get(pad);
  if (!bytes) {
    bytes = readFileSync(pad);
    bytesCache.set(pad, bytes);
  }
  return bytes;
}

/** The parts of fontkit's (internal) font object this module relies on; checked before use. */
interface Intern {
  _glyphs: Record<number, unknown>;
  _layoutEngine: { constructor: new (font: unknown) => unknown };
  layout(tekst: string, features?: undefined, script?: string): Run;
  glyphForCodePoint(codePoint: number): Glyph;
  unitsPerEm: number;
}

interface Glyph {
  id: number;
  advanceWidth: number;
}

interface Run {
  glyphs: Glyph[];
  script: string;
  direction: 'ltr' | 'rtl' | null;
}

const gedeeld = new WeakMap<Uint8Array, FontkitFont>();
const basisVan = new WeakMap<object, FontkitFont>();

function heeftVerwachteVorm(font: unknown): font is Intern {
  const f = font as Partial<Intern> | null;
  return !!f && typeof f._glyphs === 'object' && typeof f.layout === 'function' && typeof f.glyphForCodePoint === 'function' && typeof f._layoutEngine?.constructor === 'function';
}

/** A shaped text with no substitution: glyph i is the cmap glyph of code point i, left to right. */
interface ZuivereVorm {
  ids: number[];
  codePoints: number[];
}

const ZUIVER_MAX = 20_000;
const zuiverCache = new WeakMap<object, Map<string, ZuivereVorm | null>>();

/**
 * Whether shaping `tekst` only maps characters to their glyphs (true for Dutch text in DejaVu: no
 * ligatures, no contextual forms); then a document can take the glyphs straight from the cmap, in the
 * same order and with the same code points as fontkit's layout would, without shaping again.
 */
function zuivereVorm(basis: Intern, tekst: string): ZuivereVorm | null {
  let cache = zuiverCache.get(basis);
  if (!cache) {
    cache = new Map();
    zuiverCache.set(basis, cache);
  }
  let vorm = cache.get(tekst);
  if (vorm === undefined) {
    vorm = null;
    const run = basis.layout(tekst);
    const codePoints = Array.from(tekst, (teken) => teken.codePointAt(0)!);
    if (run.direction !== 'rtl' && run.glyphs.length === codePoints.length) {
      const ids = run.glyphs.map((glyph) => glyph.id);
      if (ids.every((id, i) => basis.glyphForCodePoint(codePoints[i]!).id === id)) vorm = { ids, codePoints };
    }
    if (cache.size >= ZUIVER_MAX) cache.clear();
    cache.set(tekst, vorm);
  }
  return vorm;
}

/**
 * A view on the shared parsed font for one document: the tables come from the shared font, the glyph
 * cache and the layout engine are the document's own, as if the font had been parsed for it alone.
 * Layouts are remembered per document (the ceremony batch draws the same form text 100 times); a text
 * without substitutions takes its glyphs from the cmap with the calls fontkit's layout makes
 * (`glyphForCodePoint` per character, then the space glyph), so glyph objects and their code points
 * come out as they would.
 */
function documentweergave(basis: Intern): FontkitFont {
  const weergave = Object.create(basis) as Intern;
  Object.defineProperty(weergave, '_glyphs', { value: {}, writable: true });
  const motor = new basis._layoutEngine.constructor(weergave);
  Object.defineProperty(weergave, '_layoutEngine', { value: motor, writable: true });
  const layouts = new Map<string, Run>();
  const layout = basis.layout;
  Object.defineProperty(weergave, 'layout', {
    value(tekst: string, ...rest: unknown[]): Run {
      if (rest.some((arg) => arg !== undefined) || typeof tekst !== 'string') return (layout as (...a: unknown[]) => Run).call(weergave, tekst, ...rest);
      let run = layouts.get(tekst);
      if (!run) {
        const vorm = zuivereVorm(basis, tekst);
        if (vorm && vorm.ids.length > 0) {
          const glyphs = vorm.codePoints.map((codePoint) => weergave.glyphForCodePoint(codePoint));
          weergave.glyphForCodePoint(0x20);
          run = { glyphs, script: '', direction: 'ltr' };
        } else {
          run = layout.call(weergave, tekst);
        }
        layouts.set(tekst, run);
      }
      return run;
    },
  });
  basisVan.set(weergave, basis as unknown as FontkitFont);
  return weergave as unknown as FontkitFont;
}

/**
 * What `PDFDocument.registerFontkit` gets: `create` parses a font once per process and hands each
 * document its own view. Falls back to parsing per document if fontkit's internals are not as expected.
 */
export const gedeeldeFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string): FontkitFont {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
    let basis = gedeeld.get(bytes);
    if (!basis) {
      basis = fontkit.create(bytes);
      gedeeld.set(bytes, basis);
    }
    return heeftVerwachteVorm(basis) ? documentweergave(basis) : fontkit.create(bytes);
  },
};

const WOORDEN_MAX = 50_000;

/**
 * Widths of words in one font, measured once per process. `advances(tekst, script)` are the glyph
 * advances (times the font's scale) in glyph order, exactly the terms pdf-lib's `widthOfTextAtSize`
 * adds up; summing them in the same order gives the same number to the last bit.
 */
export class Woordmaat {
  readonly onbekendSchrift: string;
  private readonly font: Intern;
  private readonly schaal: number;
  private readonly runs = new Map<string, { script: string; rtl: boolean; advances: number[] }>();
  /** Line breaks already made, per size, width and text (bounded). */
  readonly regelsMemo = new Map<string, readonly string[]>();

  constructor(font: Intern) {
    this.font = font;
    this.schaal = 1000 / font.unitsPerEm;
    this.onbekendSchrift = this.run(' ').script;
  }

  /** The shaped word in `script` (detected from the text when not given, as fontkit does). */
  run(tekst: string, script?: string): { script: string; rtl: boolean; advances: number[] } {
    const sleutel = `${script ?? ''}\u0000${tekst}`;
    let uit = this.runs.get(sleutel);
    if (!uit) {
      const run = this.font.layout(tekst, undefined, script);
      uit = { script: run.script, rtl: run.direction === 'rtl', advances: run.glyphs.map((glyph) => glyph.advanceWidth * this.schaal) };
      if (this.runs.size >= WOORDEN_MAX) this.runs.clear();
      this.runs.set(sleutel, uit);
    }
    return uit;
  }
}

const maten = new WeakMap<FontkitFont, Woordmaat | null>();

/** The word measure of a PDF font (shared by all documents using the same parsed font), or null to measure the old way. */
export function woordmaatVan(font: PDFFont): Woordmaat | null {
  const fontkitFont = (font as unknown as { embedder: { font?: FontkitFont } }).embedder.font;
  if (!fontkitFont) return null;
  const basis = basisVan.get(fontkitFont);
  if (!basis) return null;
  let maat = maten.get(basis);
  if (maat === undefined) {
    maat = heeftVerwachteVorm(basis) ? new Woordmaat(basis) : null;
    maten.set(basis, maat);
  }
  return maat;
}
