import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { z } from 'zod';
import { KoersFout } from '../shared/fouten';
import type { KluisSlot, KluisStatus, KluisToestand } from '../shared/domain/kluis';
import { backupsNaSleutelwissel, maakBackup } from './backup';
import { fsyncMap, hernoemDuurzaam, schrijfAtomisch } from './bestanden';
import { schrijfLogboek } from './logboek';
import { migreer } from './migreren';
import type { DB } from './schema';
import {
  STANDAARD_SCRYPT,
  herstelcodeGeheim,
  kruisPakUit,
  kruisSleutelSchema,
  kruisVerpak,
  nieuwId,
  nieuweDatasleutel,
  nieuweHerstelcode,
  pakUit,
  verpak,
  verpakteSleutelSchema,
  type ScryptParameters,
} from './sleutels';
import { maakKysely, openVersleuteld, type SqliteDatabase } from './verbinding';

export const DATABASE_BESTAND = 'koers.db';
export const SLEUTEL_BESTAND = 'koers.sleutel.json';
/** The key file before the last write: a crash or a lost key file falls back on it. */
export const VORIGE_SLEUTEL_BESTAND = `${SLEUTEL_BESTAND}.vorige`;
/** A vault being created: renamed to koers.db only when its key file is on disk. */
export const NIEUWE_DATABASE = `${DATABASE_BESTAND}.nieuw`;
/**
 * A key change re-encrypts a copy (VACUUM INTO, then PRAGMA rekey on the copy) and renames it over koers.db.
 * A copy left behind is always incomplete or was never renamed: it is deleted before anything else.
 */
export const WISSEL_DATABASE = `${DATABASE_BESTAND}.wissel`;
/** The files SQLite may keep next to a database. */
const BIJBESTANDEN = ['', '-journal', '-wal', '-shm'];

export const EERSTE_SLOTNAAM = 'Regisseur';
const HERSTELCODE_SLOTNAAM = 'Herstelcode';
/** More slots would make an unlock without "Wie bent u?" run too many scrypts. */
const MAX_WACHTWOORDSLOTEN = 12;
/** Failed unlocks kept in memory until the next successful unlock writes them to the logboek. */
const MAX_ONTHOUDEN_POGINGEN = 500;

// ---- The key file (version 2: one slot per passphrase plus the herstelcode) ----

const slotSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    soort: z.enum(['wachtwoord', 'herstelcode']),
    naam: z.string().min(1).max(60),
    aangemaakt: z.string().max(40),
    verpakt: verpakteSleutelSchema,
  })
  .strict();
type Slot = z.infer<typeof slotSchema>;

const generatieVelden = {
  /** Random id of this generation of the data key (it changes with every PRAGMA rekey). */
  sleutelId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  sloten: z.array(slotSchema).min(1).max(MAX_WACHTWOORDSLOTEN + 1),
  herstelcodeBevestigd: z.boolean(),
};

/**
 * "Wissel bezig": the data key is being replaced. The file then holds both generations; each data key is
 * also wrapped by the other, so whichever passphrase or herstelcode the user types, both keys are known and
 * the one that opens the database wins. Only written for the few moments of a rekey, never kept as .vorige.
 */
const wisselSchema = z
  .object({
    ...generatieVelden,
    sinds: z.string().max(40),
    /** The new data key wrapped by the old one, and the old one by the new. */
    nieuwDoorOud: kruisSleutelSchema,
    oudDoorNieuw: kruisSleutelSchema,
  })
  .strict();

const sleutelbestandSchema = z
  .object({ versie: z.literal(2), aangemaakt: z.string().max(40), ...generatieVelden, wissel: wisselSchema.optional() })
  .strict();
type Sleutelbestand = z.infer<typeof sleutelbestandSchema>;
type Generatie = Pick<Sleutelbestand, 'sleutelId' | 'sloten' | 'herstelcodeBevestigd'>;

const sleutelbestandV1Schema = z
  .object({ versie: z.literal(1), aangemaakt: z.string().max(40), wachtwoord: verpakteSleutelSchema, herstelcode: verpakteSleutelSchema, herstelcodeBevestigd: z.boolean() })
  .strict();

/** A version 1 file, read as version 2; it is written as version 2 at the next change. */
function vanVersie1(v1: z.infer<typeof sleutelbestandV1Schema>): Sleutelbestand {
  return {
    versie: 2,
    aangemaakt: v1.aangemaakt,
    sleutelId: 'v1',
    sloten: [
      { id: 'v1-wachtwoord', soort: 'wachtwoord', naam: EERSTE_SLOTNAAM, aangemaakt: v1.aangemaakt, verpakt: v1.wachtwoord },
      { id: 'v1-herstelcode', soort: 'herstelcode', naam: HERSTELCODE_SLOTNAAM, aangemaakt: v1.aangemaakt, verpakt: v1.herstelcode },
    ],
    herstelcodeBevestigd: v1.herstelcodeBevestigd,
  };
}

/** Moments a test can interrupt, to leave exactly the files a crash there would leave. */
export type Onderbreekpunt = 'database gemaakt' | 'sleutel geschreven' | 'wissel geschreven' | 'kopie herversleuteld' | 'herversleuteld';

export interface KluisOpties {
  /** Lower only in tests; the stored parameters travel with each wrapped key. */
  scrypt?: ScryptParameters;
  /** Only tests pass another registry. */
  migraties?: Record<string, Migration>;
  /** The clock of logboek lines written by the vault itself. */
  nu?: () => Date;
  /** How a refused unlock waits before it answers; tests pass a recorder. */
  wacht?: (ms: number) => Promise<void>;
  /** Tests only: throws at that moment to simulate a crash. */
  onderbreek?: (punt: Onderbreekpunt) => void;
}

/** Seconds to wait after the n-th refused unlock in a row: none for the first two, then 1, 2, 4 … capped at 60. */
export function wachttijdNaMislukking(aantal: number): number {
  if (aantal < 3) return 0;
  return Math.min(60, 2 ** (aantal - 3));
}

function seconden(aantal: number): string {
  return aantal === 1 ? '1 seconde' : `${aantal} seconden`;
}

const ONJUISTE_HERSTELCODE_TEKST = 'Deze herstelcode past niet bij deze kluis. Controleer de code op uw afdruk, teken voor teken.';
const VERGRENDELD = () => new KoersFout('KLUIS_VERGRENDELD', 'De kluis is vergrendeld. Ontgrendel hem met uw wachtwoord.');
const BESCHADIGD = () =>
  new KoersFout(
    'KLUIS_BESCHADIGD',
    `Het sleutelbestand ${SLEUTEL_BESTAND} is beschadigd. Zet het terug uit de map "backups" naast de kluis (het bestand met dezelfde datum als de back-up die u terugzet).`,
  );

interface MislukkePoging {
  tijdstip: Date;
  /** The name chosen under "Wie bent u?", if any: it is the actor of the logboek line. */
  naam: string | null;
  soort: 'wachtwoord' | 'herstelcode';
}

/** The encrypted vault: one database file and one file with the wrapped data key, in one folder. */
export class Kluis {
  readonly databasePad: string;
  readonly sleutelPad: string;
  readonly vorigeSleutelPad: string;
  private sqlite: SqliteDatabase | null = null;
  private kysely: Kysely<DB> | null = null;
  /** The data key while unlocked (to wrap it for a vervanger); zeroed when locking. */
  private datasleutel: Buffer | null = null;
  /** The slot of whoever unlocked the vault. */
  private huidigSlot: { id: string; naam: string } | null = null;
  private readonly scrypt: ScryptParameters;
  private readonly migraties: Record<string, Migration> | undefined;
  private readonly klok: () => Date;
  private readonly wacht: (ms: number) => Promise<void>;
  private readonly onderbreek: (punt: Onderbreekpunt) => void;
  private mislukt: MislukkePoging[] = [];
  private mislukteReeks = 0;
  private nietBewaardePogingen = 0;
  /** Key operations run one at a time (a renderer cannot start ten unlocks at once to dodge the waiting). */
  private rij: Promise<unknown> = Promise.resolve();

  constructor(
    readonly folder: string,
    opties: KluisOpties = {},
  ) {
    this.databasePad = join(folder, DATABASE_BESTAND);
    this.sleutelPad = join(folder, SLEUTEL_BESTAND);
    this.vorigeSleutelPad = join(folder, VORIGE_SLEUTEL_BESTAND);
    this.scrypt = opties.scrypt ?? STANDAARD_SCRYPT;
    this.migraties = opties.migraties;
    this.klok = opties.nu ?? (() => new Date());
    this.wacht = opties.wacht ?? ((ms) => new Promise((klaar) => setTimeout(klaar, ms)));
    this.onderbreek = opties.onderbreek ?? (() => undefined);
  }

  // ---- State ----

  /** What is on disk, as one of four states, with a Dutch sentence that says what exists and what to do. */
  toestand(): { toestand: KluisToestand; melding: string | null } {
    const database = existsSync(this.databasePad);
    const sleutel = existsSync(this.sleutelPad);
    const nieuw = existsSync(join(this.folder, NIEUWE_DATABASE));
    if (database && sleutel) return { toestand: 'gereed', melding: null };
    if (database && existsSync(this.vorigeSleutelPad)) {
      return {
        toestand: 'gereed',
        melding: `Het sleutelbestand ${SLEUTEL_BESTAND} ontbrak. Koers gebruikt de vorige versie (${VORIGE_SLEUTEL_BESTAND}) en zet die bij het ontgrendelen terug.`,
      };
    }
    if (database && statSync(this.databasePad).size === 0) {
      return { toestand: 'onvolledig', melding: 'Het aanmaken van de kluis is eerder onderbroken; er staan nog geen gegevens in. Maak de kluis opnieuw aan.' };
    }
    if (database) {
      const kb = Math.max(1, Math.round(statSync(this.databasePad).size / 1024));
      return {
        toestand: 'sleutel_ontbreekt',
        melding:
          `In de map ${this.folder} staat het kluisbestand ${DATABASE_BESTAND} (${kb} kB), maar het sleutelbestand ${SLEUTEL_BESTAND} ontbreekt. ` +
          `Zonder sleutelbestand is de kluis niet te openen. Zet ${SLEUTEL_BESTAND} terug uit de map "backups" naast de kluis of uit uw back-upmap, en start Koers opnieuw. ` +
          `Heeft u geen back-up van het sleutelbestand? Dan kunt u een nieuwe kluis maken; Koers zet het oude kluisbestand dan opzij (het wordt niet verwijderd).`,
      };
    }
    if (existsSync(join(this.folder, WISSEL_DATABASE))) {
      return {
        toestand: 'onvolledig',
        melding:
          `In de map ${this.folder} staat alleen de onvolledige kopie van een sleutelwissel (${WISSEL_DATABASE}), niet het kluisbestand ${DATABASE_BESTAND}. ` +
          `Zet ${DATABASE_BESTAND} terug uit een back-up en start Koers opnieuw; de kopie wordt dan opgeruimd. Maakt u een nieuwe kluis, dan zet Koers de kopie opzij (hij wordt niet verwijderd).`,
      };
    }
    if (nieuw) {
      return { toestand: 'onvolledig', melding: 'Het aanmaken van de kluis is eerder onderbroken; er staan nog geen gegevens in. Maak de kluis opnieuw aan, Koers ruimt de resten op.' };
    }
    if (sleutel) {
      return {
        toestand: 'onvolledig',
        melding:
          `In de map ${this.folder} staat het sleutelbestand ${SLEUTEL_BESTAND}, maar niet het kluisbestand ${DATABASE_BESTAND}. ` +
          `Had u al een kluis? Zet dan ${DATABASE_BESTAND} terug uit een back-up en start Koers opnieuw. ` +
          'Anders maakt u een nieuwe kluis; het losse sleutelbestand wordt dan bewaard onder een andere naam.',
      };
    }
    return { toestand: 'geen', melding: null };
  }

  status(): KluisStatus {
    const { toestand, melding } = this.toestand();
    let herstelcodeBevestigd = false;
    let gebruikers: KluisStatus['gebruikers'] = [];
    let foutmelding = melding;
    if (toestand === 'gereed') {
      try {
        const sleutels = this.leesSleutels();
        herstelcodeBevestigd = sleutels.herstelcodeBevestigd;
        gebruikers = sleutels.sloten.filter((slot) => slot.soort === 'wachtwoord').map(({ id, naam }) => ({ id, naam }));
      } catch (fout) {
        foutmelding = fout instanceof KoersFout ? fout.message : BESCHADIGD().message;
      }
    }
    return {
      bestaat: toestand === 'gereed' || toestand === 'sleutel_ontbreekt',
      ontgrendeld: this.kysely !== null,
      herstelcodeBevestigd,
      toestand,
      melding: foutmelding,
      gebruikers,
      actor: this.huidigSlot?.naam ?? null,
    };
  }

  /** Who works in the vault now, for the logboek: the name of the passphrase slot that unlocked it. */
  get actor(): string {
    return this.huidigSlot?.naam ?? 'regisseur';
  }

  /** The open database; throws when the vault is locked. */
  get db(): Kysely<DB> {
    if (!this.kysely) throw VERGRENDELD();
    return this.kysely;
  }

  /** Tests and the benchmark only (bulk loads of synthetic data): the open better-sqlite3 handle. */
  get ruweVerbindingVoorTests(): SqliteDatabase {
    if (!this.sqlite) throw VERGRENDELD();
    return this.sqlite;
  }

  /** Names, kinds and dates of the slots (never a wrap). */
  sloten(): KluisSlot[] {
    if (!this.kysely) throw VERGRENDELD();
    return this.leesSleutels().sloten.map(({ id, soort, naam, aangemaakt }) => ({ id, soort, naam, aangemaakt, huidig: id === this.huidigSlot?.id }));
  }

  // ---- Creating ----

  /** Creates a new vault, leaves it unlocked and returns the herstelcode (shown once, never stored). */
  aanmaken(wachtwoord: string, opties: { naam?: string; oudeOpzijZetten?: boolean } = {}): Promise<string> {
    return this.serieel(async () => {
      const { toestand } = this.toestand();
      if (toestand === 'gereed') {
        throw new KoersFout('KLUIS_BESTAAT_AL', 'Er staat al een kluis in deze map. Ontgrendel die, of kies een andere map.');
      }
      if (toestand === 'sleutel_ontbreekt' && !opties.oudeOpzijZetten) {
        throw new KoersFout(
          'KLUIS_BESTAAT_AL',
          `Er staat een kluisbestand zonder sleutelbestand in deze map. Zet eerst ${SLEUTEL_BESTAND} terug uit een back-up, of kies "oude kluis opzij zetten" om een nieuwe kluis te maken.`,
        );
      }
      mkdirSync(this.folder, { recursive: true });
      this.ruimOnvolledigOp();

      const datasleutel = nieuweDatasleutel();
      const herstelcode = nieuweHerstelcode();
      const nieuwPad = join(this.folder, NIEUWE_DATABASE);
      // The database is complete and closed before the key file exists; only then does it get its real name.
      const sqlite = openVersleuteld(nieuwPad, datasleutel);
      const kysely = maakKysely(sqlite);
      try {
        await migreer(kysely as Kysely<unknown>, this.migraties ? { migraties: this.migraties } : {});
      } finally {
        await kysely.destroy();
      }
      this.onderbreek('database gemaakt');
      const nu = this.klok().toISOString();
      this.schrijfSleutels({
        versie: 2,
        aangemaakt: nu,
        sleutelId: nieuwId(),
        sloten: [
          { id: nieuwId(), soort: 'wachtwoord', naam: opties.naam?.trim() || EERSTE_SLOTNAAM, aangemaakt: nu, verpakt: verpak(datasleutel, wachtwoord, this.scrypt) },
          { id: nieuwId(), soort: 'herstelcode', naam: HERSTELCODE_SLOTNAAM, aangemaakt: nu, verpakt: verpak(datasleutel, herstelcodeGeheim(herstelcode), this.scrypt) },
        ],
        herstelcodeBevestigd: false,
      });
      this.onderbreek('sleutel geschreven');
      hernoemDuurzaam(nieuwPad, this.databasePad);
      const sleutels = this.leesSleutels();
      const slot = sleutels.sloten[0]!;
      await this.open(datasleutel, { id: slot.id, naam: slot.naam });
      return herstelcode;
    });
  }

  /**
   * Clears what an interrupted creation left: the half-made database is deleted (it never held data);
   * a database without key file and any loose key file are moved aside, never deleted.
   */
  private ruimOnvolledigOp(): void {
    const stempel = this.klok().toISOString().replace(/[:.]/g, '-');
    for (const achtervoegsel of ['', '-wal', '-shm', '-journal']) {
      rmSync(join(this.folder, NIEUWE_DATABASE + achtervoegsel), { force: true });
    }
    if (existsSync(this.databasePad)) {
      for (const achtervoegsel of ['', '-wal', '-shm', '-journal']) {
        const pad = this.databasePad + achtervoegsel;
        if (existsSync(pad)) renameSync(pad, join(this.folder, `${DATABASE_BESTAND}.opzij-${stempel}${achtervoegsel}`));
      }
    }
    // Without koers.db a key-change copy is set aside (never deleted): it may be the only copy left.
    for (const achtervoegsel of BIJBESTANDEN) {
      const pad = join(this.folder, WISSEL_DATABASE + achtervoegsel);
      if (existsSync(pad)) renameSync(pad, join(this.folder, `${WISSEL_DATABASE}.opzij-${stempel}${achtervoegsel}`));
    }
    if (existsSync(this.sleutelPad)) renameSync(this.sleutelPad, join(this.folder, `${SLEUTEL_BESTAND}.los-${stempel}`));
    if (existsSync(this.vorigeSleutelPad)) renameSync(this.vorigeSleutelPad, join(this.folder, `${VORIGE_SLEUTEL_BESTAND}.los-${stempel}`));
    fsyncMap(this.folder);
  }

  // ---- Unlocking ----

  /** Unlocks with a passphrase; `slotId` is the name chosen under "Wie bent u?" (else every passphrase slot is tried). */
  ontgrendelen(wachtwoord: string, slotId?: string): Promise<void> {
    return this.serieel(async () => {
      const sleutels = this.leesSleutels();
      const kandidaten = this.kiesSloten(sleutels, slotId);
      for (const slot of kandidaten) {
        const sleutel = this.pakSlotUit(sleutels, slot.id, 'wachtwoord', wachtwoord);
        if (sleutel) {
          await this.openMetSleutel(sleutels, sleutel, slot);
          return;
        }
      }
      await this.weiger({ naam: kandidaten.length === 1 ? kandidaten[0]!.naam : null, soort: 'wachtwoord' });
    });
  }

  /** Unlocks with the herstelcode; the passphrase of `slotId` (default: the first) is replaced in the same step. */
  ontgrendelenMetHerstelcode(herstelcode: string, nieuwWachtwoord: string, slotId?: string): Promise<void> {
    return this.serieel(async () => {
      const sleutels = this.leesSleutels();
      const slot = this.kiesSloten(sleutels, slotId)[0]!;
      const herstelslot = sleutels.sloten.find((s) => s.soort === 'herstelcode');
      const sleutel = herstelslot ? this.pakSlotUit(sleutels, herstelslot.id, 'herstelcode', herstelcodeGeheim(herstelcode)) : null;
      if (!sleutel) {
        await this.weiger({ naam: slot.naam, soort: 'herstelcode' });
        return;
      }
      await this.openMetSleutel(sleutels, sleutel, slot);
      const bijgewerkt = this.leesSleutels();
      this.schrijfSleutels({
        ...bijgewerkt,
        sloten: bijgewerkt.sloten.map((s) => (s.id === slot.id ? { ...s, verpakt: verpak(this.datasleutel!, nieuwWachtwoord, this.scrypt) } : s)),
        // The code just proved itself, unless finishing an interrupted key change replaced it.
        herstelcodeBevestigd: bijgewerkt.sleutelId === sleutels.sleutelId ? true : bijgewerkt.herstelcodeBevestigd,
      });
      await this.log('wachtwoord gewijzigd: met herstelcode');
    });
  }

  private kiesSloten(sleutels: Sleutelbestand, slotId: string | undefined): Slot[] {
    const wachtwoordsloten = sleutels.sloten.filter((slot) => slot.soort === 'wachtwoord');
    if (slotId === undefined) return wachtwoordsloten;
    const gekozen = wachtwoordsloten.find((slot) => slot.id === slotId);
    if (!gekozen) throw new KoersFout('ONGELDIGE_INVOER', 'Deze naam hoort niet (meer) bij de kluis. Kies uw naam uit de lijst.');
    return [gekozen];
  }

  /** Unwraps a slot; while a key change is under way, the same slot of the new generation is tried too. */
  private pakSlotUit(sleutels: Sleutelbestand, id: string, soort: Slot['soort'], geheim: string): Buffer | null {
    const uitHuidige = sleutels.sloten.find((slot) => slot.id === id && slot.soort === soort);
    const gevonden = uitHuidige ? pakUit(uitHuidige.verpakt, geheim) : null;
    if (gevonden || !sleutels.wissel) return gevonden;
    // The herstelcode slot of the new generation has another id: try every slot of that kind.
    const nieuweSloten = sleutels.wissel.sloten.filter((slot) => slot.soort === soort && (soort === 'herstelcode' || slot.id === id));
    for (const slot of nieuweSloten) {
      const sleutel = pakUit(slot.verpakt, geheim);
      if (sleutel) return sleutel;
    }
    return null;
  }

  /**
   * Opens the database with the key that was unwrapped. While a key change was under way (a crash between
   * its steps) both keys are known: the one that opens the database wins, and the change is finished.
   */
  private async openMetSleutel(sleutels: Sleutelbestand, sleutel: Buffer, slot: { id: string; naam: string }): Promise<void> {
    const wissel = sleutels.wissel;
    // A copy of an interrupted key change is incomplete, or it was renamed already: never a database to keep.
    if (existsSync(this.databasePad)) this.ruimWisselkopieOp();
    if (!wissel) {
      await this.open(sleutel, slot);
    } else {
      const nieuw = kruisPakUit(sleutel, wissel.nieuwDoorOud) ?? sleutel;
      const oud = kruisPakUit(sleutel, wissel.oudDoorNieuw) ?? sleutel;
      const { sleutelId, sloten, herstelcodeBevestigd } = wissel;
      const nieuweGeneratie: Generatie = { sleutelId, sloten, herstelcodeBevestigd };
      if (this.pastSleutel(nieuw)) {
        // The re-keyed copy was renamed over koers.db; only the final key file was not written.
        this.schrijfSleutels({ versie: 2, aangemaakt: sleutels.aangemaakt, ...nieuweGeneratie }, { vorigeOok: true });
        await this.open(nieuw, slot);
      } else {
        // The swap never happened: roll forward (copy, re-key, swap again), so the revoked key does not come back.
        await this.open(oud, slot);
        await this.herversleutel(nieuw);
        this.schrijfSleutels({ versie: 2, aangemaakt: sleutels.aangemaakt, ...nieuweGeneratie }, { vorigeOok: true });
      }
      await backupsNaSleutelwissel(this.sqlite!, this.folder, this.sleutelPad, oud, nieuw);
      await this.log('sleutel vervangen: voltooid na onderbreking');
      if (!nieuweGeneratie.sloten.some((s) => s.id === slot.id)) {
        // This slot was dropped by the key change: its owner no longer has access.
        await this.vergrendelen();
        throw new KoersFout('ONJUIST_WACHTWOORD', 'Uw wachtwoord geeft geen toegang meer tot deze kluis. Vraag de regisseur om u opnieuw als vervanger toe te voegen.');
      }
    }
    if (!existsSync(this.sleutelPad)) {
      // Unlocked with .vorige: put it back as the key file.
      schrijfAtomisch(this.sleutelPad, readFileSync(this.vorigeSleutelPad), { mode: 0o600 });
    }
    this.ruimTijdelijkeBestandenOp();
    await this.schrijfMislukkingen();
    this.mislukteReeks = 0;
    await this.log('ontgrendeld');
  }

  private pastSleutel(sleutel: Buffer): boolean {
    let proef: SqliteDatabase | null = null;
    try {
      // Not read-only: a read-only connection cannot replay a WAL or a hot journal and would refuse a good key.
      proef = new Database(this.databasePad, { fileMustExist: true });
      proef.pragma(`cipher='sqlcipher'`);
      proef.pragma('legacy=4');
      proef.pragma(`key="x'${sleutel.toString('hex')}'"`);
      proef.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } catch {
      return false;
    } finally {
      proef?.close();
    }
  }

  /** A refused unlock: remembered for the logboek, answered only after the growing wait (BIO 9.4.2). */
  private async weiger(poging: Omit<MislukkePoging, 'tijdstip'>): Promise<never> {
    if (this.mislukt.length < MAX_ONTHOUDEN_POGINGEN) this.mislukt.push({ ...poging, tijdstip: this.klok() });
    else this.nietBewaardePogingen += 1;
    this.mislukteReeks += 1;
    const wachttijd = wachttijdNaMislukking(this.mislukteReeks);
    const volgende = wachttijdNaMislukking(this.mislukteReeks + 1);
    if (wachttijd > 0) await this.wacht(wachttijd * 1000);
    const basis = poging.soort === 'wachtwoord' ? 'Onjuist wachtwoord. Probeer het opnieuw of gebruik uw herstelcode.' : ONJUISTE_HERSTELCODE_TEKST;
    const vertraging =
      volgende > 0
        ? ` Dit was poging ${this.mislukteReeks} op rij. Koers wacht na elke volgende mislukte poging langer${wachttijd > 0 ? ` (nu ${seconden(wachttijd)}, de volgende keer ${seconden(volgende)})` : ` (de volgende keer ${seconden(volgende)})`}.`
        : '';
    throw new KoersFout(poging.soort === 'wachtwoord' ? 'ONJUIST_WACHTWOORD' : 'ONJUISTE_HERSTELCODE', basis + vertraging);
  }

  /** How many refused unlocks wait to be written to the logboek (tests). */
  get aantalMislukkePogingen(): number {
    return this.mislukt.length + this.nietBewaardePogingen;
  }

  private async schrijfMislukkingen(): Promise<void> {
    const pogingen = this.mislukt;
    const overig = this.nietBewaardePogingen;
    this.mislukt = [];
    this.nietBewaardePogingen = 0;
    for (const poging of pogingen) {
      await schrijfLogboek(
        this.db,
        {
          actie: poging.soort === 'wachtwoord' ? 'ontgrendelen mislukt' : 'ontgrendelen mislukt: herstelcode',
          object: 'kluis',
          resultaat: `geweigerd: ${poging.soort === 'wachtwoord' ? 'ONJUIST_WACHTWOORD' : 'ONJUISTE_HERSTELCODE'}`,
          actor: poging.naam ?? 'onbekend',
        },
        poging.tijdstip,
      );
    }
    if (overig > 0) {
      await schrijfLogboek(this.db, { actie: `ontgrendelen mislukt: nog ${overig} pogingen`, object: 'kluis', resultaat: 'geweigerd: ONJUIST_WACHTWOORD', actor: 'onbekend' }, this.klok());
    }
  }

  // ---- Herstelcode, passphrase, vervangers ----

  bevestigHerstelcode(herstelcode: string): void {
    const sleutels = this.leesSleutels();
    const slot = sleutels.sloten.find((s) => s.soort === 'herstelcode');
    if (!slot || !pakUit(slot.verpakt, herstelcodeGeheim(herstelcode))) throw new KoersFout('ONJUISTE_HERSTELCODE', ONJUISTE_HERSTELCODE_TEKST);
    this.schrijfSleutels({ ...sleutels, herstelcodeBevestigd: true });
  }

  /**
   * A fresh herstelcode (lost printout, or never confirmed). The data key is replaced too, so the old code
   * with an old key file opens nothing current; other passphrases must be set again.
   */
  nieuweHerstelcode(wachtwoord: string): Promise<string> {
    return this.serieelMetWeigering('herstelcode vernieuwd', async () => {
      const herstelcode = await this.vervangSleutel(wachtwoord, null);
      await this.log('herstelcode vernieuwd');
      return herstelcode;
    });
  }

  /**
   * Changes the passphrase of whoever unlocked the vault. With `mogelijkBekend` the data key is replaced
   * (and a new herstelcode returned); otherwise only this slot is re-wrapped and null is returned.
   */
  wijzigWachtwoord(huidig: string, nieuw: string, mogelijkBekend = false): Promise<string | null> {
    return this.serieelMetWeigering('wachtwoord gewijzigd', async () => {
      if (mogelijkBekend) {
        const herstelcode = await this.vervangSleutel(huidig, nieuw);
        await this.log('wachtwoord gewijzigd: mogelijk bekend');
        return herstelcode;
      }
      const { sleutels, slot } = this.controleerEigenWachtwoord(huidig);
      this.schrijfSleutels({ ...sleutels, sloten: sleutels.sloten.map((s) => (s.id === slot.id ? { ...s, verpakt: verpak(this.datasleutel!, nieuw, this.scrypt) } : s)) });
      await this.log('wachtwoord gewijzigd');
      return null;
    });
  }

  /** A colleague gets a slot of their own: the same data key, wrapped with their passphrase. */
  voegVervangerToe(naam: string, wachtwoord: string): Promise<string> {
    return this.serieelMetWeigering('vervanger toegevoegd', async () => {
      if (!this.datasleutel) throw VERGRENDELD();
      const sleutels = this.leesSleutels();
      const schoon = naam.trim();
      const wachtwoordsloten = sleutels.sloten.filter((slot) => slot.soort === 'wachtwoord');
      if (wachtwoordsloten.some((slot) => slot.naam.toLocaleLowerCase('nl') === schoon.toLocaleLowerCase('nl'))) {
        throw new KoersFout('ONGELDIGE_INVOER', `Er is al iemand met de naam "${schoon}". Kies een naam die u van de anderen kunt onderscheiden.`);
      }
      if (wachtwoordsloten.length >= MAX_WACHTWOORDSLOTEN) {
        throw new KoersFout('REGEL_GESCHONDEN', `Een kluis heeft hoogstens ${MAX_WACHTWOORDSLOTEN} wachtwoorden. Verwijder eerst een vervanger die niet meer werkt.`);
      }
      const id = nieuwId();
      this.schrijfSleutels({
        ...sleutels,
        sloten: [...sleutels.sloten, { id, soort: 'wachtwoord', naam: schoon, aangemaakt: this.klok().toISOString(), verpakt: verpak(this.datasleutel, wachtwoord, this.scrypt) }],
      });
      await this.log('vervanger toegevoegd');
      return id;
    });
  }

  /** Removes a vervanger by replacing the data key (their old key file copy opens nothing); returns the new herstelcode. */
  verwijderVervanger(slotId: string, wachtwoord: string): Promise<string> {
    return this.serieelMetWeigering('vervanger verwijderd', async () => {
      if (!this.kysely) throw VERGRENDELD();
      const slot = this.leesSleutels().sloten.find((s) => s.id === slotId && s.soort === 'wachtwoord');
      if (!slot) throw new KoersFout('NIET_GEVONDEN', 'Deze vervanger staat niet (meer) in de kluis. Vernieuw het scherm.');
      if (slot.id === this.huidigSlot?.id) throw new KoersFout('REGEL_GESCHONDEN', 'U kunt uw eigen wachtwoord niet verwijderen. Laat dat doen door iemand anders die de kluis kan openen.');
      const herstelcode = await this.vervangSleutel(wachtwoord, null);
      await this.log('vervanger verwijderd');
      return herstelcode;
    });
  }

  private controleerEigenWachtwoord(wachtwoord: string): { sleutels: Sleutelbestand; slot: Slot } {
    if (!this.kysely || !this.datasleutel || !this.huidigSlot) throw VERGRENDELD();
    const sleutels = this.leesSleutels();
    const slot = sleutels.sloten.find((s) => s.id === this.huidigSlot!.id);
    if (!slot) throw new KoersFout('REGEL_GESCHONDEN', 'Uw wachtwoord staat niet meer in de kluis. Vergrendel en ontgrendel de kluis opnieuw.');
    const sleutel = pakUit(slot.verpakt, wachtwoord);
    if (!sleutel || !sleutel.equals(this.datasleutel)) throw new KoersFout('ONJUIST_WACHTWOORD', 'Onjuist wachtwoord. Vul het wachtwoord in waarmee u de kluis nu hebt geopend.');
    return { sleutels, slot };
  }

  /**
   * Replaces the data key (issue 11 item 1) as one recoverable step: (1) the key file gets both generations
   * ("wissel bezig"), (2) a re-encrypted copy replaces koers.db in one rename (herversleutel), (3) the final key file holds only the new
   * generation: this user's passphrase and a new herstelcode. Other passphrase slots are dropped (their
   * secrets are unknown here); backups are re-keyed or removed by db/backup.ts.
   */
  private async vervangSleutel(wachtwoord: string, nieuwWachtwoord: string | null): Promise<string> {
    const { sleutels, slot } = this.controleerEigenWachtwoord(wachtwoord);
    const oud = Buffer.from(this.datasleutel!);
    const nieuw = nieuweDatasleutel();
    const herstelcode = nieuweHerstelcode();
    const nu = this.klok().toISOString();
    const nieuweGeneratie: Generatie = {
      sleutelId: nieuwId(),
      sloten: [
        { ...slot, verpakt: verpak(nieuw, nieuwWachtwoord ?? wachtwoord, this.scrypt) },
        { id: nieuwId(), soort: 'herstelcode', naam: HERSTELCODE_SLOTNAAM, aangemaakt: nu, verpakt: verpak(nieuw, herstelcodeGeheim(herstelcode), this.scrypt) },
      ],
      herstelcodeBevestigd: false,
    };
    const { wissel: _vorigeWissel, ...huidig } = sleutels;
    this.schrijfSleutels({ ...huidig, wissel: { ...nieuweGeneratie, sinds: nu, nieuwDoorOud: kruisVerpak(oud, nieuw), oudDoorNieuw: kruisVerpak(nieuw, oud) } });
    this.onderbreek('wissel geschreven');
    await this.herversleutel(nieuw);
    this.onderbreek('herversleuteld');
    this.schrijfSleutels({ versie: 2, aangemaakt: sleutels.aangemaakt, ...nieuweGeneratie }, { vorigeOok: true });
    await backupsNaSleutelwissel(this.sqlite!, this.folder, this.sleutelPad, oud, nieuw);
    oud.fill(0);
    await this.log('sleutel vervangen');
    return herstelcode;
  }

  /**
   * Re-encrypts the open database with a new key without touching koers.db in place: an in-place PRAGMA rekey
   * killed halfway leaves pages and a hot journal that neither key reads (issue 11, crash test). Instead:
   * VACUUM INTO a copy (same key, a consistent snapshot), PRAGMA rekey on the copy (journal_mode=DELETE), check
   * that the new key opens it and integrity_check is ok, fsync; close koers.db cleanly, rename the copy over it
   * and reopen with the new key. A crash before the rename leaves koers.db under the old key (and the key file
   * with both generations), after it under the new key: openMetSleutel finishes either way.
   */
  private async herversleutel(nieuw: Buffer): Promise<void> {
    const sqlite = this.sqlite;
    const kysely = this.kysely;
    const slot = this.huidigSlot;
    if (!sqlite || !kysely || !slot) throw VERGRENDELD();
    const kopie = join(this.folder, WISSEL_DATABASE);
    this.ruimWisselkopieOp();
    // Holding kysely's only connection: no transaction is open during the copy, and a write queued meanwhile
    // fails on the closed connection instead of landing in koers.db after the snapshot (and being lost).
    await kysely.connection().execute(async () => {
      try {
        sqlite.prepare('VACUUM INTO ?').run(kopie);
        herversleutelKopie(kopie, this.datasleutel!, nieuw);
      } catch (fout) {
        this.ruimWisselkopieOp();
        if (fout instanceof KoersFout) throw fout;
        throw new KoersFout(
          'REGEL_GESCHONDEN',
          'De sleutel kon niet worden vervangen (is de schijf vol?). Uw gegevens zijn niet veranderd. Vergrendel de kluis en ontgrendel hem opnieuw; Koers maakt de wissel dan af.',
        );
      }
      this.onderbreek('kopie herversleuteld');
      // Out of WAL mode first: that checkpoints and removes koers.db-wal, and fails if another connection has it open.
      const modus = String(sqlite.pragma('journal_mode=DELETE', { simple: true }));
      if (modus.toLowerCase() !== 'delete') {
        this.ruimWisselkopieOp();
        throw new KoersFout('REGEL_GESCHONDEN', 'De sleutel kon niet worden vervangen: de kluis is nog ergens anders geopend. Sluit andere Koers-vensters en probeer het opnieuw.');
      }
      this.kysely = null;
      this.sqlite = null;
      sqlite.close();
    });
    await kysely.destroy();
    this.datasleutel?.fill(0);
    this.datasleutel = null;
    this.huidigSlot = null;
    // Only after that clean close: nothing of the old file may stay beside the new one (an old WAL would be replayed into it).
    for (const achtervoegsel of ['-journal', '-wal', '-shm']) rmSync(this.databasePad + achtervoegsel, { force: true });
    hernoemDuurzaam(kopie, this.databasePad);
    await this.open(nieuw, slot);
    if (!this.pastSleutel(nieuw)) {
      throw new KoersFout('KLUIS_BESCHADIGD', 'Het vervangen van de sleutel is mislukt. Vergrendel de kluis en ontgrendel hem opnieuw; Koers maakt de wissel dan af.');
    }
  }

  /** Deletes what an interrupted key change left of its copy (koers.db.wissel and its journal). */
  private ruimWisselkopieOp(): void {
    for (const achtervoegsel of BIJBESTANDEN) rmSync(join(this.folder, WISSEL_DATABASE + achtervoegsel), { force: true });
  }

  // ---- Locking, backup ----

  async vergrendelen(): Promise<void> {
    if (this.kysely) {
      try {
        await this.log('vergrendeld');
      } catch {
        // Locking must never fail because the logboek could not be written.
      }
    }
    await this.sluit();
  }

  /** An encrypted backup copy now; see db/backup.ts. */
  backup(reden: string): string {
    if (!this.sqlite) throw VERGRENDELD();
    return maakBackup(this.sqlite, this.folder, this.sleutelPad, reden);
  }

  // ---- Internals ----

  private serieel<T>(werk: () => Promise<T>): Promise<T> {
    const uitkomst = this.rij.then(werk, werk);
    this.rij = uitkomst.catch(() => undefined);
    return uitkomst;
  }

  /** A key change refused while unlocked (wrong passphrase, duplicate name …) is kept in the logboek too (BIO 8.15). */
  private serieelMetWeigering<T>(actie: string, werk: () => Promise<T>): Promise<T> {
    return this.serieel(async () => {
      try {
        return await werk();
      } catch (fout) {
        if (fout instanceof KoersFout && fout.code !== 'KLUIS_VERGRENDELD' && this.kysely) {
          await this.log(actie, `geweigerd: ${fout.code}`).catch(() => undefined);
        }
        throw fout;
      }
    });
  }

  private async log(actie: string, resultaat = 'gelukt'): Promise<void> {
    await schrijfLogboek(this.db, { actie, object: 'kluis', actor: this.actor, resultaat }, this.klok());
  }

  private async sluit(): Promise<void> {
    const kysely = this.kysely;
    this.kysely = null;
    this.sqlite = null;
    this.datasleutel?.fill(0);
    this.datasleutel = null;
    this.huidigSlot = null;
    await kysely?.destroy();
  }

  private async open(datasleutel: Buffer, slot: { id: string; naam: string }): Promise<void> {
    await this.sluit();
    if (!existsSync(this.databasePad)) {
      throw new KoersFout('GEEN_KLUIS', this.toestand().melding ?? 'Er is nog geen kluis. Maak eerst een nieuwe kluis aan.');
    }
    const sqlite = openVersleuteld(this.databasePad, datasleutel);
    const kysely = maakKysely(sqlite);
    try {
      await migreer(kysely as Kysely<unknown>, {
        ...(this.migraties ? { migraties: this.migraties } : {}),
        voorMigreren: async (_openstaand, bestaand) => {
          if (bestaand) maakBackup(sqlite, this.folder, this.sleutelPad, 'voor-bijwerken');
        },
      });
    } catch (fout) {
      await kysely.destroy();
      throw fout;
    }
    this.sqlite = sqlite;
    this.kysely = kysely;
    this.datasleutel = Buffer.from(datasleutel);
    this.huidigSlot = { id: slot.id, naam: slot.naam };
  }

  private leesSleutels(): Sleutelbestand {
    const pad = existsSync(this.sleutelPad) ? this.sleutelPad : existsSync(this.databasePad) && existsSync(this.vorigeSleutelPad) ? this.vorigeSleutelPad : null;
    if (!pad) {
      const { toestand, melding } = this.toestand();
      if (toestand === 'sleutel_ontbreekt' && melding) throw new KoersFout('KLUIS_BESCHADIGD', melding);
      throw new KoersFout('GEEN_KLUIS', 'Er is nog geen kluis. Maak eerst een nieuwe kluis aan.');
    }
    let inhoud: unknown;
    try {
      const tekst = readFileSync(pad, 'utf8');
      if (tekst.length > 1_000_000) throw new Error('te groot');
      inhoud = JSON.parse(tekst);
    } catch {
      throw BESCHADIGD();
    }
    const v2 = sleutelbestandSchema.safeParse(inhoud);
    if (v2.success) {
      if (v2.data.sloten.filter((slot) => slot.soort === 'wachtwoord').length === 0) throw BESCHADIGD();
      return v2.data;
    }
    const v1 = sleutelbestandV1Schema.safeParse(inhoud);
    if (v1.success) return vanVersie1(v1.data);
    throw BESCHADIGD();
  }

  /** temp → fsync → rename → fsync folder; the file it replaces is kept as .vorige (never the one with both generations). */
  private schrijfSleutels(sleutels: Sleutelbestand, opties: { vorigeOok?: boolean } = {}): void {
    const inhoud = JSON.stringify(sleutels, null, 2);
    if (opties.vorigeOok) {
      // After a key change the old generation must not survive in .vorige: it would still open old backups.
      schrijfAtomisch(this.vorigeSleutelPad, inhoud, { mode: 0o600 });
    } else if (existsSync(this.sleutelPad)) {
      const huidig = readFileSync(this.sleutelPad);
      if (!huidig.includes('"wissel"')) schrijfAtomisch(this.vorigeSleutelPad, huidig, { mode: 0o600 });
    }
    schrijfAtomisch(this.sleutelPad, inhoud, { mode: 0o600 });
  }

  /** Temp files of a write that crashed before its rename. */
  private ruimTijdelijkeBestandenOp(): void {
    for (const naam of readdirSync(this.folder)) {
      if (/^koers\.sleutel\.json(\.vorige)?\.tmp-/.test(naam)) rmSync(join(this.folder, naam), { force: true });
    }
  }
}

/**
 * PRAGMA rekey on a copy made by VACUUM INTO (still under the old key): a rollback journal on the copy, then
 * proof that the new key opens it and integrity_check is ok, then mode 0600 and fsync. Throws when anything fails.
 */
function herversleutelKopie(pad: string, oud: Buffer, nieuw: Buffer): void {
  const open = (sleutel: Buffer): SqliteDatabase => {
    const db = new Database(pad, { fileMustExist: true });
    try {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${sleutel.toString('hex')}'"`);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return db;
    } catch (fout) {
      db.close();
      throw fout;
    }
  };
  const kopie = open(oud);
  try {
    kopie.pragma('journal_mode=DELETE');
    kopie.pragma(`rekey="x'${nieuw.toString('hex')}'"`);
  } finally {
    kopie.close();
  }
  const controle = open(nieuw);
  try {
    const uitkomst = controle.pragma('integrity_check', { simple: true });
    if (uitkomst !== 'ok') throw new KoersFout('KLUIS_BESCHADIGD', 'De herversleutelde kopie van de kluis is niet in orde. Uw gegevens zijn niet veranderd. Vergrendel de kluis en ontgrendel hem opnieuw.');
  } finally {
    controle.close();
  }
  chmodSync(pad, 0o600);
  const fd = openSync(pad, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
