import { datumLang } from '../../../shared/format';
import { weekdag } from '../../../shared/rules/datum';

const WEEKDAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

/** "maandag 23 november 2026" */
export function dagLang(iso: string): string {
  return `${WEEKDAGEN[weekdag(iso)]} ${datumLang(iso)}`;
}

/** The dossier's Journaal tab, where its afspraken and notes are. */
export function journaalAdres(inburgeraarId: number): string {
  return `/inburgeraars/${inburgeraarId}?tab=journaal`;
}
