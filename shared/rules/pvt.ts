import type { PvtStatus, Sessiesoort } from '../domain/pvt';
import type { MapThemaInvoer } from '../domain/pvt';
import type { Leerroute } from '../domain/pip';
import type { Bevinding } from './intake';

// Besluit inburgering 2021 art. 3.1 lid 3: the PVT comprises at least 12 hours.
export const PVT_MINIMUM_UREN = 12;

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

/** Hours attended (plus intake hours counted under art. 3.1 lid 5) and what is still missing. */
export function pvtVoortgang(aanwezigheden: readonly Aanwezigheid[], intakeUren: number): PvtVoortgang {
  const aanwezig = aanwezigheden.filter((a) => a.aanwezig);
  const uren = aanwezig.reduce((som, a) => som + a.uren, 0) + intakeUren;
  const excursieOfActiviteit = aanwezig.some((a) => a.soort === 'excursie' || a.soort === 'activiteit');
  const ondertekeningsbijeenkomst = aanwezig.some((a) => a.soort === 'ondertekeningsbijeenkomst');
  const ontbreekt: Bevinding[] = [];
  if (uren < PVT_MINIMUM_UREN) {
    ontbreekt.push({ regel: 'pvt-12-uur', artikel: 'art. 3.1 lid 3 Besluit inburgering 2021', melding: `Nog ${formatUren(PVT_MINIMUM_UREN - uren)} uur nodig (ten minste ${PVT_MINIMUM_UREN} uur).` });
  }
  if (!excursieOfActiviteit) {
    ontbreekt.push({ regel: 'pvt-excursie', artikel: 'art. 3.1 lid 1 Besluit inburgering 2021', melding: 'Nog geen excursie of activiteit over een kernwaarde bijgewoond.' });
  }
  if (!ondertekeningsbijeenkomst) {
    ontbreekt.push({ regel: 'pvt-ondertekening', artikel: 'art. 3.1 lid 2 Besluit inburgering 2021', melding: 'Nog niet aanwezig geweest bij de ondertekeningsbijeenkomst.' });
  }
  return { uren, excursieOfActiviteit, ondertekeningsbijeenkomst, ontbreekt };
}

export function pvtStatus(voortgang: PvtVoortgang, datumOndertekening: string | null): PvtStatus {
  if (datumOndertekening) return 'afgerond';
  if (voortgang.ontbreekt.length === 0) return 'klaar_voor_ondertekening';
  return voortgang.uren > 0 ? 'bezig' : 'niet_gestart';
}

export function formatUren(uren: number): string {
  return uren.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
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

/** The PVT state of one person from the attended sessions, the intake hours and the signing date. */
export function pvtStand(feiten: { aanwezigheden: readonly Aanwezigheid[]; intakeUren: number; datumOndertekening: string | null }) {
  const voortgang = pvtVoortgang(feiten.aanwezigheden, feiten.intakeUren);
  return { voortgang, status: pvtStatus(voortgang, feiten.datumOndertekening) };
}
