import { z } from 'zod';
import { id, optioneleTekst } from './velden';

// Retention (Besluit 9.9), deleting a dossier entered by mistake, and AVG inzage (art. 15).

/** Why a dossier entered by mistake is deleted; the category goes into the logboek, the explanation never. */
export const VERWIJDER_REDENEN = ['dubbel', 'verkeerde_persoon', 'niet_inburgeringsplichtig', 'oefening'] as const;
export type VerwijderReden = (typeof VERWIJDER_REDENEN)[number];

export const VERWIJDER_REDEN_LABELS: Record<VerwijderReden, string> = {
  dubbel: 'Dubbel dossier (dezelfde persoon staat er twee keer in)',
  verkeerde_persoon: 'Verkeerde persoon ingevoerd',
  niet_inburgeringsplichtig: 'Ten onrechte aangemaakt: niet inburgeringsplichtig in deze gemeente',
  oefening: 'Aangemaakt als oefening of proef',
};

export const dossierVerwijderenInvoer = z.object({
  inburgeraarId: id,
  reden: z.enum(VERWIJDER_REDENEN, { error: 'Kies waarom het dossier wordt verwijderd.' }),
  /** Kept only in the register of deleted dossiers, never in the logboek. */
  toelichting: optioneleTekst('Toelichting', 500),
});
export type DossierVerwijderenInvoer = z.output<typeof dossierVerwijderenInvoer>;

export const opschonenInvoer = z
  .object({
    inburgeraarIds: z.array(id).max(1000, 'Kies hoogstens 1000 dossiers tegelijk.'),
    kerngegevensIds: z.array(id).max(1000, 'Kies hoogstens 1000 regels kerngegevens tegelijk.'),
  })
  .refine((v) => v.inburgeraarIds.length + v.kerngegevensIds.length > 0, { message: 'Kies ten minste één dossier om op te schonen.', path: ['inburgeraarIds'] });
export type OpschonenInvoer = z.output<typeof opschonenInvoer>;

/** Meaning of the parts of the inzage, in the order of the PDF; the JSON uses the table names. */
export const INZAGE_ONDERDELEN = [
  'Uw gegevens',
  'Intake',
  'Persoonlijk plan (PIP)',
  'Participatieverklaring (PVT) en MAP',
  'Voortgang',
  'Begeleiding',
  'Handhaving',
  'Bezwaar',
  'Journaal en afspraken',
  'Documenten',
  'Logboek',
] as const;
