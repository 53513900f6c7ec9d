import { z } from 'zod';
import { TAAK_STATUSSEN } from '../domain/taak';
import { niets, opgeslagenBestand } from './gedeeld';

const taakId = z.string().uuid('Onbekende taak.');

export const takenKanalen = {
  taakStatus: {
    input: z.object({ taakId }),
    output: z.object({
      status: z.enum(TAAK_STATUSSEN),
      voortgang: z.number().int(),
      totaal: z.number().int(),
      resultaat: opgeslagenBestand.nullable(),
      fout: z.string().nullable(),
    }),
  },
  taakAnnuleren: { input: z.object({ taakId }), output: niets },
} as const;
