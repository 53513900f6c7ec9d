import { z } from 'zod';
import { huisgenoot, inburgeraar, inburgeraarInvoer, inburgeraarRij } from '../domain/inburgeraar';
import { id } from '../domain/velden';
import { DOELGROEPEN } from '../rules/doelgroep';
import { STATUSSEN } from '../rules/status';
import { leeg, niets, termijn } from './gedeeld';

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
  inburgeraarsLijst: { input: leeg, output: z.array(inburgeraarRij) },
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
  inburgeraarStatusWijzigen: {
    input: z.object({ id, status: z.enum(STATUSSEN, { error: 'Kies een geldige status.' }) }),
    output: niets,
  },
  huishoudenKoppelen: { input: z.object({ id, metId: id }), output: niets },
  huishoudenOntkoppelen: { input: z.object({ id }), output: niets },
} as const;
