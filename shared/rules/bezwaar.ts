import type { BezwaarUitkomst } from '../domain/bezwaar';
import { datumLang } from '../format';
import type { ExtraRustdagen } from './atw';
import { plusWeken } from './datum';
import { beslistermijnBezwaar, bezwaartermijn } from './termijnen';

// The bezwaar procedure as pure rules (Awb 6:7–6:11, 7:2–7:3, 7:10–7:12; DOMAIN.md §9, §13 rows 21–22).

/** The register facts the rules need. */
export interface BezwaarStand {
  verzenddatum: string;
  ontvangenOp: string;
  adviescommissie: boolean;
  hoorzittingOp: string | null;
  hoorzittingAfgezienReden: string | null;
  verdaagdOp: string | null;
  uitkomst: BezwaarUitkomst | null;
  uitkomstOud: string | null;
}

// Awb 6:7, 6:8 with Atw art. 1: the last day of the bezwaartermijn.
export function bezwaartermijnVan(verzenddatum: string, extra: ExtraRustdagen = []): string {
  return bezwaartermijn(verzenddatum, extra).datum;
}

// Awb 6:7, 6:9 lid 1: on time when received no later than the last day of the bezwaartermijn. A late one
// may still be treated when the lateness is verschoonbaar (Awb 6:11) — that is the regisseur's judgement.
export function bezwaarTijdig(ontvangenOp: string, bezwaartermijnEinde: string): boolean {
  return ontvangenOp <= bezwaartermijnEinde;
}

// Awb 7:10 lid 1 and 3: six weeks (twelve with an adviescommissie, Awb 7:13) after the bezwaartermijn,
// plus six weeks when verdaagd; each end extended by Atw art. 1.
export function beslistermijnVan(b: Pick<BezwaarStand, 'verzenddatum' | 'adviescommissie' | 'verdaagdOp'>, extra: ExtraRustdagen = []): string {
  return beslistermijnBezwaar(bezwaartermijnVan(b.verzenddatum, extra), { commissie: b.adviescommissie, verdaagd: b.verdaagdOp !== null }, extra).datum;
}

/** Decided (in the register, or by the old free-text PIP column). */
export function bezwaarAfgehandeld(b: Pick<BezwaarStand, 'uitkomst' | 'uitkomstOud'>): boolean {
  return b.uitkomst !== null || b.uitkomstOud !== null;
}

// Awb 7:2: the belanghebbende is heard before the decision, unless Awb 7:3 allows skipping it (for a
// reason that is recorded).
export function gehoordOfAfgezien(b: Pick<BezwaarStand, 'hoorzittingOp' | 'hoorzittingAfgezienReden'>): boolean {
  return b.hoorzittingOp !== null || b.hoorzittingAfgezienReden !== null;
}

/** The day the hoorzitting reminder is due: two weeks before the end of the beslistermijn (policy). */
export const HOORZITTING_WEKEN_VOOR_BESLISTERMIJN = 2;
export function hoorzittingUiterlijk(beslistermijnEinde: string): string {
  return plusWeken(beslistermijnEinde, -HOORZITTING_WEKEN_VOOR_BESLISTERMIJN);
}

// Awb 7:10 lid 3: one verdaging of at most six weeks, notified in writing within the beslistermijn.
export function verdagingWeigering(b: BezwaarStand, dagtekening: string, vandaag: string, extra: ExtraRustdagen = []): string | null {
  if (bezwaarAfgehandeld(b)) return 'Op dit bezwaar is al beslist. Verdagen kan dan niet meer.';
  if (b.verdaagdOp) return `Dit bezwaar is al verdaagd op ${datumLang(b.verdaagdOp)}. De wet staat één verdaging van ten hoogste zes weken toe (art. 7:10 lid 3 Awb).`;
  const einde = beslistermijnVan(b, extra);
  if (vandaag > einde || dagtekening > einde) {
    return `De beslistermijn eindigde op ${datumLang(einde)}. Verdagen kan alleen binnen de beslistermijn (art. 7:10 lid 3 Awb). Beslis zo snel mogelijk.`;
  }
  if (dagtekening < vandaag) return 'De dagtekening ligt in het verleden. Kies vandaag of een latere datum.';
  return null;
}

// Awb 7:2, 7:3, 7:12: decide once, after hearing the person (or with a recorded reason not to).
export function beslissingWeigering(b: BezwaarStand, uitkomst: BezwaarUitkomst, dagtekening: string, vandaag: string): string | null {
  if (bezwaarAfgehandeld(b)) return 'Op dit bezwaar is al beslist.';
  if (dagtekening < b.ontvangenOp) return 'De datum van de beslissing kan niet vóór de ontvangst van het bezwaarschrift liggen.';
  if (uitkomst === 'ingetrokken') return dagtekening > vandaag ? 'Een intrekking ligt niet in de toekomst. Vul de datum in waarop het bezwaar is ingetrokken.' : null;
  if (!gehoordOfAfgezien(b)) {
    return 'Leg eerst de hoorzitting vast, of de reden om van horen af te zien (art. 7:2 en 7:3 Awb). Daarna kunt u beslissen.';
  }
  if (b.hoorzittingOp && b.hoorzittingOp > dagtekening) return `De hoorzitting is op ${datumLang(b.hoorzittingOp)}. Beslis na de hoorzitting.`;
  if (dagtekening < vandaag) return 'De dagtekening ligt in het verleden. Kies vandaag of een latere datum.';
  return null;
}

// Awb 6:7, 6:8: beroep within six weeks after the day the beslissing op bezwaar was sent; Atw art. 1.
export function beroeptermijnEinde(verzenddatumBeslissing: string, extra: ExtraRustdagen = []): string {
  return bezwaartermijn(verzenddatumBeslissing, extra).datum;
}
