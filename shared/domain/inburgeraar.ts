import { z } from 'zod';
import { isValidBsn } from '../rules/bsn';
import { DOELGROEPEN, DUO_DOELGROEPCODES, passendeDoelgroepcode } from '../rules/doelgroep';
import { STATUSSEN } from '../rules/status';
import { id, isoDatum, optioneleDatum, optioneleTekst, verplichteTekst } from './velden';

export const GESLACHTEN = ['man', 'vrouw', 'onbekend'] as const;
export type Geslacht = (typeof GESLACHTEN)[number];
export const GESLACHT_LABELS: Record<Geslacht, string> = {
  man: 'Man',
  vrouw: 'Vrouw',
  onbekend: 'Onbekend',
};

const bsn = z
  .string({ error: 'BSN is verplicht.' })
  .transform((waarde) => waarde.replace(/[\s.]/g, ''))
  .refine((waarde) => /^\d{9}$/.test(waarde), 'Een BSN heeft 9 cijfers.')
  .refine(isValidBsn, 'Dit BSN klopt niet (11-proef). Controleer de cijfers.');

const postcode = z
  .string({ error: 'Postcode is verplicht.' })
  .transform((waarde) => waarde.replace(/\s+/g, '').toUpperCase())
  .refine((waarde) => /^[1-9]\d{3}[A-Z]{2}$/.test(waarde), 'Vul de postcode in als 1234 AB.')
  .transform((waarde) => `${waarde.slice(0, 4)} ${waarde.slice(4)}`);

const email = z
  .string()
  .trim()
  .nullish()
  .transform((waarde) => (waarde ? waarde : null))
  .refine((waarde) => waarde === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(waarde), 'Vul een geldig e-mailadres in.');

const telefoon = z
  .string()
  .trim()
  .nullish()
  .transform((waarde) => (waarde ? waarde : null))
  .refine((waarde) => waarde === null || /^\+?[\d\s-]{10,15}$/.test(waarde), 'Vul een telefoonnummer van 10 cijfers in, bijvoorbeeld 06-12345678.');

const vNummer = z
  .string()
  .trim()
  .nullish()
  .transform((waarde) => (waarde ? waarde.replace(/\s+/g, '') : null))
  .refine((waarde) => waarde === null || /^\d{10}$/.test(waarde), 'Een V-nummer heeft 10 cijfers.');

export const inburgeraarInvoer = z
  .object({
    bsn,
    voornamen: verplichteTekst('Voornamen'),
    tussenvoegsel: optioneleTekst('Tussenvoegsel', 20),
    achternaam: verplichteTekst('Achternaam'),
    geboortedatum: isoDatum('Geboortedatum'),
    geslacht: z.enum(GESLACHTEN, { error: 'Kies een geslacht.' }),
    nationaliteit: verplichteTekst('Nationaliteit', 80),
    taal: verplichteTekst('Taal', 80),
    tolkNodig: z.boolean(),
    straat: verplichteTekst('Straat'),
    huisnummer: verplichteTekst('Huisnummer', 12),
    postcode,
    woonplaats: verplichteTekst('Woonplaats', 80),
    telefoon,
    email,
    doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een doelgroep.' }),
    doelgroepcode: z.enum(DUO_DOELGROEPCODES, { error: 'Kies de doelgroep volgens DUO.' }),
    vNummer,
    datumKennisgevingDuo: optioneleDatum('Datum kennisgeving DUO'),
    datumInschrijvingBrp: optioneleDatum('Datum inschrijving BRP'),
    datumKoppelingCoa: optioneleDatum('Datum koppeling COA'),
  })
  .refine((invoer) => passendeDoelgroepcode(invoer.doelgroep, invoer.doelgroepcode), {
    path: ['doelgroepcode'],
    message: 'Deze DUO-doelgroep hoort niet bij de gekozen doelgroep.',
  });

export type InburgeraarInvoer = z.output<typeof inburgeraarInvoer>;
export type InburgeraarFormulier = z.input<typeof inburgeraarInvoer>;

export const inburgeraar = z.object({
  id,
  bsn: z.string(),
  voornamen: z.string(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  geboortedatum: z.string(),
  geslacht: z.enum(GESLACHTEN),
  nationaliteit: z.string(),
  taal: z.string(),
  tolkNodig: z.boolean(),
  straat: z.string(),
  huisnummer: z.string(),
  postcode: z.string(),
  woonplaats: z.string(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
  doelgroep: z.enum(DOELGROEPEN),
  doelgroepcode: z.enum(DUO_DOELGROEPCODES),
  vNummer: z.string().nullable(),
  datumKennisgevingDuo: z.string().nullable(),
  datumInschrijvingBrp: z.string().nullable(),
  datumKoppelingCoa: z.string().nullable(),
  status: z.enum(STATUSSEN),
  huishoudenId: z.number().int().nullable(),
  aangemaakt: z.string(),
  gewijzigd: z.string(),
});
export type Inburgeraar = z.infer<typeof inburgeraar>;

export const inburgeraarRij = inburgeraar.pick({
  id: true, bsn: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true,
  doelgroep: true, status: true, woonplaats: true, datumKennisgevingDuo: true, datumInschrijvingBrp: true,
}).extend({ pipUiterlijk: z.string().nullable() });
export type InburgeraarRij = z.infer<typeof inburgeraarRij>;

export const huisgenoot = inburgeraar.pick({ id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, status: true });
