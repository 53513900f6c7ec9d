import { z } from 'zod';
import { DOCUMENT_SOORTEN } from '../domain/document';
import { id } from '../domain/velden';
import { opgeslagenBestand } from './gedeeld';

const documentRij = z.object({ id, soort: z.enum(DOCUMENT_SOORTEN), titel: z.string(), bestandsnaam: z.string(), aangemaakt: z.string(), sha256: z.string() });

export const documentenKanalen = {
  documentenLijst: { input: z.object({ inburgeraarId: id }), output: z.array(documentRij) },
  documentOpslaan: { input: z.object({ documentId: id }), output: opgeslagenBestand },
} as const;
