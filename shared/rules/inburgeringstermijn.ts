import type { Pip } from '../domain/pip';
import { plusDagen } from './datum';
import { inburgeringstermijnEinde, inburgeringstermijnStart } from './termijnen';

// Wi 11 lid 2: the inburgeringstermijn starts the day after the dagtekening of the first PIP.
// Wi 11 lid 3: a changed PIP (wijziging) does not move that start.
export function termijnStartVoor(soort: Pip['soort'], dagtekening: string, startVorigePip: string | null): string {
  return soort === 'wijziging' && startVorigePip ? startVorigePip : inburgeringstermijnStart(dagtekening);
}

// Wi 11 lid 1: the end follows from the start alone (three years).
export function termijnEindeVanaf(termijnStart: string): string {
  return inburgeringstermijnEinde(plusDagen(termijnStart, -1));
}
