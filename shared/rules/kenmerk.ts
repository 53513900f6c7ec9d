// Kenmerk of a beschikking from a configurable pattern, e.g. "INB-{jaar}-{volgnummer}" → "INB-2026-0007".

export const STANDAARD_KENMERKPATROON = 'INB-{jaar}-{volgnummer}';

export function isGeldigKenmerkpatroon(patroon: string): boolean {
  const zonderTekens = patroon.replace(/\{jaar\}|\{volgnummer\}/g, '');
  return patroon.includes('{volgnummer}') && !/[{}]/.test(zonderTekens) && patroon.length <= 40;
}

/** The series the volgnummer counts in: per year when the pattern has {jaar}, else one series. */
export function kenmerkReeks(patroon: string, jaar: string): string {
  return patroon.includes('{jaar}') ? `kenmerk-${jaar}` : 'kenmerk';
}

export function maakKenmerk(patroon: string, jaar: string, volgnummer: number): string {
  return patroon.replaceAll('{jaar}', jaar).replaceAll('{volgnummer}', String(volgnummer).padStart(4, '0'));
}
