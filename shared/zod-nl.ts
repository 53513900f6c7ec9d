import { z } from 'zod';
import { nl } from 'zod/locales';

// zod's own messages (wrong type, unknown key, too long) in plain Dutch, for both sides of the bridge.
// Every message names the field it is about, also deep in a nested input ("Gegevens, regel 2, bedrag: …").

type Pad = readonly PropertyKey[];

const AFKORTINGEN: Record<string, string> = { bsn: 'BSN', pip: 'PIP', pvt: 'PVT', map: 'MAP', duo: 'DUO', knm: 'KNM', brp: 'BRP', coa: 'COA', iban: 'IBAN', nt2: 'NT2', id: 'nummer' };

/** A field key as words: "datumKennisgevingDuo" → "datum kennisgeving DUO", "inburgeraarId" → "inburgeraar nummer". */
function woorden(sleutel: string): string {
  const delen = sleutel
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((deel) => AFKORTINGEN[deel.toLowerCase()] ?? deel.toLowerCase());
  const tekst = delen.join(' ');
  // A key a caller made up can be anything: keep the message short and plain.
  return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst || 'veld';
}

/** The field a zod issue is about, for people: "Geboortedatum", "Gegevens, regel 3, bedrag"; "Invoer" at the top. */
export function veldNaam(pad: Pad): string {
  if (pad.length === 0) return 'Invoer';
  const delen = pad.map((stap) => (typeof stap === 'number' ? `regel ${stap + 1}` : woorden(String(stap))));
  const tekst = delen.join(', ');
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

const soortNamen: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een groep gegevens',
  date: 'een datum',
  bigint: 'een getal',
  null: 'niets',
  undefined: 'niets',
  nan: 'een getal',
};

type Issue = Parameters<NonNullable<ReturnType<typeof nl>['localeError']>>[0];
const standaard = nl().localeError;

/** A Dutch sentence for one issue, without the field name. */
function zin(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'vul dit in.' : `verwacht ${soortNamen[issue.expected] ?? 'een andere waarde'}.`;
    case 'invalid_value':
      return issue.values.length === 1 ? 'deze waarde is hier niet mogelijk.' : 'kies een van de mogelijkheden.';
    case 'too_big':
      if (issue.origin === 'string') return `hoogstens ${String(issue.maximum)} tekens.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `hoogstens ${String(issue.maximum)} onderdelen.`;
      return issue.inclusive === false ? `kleiner dan ${String(issue.maximum)}.` : `hoogstens ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'vul dit in.' : `minstens ${String(issue.minimum)} tekens.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `minstens ${String(issue.minimum)} onderdelen.`;
      return issue.inclusive === false ? `groter dan ${String(issue.minimum)}.` : `minstens ${String(issue.minimum)}.`;
    case 'unrecognized_keys':
      // The keys came from the caller: they are counted, never repeated.
      return issue.keys.length > 1 ? `${issue.keys.length} gegevens horen hier niet bij; laat ze weg.` : 'een gegeven hoort hier niet bij; laat het weg.';
    case 'invalid_format':
      return 'de vorm klopt niet.';
    case 'not_multiple_of':
      return `gebruik een veelvoud van ${String(issue.divisor)}.`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'deze waarde is hier niet mogelijk.';
    default: {
      const tekst = standaard?.(issue);
      return typeof tekst === 'string' ? tekst : 'deze waarde is hier niet mogelijk.';
    }
  }
}

z.config({ localeError: (issue) => `${veldNaam(issue.path ?? [])}: ${zin(issue)}` });

/**
 * The issues of a refused input as Dutch sentences, unique, at most `max`. zod's own messages name their
 * field through the error map above; the messages a schema writes itself name it in their own words
 * ("Kies de soort notitie.", "Geboortedatum: vul een datum in als 14-04-2026.").
 */
export function veldMeldingen(issues: readonly { message: string }[], max = 8): string[] {
  const uniek = [...new Set(issues.map((issue) => issue.message))];
  return uniek.length > max ? [...uniek.slice(0, max), `En nog ${uniek.length - max} andere meldingen.`] : uniek;
}
