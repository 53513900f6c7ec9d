// Channels of this domain; see ./index.ts.
export const bezwaarKanalen = {} as const;
