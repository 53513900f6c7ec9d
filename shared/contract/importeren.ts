import { z } from 'zod';
import { importBestand, importUitkomst, importVoorbeeld } from '../domain/importeren';
import { leeg, opgeslagenBestand } from './gedeeld';

// Channels of this domain; see ./index.ts. Importing a caseload (preview first, then an all-or-nothing
// task with progress), the template, and the lists exported to XLSX.

export const importerenKanalen = {
  /** Reads the file and checks every row; writes nothing. Without `koppeling` Koers proposes one. */
  importVoorbeeld: { input: importBestand, output: importVoorbeeld },
  /**
   * Imports as a task (progress through taakStatus). All or nothing: refused when a row has an error,
   * unless `alleenCorrecte` is chosen explicitly. Rows whose BSN is already in Koers are skipped.
   */
  importStarten: {
    input: importBestand.extend({ alleenCorrecte: z.boolean({ error: 'Kies of alleen de correcte rijen worden geïmporteerd.' }) }),
    output: z.object({ taakId: z.string(), totaal: z.number().int() }),
  },
  /** What a finished import task did. */
  importUitkomst: { input: z.object({ taakId: z.string().uuid('Onbekende taak.') }), output: importUitkomst },
  importsjabloonOpslaan: { input: leeg, output: opgeslagenBestand },
  inburgeraarsExporteren: { input: leeg, output: opgeslagenBestand },
  pvtWerklijstExporteren: { input: leeg, output: opgeslagenBestand },
} as const;
