import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst } from './velden';

// Persoonlijk plan inburgering en participatie (Wi 15–17; Besluit 5.3–5.5).

export const LEERROUTES = ['b1', 'onderwijs', 'z'] as const;
export type Leerroute = (typeof LEERROUTES)[number];
export const LEERROUTE_LABELS: Record<Leerroute, string> = { b1: 'B1-route', onderwijs: 'Onderwijsroute', z: 'Z-route' };

export const PIP_NIVEAUS = ['B1', 'A2'] as const;
export type PipNiveau = (typeof PIP_NIVEAUS)[number];

// Wi 7 lid 2 and 17 lid 3: the B1-route's language exams; afschalen to A2 can be per part. KNM has no level.
export const EXAMENONDERDELEN = ['lezen', 'luisteren', 'schrijven', 'spreken'] as const;
export type Examenonderdeel = (typeof EXAMENONDERDELEN)[number];
export const EXAMENONDERDEEL_LABELS: Record<Examenonderdeel, string> = { lezen: 'Lezen', luisteren: 'Luisteren', schrijven: 'Schrijven', spreken: 'Spreken' };
export const niveauPerOnderdeel = z.object({
  lezen: z.enum(PIP_NIVEAUS),
  luisteren: z.enum(PIP_NIVEAUS),
  schrijven: z.enum(PIP_NIVEAUS),
  spreken: z.enum(PIP_NIVEAUS),
});
export type NiveauPerOnderdeel = z.infer<typeof niveauPerOnderdeel>;
export const ALFABETISERING = ['NVT', 'A', 'AA'] as const;
export const ALFABETISERING_LABELS: Record<(typeof ALFABETISERING)[number], string> = {
  NVT: 'Niet van toepassing',
  A: 'Alfabetisering (A)',
  AA: 'Alfabetisering in het Latijnse schrift (AA)',
};

export const WIJZIGING_REDENEN = ['schakelen', 'afschalen', 'verhuizing', 'anders'] as const;
export type WijzigingReden = (typeof WIJZIGING_REDENEN)[number];
export const WIJZIGING_LABELS: Record<WijzigingReden, string> = {
  schakelen: 'Schakelen naar een andere leerroute (art. 17 lid 2 Wi 2021)',
  afschalen: 'Afschalen naar A2 na 600 uur (art. 17 lid 3 Wi 2021)',
  verhuizing: 'Verhuizing naar deze gemeente (art. 15 lid 4 Wi 2021)',
  anders: 'Andere onderdelen van het plan',
};

const tekst = (label: string) => optioneleTekst(label, 4000);
const geenNull = <T,>(v: T | null | undefined) => v ?? null;

// Wi 17 lid 2: schakelen after insufficient or greater-than-expected voortgang.
export const VOORTGANG_OORDELEN = ['onvoldoende', 'meer_dan_verwacht'] as const;
export const VOORTGANG_LABELS: Record<(typeof VOORTGANG_OORDELEN)[number], string> = {
  onvoldoende: 'onvoldoende voortgang',
  meer_dan_verwacht: 'meer voortgang dan verwacht',
};

// Besluit 5.4: after 1.5 years schakelen is possible only in these cases (onderwijs → B1 always).
export const SCHAKEL_UITZONDERINGEN = ['geen', 'niet_vrijstellende_opleiding_beeindigd', 'bijzonder_geval'] as const;
export const SCHAKEL_UITZONDERING_LABELS: Record<(typeof SCHAKEL_UITZONDERINGEN)[number], string> = {
  geen: 'Geen uitzondering',
  niet_vrijstellende_opleiding_beeindigd: 'De niet-vrijstellende opleiding is beëindigd (art. 5.4 Besluit)',
  bijzonder_geval: 'Bijzonder geval (art. 5.4 Besluit), met motivering',
};

// Besluit 3.14 lid 2: a lower Z-route norm only for a visual or auditory impairment.
export const LAGERE_NORM_REDENEN = ['geen', 'visueel', 'auditief'] as const;

/** The reasoning a wijziging carries of its own (Wi 17); empty again for every new wijziging. */
export const wijzigingMotivering = z.object({
  /** Afschalen: facts showing B1 is not reachable for the parts concerned; schakelen: the voortgang; anders: why. */
  feiten: tekst('Feiten en motivering van de wijziging'),
  voortgang: z.enum(VOORTGANG_OORDELEN).nullish().transform(geenNull),
  /** Afschalen (Besluit 5.5 lid 1): NT2 hours followed after the PIP, at a keurmerk or erkende instelling. */
  urenNt2NaPip: z.union([z.number(), z.string()]).nullish().transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const getal = Number(v);
    if (!Number.isInteger(getal) || getal < 0 || getal > 5000) {
      ctx.addIssue({ code: 'custom', message: 'Gevolgde uren NT2: vul een heel aantal uren in (0 tot 5000).' });
      return z.NEVER;
    }
    return getal;
  }),
  urenBijErkendeInstelling: z.boolean().default(false),
  /** Afschalen (Besluit 5.3 lid 6): what the person did: attendance, exam attempts. */
  inspanningen: tekst('Aanzienlijke inspanningen'),
  schakelUitzondering: z.enum(SCHAKEL_UITZONDERINGEN).default('geen'),
  schakelUitzonderingMotivering: tekst('Motivering uitzondering'),
});
export type WijzigingMotivering = z.output<typeof wijzigingMotivering>;
export const LEGE_WIJZIGING_MOTIVERING: WijzigingMotivering = {
  feiten: null,
  voortgang: null,
  urenNt2NaPip: null,
  urenBijErkendeInstelling: false,
  inspanningen: null,
  schakelUitzondering: 'geen',
  schakelUitzonderingMotivering: null,
};
const uren = (label: string) =>
  z.union([z.number(), z.string()])
    .nullish()
    .transform((v, ctx) => {
      if (v === null || v === undefined || v === '') return null;
      const getal = Number(v);
      if (!Number.isInteger(getal) || getal < 0 || getal > 5000) {
        ctx.addIssue({ code: 'custom', message: `${label}: vul een heel aantal uren in (0 tot 5000).` });
        return z.NEVER;
      }
      return getal;
    });

export const pipInhoud = z.object({
  leerroute: z.enum(LEERROUTES).nullish().transform(geenNull),
  niveau: z.enum(PIP_NIVEAUS).nullish().transform(geenNull),
  /** B1-route: the level per exam part; null means every part at `niveau` (Wi 17 lid 3: afschalen per part). */
  niveauPerOnderdeel: niveauPerOnderdeel.nullish().transform(geenNull),
  alfabetisering: z.enum(ALFABETISERING).nullish().transform(geenNull),
  /** Wi 15 lid 2 (asiel group): the intensiteit of the leerroute, in total hours (DUO: geschatteIntensiteit). */
  geschatteIntensiteitUren: uren('Intensiteit leerroute, totaal'),
  /** The same intensiteit as a weekly norm. */
  intensiteitUrenPerWeek: uren('Intensiteit leerroute, uren per week'),
  /** Z-route (Besluit 3.14 lid 2): cursusuren and participatie-uren planned. */
  zRouteCursusuren: uren('Z-route: cursusuren'),
  zRouteParticipatieuren: uren('Z-route: participatie-uren'),
  zRouteLagereNorm: z.enum(LAGERE_NORM_REDENEN).default('geen'),
  zRouteLagereNormToelichting: tekst('Toelichting lagere norm'),
  magOpleidingAfmaken: z.boolean().default(false),
  ondersteuningEnBegeleiding: tekst('Ondersteuning en begeleiding'),
  pvtIntensiteit: tekst('Intensiteit participatieverklaringstraject'),
  mapIntensiteit: tekst('Intensiteit MAP'),
  vveAfspraken: tekst('Afspraken VVE'),
  maatschappelijkeBegeleiding: tekst('Maatschappelijke begeleiding'),
  ontzorgen: z.boolean().default(false),
  startBijstand: optioneleDatum('Start bijstand'),
  aantalVoortgangsgesprekken: uren('Aantal voortgangsgesprekken'),
  /** Besluit 5.3 lid 4: the number of gesprekken, and how often they are held (months between two). */
  voortgangsgesprekkenElkeMaanden: uren('Voortgangsgesprekken: elke … maanden'),
  taalaanbieder: optioneleTekst('Taalaanbieder', 200),
  motivering: tekst('Motivering'),
  overwegingB1: tekst('Overweging B1-route'),
  overwegingOnderwijs: tekst('Overweging onderwijsroute'),
  overwegingZ: tekst('Overweging Z-route'),
  urenNt2: uren('Gevolgde uren NT2'),
  /** Besluit 5.3 lid 2: why the PIP comes after its 10-week deadline (e.g. waiting for a derde). */
  redenTermijnOverschreden: tekst('Reden dat het PIP na de termijn komt'),
  informatieDerdeOntvangenOp: optioneleDatum('Informatie van derde ontvangen op'),
  wijziging: wijzigingMotivering.nullish().transform((v) => v ?? LEGE_WIJZIGING_MOTIVERING),
});
export type PipInhoud = z.output<typeof pipInhoud>;
export type PipFormulier = z.input<typeof pipInhoud>;

export const PIP_STATUSSEN = ['concept', 'vastgesteld', 'verzonden'] as const;
export type PipStatus = (typeof PIP_STATUSSEN)[number];

// Wi 17: a wijziging is a new version of the plan.
export const PIP_SOORTEN = ['pip', 'wijziging'] as const;
export type PipSoort = (typeof PIP_SOORTEN)[number];

export const ondertekenaar = z.object({ naam: z.string(), functie: z.string(), mandaatbesluit: z.string() });

export const pip = z.object({
  id,
  inburgeraarId: id,
  versie: z.number().int(),
  soort: z.enum(PIP_SOORTEN),
  wijzigingReden: z.enum(WIJZIGING_REDENEN).nullable(),
  wijzigingToelichting: z.string().nullable(),
  vorigKenmerk: z.string().nullable(),
  status: z.enum(PIP_STATUSSEN),
  inhoud: pipInhoud,
  dagtekening: z.string().nullable(),
  kenmerk: z.string().nullable(),
  termijnStart: z.string().nullable(),
  termijnEinde: z.string().nullable(),
  verzenddatum: z.string().nullable(),
  bezwaartermijnEinde: z.string().nullable(),
  bezwaarOntvangenOp: z.string().nullable(),
  bezwaarUitkomst: z.string().nullable(),
  beroepIngesteldOp: z.string().nullable(),
  ondertekenaar: ondertekenaar.nullable(),
  sjabloonVersie: z.string().nullable(),
  documentId: z.number().int().nullable(),
  sha256: z.string().nullable(),
  aangemaakt: z.string(),
  /** A version imported from an earlier system: vastgesteld on its dagtekening, without a letter. */
  geimporteerd: z.boolean().optional(),
});
export type Pip = z.infer<typeof pip>;

export const vaststellenInvoer = z.object({
  pipId: id,
  dagtekening: isoDatum('Dagtekening'),
  ondertekenaarId: id,
});

export const wijzigingInvoer = z.object({
  inburgeraarId: id,
  reden: z.enum(WIJZIGING_REDENEN, { error: 'Kies de reden van de wijziging.' }),
  toelichting: optioneleTekst('Toelichting', 2000),
});
