import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { KoersFout } from '../shared/fouten';
import type { KluisStatus } from '../shared/domain/kluis';
import { maakBackup } from './backup';
import { migreer } from './migreren';
import type { DB } from './schema';
import {
  STANDAARD_SCRYPT,
  herstelcodeGeheim,
  nieuweDatasleutel,
  nieuweHerstelcode,
  pakUit,
  verpak,
  type ScryptParameters,
  type VerpakteSleutel,
} from './sleutels';
import { maakKysely, openVersleuteld, type SqliteDatabase } from './verbinding';

export const DATABASE_BESTAND = 'koers.db';
export const SLEUTEL_BESTAND = 'koers.sleutel.json';

interface Sleutelbestand {
  versie: 1;
  aangemaakt: string;
  wachtwoord: VerpakteSleutel;
  herstelcode: VerpakteSleutel;
  herstelcodeBevestigd: boolean;
}

export interface KluisOpties {
  /** Lower only in tests; the stored parameters travel with each wrapped key. */
  scrypt?: ScryptParameters;
  /** Only tests pass another registry. */
  migraties?: Record<string, Migration>;
}

const ONJUIST_WACHTWOORD = new KoersFout('ONJUIST_WACHTWOORD', 'Onjuist wachtwoord. Probeer het opnieuw of gebruik uw herstelcode.');
const ONJUISTE_HERSTELCODE = new KoersFout(
  'ONJUISTE_HERSTELCODE',
  'Deze herstelcode past niet bij deze kluis. Controleer de code op uw afdruk, teken voor teken.',
);

/** The encrypted vault: one database file and one file with the wrapped data key, in one folder. */
export class Kluis {
  readonly databasePad: string;
  readonly sleutelPad: string;
  private sqlite: SqliteDatabase | null = null;
  private kysely: Kysely<DB> | null = null;
  private readonly scrypt: ScryptParameters;
  private readonly migraties: Record<string, Migration> | undefined;

  constructor(
    readonly folder: string,
    opties: KluisOpties = {},
  ) {
    this.databasePad = join(folder, DATABASE_BESTAND);
    this.sleutelPad = join(folder, SLEUTEL_BESTAND);
    this.scrypt = opties.scrypt ?? STANDAARD_SCRYPT;
    this.migraties = opties.migraties;
  }

  status(): KluisStatus {
    const bestaat = existsSync(this.sleutelPad);
    return {
      bestaat,
      ontgrendeld: this.kysely !== null,
      herstelcodeBevestigd: bestaat ? this.leesSleutels().herstelcodeBevestigd : false,
    };
  }

  /** Who works in the vault now, for the logboek: the name of the passphrase slot that unlocked it. */
  get actor(): string {
    return 'regisseur';
  }

  /** The open database; throws when the vault is locked. */
  get db(): Kysely<DB> {
    if (!this.kysely) {
      throw new KoersFout('KLUIS_VERGRENDELD', 'De kluis is vergrendeld. Ontgrendel hem met uw wachtwoord.');
    }
    return this.kysely;
  }

  /** Creates a new vault, leaves it unlocked and returns the herstelcode (shown once, never stored). */
  async aanmaken(wachtwoord: string): Promise<string> {
    if (existsSync(this.sleutelPad) || existsSync(this.databasePad)) {
      throw new KoersFout('KLUIS_BESTAAT_AL', 'Er staat al een kluis in deze map. Ontgrendel die, of kies een andere map.');
    }
    mkdirSync(this.folder, { recursive: true });
    const datasleutel = nieuweDatasleutel();
    const herstelcode = nieuweHerstelcode();
    await this.open(datasleutel);
    this.schrijfSleutels({
      versie: 1,
      aangemaakt: new Date().toISOString(),
      wachtwoord: verpak(datasleutel, wachtwoord, this.scrypt),
      herstelcode: verpak(datasleutel, herstelcodeGeheim(herstelcode), this.scrypt),
      herstelcodeBevestigd: false,
    });
    return herstelcode;
  }

  async ontgrendelen(wachtwoord: string): Promise<void> {
    const datasleutel = pakUit(this.leesSleutels().wachtwoord, wachtwoord);
    if (!datasleutel) throw ONJUIST_WACHTWOORD;
    await this.open(datasleutel);
  }

  /** Unlocks with the herstelcode; the passphrase is replaced in the same step. */
  async ontgrendelenMetHerstelcode(herstelcode: string, nieuwWachtwoord: string): Promise<void> {
    const sleutels = this.leesSleutels();
    const datasleutel = pakUit(sleutels.herstelcode, herstelcodeGeheim(herstelcode));
    if (!datasleutel) throw ONJUISTE_HERSTELCODE;
    await this.open(datasleutel);
    this.schrijfSleutels({ ...sleutels, wachtwoord: verpak(datasleutel, nieuwWachtwoord, this.scrypt), herstelcodeBevestigd: true });
  }

  bevestigHerstelcode(herstelcode: string): void {
    const sleutels = this.leesSleutels();
    if (!pakUit(sleutels.herstelcode, herstelcodeGeheim(herstelcode))) throw ONJUISTE_HERSTELCODE;
    this.schrijfSleutels({ ...sleutels, herstelcodeBevestigd: true });
  }

  /** A fresh herstelcode replaces the old one (lost printout, or never confirmed). */
  nieuweHerstelcode(wachtwoord: string): string {
    const sleutels = this.leesSleutels();
    const datasleutel = pakUit(sleutels.wachtwoord, wachtwoord);
    if (!datasleutel) throw ONJUIST_WACHTWOORD;
    const herstelcode = nieuweHerstelcode();
    this.schrijfSleutels({ ...sleutels, herstelcode: verpak(datasleutel, herstelcodeGeheim(herstelcode), this.scrypt), herstelcodeBevestigd: false });
    return herstelcode;
  }

  /** Re-wraps the data key; the database itself is not touched. */
  wijzigWachtwoord(huidig: string, nieuw: string): void {
    const sleutels = this.leesSleutels();
    const datasleutel = pakUit(sleutels.wachtwoord, huidig);
    if (!datasleutel) throw ONJUIST_WACHTWOORD;
    this.schrijfSleutels({ ...sleutels, wachtwoord: verpak(datasleutel, nieuw, this.scrypt) });
  }

  async vergrendelen(): Promise<void> {
    const kysely = this.kysely;
    this.kysely = null;
    this.sqlite = null;
    await kysely?.destroy();
  }

  /** An encrypted backup copy now; see db/backup.ts. */
  backup(reden: string): string {
    if (!this.sqlite) throw new KoersFout('KLUIS_VERGRENDELD', 'De kluis is vergrendeld. Ontgrendel hem met uw wachtwoord.');
    return maakBackup(this.sqlite, this.folder, this.sleutelPad, reden);
  }

  private async open(datasleutel: Buffer): Promise<void> {
    await this.vergrendelen();
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
  }

  private leesSleutels(): Sleutelbestand {
    if (!existsSync(this.sleutelPad)) {
      throw new KoersFout('GEEN_KLUIS', 'Er is nog geen kluis. Maak eerst een nieuwe kluis aan.');
    }
    try {
      const inhoud = JSON.parse(readFileSync(this.sleutelPad, 'utf8')) as Sleutelbestand;
      if (inhoud.versie !== 1 || !inhoud.wachtwoord || !inhoud.herstelcode) throw new Error('onbekend formaat');
      return inhoud;
    } catch {
      throw new KoersFout(
        'KLUIS_BESCHADIGD',
        `Het sleutelbestand ${SLEUTEL_BESTAND} is beschadigd. Zet het terug uit de map "backups" naast de kluis.`,
      );
    }
  }

  private schrijfSleutels(sleutels: Sleutelbestand): void {
    const tijdelijk = `${this.sleutelPad}.nieuw`;
    writeFileSync(tijdelijk, JSON.stringify(sleutels, null, 2), { mode: 0o600 });
    renameSync(tijdelijk, this.sleutelPad);
  }
}
