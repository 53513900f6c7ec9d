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

function parse(datum: IsoDatum): Date {
  if (!isIsoDatum(datum)) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${datum}`);
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d));
}

function toIso(date: Date): IsoDatum {
  return date.toISOString().slice(0, 10);
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
export function vandaagInNederland(nu: Date = new Date()): IsoDatum {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}
