import { z } from 'zod';
import { brief } from '../domain/brief';
import { INTAKE_ONTHEFFING, ontheffing, ontheffingVaststellenInvoer, ontheffingVoorbeeldInvoer } from '../domain/ontheffing';
import { id } from '../domain/velden';

// Wi 14 lid 6: the ontheffing of the leerbaarheidstoets, recorded in the intake and set by beschikking.
export const ontheffingKanalen = {
  ontheffingOphalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({ ontheffing: ontheffing.nullable(), inIntake: z.enum(INTAKE_ONTHEFFING) }),
  },
  ontheffingVoorbeeld: { input: ontheffingVoorbeeldInvoer, output: z.object({ brief }) },
  ontheffingVaststellen: { input: ontheffingVaststellenInvoer, output: z.object({ ontheffing }) },
} as const;
