import { z } from 'zod';
import { id, optioneleDatum, optioneleTekst } from '../domain/velden';

/** A deelnemer who gets no form in the batch, with why (each reason names its article of Besluit 3.1). */
const overgeslagen = z.array(z.object({ inburgeraarId: id, naam: z.string(), redenen: z.array(z.string()) }));

export const ceremonieKanalen = {
  /** Before printing: who gets a form and who does not yet (klaarVoorFormulier in shared/rules/pvt.ts). */
  ceremonieGereedheid: {
    input: z.object({ groepId: id }),
    output: z.object({ klaar: z.array(z.object({ inburgeraarId: id, naam: z.string() })), overgeslagen }),
  },
  /** Prints forms only for those who are ready; `totaal` counts the forms printed. */
  ceremonieBatchStarten: {
    input: z.object({ groepId: id, plaats: optioneleTekst('Plaats', 80), datum: optioneleDatum('Datum') }),
    output: z.object({ taakId: z.string(), totaal: z.number().int(), overgeslagen }),
  },
} as const;
