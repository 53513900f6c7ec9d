import { z } from 'zod';
import {
  boete,
  boeteBetalingInvoer,
  boeteIntrekkenInvoer,
  boeteRegimeInstelling,
  boeteRegimeInvoer,
  boeteVaststellenInvoer,
  nieuweAfspraakUitkomstInvoer,
  wi22VoornemenInvoer,
  wi23VoornemenInvoer,
  zienswijzeBriefInvoer,
  zienswijzeOntvangenInvoer,
} from '../domain/handhaving';
import { id } from '../domain/velden';
import { HANDHAVING_TERMIJN_SOORTEN } from '../rules/handhaving';
import { leeg } from './gedeeld';

// Channels of this domain; see ./index.ts. Every name starts with 'boete' or 'handhaving'.

const boeteUit = z.object({ boete });

export const handhavingKanalen = {
  handhavingOphalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      boetes: z.array(boete),
      regime: boeteRegimeInstelling,
      /** Whether a Wi 22 voornemen can be made now, or why not. */
      wi22: z.object({ mogelijk: z.boolean(), reden: z.string().nullable() }),
      /** Whether a Wi 23 voornemen can be made now (a vastgesteld PIP), or why not. */
      wi23: z.object({ mogelijk: z.boolean(), reden: z.string().nullable() }),
      termijnen: z.array(z.object({ boeteId: id, soort: z.enum(HANDHAVING_TERMIJN_SOORTEN), datum: z.string(), omschrijving: z.string(), artikel: z.string() })),
      reedsOpgelegd: z.number(),
      maximumPerTermijn: z.number(),
    }),
  },
  boeteWi22Voornemen: { input: wi22VoornemenInvoer, output: boeteUit },
  boeteWi23Voornemen: { input: wi23VoornemenInvoer, output: boeteUit },
  boeteZienswijzeBrief: { input: zienswijzeBriefInvoer, output: z.object({ boete, documentId: id }) },
  boeteZienswijzeOntvangen: { input: zienswijzeOntvangenInvoer, output: boeteUit },
  boeteVaststellen: { input: boeteVaststellenInvoer, output: z.object({ boete, documentId: id }) },
  boeteIntrekken: { input: boeteIntrekkenInvoer, output: boeteUit },
  boeteBetaling: { input: boeteBetalingInvoer, output: boeteUit },
  boeteNieuweAfspraakUitkomst: { input: nieuweAfspraakUitkomstInvoer, output: boeteUit },
  boeteRegimesOphalen: { input: leeg, output: z.object({ regimes: z.array(boeteRegimeInstelling) }) },
  boeteRegimeOpslaan: { input: boeteRegimeInvoer, output: z.object({ regimes: z.array(boeteRegimeInstelling) }) },
} as const;
