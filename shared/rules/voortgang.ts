// Rules about the voortgang of a leerroute. NT2 hours are those of periods of soort 'nt2'.

/** Wi 17 lid 3; Besluit 5.5 lid 1: afschalen B1 → A2 may be considered after 600 hours of NT2 onderwijs. */
export const AFSCHALEN_NA_UREN = 600;

export interface UrenPeriode {
  soort: string;
  tot: string;
  urenGevolgd: number;
}

/** The NT2 hours followed, in total. */
export function nt2UrenGevolgd(periodes: readonly UrenPeriode[]): number {
  return periodes.filter((p) => p.soort === 'nt2').reduce((som, p) => som + p.urenGevolgd, 0);
}

/** The last day of the period in which the NT2 hours reached 600, or null while they have not. */
export function afschalenInZichtSinds(periodes: readonly UrenPeriode[]): string | null {
  let som = 0;
  for (const p of [...periodes].filter((x) => x.soort === 'nt2').sort((a, b) => a.tot.localeCompare(b.tot))) {
    som += p.urenGevolgd;
    if (som >= AFSCHALEN_NA_UREN) return p.tot;
  }
  return null;
}
