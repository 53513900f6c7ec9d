import { z } from 'zod';
import { LOGBOEK_OBJECTEN, LOGBOEK_RESULTATEN } from '../domain/logboek';
import { id, optioneleDatum, optioneleTekst } from '../domain/velden';
import { leeg, opgeslagenBestand } from './gedeeld';

// Channels of this domain; see ./index.ts.

/** The filters of the global logboek: a period in Dutch days (both inclusive), who, what kind of object, result. */
export const logboekFilter = z
  .object({
    van: optioneleDatum('Van'),
    tot: optioneleDatum('Tot en met'),
    actor: optioneleTekst('Wie', 100),
    object: z.enum(LOGBOEK_OBJECTEN, { error: 'Kies een soort object uit de lijst.' }).nullish().transform((w) => w ?? null),
    resultaat: z.enum(LOGBOEK_RESULTATEN, { error: 'Kies "gelukt" of "geweigerd".' }).nullish().transform((w) => w ?? null),
  })
  .strict()
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, { message: '"Tot en met" ligt vóór "Van". Kies een einddatum op of na de begindatum.', path: ['tot'] });

/** At most this many rows per page: the global list is never returned whole. */
export const LOGBOEK_MAX_PAGINA = 100;

export const logboekKanalen = {
  /** The audit lines of one dossier, newest first: about the inburgeraar and about its documents. */
  logboekDossier: {
    input: z.object({ inburgeraarId: id }),
    output: z.array(
      z.object({
        id,
        /** ISO moment (UTC). */
        tijdstip: z.string(),
        actor: z.string(),
        /** The stored action, and the same in words. */
        actie: z.string(),
        omschrijving: z.string(),
        /** 'Dossier', or the document the line is about. */
        betreft: z.string(),
        geweigerd: z.boolean(),
        resultaat: z.string(),
      }),
    ),
  },
  /** One page of the whole logboek (server-side paging, sorting on tijdstip, filters). */
  logboekLijst: {
    input: z
      .object({
        pagina: z.number({ error: 'Ongeldige pagina.' }).int().min(0, 'Ongeldige pagina.').max(1_000_000, 'Ongeldige pagina.'),
        paginaGrootte: z
          .number({ error: 'Ongeldig aantal regels per pagina.' })
          .int()
          .min(1, 'Ongeldig aantal regels per pagina.')
          .max(LOGBOEK_MAX_PAGINA, `Toon hoogstens ${LOGBOEK_MAX_PAGINA} regels per pagina.`),
        richting: z.enum(['asc', 'desc'], { error: 'Sorteer oplopend of aflopend.' }),
        filter: logboekFilter,
      })
      .strict(),
    output: z.object({
      rijen: z.array(
        z.object({
          id,
          /** ISO moment (UTC). */
          tijdstip: z.string(),
          actor: z.string(),
          oorsprong: z.string(),
          actie: z.string(),
          omschrijving: z.string(),
          object: z.string(),
          objectId: z.number().int().nullable(),
          /** "Dossier 12": type and id, never a name. */
          betreft: z.string(),
          geweigerd: z.boolean(),
          resultaat: z.string(),
          hash: z.string().nullable(),
        }),
      ).max(LOGBOEK_MAX_PAGINA),
      /** Rows that match the filter. */
      totaal: z.number().int().min(0),
      /** Everyone who appears in the logboek, for the filter. */
      actoren: z.array(z.string()),
    }),
  },
  /** Recomputes the hash chain and names the first changed or missing row (BIO 8.15.05). */
  logboekControleren: {
    input: leeg,
    output: z.object({
      ok: z.boolean(),
      aantal: z.number().int().min(0),
      eersteFout: z.object({ id, soort: z.enum(['gewijzigd', 'ontbreekt']) }).nullable(),
      melding: z.string(),
    }),
  },
  /** The filtered logboek as XLSX, with the chain hash of every row. */
  logboekExporteren: { input: z.object({ filter: logboekFilter }).strict(), output: opgeslagenBestand },
} as const;
