import { z } from 'zod';
import { herstelcode, wachtwoord } from './kluis';

// Backups of the vault (issue 11 item 3; BIO 8.13).

export const BACKUP_REDENEN = ['handmatig', 'dagelijks', 'afsluiten', 'voor-herstel', 'voor-bijwerken'] as const;
export type BackupReden = (typeof BACKUP_REDENEN)[number];

export const BACKUP_REDEN_LABELS: Record<BackupReden, string> = {
  handmatig: 'Met de hand',
  dagelijks: 'Dagelijks',
  afsluiten: 'Bij afsluiten',
  'voor-herstel': 'Voor het terugzetten',
  'voor-bijwerken': 'Voor het bijwerken',
};

/** koers-backup-JJJJMMDD-HHMMSS-reden (Dutch local time). */
export const BACKUP_NAAM_PATROON = /^koers-backup-\d{8}-\d{6}-(handmatig|dagelijks|afsluiten|voor-herstel|voor-bijwerken)$/;

/** Where a backup lies: the folder the regisseur chose, or the vault's own folder "backups". */
export const BACKUP_PLEKKEN = ['gekozen', 'kluis'] as const;
export type BackupPlek = (typeof BACKUP_PLEKKEN)[number];

export const BACKUP_PLEK_LABELS: Record<BackupPlek, string> = { gekozen: 'Gekozen map', kluis: 'Naast de kluis' };

/** The manifest.json of a backup folder. */
export const backupManifest = z.object({
  formaat: z.literal(1),
  tijdstip: z.string(),
  koersVersie: z.string(),
  schemaVersie: z.string().nullable(),
  reden: z.enum(BACKUP_REDENEN),
  sha256: z.object({ database: z.string().regex(/^[0-9a-f]{64}$/), sleutelbestand: z.string().regex(/^[0-9a-f]{64}$/) }),
  grootte: z.number().int().nonnegative(),
  ketenkop: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
  herversleuteld: z.string().optional(),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export const BACKUP_CONTROLE_STATUSSEN = ['in_orde', 'beschadigd', 'onvolledig', 'onbekend'] as const;
export type BackupControleStatus = (typeof BACKUP_CONTROLE_STATUSSEN)[number];

export const BACKUP_CONTROLE_LABELS: Record<BackupControleStatus, string> = {
  in_orde: 'In orde',
  beschadigd: 'Beschadigd',
  onvolledig: 'Onvolledig',
  onbekend: 'Niet te controleren',
};

export const backupRegel = z.object({
  naam: z.string(),
  plek: z.enum(BACKUP_PLEKKEN),
  tijdstip: z.string().nullable(),
  reden: z.string().nullable(),
  koersVersie: z.string().nullable(),
  schemaVersie: z.string().nullable(),
  grootte: z.number().int().nullable(),
  status: z.enum(BACKUP_CONTROLE_STATUSSEN),
  melding: z.string(),
});
export type BackupRegel = z.infer<typeof backupRegel>;

const backupNaamVeld = z.string({ error: 'Kies een backup.' }).regex(BACKUP_NAAM_PATROON, 'Kies een backup uit de lijst.');

/** Restoring needs the passphrase that was valid when the backup was made, or the herstelcode of that time. */
export const terugzettenInvoer = z.union([
  z.object({ naam: backupNaamVeld, plek: z.enum(BACKUP_PLEKKEN), wachtwoord }),
  z.object({ naam: backupNaamVeld, plek: z.enum(BACKUP_PLEKKEN), herstelcode }),
]);
export type TerugzettenInvoer = z.input<typeof terugzettenInvoer>;

export const controleOnderdeel = z.object({ onderdeel: z.string(), ok: z.boolean(), melding: z.string() });
export type ControleOnderdeel = z.infer<typeof controleOnderdeel>;
