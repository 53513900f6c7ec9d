import type { InburgeraarRij } from '../../../shared/domain/inburgeraar';
import { volledigeNaam } from '../../../shared/format';

/** Lower case without accents, so "celik" finds "Çelik" and "dorde" finds "Đorđe". */
export function zoekvorm(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

export function pastBijZoekterm(rij: InburgeraarRij, zoekterm: string): boolean {
  const term = zoekvorm(zoekterm.trim());
  if (!term) return true;
  const cijfers = term.replace(/[\s.]/g, '');
  if (/^\d+$/.test(cijfers)) return rij.bsn.includes(cijfers);
  return zoekvorm(volledigeNaam(rij)).includes(term) || zoekvorm(`${rij.achternaam} ${rij.voornamen}`).includes(term);
}
