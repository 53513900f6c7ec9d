import { z } from 'zod';
import { intake, intakeInvoer, OPROEP_UITKOMSTEN, oproepInvoer } from '../domain/intake';
import { id, isoDatum } from '../domain/velden';
import { OPROEP_STAPPEN } from '../rules/intake';
import { bevinding, niets } from './gedeeld';

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
  // 'open' is where an oproep starts; the regisseur records only what happened.
  oproepUitkomst: { input: z.object({ oproepId: id, uitkomst: z.enum(OPROEP_UITKOMSTEN).exclude(['open'], { error: 'Kies of de inburgeraar is verschenen.' }) }), output: niets },
} as const;
