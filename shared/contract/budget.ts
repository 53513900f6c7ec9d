import { z } from 'zod';
import {
  budgetInstellingen,
  componentRegel,
  jaarInvoer,
  KOSTEN_COMPONENTEN,
  kostenBestand,
  kostenCode,
  kostenInvoer,
  kostenRegel,
  kostenVoorbeeld,
  normbedrag,
  normbedragInvoer,
  persoonRegel,
  spukInvoer,
  spukJaar,
  spukUitkomst,
} from '../domain/budget';
import { DOELGROEPEN } from '../rules/doelgroep';
import { id, optioneleDatum, verplichteTekst } from '../domain/velden';
import { SISA_WAARDEN, type SisaWaarde } from '../rules/budget';
import { leeg, niets, opgeslagenBestand } from './gedeeld';
import { PAGINA_MAX, paginaVelden } from './paginering';

// Channels of this domain; see ./index.ts. Cost entries, SPUK and the SiSa worksheet (issue 13 items 3–4).
export const budgetKanalen = {
  /** Years with cost entries or a SPUK, newest first, and the year the screen opens on. */
  budgetJaren: { input: leeg, output: z.object({ jaren: z.array(z.number().int()), standaardJaar: z.number().int() }) },
  /** The cost lines of a year, one page at a time (issue 14), with the count and the sum of the whole year. */
  budgetKosten: {
    input: jaarInvoer.extend(paginaVelden).strict(),
    output: z.object({ rijen: z.array(kostenRegel).max(PAGINA_MAX), totaal: z.number().int(), bedragCent: z.number().int() }),
  },
  kostenToevoegen: { input: kostenInvoer, output: z.object({ id }) },
  kostenWijzigen: { input: kostenInvoer.extend({ id }), output: niets },
  kostenVerwijderen: { input: z.object({ id }), output: niets },
  /** Reads the financial system's CSV export and checks every row; writes nothing. */
  kostenImportVoorbeeld: { input: kostenBestand, output: kostenVoorbeeld },
  /** All or nothing: refused when a row has an error; duplicates are skipped. */
  kostenImporteren: { input: kostenBestand, output: z.object({ toegevoegd: z.number().int(), dubbel: z.number().int() }) },
  kostenCodes: { input: leeg, output: z.array(z.object({ code: z.string(), component: z.enum(KOSTEN_COMPONENTEN) })) },
  kostenCodeOpslaan: { input: kostenCode, output: niets },
  kostenCodeVerwijderen: { input: z.object({ code: z.string().min(1, 'Kies een code.') }), output: niets },
  /** Per component and per inburgeraar against the normbedragen, and the SPUK outcome of the year. */
  budgetOverzicht: {
    // `pagina`/`aantal` page the rows per person (issue 14); `perPersoonTotaal` counts and sums all of them.
    input: jaarInvoer.extend(paginaVelden).strict(),
    output: z.object({
      jaar: z.number().int(),
      perComponent: z.array(componentRegel),
      perPersoon: z.array(persoonRegel).max(PAGINA_MAX),
      perPersoonTotaal: z.object({ aantal: z.number().int(), besteedJaarCent: z.number().int(), besteedTotaalCent: z.number().int(), normCent: z.number().int() }),
      totaal: z.object({ besteedCent: z.number().int(), besteedSpukCent: z.number().int(), normCent: z.number().int(), aantalInCohort: z.number().int() }),
      spuk: spukUitkomst,
    }),
  },
  spukJaren: { input: leeg, output: z.array(spukJaar) },
  spukOpslaan: { input: spukInvoer, output: niets },
  /** The entered normbedragen, the defaults, and the rates valid on a date. */
  normbedragenOphalen: {
    input: z.object({ peildatum: optioneleDatum('Peildatum') }).strict(),
    output: z.object({
      ingesteld: z.array(normbedrag),
      standaard: z.array(normbedrag),
      geldend: z.array(z.object({ component: z.enum(KOSTEN_COMPONENTEN), doelgroep: z.enum(DOELGROEPEN), bedragCent: z.number().int() })),
      peildatum: z.string(),
    }),
  },
  normbedragOpslaan: { input: normbedragInvoer, output: z.object({ id }) },
  normbedragVerwijderen: { input: z.object({ id }), output: niets },
  budgetInstellingenOphalen: { input: leeg, output: budgetInstellingen },
  budgetInstellingenOpslaan: { input: budgetInstellingen, output: niets },
  /** The SiSa indicators Koers uses for a year, with the note to check them. */
  sisaIndicatoren: {
    input: jaarInvoer,
    output: z.object({
      vanafJaar: z.number().int().nullable(),
      bevestigd: z.boolean(),
      notitie: z.string(),
      indicatoren: z.array(z.object({ code: z.string(), omschrijving: z.string(), waarde: z.enum(SISA_WAARDEN), waardeCent: z.number().int().nullable() })),
    }),
  },
  /** The codes from the SiSa-bijlage of a year, entered by the regisseur; they apply from that year on. */
  sisaCodesOpslaan: {
    input: jaarInvoer.extend({ codes: z.object(Object.fromEntries(SISA_WAARDEN.map((w) => [w, verplichteTekst('Code', 20)])) as Record<SisaWaarde, ReturnType<typeof verplichteTekst>>) }),
    output: niets,
  },
  sisaWerkbladOpslaan: { input: jaarInvoer, output: opgeslagenBestand },
} as const;
