import { z } from 'zod';
import { id, isoDatum, verplichteTekst } from './velden';

// The journaal of a dossier (dated notes) and its afspraken. Both are personal data: they live only in
// the encrypted vault and never appear in the logboek or any other log.

export const NOTITIESOORTEN = ['contact', 'telefoon', 'gesprek', 'e-mail', 'huisbezoek'] as const;
export type Notitiesoort = (typeof NOTITIESOORTEN)[number];
export const NOTITIESOORT_LABELS: Record<Notitiesoort, string> = {
  contact: 'Contact',
  telefoon: 'Telefoon',
  gesprek: 'Gesprek',
  'e-mail': 'E-mail',
  huisbezoek: 'Huisbezoek',
};

export const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;

const notitieVelden = {
  datum: isoDatum('Datum'),
  soort: z.enum(NOTITIESOORTEN, { error: 'Kies de soort notitie.' }),
  metTolk: z.boolean().default(false),
  tekst: verplichteTekst('Tekst', 10_000),
};

export const notitieInvoer = z.object({ inburgeraarId: id, ...notitieVelden });
export type NotitieInvoer = z.output<typeof notitieInvoer>;
export const notitieWijziging = z.object({ id, ...notitieVelden });
export type NotitieWijziging = z.output<typeof notitieWijziging>;

export const notitie = z.object({
  id,
  inburgeraarId: id,
  datum: z.string(),
  soort: z.enum(NOTITIESOORTEN),
  metTolk: z.boolean(),
  tekst: z.string(),
  aangemaakt: z.string(),
});
export type Notitie = z.infer<typeof notitie>;

const afspraakVelden = {
  datum: isoDatum('Datum'),
  tijd: z.string({ error: 'Vul de tijd in als 13:30.' }).trim().regex(TIJD, 'Vul de tijd in als 13:30.'),
  plaats: verplichteTekst('Plaats', 200),
  onderwerp: verplichteTekst('Onderwerp', 500),
  metTolk: z.boolean().default(false),
};

export const afspraakInvoer = z.object({ inburgeraarId: id, ...afspraakVelden });
export type AfspraakInvoer = z.output<typeof afspraakInvoer>;
export const afspraakWijziging = z.object({ id, ...afspraakVelden });
export type AfspraakWijziging = z.output<typeof afspraakWijziging>;

export const afspraak = z.object({
  id,
  inburgeraarId: id,
  datum: z.string(),
  tijd: z.string(),
  plaats: z.string(),
  onderwerp: z.string(),
  metTolk: z.boolean(),
  afgehandeld: z.boolean(),
});
export type Afspraak = z.infer<typeof afspraak>;

/** An afspraak in the agenda of all dossiers: with the person's BRP name. */
export const agendaAfspraak = afspraak.extend({ naam: z.string() });
export type AgendaAfspraak = z.infer<typeof agendaAfspraak>;

/** How many days after the chosen day the agenda shows. */
export const AGENDA_VOORUIT_DAGEN = 7;

/** Open afspraken from today on first (soonest first), then the rest: past or afgehandeld, newest first. */
export function afsprakenVoorTab<T extends Pick<Afspraak, 'datum' | 'tijd' | 'afgehandeld'>>(afspraken: readonly T[], vandaag: string): T[] {
  const opTijd = (a: T, b: T) => (a.datum === b.datum ? a.tijd.localeCompare(b.tijd) : a.datum.localeCompare(b.datum));
  const komend = afspraken.filter((a) => !a.afgehandeld && a.datum >= vandaag).sort(opTijd);
  const rest = afspraken.filter((a) => a.afgehandeld || a.datum < vandaag).sort((a, b) => opTijd(b, a));
  return [...komend, ...rest];
}

/** Notes whose date, kind or text contains every word of the query (case- and accent-insensitive). */
export function zoekInNotities<T extends Pick<Notitie, 'datum' | 'soort' | 'tekst'>>(notities: readonly T[], zoekterm: string): T[] {
  const woorden = normaliseer(zoekterm).split(/\s+/).filter(Boolean);
  if (woorden.length === 0) return [...notities];
  return notities.filter((n) => {
    const [j, m, d] = n.datum.split('-');
    const tekst = normaliseer(`${n.tekst} ${NOTITIESOORT_LABELS[n.soort as Notitiesoort] ?? n.soort} ${d}-${m}-${j}`);
    return woorden.every((w) => tekst.includes(w));
  });
}

function normaliseer(tekst: string): string {
  return tekst.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}
