import { z } from 'zod';
import { id, optioneleDatum, optioneleTekst } from '../domain/velden';

export const ceremonieKanalen = {
  ceremonieBatchStarten: {
    input: z.object({ groepId: id, plaats: optioneleTekst('Plaats', 80), datum: optioneleDatum('Datum') }),
    output: z.object({ taakId: z.string(), totaal: z.number().int() }),
  },
} as const;
