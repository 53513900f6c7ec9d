// Channels of this domain; see ./index.ts. Retention (Besluit 9.9), dossier verwijderen and AVG inzage (issue 11 items 6–7).
export const privacyKanalen = {} as const;
