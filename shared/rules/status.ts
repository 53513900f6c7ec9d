// Status of an inburgeraar's dossier. The main line follows the case work; the end states can be
// reached from any open state (ontheffing / vrijstelling: Wi 4–5, decided by DUO).

export const STATUSSEN = [
  'aangemeld', 'intake', 'pip_vastgesteld', 'in_traject', 'afgerond',
  'ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden',
] as const;
export type Status = (typeof STATUSSEN)[number];

export const STATUS_LABELS: Record<Status, string> = {
  aangemeld: 'Aangemeld',
  intake: 'Intake',
  pip_vastgesteld: 'PIP vastgesteld',
  in_traject: 'In traject',
  afgerond: 'Afgerond',
  ontheffing: 'Ontheffing',
  vrijstelling: 'Vrijstelling',
  verhuisd: 'Verhuisd',
  vertrokken: 'Vertrokken',
  overleden: 'Overleden',
};

const HOOFDLIJN: readonly Status[] = ['aangemeld', 'intake', 'pip_vastgesteld', 'in_traject', 'afgerond'];
const EINDSTATUSSEN: readonly Status[] = ['afgerond', 'ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden'];

export function isEindstatus(status: Status): boolean {
  return EINDSTATUSSEN.includes(status);
}

export function volgendeStatussen(status: Status): Status[] {
  if (isEindstatus(status)) return [];
  const volgende = HOOFDLIJN[HOOFDLIJN.indexOf(status) + 1];
  const zijpaden: Status[] = ['ontheffing', 'vrijstelling', 'verhuisd', 'vertrokken', 'overleden'];
  return volgende ? [volgende, ...zijpaden] : zijpaden;
}

export function magStatusWorden(van: Status, naar: Status): boolean {
  return volgendeStatussen(van).includes(naar);
}

// Besluit inburgering 2021 art. 5.3: the PIP deadline runs until the PIP is set.
export function pipTermijnLoopt(status: Status): boolean {
  return status === 'aangemeld' || status === 'intake';
}

/** Starting the intake (first oproep, intake saved or afgerond) moves a new dossier to "intake". */
export function statusNaStartIntake(status: Status): Status {
  return status === 'aangemeld' ? 'intake' : status;
}

/** Vaststellen of a PIP moves a dossier that was still waiting for its PIP to "pip_vastgesteld". */
export function statusNaPipVaststellen(status: Status): Status {
  return pipTermijnLoopt(status) ? 'pip_vastgesteld' : status;
}
