import type { Generated } from 'kysely';

// Table types for kysely. Column names are the domain's names (camelCase), the same as in the contract.

export interface InburgeraarTabel {
  id: Generated<number>;
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht: 'man' | 'vrouw' | 'onbekend';
  nationaliteit: string;
  taal: string;
  tolkNodig: number;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  telefoon: string | null;
  email: string | null;
  doelgroep: string;
  doelgroepcode: string;
  vNummer: string | null;
  datumKennisgevingDuo: string | null;
  datumInschrijvingBrp: string | null;
  datumKoppelingCoa: string | null;
  status: string;
  huishoudenId: number | null;
  aangemaakt: string;
  gewijzigd: string;
}

export interface HuishoudenTabel {
  id: Generated<number>;
  aangemaakt: string;
}

export interface InstellingTabel {
  sleutel: string;
  waarde: string;
}

/** Append-only audit log (BIO 8.15.01): who did what to which object, with what result. No personal data. */
export interface LogboekTabel {
  id: Generated<number>;
  tijdstip: string;
  actor: string;
  oorsprong: string;
  actie: string;
  object: string;
  objectId: number | null;
  resultaat: string;
}

export interface DB {
  inburgeraars: InburgeraarTabel;
  huishoudens: HuishoudenTabel;
  instellingen: InstellingTabel;
  logboek: LogboekTabel;
}
