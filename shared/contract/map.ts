import { mapInvoer } from '../domain/pvt';
import { niets } from './gedeeld';

export const mapKanalen = {
  mapOpslaan: { input: mapInvoer, output: niets },
} as const;
