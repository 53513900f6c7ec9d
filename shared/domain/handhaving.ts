import { z } from 'zod';
import { VERWIJTBAARHEDEN } from '../rules/boete';
import { DOELGROEPEN } from '../rules/doelgroep';
import { BOETE_SOORTEN, BOETE_STATUSSEN, WI23_GEDRAGINGEN, type BoeteSoort, type BoeteStatus, type Wi23Gedraging } from '../rules/handhaving';
import { ondertekenaar } from './pip';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// Handhaving: the bestuurlijke boetes of the college (Wi 22, Wi 23) and the per-doelgroep switch.

export const BOETE_SOORT_LABELS: Record<BoeteSoort, string> = {
  wi22: 'Boete brede intake (art. 22 Wi 2021)',
  wi23: 'Boete PIP-verplichtingen (art. 23 Wi 2021)',
};

export const BOETE_STATUS_LABELS: Record<BoeteStatus, string> = {
  voornemen: 'Voornemen',
  zienswijze: 'Zienswijze gevraagd',
  vastgesteld: 'Vastgesteld',
  ingetrokken: 'Ingetrokken',
};

export const WI23_GEDRAGING_LABELS: Record<Wi23Gedraging, string> = {
  ondersteuning_begeleiding: 'Werkt niet (voldoende) mee aan ondersteuning en begeleiding (art. 15 lid 1 onder b Wi 2021)',
  pvt_map: 'Voldoet niet aan de intensiteit van PVT of MAP uit het PIP (art. 15 lid 1 onder c Wi 2021)',
  intensiteit_leerroute: 'Voldoet niet aan de intensiteit van de leerroute uit het PIP (art. 15 lid 2 Wi 2021, asielgroep)',
};

// The per-doelgroep switch (DOMAIN.md §8: Keren, HvJ EU C-158/23; ABRvS 2025:3087): boetes on, off, or behind
// a juridische toets before vaststellen.
export const BOETE_REGIMES = ['aan', 'uit', 'extra_toets'] as const;
export type BoeteRegime = (typeof BOETE_REGIMES)[number];
export const BOETE_REGIME_LABELS: Record<BoeteRegime, string> = {
  aan: 'Aan',
  uit: 'Uit: geen nieuwe boetes',
  extra_toets: 'Extra toets: juridisch toetsen vóór vaststellen',
};

export const boeteRegimeInstelling = z.object({
  doelgroep: z.enum(DOELGROEPEN),
  regime: z.enum(BOETE_REGIMES),
  sinds: z.string().nullable(),
  reden: z.string().nullable(),
});
export type BoeteRegimeInstelling = z.infer<typeof boeteRegimeInstelling>;

export const boeteRegimeInvoer = z.object({
  doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een doelgroep.' }),
  regime: z.enum(BOETE_REGIMES, { error: 'Kies aan, uit of extra toets.' }),
  sinds: isoDatum('Datum'),
  reden: verplichteTekst('Reden', 1000),
});

const stap = z.object({ omschrijving: z.string(), bedrag: z.number() });

export const boete = z.object({
  id,
  inburgeraarId: id,
  soort: z.enum(BOETE_SOORTEN),
  gedraging: z.string(),
  gedragingToelichting: z.string().nullable(),
  datumGedraging: z.string(),
  oproepId: z.number().int().nullable(),
  vorigeBoeteId: z.number().int().nullable(),
  verwijtbaarheid: z.enum(VERWIJTBAARHEDEN).nullable(),
  verwijtbaarheidMotivering: z.string().nullable(),
  recidive: z.number().int(),
  bedrag: z.number(),
  berekening: z.array(stap),
  status: z.enum(BOETE_STATUSSEN),
  zienswijzeVerzonden: z.string().nullable(),
  zienswijzeTermijnTot: z.string().nullable(),
  zienswijzeDocumentId: z.number().int().nullable(),
  zienswijzeOntvangenOp: z.string().nullable(),
  zienswijzeWijze: z.enum(['schriftelijk', 'mondeling']).nullable(),
  zienswijzeSamenvatting: z.string().nullable(),
  zienswijzeWeging: z.string().nullable(),
  rapportDatum: z.string().nullable(),
  samenloopGecontroleerd: z.boolean(),
  juridischGetoetstDoor: z.string().nullable(),
  juridischGetoetstOp: z.string().nullable(),
  kenmerk: z.string().nullable(),
  dagtekening: z.string().nullable(),
  documentId: z.number().int().nullable(),
  ondertekenaar: ondertekenaar.nullable(),
  nieuweAfspraakOp: z.string().nullable(),
  nieuweAfspraakTijdEnPlaats: z.string().nullable(),
  nieuweAfspraakUitkomst: z.enum(['open', 'verschenen', 'niet_verschenen']).nullable(),
  betaaldOp: z.string().nullable(),
  invorderingOvergedragenOp: z.string().nullable(),
  bezwaarOntvangenOp: z.string().nullable(),
  intrekkingReden: z.string().nullable(),
  aangemaakt: z.string(),
});
export type Boete = z.infer<typeof boete>;

const samenloop = z.boolean({ error: 'Geef aan of de bijstand voor deze gedraging al is verlaagd.' });

export const wi22VoornemenInvoer = z.object({
  inburgeraarId: id,
  toelichting: optioneleTekst('Toelichting', 2000),
  /** Wi 27: bijstand already verlaagd for this gedraging. */
  bijstandVerlaagd: samenloop,
});

export const wi23VoornemenInvoer = z.object({
  inburgeraarId: id,
  gedraging: z.enum(WI23_GEDRAGINGEN, { error: 'Kies de gedraging.' }),
  toelichting: verplichteTekst('Omschrijving van de gedraging', 2000),
  datumGedraging: isoDatum('Datum constatering'),
  verwijtbaarheid: z.enum(VERWIJTBAARHEDEN, { error: 'Kies de mate van verwijtbaarheid.' }),
  verwijtbaarheidMotivering: verplichteTekst('Motivering van de verwijtbaarheid', 2000),
  bijstandVerlaagd: samenloop,
  /** Awb 5:53: the date of the rapport, required above €340. */
  rapportDatum: optioneleDatum('Datum rapport'),
});

export const zienswijzeBriefInvoer = z.object({
  boeteId: id,
  verzonden: isoDatum('Verzenddatum'),
  termijnTot: optioneleDatum('Zienswijze uiterlijk'),
  ondertekenaarId: id.nullish().transform((v) => v ?? null),
});

export const zienswijzeOntvangenInvoer = z.object({
  boeteId: id,
  ontvangenOp: isoDatum('Datum zienswijze'),
  wijze: z.enum(['schriftelijk', 'mondeling'], { error: 'Kies schriftelijk of mondeling.' }),
  samenvatting: verplichteTekst('Samenvatting van de zienswijze', 4000),
});

export const boeteVaststellenInvoer = z.object({
  boeteId: id,
  dagtekening: isoDatum('Dagtekening'),
  ondertekenaarId: id,
  /** The gemeente's IBAN for boetes, printed with the kenmerk as betalingskenmerk. */
  rekeningnummer: verplichteTekst('Rekeningnummer (IBAN)', 40),
  /** How the college weighed the zienswijze (Awb 3:46); required when one was given. */
  weging: optioneleTekst('Weging van de zienswijze', 4000),
  /** Wi 22 lid 2: the new appointment, at most two months ahead. */
  nieuweAfspraakOp: optioneleDatum('Nieuwe afspraak'),
  nieuweAfspraakTijdEnPlaats: optioneleTekst('Tijd en plaats', 200),
  /** Regime 'extra toets': who checked it legally, and when. */
  juridischGetoetst: z.boolean().default(false),
  juridischGetoetstDoor: optioneleTekst('Getoetst door', 200),
  juridischGetoetstOp: optioneleDatum('Getoetst op'),
});

export const boeteIntrekkenInvoer = z.object({ boeteId: id, reden: verplichteTekst('Reden', 1000) });

export const boeteBetalingInvoer = z.object({
  boeteId: id,
  betaaldOp: optioneleDatum('Betaald op'),
  invorderingOvergedragenOp: optioneleDatum('Invordering overgedragen op'),
});

export const nieuweAfspraakUitkomstInvoer = z.object({
  boeteId: id,
  uitkomst: z.enum(['verschenen', 'niet_verschenen'], { error: 'Kies verschenen of niet verschenen.' }),
});
