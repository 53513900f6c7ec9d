import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { Kluis } from '../../db/vault';
import { makeHandlers, type Handlers } from '../../electron/handlers';
import { maakKoersApi } from '../../electron/koers-api';
import { GEBEURTENISSEN, IPC_PREFIX, KANALEN, type Kanaal } from '../../shared/contract';
import { TEST_SCRYPT, TEST_WACHTWOORD } from '../fixtures/omgeving';

// The e2e bridge: the built renderer is served at http://koers.test (no server, no port), and
// window.koers is the preload's API bound to the real makeHandlers(deps) over a real encrypted vault in a temp dir.

const RENDERER = resolve(import.meta.dirname, '../../dist/renderer');
const RESOURCES = resolve(import.meta.dirname, '../../resources');
const SCHERMAFDRUKKEN = resolve(import.meta.dirname, '../../test-results/schermen');
const GEBEURTENIS_KANAAL = `${IPC_PREFIX}gebeurtenis`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface KoersOmgeving {
  folder: string;
  kluis: Kluis;
  handlers: Handlers;
  /** Folder where the bridge's "save dialog" puts documents. */
  documenten: string;
  /** Creates, confirms and locks a vault before the page loads (for tests that start at the lock screen). */
  maakKluis: () => Promise<void>;
  /** Simulates the Electron menu item "Nu vergrendelen". */
  menuVergrendelen: () => Promise<void>;
}

/**
 * The day the e2e dossiers live in: the handlers and the page share one fixed moment, so dates typed in
 * a spec stay plausible whenever it runs (a PIP deadline or "no backdating" never depends on the real date).
 * A spec that drives the page's timers itself (the idle lock) sets `klok` to null.
 */
export const E2E_NU = '2026-11-23T10:00:00+01:00';

export const test = base.extend<{ koers: KoersOmgeving; klok: string | null }>({
  klok: [E2E_NU, { option: true }],
  koers: async ({ page, klok }, use) => {
    if (klok) await page.clock.setFixedTime(new Date(klok));
    const folder = mkdtempSync(join(tmpdir(), 'koers-e2e-'));
    const documenten = join(folder, 'documenten');
    mkdirSync(documenten);
    const kluis = new Kluis(join(folder, 'kluis'), { scrypt: TEST_SCRYPT });
    const handlers = makeHandlers({
      kluis,
      resourcesPad: RESOURCES,
      ...(klok ? { nu: () => new Date(klok) } : {}),
      bewaarBestand: async (naam, bytes) => {
        writeFileSync(join(documenten, naam), bytes);
        return true;
      },
    });

    await page.route('http://koers.test/**', async (route) => {
      const pad = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
      const bestand = resolve(RENDERER, pad);
      if (!bestand.startsWith(RENDERER)) return route.fulfill({ status: 403 });
      try {
        await route.fulfill({ body: readFileSync(bestand), contentType: MIME[extname(bestand)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    // Anything else would be a request to the network: Koers makes none.
    await page.route(/^(?!http:\/\/koers\.test\/).*/, (route) => route.abort());

    // window.koers comes from the preload's own function (electron/koers-api.ts), injected as source;
    // only the ipc object under it differs: invoke goes to the real handlers through a binding, and
    // 'koers:gebeurtenis' listeners are called by menuVergrendelen, like webContents.send in main.ts.
    await page.exposeBinding('__koersInvoke', async (_bron, ipcKanaal: string, invoer: unknown) => {
      const kanaal = ipcKanaal.slice(IPC_PREFIX.length) as Kanaal;
      if (!ipcKanaal.startsWith(IPC_PREFIX) || !KANALEN.includes(kanaal)) throw new Error(`No handler registered for '${ipcKanaal}'`);
      return handlers[kanaal](invoer);
    });
    await page.addInitScript({
      content: `(() => {
        const gebeurtenisKanaal = ${JSON.stringify(GEBEURTENIS_KANAAL)};
        const luisteraars = new Set();
        const ipc = {
          invoke: (kanaal, invoer) => window.__koersInvoke(kanaal, invoer),
          on: (kanaal, luisteraar) => { if (kanaal === gebeurtenisKanaal) luisteraars.add(luisteraar); },
          removeListener: (kanaal, luisteraar) => { if (kanaal === gebeurtenisKanaal) luisteraars.delete(luisteraar); },
        };
        window.__koersStuur = (...args) => luisteraars.forEach((l) => l({}, ...args));
        const maakKoersApi = ${maakKoersApi.toString()};
        window.koers = maakKoersApi(${JSON.stringify(KANALEN)}, ${JSON.stringify(GEBEURTENISSEN)}, ${JSON.stringify(IPC_PREFIX)}, ipc);
      })();`,
    });

    await use({
      folder,
      kluis,
      handlers,
      documenten,
      maakKluis: async () => {
        const herstelcode = await kluis.aanmaken(TEST_WACHTWOORD);
        kluis.bevestigHerstelcode(herstelcode);
        await kluis.vergrendelen();
      },
      menuVergrendelen: async () => {
        await handlers.kluisVergrendelen({});
        await page.evaluate((naam) => (window as unknown as { __koersStuur: (naam: string) => void }).__koersStuur(naam), 'vergrendeld');
      },
    });

    await kluis.vergrendelen();
    rmSync(folder, { recursive: true, force: true });
  },
});

export { expect };

/** axe (WCAG 2.1 A/AA): no serious or critical violations; then a screenshot for a person to look at. */
export async function controleerScherm(page: Page, naam: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A menu or dialog that is still fading in or out has half-transparent text; axe would measure that contrast.
  // Endless animations (the pulsating focus ripple of a keyboard-focused button) never finish: not those.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const ernstig = resultaat.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(ernstig.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe op ${naam}`).toEqual([]);
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCHERMAFDRUKKEN, `${naam}.png`), fullPage: true, animations: 'disabled' });
}

/** Types a date into an MUI X date field (sections dd-mm-jjjj). */
export async function vulDatum(page: Page, label: string, ddmmjjjj: string): Promise<void> {
  await page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton', { name: 'Dag' }).click();
  await page.keyboard.type(ddmmjjjj.replace(/\D/g, ''));
}
