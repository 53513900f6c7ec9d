import { datumLang } from '../format';
import { laatsteDagVanTermijn, plusWeken } from './datum';
import { heeftVerblijfsvergunningAsiel, isAsielgroep, type Doelgroep, type DuoDoelgroepcode } from './doelgroep';
import { begeleidingStart, ontzorgenEinde } from './termijnen';

// Maatschappelijke begeleiding (Wi 13; Besluit 5.1) and financieel ontzorgen (Pw 56a, 57).

/**
 * The planned duration of maatschappelijke begeleiding. The law sets none (DOMAIN.md §15 item 9,
 * UNCONFIRMED); about a year is common practice. The gemeente's setting `begeleidingMaanden` overrides
 * this default; the regisseur sets the date per dossier.
 */
export const BEGELEIDING_STANDAARD_MAANDEN = 12;

/** From how many weeks before the end of ontzorgen the uitstroomgesprek is due (policy, not law). */
export const UITSTROOM_WEKEN_VOORAF = 4;

export const BEGELEIDING_ALLEEN_ASIEL =
  'Maatschappelijke begeleiding is er alleen voor asielstatushouders en hun gezinsleden (art. 13 lid 1 Wet inburgering 2021). Deze inburgeraar hoort bij een andere doelgroep; pas eerst de doelgroep aan bij de gegevens als die niet klopt.';

export const ONTZORGEN_ALLEEN_VBV_ASIEL =
  'Financieel ontzorgen geldt alleen voor een inburgeringsplichtige met een verblijfsvergunning asiel voor bepaalde tijd die bijstand krijgt (art. 56a lid 1 Participatiewet). Gezinsleden met een reguliere vergunning en gezins- of overige migranten vallen er niet onder.';

// Wi 13 lid 1: the asiel group (including family members with a regular permit) gets begeleiding.
export function begeleidingWeigering(doelgroep: Doelgroep): string | null {
  return isAsielgroep(doelgroep) ? null : BEGELEIDING_ALLEEN_ASIEL;
}

// Wi 13 lid 3: begeleiding starts on the day of inschrijving in the BRP of the huisvestingsgemeente.
export function begeleidingStandaardStart(inschrijvingBrp: string | null): string | null {
  return inschrijvingBrp ? begeleidingStart(inschrijvingBrp) : null;
}

// Wi 13 lid 3: a start before the BRP day is not possible; without a BRP date there is no start yet.
export function begeleidingStartFout(start: string, inschrijvingBrp: string | null): string | null {
  if (!inschrijvingBrp) {
    return 'De begeleiding begint op de dag van inschrijving in de BRP (art. 13 lid 3 Wet inburgering 2021). Vul eerst de datum van inschrijving in de BRP in bij de gegevens.';
  }
  const vroegste = begeleidingStart(inschrijvingBrp);
  if (start < vroegste) {
    return `De begeleiding begint op de dag van inschrijving in de BRP (art. 13 lid 3 Wet inburgering 2021) en kan dus niet vóór ${datumLang(vroegste)} beginnen.`;
  }
  return null;
}

/** The planned end when the regisseur sets none: the last day of the default duration from the start. */
export function begeleidingStandaardEinde(start: string, maanden: number = BEGELEIDING_STANDAARD_MAANDEN): string {
  return laatsteDagVanTermijn(start, maanden);
}

// Pw 56a lid 1: inburgeringsplichtig and a verblijfsvergunning asiel voor bepaalde tijd (DUO code
// "Asielstatushouder"); family members with a regular permit are not covered.
export function ontzorgenWeigering(doelgroepcode: DuoDoelgroepcode): string | null {
  return heeftVerblijfsvergunningAsiel(doelgroepcode) ? null : ONTZORGEN_ALLEEN_VBV_ASIEL;
}

// Pw 56a lid 2: at least six months from the day the right to bijstand arises; longer is possible
// (Pw 57, budgetbeheer), shorter is not.
export function ontzorgenEindeFout(startBijstand: string, einde: string): string | null {
  const minimum = ontzorgenEinde(startBijstand);
  if (einde >= minimum) return null;
  return `Financieel ontzorgen duurt ten minste zes maanden vanaf de start van de bijstand (art. 56a lid 2 Participatiewet): het einde kan niet vóór ${datumLang(minimum)} liggen. Langer mag, als budgetbeheer (art. 57 Participatiewet).`;
}

/** The day from which the uitstroomgesprek is due: four weeks before the last day of ontzorgen. */
export function uitstroomgesprekVanaf(einde: string): string {
  return plusWeken(einde, -UITSTROOM_WEKEN_VOORAF);
}

export interface OntzorgenStand {
  /** Pw 56a lid 2: the earliest end allowed. */
  minimaleEinde: string;
  /** Days from today up to and including the last day; 0 on the last day, negative after it. */
  dagenOver: number;
  /** Ontzorgen ends within four weeks and no uitstroomgesprek is recorded yet. */
  uitstroomgesprekPlannen: boolean;
  afgelopen: boolean;
}

export function ontzorgenStand(o: { startBijstand: string; einde: string; uitstroomgesprek: string | null }, vandaag: string): OntzorgenStand {
  const dagenOver = dagenTussen(vandaag, o.einde);
  return {
    minimaleEinde: ontzorgenEinde(o.startBijstand),
    dagenOver,
    uitstroomgesprekPlannen: dagenOver >= 0 && vandaag >= uitstroomgesprekVanaf(o.einde) && !o.uitstroomgesprek,
    afgelopen: dagenOver < 0,
  };
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  const [a, b] = [Date.parse(`${van}T00:00:00Z`), Date.parse(`${tot}T00:00:00Z`)];
  return Math.round((b - a) / 86_400_000);
}

