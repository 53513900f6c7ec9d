import type { InburgeraarRij } from '../../../shared/domain/inburgeraar';
import { volledigeNaam } from '../../../shared/format';
import { zoekvorm } from '../../../shared/zoeken';

export { zoekvorm };

export function pastBijZoekterm(rij: InburgeraarRij, zoekterm: string): boolean {
  const term = zoekvorm(zoekterm.trim());
  if (!term) return true;
  const cijfers = term.replace(/[\s.]/g, '');
  if (/^\d+$/.test(cijfers)) return rij.bsn.includes(cijfers);
  return zoekvorm(volledigeNaam(rij)).includes(term) || zoekvorm(`${rij.achternaam} ${rij.voornamen}`).includes(term);
}
