import { z } from 'zod';
import { id, isoDatum, optioneleTekst, verplichteTekst } from './velden';

// Wi 14 lid 6: the college grants ontheffing of the leerbaarheidstoets to a person who cannot take it because
// of a visual impairment, or an auditory impairment. The intake records the impairment (ontheffingToets);
// the ontheffing itself is a beschikking (Awb 1:3) with its own motivering (Awb 3:46) and clause (Awb 3:45).

export const ONTHEFFING_BEPERKINGEN = ['visueel', 'auditief'] as const;
export type OntheffingBeperking = (typeof ONTHEFFING_BEPERKINGEN)[number];

/** What the intake records (IntakeInvoer.ontheffingToets): 'geen', or the impairment. */
export const INTAKE_ONTHEFFING = ['geen', ...ONTHEFFING_BEPERKINGEN] as const;

export const BEPERKING_LABELS: Record<OntheffingBeperking, string> = {
  visueel: 'Visuele beperking',
  auditief: 'Auditieve beperking',
};

/** In a letter, after "een": plain words a B1 reader knows. */
export const BEPERKING_IN_BRIEF: Record<OntheffingBeperking, string> = {
  visueel: 'beperking van uw ogen (u ziet slecht of niet)',
  auditief: 'beperking van uw oren (u hoort slecht of niet)',
};

export const ontheffingVaststellenInvoer = z.object({
  inburgeraarId: id,
  dagtekening: isoDatum('Dagtekening'),
  motivering: verplichteTekst('Motivering', 4000),
  onderbouwing: optioneleTekst('Onderbouwing (stukken)', 500),
  ondertekenaarId: z.number({ error: 'Kies wie de beschikking ondertekent.' }).int().positive(),
});
export type OntheffingVaststellenInvoer = z.output<typeof ontheffingVaststellenInvoer>;

/** The preview may come before a signatory is chosen; it then shows a stand-in. */
export const ontheffingVoorbeeldInvoer = ontheffingVaststellenInvoer.extend({ ondertekenaarId: id.nullish() });

export const ontheffing = z.object({
  id,
  inburgeraarId: id,
  beperking: z.enum(ONTHEFFING_BEPERKINGEN),
  motivering: z.string(),
  onderbouwing: z.string().nullable(),
  dagtekening: z.string(),
  kenmerk: z.string(),
  ondertekenaar: z.object({ naam: z.string(), functie: z.string(), mandaatbesluit: z.string() }),
  sjabloonVersie: z.string(),
  documentId: z.number().int(),
  aangemaakt: z.string(),
});
export type Ontheffing = z.infer<typeof ontheffing>;
