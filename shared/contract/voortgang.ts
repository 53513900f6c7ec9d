import { z } from 'zod';
import { LEERROUTES } from '../domain/pip';
import {
  EXAMEN_NIVEAUS,
  EXAMENRESULTAAT_ONDERDELEN,
  examenresultaatInvoer,
  gesprekPlannenInvoer,
  gesprekVastleggenInvoer,
  ladderInvoer,
  leerroutePeriodeInvoer,
  participatieactiviteitInvoer,
  PERIODESOORTEN,
  verwijderInvoer,
  zRouteAfrondingInvoer,
} from '../domain/voortgang';
import { id } from '../domain/velden';
import { bevinding, niets } from './gedeeld';

// Channels of this domain; see ./index.ts.

const getal = z.number();
const percentage = z.number().nullable();

const gesprek = z.object({ id, gepland: z.string(), tijd: z.string().nullable(), metTolk: z.boolean(), gehouden: z.string().nullable(), verslag: z.string().nullable() });

const periode = z.object({
  id,
  soort: z.enum(PERIODESOORTEN),
  aanbieder: z.string(),
  van: z.string(),
  tot: z.string(),
  urenAangeboden: getal,
  urenGevolgd: getal,
  verzuimGeoorloofd: getal,
  verzuimOngeoorloofd: getal,
  percentageGeoorloofd: percentage,
  percentageOngeoorloofd: percentage,
});

const examen = z.object({ id, onderdeel: z.enum(EXAMENRESULTAAT_ONDERDELEN), niveau: z.enum(EXAMEN_NIVEAUS).nullable(), datum: z.string(), behaald: z.boolean() });

const trede = z.object({ id, trede: z.number().int(), label: z.string(), datum: z.string(), toelichting: z.string().nullable() });

export const voortgangKanalen = {
  voortgangOphalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      /** The geldende PIP, when one is vastgesteld: the voortgang is measured against it. */
      pip: z.object({ dagtekening: z.string().nullable(), termijnStart: z.string().nullable(), leerroute: z.enum(LEERROUTES).nullable(), niveau: z.string().nullable() }).nullable(),
      asiel: z.boolean(),
      gesprekken: z.object({
        lijst: z.array(gesprek),
        afgesproken: getal.nullable(),
        elkeMaanden: getal.nullable(),
        gehouden: getal,
        gepland: getal,
        nogTeHouden: getal.nullable(),
        volgendeUiterlijk: z.string().nullable(),
        artikel: z.string(),
      }),
      leerroute: z.object({
        periodes: z.array(periode),
        totalen: z.object({
          urenAangeboden: getal,
          urenGevolgd: getal,
          urenNt2: getal,
          urenKnm: getal,
          verzuimGeoorloofd: getal,
          verzuimOngeoorloofd: getal,
          percentageGeoorloofd: percentage,
          percentageOngeoorloofd: percentage,
        }),
      }),
      examens: z.array(examen),
      afschalen: z.object({ urenNt2: getal, norm: getal, bereiktOp: z.string().nullable(), artikel: z.string() }).nullable(),
      schakelen: z
        .object({ uiterlijk: z.string(), dagenOver: getal, inZicht: z.boolean(), verstreken: z.boolean(), onderwijsNaarB1Altijd: z.boolean(), artikel: z.string() })
        .nullable(),
      zRoute: z
        .object({
          cursus: z.object({ norm: getal, normUitPip: z.boolean(), gevolgd: getal, resterend: getal, artikel: z.string() }),
          participatie: z
            .object({
              norm: getal,
              normUitPip: z.boolean(),
              pvtUren: getal,
              mapUren: getal,
              afgetrokken: getal,
              activiteiten: getal,
              resterend: getal,
              artikel: z.string(),
            })
            .nullable(),
          activiteiten: z.array(z.object({ id, datum: z.string(), omschrijving: z.string(), uren: getal })),
          eindgesprek: z.string().nullable(),
          afgerondOp: z.string().nullable(),
          compleet: z.boolean(),
          ontbreekt: z.array(bevinding),
        })
        .nullable(),
      ladder: z.object({ huidige: trede.nullable(), geschiedenis: z.array(trede) }),
    }),
  },
  voortgangsgesprekPlannen: { input: gesprekPlannenInvoer, output: z.object({ id }) },
  voortgangsgesprekVastleggen: { input: gesprekVastleggenInvoer, output: niets },
  voortgangsgesprekVerwijderen: { input: verwijderInvoer, output: niets },
  leerroutePeriodeOpslaan: { input: leerroutePeriodeInvoer, output: z.object({ id }) },
  leerroutePeriodeVerwijderen: { input: verwijderInvoer, output: niets },
  examenresultaatOpslaan: { input: examenresultaatInvoer, output: z.object({ id }) },
  examenresultaatVerwijderen: { input: verwijderInvoer, output: niets },
  participatieactiviteitOpslaan: { input: participatieactiviteitInvoer, output: z.object({ id }) },
  participatieactiviteitVerwijderen: { input: verwijderInvoer, output: niets },
  participatieladderVastleggen: { input: ladderInvoer, output: z.object({ id }) },
  zRouteAfronding: { input: zRouteAfrondingInvoer, output: niets },
} as const;
