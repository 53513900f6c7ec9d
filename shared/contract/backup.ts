// Channels of this domain; see ./index.ts. Backups and restore (issue 11 item 3).
export const backupKanalen = {} as const;
