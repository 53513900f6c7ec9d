import { instellingen, instellingenInvoer, logoInvoer } from '../domain/instellingen';
import { leeg } from './gedeeld';

export const instellingenKanalen = {
  instellingenOphalen: { input: leeg, output: instellingen },
  instellingenOpslaan: { input: instellingenInvoer, output: instellingen },
  logoOpslaan: { input: logoInvoer, output: instellingen },
  logoVerwijderen: { input: leeg, output: instellingen },
} as const;
