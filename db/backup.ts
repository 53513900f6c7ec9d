import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { backupManifest, type BackupManifest, type BackupReden, type BackupControleStatus } from '../shared/domain/backup';
import { AUTOMATISCHE_REDENEN, backupNaam, isBackupNaam, STANDAARD_BEWAARBELEID, teBewarenBackups, voorHerstelNaam, type Bewaarbeleid } from '../shared/rules/backup';
import { KoersFout } from '../shared/fouten';
import { fsyncMap, schrijfAtomisch } from './bestanden';
import { ketenkop, schrijfLogboek } from './logboek';
import { migreer } from './migreren';
import { MIGRATIES } from './migrations';
import { herstelcodeGeheim, pakUit, type VerpakteSleutel } from './sleutels';
import type { DB } from './schema';
import { maakKysely, openVersleuteld, type SqliteDatabase, type Verbinding } from './verbinding';

// Backups of the vault (issue 11 item 3, BIO 8.13). A backup is a folder koers-backup-<stempel>-<reden>/ with
// koers.db (VACUUM INTO: encrypted with the same data key), koers.sleutel.json (the wrapped key at that moment)
// and manifest.json (time, versions, SHA-256 of both files, the logboek chain head). Everything 0600, written
// under a temporary name and renamed when complete, so a half-written backup never looks like a backup.

export const BACKUP_MAP = 'backups';
export const BACKUP_DATABASE = 'koers.db';
export const BACKUP_SLEUTEL = 'koers.sleutel.json';
export const BACKUP_MANIFEST = 'manifest.json';
/** The vault's files a restore moves aside (the database with its WAL, the key file and its previous version). */
const KLUIS_BESTANDEN = ['koers.db', 'koers.db-wal', 'koers.db-shm', 'koers.sleutel.json', 'koers.sleutel.json.vorige'];
/** Key in the instellingen table: { map } the folder the regisseur chose. */
export const BACKUP_INSTELLING = 'backup';

/** What opens a backup: a secret for its key file, or (inside Koers) the data key itself. */
export type BackupGeheim = { wachtwoord: string } | { herstelcode: string } | { datasleutel: Buffer };

function zetSleutel(db: SqliteDatabase, sleutel: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${sleutel.toString('hex')}'"`);
}

/** Opens a backup database with a key; null when the key does not fit. Read-only unless asked: checking changes nothing. */
function openMetSleutel(pad: string, sleutel: Buffer, schrijven = false): SqliteDatabase | null {
  let db: SqliteDatabase;
  try {
    db = new Database(pad, { readonly: !schrijven, fileMustExist: true });
  } catch {
    return null;
  }
  try {
    zetSleutel(db, sleutel);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    db.close();
    return null;
  }
}

export function sha256Bestand(pad: string): string {
  const hash = createHash('sha256');
  const blok = Buffer.alloc(1 << 20);
  const fd = openSync(pad, 'r');
  try {
    for (;;) {
      const gelezen = readSync(fd, blok, 0, blok.length, null);
      if (gelezen === 0) break;
      hash.update(blok.subarray(0, gelezen));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function fsyncBestand(pad: string): void {
  const fd = openSync(pad, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The key file of a backup: every wrap in it (key file v1 {wachtwoord, herstelcode} and v2 {sloten: [{soort,
// verpakt}]}, also both generations during a key change) is a candidate; the data key is the one that opens koers.db.

function isVerpakt(waarde: unknown): waarde is VerpakteSleutel {
  const v = waarde as Partial<VerpakteSleutel> | null;
  return !!v && typeof v === 'object' && v.kdf === 'scrypt' && typeof v.sleutel === 'string' && typeof v.zout === 'string';
}

function verpakkingenVan(waarde: unknown, soort: 'wachtwoord' | 'herstelcode', context: string | null = null, uit: VerpakteSleutel[] = []): VerpakteSleutel[] {
  if (Array.isArray(waarde)) {
    for (const element of waarde) verpakkingenVan(element, soort, context, uit);
    return uit;
  }
  if (!waarde || typeof waarde !== 'object') return uit;
  if (isVerpakt(waarde)) {
    if (context === null || context === soort) uit.push(waarde);
    return uit;
  }
  const object = waarde as Record<string, unknown>;
  const eigenSoort = object.soort === 'wachtwoord' || object.soort === 'herstelcode' ? object.soort : context;
  for (const [sleutel, kind] of Object.entries(object)) {
    const kindContext = sleutel === 'wachtwoord' || sleutel === 'herstelcode' ? sleutel : eigenSoort;
    verpakkingenVan(kind, soort, kindContext, uit);
  }
  return uit;
}

/** Every data key the secret unwraps from this key file (several scrypt runs at most; a wrong secret gives none). */
export function sleutelsUitSleutelbestand(inhoud: string, geheim: BackupGeheim): Buffer[] {
  if ('datasleutel' in geheim) return [geheim.datasleutel];
  let json: unknown;
  try {
    json = JSON.parse(inhoud);
  } catch {
    return [];
  }
  const soort = 'wachtwoord' in geheim ? 'wachtwoord' : 'herstelcode';
  const tekst = 'wachtwoord' in geheim ? geheim.wachtwoord : herstelcodeGeheim(geheim.herstelcode);
  const sleutels: Buffer[] = [];
  for (const verpakt of verpakkingenVan(json, soort)) {
    try {
      const sleutel = pakUit(verpakt, tekst);
      if (sleutel && !sleutels.some((s) => s.equals(sleutel))) sleutels.push(sleutel);
    } catch {
      // A wrap with parameters Koers refuses counts as not opening.
    }
  }
  return sleutels;
}

// ---------------------------------------------------------------------------------------------------------
// Making a backup.

async function schemaVersie(db: Verbinding): Promise<string | null> {
  try {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1`.execute(db);
    return rows[0]?.name ?? null;
  } catch {
    return null;
  }
}

async function veiligeKetenkop(db: Verbinding): Promise<{ id: number; hash: string } | null> {
  try {
    return await ketenkop(db);
  } catch {
    return null;
  }
}

export interface BackupUitkomst {
  naam: string;
  pad: string;
  manifest: BackupManifest;
}

/**
 * A backup folder in `naar`. The folder is assembled as `.<naam>.tmp-<pid>` (VACUUM INTO, key file, manifest,
 * each fsynced, mode 0600), then renamed to its name and the parent folder fsynced.
 */
export async function maakBackupMap(
  db: Kysely<DB>,
  opties: { naar: string; sleutelbestand: string; reden: BackupReden; nu: Date; koersVersie: string },
): Promise<BackupUitkomst> {
  const tijdstip = opties.nu.toISOString();
  const naam = backupNaam(tijdstip, opties.reden);
  const doel = join(opties.naar, naam);
  try {
    mkdirSync(opties.naar, { recursive: true });
  } catch {
    throw new KoersFout('REGEL_GESCHONDEN', `De backupmap ${opties.naar} is niet bereikbaar. Sluit de schijf of netwerkmap aan, of kies een andere map. Er is geen backup gemaakt.`);
  }
  if (existsSync(doel)) throw new KoersFout('REGEL_GESCHONDEN', 'Er is in deze seconde al een backup gemaakt. Probeer het zo opnieuw.');
  const tijdelijk = join(opties.naar, `.${naam}.tmp-${process.pid}`);
  rmSync(tijdelijk, { recursive: true, force: true });
  try {
    mkdirSync(tijdelijk, { mode: 0o700 });
    const versie = await schemaVersie(db);
    const kop = await veiligeKetenkop(db);
    const database = join(tijdelijk, BACKUP_DATABASE);
    await sql`VACUUM INTO ${database}`.execute(db);
    chmodSync(database, 0o600);
    fsyncBestand(database);
    const sleutel = readFileSync(opties.sleutelbestand);
    schrijfAtomisch(join(tijdelijk, BACKUP_SLEUTEL), sleutel, { mode: 0o600 });
    const manifest: BackupManifest = {
      formaat: 1,
      tijdstip,
      koersVersie: opties.koersVersie,
      schemaVersie: versie,
      reden: opties.reden,
      sha256: { database: sha256Bestand(database), sleutelbestand: createHash('sha256').update(sleutel).digest('hex') },
      grootte: statSync(database).size,
      ketenkop: kop,
    };
    schrijfAtomisch(join(tijdelijk, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    fsyncMap(tijdelijk);
    renameSync(tijdelijk, doel);
    fsyncMap(opties.naar);
    return { naam, pad: doel, manifest };
  } catch (fout) {
    rmSync(tijdelijk, { recursive: true, force: true });
    if (fout instanceof KoersFout) throw fout;
    throw new KoersFout('REGEL_GESCHONDEN', `De backup in ${opties.naar} kon niet worden geschreven (schijf vol, alleen-lezen of losgekoppeld?). Er is geen backup gemaakt; de kluis is niet veranderd.`);
  }
}

/**
 * The vault's own copy before a migration (db/vault.ts): koers-<stempel>-<reden>.db with its key file beside it in
 * <vault>/backups/. Same durability as a backup folder: written under a temporary name, fsynced, renamed, 0600.
 */
export function maakBackup(db: SqliteDatabase, kluisPad: string, sleutelbestand: string, reden: string, nu = new Date()): string {
  const folder = join(kluisPad, BACKUP_MAP);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stempel = nu.toISOString().replace(/[:.]/g, '-');
  const doel = join(folder, `koers-${stempel}-${reden}.db`);
  const tijdelijk = `${doel}.tmp-${process.pid}`;
  rmSync(tijdelijk, { force: true });
  db.prepare('VACUUM INTO ?').run(tijdelijk);
  chmodSync(tijdelijk, 0o600);
  fsyncBestand(tijdelijk);
  schrijfAtomisch(doel.replace(/\.db$/, '.sleutel.json'), readFileSync(sleutelbestand), { mode: 0o600 });
  renameSync(tijdelijk, doel);
  fsyncMap(folder);
  return doel;
}

// ---------------------------------------------------------------------------------------------------------
// Finding and checking backups.

export function leesManifest(map: string): BackupManifest | null {
  try {
    const uitkomst = backupManifest.safeParse(JSON.parse(readFileSync(join(map, BACKUP_MANIFEST), 'utf8')));
    return uitkomst.success ? uitkomst.data : null;
  } catch {
    return null;
  }
}

/** The backup folders in a folder (by name), newest name first. A missing or unreachable folder has none. */
export function backupMappen(map: string): string[] {
  try {
    return readdirSync(map, { withFileTypes: true })
      .filter((e) => e.isDirectory() && isBackupNaam(e.name))
      .map((e) => e.name)
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** The older form (koers-<stempel>-voor-bijwerken.db with its .sleutel.json) in <vault>/backups/. */
export function losseBackups(map: string): string[] {
  try {
    return readdirSync(map)
      .filter((naam) => /^koers-.+\.db$/.test(naam) && !naam.startsWith('koers-backup-'))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

export interface BackupControle {
  status: BackupControleStatus;
  /** A Dutch sentence: what is wrong, or that it is in order. */
  melding: string;
  manifest: BackupManifest | null;
  /** The data key that opened it (only when a secret was given and it fits). */
  datasleutel: Buffer | null;
}

/** Cache per key file content: the same key file with the same secret runs scrypt once. */
export type SleutelCache = Map<string, Buffer[]>;

function sleutelsMetCache(inhoud: string, geheim: BackupGeheim, cache?: SleutelCache): Buffer[] {
  if ('datasleutel' in geheim || !cache) return sleutelsUitSleutelbestand(inhoud, geheim);
  const sleutel = createHash('sha256').update(inhoud).digest('hex');
  const bekend = cache.get(sleutel);
  if (bekend) return bekend;
  const sleutels = sleutelsUitSleutelbestand(inhoud, geheim);
  cache.set(sleutel, sleutels);
  return sleutels;
}

function geheimNaam(geheim: BackupGeheim): string {
  if ('wachtwoord' in geheim) return 'Het wachtwoord';
  if ('herstelcode' in geheim) return 'De herstelcode';
  return 'De sleutel van de kluis';
}

/** Opens the database with the key(s) and runs PRAGMA integrity_check; read-only. */
function controleerDatabase(database: string, sleutels: Buffer[], geheim: BackupGeheim): { status: BackupControleStatus; melding: string; datasleutel: Buffer | null } {
  for (const sleutel of sleutels) {
    const db = openMetSleutel(database, sleutel);
    if (!db) continue;
    try {
      const rijen = db.pragma('integrity_check') as { integrity_check: string }[];
      const ok = rijen.length === 1 && rijen[0]?.integrity_check === 'ok';
      return ok
        ? { status: 'in_orde', melding: 'In orde: de sleutel opent de backup en de database is heel.', datasleutel: sleutel }
        : { status: 'beschadigd', melding: 'De database van deze backup is beschadigd (integrity_check meldt fouten).', datasleutel: null };
    } catch {
      return { status: 'beschadigd', melding: 'De database van deze backup is beschadigd (niet te lezen).', datasleutel: null };
    } finally {
      db.close();
    }
  }
  return { status: 'onbekend', melding: `${geheimNaam(geheim)} opent het sleutelbestand van deze backup niet.`, datasleutel: null };
}

/**
 * Checks a backup folder: manifest, both SHA-256 hashes, and with a secret also that the key file opens koers.db
 * and PRAGMA integrity_check. Changes nothing.
 */
export function controleerBackupMap(map: string, geheim: BackupGeheim | null = null, cache?: SleutelCache): BackupControle {
  const manifest = leesManifest(map);
  if (!manifest) return { status: 'onvolledig', melding: 'manifest.json ontbreekt of is onleesbaar.', manifest: null, datasleutel: null };
  const database = join(map, BACKUP_DATABASE);
  const sleutelbestand = join(map, BACKUP_SLEUTEL);
  if (!existsSync(database) || !existsSync(sleutelbestand)) {
    return { status: 'onvolledig', melding: `${existsSync(database) ? BACKUP_SLEUTEL : BACKUP_DATABASE} ontbreekt.`, manifest, datasleutel: null };
  }
  if (sha256Bestand(database) !== manifest.sha256.database) {
    return { status: 'beschadigd', melding: 'koers.db is veranderd of beschadigd: de SHA-256 klopt niet met het manifest.', manifest, datasleutel: null };
  }
  const sleutelInhoud = readFileSync(sleutelbestand, 'utf8');
  if (createHash('sha256').update(sleutelInhoud).digest('hex') !== manifest.sha256.sleutelbestand) {
    return { status: 'beschadigd', melding: 'koers.sleutel.json is veranderd of beschadigd: de SHA-256 klopt niet met het manifest.', manifest, datasleutel: null };
  }
  if (!geheim) return { status: 'in_orde', melding: 'De hashes kloppen.', manifest, datasleutel: null };
  return { ...controleerDatabase(database, sleutelsMetCache(sleutelInhoud, geheim, cache), geheim), manifest };
}

/** The older loose form: no manifest, so only the key and integrity_check. */
export function controleerLosseBackup(database: string, geheim: BackupGeheim, cache?: SleutelCache): BackupControle {
  const sleutelbestand = database.replace(/\.db$/, '.sleutel.json');
  if (!existsSync(sleutelbestand)) return { status: 'onvolledig', melding: 'Het sleutelbestand naast deze backup ontbreekt.', manifest: null, datasleutel: null };
  return { ...controleerDatabase(database, sleutelsMetCache(readFileSync(sleutelbestand, 'utf8'), geheim, cache), geheim), manifest: null };
}

/** The newest moment of any backup in these folders (for the daily backup). */
export function nieuwsteBackup(mappen: readonly string[]): string | null {
  let nieuwste: string | null = null;
  for (const map of mappen) {
    for (const naam of backupMappen(map)) {
      const manifest = leesManifest(join(map, naam));
      if (manifest && (!nieuwste || Date.parse(manifest.tijdstip) > Date.parse(nieuwste))) nieuwste = manifest.tijdstip;
    }
  }
  return nieuwste;
}

/**
 * Rolling retention over the automatic backups in one folder (shared/rules/backup.ts). Manual, 'voor-herstel' and
 * 'voor-bijwerken' backups, and folders without a readable manifest, are never removed here. Returns how many went.
 */
export function ruimBackupsOp(map: string, nu: Date, beleid: Bewaarbeleid = STANDAARD_BEWAARBELEID): number {
  const automatisch = backupMappen(map)
    .map((naam) => ({ naam, manifest: leesManifest(join(map, naam)) }))
    .filter((b): b is { naam: string; manifest: BackupManifest } => !!b.manifest && AUTOMATISCHE_REDENEN.includes(b.manifest.reden));
  const bewaren = new Set(teBewarenBackups(automatisch.map((b) => b.manifest.tijdstip), nu, beleid));
  let verwijderd = 0;
  for (const backup of automatisch) {
    if (bewaren.has(backup.manifest.tijdstip)) continue;
    rmSync(join(map, backup.naam), { recursive: true, force: true });
    verwijderd += 1;
  }
  if (verwijderd > 0) fsyncMap(map);
  return verwijderd;
}

// ---------------------------------------------------------------------------------------------------------
// The chosen folder (a setting in the vault).

export async function leesBackupInstelling(db: Verbinding): Promise<{ map: string | null }> {
  const rij = await db.selectFrom('instellingen').select('waarde').where('sleutel', '=', BACKUP_INSTELLING).executeTakeFirst();
  if (!rij) return { map: null };
  try {
    const waarde = JSON.parse(rij.waarde) as { map?: unknown };
    return { map: typeof waarde.map === 'string' && waarde.map ? waarde.map : null };
  } catch {
    return { map: null };
  }
}

export async function schrijfBackupInstelling(db: Verbinding, instelling: { map: string }): Promise<void> {
  const waarde = JSON.stringify(instelling);
  await db
    .insertInto('instellingen')
    .values({ sleutel: BACKUP_INSTELLING, waarde })
    .onConflict((oc) => oc.column('sleutel').doUpdateSet({ waarde }))
    .execute();
}

function gekozenMapRauw(db: SqliteDatabase): string | null {
  try {
    const rij = db.prepare('SELECT waarde FROM instellingen WHERE sleutel = ?').get(BACKUP_INSTELLING) as { waarde: string } | undefined;
    const map = rij ? (JSON.parse(rij.waarde) as { map?: unknown }).map : null;
    return typeof map === 'string' && map ? map : null;
  } catch {
    return null;
  }
}

/** PRAGMA integrity_check on the open vault. */
export async function integriteitVanKluis(db: Verbinding): Promise<{ ok: boolean; meldingen: number }> {
  const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
  const ok = rows.length === 1 && rows[0]?.integrity_check === 'ok';
  return { ok, meldingen: ok ? 0 : rows.length };
}

// ---------------------------------------------------------------------------------------------------------
// Restore.

export interface HerstelUitkomst {
  /** The folder the replaced vault was moved to (a name inside the vault folder), or null on a clean folder. */
  voorHerstel: string | null;
  manifest: BackupManifest;
}

/**
 * Puts a backup back as the vault in `kluisPad`. Everything is checked BEFORE anything is replaced: the manifest
 * hashes, that the secret opens the backup's key file and that key opens koers.db, integrity_check, and that this
 * Koers knows the schema. Then the files are staged under temporary names in the vault folder, the current vault
 * (if any) is moved to voor-herstel-<stempel>/, and the staged files are renamed into place (key file first, the
 * database last) and the folder fsynced. Afterwards the restored vault is migrated if needed and the restore is
 * logged in it. The vault must be locked (closed) by the caller.
 */
export async function zetBackupTerug(opties: {
  van: string;
  kluisPad: string;
  geheim: BackupGeheim;
  nu: Date;
  actor?: string;
  /** Runs after every check passed and before anything is replaced (the app closes its vault here). */
  voorVervangen?: () => Promise<void>;
}): Promise<HerstelUitkomst> {
  const { van, kluisPad, geheim, nu } = opties;
  const niets = 'Er is niets veranderd.';
  if (!existsSync(van) || !statSync(van).isDirectory()) throw new KoersFout('NIET_GEVONDEN', `De backupmap ${basename(van)} bestaat niet. ${niets}`);
  const controle = controleerBackupMap(van, geheim);
  if (controle.status !== 'in_orde' || !controle.datasleutel || !controle.manifest) {
    const code = controle.status === 'onbekend' ? ('wachtwoord' in geheim ? 'ONJUIST_WACHTWOORD' : 'ONJUISTE_HERSTELCODE') : 'KLUIS_BESCHADIGD';
    throw new KoersFout(code, `Deze backup wordt niet teruggezet: ${controle.melding} ${niets}`);
  }
  const manifest = controle.manifest;
  if (manifest.schemaVersie && !(manifest.schemaVersie in MIGRATIES)) {
    throw new KoersFout('KLUIS_TE_NIEUW', `Deze backup is gemaakt met een nieuwere versie van Koers (${manifest.koersVersie}). Installeer die versie eerst. ${niets}`);
  }

  await opties.voorVervangen?.();
  mkdirSync(kluisPad, { recursive: true });
  const stapDb = join(kluisPad, `koers.db.herstel-${process.pid}`);
  const stapSleutel = join(kluisPad, `koers.sleutel.json.herstel-${process.pid}`);
  try {
    copyFileSync(join(van, BACKUP_DATABASE), stapDb);
    chmodSync(stapDb, 0o600);
    fsyncBestand(stapDb);
    schrijfAtomisch(stapSleutel, readFileSync(join(van, BACKUP_SLEUTEL)), { mode: 0o600 });
    if (sha256Bestand(stapDb) !== manifest.sha256.database) throw new Error('kopie wijkt af');
  } catch {
    rmSync(stapDb, { force: true });
    rmSync(stapSleutel, { force: true });
    throw new KoersFout('REGEL_GESCHONDEN', `De backup kon niet naar de kluismap worden gekopieerd (schijf vol of alleen-lezen?). ${niets}`);
  }

  const aanwezig = KLUIS_BESTANDEN.filter((naam) => existsSync(join(kluisPad, naam)));
  let voorHerstel: string | null = null;
  if (aanwezig.length > 0) {
    voorHerstel = voorHerstelNaam(nu.toISOString());
    const map = join(kluisPad, voorHerstel);
    mkdirSync(map, { mode: 0o700 });
    for (const naam of aanwezig) renameSync(join(kluisPad, naam), join(map, naam));
    fsyncMap(map);
  }
  renameSync(stapSleutel, join(kluisPad, 'koers.sleutel.json'));
  renameSync(stapDb, join(kluisPad, 'koers.db'));
  fsyncMap(kluisPad);

  // The restored vault: bring it to this version (with the usual copy first) and log the restore in it.
  const sqlite = openVersleuteld(join(kluisPad, 'koers.db'), controle.datasleutel);
  const kysely = maakKysely(sqlite);
  try {
    await migreer(kysely as Kysely<unknown>, {
      voorMigreren: async (_openstaand, bestaand) => {
        if (bestaand) maakBackup(sqlite, kluisPad, join(kluisPad, 'koers.sleutel.json'), 'voor-bijwerken', nu);
      },
    });
    await schrijfLogboek(kysely, { actie: `backup teruggezet: ${manifest.reden}`, object: 'kluis', actor: opties.actor ?? 'regisseur' }, nu);
  } finally {
    await kysely.destroy();
  }
  return { voorHerstel, manifest };
}

// ---------------------------------------------------------------------------------------------------------
// After a key change.

/** Re-keys one database file (a copy, then renamed over the original). False when the old key does not open it. */
function herversleutelDatabase(database: string, oudeSleutel: Buffer, nieuweSleutel: Buffer): boolean {
  const kopie = `${database}.sleutelwissel-${process.pid}`;
  rmSync(kopie, { force: true });
  copyFileSync(database, kopie);
  const db = openMetSleutel(kopie, oudeSleutel, true) ?? null;
  if (!db) {
    rmSync(kopie, { force: true });
    // Already re-keyed (a key change interrupted after this backup): keep it as it is.
    const al = openMetSleutel(database, nieuweSleutel);
    al?.close();
    return !!al;
  }
  try {
    db.pragma('journal_mode=DELETE');
    db.pragma(`rekey="x'${nieuweSleutel.toString('hex')}'"`);
  } finally {
    db.close();
  }
  const controle = openMetSleutel(kopie, nieuweSleutel);
  if (!controle) {
    rmSync(kopie, { force: true });
    return false;
  }
  controle.close();
  chmodSync(kopie, 0o600);
  fsyncBestand(kopie);
  renameSync(kopie, database);
  return true;
}

/**
 * After the data key was replaced (PRAGMA rekey, issue 11 item 1): every older backup, in the vault's own
 * folder and in the folder the regisseur chose, is re-keyed to the new data key or removed, so a revoked
 * herstelcode or passphrase with an old key file opens nothing current. Each backup folder is re-keyed in a copy
 * (.<naam>.sleutelwissel) that replaces the original only when complete, with the new key file and new hashes.
 */
export async function backupsNaSleutelwissel(
  db: SqliteDatabase,
  kluisPad: string,
  sleutelbestand: string,
  oudeSleutel: Buffer,
  nieuweSleutel: Buffer,
): Promise<{ herversleuteld: number; verwijderd: number }> {
  const nieuwSleutelbestand = readFileSync(sleutelbestand);
  const plekken = [join(kluisPad, BACKUP_MAP), gekozenMapRauw(db)].filter((p): p is string => !!p && existsSync(p));
  let herversleuteld = 0;
  let verwijderd = 0;
  const nu = new Date().toISOString();
  for (const plek of [...new Set(plekken)]) {
    for (const naam of backupMappen(plek)) {
      const map = join(plek, naam);
      const werk = join(plek, `.${naam}.sleutelwissel-${process.pid}`);
      const weg = join(plek, `.${naam}.weg-${process.pid}`);
      let gelukt = false;
      try {
        rmSync(werk, { recursive: true, force: true });
        mkdirSync(werk, { mode: 0o700 });
        const manifest = leesManifest(map);
        copyFileSync(join(map, BACKUP_DATABASE), join(werk, BACKUP_DATABASE));
        if (manifest && herversleutelDatabase(join(werk, BACKUP_DATABASE), oudeSleutel, nieuweSleutel)) {
          schrijfAtomisch(join(werk, BACKUP_SLEUTEL), nieuwSleutelbestand, { mode: 0o600 });
          const database = join(werk, BACKUP_DATABASE);
          const nieuw: BackupManifest = {
            ...manifest,
            sha256: { database: sha256Bestand(database), sleutelbestand: createHash('sha256').update(nieuwSleutelbestand).digest('hex') },
            grootte: statSync(database).size,
            herversleuteld: nu,
          };
          schrijfAtomisch(join(werk, BACKUP_MANIFEST), JSON.stringify(nieuw, null, 2), { mode: 0o600 });
          fsyncMap(werk);
          renameSync(map, weg);
          renameSync(werk, map);
          fsyncMap(plek);
          rmSync(weg, { recursive: true, force: true });
          gelukt = true;
        }
      } catch {
        gelukt = false;
      }
      rmSync(werk, { recursive: true, force: true });
      if (gelukt) {
        herversleuteld += 1;
      } else {
        rmSync(map, { recursive: true, force: true });
        verwijderd += 1;
      }
    }
    for (const naam of losseBackups(plek)) {
      const database = join(plek, naam);
      const sleutel = database.replace(/\.db$/, '.sleutel.json');
      let gelukt: boolean;
      try {
        gelukt = herversleutelDatabase(database, oudeSleutel, nieuweSleutel);
        if (gelukt) schrijfAtomisch(sleutel, nieuwSleutelbestand, { mode: 0o600 });
      } catch {
        gelukt = false;
      }
      if (gelukt) {
        herversleuteld += 1;
      } else {
        rmSync(database, { force: true });
        rmSync(sleutel, { force: true });
        verwijderd += 1;
      }
    }
    fsyncMap(plek);
  }
  return { herversleuteld, verwijderd };
}
