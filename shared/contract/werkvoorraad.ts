import { z } from 'zod';
import {
  signaal,
  signaalUitstelInvoer,
  signaalUitstelOpheffenInvoer,
  uitgesteldSignaal,
  wachtOpDerde,
  wachtOpDerdeInvoer,
  wachtOpDerdeOntvangenInvoer,
} from '../domain/signaal';
import { id } from '../domain/velden';
import { leeg, niets } from './gedeeld';

// The werkvoorraad: every open signal of every dossier, sorted by due date then name (shared/rules/signalen.ts).
// The counts per status and doelgroep stay on the `werkvoorraad` channel of ./inburgeraars.ts.
export const werkvoorraadKanalen = {
  werkvoorraadLijst: {
    input: leeg,
    output: z.object({
      vandaag: z.string(),
      signalen: z.array(signaal),
      uitgesteld: z.array(uitgesteldSignaal),
      /** Besluit 5.3 lid 2: dossiers whose PIP waits for a third party (only while the PIP term runs). */
      wachtOpDerde: z.array(wachtOpDerde),
    }),
  },
  /** The signals of one dossier, for the dossier page. */
  dossierSignalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      vandaag: z.string(),
      signalen: z.array(signaal),
      uitgesteld: z.array(uitgesteldSignaal),
      wachtOpDerde: wachtOpDerde.nullable(),
    }),
  },
  /** Snooze a signal until a date, always with a reason. */
  signaalUitstellen: { input: signaalUitstelInvoer, output: niets },
  signaalUitstelOpheffen: { input: signaalUitstelOpheffenInvoer, output: niets },
  /** Besluit 5.3 lid 2: record that the PIP waits for information from a third party. */
  wachtOpDerdeVastleggen: { input: wachtOpDerdeInvoer, output: niets },
  /** The information arrived: the PIP is due within two weeks after this day. */
  wachtOpDerdeOntvangen: { input: wachtOpDerdeOntvangenInvoer, output: niets },
  wachtOpDerdeOpheffen: { input: z.object({ inburgeraarId: id }), output: niets },
} as const;
