// Channels of this domain; see ./index.ts. The jaarverslag for the gemeenteraad (issue 13).
export const jaarverslagKanalen = {} as const;
