import { z } from 'zod';
import { isIsoDatum } from '../rules/datum';

// Reusable field schemas with Dutch messages. Optional text turns "" into null, and parsing the
// output again gives the same value, so the renderer and the handler can both parse.

export const verplichteTekst = (label: string, max = 200) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, `${label} is verplicht.`)
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`);

export const optioneleTekst = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`)
    .nullish()
    .transform((waarde) => (waarde ? waarde : null));

export const isoDatum = (label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .min(1, `${label} is verplicht.`)
    .refine(isIsoDatum, `${label} is geen geldige datum.`);

export const optioneleDatum = (label: string) =>
  z
    .string()
    .nullish()
    .transform((waarde) => (waarde ? waarde : null))
    .refine((waarde) => waarde === null || isIsoDatum(waarde), `${label} is geen geldige datum.`);

export const id = z.number({ error: 'Ongeldig nummer.' }).int().positive();
