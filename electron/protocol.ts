import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './window';

// The app:// protocol that serves dist/renderer, as plain data and functions (main.ts only wires them to
// Electron's `protocol`). A custom standard scheme gives the page a real origin (app://koers) instead of
// file://, so the CSP is sent as a response header and no other file on the disk is reachable from the page.

export const APP_SCHEMA = 'app';
export const APP_HOST = 'koers';
export const APP_ORIGIN = `${APP_SCHEMA}://${APP_HOST}`;
/** The one page of Koers; routes live in the hash (#/inburgeraars/3). */
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready: standard (real origin, relative URLs) and secure. */
export const APP_SCHEMA_RECHTEN = {
  scheme: APP_SCHEMA,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, bypassCSP: false, allowServiceWorkers: false, stream: false },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export type Opzoeking = { soort: 'bestand'; pad: string } | { soort: 'weiger'; status: 400 | 403 | 404 };

/**
 * The file under `wortel` (dist/renderer) that an app:// URL asks for, or a refusal: another scheme or host,
 * a path that is not valid percent-encoding, that holds a NUL, a backslash or an encoded slash, or that
 * leaves `wortel` after decoding ("..", "%2e%2e", an absolute or drive path). "/" is index.html.
 */
export function bestandVoorUrl(url: string, wortel: string): Opzoeking {
  let adres: URL;
  try {
    adres = new URL(url);
  } catch {
    return { soort: 'weiger', status: 400 };
  }
  if (adres.protocol !== `${APP_SCHEMA}:` || adres.host !== APP_HOST || adres.username || adres.password) return { soort: 'weiger', status: 403 };
  const ruw = adres.pathname;
  if (/%2f|%5c|%00/i.test(ruw)) return { soort: 'weiger', status: 403 };
  let pad: string;
  try {
    pad = decodeURIComponent(ruw);
  } catch {
    return { soort: 'weiger', status: 400 };
  }
  if (pad.includes('\0') || pad.includes('\\')) return { soort: 'weiger', status: 403 };
  if (pad === '/' || pad === '') pad = '/index.html';
  const basis = resolve(wortel);
  const doel = resolve(basis, `.${pad}`);
  const binnen = relative(basis, doel);
  if (!binnen || binnen.startsWith('..') || isAbsolute(binnen) || binnen.split(sep).includes('..')) return { soort: 'weiger', status: 403 };
  if (!MIME[extname(doel).toLowerCase()]) return { soort: 'weiger', status: 404 };
  return { soort: 'bestand', pad: doel };
}

/** Response headers for a file of the renderer: its type, the CSP, and no sniffing, framing or referrer. */
export function antwoordKoppen(pad: string): Record<string, string> {
  return {
    'Content-Type': MIME[extname(pad).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** The whole answer to one app:// request, with the file reader injected (Electron reads inside the asar). */
export async function beantwoord(url: string, wortel: string, lees: (pad: string) => Promise<Uint8Array>): Promise<Response> {
  const gevonden = bestandVoorUrl(url, wortel);
  if (gevonden.soort === 'weiger') return new Response(null, { status: gevonden.status, headers: { 'Content-Security-Policy': contentSecurityPolicy } });
  try {
    const inhoud = await lees(gevonden.pad);
    return new Response(new Uint8Array(inhoud), { status: 200, headers: antwoordKoppen(gevonden.pad) });
  } catch {
    return new Response(null, { status: 404, headers: { 'Content-Security-Policy': contentSecurityPolicy } });
  }
}
