import { z } from 'zod';
import { isValidBsn } from '../rules/bsn';
import { isIsoDatum, plusJaren } from '../rules/datum';
import { DOELGROEPEN, DUO_DOELGROEPCODES, isAsielgroep, passendeDoelgroepcode } from '../rules/doelgroep';
import { BRP_NAAM_MELDING, isAfdrukbaarSchrift, isBrpNaam } from '../rules/naam';
import { STATUSSEN } from '../rules/status';
import { LEERROUTES, niveauPerOnderdeel } from './pip';
import { id, optioneleDatum, optioneleTekst, verledenDatum, verplichteTekst } from './velden';

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

// The name as in the BRP (Latin letters); an original-script name is a separate, optional field.
const brpNaam = (label: string) => verplichteTekst(label).refine(isBrpNaam, BRP_NAAM_MELDING);

/** Wi 2021 came into force on 1 January 2022: no inburgeringstermijn under it started earlier. */
export const WI_2021_IN_WERKING = '2022-01-01';

export const inburgeraarInvoer = z
  .object({
    bsn,
    voornamen: brpNaam('Voornamen'),
    tussenvoegsel: optioneleTekst('Tussenvoegsel', 20).refine((waarde) => waarde === null || isBrpNaam(waarde), BRP_NAAM_MELDING),
    achternaam: brpNaam('Achternaam'),
    naamOorspronkelijkSchrift: optioneleTekst('Naam in oorspronkelijk schrift', 200),
    oorspronkelijkSchriftOpDocumenten: z.boolean().default(false),
    geboortedatum: verledenDatum('Geboortedatum'),
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
    // Besluit 5.3 lid 1: housed under art. 28 Huisvestingswet 2014 and not yet in this gemeente's BRP on
    // the day of DUO's kennisgeving; only then the later BRP date starts the PIP deadline.
    huisvestingArt28: z.boolean().default(false),
    // Wi 11 lid 3 sub b, 15 lid 4; Besluit 5.3 lid 3: the termijn already runs from an earlier gemeente's PIP.
    verhuisdVanGemeente: optioneleTekst('Vorige gemeente', 80),
    termijnStartEerder: optioneleDatum('Start inburgeringstermijn'),
    leerrouteEerder: z.union([z.literal(''), z.enum(LEERROUTES)], { error: 'Kies een leerroute.' }).nullish().transform((waarde) => waarde || null),
    niveausEerder: niveauPerOnderdeel.nullish().transform((waarde) => waarde ?? null),
  })
  .refine((invoer) => passendeDoelgroepcode(invoer.doelgroep, invoer.doelgroepcode), {
    path: ['doelgroepcode'],
    message: 'Deze DUO-doelgroep hoort niet bij de gekozen doelgroep.',
  })
  .superRefine((invoer, ctx) => {
    const fout = (veld: string, message: string) => ctx.addIssue({ code: 'custom', path: [veld], message });
    if (invoer.oorspronkelijkSchriftOpDocumenten && !invoer.naamOorspronkelijkSchrift) {
      fout('naamOorspronkelijkSchrift', 'Vul de naam in het oorspronkelijke schrift in, of zet het vinkje "Ook op de participatieverklaring" uit.');
    }
    if (invoer.oorspronkelijkSchriftOpDocumenten && invoer.naamOorspronkelijkSchrift && !isAfdrukbaarSchrift(invoer.naamOorspronkelijkSchrift)) {
      fout(
        'naamOorspronkelijkSchrift',
        'Dit schrift kan Koers nog niet afdrukken (bijvoorbeeld het Ge’ez-schrift van het Tigrinya). Bewaar de naam wel, maar zet het vinkje "Ook op de participatieverklaring" uit.',
      );
    }
    if (invoer.huisvestingArt28 && !isAsielgroep(invoer.doelgroep)) {
      fout('huisvestingArt28', 'Huisvesting via het COA (art. 28 Huisvestingswet 2014) geldt alleen voor asielstatushouders en hun gezinsleden. Zet het vinkje uit.');
    }
    verhuizingControleren(invoer, fout);
  });

type Verhuizing = Pick<InburgeraarInvoer, 'geboortedatum' | 'verhuisdVanGemeente' | 'termijnStartEerder' | 'leerrouteEerder' | 'niveausEerder'>;

// All or nothing: a move from another gemeente needs the gemeente, the termijn start and the leerroute
// of the earlier PIP; for the B1-route also the level per exam part (an earlier afschaling is kept).
function verhuizingControleren(invoer: Verhuizing, fout: (veld: string, message: string) => void): void {
  const { verhuisdVanGemeente: gemeente, termijnStartEerder: start, leerrouteEerder: leerroute, niveausEerder: niveaus } = invoer;
  if (!gemeente && !start && !leerroute && !niveaus) return;
  if (!gemeente) fout('verhuisdVanGemeente', 'Vul de gemeente in waar de inburgeraar eerder woonde.');
  if (!start) fout('termijnStartEerder', 'Vul de start van de inburgeringstermijn in, zoals in het plan van de vorige gemeente.');
  if (!leerroute) fout('leerrouteEerder', 'Kies de leerroute uit het plan van de vorige gemeente.');
  if (leerroute === 'b1' && !niveaus) fout('niveausEerder', 'Kies voor de B1-route per onderdeel het niveau uit het plan van de vorige gemeente (B1 of A2).');
  if (leerroute && leerroute !== 'b1' && niveaus) fout('niveausEerder', 'Een niveau per onderdeel hoort alleen bij de B1-route.');
  if (!start) return;
  if (start < WI_2021_IN_WERKING) {
    fout('termijnStartEerder', 'De inburgeringstermijn kan niet vóór 1 januari 2022 zijn begonnen; toen ging de Wet inburgering 2021 in.');
  } else if (isIsoDatum(invoer.geboortedatum) && start < plusJaren(invoer.geboortedatum, 16)) {
    fout('termijnStartEerder', 'De inburgeringstermijn kan pas na de 16e verjaardag zijn begonnen. Controleer de startdatum en de geboortedatum.');
  }
}

export const TERMIJN_START_IN_TOEKOMST = 'De start van de inburgeringstermijn ligt in de toekomst. Vul de datum in uit het plan van de vorige gemeente.';

/** The one check that needs today's date: the earlier termijn cannot start in the future. */
export function termijnStartEerderInToekomst(invoer: Pick<InburgeraarInvoer, 'termijnStartEerder'>, vandaag: string): boolean {
  return invoer.termijnStartEerder !== null && invoer.termijnStartEerder > vandaag;
}

/** The form's schema: the contract's, plus the check against today. */
export function inburgeraarInvoerOp(vandaag: string) {
  return inburgeraarInvoer.superRefine((invoer, ctx) => {
    if (termijnStartEerderInToekomst(invoer, vandaag)) ctx.addIssue({ code: 'custom', path: ['termijnStartEerder'], message: TERMIJN_START_IN_TOEKOMST });
  });
}

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
  naamOorspronkelijkSchrift: z.string().nullable(),
  oorspronkelijkSchriftOpDocumenten: z.boolean(),
  huisvestingArt28: z.boolean(),
  verhuisdVanGemeente: z.string().nullable(),
  termijnStartEerder: z.string().nullable(),
  leerrouteEerder: z.enum(LEERROUTES).nullable(),
  niveausEerder: niveauPerOnderdeel.nullable(),
  status: z.enum(STATUSSEN),
  huishoudenId: z.number().int().nullable(),
  aangemaakt: z.string(),
  gewijzigd: z.string(),
  /** When the dossier came in through an import (ISO timestamp); absent or null when made in Koers. */
  geimporteerdOp: z.string().nullish(),
});
export type Inburgeraar = z.infer<typeof inburgeraar>;

export const inburgeraarRij = inburgeraar.pick({
  id: true, bsn: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true,
  doelgroep: true, status: true, woonplaats: true, datumKennisgevingDuo: true, datumInschrijvingBrp: true,
}).extend({ pipUiterlijk: z.string().nullable() });
export type InburgeraarRij = z.infer<typeof inburgeraarRij>;

export const huisgenoot = inburgeraar.pick({ id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, status: true });
