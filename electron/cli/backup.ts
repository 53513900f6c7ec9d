// `npm run koers -- backup | herstel | controleer` (issue 11). Owned by the backup work; see electron/cli.ts.

/** Lines for the help text, each command with its options and one line of explanation. */
export const BACKUP_HULP = '';

export const backupOpdrachten: Record<string, (args: string[]) => Promise<number>> = {};
