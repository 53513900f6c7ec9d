import { createCipheriv, createDecipheriv, randomBytes, randomInt, scryptSync } from 'node:crypto';
import { HERSTELCODE_TEKENS, normaliseerHerstelcode } from '../shared/domain/kluis';

// Envelope encryption: a random 256-bit data key encrypts the database; it is stored only wrapped
// (AES-256-GCM) by keys derived with scrypt from the passphrase and from the herstelcode.

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

/** About 0.3–0.5 s on an ordinary office PC; stored with each wrap so it can be raised later. */
export const STANDAARD_SCRYPT: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };

export interface VerpakteSleutel {
  kdf: 'scrypt';
  scrypt: ScryptParameters;
  zout: string;
  iv: string;
  tag: string;
  sleutel: string;
}

export function nieuweDatasleutel(): Buffer {
  return randomBytes(32);
}

function afgeleideSleutel(geheim: string, zout: Buffer, scrypt: ScryptParameters): Buffer {
  return scryptSync(geheim.normalize('NFC'), zout, 32, { ...scrypt, maxmem: 256 * scrypt.N * scrypt.r + 1024 * 1024 });
}

export function verpak(datasleutel: Buffer, geheim: string, scrypt: ScryptParameters): VerpakteSleutel {
  const zout = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', afgeleideSleutel(geheim, zout, scrypt), iv);
  const sleutel = Buffer.concat([cipher.update(datasleutel), cipher.final()]);
  return {
    kdf: 'scrypt',
    scrypt,
    zout: zout.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sleutel: sleutel.toString('base64'),
  };
}

/** The data key, or null when the secret is wrong (the GCM tag does not verify). */
export function pakUit(verpakt: VerpakteSleutel, geheim: string): Buffer | null {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    afgeleideSleutel(geheim, Buffer.from(verpakt.zout, 'base64'), verpakt.scrypt),
    Buffer.from(verpakt.iv, 'base64'),
  );
  decipher.setAuthTag(Buffer.from(verpakt.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(verpakt.sleutel, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function nieuweHerstelcode(): string {
  let code = '';
  for (let i = 0; i < 32; i += 1) code += HERSTELCODE_TEKENS[randomInt(HERSTELCODE_TEKENS.length)];
  return code;
}

export function herstelcodeGeheim(code: string): string {
  return normaliseerHerstelcode(code);
}
