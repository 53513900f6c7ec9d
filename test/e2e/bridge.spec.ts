import { KANALEN } from '../../shared/contract';
import { expect, test } from './bridge';

// The bridge itself: the page gets the preload's window.koers (electron/koers-api.ts), not a look-alike.

test('window.koers in the page has the preload’s shape and reaches the real handlers', async ({ page, koers }) => {
  await page.goto('/index.html');
  const vorm = await page.evaluate(() => {
    const api = (window as unknown as { koers: Record<string, unknown> }).koers;
    return { sleutels: Object.keys(api).sort(), bevroren: Object.isFrozen(api), functies: Object.values(api).every((f) => typeof f === 'function') };
  });
  expect(vorm).toEqual({ sleutels: [...KANALEN, 'bijGebeurtenis'].sort(), bevroren: true, functies: true });

  const status = await page.evaluate(() => (window as unknown as { koers: { kluisStatus: (i: unknown) => Promise<unknown> } }).koers.kluisStatus({}));
  expect(status).toEqual({ ok: true, data: koers.kluis.status() });

  const gebeurtenissen = await page.evaluate(() => {
    const api = (window as unknown as { koers: { bijGebeurtenis: (naam: string, l: () => void) => () => void } }).koers;
    const stuur = (window as unknown as { __koersStuur: (naam: string) => void }).__koersStuur;
    let gehoord = 0;
    const afmelden = api.bijGebeurtenis('vergrendeld', () => void (gehoord += 1));
    stuur('iets anders');
    stuur('vergrendeld');
    afmelden();
    stuur('vergrendeld');
    let geweigerd = '';
    try {
      api.bijGebeurtenis('onbekend', () => undefined);
    } catch (fout) {
      geweigerd = (fout as Error).message;
    }
    return { gehoord, geweigerd };
  });
  expect(gebeurtenissen).toEqual({ gehoord: 1, geweigerd: 'Onbekende gebeurtenis: onbekend' });
});
