import { z } from 'zod';
import { herstelcode, kluisSlot, kluisStatus, nieuwWachtwoord, slotId, slotNaam, wachtwoord } from '../domain/kluis';
import { leeg, niets, opgeslagenBestand } from './gedeeld';

/** A new herstelcode after the data key was replaced: shown once, like at creation. */
const nieuweHerstelcode = z.object({ herstelcode: z.string() });

export const kluisKanalen = {
  kluisStatus: { input: leeg, output: kluisStatus },
  kluisAanmaken: {
    input: z.object({
      wachtwoord: nieuwWachtwoord,
      naam: slotNaam.optional(),
      /** Only for toestand 'sleutel_ontbreekt': move the database without key file aside (never deleted). */
      oudeOpzijZetten: z.boolean().optional(),
    }),
    output: nieuweHerstelcode,
  },
  kluisHerstelcodeBevestigen: { input: z.object({ herstelcode }), output: niets },
  kluisNieuweHerstelcode: { input: z.object({ wachtwoord }), output: nieuweHerstelcode },
  kluisOntgrendelen: { input: z.object({ wachtwoord, slotId: slotId.optional() }), output: niets },
  kluisOntgrendelenMetHerstelcode: {
    input: z.object({ herstelcode, nieuwWachtwoord, slotId: slotId.optional() }),
    output: niets,
  },
  kluisVergrendelen: { input: leeg, output: niets },
  kluisWachtwoordWijzigen: {
    input: z.object({ huidig: wachtwoord, nieuw: nieuwWachtwoord, mogelijkBekend: z.boolean().optional() }),
    /** A new herstelcode when the data key was replaced (mogelijkBekend), else null. */
    output: z.object({ herstelcode: z.string().nullable() }),
  },
  kluisSloten: { input: leeg, output: z.object({ sloten: z.array(kluisSlot) }) },
  kluisVervangerToevoegen: { input: z.object({ naam: slotNaam, wachtwoord: nieuwWachtwoord }), output: z.object({ id: z.string() }) },
  kluisVervangerVerwijderen: { input: z.object({ slotId, wachtwoord }), output: nieuweHerstelcode },
  herstelcodeAfdrukken: { input: z.object({ herstelcode }), output: opgeslagenBestand },
} as const;
