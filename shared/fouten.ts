// Errors that cross the bridge: a stable code and a Dutch message that says what to do next.
// Never put personal data, SQL or stack traces in a message.

export const FOUTCODES = [
  'ONGELDIGE_INVOER',
  'ONJUIST_WACHTWOORD',
  'ONJUISTE_HERSTELCODE',
  'KLUIS_VERGRENDELD',
  'KLUIS_BESTAAT_AL',
  'GEEN_KLUIS',
  'NIET_VERSLEUTELD',
  'KLUIS_TE_NIEUW',
  'KLUIS_BESCHADIGD',
  'NIET_GEVONDEN',
  'DUBBEL_BSN',
  'ONGELDIGE_STATUS',
  'REGEL_GESCHONDEN',
  'ONBEKEND_KANAAL',
  'ONVERWACHT',
] as const;
export type Foutcode = (typeof FOUTCODES)[number];

export interface Fout {
  code: Foutcode;
  message: string;
}

export class KoersFout extends Error implements Fout {
  constructor(
    readonly code: Foutcode,
    message: string,
  ) {
    super(message);
    this.name = 'KoersFout';
  }
}

export const ONVERWACHTE_FOUT: Fout = {
  code: 'ONVERWACHT',
  message:
    'Er ging iets mis dat Koers niet verwachtte. Probeer het opnieuw. Blijft het gebeuren, start Koers dan opnieuw en neem contact op met de leverancier.',
};

export type Antwoord<T> = { ok: true; data: T } | { ok: false; fout: Fout };
