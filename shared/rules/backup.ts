import { BACKUP_NAAM_PATROON, type BackupReden } from '../domain/backup';

// Backups (BIO 8.13): names, rolling retention and when the daily one is due. Pure; times are ISO strings.

const TIJDZONE = 'Europe/Amsterdam';

export interface Bewaarbeleid {
  dagen: number;
  weken: number;
  maanden: number;
}

/** BIO 8.13 asks for a retention the organisation chooses; the default: 7 daily, 4 weekly, 12 monthly. */
export const STANDAARD_BEWAARBELEID: Bewaarbeleid = { dagen: 7, weken: 4, maanden: 12 };

/** Only these are pruned automatically; manual, 'voor-herstel' and 'voor-bijwerken' copies stay until the regisseur removes them. */
export const AUTOMATISCHE_REDENEN: readonly BackupReden[] = ['dagelijks', 'afsluiten'];

/** The Dutch wall-clock parts of a moment (a backup's name and its day, week and month). */
function lokaal(tijdstip: string): { datum: string; tijd: string } {
  const delen = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIJDZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(tijdstip))
      .map((deel) => [deel.type, deel.value]),
  ) as Record<string, string>;
  return { datum: `${delen.year}-${delen.month}-${delen.day}`, tijd: `${delen.hour}${delen.minute}${delen.second}` };
}

/** The folder name of a backup: koers-backup-JJJJMMDD-HHMMSS-reden, in Dutch local time. */
export function backupNaam(tijdstip: string, reden: BackupReden): string {
  const { datum, tijd } = lokaal(tijdstip);
  return `koers-backup-${datum.replace(/-/g, '')}-${tijd}-${reden}`;
}

export function isBackupNaam(naam: string): boolean {
  return BACKUP_NAAM_PATROON.test(naam);
}

/** ISO 8601 week of a calendar date: 'JJJJ-Www' (the week belongs to the year of its Thursday). */
export function isoWeek(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const dag = Date.UTC(j, m - 1, d) / 86_400_000;
  const weekdag = (((dag + 3) % 7) + 7) % 7; // 0 = maandag (1970-01-01 was a Thursday)
  const donderdag = dag - weekdag + 3;
  const jaar = new Date(donderdag * 86_400_000).getUTCFullYear();
  const eersteDonderdag = Date.UTC(jaar, 0, 1) / 86_400_000;
  const week = Math.floor((donderdag - eersteDonderdag) / 7) + 1;
  return `${jaar}-W${String(week).padStart(2, '0')}`;
}

/**
 * Rolling retention (grandfather-father-son): the newest backup of each of the last `dagen` days, `weken` ISO weeks
 * and `maanden` months that HAVE a backup (Dutch calendar). Counting periods with a backup, not calendar periods,
 * means a laptop that stayed off for a month never loses its last backups. The newest backup and any from the
 * future (a clock that was wrong) are always kept. Returns the moments to keep, newest first.
 */
export function teBewarenBackups(tijdstippen: readonly string[], nu: Date, beleid: Bewaarbeleid = STANDAARD_BEWAARBELEID): string[] {
  const nuMs = nu.getTime();
  const gesorteerd = [...new Set(tijdstippen)].sort((a, b) => Date.parse(b) - Date.parse(a));
  const bewaren = new Set<string>();
  const verleden = gesorteerd.filter((t) => {
    if (Date.parse(t) > nuMs) {
      bewaren.add(t);
      return false;
    }
    return true;
  });
  if (verleden[0]) bewaren.add(verleden[0]);
  const emmers: [number, (datum: string) => string][] = [
    [beleid.dagen, (datum) => datum],
    [beleid.weken, isoWeek],
    [beleid.maanden, (datum) => datum.slice(0, 7)],
  ];
  for (const [aantal, periode] of emmers) {
    const gezien = new Set<string>();
    for (const t of verleden) {
      if (gezien.size >= aantal) break;
      const sleutel = periode(lokaal(t).datum);
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      bewaren.add(t);
    }
  }
  return gesorteerd.filter((t) => bewaren.has(t));
}

/** The daily backup is due when the vault has none, or the newest is 24 hours old or more (or lies in the future). */
export function dagelijkseBackupNodig(nieuwste: string | null, nu: Date): boolean {
  if (!nieuwste) return true;
  const leeftijd = nu.getTime() - Date.parse(nieuwste);
  return leeftijd >= 24 * 60 * 60 * 1000 || leeftijd < 0;
}

/** 'voor-herstel-20261123-101500' for the vault a restore replaces. */
export function voorHerstelNaam(tijdstip: string): string {
  const { datum, tijd } = lokaal(tijdstip);
  return `voor-herstel-${datum.replace(/-/g, '')}-${tijd}`;
}
