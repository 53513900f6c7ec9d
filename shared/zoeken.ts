// Searching names the way people type them: without accents, case or special letters.

/** Lower case without accents, so "celik" finds "Çelik" and "dorde" finds "Đorđe". */
export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
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
