import { z } from 'zod';
import { SIGNAALSOORTEN } from '../domain/signaal';
import { DOELGROEPEN } from '../rules/doelgroep';
import { opgeslagenBestand } from './gedeeld';

// The werkvoorraad on paper and in Excel: the same signals as the home screen, with the screen's filters,
// never with a BSN. Files are offered through the save dialog as `Werkvoorraad <dd-mm-jjjj>.pdf|xlsx`.
const filters = z
  .object({
    doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een geldige doelgroep.' }).nullish(),
    soort: z.enum(SIGNAALSOORTEN, { error: 'Kies een geldige soort signaal.' }).nullish(),
  })
  .strict();

export const weeklijstKanalen = {
  /** Te laat and the coming days, per person, as a printable A4 week list. */
  werkvoorraadWeeklijstPdf: { input: filters, output: opgeslagenBestand },
  /** Every open signal as one XLSX sheet "Werkvoorraad". */
  werkvoorraadExporteren: { input: filters, output: opgeslagenBestand },
} as const;
