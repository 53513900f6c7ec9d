// Channels of this domain; see ./index.ts.
export const voortgangKanalen = {} as const;
