import { z } from 'zod';
import { begeleiding, begeleidingAfrondInvoer, begeleidingInvoer, ontzorgen, ontzorgenInvoer } from '../domain/begeleiding';
import { id } from '../domain/velden';
import { niets } from './gedeeld';

const dossier = z.object({ inburgeraarId: id });

// Maatschappelijke begeleiding (Wi 13; Besluit 5.1) and financieel ontzorgen (Pw 56a, 57), per dossier.
export const begeleidingKanalen = {
  begeleidingOphalen: {
    input: dossier,
    output: z.object({
      vandaag: z.string(),
      /** Wi 13 lid 3. */
      inschrijvingBrp: z.string().nullable(),
      begeleiding: z.object({
        /** Why it does not apply (Wi 13 lid 1), or null. */
        weigering: z.string().nullable(),
        standaardStart: z.string().nullable(),
        standaardEinde: z.string().nullable(),
        standaardMaanden: z.number().int(),
        gegevens: begeleiding.nullable(),
      }),
      ontzorgen: z.object({
        /** Why it does not apply (Pw 56a lid 1), or null. */
        weigering: z.string().nullable(),
        /** The start of bijstand in the PIP, to prefill a new registration. */
        startBijstandUitPip: z.string().nullable(),
        gegevens: ontzorgen.nullable(),
        stand: z
          .object({ minimaleEinde: z.string(), dagenOver: z.number().int(), uitstroomgesprekPlannen: z.boolean(), uitstroomgesprekVanaf: z.string(), afgelopen: z.boolean() })
          .nullable(),
      }),
    }),
  },
  begeleidingOpslaan: { input: begeleidingInvoer, output: niets },
  begeleidingAfronden: { input: begeleidingAfrondInvoer, output: niets },
  begeleidingHeropenen: { input: dossier, output: niets },
  ontzorgenOpslaan: { input: ontzorgenInvoer, output: z.object({ einde: z.string() }) },
  ontzorgenVerwijderen: { input: dossier, output: niets },
} as const;
