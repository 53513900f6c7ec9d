import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// Participatieverklaringstraject (Wi 6; Besluit 3.1) and the MAP (Wi 6 lid 6; Besluit 3.2).

// A group runs one traject: the PVT (sessions on the kernwaarden) or the MAP (each session one thema).
export const TRAJECTEN = ['pvt', 'map'] as const;
export type Traject = (typeof TRAJECTEN)[number];
export const TRAJECT_LABELS: Record<Traject, string> = {
  pvt: 'Participatieverklaringstraject',
  map: 'Module arbeidsmarkt en participatie',
};
export const TRAJECT_KORT: Record<Traject, string> = { pvt: 'PVT', map: 'MAP' };

export const SESSIESOORTEN = ['inleiding_kernwaarden', 'excursie', 'activiteit', 'ondertekeningsbijeenkomst', 'map_bijeenkomst'] as const;
export type Sessiesoort = (typeof SESSIESOORTEN)[number];
export const SESSIESOORT_LABELS: Record<Sessiesoort, string> = {
  inleiding_kernwaarden: 'Inleiding kernwaarden',
  excursie: 'Excursie',
  activiteit: 'Activiteit',
  ondertekeningsbijeenkomst: 'Ondertekeningsbijeenkomst',
  map_bijeenkomst: 'MAP-bijeenkomst',
};
/** The sessions of a PVT group (Besluit 3.1); a MAP group has only MAP-bijeenkomsten. */
export const PVT_SESSIESOORTEN = SESSIESOORTEN.filter((s) => s !== 'map_bijeenkomst');

export const KERNWAARDEN = ['vrijheid', 'gelijkwaardigheid', 'solidariteit', 'participatie'] as const;
export type Kernwaarde = (typeof KERNWAARDEN)[number];

export const MAP_THEMAS = [
  'beroepenorientatie',
  'werknemerscompetenties',
  'realistisch_beroepsbeeld',
  'beroepskansen',
  'beroepscompetenties_verwerven',
  'netwerk_opbouwen',
  'werk_vinden',
  'werkcultuur',
] as const;
export type MapThema = (typeof MAP_THEMAS)[number];
export const MAP_THEMA_LABELS: Record<MapThema, string> = {
  beroepenorientatie: 'Beroepenoriëntatie',
  werknemerscompetenties: 'Werknemerscompetenties',
  realistisch_beroepsbeeld: 'Realistisch beroepsbeeld',
  beroepskansen: 'Beroepskansen',
  beroepscompetenties_verwerven: 'Beroepscompetenties verwerven',
  netwerk_opbouwen: 'Netwerk opbouwen',
  werk_vinden: 'Werk vinden',
  werkcultuur: 'Werkcultuur',
};

const uren = z.coerce
  .number({ error: 'Vul het aantal uren in.' })
  .min(0, 'Het aantal uren kan niet negatief zijn.')
  .max(24, 'Een sessie duurt hoogstens 24 uur.')
  .refine((v) => Number.isInteger(v * 4), 'Vul uren in kwartieren in, bijvoorbeeld 2,5.');

export const groepInvoer = z.object({
  naam: verplichteTekst('Naam van de groep', 120),
  notitie: optioneleTekst('Notitie', 1000),
  traject: z.enum(TRAJECTEN, { error: 'Kies PVT of MAP.' }).default('pvt'),
});

export const sessieInvoer = z
  .object({
    groepId: id,
    datum: isoDatum('Datum'),
    tijd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Vul de tijd in als 13:30.'),
    plaats: verplichteTekst('Plaats', 200),
    uitvoerder: verplichteTekst('Trainer of uitvoerder', 200),
    tolk: optioneleTekst('Tolk', 200),
    uren,
    soort: z.enum(SESSIESOORTEN, { error: 'Kies de soort sessie.' }),
    kernwaarde: z.enum(KERNWAARDEN).nullish().transform((v) => v ?? null),
    mapThema: z.enum(MAP_THEMAS).nullish().transform((v) => v ?? null),
  })
  .refine((s) => !(s.soort === 'excursie' || s.soort === 'activiteit') || s.kernwaarde !== null, {
    path: ['kernwaarde'],
    message: 'Kies de kernwaarde die deze excursie of activiteit in de praktijk brengt (art. 3.1 lid 2 Besluit).',
  })
  .refine((s) => s.soort !== 'map_bijeenkomst' || s.mapThema !== null, {
    path: ['mapThema'],
    message: 'Kies het thema van deze MAP-bijeenkomst (art. 3.2 lid 1 Besluit).',
  })
  // A MAP session has a thema and no kernwaarde; a PVT session the other way round.
  .transform((s) => (s.soort === 'map_bijeenkomst' ? { ...s, kernwaarde: null } : { ...s, mapThema: null }));

export const sessie = z.object({
  id,
  groepId: id,
  datum: z.string(),
  tijd: z.string(),
  plaats: z.string(),
  uitvoerder: z.string(),
  tolk: z.string().nullable(),
  uren: z.number(),
  soort: z.enum(SESSIESOORTEN),
  kernwaarde: z.enum(KERNWAARDEN).nullable(),
  mapThema: z.enum(MAP_THEMAS).nullable(),
});
export type Sessie = z.infer<typeof sessie>;

export const PVT_STATUSSEN = ['niet_gestart', 'bezig', 'klaar_voor_ondertekening', 'afgerond'] as const;
export type PvtStatus = (typeof PVT_STATUSSEN)[number];
export const PVT_STATUS_LABELS: Record<PvtStatus, string> = {
  niet_gestart: 'Niet gestart',
  bezig: 'Bezig',
  klaar_voor_ondertekening: 'Klaar voor ondertekening',
  afgerond: 'Afgerond',
};

export const ondertekeningInvoer = z.object({
  inburgeraarId: id,
  datum: isoDatum('Datum ondertekening'),
  plaats: verplichteTekst('Plaats', 80),
});

export const intakeUrenInvoer = z.object({ inburgeraarId: id, intakeUren: uren.refine((v) => v <= 12, 'Hoogstens 12 uur uit de intake.') });

export const MAP_THEMA_STATUSSEN = ['open', 'bezig', 'afgerond'] as const;
export type MapThemaStatus = (typeof MAP_THEMA_STATUSSEN)[number];

export const mapThemaInvoer = z.object({
  thema: z.enum(MAP_THEMAS),
  status: z.enum(MAP_THEMA_STATUSSEN),
  uren: z.coerce.number().min(0, 'Het aantal uren kan niet negatief zijn.').max(400, 'Hoogstens 400 uur per thema.'),
  aanbieder: optioneleTekst('Aanbieder', 200),
});
export type MapThemaInvoer = z.output<typeof mapThemaInvoer>;

export const mapInvoer = z.object({
  inburgeraarId: id,
  themas: z.array(mapThemaInvoer).length(8, 'De MAP heeft acht thema’s.'),
  eindgesprek: optioneleDatum('Datum eindgesprek'),
});
