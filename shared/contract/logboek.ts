import { z } from 'zod';
import { id } from '../domain/velden';

// Channels of this domain; see ./index.ts.
export const logboekKanalen = {
  /** The audit lines of one dossier, newest first: about the inburgeraar and about its documents. */
  logboekDossier: {
    input: z.object({ inburgeraarId: id }),
    output: z.array(
      z.object({
        id,
        /** ISO moment (UTC). */
        tijdstip: z.string(),
        actor: z.string(),
        /** The stored action, and the same in words. */
        actie: z.string(),
        omschrijving: z.string(),
        /** 'Dossier', or the document the line is about. */
        betreft: z.string(),
        geweigerd: z.boolean(),
        resultaat: z.string(),
      }),
    ),
  },
} as const;
