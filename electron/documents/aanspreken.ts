import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import { volledigeNaam } from '../../shared/format';

type Persoon = Pick<Inburgeraar, 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geslacht' | 'straat' | 'huisnummer' | 'postcode' | 'woonplaats'>;

function achternaamMetTussenvoegsel(p: Persoon): string {
  return [p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');
}

/** "mevrouw Çelik", "heer Petrović", or the full name when the gender is unknown. */
export function aanspreekvorm(p: Persoon): string {
  if (p.geslacht === 'vrouw') return `mevrouw ${achternaamMetTussenvoegsel(p)}`;
  if (p.geslacht === 'man') return `heer ${achternaamMetTussenvoegsel(p)}`;
  return volledigeNaam(p);
}

/** The address block for the envelope window. */
export function adresregels(p: Persoon): string[] {
  const titel = p.geslacht === 'vrouw' ? 'Mevrouw ' : p.geslacht === 'man' ? 'De heer ' : '';
  return [`${titel}${volledigeNaam(p)}`, `${p.straat} ${p.huisnummer}`, `${p.postcode}  ${p.woonplaats.toUpperCase()}`];
}

export function vulIn(tekst: string, waarden: Record<string, string>): string {
  return tekst.replace(/\{(\w+)\}/g, (geheel, sleutel: string) => waarden[sleutel] ?? geheel);
}
