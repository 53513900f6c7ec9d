import { z } from 'zod';
import './zod-nl';
import type { Antwoord } from './fouten';
import { huisgenoot, inburgeraar, inburgeraarInvoer, inburgeraarRij } from './domain/inburgeraar';
import { instellingen, instellingenInvoer, logoInvoer } from './domain/instellingen';
import { herstelcode, kluisStatus, nieuwWachtwoord, wachtwoord } from './domain/kluis';
import { id, optioneleDatum, optioneleTekst } from './domain/velden';
import { STATUSSEN } from './rules/status';
import { brief } from './domain/brief';
import { intake, intakeInvoer, oproepInvoer } from './domain/intake';
import { pip, pipInhoud, vaststellenInvoer, wijzigingInvoer } from './domain/pip';
import { briefTeksten, briefTekstenInvoer } from './domain/teksten';
import { isoDatum } from './domain/velden';
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

const bevinding = z.object({ regel: z.string(), artikel: z.string(), melding: z.string() });

const ondertekenaarRij = z.object({ id, naam: z.string(), functie: z.string(), mandaatbesluit: z.string() });
const ondertekenaarInvoer = z.object({
  id: id.nullish(),
  naam: optioneleTekst('Naam', 120).refine((v) => v !== null, 'Vul de naam van de ondertekenaar in.'),
  functie: optioneleTekst('Functie', 120).refine((v) => v !== null, 'Vul de functie van de ondertekenaar in.'),
  mandaatbesluit: optioneleTekst('Mandaatbesluit', 200).refine((v) => v !== null, 'Vul het mandaatbesluit in (naam en datum of vindplaats).'),
});

const documentRij = z.object({ id, soort: z.string(), titel: z.string(), bestandsnaam: z.string(), aangemaakt: z.string(), sha256: z.string() });

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
      inburgeringstermijn: z.object({ start: z.string(), einde: z.string() }).nullable(),
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

  intakeOphalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      intake,
      ontbreekt: z.array(bevinding),
      volgendeStap: z.enum(['oproep', 'waarschuwing_en_herhaalde_oproep', 'in_afwezigheid_afronden', 'wacht_op_uitkomst', 'verschenen']),
    }),
  },
  intakeOpslaan: { input: z.object({ inburgeraarId: id, gegevens: intakeInvoer }), output: niets },
  intakeAfronden: { input: z.object({ inburgeraarId: id, datum: isoDatum('Datum afronding'), inAfwezigheid: z.boolean() }), output: niets },
  oproepVersturen: { input: oproepInvoer, output: z.object({ oproepId: id, documentId: id }) },
  oproepUitkomst: { input: z.object({ oproepId: id, uitkomst: z.enum(['verschenen', 'niet_verschenen'], { error: 'Kies of de inburgeraar is verschenen.' }) }), output: niets },

  pipOverzicht: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({ versies: z.array(pip), bevindingen: z.array(bevinding), intakeAfgerond: z.boolean() }),
  },
  pipConceptOpslaan: { input: z.object({ inburgeraarId: id, inhoud: pipInhoud }), output: z.object({ pip, bevindingen: z.array(bevinding) }) },
  pipVoorbeeld: {
    input: z.object({ pipId: id, dagtekening: isoDatum('Dagtekening'), ondertekenaarId: id.nullish() }),
    output: z.object({ brief, bevindingen: z.array(bevinding) }),
  },
  pipVaststellen: { input: vaststellenInvoer, output: z.object({ pip }) },
  pipVerzonden: { input: z.object({ pipId: id, verzenddatum: isoDatum('Verzenddatum') }), output: z.object({ pip }) },
  pipBezwaar: {
    input: z.object({ pipId: id, ontvangenOp: isoDatum('Datum bezwaarschrift'), uitkomst: optioneleTekst('Uitkomst', 500) }),
    output: z.object({ pip }),
  },
  pipBeroep: { input: z.object({ pipId: id, ingesteldOp: isoDatum('Datum beroep') }), output: z.object({ pip }) },
  pipWijzigingStarten: { input: wijzigingInvoer, output: z.object({ pip }) },

  documentenLijst: { input: z.object({ inburgeraarId: id }), output: z.array(documentRij) },
  documentOpslaan: { input: z.object({ documentId: id }), output: opgeslagenBestand },

  ondertekenaarsLijst: { input: leeg, output: z.array(ondertekenaarRij) },
  ondertekenaarOpslaan: { input: ondertekenaarInvoer, output: z.array(ondertekenaarRij) },
  ondertekenaarVerwijderen: { input: z.object({ id }), output: z.array(ondertekenaarRij) },
  briefTekstenOphalen: { input: leeg, output: briefTeksten },
  briefTekstenOpslaan: { input: briefTekstenInvoer, output: briefTeksten },
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
