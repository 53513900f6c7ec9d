import { rgb, type Color } from 'pdf-lib';
import type { Grafiek } from '../../shared/domain/jaarverslag';
import { getal } from '../../shared/format';
import { VERBORGEN_TEKST } from '../../shared/rules/kleine-aantallen';
import { GRIJS, ZWART, type Document } from './opmaak';

// Bar and line charts drawn with pdf-lib for the raadsrapportage (issue 13 item 2): axes, gridlines, tick
// labels with Dutch numbers, a legend, value labels where there is room. Readable in black-and-white print:
// bar series differ by grey level and hatching, line series by dash pattern and marker shape, never by colour
// alone. A count below the small-cell threshold is never drawn to scale: its bar is an empty dashed outline
// up to the threshold with "< 5" above it, a line skips the point and says "< 5" (so the axis reveals nothing).
// In a chart of persons null is such a masked count (shared/rules/kleine-aantallen.ts `maskeer` turns small
// counts into null there); in a chart of shares or days null means "no figure" and is drawn as "–".

export interface Arcering {
  /** 45: rising lines (/), 135: falling lines (\). */
  hoeken: readonly (45 | 135)[];
  afstand: number;
}

export interface Vulling {
  grond: Color;
  arcering: Arcering | null;
}

/** Up to four bar series: dark solid, white hatched /, light solid, white cross-hatched. */
export const VULLINGEN: readonly Vulling[] = [
  { grond: rgb(0.13, 0.27, 0.47), arcering: null },
  { grond: rgb(1, 1, 1), arcering: { hoeken: [45], afstand: 3.2 } },
  { grond: rgb(0.7, 0.78, 0.88), arcering: null },
  { grond: rgb(1, 1, 1), arcering: { hoeken: [45, 135], afstand: 3.6 } },
];

export type Marker = 'rondje' | 'vierkant' | 'driehoek' | 'ruit';

/** Up to four line series: solid with dots, dashed with squares, dotted with triangles, dash-dot with diamonds. */
export const LIJNSTIJLEN: readonly { kleur: Color; streep: number[] | null; marker: Marker }[] = [
  { kleur: rgb(0.13, 0.27, 0.47), streep: null, marker: 'rondje' },
  { kleur: rgb(0, 0, 0), streep: [5, 2.5], marker: 'vierkant' },
  { kleur: rgb(0.4, 0.4, 0.4), streep: [1.2, 2], marker: 'driehoek' },
  { kleur: rgb(0.45, 0.2, 0.05), streep: [6, 2, 1.2, 2], marker: 'ruit' },
];

const RASTER = rgb(0.82, 0.82, 0.82);
const LETTER = { titel: 9.5, as: 7, label: 7, waarde: 6.5, legenda: 7.5 } as const;

/** Where a chart goes: x of its left edge, y of its top edge, its width (points). */
export interface Plek {
  x: number;
  boven: number;
  breedte: number;
}

export interface GrafiekOpties {
  /** Counts below this are masked ("< 5"); only for charts of persons (see `telt`). */
  drempel: number;
}

/** A chart counts persons when its unit says so; only such values fall under the small-cell rule. */
export function telt(grafiek: Grafiek): boolean {
  return /^(personen|persoon|inburgeraars|mensen|aantal)/i.test(grafiek.eenheid.trim());
}

/** True when this value must not be shown: a count of 1 up to (not including) the threshold. */
export function gemaskeerd(waarde: number | null, drempel: number): boolean {
  return waarde !== null && waarde > 0 && waarde < drempel;
}

/** "< 5", with a no-break space: never split over two lines, and text extraction keeps the space. */
export function maskerTekst(drempel: number): string {
  return `<\u00a0${drempel}`;
}

/**
 * A round axis from `min` (0 or below) to at least `max`: steps of 1, 2, 2.5 or 5 times a power of ten, at
 * most `maxStappen` steps. Counts (`geheel`) never get a fractional step; a percentage axis that reaches
 * past 80 ends at 100.
 */
export function asSchaal(max: number, min = 0, opties: { maxStappen?: number; geheel?: boolean; procent?: boolean } = {}): { stap: number; onder: number; boven: number; ticks: number[] } {
  const maxStappen = opties.maxStappen ?? 5;
  const laag = Math.min(0, min);
  let hoog = Math.max(max, laag + (opties.geheel ? 1 : 0.0001));
  if (opties.procent && hoog > 80 && hoog <= 100 && laag === 0) hoog = 100;
  const ruw = (hoog - laag) / maxStappen;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  let stap = [1, 2, 2.5, 5, 10].map((f) => f * macht).find((s) => s >= ruw - 1e-12) ?? 10 * macht;
  if (opties.geheel) stap = Math.max(1, Math.ceil(stap));
  const onder = Math.floor(laag / stap + 1e-9) * stap;
  const boven = Math.ceil(hoog / stap - 1e-9) * stap;
  const ticks: number[] = [];
  for (let t = onder; t <= boven + stap / 1000; t += stap) ticks.push(Number(t.toFixed(10)));
  return { stap, onder, boven, ticks };
}

/** A tick or value label: "1.234", "12,5", "40 %". */
export function asTekst(waarde: number, eenheid: string): string {
  const tekst = getal(waarde, Math.abs(waarde) >= 100 ? 0 : 1);
  return eenheid.trim() === '%' ? `${tekst} %` : tekst;
}

/**
 * Hatching lines inside a rectangle, anchored to the page (multiples of the spacing) so neighbouring bars
 * line up. Each line is clipped to the rectangle by computation, so no clipping path is needed.
 */
export function arceerLijnen(vak: { x: number; y: number; breedte: number; hoogte: number }, hoek: 45 | 135, afstand: number): { van: { x: number; y: number }; naar: { x: number; y: number } }[] {
  const x0 = vak.x;
  const x1 = vak.x + vak.breedte;
  const y0 = vak.y;
  const y1 = vak.y + vak.hoogte;
  const stap = afstand * Math.SQRT2;
  const lijnen: { van: { x: number; y: number }; naar: { x: number; y: number } }[] = [];
  if (vak.breedte <= 0 || vak.hoogte <= 0) return lijnen;
  if (hoek === 45) {
    // y = x - c, c from x0 - y1 to x1 - y0
    for (let c = Math.ceil((x0 - y1) / stap) * stap; c <= x1 - y0; c += stap) {
      const van = Math.max(x0, y0 + c);
      const tot = Math.min(x1, y1 + c);
      if (tot - van > 0.05) lijnen.push({ van: { x: van, y: van - c }, naar: { x: tot, y: tot - c } });
    }
  } else {
    // y = -x + c, c from x0 + y0 to x1 + y1
    for (let c = Math.ceil((x0 + y0) / stap) * stap; c <= x1 + y1; c += stap) {
      const van = Math.max(x0, c - y1);
      const tot = Math.min(x1, c - y0);
      if (tot - van > 0.05) lijnen.push({ van: { x: van, y: c - van }, naar: { x: tot, y: c - tot } });
    }
  }
  return lijnen;
}

/** A filled, outlined rectangle in a series' fill; a zero-size one draws nothing. */
export function tekenVulling(document: Document, vak: { x: number; y: number; breedte: number; hoogte: number }, vulling: Vulling, gemaskeerd = false): void {
  const pagina = document.pagina;
  const { x, breedte } = vak;
  const y = vak.hoogte < 0 ? vak.y + vak.hoogte : vak.y;
  const hoogte = Math.abs(vak.hoogte);
  if (breedte <= 0 || hoogte <= 0) return;
  // A masked count: the series' fill faded, in a dashed outline, so it is clear whose bar it is but not how high.
  const dekking = gemaskeerd ? { opacity: 0.22 } : {};
  pagina.drawRectangle({ x, y, width: breedte, height: hoogte, color: vulling.grond, ...dekking });
  for (const hoek of vulling.arcering?.hoeken ?? []) {
    for (const lijn of arceerLijnen({ x, y, breedte, hoogte }, hoek, vulling.arcering!.afstand)) {
      pagina.drawLine({ start: lijn.van, end: lijn.naar, thickness: 0.5, color: ZWART, ...dekking });
    }
  }
  if (gemaskeerd) pagina.drawRectangle({ x, y, width: breedte, height: hoogte, borderColor: GRIJS, borderWidth: 0.6, borderDashArray: [2, 1.5] });
  else pagina.drawRectangle({ x, y, width: breedte, height: hoogte, borderColor: ZWART, borderWidth: 0.5 });
}

function tekenMarker(document: Document, marker: Marker, x: number, y: number, kleur: Color, r = 2.6): void {
  const pagina = document.pagina;
  const wit = rgb(1, 1, 1);
  if (marker === 'rondje') pagina.drawCircle({ x, y, size: r, color: kleur, borderColor: kleur, borderWidth: 0.5 });
  else if (marker === 'vierkant') pagina.drawRectangle({ x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, color: kleur });
  // drawSvgPath's y runs downwards from (x, y).
  else if (marker === 'driehoek') pagina.drawSvgPath(`M 0 ${-r * 1.15} L ${r * 1.1} ${r * 0.8} L ${-r * 1.1} ${r * 0.8} Z`, { x, y, color: wit, borderColor: kleur, borderWidth: 0.9 });
  else pagina.drawSvgPath(`M 0 ${-r * 1.2} L ${r * 1.2} 0 L 0 ${r * 1.2} L ${-r * 1.2} 0 Z`, { x, y, color: wit, borderColor: kleur, borderWidth: 0.9 });
}

function tekstBreedte(document: Document, tekst: string, grootte: number, vet = false): number {
  return (vet ? document.vet : document.gewoon).widthOfTextAtSize(tekst, grootte);
}

function tekst(document: Document, t: string, x: number, y: number, grootte: number, opties: { vet?: boolean; kleur?: Color; uitlijning?: 'links' | 'midden' | 'rechts' } = {}): void {
  const breedte = tekstBreedte(document, t, grootte, opties.vet);
  const links = opties.uitlijning === 'rechts' ? x - breedte : opties.uitlijning === 'midden' ? x - breedte / 2 : x;
  document.pagina.drawText(t, { x: links, y, size: grootte, font: opties.vet ? document.vet : document.gewoon, color: opties.kleur ?? ZWART });
}

/** Legend items laid out in rows within the width; returns the rows with each item's x offset. Index -1: the masked count. */
function legendaRijen(document: Document, items: { naam: string; index: number }[], breedte: number): { naam: string; index: number; dx: number }[][] {
  const rijen: { naam: string; index: number; dx: number }[][] = [[]];
  let dx = 0;
  items.forEach(({ naam, index }) => {
    const b = 16 + tekstBreedte(document, naam, LETTER.legenda) + 12;
    if (dx > 0 && dx + b > breedte) {
      rijen.push([]);
      dx = 0;
    }
    rijen.at(-1)!.push({ naam, index, dx });
    dx += b;
  });
  return rijen;
}

interface Opmaak {
  titelRegels: string[];
  legenda: { naam: string; index: number; dx: number }[][];
  liggend: boolean;
  /** Vertical charts: category labels wrapped into at most two lines. */
  categorieRegels: string[][];
  hoogte: number;
  plotHoogte: number;
  labelBreedte: number;
}

const REGEL = (grootte: number) => grootte * 1.3;
const PLOT_HOOGTE = 150; // points, vertical charts
const STAAF_LIGGEND = 9; // bar thickness in horizontal charts

/** True when the chart shows a count below the threshold (as null after `maskeer`, or still as a number). */
function heeftMasker(grafiek: Grafiek, drempel: number): boolean {
  return telt(grafiek) && grafiek.reeksen.some((r) => r.waarden.some((w) => w === null || gemaskeerd(w, drempel)));
}

function opmaak(document: Document, grafiek: Grafiek, breedte: number, drempel: number): Opmaak {
  const titelRegels = document.regels(grafiek.titel, { grootte: LETTER.titel, vet: true }, breedte);
  const items = [
    ...(grafiek.reeksen.length > 1 ? grafiek.reeksen.map((r, index) => ({ naam: r.naam, index })) : []),
    ...(heeftMasker(grafiek, drempel) ? [{ naam: grafiek.reeksen.some((r) => r.verborgen?.some(Boolean)) ? `minder dan ${drempel} (x: weggelaten)` : `minder dan ${drempel}`, index: -1 }] : []),
  ];
  const legenda = items.length ? legendaRijen(document, items, breedte) : [];
  const kop = titelRegels.length * REGEL(LETTER.titel) + 4 + legenda.length * 12 + (legenda.length ? 4 : 0) + 12; // + unit line
  const n = Math.max(grafiek.categorieen.length, 1);
  const vak = (breedte - 40) / n;
  const categorieRegels = grafiek.categorieen.map((c) => document.regels(c, { grootte: LETTER.label }, vak - 3));
  const liggend = grafiek.soort === 'staaf' && categorieRegels.some((r) => r.length > 2 || r.some((regel) => tekstBreedte(document, regel, LETTER.label) > vak - 2));
  if (!liggend) {
    const labelRegels = Math.max(1, ...categorieRegels.map((r) => r.length));
    return { titelRegels, legenda, liggend, categorieRegels, plotHoogte: PLOT_HOOGTE, hoogte: kop + PLOT_HOOGTE + 6 + labelRegels * REGEL(LETTER.label) + 4, labelBreedte: 0 };
  }
  const labelBreedte = Math.min(breedte * 0.36, Math.max(...grafiek.categorieen.map((c) => tekstBreedte(document, c, LETTER.label))) + 6);
  const wrapped = grafiek.categorieen.map((c) => document.regels(c, { grootte: LETTER.label }, labelBreedte - 6));
  const groep = (c: number) => Math.max(grafiek.reeksen.length * STAAF_LIGGEND, wrapped[c]!.length * REGEL(LETTER.label)) + 6;
  const plotHoogte = grafiek.categorieen.reduce((som, _c, i) => som + groep(i), 0);
  return { titelRegels, legenda, liggend, categorieRegels: wrapped, plotHoogte, hoogte: kop + plotHoogte + 6 + REGEL(LETTER.as) + 4, labelBreedte };
}

/** The height a chart takes at this width (for page layout: a chart is never split over two pages). */
export function grafiekHoogte(document: Document, grafiek: Grafiek, breedte: number, opties: GrafiekOpties): number {
  return opmaak(document, grafiek, breedte, opties.drempel).hoogte;
}

/** Draws the chart with its top-left corner at `plek`; returns the height used. */
export function tekenGrafiek(document: Document, grafiek: Grafiek, plek: Plek, opties: GrafiekOpties): number {
  const o = opmaak(document, grafiek, plek.breedte, opties.drempel);
  const maskeer = telt(grafiek);
  const drempel = opties.drempel;
  const isGemaskeerd = (w: number | null) => maskeer && (w === null || gemaskeerd(w, drempel));
  const procent = grafiek.eenheid.trim() === '%';

  let y = plek.boven;
  for (const regel of o.titelRegels) {
    y -= REGEL(LETTER.titel);
    tekst(document, regel, plek.x, y + 2, LETTER.titel, { vet: true });
  }
  y -= 4;
  for (const rij of o.legenda) {
    y -= 12;
    for (const item of rij) {
      const x = plek.x + item.dx;
      if (item.index < 0) {
        if (grafiek.soort === 'staaf') document.pagina.drawRectangle({ x: x + 0.5, y, width: 10, height: 8, borderColor: GRIJS, borderWidth: 0.6, borderDashArray: [2, 1.5] });
        else tekst(document, maskerTekst(drempel), x, y + 1, LETTER.waarde, { kleur: GRIJS });
      } else if (grafiek.soort === 'staaf') tekenVulling(document, { x, y: y, breedte: 11, hoogte: 8 }, VULLINGEN[item.index % VULLINGEN.length]!);
      else {
        const stijl = LIJNSTIJLEN[item.index % LIJNSTIJLEN.length]!;
        document.pagina.drawLine({ start: { x, y: y + 4 }, end: { x: x + 13, y: y + 4 }, thickness: 1.3, color: stijl.kleur, ...(stijl.streep ? { dashArray: stijl.streep } : {}) });
        tekenMarker(document, stijl.marker, x + 6.5, y + 4, stijl.kleur, 2.3);
      }
      tekst(document, item.naam, x + 16, y + 1, LETTER.legenda);
    }
  }
  if (o.legenda.length) y -= 4;

  // The scale: masked values count as the threshold, so the axis never betrays them.
  const waarden = grafiek.reeksen.flatMap((r) => r.waarden).filter((w): w is number => w !== null);
  const zichtbaar = grafiek.reeksen.flatMap((r) => r.waarden).flatMap((w) => (isGemaskeerd(w) ? [drempel] : w === null ? [] : [w]));
  const geheel = maskeer || waarden.every((w) => Number.isInteger(w));
  const schaal = asSchaal(Math.max(0, ...zichtbaar), Math.min(0, ...zichtbaar), { geheel, procent, maxStappen: o.liggend ? 5 : 5 });
  const asLabels = schaal.ticks.map((t) => asTekst(t, grafiek.eenheid));

  y -= 12;
  const eenheid = procent ? '' : grafiek.eenheid; // "40 %" on the ticks says it already
  if (o.liggend) {
    return liggend(document, grafiek, plek, o, y, schaal, asLabels, eenheid, isGemaskeerd, drempel);
  }

  const asBreedte = Math.max(...asLabels.map((l) => tekstBreedte(document, l, LETTER.as))) + 5;
  const plotX = plek.x + asBreedte;
  const plotB = plek.breedte - asBreedte - 4;
  const plotTop = y - 2;
  const plotOnder = plotTop - o.plotHoogte;
  const naarY = (w: number) => plotOnder + ((w - schaal.onder) / (schaal.boven - schaal.onder)) * o.plotHoogte;
  tekst(document, eenheid, plek.x, plotTop + 5, LETTER.as, { kleur: GRIJS });

  // Gridlines and tick labels.
  schaal.ticks.forEach((t, i) => {
    const ty = naarY(t);
    document.pagina.drawLine({ start: { x: plotX, y: ty }, end: { x: plotX + plotB, y: ty }, thickness: t === 0 ? 0.8 : 0.4, color: t === 0 ? ZWART : RASTER });
    tekst(document, asLabels[i]!, plotX - 3, ty - 2.4, LETTER.as, { uitlijning: 'rechts', kleur: GRIJS });
  });
  document.pagina.drawLine({ start: { x: plotX, y: plotOnder }, end: { x: plotX, y: plotTop }, thickness: 0.6, color: ZWART });

  const n = Math.max(grafiek.categorieen.length, 1);
  const vak = plotB / n;
  const nulY = naarY(0);
  const masker = maskerTekst(drempel);
  if (grafiek.soort === 'staaf') {
    const reeksen = grafiek.reeksen.length;
    const groepBreedte = vak * (reeksen > 1 ? 0.82 : 0.62);
    const staaf = groepBreedte / Math.max(reeksen, 1);
    grafiek.categorieen.forEach((_c, ci) => {
      grafiek.reeksen.forEach((reeks, ri) => {
        const w = reeks.waarden[ci] ?? null;
        const x = plotX + ci * vak + (vak - groepBreedte) / 2 + ri * staaf;
        if (w === null && !maskeer) {
          tekst(document, '–', x + staaf / 2, nulY + 2, LETTER.waarde, { uitlijning: 'midden', kleur: GRIJS });
          return;
        }
        if (w === null || isGemaskeerd(w)) {
          const top = naarY(drempel);
          tekenVulling(document, { x: x + 0.5, y: nulY, breedte: staaf - 1, hoogte: top - nulY }, VULLINGEN[ri % VULLINGEN.length]!, true);
          const label = reeks.verborgen?.[ci] ? VERBORGEN_TEKST : masker;
          if (tekstBreedte(document, label, LETTER.waarde) <= staaf + 1) tekst(document, label, x + staaf / 2, top + 2, LETTER.waarde, { uitlijning: 'midden' });
          return;
        }
        tekenVulling(document, { x: x + 0.5, y: nulY, breedte: staaf - 1, hoogte: naarY(w) - nulY }, VULLINGEN[ri % VULLINGEN.length]!);
        const label = asTekst(w, grafiek.eenheid);
        // A value label only where it fits over its own bar (with a little slack into the gap); with several
        // series no "0" labels, which would only crowd the axis.
        if (!(w === 0 && reeksen > 1) && tekstBreedte(document, label, LETTER.waarde) <= staaf + (reeksen > 1 ? 1 : vak - staaf - 2)) {
          const ly = w >= 0 ? naarY(w) + 2 : naarY(w) - LETTER.waarde - 1;
          tekst(document, label, x + staaf / 2, ly, LETTER.waarde, { uitlijning: 'midden' });
        }
      });
    });
  } else {
    grafiek.reeksen.forEach((reeks, ri) => {
      const stijl = LIJNSTIJLEN[ri % LIJNSTIJLEN.length]!;
      const punt = (ci: number) => ({ x: plotX + ci * vak + vak / 2, y: naarY(reeks.waarden[ci]!) });
      const toon = (ci: number) => {
        const w = reeks.waarden[ci] ?? null;
        return w !== null && !isGemaskeerd(w);
      };
      for (let ci = 0; ci + 1 < grafiek.categorieen.length; ci++) {
        if (!toon(ci) || !toon(ci + 1)) continue;
        document.pagina.drawLine({ start: punt(ci), end: punt(ci + 1), thickness: 1.4, color: stijl.kleur, ...(stijl.streep ? { dashArray: stijl.streep } : {}) });
      }
      grafiek.categorieen.forEach((_c, ci) => {
        const w = reeks.waarden[ci] ?? null;
        const x = plotX + ci * vak + vak / 2;
        if (w === null && !maskeer) return; // no figure: the line has a gap
        if (w === null || isGemaskeerd(w)) {
          tekst(document, reeks.verborgen?.[ci] ? VERBORGEN_TEKST : masker, x, naarY(drempel) + 2 + ri * 8, LETTER.waarde, { uitlijning: 'midden', kleur: GRIJS });
          return;
        }
        tekenMarker(document, stijl.marker, x, naarY(w), stijl.kleur);
        // Value labels with one or two lines: the higher point's above it, the lower one's below it.
        if (grafiek.reeksen.length <= 2) {
          const ander = grafiek.reeksen.length === 2 ? (grafiek.reeksen[1 - ri]!.waarden[ci] ?? null) : null;
          const onder = ander !== null && !isGemaskeerd(ander) && (w < ander || (w === ander && ri === 1));
          if (!(w === ander && ri === 1)) tekst(document, asTekst(w, grafiek.eenheid), x, onder ? naarY(w) - 4.5 - LETTER.waarde : naarY(w) + 4.5, LETTER.waarde, { uitlijning: 'midden' });
        }
      });
    });
  }

  // Category labels under the axis, centred, at most two lines (longer ones make the chart horizontal).
  o.categorieRegels.forEach((regels, ci) => {
    regels.forEach((regel, r) => tekst(document, regel, plotX + ci * vak + vak / 2, plotOnder - 4 - (r + 1) * REGEL(LETTER.label) + 2, LETTER.label, { uitlijning: 'midden' }));
  });
  return o.hoogte;
}

/** Horizontal bars: category labels on the left (wrapped), the value axis along the bottom. */
function liggend(
  document: Document,
  grafiek: Grafiek,
  plek: Plek,
  o: Opmaak,
  y: number,
  schaal: ReturnType<typeof asSchaal>,
  asLabels: string[],
  eenheid: string,
  isGemaskeerd: (w: number | null) => boolean,
  drempel: number,
): number {
  const plotX = plek.x + o.labelBreedte;
  const laatsteLabel = tekstBreedte(document, asLabels.at(-1)!, LETTER.as);
  const plotB = plek.breedte - o.labelBreedte - laatsteLabel / 2 - 4;
  const plotTop = y - 2;
  const plotOnder = plotTop - o.plotHoogte;
  const naarX = (w: number) => plotX + ((w - schaal.onder) / (schaal.boven - schaal.onder)) * plotB;
  tekst(document, eenheid, plotX + plotB, plotOnder - 4 - REGEL(LETTER.as) - 2, LETTER.as, { kleur: GRIJS, uitlijning: 'rechts' });
  schaal.ticks.forEach((t, i) => {
    const tx = naarX(t);
    document.pagina.drawLine({ start: { x: tx, y: plotOnder }, end: { x: tx, y: plotTop }, thickness: t === 0 ? 0.8 : 0.4, color: t === 0 ? ZWART : RASTER });
    tekst(document, asLabels[i]!, tx, plotOnder - 4 - LETTER.as, LETTER.as, { uitlijning: 'midden', kleur: GRIJS });
  });
  document.pagina.drawLine({ start: { x: plotX, y: plotOnder }, end: { x: plotX + plotB, y: plotOnder }, thickness: 0.6, color: ZWART });
  const nulX = naarX(0);
  const masker = maskerTekst(drempel);
  let top = plotTop;
  grafiek.categorieen.forEach((_c, ci) => {
    const regels = o.categorieRegels[ci]!;
    const groep = Math.max(grafiek.reeksen.length * STAAF_LIGGEND, regels.length * REGEL(LETTER.label)) + 6;
    const midden = top - groep / 2;
    regels.forEach((regel, r) => {
      const ry = midden + (regels.length * REGEL(LETTER.label)) / 2 - (r + 1) * REGEL(LETTER.label) + 2;
      tekst(document, regel, plotX - 5, ry, LETTER.label, { uitlijning: 'rechts' });
    });
    const staven = grafiek.reeksen.length * STAAF_LIGGEND;
    grafiek.reeksen.forEach((reeks, ri) => {
      const w = reeks.waarden[ci] ?? null;
      const by = midden + staven / 2 - (ri + 1) * STAAF_LIGGEND;
      if (w === null && !telt(grafiek)) {
        tekst(document, '–', nulX + 2, by + 2, LETTER.waarde, { kleur: GRIJS });
        return;
      }
      if (w === null || isGemaskeerd(w)) {
        const eind = naarX(drempel);
        tekenVulling(document, { x: nulX, y: by + 0.5, breedte: eind - nulX, hoogte: STAAF_LIGGEND - 1 }, VULLINGEN[ri % VULLINGEN.length]!, true);
        tekst(document, reeks.verborgen?.[ci] ? VERBORGEN_TEKST : masker, eind + 2, by + 2, LETTER.waarde);
        return;
      }
      tekenVulling(document, { x: nulX, y: by + 0.5, breedte: naarX(w) - nulX, hoogte: STAAF_LIGGEND - 1 }, VULLINGEN[ri % VULLINGEN.length]!);
      const label = asTekst(w, grafiek.eenheid);
      const lb = tekstBreedte(document, label, LETTER.waarde);
      const eind = naarX(w);
      // Right of the bar when there is room before the plot's edge, else inside it in white on the dark fill.
      if (eind + 2 + lb <= plotX + plotB + laatsteLabel / 2 + 2) tekst(document, label, eind + 2, by + 2, LETTER.waarde);
      else if (eind - nulX > lb + 4) tekst(document, label, eind - 2, by + 2, LETTER.waarde, { uitlijning: 'rechts', kleur: ri % VULLINGEN.length === 0 ? rgb(1, 1, 1) : ZWART });
    });
    top -= groep;
  });
  return o.hoogte;
}
