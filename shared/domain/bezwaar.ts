import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

// The register of bezwaar and beroep against the beschikkingen Koers made (Awb hoofdstuk 6 and 7, DOMAIN.md §9).

/** The document soorten that are a beschikking one can object to (Awb 1:3, 7:1). */
export const BESCHIKKING_SOORTEN = ['beschikking_pip', 'beschikking_wijziging', 'beschikking_boete_wi22', 'beschikking_boete_wi23', 'beschikking_ontheffing'] as const;
export type BeschikkingSoort = (typeof BESCHIKKING_SOORTEN)[number];

export const BESCHIKKING_SOORT_LABELS: Record<BeschikkingSoort, string> = {
  beschikking_pip: 'PIP',
  beschikking_wijziging: 'Wijziging PIP',
  beschikking_boete_wi22: 'Boete (art. 22 Wi)',
  beschikking_boete_wi23: 'Boete (art. 23 Wi)',
  beschikking_ontheffing: 'Ontheffing',
};

// Awb 7:11 (gegrond: herroepen and a new besluit), 6:6/6:11 (niet-ontvankelijk), 6:21 (ingetrokken).
export const BEZWAAR_UITKOMSTEN = ['ongegrond', 'gegrond', 'niet_ontvankelijk', 'ingetrokken'] as const;
export type BezwaarUitkomst = (typeof BEZWAAR_UITKOMSTEN)[number];
export const BEZWAAR_UITKOMST_LABELS: Record<BezwaarUitkomst, string> = {
  ongegrond: 'Ongegrond',
  gegrond: 'Gegrond',
  niet_ontvankelijk: 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
};

/** The outcomes of a court ruling (beroep at the rechtbank, hoger beroep at the Afdeling bestuursrechtspraak RvS). */
export const UITSPRAAK_UITKOMSTEN = ['ongegrond', 'gegrond', 'niet_ontvankelijk', 'ingetrokken'] as const;
export type UitspraakUitkomst = (typeof UITSPRAAK_UITKOMSTEN)[number];
export const UITSPRAAK_UITKOMST_LABELS: Record<UitspraakUitkomst, string> = {
  ongegrond: 'Ongegrond',
  gegrond: 'Gegrond',
  niet_ontvankelijk: 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
};

export const HOGER_BEROEP_INSTANTIE = 'de Afdeling bestuursrechtspraak van de Raad van State';

/** A beschikking of this dossier that bezwaar can be made against. */
export const beschikking = z.object({
  documentId: id,
  soort: z.enum(BESCHIKKING_SOORTEN),
  titel: z.string(),
  /** Known when Koers made the beschikking (the PIP); else entered with the bezwaar. */
  kenmerk: z.string().nullable(),
  verzenddatum: z.string().nullable(),
  /** Awb 6:7, 6:8 with Atw art. 1. */
  bezwaartermijnEinde: z.string().nullable(),
});
export type Beschikking = z.infer<typeof beschikking>;

export const bezwaar = z.object({
  id,
  inburgeraarId: id,
  /** Null only for a bezwaar taken over from the old PIP columns for a version without a document. */
  documentId: z.number().int().nullable(),
  beschikkingSoort: z.enum(BESCHIKKING_SOORTEN),
  beschikkingKenmerk: z.string().nullable(),
  verzenddatum: z.string(),
  bezwaartermijnEinde: z.string(),
  ontvangenOp: z.string(),
  tijdig: z.boolean(),
  verschoonbaar: z.boolean(),
  verschoonbaarMotivering: z.string().nullable(),
  gronden: z.string().nullable(),
  adviescommissie: z.boolean(),
  hoorzittingOp: z.string().nullable(),
  hoorzittingVerslag: z.string().nullable(),
  hoorzittingAfgezienReden: z.string().nullable(),
  verdaagdOp: z.string().nullable(),
  verdagingReden: z.string().nullable(),
  verdagingDocumentId: z.number().int().nullable(),
  verdagingKenmerk: z.string().nullable(),
  /** Awb 7:10 with commissie and verdaging, Atw art. 1. */
  beslistermijnEinde: z.string(),
  uitkomst: z.enum(BEZWAAR_UITKOMSTEN).nullable(),
  uitkomstOp: z.string().nullable(),
  /** Free text from the old PIP column, for a bezwaar registered before the register existed. */
  uitkomstOud: z.string().nullable(),
  motivering: z.string().nullable(),
  beslissingDocumentId: z.number().int().nullable(),
  beslissingKenmerk: z.string().nullable(),
  nieuweBeschikkingDocumentId: z.number().int().nullable(),
  beroepIngesteldOp: z.string().nullable(),
  beroepRechtbank: z.string().nullable(),
  beroepUitspraakOp: z.string().nullable(),
  beroepUitkomst: z.enum(UITSPRAAK_UITKOMSTEN).nullable(),
  hogerBeroepIngesteldOp: z.string().nullable(),
  hogerBeroepUitspraakOp: z.string().nullable(),
  hogerBeroepUitkomst: z.enum(UITSPRAAK_UITKOMSTEN).nullable(),
});
export type Bezwaar = z.infer<typeof bezwaar>;

const verschoonbaarRegel = <T extends { verschoonbaar: boolean; verschoonbaarMotivering: string | null }>(w: T, ctx: z.RefinementCtx) => {
  if (w.verschoonbaar && !w.verschoonbaarMotivering) {
    ctx.addIssue({ code: 'custom', path: ['verschoonbaarMotivering'], message: 'Schrijf op waarom de late indiening verschoonbaar is (art. 6:11 Awb).' });
  }
};

const bezwaarVelden = {
  ontvangenOp: isoDatum('Datum ontvangst bezwaarschrift'),
  gronden: verplichteTekst('De gronden van het bezwaar', 4000),
  adviescommissie: z.boolean(),
  verschoonbaar: z.boolean(),
  verschoonbaarMotivering: optioneleTekst('Motivering verschoonbaarheid', 2000),
};

export const bezwaarRegistrerenInvoer = z
  .object({
    documentId: id,
    ...bezwaarVelden,
    /** Only for a beschikking whose verzenddatum or kenmerk Koers does not know. */
    verzenddatum: optioneleDatum('Verzenddatum van de beschikking'),
    kenmerk: optioneleTekst('Kenmerk van de beschikking', 60),
  })
  .superRefine(verschoonbaarRegel);
export type BezwaarRegistrerenInvoer = z.infer<typeof bezwaarRegistrerenInvoer>;

export const bezwaarBijwerkenInvoer = z
  .object({
    bezwaarId: id,
    ...bezwaarVelden,
    /** Gegrond: the new beschikking that replaces the old one (Awb 7:11 lid 2), once it is made. */
    nieuweBeschikkingDocumentId: id.nullish().transform((w) => w ?? null),
  })
  .superRefine(verschoonbaarRegel);

export const hoorzittingInvoer = z
  .object({
    bezwaarId: id,
    datum: optioneleDatum('Datum hoorzitting'),
    verslag: optioneleTekst('Verslag', 6000),
    afgezienReden: optioneleTekst('Reden om van horen af te zien', 2000),
  })
  .superRefine((w, ctx) => {
    if (!w.datum && !w.afgezienReden) ctx.addIssue({ code: 'custom', path: ['datum'], message: 'Vul de datum van de hoorzitting in, of de reden om van horen af te zien (art. 7:3 Awb).' });
    if (w.datum && w.afgezienReden) ctx.addIssue({ code: 'custom', path: ['afgezienReden'], message: 'Kies: een hoorzitting, of afzien van horen — niet allebei.' });
  });

export const verdagenInvoer = z.object({
  bezwaarId: id,
  dagtekening: isoDatum('Dagtekening'),
  reden: verplichteTekst('Reden van verdagen', 1000),
  ondertekenaarId: id,
});

export const beslissingInvoer = z
  .object({
    bezwaarId: id,
    uitkomst: z.enum(BEZWAAR_UITKOMSTEN, { error: 'Kies de uitkomst.' }),
    dagtekening: isoDatum('Dagtekening'),
    motivering: optioneleTekst('Motivering', 8000),
    ondertekenaarId: id.nullish().transform((w) => w ?? null),
  })
  .superRefine((w, ctx) => {
    if (w.uitkomst === 'ingetrokken') return;
    // Awb 7:12 lid 1: the beslissing op bezwaar rests on a deugdelijke motivering, and is signed.
    if (!w.motivering) ctx.addIssue({ code: 'custom', path: ['motivering'], message: 'Motivering is verplicht (art. 7:12 Awb).' });
    if (!w.ondertekenaarId) ctx.addIssue({ code: 'custom', path: ['ondertekenaarId'], message: 'Kies een ondertekenaar.' });
  });

// An empty choice in a form ('') means: no ruling yet.
const uitspraakUitkomstVeld = z.union([z.enum(UITSPRAAK_UITKOMSTEN), z.literal('')]).nullish().transform((w) => (w ? w : null));

export const beroepInvoer = z.object({
  bezwaarId: id,
  ingesteldOp: isoDatum('Datum beroep ingesteld'),
  rechtbank: verplichteTekst('Rechtbank', 120),
  uitspraakOp: optioneleDatum('Datum uitspraak'),
  uitkomst: uitspraakUitkomstVeld,
});

export const hogerBeroepInvoer = z.object({
  bezwaarId: id,
  ingesteldOp: isoDatum('Datum hoger beroep ingesteld'),
  uitspraakOp: optioneleDatum('Datum uitspraak'),
  uitkomst: uitspraakUitkomstVeld,
});
