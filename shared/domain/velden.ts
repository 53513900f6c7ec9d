import { z } from 'zod';
import { isIsoDatum, vandaagInNederland } from '../rules/datum';

// Reusable field schemas with Dutch messages that name the field. Optional text turns "" into null, and
// parsing the output again gives the same value, so the renderer and the handler can both parse.

/** Dates Koers accepts: real calendar dates in this range (no dossier, letter or term reaches outside it). */
export const EERSTE_DATUM = '1900-01-01';
export const LAATSTE_DATUM = '2199-12-31';

/**
 * Characters no text in Koers may hold: C0 controls (except tab and newline in notes), DEL and C1 controls,
 * the Arabic letter mark, LRM/RLM, the bidi embeddings and overrides (U+202A–U+202E), the bidi isolates
 * (U+2066–U+2069), the line and paragraph separators and the byte order mark. They are invisible, and
 * reorder or hide what a letter, a list or the logboek shows ("Trojan Source"). ZWJ/ZWNJ stay allowed:
 * names in Arabic, Persian or Indic scripts need them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const VERBODEN_TEKEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const REGELEINDE_OF_TAB = /[\t\n]/;
/** Half of a surrogate pair without its other half: not a character at all. */
const LOS_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** 'regel': a name or any other single-line text. 'notitie': multi-line text, where only newline and tab are allowed. */
export type TekstSoort = 'regel' | 'notitie';

/** Why `tekst` is refused for a field of this kind, as the end of a sentence that starts with the label, or null. */
export function tekstProbleem(tekst: string, soort: TekstSoort): string | null {
  const verboden = VERBODEN_TEKEN.exec(tekst);
  if (verboden) {
    const code = verboden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `haal het onzichtbare stuurteken (U+${code}) uit de tekst; plak de tekst eventueel eerst in Kladblok.`;
  }
  if (LOS_SURROGAAT.test(tekst)) return 'de tekst bevat een onleesbaar teken; typ de tekst opnieuw.';
  if (soort === 'regel' && REGELEINDE_OF_TAB.test(tekst)) return 'gebruik één regel, zonder Enter of tab.';
  return null;
}

// Longer texts are notes (gronden, motivering, verslag) that may span lines; up to 200 characters, one line.
const soortVoor = (max: number, soort?: TekstSoort): TekstSoort => soort ?? (max > 200 ? 'notitie' : 'regel');

export const verplichteTekst = (label: string, max = 200, soort?: TekstSoort) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, `${label} is verplicht.`)
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`)
    .check((ctx) => {
      const probleem = tekstProbleem(ctx.value, soortVoor(max, soort));
      if (probleem) ctx.issues.push({ code: 'custom', message: `${label}: ${probleem}`, input: ctx.value });
    });

export const optioneleTekst = (label: string, max = 200, soort?: TekstSoort) =>
  z
    .string({ error: `${label}: vul tekst in of laat het veld leeg.` })
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`)
    .check((ctx) => {
      const probleem = tekstProbleem(ctx.value, soortVoor(max, soort));
      if (probleem) ctx.issues.push({ code: 'custom', message: `${label}: ${probleem}`, input: ctx.value });
    })
    .nullish()
    .transform((waarde) => (waarde ? waarde : null));

/** Why `datum` is no acceptable date, as the end of a sentence that starts with the label, or null. */
export function datumProbleem(datum: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return 'vul een datum in als 14-04-2026.';
  if (datum < EERSTE_DATUM || datum > LAATSTE_DATUM) return 'kies een datum tussen 1 januari 1900 en 31 december 2199.';
  if (!isIsoDatum(datum)) return 'vul een datum in als 14-04-2026.';
  return null;
}

const datumCheck = (label: string) => (ctx: { value: string | null | undefined; issues: unknown[] }) => {
  // Empty is "verplicht" (isoDatum) or null (optioneleDatum), never also a wrong date.
  if (!ctx.value) return;
  const probleem = datumProbleem(ctx.value);
  if (probleem) ctx.issues.push({ code: 'custom', message: `${label}: ${probleem}`, input: ctx.value });
};

export const isoDatum = (label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .min(1, `${label} is verplicht.`)
    .check(datumCheck(label));

export const optioneleDatum = (label: string) =>
  z
    .string({ error: `${label}: vul een datum in als 14-04-2026, of laat het veld leeg.` })
    .nullish()
    .transform((waarde) => (waarde ? waarde : null))
    .check(datumCheck(label));

/** A date that cannot lie in the future (a birth date): today counts by the Dutch calendar. */
export const verledenDatum = (label: string, vandaag: () => string = () => vandaagInNederland()) =>
  isoDatum(label).refine((waarde) => !isIsoDatum(waarde) || waarde <= vandaag(), `${label}: die datum ligt in de toekomst.`);

/** A row number; zod-nl names the field in its message ("Inburgeraar nummer: verwacht een getal."). */
export const id = z.number().int().positive();
