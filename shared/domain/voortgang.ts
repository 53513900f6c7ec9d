import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// Voortgang of the inburgering: voortgangsgesprekken (Besluit 5.3 lid 4), leerroute periods as the aanbieder
// reports them, exam results, Z-route hours (Besluit 3.14) and the participatieladder (policy, DOMAIN.md §16).

/** 'nt2' counts toward afschalen (600 h) and the Z-route cursusuren; 'knm' only toward the latter. */
export const PERIODESOORTEN = ['nt2', 'knm'] as const;
export type Periodesoort = (typeof PERIODESOORTEN)[number];
export const PERIODESOORT_LABELS: Record<Periodesoort, string> = {
  nt2: 'NT2 (Nederlands als tweede taal)',
  knm: 'KNM (kennis van de Nederlandse maatschappij)',
};

// Wi 7 lid 1: the four language parts and KNM; on the Z-route these exams are optional (Besluit 3.14 lid 7).
export const EXAMENRESULTAAT_ONDERDELEN = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const;
export type ExamenresultaatOnderdeel = (typeof EXAMENRESULTAAT_ONDERDELEN)[number];
export const EXAMENRESULTAAT_ONDERDEEL_LABELS: Record<ExamenresultaatOnderdeel, string> = {
  lezen: 'Lezen',
  luisteren: 'Luisteren',
  schrijven: 'Schrijven',
  spreken: 'Spreken',
  knm: 'KNM',
};
export const EXAMEN_NIVEAUS = ['A1', 'A2', 'B1', 'B2'] as const;
export type ExamenNiveau = (typeof EXAMEN_NIVEAUS)[number];

// DOMAIN.md §16 (policy, not law): six treden, used in parallel; the current trede and its history.
export const TREDEN = [1, 2, 3, 4, 5, 6] as const;
export type Trede = (typeof TREDEN)[number];
export const TREDE_LABELS: Record<Trede, string> = {
  1: 'Isolement',
  2: 'Contacten buitenshuis',
  3: 'Deelname georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

export const VERSLAG_MAX = 2000;

/** Hours as a number, typed with a comma or a point; whole quarters. */
const uren = (label: string, max: number) =>
  z
    .union([z.number(), z.string()], { error: `Vul ${label.toLowerCase()} in.` })
    .transform((v) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.'))))
    .pipe(
      z
        .number({ error: `${label}: vul een getal in.` })
        .min(0, `${label} kan niet negatief zijn.`)
        .max(max, `${label}: hoogstens ${max} uur.`)
        .refine((v) => Number.isInteger(v * 4), `${label}: vul uren in kwartieren in, bijvoorbeeld 12,5.`),
    );

const tijd = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'Vul de tijd in als 13:30, of laat het veld leeg.');

const optioneelId = id.nullish().transform((v) => v ?? null);

export const gesprekPlannenInvoer = z.object({
  inburgeraarId: id,
  gepland: isoDatum('Datum gesprek'),
  tijd,
  metTolk: z.boolean().default(false),
});

export const gesprekVastleggenInvoer = z.object({
  inburgeraarId: id,
  gesprekId: id,
  gehouden: isoDatum('Datum gehouden'),
  verslag: verplichteTekst('Verslag', VERSLAG_MAX),
});

export const leerroutePeriodeInvoer = z
  .object({
    inburgeraarId: id,
    id: optioneelId,
    soort: z.enum(PERIODESOORTEN, { error: 'Kies NT2 of KNM.' }),
    aanbieder: verplichteTekst('Aanbieder', 200),
    van: isoDatum('Van'),
    tot: isoDatum('Tot en met'),
    urenAangeboden: uren('Aangeboden uren', 2000),
    urenGevolgd: uren('Gevolgde uren', 2000),
    verzuimGeoorloofd: uren('Geoorloofd verzuim', 2000),
    verzuimOngeoorloofd: uren('Ongeoorloofd verzuim', 2000),
  })
  .refine((p) => p.van <= p.tot, { path: ['tot'], message: 'De periode eindigt vóór zij begint. Controleer de datums.' })
  .refine((p) => p.urenGevolgd <= p.urenAangeboden, { path: ['urenGevolgd'], message: 'Er kunnen niet meer uren gevolgd zijn dan er zijn aangeboden.' })
  .refine((p) => p.urenGevolgd + p.verzuimGeoorloofd + p.verzuimOngeoorloofd <= p.urenAangeboden, {
    path: ['verzuimOngeoorloofd'],
    message: 'Gevolgde uren en verzuim samen zijn meer dan de aangeboden uren. Controleer de opgave van de aanbieder.',
  });
export type LeerroutePeriodeInvoer = z.output<typeof leerroutePeriodeInvoer>;

export const examenresultaatInvoer = z
  .object({
    inburgeraarId: id,
    id: optioneelId,
    onderdeel: z.enum(EXAMENRESULTAAT_ONDERDELEN, { error: 'Kies het examenonderdeel.' }),
    niveau: z.enum(EXAMEN_NIVEAUS).nullish().transform((v) => v ?? null),
    datum: isoDatum('Datum examen'),
    behaald: z.boolean({ error: 'Geef aan of het onderdeel is behaald.' }),
  })
  .refine((e) => e.onderdeel === 'knm' || e.niveau !== null, { path: ['niveau'], message: 'Kies het niveau van dit taalexamen.' })
  .refine((e) => e.onderdeel !== 'knm' || e.niveau === null, { path: ['niveau'], message: 'Het examen KNM heeft geen niveau.' });
export type ExamenresultaatInvoer = z.output<typeof examenresultaatInvoer>;

export const participatieactiviteitInvoer = z.object({
  inburgeraarId: id,
  id: optioneelId,
  datum: isoDatum('Datum'),
  omschrijving: verplichteTekst('Omschrijving', 200),
  uren: uren('Uren', 800).refine((v) => v > 0, 'Uren: vul meer dan 0 uur in.'),
});

export const ladderInvoer = z.object({
  inburgeraarId: id,
  trede: z.coerce.number({ error: 'Kies de trede.' }).int().min(1, 'Kies een trede van 1 tot en met 6.').max(6, 'Kies een trede van 1 tot en met 6.'),
  datum: isoDatum('Datum'),
  toelichting: optioneleTekst('Toelichting', 500),
});

export const zRouteAfrondingInvoer = z
  .object({
    inburgeraarId: id,
    eindgesprek: optioneleDatum('Datum eindgesprek'),
    afgerondOp: optioneleDatum('Datum afronding'),
  })
  .refine((r) => r.afgerondOp === null || r.eindgesprek !== null, { path: ['eindgesprek'], message: 'De Z-route is pas af na het eindgesprek met het college. Vul die datum in.' })
  .refine((r) => r.afgerondOp === null || r.eindgesprek === null || r.eindgesprek <= r.afgerondOp, {
    path: ['afgerondOp'],
    message: 'De datum van afronding ligt vóór het eindgesprek. Controleer de datums.',
  });

export const verwijderInvoer = z.object({ inburgeraarId: id, id });
