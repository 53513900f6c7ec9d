// Channels of this domain; see ./index.ts.
export const logboekKanalen = {} as const;
