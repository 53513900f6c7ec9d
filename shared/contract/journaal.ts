import { z } from 'zod';
import { afspraak, afspraakInvoer, afspraakWijziging, agendaAfspraak, notitie, notitieInvoer, notitieWijziging } from '../domain/journaal';
import { id, isoDatum } from '../domain/velden';
import { niets } from './gedeeld';

// The journaal (dated notes) and afspraken of a dossier, and the agenda of all dossiers.
export const journaalKanalen = {
  journaalOphalen: {
    input: z.object({ inburgeraarId: id }),
    /** Notes newest first; afspraken open and upcoming first, then the rest newest first. */
    output: z.object({ notities: z.array(notitie), afspraken: z.array(afspraak) }),
  },
  journaalNotitieToevoegen: { input: notitieInvoer, output: z.object({ id }) },
  journaalNotitieWijzigen: { input: notitieWijziging, output: niets },
  journaalNotitieVerwijderen: { input: z.object({ id }), output: niets },
  afspraakToevoegen: { input: afspraakInvoer, output: z.object({ id }) },
  afspraakWijzigen: { input: afspraakWijziging, output: niets },
  afspraakAfhandelen: { input: z.object({ id, afgehandeld: z.boolean() }), output: niets },
  afspraakVerwijderen: { input: z.object({ id }), output: niets },
  agendaVanDag: {
    input: z.object({ datum: isoDatum('Datum') }),
    output: z.object({
      datum: z.string(),
      vandaag: z.string(),
      /** The afspraken of that day, by time. */
      afspraken: z.array(agendaAfspraak),
      /** The afspraken of the seven days after it, by day and time. */
      komendeDagen: z.array(agendaAfspraak),
    }),
  },
} as const;
