// Doelgroepen of the Wet inburgering 2021 and DUO's finer codes (DUO gemeente-M2M API enums).

export const DOELGROEPEN = ['asielstatushouder', 'gezinsmigrant', 'overige_migrant'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

export const DOELGROEP_LABELS: Record<Doelgroep, string> = {
  asielstatushouder: 'Asielstatushouder',
  gezinsmigrant: 'Gezinsmigrant',
  overige_migrant: 'Overige migrant',
};

export const DUO_DOELGROEPCODES = [
  'Asielstatushouder',
  'Gezinshereniger met Asielstatushouder',
  'Gezinsvormer met Asielstatushouder',
  'Gezinshereniger',
  'Gezinsvormer',
  'Geestelijk bedienaar',
  'Overig',
] as const;
export type DuoDoelgroepcode = (typeof DUO_DOELGROEPCODES)[number];

// Wi 13.1: asielstatushouders and their family members form the asiel group; Wi 19: the rest
// (gezinsmigranten and overige migranten) arrange their own course.
const DOELGROEP_VAN_CODE: Record<DuoDoelgroepcode, Doelgroep> = {
  Asielstatushouder: 'asielstatushouder',
  'Gezinshereniger met Asielstatushouder': 'asielstatushouder',
  'Gezinsvormer met Asielstatushouder': 'asielstatushouder',
  Gezinshereniger: 'gezinsmigrant',
  Gezinsvormer: 'gezinsmigrant',
  'Geestelijk bedienaar': 'overige_migrant',
  Overig: 'overige_migrant',
};

export function codesVoorDoelgroep(doelgroep: Doelgroep): DuoDoelgroepcode[] {
  return DUO_DOELGROEPCODES.filter((code) => DOELGROEP_VAN_CODE[code] === doelgroep);
}

export function passendeDoelgroepcode(doelgroep: Doelgroep, code: DuoDoelgroepcode): boolean {
  return DOELGROEP_VAN_CODE[code] === doelgroep;
}

// Wi 13 lid 1: the asiel group — maatschappelijke begeleiding, intensiteit of the leerroute (Wi 15 lid 2),
// and the course offer of the college (Wi 16).
export function isAsielgroep(doelgroep: Doelgroep): boolean {
  return doelgroep === 'asielstatushouder';
}

// Participatiewet art. 56a lid 1 onder b: only a verblijfsvergunning asiel voor bepaalde tijd, not family
// members with a regular permit (their DUO code says "met Asielstatushouder").
export function heeftVerblijfsvergunningAsiel(code: DuoDoelgroepcode): boolean {
  return code === 'Asielstatushouder';
}
