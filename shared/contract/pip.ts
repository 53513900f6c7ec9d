import { z } from 'zod';
import { brief } from '../domain/brief';
import { pip, pipInhoud, vaststellenInvoer, wijzigingInvoer } from '../domain/pip';
import { id, isoDatum } from '../domain/velden';
import { bevinding } from './gedeeld';

export const pipKanalen = {
  pipOverzicht: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({ versies: z.array(pip), bevindingen: z.array(bevinding), intakeAfgerond: z.boolean(), pipUiterlijk: z.string().nullable() }),
  },
  pipConceptOpslaan: { input: z.object({ inburgeraarId: id, inhoud: pipInhoud }), output: z.object({ pip, bevindingen: z.array(bevinding) }) },
  pipVoorbeeld: {
    input: z.object({ pipId: id, dagtekening: isoDatum('Dagtekening'), ondertekenaarId: id.nullish() }),
    output: z.object({ brief, bevindingen: z.array(bevinding) }),
  },
  pipVaststellen: { input: vaststellenInvoer, output: z.object({ pip }) },
  pipVerzonden: { input: z.object({ pipId: id, verzenddatum: isoDatum('Verzenddatum') }), output: z.object({ pip }) },
  pipWijzigingStarten: { input: wijzigingInvoer, output: z.object({ pip }) },
} as const;
