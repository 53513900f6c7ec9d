import { z } from 'zod';
import { DOCUMENT_MIMES } from '../domain/document';
import { groepInvoer, intakeUrenInvoer, MAP_THEMA_STATUSSEN, MAP_THEMAS, ondertekeningInvoer, PVT_STATUSSEN, sessie, sessieInvoer, TRAJECTEN } from '../domain/pvt';
import { id } from '../domain/velden';
import { bevinding, niets, opgeslagenBestand } from './gedeeld';
import { PAGINA_MAX, paginaVelden } from './paginering';

const pvtDeelnemer = z.object({
  inburgeraarId: id,
  naam: z.string(),
  geboortedatum: z.string(),
  uren: z.number(),
  status: z.enum(PVT_STATUSSEN),
  /** MAP hours: the per-person thema rows plus attended MAP group sessions. */
  mapUren: z.number(),
  datumOndertekening: z.string().nullable(),
  sjabloonVersie: z.string().nullable(),
  scanDocumentId: z.number().int().nullable(),
});

export const pvtKanalen = {
  /** The newest groups first, at most `aantal` (default and most PAGINA_MAX; issue 14: no unbounded list). */
  pvtGroepen: {
    input: z.object({ aantal: paginaVelden.aantal }).strict(),
    output: z.array(
      z.object({ id, naam: z.string(), notitie: z.string().nullable(), traject: z.enum(TRAJECTEN), aantalDeelnemers: z.number().int(), aantalSessies: z.number().int(), eersteDatum: z.string().nullable() }),
    ).max(PAGINA_MAX),
  },
  pvtGroepAanmaken: { input: groepInvoer, output: z.object({ id }) },
  pvtGroepOphalen: {
    input: z.object({ groepId: id }),
    output: z.object({
      groep: z.object({ id, naam: z.string(), notitie: z.string().nullable(), traject: z.enum(TRAJECTEN) }),
      mapUrenNorm: z.number(),
      sessies: z.array(sessie),
      deelnemers: z.array(pvtDeelnemer),
      aanwezigheid: z.array(z.object({ sessieId: id, inburgeraarId: id, aanwezig: z.boolean() })),
    }),
  },
  pvtSessieToevoegen: { input: sessieInvoer, output: z.object({ id }) },
  pvtInschrijven: {
    input: z.object({ groepId: id, inburgeraarIds: z.array(id).min(1, 'Kies ten minste één inburgeraar.').max(500) }),
    output: z.object({ ingeschreven: z.number().int() }),
  },
  pvtUitschrijven: { input: z.object({ groepId: id, inburgeraarId: id }), output: niets },
  pvtAanwezigheidRegistreren: {
    input: z.object({ sessieId: id, aanwezigheid: z.array(z.object({ inburgeraarId: id, aanwezig: z.boolean() })).max(500) }),
    output: niets,
  },
  pvtOndertekeningVastleggen: { input: ondertekeningInvoer, output: niets },
  pvtScanOpslaan: {
    input: z.object({
      inburgeraarId: id,
      mime: z.enum(DOCUMENT_MIMES, { error: 'Kies een scan als PDF, PNG of JPG.' }),
      base64: z.string().min(1).max(14_000_000, 'De scan is groter dan 10 MB. Scan met een lagere resolutie.'),
    }),
    output: niets,
  },
  pvtIntakeUren: { input: intakeUrenInvoer, output: niets },
  pvtDossier: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      uren: z.number(),
      intakeUren: z.number(),
      excursieOfActiviteit: z.boolean(),
      ondertekeningsbijeenkomst: z.boolean(),
      ontbreekt: z.array(bevinding),
      status: z.enum(PVT_STATUSSEN),
      datumOndertekening: z.string().nullable(),
      plaatsOndertekening: z.string().nullable(),
      sjabloonVersie: z.string().nullable(),
      scanDocumentId: z.number().int().nullable(),
      groepen: z.array(z.object({ id, naam: z.string() })),
      map: z.object({
        vanToepassing: z.boolean(),
        weigering: bevinding.nullable(),
        // uren: entered for the person (editable); groepsUren: from attended MAP group sessions (read only).
        themas: z.array(z.object({ thema: z.enum(MAP_THEMAS), status: z.enum(MAP_THEMA_STATUSSEN), uren: z.number(), groepsUren: z.number(), aanbieder: z.string().nullable() })),
        eindgesprek: z.string().nullable(),
        uren: z.number(),
        urenNorm: z.number(),
        afgerond: z.boolean(),
        ontbreekt: z.array(bevinding),
      }),
    }),
  },
  presentielijstOpslaan: { input: z.object({ sessieId: id }), output: opgeslagenBestand },
} as const;
