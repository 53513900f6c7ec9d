// Long work runs as a task (electron/jobs/taken.ts); the window polls its state.

export const TAAK_STATUSSEN = ['bezig', 'klaar', 'geannuleerd', 'mislukt'] as const;
export type TaakStatus = (typeof TAAK_STATUSSEN)[number];
