import type { PvtStatus, Sessiesoort } from '../domain/pvt';
import type { MapThema, MapThemaInvoer } from '../domain/pvt';
import type { Leerroute } from '../domain/pip';
import type { Bevinding } from './intake';
import { datumKort } from '../format';

// Besluit inburgering 2021 art. 3.1 lid 3: the PVT comprises at least 12 hours.
export const PVT_MINIMUM_UREN = 12;

/**
 * The paragraphs of Besluit inburgering 2021 art. 3.1 each PVT rule rests on (one source for the citations):
 * lid 1 the inleiding in the kernwaarden, closed by being present at the ondertekeningsbijeenkomst and
 * signing there; lid 2 the inleiding includes an excursie or activiteit on at least one kernwaarde;
 * lid 3 at least 12 hours; lid 4 the college registers attendance; lid 5 intake hours that count;
 * lid 6 the text of the verklaring (bijlage).
 */
export const PVT_ARTIKELEN = {
  ondertekening: 'art. 3.1 lid 1',
  excursie: 'art. 3.1 lid 2',
  uren: 'art. 3.1 lid 3',
  aanwezigheid: 'art. 3.1 lid 4',
  intakeUren: 'art. 3.1 lid 5',
  tekst: 'art. 3.1 lid 6',
} as const;

const BESLUIT = 'Besluit inburgering 2021';

export interface Aanwezigheid {
  soort: Sessiesoort;
  uren: number;
  aanwezig: boolean;
}

export interface PvtVoortgang {
  uren: number;
  excursieOfActiviteit: boolean;
  ondertekeningsbijeenkomst: boolean;
  ontbreekt: Bevinding[];
}

/** Hours attended (plus intake hours counted under art. 3.1 lid 5) and what is still missing. A MAP session never counts. */
export function pvtVoortgang(aanwezigheden: readonly Aanwezigheid[], intakeUren: number): PvtVoortgang {
  const aanwezig = aanwezigheden.filter((a) => a.aanwezig && a.soort !== 'map_bijeenkomst');
  const uren = aanwezig.reduce((som, a) => som + a.uren, 0) + intakeUren;
  const excursieOfActiviteit = aanwezig.some((a) => a.soort === 'excursie' || a.soort === 'activiteit');
  const ondertekeningsbijeenkomst = aanwezig.some((a) => a.soort === 'ondertekeningsbijeenkomst');
  const ontbreekt: Bevinding[] = [];
  if (uren < PVT_MINIMUM_UREN) {
    ontbreekt.push({ regel: 'pvt-12-uur', artikel: `${PVT_ARTIKELEN.uren} ${BESLUIT}`, melding: `Nog ${formatUren(PVT_MINIMUM_UREN - uren)} uur nodig (ten minste ${PVT_MINIMUM_UREN} uur).` });
  }
  if (!excursieOfActiviteit) {
    ontbreekt.push({ regel: 'pvt-excursie', artikel: `${PVT_ARTIKELEN.excursie} ${BESLUIT}`, melding: 'Nog geen excursie of activiteit over een kernwaarde bijgewoond.' });
  }
  if (!ondertekeningsbijeenkomst) {
    ontbreekt.push({ regel: 'pvt-ondertekening', artikel: `${PVT_ARTIKELEN.ondertekening} ${BESLUIT}`, melding: 'Nog niet aanwezig geweest bij de ondertekeningsbijeenkomst.' });
  }
  return { uren, excursieOfActiviteit, ondertekeningsbijeenkomst, ontbreekt };
}

export function pvtStatus(voortgang: PvtVoortgang, datumOndertekening: string | null): PvtStatus {
  if (datumOndertekening) return 'afgerond';
  if (voortgang.ontbreekt.length === 0) return 'klaar_voor_ondertekening';
  return voortgang.uren > 0 ? 'bezig' : 'niet_gestart';
}

// One formatter for all calls: toLocaleString builds a new one each time, which dominates long lists.
const UREN = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function formatUren(uren: number): string {
  return UREN.format(uren);
}

// Wi 8 lid 3: the MAP is not part of the onderwijsroute.
export function mapVanToepassing(leerroute: Leerroute | null): boolean {
  return leerroute !== 'onderwijs';
}

export const MAP_NIET_IN_ONDERWIJSROUTE: Bevinding = {
  regel: 'map-onderwijsroute',
  artikel: 'art. 8 lid 3 Wi 2021',
  melding: 'De module arbeidsmarkt en participatie hoort niet bij de onderwijsroute.',
};

export interface MapVoortgang {
  uren: number;
  afgerondeThemas: number;
  afgerond: boolean;
  ontbreekt: Bevinding[];
}

/** Besluit 3.2: eight themes and an eindgesprek; the hour norm is set by regeling (UNCONFIRMED: 40 by default, a setting). */
export function mapVoortgang(themas: readonly MapThemaInvoer[], eindgesprek: string | null, urenNorm: number): MapVoortgang {
  const uren = themas.reduce((som, t) => som + t.uren, 0);
  const afgerondeThemas = themas.filter((t) => t.status === 'afgerond').length;
  const ontbreekt: Bevinding[] = [];
  if (afgerondeThemas < 8) ontbreekt.push({ regel: 'map-themas', artikel: 'art. 3.2 lid 1 Besluit inburgering 2021', melding: `Nog ${8 - afgerondeThemas} van de 8 thema’s af te ronden.` });
  if (uren < urenNorm) ontbreekt.push({ regel: 'map-uren', artikel: 'art. 3.2 lid 4 Besluit inburgering 2021 (urennorm uit de regeling)', melding: `Nog ${formatUren(urenNorm - uren)} uur nodig (norm ${urenNorm} uur).` });
  if (!eindgesprek) ontbreekt.push({ regel: 'map-eindgesprek', artikel: 'art. 3.2 lid 2 Besluit inburgering 2021', melding: 'Het eindgesprek met het college is nog niet gevoerd.' });
  return { uren, afgerondeThemas, afgerond: ontbreekt.length === 0, ontbreekt };
}

/** Hours of an attended MAP group session, on its thema. */
export interface MapSessieUren {
  thema: MapThema;
  uren: number;
}

/**
 * Besluit 3.2 lid 1: per thema the hours entered for the person plus those of the MAP group sessions
 * attended on that thema (`groepsUren`); a thema with group hours is at least "bezig".
 */
export function mapThemasMetGroepsuren(themas: readonly MapThemaInvoer[], sessies: readonly MapSessieUren[]): (MapThemaInvoer & { groepsUren: number })[] {
  return themas.map((t) => {
    const groepsUren = sessies.filter((s) => s.thema === t.thema).reduce((som, s) => som + s.uren, 0);
    return { ...t, groepsUren, uren: t.uren + groepsUren, status: t.status === 'open' && groepsUren > 0 ? 'bezig' : t.status };
  });
}

/** The MAP state of one person: the per-person thema rows and the attended MAP group sessions together. */
export function mapStand(feiten: { mapThemas: readonly MapThemaInvoer[]; mapSessieUren: readonly MapSessieUren[]; eindgesprek: string | null }, urenNorm: number): MapVoortgang {
  return mapVoortgang(mapThemasMetGroepsuren(feiten.mapThemas, feiten.mapSessieUren), feiten.eindgesprek, urenNorm);
}

/** The PVT state of one person from the attended sessions, the intake hours and the signing date. */
export function pvtStand(feiten: { aanwezigheden: readonly Aanwezigheid[]; intakeUren: number; datumOndertekening: string | null }) {
  const voortgang = pvtVoortgang(feiten.aanwezigheden, feiten.intakeUren);
  return { voortgang, status: pvtStatus(voortgang, feiten.datumOndertekening) };
}

export interface FormulierGereedheid {
  klaar: boolean;
  /** Why there is no form yet, each with its article; empty when klaar. */
  redenen: string[];
}

/**
 * Whether a person gets a participatieverklaring form in the ceremony batch.
 *
 * Besluit 3.1 lid 1 ends the PVT with being present at the ondertekeningsbijeenkomst and signing the
 * verklaring there; lid 2 requires an excursie or activiteit on a kernwaarde within the inleiding;
 * lid 3 requires at least 12 hours, to which intake hours count (lid 5). The forms are printed for
 * that meeting, and attendance at it is registered (lid 4) at the meeting itself, where they sign:
 * requiring that attendance before printing would leave nobody with a form. So a form needs lid 2
 * and lid 3 met, not the attendance of lid 1. The hours of the meeting itself belong to the traject
 * too (lid 1 makes the signing part of it), so the hours of the planned meeting the forms are for
 * (`urenBijeenkomst`) count for someone who has not attended a signing meeting yet.
 * Someone who already signed gets no second form: the text version recorded when printing must stay
 * the one that was signed.
 */
export function klaarVoorFormulier(
  voortgang: PvtVoortgang,
  opties: { urenBijeenkomst?: number; datumOndertekening?: string | null } = {},
): FormulierGereedheid {
  const redenen: string[] = [];
  if (opties.datumOndertekening) {
    redenen.push(`Heeft de participatieverklaring al ondertekend op ${datumKort(opties.datumOndertekening)} (${PVT_ARTIKELEN.ondertekening} Besluit)`);
    return { klaar: false, redenen };
  }
  const uren = voortgang.uren + (voortgang.ondertekeningsbijeenkomst ? 0 : (opties.urenBijeenkomst ?? 0));
  if (uren < PVT_MINIMUM_UREN) redenen.push(`Nog ${formatUren(PVT_MINIMUM_UREN - uren)} uur nodig (${PVT_ARTIKELEN.uren} Besluit)`);
  if (!voortgang.excursieOfActiviteit) redenen.push(`Nog geen excursie of activiteit over een kernwaarde bijgewoond (${PVT_ARTIKELEN.excursie} Besluit)`);
  return { klaar: redenen.length === 0, redenen };
}

/**
 * Names for a list that passes from hand to hand (the presentielijst): no birth date. Two people with
 * the same name get a number after it, in the order of their inburgeraarId, so the same person has
 * the same number on every list and screen. (The name already holds all first names, so two equal
 * names also share the initial of a second first name; only a number tells them apart.)
 */
export function onderscheidenNamen<T extends { inburgeraarId: number; naam: string }>(deelnemers: readonly T[]): T[] {
  const sleutel = (naam: string) => naam.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  const perNaam = new Map<string, number[]>();
  for (const d of deelnemers) perNaam.set(sleutel(d.naam), [...(perNaam.get(sleutel(d.naam)) ?? []), d.inburgeraarId]);
  return deelnemers.map((d) => {
    const ids = perNaam.get(sleutel(d.naam))!;
    if (ids.length < 2) return d;
    const nummer = [...ids].sort((a, b) => a - b).indexOf(d.inburgeraarId) + 1;
    return { ...d, naam: `${d.naam} (${nummer})` };
  });
}
