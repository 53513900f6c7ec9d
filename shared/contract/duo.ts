// Channels of this domain; see ./index.ts.
export const duoKanalen = {} as const;
