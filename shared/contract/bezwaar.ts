import { z } from 'zod';
import {
  beroepInvoer,
  beschikking,
  beslissingInvoer,
  bezwaar,
  bezwaarBijwerkenInvoer,
  bezwaarRegistrerenInvoer,
  hogerBeroepInvoer,
  hoorzittingInvoer,
  verdagenInvoer,
} from '../domain/bezwaar';
import { id } from '../domain/velden';

// Channels of this domain; see ./index.ts.
const antwoord = z.object({ bezwaar });

export const bezwaarKanalen = {
  bezwaarOverzicht: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({ beschikkingen: z.array(beschikking), bezwaren: z.array(bezwaar), rechtbank: z.string().nullable() }),
  },
  bezwaarRegistreren: { input: bezwaarRegistrerenInvoer, output: antwoord },
  bezwaarBijwerken: { input: bezwaarBijwerkenInvoer, output: antwoord },
  hoorzittingVastleggen: { input: hoorzittingInvoer, output: antwoord },
  bezwaarVerdagen: { input: verdagenInvoer, output: antwoord },
  beslissingOpBezwaarVaststellen: { input: beslissingInvoer, output: antwoord },
  beroepVastleggen: { input: beroepInvoer, output: antwoord },
  hogerBeroepVastleggen: { input: hogerBeroepInvoer, output: antwoord },
} as const;
