// Calendar arithmetic on ISO dates ("YYYY-MM-DD"). Everything runs in UTC on purpose: a calendar date
// has no time zone, and local-midnight Date objects shift a day around DST changes.

export type IsoDatum = string;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDatum(value: string): boolean {
  const match = ISO_DATUM.exec(value);
  if (!match) return false;
  const [, j, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(j, m - 1, d));
  return date.getUTCFullYear() === j && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// One regex match and one Date per call (the werkvoorraad does date arithmetic for every open dossier):
// the same checks as isIsoDatum, without parsing the string twice.
function parse(datum: IsoDatum): Date {
  const match = ISO_DATUM.exec(datum);
  if (match) {
    const j = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const date = new Date(Date.UTC(j, m - 1, d));
    if (date.getUTCFullYear() === j && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return date;
  }
  throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${datum}`);
}

const TWEE = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

// Without toISOString (a full timestamp per call); years outside 1000–9999 keep its exact form.
function toIso(date: Date): IsoDatum {
  const jaar = date.getUTCFullYear();
  if (jaar < 1000 || jaar > 9999) return date.toISOString().slice(0, 10);
  return `${jaar}-${TWEE[date.getUTCMonth() + 1]}-${TWEE[date.getUTCDate()]}`;
}

export function plusDagen(datum: IsoDatum, dagen: number): IsoDatum {
  const date = parse(datum);
  date.setUTCDate(date.getUTCDate() + dagen);
  return toIso(date);
}

export function plusWeken(datum: IsoDatum, weken: number): IsoDatum {
  return plusDagen(datum, 7 * weken);
}

/** Same calendar day N years later; 29 February becomes 28 February in a common year. */
export function plusJaren(datum: IsoDatum, jaren: number): IsoDatum {
  const date = parse(datum);
  const jaar = date.getUTCFullYear() + jaren;
  const maand = date.getUTCMonth();
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(jaar, maand, Math.min(date.getUTCDate(), laatsteDag))));
}

/** Same day N months later, clipped to the month's end (31 August + 6 months = 28/29 February). */
export function plusMaanden(datum: IsoDatum, maanden: number): IsoDatum {
  const date = parse(datum);
  const doel = date.getUTCMonth() + maanden;
  const jaar = date.getUTCFullYear() + Math.floor(doel / 12);
  const maand = ((doel % 12) + 12) % 12;
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(jaar, maand, Math.min(date.getUTCDate(), laatsteDag))));
}

/**
 * Last day of a term of N months that starts on (and includes) day `start` (DOMAIN.md §13a): the day
 * before the same date N months later. When the last month has no such date (start 31 August, 29
 * February), that date would fall after the month's last day, so the term runs to the end of that month.
 */
export function laatsteDagVanTermijn(start: IsoDatum, maanden: number): IsoDatum {
  const zelfdeDag = plusMaanden(start, maanden);
  return zelfdeDag.slice(8) === start.slice(8) ? plusDagen(zelfdeDag, -1) : zelfdeDag;
}

/** 0 = zondag … 6 = zaterdag */
export function weekdag(datum: IsoDatum): number {
  return parse(datum).getUTCDay();
}

export function laatsteVan(a: IsoDatum, b: IsoDatum): IsoDatum {
  return a >= b ? a : b;
}

/** Today's date in Europe/Amsterdam, whatever the machine's zone. */
// Built once: every use case asks for today, and a new DateTimeFormat per call cost more than a dossier read.
const DAG_IN_NEDERLAND = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
export function vandaagInNederland(nu: Date = new Date()): IsoDatum {
  return DAG_IN_NEDERLAND.format(nu);
}
