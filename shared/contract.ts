import { z } from 'zod';
import './zod-nl';
import type { Antwoord } from './fouten';
import { huisgenoot, inburgeraar, inburgeraarInvoer, inburgeraarRij } from './domain/inburgeraar';
import { instellingen, instellingenInvoer, logoInvoer } from './domain/instellingen';
import { herstelcode, kluisStatus, nieuwWachtwoord, wachtwoord } from './domain/kluis';
import { id, optioneleDatum, optioneleTekst } from './domain/velden';
import { STATUSSEN } from './rules/status';
import { DOELGROEPEN } from './rules/doelgroep';

// Every IPC channel of Koers: its name, the zod schema of its input and of its output.
// window.koers is generated from this object; a channel that is not here does not exist.

const leeg = z.object({}).strict();
const niets = z.object({});

const termijn = z.object({
  datum: z.string(),
  oorspronkelijk: z.string(),
  verschovenWegens: z.string().nullable(),
  startdatum: z.string(),
  startgebeurtenis: z.string(),
  artikel: z.string(),
});

const opgeslagenBestand = z.object({
  bestandsnaam: z.string(),
  opgeslagen: z.boolean(),
});

export const contract = {
  kluisStatus: { input: leeg, output: kluisStatus },
  kluisAanmaken: { input: z.object({ wachtwoord: nieuwWachtwoord }), output: z.object({ herstelcode: z.string() }) },
  kluisHerstelcodeBevestigen: { input: z.object({ herstelcode }), output: niets },
  kluisNieuweHerstelcode: { input: z.object({ wachtwoord }), output: z.object({ herstelcode: z.string() }) },
  kluisOntgrendelen: { input: z.object({ wachtwoord }), output: niets },
  kluisOntgrendelenMetHerstelcode: {
    input: z.object({ herstelcode, nieuwWachtwoord }),
    output: niets,
  },
  kluisVergrendelen: { input: leeg, output: niets },
  kluisWachtwoordWijzigen: { input: z.object({ huidig: wachtwoord, nieuw: nieuwWachtwoord }), output: niets },
  herstelcodeAfdrukken: { input: z.object({ herstelcode }), output: opgeslagenBestand },

  werkvoorraad: {
    input: leeg,
    output: z.object({
      perStatus: z.record(z.enum(STATUSSEN), z.number().int()),
      perDoelgroep: z.record(z.enum(DOELGROEPEN), z.number().int()),
      totaal: z.number().int(),
      pipBinnenTweeWeken: z.number().int(),
      pipTermijnVerstreken: z.number().int(),
    }),
  },
  inburgeraarsLijst: { input: leeg, output: z.array(inburgeraarRij) },
  inburgeraarOphalen: {
    input: z.object({ id }),
    output: z.object({
      inburgeraar,
      pipTermijn: termijn.nullable(),
      huisgenoten: z.array(huisgenoot),
    }),
  },
  inburgeraarToevoegen: { input: inburgeraarInvoer, output: z.object({ id }) },
  inburgeraarWijzigen: { input: z.object({ id, gegevens: inburgeraarInvoer }), output: niets },
  inburgeraarStatusWijzigen: {
    input: z.object({ id, status: z.enum(STATUSSEN, { error: 'Kies een geldige status.' }) }),
    output: niets,
  },
  huishoudenKoppelen: { input: z.object({ id, metId: id }), output: niets },
  huishoudenOntkoppelen: { input: z.object({ id }), output: niets },

  instellingenOphalen: { input: leeg, output: instellingen },
  instellingenOpslaan: { input: instellingenInvoer, output: instellingen },
  logoOpslaan: { input: logoInvoer, output: instellingen },
  logoVerwijderen: { input: leeg, output: instellingen },

  participatieverklaringOpslaan: {
    input: z.object({
      inburgeraarId: id,
      plaats: optioneleTekst('Plaats', 80),
      datum: optioneleDatum('Datum'),
    }),
    output: opgeslagenBestand,
  },
} as const;

export type Contract = typeof contract;
export type Kanaal = keyof Contract;
export const KANALEN = Object.keys(contract) as Kanaal[];

export type Invoer<K extends Kanaal> = z.input<Contract[K]['input']>;
export type Uitvoer<K extends Kanaal> = z.output<Contract[K]['output']>;

/** The shape of window.koers: one function per channel, answering with an envelope. */
export type KoersApi = { [K in Kanaal]: (invoer: Invoer<K>) => Promise<Antwoord<Uitvoer<K>>> } & {
  /** Main-process events (menu "Nu vergrendelen"); returns a function that unsubscribes. */
  bijGebeurtenis: (naam: Gebeurtenis, luisteraar: () => void) => () => void;
};

export const GEBEURTENISSEN = ['vergrendeld'] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

export const IPC_PREFIX = 'koers:';
