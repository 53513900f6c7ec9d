import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, KANALEN } from '../../shared/contract';
import { maakNepElectron, type NepElectron } from '../fixtures/nep-electron';
import { tijdelijkeFolder } from '../fixtures/omgeving';

// electron/main.ts against a fresh fake 'electron' per test: every test loads main.ts itself.

const appPad = resolve(import.meta.dirname, '../..');
const appUrl = 'app://koers/index.html';

type Menu = { label: string; submenu: { label?: string; accelerator?: string; click?: () => void }[] }[];

describe('electron/main.ts', () => {
  let nep: NepElectron;
  let data: ReturnType<typeof tijdelijkeFolder>;
  const vorigeDataPad = process.env.KOERS_DATA_DIR;

  beforeEach(() => {
    vi.resetModules();
    data = tijdelijkeFolder();
    process.env.KOERS_DATA_DIR = data.pad;
    nep = maakNepElectron({ appPad: appPad });
    vi.doMock('electron', () => nep.module);
  });

  afterEach(() => {
    vi.doUnmock('electron');
    if (vorigeDataPad === undefined) delete process.env.KOERS_DATA_DIR;
    else process.env.KOERS_DATA_DIR = vorigeDataPad;
    data.opruimen();
  });

  /** Loads main.ts and waits until its window is open. */
  async function start() {
    await import('../../electron/main');
    await vi.waitFor(() => expect(nep.vensters).toHaveLength(1));
    const handlers = new Map(nep.module.ipcMain.handle.mock.calls.map(([kanaal, handler]) => [kanaal, handler]));
    const menu = nep.module.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Menu;
    return { venster: nep.vensters[0]!, handlers, menu };
  }

  it('takes the single-instance lock, opens one sandboxed window and wires every channel', async () => {
    const { venster, handlers } = await start();
    expect(nep.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(nep.appLuisteraars.has('second-instance')).toBe(true);
    const opties = venster.opties as { webPreferences: Record<string, unknown> };
    expect(opties.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
    expect(String(opties.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(venster.loadURL).toHaveBeenCalledWith(appUrl);
    expect([...handlers.keys()].sort()).toEqual(KANALEN.map((k) => `${IPC_PREFIX}${k}`).sort());
    expect(nep.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(nep.appLuisteraars.has('web-contents-created')).toBe(true);
  });

  it('answers its own page and refuses any other frame', async () => {
    const { handlers } = await start();
    const handler = handlers.get(`${IPC_PREFIX}kluisStatus`)!;
    expect(await handler({ senderFrame: { url: `${appUrl}#/` } }, {})).toMatchObject({ ok: true, data: { bestaat: false, ontgrendeld: false, herstelcodeBevestigd: false } });
    expect(await handler({ senderFrame: { url: 'https://example.org/' } }, {})).toMatchObject({ ok: false, fout: { code: 'ONBEKEND_KANAAL' } });
    expect(await handler({}, {})).toMatchObject({ ok: false });
  });

  it('has a Dutch menu with "Nu vergrendelen" on Ctrl+L that tells the window', async () => {
    const { venster, menu } = await start();
    expect(menu.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld']);
    const vergrendel = menu[0]!.submenu.find((item) => item.label === 'Nu vergrendelen')!;
    expect(vergrendel.accelerator).toBe('CmdOrCtrl+L');
    vergrendel.click!();
    await vi.waitFor(() => expect(venster.webContents.send).toHaveBeenCalledWith(`${IPC_PREFIX}gebeurtenis`, 'vergrendeld'));
  });

  it('quits when another Koers already runs, and opens nothing', async () => {
    nep.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/main');
    expect(nep.module.app.quit).toHaveBeenCalled();
    expect(nep.module.app.whenReady).not.toHaveBeenCalled();
    expect(nep.vensters).toHaveLength(0);
    expect(nep.module.ipcMain.handle).not.toHaveBeenCalled();
  });
});
