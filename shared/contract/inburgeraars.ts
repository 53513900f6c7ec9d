import { z } from 'zod';
import { huisgenoot, inburgeraar, inburgeraarInvoer, inburgeraarRij } from '../domain/inburgeraar';
import { id } from '../domain/velden';
import { DOELGROEPEN } from '../rules/doelgroep';
import { STATUSSEN } from '../rules/status';
import { leeg, niets, termijn } from './gedeeld';
import { statusCorrectieInvoer, statuswijziging, statusWijzigingInvoer } from '../domain/statuswijziging';
import { LIJST_MAX_AANTAL, LIJST_SORTERINGEN, MAX_ZOEKRESULTATEN, PIP_FILTERS, RICHTINGEN, ZOEK_VELDEN } from '../zoeken';

export const inburgeraarsKanalen = {
  werkvoorraad: {
    input: leeg,
    output: z.object({
      perStatus: z.record(z.enum(STATUSSEN), z.number().int()),
      perDoelgroep: z.record(z.enum(DOELGROEPEN), z.number().int()),
      totaal: z.number().int(),
      pipBinnenTweeWeken: z.number().int(),
      pipTermijnVerstreken: z.number().int(),
    }),
  },
  // One page of the list: search, filters, sorting and keyset paging in SQL (issue 14); never all dossiers.
  inburgeraarsLijst: {
    input: z
      .object({
        zoekterm: z.string().max(100, 'Zoek op hoogstens 100 tekens.').optional(),
        status: z.enum(STATUSSEN).optional(),
        doelgroep: z.enum(DOELGROEPEN).optional(),
        pip: z.enum(PIP_FILTERS).optional(),
        sorteer: z.enum(LIJST_SORTERINGEN).optional(),
        richting: z.enum(RICHTINGEN).optional(),
        /** The `volgende` of the previous page. */
        na: z.string().max(2000, 'Deze pagina van de lijst is niet (meer) geldig. Ga terug naar de eerste pagina van de lijst.').optional(),
        aantal: z
          .number()
          .int('Vraag een heel aantal rijen.')
          .min(1, 'Vraag minstens 1 rij.')
          .max(LIJST_MAX_AANTAL, `Vraag hoogstens ${LIJST_MAX_AANTAL} rijen per pagina.`)
          .optional(),
      })
      .strict(),
    output: z.object({ rijen: z.array(inburgeraarRij).max(LIJST_MAX_AANTAL), volgende: z.string().nullable(), totaal: z.number().int() }),
  },
  inburgeraarOphalen: {
    input: z.object({ id }),
    output: z.object({
      inburgeraar,
      pipTermijn: termijn.nullable(),
      inburgeringstermijn: z.object({ start: z.string(), einde: z.string() }).nullable(),
      huisgenoten: z.array(huisgenoot),
    }),
  },
  inburgeraarToevoegen: { input: inburgeraarInvoer, output: z.object({ id }) },
  inburgeraarWijzigen: { input: z.object({ id, gegevens: inburgeraarInvoer }), output: niets },
  inburgeraarStatusWijzigen: { input: statusWijzigingInvoer, output: niets },
  // A mistaken end status back to the status before it; a new history row with correctie.
  statusCorrigeren: { input: statusCorrectieInvoer, output: niets },
  statusGeschiedenis: { input: z.object({ id }), output: z.array(statuswijziging) },
  // The search field in the top bar (Ctrl+K): name, BSN, V-nummer or kenmerk of a PIP; at most 20.
  dossierZoeken: {
    input: z.object({ zoekterm: z.string().max(100, 'Zoek op hoogstens 100 tekens.') }),
    output: z.array(
      z.object({
        id,
        naam: z.string(),
        geboortedatum: z.string(),
        status: z.enum(STATUSSEN),
        gevondenOp: z.enum(ZOEK_VELDEN),
        /** The matching value (the kenmerk, BSN or V-nummer); the name for a name match. */
        treffer: z.string(),
      }),
    ).max(MAX_ZOEKRESULTATEN),
  },
  huishoudenKoppelen: { input: z.object({ id, metId: id }), output: niets },
  huishoudenOntkoppelen: { input: z.object({ id }), output: niets },
} as const;
