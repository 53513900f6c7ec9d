// Channels of this domain; see ./index.ts.
export const handhavingKanalen = {} as const;
