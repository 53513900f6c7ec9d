import { z } from 'zod';
import { KERNCIJFER_INDICATOREN } from '../domain/jaarverslag';
import { MONITORING_INDICATOREN } from '../rules/jaarverslag';
import { leeg, opgeslagenBestand } from './gedeeld';

// Channels of this domain; see ./index.ts. The jaarverslag for the gemeenteraad (issue 13).
// Flow for the screen: jaarverslagJaren → (jaarverslagKerncijfers for a quick preview) → jaarverslagStarten
// gives a taakId; poll taakStatus (progress; resultaat stays null) until 'klaar'; then jaarverslagOphalen
// shows the report as the raad sees it (small counts already masked), and jaarverslagOpslaanPdf/Xlsx save it.
// A finished report is kept in memory for 10 minutes after it is made.

export { MONITORING_INDICATOREN, type MonitoringIndicator } from '../rules/jaarverslag';

const percentage = (naam: string) =>
  z.coerce
    .number({ error: `Vul bij ${naam} een percentage in.` })
    .int(`Vul bij ${naam} een heel percentage in.`)
    .min(0, `Het percentage bij ${naam} kan niet lager zijn dan 0.`)
    .max(100, `Het percentage bij ${naam} kan niet hoger zijn dan 100.`);

export const routeMix = z
  .object({ b1: percentage('B1-route'), onderwijs: percentage('onderwijsroute'), z: percentage('Z-route') })
  .refine((m) => m.b1 + m.onderwijs + m.z === 100, { message: 'De percentages van de drie leerroutes moeten samen 100 zijn.' });
export type RouteMix = z.output<typeof routeMix>;

export const jaarverslagInstellingen = z.object({
  /** The mix the gemeente planned (AMRD default 40/20/40). */
  geplandeMix: routeMix,
  /** SZW's expectation (60/25/15), kept as data. */
  referentieMix: routeMix,
  /** Counts from 1 up to below this are shown as "< n" in the raad PDF (default 5). */
  drempelKleineAantallen: z.coerce
    .number({ error: 'Vul de drempel voor kleine aantallen in.' })
    .int('Vul een heel getal in als drempel.')
    .min(1, 'Kies een drempel van minstens 1 (1 betekent: niets afschermen).')
    .max(50, 'Kies een drempel van hoogstens 50.'),
  /** The window T (months after vestiging) per §16 indicator. */
  indicatorVensters: z
    .array(
      z.object({
        indicator: z.enum(MONITORING_INDICATOREN),
        maanden: z.coerce
          .number({ error: 'Vul een aantal maanden in.' })
          .int('Vul een heel aantal maanden in.')
          .min(1, 'Kies minstens 1 maand.')
          .max(60, 'Kies hoogstens 60 maanden.'),
      }),
    )
    .max(MONITORING_INDICATOREN.length)
    .refine((v) => new Set(v.map((r) => r.indicator)).size === v.length, { message: 'Elke indicator mag maar één keer voorkomen.' }),
});
export type JaarverslagInstellingen = z.output<typeof jaarverslagInstellingen>;

export const verslagJaar = z.coerce
  .number({ error: 'Vul een jaar in, bijvoorbeeld 2026.' })
  .int('Vul een heel jaartal in, bijvoorbeeld 2026.')
  .min(2000, 'Kies een jaar vanaf 2000.')
  .max(2100, 'Kies een jaar tot en met 2100.');

const kerncijfer = z.object({ indicator: z.enum(KERNCIJFER_INDICATOREN), waarde: z.number().nullable(), omschrijving: z.string(), gemaskeerd: z.boolean().optional(), verborgen: z.boolean().optional() });
const cel = z.union([z.string(), z.number(), z.null()]);
const tabel = z.object({
  blad: z.string(),
  titel: z.string(),
  kolommen: z.array(z.object({ kop: z.string(), soort: z.enum(['tekst', 'aantal', 'getal', 'aandeel', 'dagen', 'bedrag', 'datum']), parameter: z.boolean().optional(), over: z.array(z.number().int()).optional() })),
  rijen: z.array(z.array(cel)),
  toelichting: z.string().optional(),
});
const grafiek = z.object({
  soort: z.enum(['staaf', 'lijn']),
  titel: z.string(),
  categorieen: z.array(z.string()),
  reeksen: z.array(z.object({ naam: z.string(), waarden: z.array(z.number().nullable()), verborgen: z.array(z.boolean()).optional() })),
  eenheid: z.string(),
});
/** The shape of shared/domain/jaarverslag.ts `Jaarverslag`. */
export const jaarverslag = z.object({
  jaar: z.number().int(),
  gemeentenaam: z.string(),
  gemaaktOp: z.string(),
  drempelKleineAantallen: z.number().int(),
  kerncijfers: z.array(kerncijfer),
  secties: z.array(z.object({ id: z.string(), titel: z.string(), uitleg: z.array(z.string()), tabellen: z.array(tabel), grafieken: z.array(grafiek) })),
  eerdereJaren: z.array(z.number().int()),
});

const taakId = z.string().uuid('Onbekende taak. Maak het jaarverslag opnieuw.');

export const jaarverslagKanalen = {
  jaarverslagInstellingenOphalen: { input: leeg, output: jaarverslagInstellingen },
  jaarverslagInstellingenOpslaan: { input: jaarverslagInstellingen, output: jaarverslagInstellingen },
  /** Years with data (newest first) and the year to propose: the newest year with data up to this year, else this year. */
  jaarverslagJaren: { input: leeg, output: z.object({ jaren: z.array(z.number().int()), standaardJaar: z.number().int() }) },
  /** The Kerncijfers of a year (exact numbers, for a preview on screen). */
  jaarverslagKerncijfers: { input: z.object({ jaar: verslagJaar }), output: z.array(kerncijfer) },
  /** Computes the whole report as a task (progress through taakStatus). */
  jaarverslagStarten: { input: z.object({ jaar: verslagJaar }), output: z.object({ taakId: z.string() }) },
  /** The finished report as the raad PDF shows it: counts below the threshold already masked ("< 5"). */
  jaarverslagOphalen: { input: z.object({ taakId }), output: jaarverslag },
  /** The raadsrapportage (PDF, masked small counts). */
  jaarverslagOpslaanPdf: { input: z.object({ taakId }), output: opgeslagenBestand },
  /** The XLSX for the controller (intern, exact numbers). */
  jaarverslagOpslaanXlsx: { input: z.object({ taakId }), output: opgeslagenBestand },
} as const;
