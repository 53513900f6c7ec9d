// Channels of this domain; see ./index.ts. Cost entries, SPUK and the SiSa worksheet (issue 13 items 3–4).
export const budgetKanalen = {} as const;
