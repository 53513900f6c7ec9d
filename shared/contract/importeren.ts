// Channels of this domain; see ./index.ts.
export const importerenKanalen = {} as const;
