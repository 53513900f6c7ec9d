import { z } from 'zod';
import { PVT_STATUSSEN } from '../domain/pvt';
import { id } from '../domain/velden';
import { DOELGROEPEN } from '../rules/doelgroep';
import { leeg } from './gedeeld';

export const werklijstKanalen = {
  pvtMapWerklijst: {
    input: leeg,
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
      ),
      pvtOpen: z.number().int(),
      mapOpen: z.number().int(),
    }),
  },
} as const;
