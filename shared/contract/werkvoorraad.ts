import { z } from 'zod';
import { signaal } from '../domain/signaal';
import { leeg } from './gedeeld';

// The werkvoorraad: every open signal of every open dossier, sorted by due date. The counts per status
// and doelgroep stay on the `werkvoorraad` channel of ./inburgeraars.ts.
export const werkvoorraadKanalen = {
  werkvoorraadLijst: {
    input: leeg,
    output: z.object({
      vandaag: z.string(),
      signalen: z.array(signaal),
    }),
  },
} as const;
