import { z } from 'zod';
import { STATUSSEN } from '../rules/status';
import { id, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// A status change with its day and reason; a mistaken end status is undone by a correction (a new row).

const status = z.enum(STATUSSEN, { error: 'Kies een geldige status.' });

export const statusWijzigingInvoer = z.object({
  id,
  status,
  /** The day it happened. Required for an end status; empty means today on the main line. */
  datum: optioneleDatum('Datum'),
  reden: optioneleTekst('Reden', 1000),
  /** Only for "verhuisd": the gemeente the person moved to. */
  nieuweGemeente: optioneleTekst('Nieuwe gemeente', 80),
});
export type StatusWijzigingInvoer = z.output<typeof statusWijzigingInvoer>;

export const statusCorrectieInvoer = z.object({
  id,
  naarStatus: status,
  reden: verplichteTekst('Reden van de correctie', 1000),
});

export const statuswijziging = z.object({
  id,
  van: z.enum(STATUSSEN),
  naar: z.enum(STATUSSEN),
  datum: z.string(),
  reden: z.string().nullable(),
  nieuweGemeente: z.string().nullable(),
  correctie: z.boolean(),
  aangemaakt: z.string(),
});
export type Statuswijziging = z.infer<typeof statuswijziging>;
