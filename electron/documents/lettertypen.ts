import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Font parsing dominates PDF cost: read each TTF once per process and reuse the bytes.
const cache = new Map<string, Uint8Array>();

export type Lettertype = 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf' | 'DejaVuSansMono.ttf';

export function lettertypeBytes(resourcesPad: string, naam: Lettertype): Uint8Array {
  const pad = join(resourcesPad, 'fonts', naam);
  let bytes = cache.get(pad);
  if (!bytes) {
    bytes = readFileSync(pad);
    cache.set(pad, bytes);
  }
  return bytes;
}
