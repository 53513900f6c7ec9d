import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_SCHEMA_RECHTEN, APP_URL, antwoordKoppen, beantwoord, bestandVoorUrl } from '../../electron/protocol';
import { contentSecurityPolicy, isEigenPagina } from '../../electron/window';
import { tijdelijkeFolder } from '../fixtures/omgeving';

// electron/protocol.ts: app://koers serves dist/renderer and nothing else, with the CSP as a header.

const WORTEL = resolve('/app/dist/renderer');

describe('app:// protocol', () => {
  it('is a standard, secure scheme with a real origin, and the page is app://koers/index.html', () => {
    expect(APP_SCHEMA_RECHTEN).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, bypassCSP: false } });
    expect(APP_URL).toBe('app://koers/index.html');
    expect(new URL(APP_URL).origin === 'null' || APP_URL.startsWith(APP_ORIGIN)).toBe(true);
    expect(isEigenPagina(`${APP_URL}#/inburgeraars/3`, APP_URL)).toBe(true);
    expect(isEigenPagina('app://koers/andere.html', APP_URL)).toBe(false);
    expect(isEigenPagina('app://ander/index.html', APP_URL)).toBe(false);
  });

  it('maps URLs to files under dist/renderer; "/" is index.html', () => {
    expect(bestandVoorUrl('app://koers/', WORTEL)).toEqual({ soort: 'bestand', pad: join(WORTEL, 'index.html') });
    expect(bestandVoorUrl('app://koers/index.html#/inburgeraars/3', WORTEL)).toEqual({ soort: 'bestand', pad: join(WORTEL, 'index.html') });
    expect(bestandVoorUrl('app://koers/assets/index-abc123.js', WORTEL)).toEqual({ soort: 'bestand', pad: join(WORTEL, 'assets', 'index-abc123.js') });
    expect(bestandVoorUrl('app://koers/assets/lettertype%20nl.woff2', WORTEL)).toEqual({ soort: 'bestand', pad: join(WORTEL, 'assets', 'lettertype nl.woff2') });
  });

  it('refuses path traversal in every spelling, other hosts and schemes, and odd encodings', () => {
    const geweigerd = [
      'app://koers/../../etc/passwd',
      'app://koers/%2e%2e/%2e%2e/etc/passwd',
      'app://koers/assets/%2e%2e%2f%2e%2e%2fkoers.db',
      'app://koers/assets/..%2f..%2fkoers.db',
      'app://koers/..%5c..%5ckoers.db',
      'app://koers/assets%5c..%5c..%5ckoers.db',
      'app://koers/%00index.html',
      'app://koers/%E0%A4%A',
      'app://ander/index.html',
      'app://gebruiker:geheim@koers/index.html',
      'file:///etc/passwd',
      'https://koers/index.html',
      'niet een url',
    ];
    for (const url of geweigerd) {
      const uitkomst = bestandVoorUrl(url, WORTEL);
      expect(uitkomst.soort, url).toBe('weiger');
    }
    // Whatever URL parsing makes of "..", the file stays under the root or is refused.
    for (const url of ['app://koers/a/../../../../koers.db', 'app://koers/./assets/../index.html']) {
      const uitkomst = bestandVoorUrl(url, WORTEL);
      if (uitkomst.soort === 'bestand') expect(uitkomst.pad.startsWith(WORTEL + '/') || uitkomst.pad.startsWith(WORTEL + '\\')).toBe(true);
    }
    // Only known web file types: no database, key file or anything without an extension.
    expect(bestandVoorUrl('app://koers/koers.db', WORTEL)).toEqual({ soort: 'weiger', status: 404 });
    expect(bestandVoorUrl('app://koers/koers.sleutel', WORTEL)).toEqual({ soort: 'weiger', status: 404 });
  });

  it('sends the CSP, the type and no-sniff with every file', () => {
    const koppen = antwoordKoppen('/app/dist/renderer/index.html');
    expect(koppen['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(koppen['Content-Type']).toBe('text/html; charset=utf-8');
    expect(koppen['X-Content-Type-Options']).toBe('nosniff');
    expect(antwoordKoppen('/x/a.js')['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers real files from a folder, 404 for a missing one, 403 for a way out', async () => {
    const map = tijdelijkeFolder();
    try {
      const wortel = join(map.pad, 'renderer');
      mkdirSync(join(wortel, 'assets'), { recursive: true });
      writeFileSync(join(wortel, 'index.html'), '<!doctype html><title>Koers</title>');
      writeFileSync(join(wortel, 'assets', 'app.js'), 'console.log(1)');
      writeFileSync(join(map.pad, 'geheim.html'), 'buiten de wortel');
      const lees = (pad: string) => readFile(pad);

      const pagina = await beantwoord('app://koers/', wortel, lees);
      expect(pagina.status).toBe(200);
      expect(pagina.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await pagina.text()).toContain('<title>Koers</title>');
      expect((await beantwoord('app://koers/assets/app.js', wortel, lees)).headers.get('content-type')).toMatch(/javascript/);
      expect((await beantwoord('app://koers/assets/weg.js', wortel, lees)).status).toBe(404);
      // URL parsing already folds "%2e%2e" into ".." and drops it at the root: never the file outside.
      for (const url of ['app://koers/%2e%2e/geheim.html', 'app://koers/../geheim.html', 'app://koers/assets/..%2f..%2fgeheim.html', 'app://koers/..%5cgeheim.html']) {
        const uitbraak = await beantwoord(url, wortel, lees);
        expect([403, 404], url).toContain(uitbraak.status);
        expect(await uitbraak.text(), url).toBe('');
      }
      expect((await beantwoord('app://koers/assets/..%2f..%2fgeheim.html', wortel, lees)).status).toBe(403);
    } finally {
      map.opruimen();
    }
  });
});
