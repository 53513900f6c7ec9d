import { z } from 'zod';
import { dossierVerwijderenInvoer, opschonenInvoer, VERWIJDER_REDENEN } from '../domain/privacy';
import { id } from '../domain/velden';
import { STATUSSEN } from '../rules/status';
import { opgeslagenBestand } from './gedeeld';
import { PAGINA_MAX, paginaVelden } from './paginering';

// Channels of this domain; see ./index.ts. Retention (Besluit 9.9), dossier verwijderen and AVG inzage (issue 11 items 6–7).

const teVerwijderenDossier = z.object({
  inburgeraarId: id,
  naam: z.string(),
  geboortedatum: z.string(),
  status: z.enum(STATUSSEN),
  grond: z.enum(['einde_plicht', 'overleden']),
  eindeOp: z.string(),
  verwijderenVanaf: z.string(),
  kerngegevensTot: z.string(),
  artikel: z.string(),
});

const kerngegevensRij = z.object({
  id,
  dossierId: id,
  naam: z.string(),
  geboortedatum: z.string(),
  wijze: z.string(),
  eindeOp: z.string(),
  bewarenTot: z.string(),
});

export const privacyKanalen = {
  /** The daily check: dossiers past their bewaartermijn and kerngegevens past fifty years, on the clock's today. */
  privacyBewaartermijnLijst: {
    // Issue 14: at most PAGINA_MAX rows of each list (the first, oldest due); after opschonen the next ones come.
    // `inburgeraarId` asks for one dossier only (the dossier page).
    input: z.object({ inburgeraarId: id.optional(), aantal: paginaVelden.aantal }).strict(),
    output: z.object({
      vandaag: z.string(),
      dossiers: z.array(teVerwijderenDossier).max(PAGINA_MAX),
      /** How many dossiers are past their bewaartermijn in all. */
      dossiersTotaal: z.number().int(),
      kerngegevensVerlopen: z.array(kerngegevensRij).max(PAGINA_MAX),
      kerngegevensVerlopenTotaal: z.number().int(),
      /** How many kerngegevens rows are kept and not yet due. */
      kerngegevensBewaard: z.number().int(),
      wordtVerwijderd: z.string(),
      blijftBewaard: z.string(),
    }),
  },
  privacyOpschonen: {
    input: opschonenInvoer,
    output: z.object({ dossiers: z.number().int(), kerngegevens: z.number().int() }),
  },
  /** What deleting one dossier would remove, or why it cannot be deleted. */
  privacyVerwijderControle: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      geweigerd: z.string().nullable(),
      /** Rows per table; `loskoppelen`: the rows stay (the gemeente's own records) without the link to the person. */
      onderdelen: z.array(z.object({ tabel: z.string(), aantal: z.number().int(), loskoppelen: z.boolean() })),
    }),
  },
  privacyDossierVerwijderen: {
    input: dossierVerwijderenInvoer,
    output: z.object({ reden: z.enum(VERWIJDER_REDENEN), rijen: z.number().int() }),
  },
  privacyInzagePdf: { input: z.object({ inburgeraarId: id }), output: opgeslagenBestand },
  privacyInzageJson: { input: z.object({ inburgeraarId: id }), output: opgeslagenBestand },
} as const;
