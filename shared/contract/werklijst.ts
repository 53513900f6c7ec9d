import { z } from 'zod';
import { PVT_STATUSSEN } from '../domain/pvt';
import { id } from '../domain/velden';
import { DOELGROEPEN } from '../rules/doelgroep';

/** Rows per page of the werklijst: the screen asks for one page at a time (issue 14). */
export const WERKLIJST_STANDAARD_AANTAL = 100;
export const WERKLIJST_MAX_AANTAL = 500;

export const werklijstInvoer = z
  .object({
    /** Page number, from 0. */
    pagina: z.number({ error: 'Vul een paginanummer in.' }).int().min(0, 'Het paginanummer begint bij 0.').optional(),
    aantal: z.number({ error: 'Vul een aantal rijen in.' }).int().min(1).max(WERKLIJST_MAX_AANTAL, `Ten hoogste ${WERKLIJST_MAX_AANTAL} rijen per pagina.`).optional(),
  })
  .strict();

// Who still needs the PVT or the MAP, the end of the termijn first, one page at a time; the totals count the
// whole list. The XLSX export (pvtWerklijstExporteren) still writes every row: it is a file, not a channel.
export const werklijstKanalen = {
  pvtMapWerklijst: {
    input: werklijstInvoer,
    output: z.object({
      rijen: z.array(
        z.object({
          id,
          naam: z.string(),
          geboortedatum: z.string(),
          doelgroep: z.enum(DOELGROEPEN),
          termijnEinde: z.string().nullable(),
          pvtStatus: z.enum(PVT_STATUSSEN),
          pvtUren: z.number(),
          mapVanToepassing: z.boolean(),
          mapAfgerond: z.boolean(),
          groepen: z.string(),
        }),
      ).max(WERKLIJST_MAX_AANTAL),
      /** Rows of the whole werklijst. */
      totaal: z.number().int(),
      pvtOpen: z.number().int(),
      mapOpen: z.number().int(),
    }),
  },
} as const;
