import { z } from 'zod';

export const MIN_WACHTWOORD_LENGTE = 12;

export const nieuwWachtwoord = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(MIN_WACHTWOORD_LENGTE, `Kies een wachtwoord van minstens ${MIN_WACHTWOORD_LENGTE} tekens.`)
  .max(256, 'Kies een wachtwoord van hoogstens 256 tekens.');

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

export const kluisStatus = z.object({
  bestaat: z.boolean(),
  ontgrendeld: z.boolean(),
  herstelcodeBevestigd: z.boolean(),
});
export type KluisStatus = z.infer<typeof kluisStatus>;

/** A rough strength hint for the setup screen; the only hard rule is the minimum length. */
export function wachtwoordSterkte(waarde: string): { score: 0 | 1 | 2 | 3; label: string } {
  if (waarde.length < MIN_WACHTWOORD_LENGTE) return { score: 0, label: 'Te kort' };
  const soorten = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((patroon) => patroon.test(waarde)).length;
  const punten = (waarde.length >= 16 ? 1 : 0) + (waarde.length >= 20 ? 1 : 0) + (soorten >= 3 ? 1 : 0);
  if (punten >= 2) return { score: 3, label: 'Sterk' };
  if (punten === 1) return { score: 2, label: 'Redelijk' };
  return { score: 1, label: 'Zwak: maak het langer, bijvoorbeeld een zin van vier woorden' };
}
