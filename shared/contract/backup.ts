import { z } from 'zod';
import { BACKUP_PLEKKEN, backupRegel, controleOnderdeel, terugzettenInvoer } from '../domain/backup';
import { wachtwoord } from '../domain/kluis';
import { leeg } from './gedeeld';

// Channels of this domain; see ./index.ts. Backups and restore (issue 11 item 3).
export const backupKanalen = {
  /** The chosen folder and every backup in it and in the vault's own folder "backups" (hashes checked). */
  backupOverzicht: {
    input: leeg,
    output: z.object({ map: z.string().nullable(), nieuwste: z.string().nullable(), backups: z.array(backupRegel) }),
  },
  /** A folder dialog in the main process; the renderer never sends a path. `map` is null when cancelled. */
  backupMapKiezen: { input: leeg, output: z.object({ map: z.string().nullable() }) },
  /** "Nu een backup maken". */
  backupMaken: {
    input: leeg,
    output: z.object({ naam: z.string(), plek: z.enum(BACKUP_PLEKKEN), tijdstip: z.string(), grootte: z.number().int(), melding: z.string() }),
  },
  /** Called by the main process: on closing, and hourly for the daily one (made only when the newest is ≥ 24 h old). */
  backupAutomatisch: {
    input: z.object({ reden: z.enum(['dagelijks', 'afsluiten']) }).strict(),
    output: z.object({ gemaakt: z.boolean(), naam: z.string().nullable(), verwijderd: z.number().int(), melding: z.string() }),
  },
  /** Restore: checked completely before anything is replaced; afterwards the vault is locked. */
  backupTerugzetten: {
    input: terugzettenInvoer,
    output: z.object({ voorHerstel: z.string().nullable(), tijdstip: z.string(), melding: z.string() }),
  },
  /** The vault, the logboek chain and every backup (the passphrase opens the backups' key files). */
  backupControleren: {
    input: z.object({ wachtwoord }).strict(),
    output: z.object({ ok: z.boolean(), onderdelen: z.array(controleOnderdeel) }),
  },
} as const;
