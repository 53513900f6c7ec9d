import { z } from 'zod';

// Schemas that channels of several domains share.

export const leeg = z.object({}).strict();
export const niets = z.object({});

export const termijn = z.object({
  datum: z.string(),
  oorspronkelijk: z.string(),
  verschovenWegens: z.string().nullable(),
  startdatum: z.string(),
  startgebeurtenis: z.string(),
  artikel: z.string(),
});

export const bevinding = z.object({ regel: z.string(), artikel: z.string(), melding: z.string() });

export const opgeslagenBestand = z.object({
  bestandsnaam: z.string(),
  opgeslagen: z.boolean(),
});
