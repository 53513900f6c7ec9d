import { z } from 'zod';
import { id, optioneleDatum, optioneleTekst } from '../domain/velden';
import { opgeslagenBestand } from './gedeeld';

export const participatieverklaringKanalen = {
  participatieverklaringOpslaan: {
    input: z.object({
      inburgeraarId: id,
      plaats: optioneleTekst('Plaats', 80),
      datum: optioneleDatum('Datum'),
    }),
    output: opgeslagenBestand,
  },
} as const;
