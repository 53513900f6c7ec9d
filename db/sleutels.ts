import { createCipheriv, createDecipheriv, randomBytes, randomInt, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { HERSTELCODE_TEKENS, normaliseerHerstelcode } from '../shared/domain/kluis';

// Envelope encryption: a random 256-bit data key encrypts the database; it is stored only wrapped
// (AES-256-GCM) by keys derived with scrypt from a passphrase (one slot per person) and from the herstelcode.

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

/** About 0.3–0.5 s on an ordinary office PC; stored with each wrap so it can be raised later. */
export const STANDAARD_SCRYPT: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };

/** GCM tag length, pinned: a shorter tag makes forgeries cheaper (NIST SP 800-38D §5.2.1.2). */
export const TAG_LENGTE = 16;

// What a key file may ask of scrypt: a hostile file must not make Koers hang or allocate gigabytes.
// scrypt needs 128·N·r bytes: N = 2^20, r = 8 is 1 GiB and a few seconds per p, the most a file may ask.
export const SCRYPT_N_MIN = 2 ** 14;
export const SCRYPT_N_MAX = 2 ** 20;

const base64 = (bytes: number) =>
  z
    .string()
    .max(200)
    .refine((waarde) => /^[A-Za-z0-9+/]*={0,2}$/.test(waarde) && Buffer.from(waarde, 'base64').length === bytes);

const scryptSchema = z
  .object({
    N: z.number().int().min(SCRYPT_N_MIN).max(SCRYPT_N_MAX).refine((n) => (n & (n - 1)) === 0),
    r: z.number().refine((r): boolean => r === 8),
    p: z.number().int().min(1).max(4),
  })
  .strict();

/** A wrapped key as stored; parsing it enforces the bounds above and the 16-byte tag. */
export const verpakteSleutelSchema = z
  .object({
    kdf: z.literal('scrypt'),
    scrypt: scryptSchema,
    zout: base64(16),
    iv: base64(12),
    tag: base64(TAG_LENGTE),
    sleutel: base64(32),
  })
  .strict();
export type VerpakteSleutel = z.infer<typeof verpakteSleutelSchema>;

/** A data key wrapped directly by another data key (only while the key is being replaced). */
export const kruisSleutelSchema = z.object({ iv: base64(12), tag: base64(TAG_LENGTE), sleutel: base64(32) }).strict();
export type KruisSleutel = z.infer<typeof kruisSleutelSchema>;

export function nieuweDatasleutel(): Buffer {
  return randomBytes(32);
}

/** A random id for a key generation or a slot; not secret. */
export function nieuwId(): string {
  return randomBytes(9).toString('base64url');
}

function afgeleideSleutel(geheim: string, zout: Buffer, scrypt: ScryptParameters): Buffer {
  return scryptSync(geheim.normalize('NFC'), zout, 32, { ...scrypt, maxmem: 256 * scrypt.N * scrypt.r + 1024 * 1024 });
}

function versleutel(sleutel: Buffer, inhoud: Buffer): { iv: string; tag: string; sleutel: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sleutel, iv, { authTagLength: TAG_LENGTE });
  const versleuteld = Buffer.concat([cipher.update(inhoud), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), sleutel: versleuteld.toString('base64') };
}

function ontsleutel(sleutel: Buffer, verpakt: { iv: string; tag: string; sleutel: string }): Buffer | null {
  const tag = Buffer.from(verpakt.tag, 'base64');
  if (tag.length !== TAG_LENGTE) return null;
  const decipher = createDecipheriv('aes-256-gcm', sleutel, Buffer.from(verpakt.iv, 'base64'), { authTagLength: TAG_LENGTE });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(verpakt.sleutel, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function verpak(datasleutel: Buffer, geheim: string, scrypt: ScryptParameters): VerpakteSleutel {
  const zout = randomBytes(16);
  return { kdf: 'scrypt', scrypt, zout: zout.toString('base64'), ...versleutel(afgeleideSleutel(geheim, zout, scrypt), datasleutel) };
}

/**
 * The data key, or null when the secret is wrong (the GCM tag does not verify). Also null for a wrap
 * outside the bounds (callers parse the key file with verpakteSleutelSchema first and say it is damaged).
 */
export function pakUit(verpakt: VerpakteSleutel, geheim: string): Buffer | null {
  if (!verpakteSleutelSchema.safeParse(verpakt).success) return null;
  return ontsleutel(afgeleideSleutel(geheim, Buffer.from(verpakt.zout, 'base64'), verpakt.scrypt), verpakt);
}

export function kruisVerpak(sleutel: Buffer, inhoud: Buffer): KruisSleutel {
  return versleutel(sleutel, inhoud);
}

export function kruisPakUit(sleutel: Buffer, verpakt: KruisSleutel): Buffer | null {
  return ontsleutel(sleutel, verpakt);
}

export function nieuweHerstelcode(): string {
  let code = '';
  for (let i = 0; i < 32; i += 1) code += HERSTELCODE_TEKENS[randomInt(HERSTELCODE_TEKENS.length)];
  return code;
}

export function herstelcodeGeheim(code: string): string {
  return normaliseerHerstelcode(code);
}
