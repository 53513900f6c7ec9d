import { z } from 'zod';
import { MAX_WACHTWOORD_LENGTE, MIN_WACHTWOORD_LENGTE, beoordeelWachtwoord } from '../rules/wachtwoord';
import { tekstProbleem } from './velden';

export { MIN_WACHTWOORD_LENGTE };

/** A passphrase someone chooses now: at least 12 characters and hard to guess (shared/rules/wachtwoord.ts). */
export const nieuwWachtwoord = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(MIN_WACHTWOORD_LENGTE, `Kies een wachtwoord van minstens ${MIN_WACHTWOORD_LENGTE} tekens.`)
  .max(MAX_WACHTWOORD_LENGTE, `Kies een wachtwoord van hoogstens ${MAX_WACHTWOORD_LENGTE} tekens.`)
  .check((ctx) => {
    if (ctx.value.length < MIN_WACHTWOORD_LENGTE || ctx.value.length > MAX_WACHTWOORD_LENGTE) return; // said above
    const { reden } = beoordeelWachtwoord(ctx.value);
    if (reden) ctx.issues.push({ code: 'custom', message: reden, input: ctx.value });
  });

export const wachtwoord = z.string({ error: 'Vul uw wachtwoord in.' }).min(1, 'Vul uw wachtwoord in.').max(256);

// Herstelcode: 32 Crockford base-32 characters (160 bits), shown in groups of four.
export const HERSTELCODE_TEKENS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function normaliseerHerstelcode(invoer: string): string {
  return invoer
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function groepeerHerstelcode(code: string): string {
  return normaliseerHerstelcode(code).match(/.{1,4}/g)?.join('-') ?? '';
}

export const herstelcode = z
  .string({ error: 'Vul de herstelcode in.' })
  .transform(normaliseerHerstelcode)
  .refine(
    (code) => code.length === 32 && [...code].every((teken) => HERSTELCODE_TEKENS.includes(teken)),
    'Een herstelcode heeft 32 tekens (letters en cijfers), zoals op uw afdruk.',
  );

/** The name of a passphrase slot ("Regisseur", "Vervanger: A. Jansen"): not secret, it is the actor in the logboek. */
export const slotNaam = z
  .string({ error: 'Vul een naam in.' })
  .trim()
  .min(1, 'Vul een naam in.')
  .max(60, 'Een naam mag hoogstens 60 tekens hebben.')
  .check((ctx) => {
    const probleem = tekstProbleem(ctx.value, 'regel');
    if (probleem) ctx.issues.push({ code: 'custom', message: `Naam: ${probleem}`, input: ctx.value });
  });

export const slotId = z.string({ error: 'Kies uw naam uit de lijst.' }).regex(/^[A-Za-z0-9_-]{1,40}$/, 'Kies uw naam uit de lijst.');

export const KLUIS_TOESTANDEN = ['geen', 'gereed', 'onvolledig', 'sleutel_ontbreekt'] as const;
export type KluisToestand = (typeof KLUIS_TOESTANDEN)[number];

export const SLOT_SOORTEN = ['wachtwoord', 'herstelcode'] as const;
export const SLOT_SOORT_LABEL: Record<(typeof SLOT_SOORTEN)[number], string> = { wachtwoord: 'Wachtwoord', herstelcode: 'Herstelcode' };

export const kluisStatus = z.object({
  bestaat: z.boolean(),
  ontgrendeld: z.boolean(),
  herstelcodeBevestigd: z.boolean(),
  /** geen: no vault · gereed: vault and key file · onvolledig: creation was interrupted · sleutel_ontbreekt: database without key file. */
  toestand: z.enum(KLUIS_TOESTANDEN),
  /** A Dutch sentence that says what exists and what to do; null when all is well. */
  melding: z.string().nullable(),
  /** The passphrase slots, for "Wie bent u?" before unlocking (names only, never a wrap). */
  gebruikers: z.array(z.object({ id: z.string(), naam: z.string() })),
  /** Who unlocked the vault, when it is open. */
  actor: z.string().nullable(),
});
export type KluisStatus = z.infer<typeof kluisStatus>;

export const kluisSlot = z.object({
  id: z.string(),
  soort: z.enum(SLOT_SOORTEN),
  naam: z.string(),
  aangemaakt: z.string(),
  /** The slot of whoever unlocked the vault now. */
  huidig: z.boolean(),
});
export type KluisSlot = z.infer<typeof kluisSlot>;
