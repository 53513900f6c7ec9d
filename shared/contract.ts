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
import { groepInvoer, intakeUrenInvoer, MAP_THEMAS, mapInvoer, ondertekeningInvoer, PVT_STATUSSEN, sessie, sessieInvoer } from './domain/pvt';
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

const pvtDeelnemer = z.object({
  inburgeraarId: id,
  naam: z.string(),
  geboortedatum: z.string(),
  uren: z.number(),
  status: z.enum(PVT_STATUSSEN),
  datumOndertekening: z.string().nullable(),
  sjabloonVersie: z.string().nullable(),
  scanDocumentId: z.number().int().nullable(),
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

  pvtGroepen: {
    input: leeg,
    output: z.array(z.object({ id, naam: z.string(), notitie: z.string().nullable(), aantalDeelnemers: z.number().int(), aantalSessies: z.number().int(), eersteDatum: z.string().nullable() })),
  },
  pvtGroepAanmaken: { input: groepInvoer, output: z.object({ id }) },
  pvtGroepOphalen: {
    input: z.object({ groepId: id }),
    output: z.object({
      groep: z.object({ id, naam: z.string(), notitie: z.string().nullable() }),
      sessies: z.array(sessie),
      deelnemers: z.array(pvtDeelnemer),
      aanwezigheid: z.array(z.object({ sessieId: id, inburgeraarId: id, aanwezig: z.boolean() })),
    }),
  },
  pvtSessieToevoegen: { input: sessieInvoer, output: z.object({ id }) },
  pvtInschrijven: {
    input: z.object({ groepId: id, inburgeraarIds: z.array(id).min(1, 'Kies ten minste één inburgeraar.').max(500) }),
    output: z.object({ ingeschreven: z.number().int() }),
  },
  pvtUitschrijven: { input: z.object({ groepId: id, inburgeraarId: id }), output: niets },
  pvtAanwezigheidRegistreren: {
    input: z.object({ sessieId: id, aanwezigheid: z.array(z.object({ inburgeraarId: id, aanwezig: z.boolean() })).max(500) }),
    output: niets,
  },
  pvtOndertekeningVastleggen: { input: ondertekeningInvoer, output: niets },
  pvtScanOpslaan: {
    input: z.object({
      inburgeraarId: id,
      mime: z.enum(['application/pdf', 'image/png', 'image/jpeg'], { error: 'Kies een scan als PDF, PNG of JPG.' }),
      base64: z.string().min(1).max(14_000_000, 'De scan is groter dan 10 MB. Scan met een lagere resolutie.'),
    }),
    output: niets,
  },
  pvtIntakeUren: { input: intakeUrenInvoer, output: niets },
  pvtDossier: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      uren: z.number(),
      intakeUren: z.number(),
      excursieOfActiviteit: z.boolean(),
      ondertekeningsbijeenkomst: z.boolean(),
      ontbreekt: z.array(bevinding),
      status: z.enum(PVT_STATUSSEN),
      datumOndertekening: z.string().nullable(),
      plaatsOndertekening: z.string().nullable(),
      sjabloonVersie: z.string().nullable(),
      scanDocumentId: z.number().int().nullable(),
      groepen: z.array(z.object({ id, naam: z.string() })),
      map: z.object({
        vanToepassing: z.boolean(),
        weigering: bevinding.nullable(),
        themas: z.array(z.object({ thema: z.enum(MAP_THEMAS), status: z.enum(['open', 'bezig', 'afgerond']), uren: z.number(), aanbieder: z.string().nullable() })),
        eindgesprek: z.string().nullable(),
        uren: z.number(),
        urenNorm: z.number(),
        afgerond: z.boolean(),
        ontbreekt: z.array(bevinding),
      }),
    }),
  },
  mapOpslaan: { input: mapInvoer, output: niets },
  pvtMapWerklijst: {
    input: leeg,
    output: z.object({
      rijen: z.array(
        z.object({
          id,
          naam: z.string(),
          geboortedatum: z.string(),
          doelgroep: z.enum(DOELGROEPEN),
          termijnEinde: z.string().nullable(),
          pvtStatus: z.enum(PVT_STATUSSEN),
          pvtUren: z.number(),
          mapVanToepassing: z.boolean(),
          mapAfgerond: z.boolean(),
          groepen: z.string(),
        }),
      ),
      pvtOpen: z.number().int(),
      mapOpen: z.number().int(),
    }),
  },
  presentielijstOpslaan: { input: z.object({ sessieId: id }), output: opgeslagenBestand },
  ceremonieBatchStarten: {
    input: z.object({ groepId: id, plaats: optioneleTekst('Plaats', 80), datum: optioneleDatum('Datum') }),
    output: z.object({ taakId: z.string(), totaal: z.number().int() }),
  },
  taakStatus: {
    input: z.object({ taakId: z.string().uuid('Onbekende taak.') }),
    output: z.object({
      status: z.enum(['bezig', 'klaar', 'geannuleerd', 'mislukt']),
      voortgang: z.number().int(),
      totaal: z.number().int(),
      resultaat: opgeslagenBestand.nullable(),
      fout: z.string().nullable(),
    }),
  },
  taakAnnuleren: { input: z.object({ taakId: z.string().uuid('Onbekende taak.') }), output: niets },
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
