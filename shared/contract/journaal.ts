// Channels of this domain; see ./index.ts.
export const journaalKanalen = {} as const;
