import { z } from 'zod';
import { briefTeksten, briefTekstenInvoer } from '../domain/teksten';
import { id, optioneleTekst } from '../domain/velden';
import { leeg } from './gedeeld';

const ondertekenaarRij = z.object({ id, naam: z.string(), functie: z.string(), mandaatbesluit: z.string() });
const ondertekenaarInvoer = z.object({
  id: id.nullish(),
  naam: optioneleTekst('Naam', 120).refine((v) => v !== null, 'Vul de naam van de ondertekenaar in.'),
  functie: optioneleTekst('Functie', 120).refine((v) => v !== null, 'Vul de functie van de ondertekenaar in.'),
  mandaatbesluit: optioneleTekst('Mandaatbesluit', 200).refine((v) => v !== null, 'Vul het mandaatbesluit in (naam en datum of vindplaats).'),
});

export const brievenKanalen = {
  ondertekenaarsLijst: { input: leeg, output: z.array(ondertekenaarRij) },
  ondertekenaarOpslaan: { input: ondertekenaarInvoer, output: z.array(ondertekenaarRij) },
  ondertekenaarVerwijderen: { input: z.object({ id }), output: z.array(ondertekenaarRij) },
  briefTekstenOphalen: { input: leeg, output: briefTeksten },
  briefTekstenOpslaan: { input: briefTekstenInvoer, output: briefTeksten },
} as const;
