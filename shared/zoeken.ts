// Searching names the way people type them: without accents, case or special letters.

/** Lower case without accents, so "celik" finds "Çelik", "dorde" finds "Đorđe" and "yildiz" finds "Yıldız". */
export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
}

/** The digits of a term typed as a number (BSN "1234 56 782", V-nummer "12.3456.7890"), or null if it is no number. */
export function alleenCijfers(term: string): string | null {
  const cijfers = term.replace(/[\s.-]/g, '');
  return /^\d+$/.test(cijfers) ? cijfers : null;
}

/** Where a dossier search found its match. */
export const ZOEK_VELDEN = ['naam', 'bsn', 'vNummer', 'kenmerk'] as const;
export type ZoekVeld = (typeof ZOEK_VELDEN)[number];
export const ZOEK_VELD_LABELS: Record<ZoekVeld, string> = { naam: 'naam', bsn: 'BSN', vNummer: 'V-nummer', kenmerk: 'kenmerk' };

/** At most this many dossiers per search: the field is for finding one, not for lists. */
export const MAX_ZOEKRESULTATEN = 20;

/**
 * A name or search term in the form the search words are stored in: `zoekvorm`, every run of other
 * characters than letters and digits one space ("Al-Ahmad" → "al ahmad"), trimmed.
 */
export function zoekwoordvorm(tekst: string): string {
  return zoekvorm(tekst)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The upper end of a prefix range: `woord >= term AND woord < term + PREFIX_EINDE` finds every word that starts with term. */
export const PREFIX_EINDE = '\u{10ffff}';

/**
 * The search words of one name: every word suffix of the full name ("mohammad al ahmad", "al ahmad",
 * "ahmad") and of the surname-first form ("al ahmad mohammad", …), so a prefix of any of them finds the
 * dossier: "moh", "al ah", "ahm", "de vr", "vries", "celik gulsen".
 */
export function zoekwoordenVan(naam: { voornamen: string; tussenvoegsel: string | null; achternaam: string }): string[] {
  const uit = new Set<string>();
  const vormen = [[naam.voornamen, naam.tussenvoegsel, naam.achternaam], [naam.achternaam, naam.voornamen], [naam.tussenvoegsel, naam.achternaam, naam.voornamen]];
  for (const delen of vormen) {
    const woorden = zoekwoordvorm(delen.filter((d) => d && d.trim()).join(' ')).split(' ').filter(Boolean);
    for (let i = 0; i < woorden.length; i += 1) uit.add(woorden.slice(i).join(' '));
  }
  return [...uit];
}

/** The sort orders of the inburgeraars list (each computed in SQL, with the id as the last tie-break). */
export const LIJST_SORTERINGEN = ['naam', 'bsn', 'geboortedatum', 'doelgroep', 'status', 'woonplaats'] as const;
export type LijstSortering = (typeof LIJST_SORTERINGEN)[number];
export const RICHTINGEN = ['asc', 'desc'] as const;
export type Richting = (typeof RICHTINGEN)[number];

/** The two PIP counts of the werkvoorraad, as list filters: a link from a count opens exactly the dossiers it counted. */
export const PIP_FILTERS = ['verstreken', 'binnen2weken'] as const;
export type PipFilter = (typeof PIP_FILTERS)[number];
export const PIP_FILTER_LABELS: Record<PipFilter, string> = { verstreken: 'Termijn verstreken', binnen2weken: 'Uiterlijk binnen 2 weken' };

/** Rows per page of the inburgeraars list: default and maximum. */
export const LIJST_STANDAARD_AANTAL = 50;
export const LIJST_MAX_AANTAL = 200;
