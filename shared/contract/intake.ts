import { z } from 'zod';
import { intake, intakeInvoer, OPROEP_UITKOMSTEN, oproepInvoer } from '../domain/intake';
import { id, isoDatum, verplichteTekst } from '../domain/velden';
import { OPROEP_STAPPEN } from '../rules/intake';
import { bevinding, niets } from './gedeeld';

// 'open' is where an oproep starts; the regisseur records only what happened.
const uitkomst = z.enum(OPROEP_UITKOMSTEN).exclude(['open'], { error: 'Kies wat er gebeurde: verschenen, niet verschenen, verzet of afgemeld.' });

export const intakeKanalen = {
  intakeOphalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      intake,
      ontbreekt: z.array(bevinding),
      volgendeStap: z.enum(OPROEP_STAPPEN),
      // For the date rules in the form: the toets cannot precede DUO's kennisgeving.
      datumKennisgevingDuo: z.string().nullable(),
      // Settings an oproep letter needs that are still empty (shown before the oproep form).
      ontbrekendeInstellingen: z.array(bevinding),
    }),
  },
  intakeOpslaan: { input: z.object({ inburgeraarId: id, gegevens: intakeInvoer }), output: niets },
  intakeAfronden: { input: z.object({ inburgeraarId: id, datum: isoDatum('Datum afronding'), inAfwezigheid: z.boolean() }), output: niets },
  oproepVersturen: { input: oproepInvoer, output: z.object({ oproepId: id, documentId: id }) },
  oproepUitkomst: { input: z.object({ oproepId: id, uitkomst }), output: niets },
  // A mistaken outcome of the last oproep, with a reason (kept with the oproep, never in the logboek).
  oproepUitkomstCorrigeren: {
    input: z.object({ oproepId: id, uitkomst, reden: verplichteTekst('Reden van de correctie', 1000) }),
    output: z.object({ was: z.enum(OPROEP_UITKOMSTEN) }),
  },
} as const;
