import { z } from 'zod';
import { DUO_FILTERS, DUO_STATUSSEN, DUO_VELDEN, duoGemeldInvoer, VERWIJTBAARHEID_ONDERDELEN, verwijtbaarheidInvoer } from '../domain/duo';
import { id } from '../domain/velden';
import { niets, opgeslagenBestand } from './gedeeld';
import { PAGINA_MAX, paginaVelden } from './paginering';

const gemeld = z.object({ waarde: z.string(), gemeldOp: z.string() });

/** One fact of one dossier: its value now, and what DUO was told before. */
const duoVeldStand = z.object({
  veld: z.enum(DUO_VELDEN),
  waarde: z.string().nullable(),
  status: z.enum(DUO_STATUSSEN),
  gemeld: gemeld.nullable(),
});

const filter = z.object({ filter: z.enum(DUO_FILTERS, { error: 'Kies "nog te melden" of "alles".' }).default('nog_te_melden') }).strict();
/** The list on screen is paged (issue 14); the XLSX export still holds every row. */
const filterEnPagina = filter.extend(paginaVelden).strict();

export const duoKanalen = {
  /** One row per fact of a dossier: what is still to report, or (filter 'alles') every fact with a value. */
  duoMeldingenLijst: {
    input: filterEnPagina,
    output: z.object({
      rijen: z.array(duoVeldStand.extend({ inburgeraarId: id, naam: z.string(), bsn: z.string() })).max(PAGINA_MAX),
      /** Rows of the whole list with this filter. */
      totaal: z.number().int(),
      teMelden: z.number().int(),
      dossiers: z.number().int(),
      vandaag: z.string(),
    }),
  },
  duoMeldingenDossier: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      vandaag: z.string(),
      velden: z.array(duoVeldStand),
      verwijtbaarheid: z.object({
        /** The last two months of the inburgeringstermijn; null while no PIP is set. */
        venster: z.object({ van: z.string(), tot: z.string() }).nullable(),
        onderdelen: z.array(
          z.object({
            onderdeel: z.enum(VERWIJTBAARHEID_ONDERDELEN),
            /** Why it cannot be recorded today; null when it can. */
            weigering: z.string().nullable(),
            vastgelegd: z.object({ verwijtbaar: z.boolean(), vastgesteldOp: z.string(), toelichting: z.string().nullable() }).nullable(),
          }),
        ),
      }),
    }),
  },
  duoGemeldMarkeren: { input: duoGemeldInvoer, output: z.object({ gemarkeerd: z.number().int() }) },
  verwijtbaarheidVastleggen: { input: verwijtbaarheidInvoer, output: niets },
  duoMeldingenExporteren: { input: filter, output: opgeslagenBestand },
} as const;
