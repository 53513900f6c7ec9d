import { z } from 'zod';
import { herstelcode, kluisStatus, nieuwWachtwoord, wachtwoord } from '../domain/kluis';
import { leeg, niets, opgeslagenBestand } from './gedeeld';

export const kluisKanalen = {
  kluisStatus: { input: leeg, output: kluisStatus },
  kluisAanmaken: { input: z.object({ wachtwoord: nieuwWachtwoord }), output: z.object({ herstelcode: z.string() }) },
  kluisHerstelcodeBevestigen: { input: z.object({ herstelcode }), output: niets },
  kluisNieuweHerstelcode: { input: z.object({ wachtwoord }), output: z.object({ herstelcode: z.string() }) },
  kluisOntgrendelen: { input: z.object({ wachtwoord }), output: niets },
  kluisOntgrendelenMetHerstelcode: {
    input: z.object({ herstelcode, nieuwWachtwoord }),
    output: niets,
  },
  kluisVergrendelen: { input: leeg, output: niets },
  kluisWachtwoordWijzigen: { input: z.object({ huidig: wachtwoord, nieuw: nieuwWachtwoord }), output: niets },
  herstelcodeAfdrukken: { input: z.object({ herstelcode }), output: opgeslagenBestand },
} as const;
