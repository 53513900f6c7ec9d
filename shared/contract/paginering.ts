import { z } from 'zod';

// Issue 14: no channel returns an unbounded list over the whole vault. Lists that grow with the caseload are
// read one page at a time: `pagina` from 0 and `aantal` rows (at most PAGINA_MAX); the answer carries `totaal`.

export const PAGINA_STANDAARD = 100;
export const PAGINA_MAX = 500;

export const paginaVelden = {
  /** Page number, from 0. */
  pagina: z.number({ error: 'Vul een paginanummer in.' }).int().min(0, 'Het paginanummer begint bij 0.').max(1_000_000, 'Ongeldige pagina.').optional(),
  /** Rows per page (default PAGINA_STANDAARD). */
  aantal: z.number({ error: 'Vul een aantal rijen in.' }).int().min(1, 'Vraag ten minste 1 rij.').max(PAGINA_MAX, `Ten hoogste ${PAGINA_MAX} rijen per pagina.`).optional(),
};

/** The rows of one page of a sorted list. */
export function paginaVan<T>(rijen: readonly T[], { pagina = 0, aantal = PAGINA_STANDAARD }: { pagina?: number | undefined; aantal?: number | undefined }): T[] {
  return rijen.slice(pagina * aantal, (pagina + 1) * aantal);
}
