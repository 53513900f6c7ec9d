// Channels of this domain; see ./index.ts.
export const begeleidingKanalen = {} as const;
