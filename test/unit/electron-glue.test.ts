import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, KANALEN } from '../../shared/contract';

// main.ts and preload.ts against a mocked 'electron' (the real module would try to download Electron).

const data = mkdtempSync(join(tmpdir(), 'koers-glue-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

const appMap = resolve(import.meta.dirname, '../..');
const appUrl = `file://${appMap}/dist/renderer/index.html`;

const nep = vi.hoisted(() => {
  const appLuisteraars = new Map<string, (...args: unknown[]) => void>();
  const vensters: { opties: Record<string, unknown>; webContents: { send: ReturnType<typeof vi.fn> }; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const state = { slot: true };
  return {
    state,
    appLuisteraars,
    vensters,
    app: {
      requestSingleInstanceLock: vi.fn(() => state.slot),
      quit: vi.fn(),
      on: vi.fn((naam: string, l: (...args: unknown[]) => void) => appLuisteraars.set(naam, l)),
      whenReady: vi.fn(() => Promise.resolve()),
      isPackaged: false,
      getPath: vi.fn(() => '/onbekend'),
      getAppPath: vi.fn(() => ''),
    },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, data: {} })), on: vi.fn(), removeListener: vi.fn() },
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    constructor(readonly opties: Record<string, unknown>) {
      nep.vensters.push(this);
    }
  }
  return {
    app: nep.app,
    ipcMain: nep.ipcMain,
    session: nep.session,
    Menu: nep.Menu,
    dialog: nep.dialog,
    BrowserWindow,
    contextBridge: nep.contextBridge,
    ipcRenderer: nep.ipcRenderer,
  };
});

type Menu = { label: string; submenu: { label?: string; accelerator?: string; click?: () => void }[] }[];
let ipcHandlers: [string, (event: unknown, invoer: unknown) => Promise<unknown>][] = [];
let menu: Menu = [];

describe('electron/main.ts', () => {
  beforeEach(() => {
    process.env.KOERS_DATA_DIR = data;
    nep.app.getAppPath.mockReturnValue(appMap);
  });

  it('takes the single-instance lock, opens one sandboxed window and wires every channel', async () => {
    vi.resetModules();
    nep.state.slot = true;
    await import('../../electron/main');
    await vi.waitFor(() => expect(nep.vensters).toHaveLength(1));

    expect(nep.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(nep.appLuisteraars.has('second-instance')).toBe(true);
    const opties = nep.vensters[0]!.opties as { webPreferences: Record<string, unknown> };
    expect(opties.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
    expect(String(opties.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(nep.vensters[0]!.loadURL).toHaveBeenCalledWith(appUrl);

    ipcHandlers = nep.ipcMain.handle.mock.calls.map((aanroep) => [...aanroep] as (typeof ipcHandlers)[number]);
    menu = nep.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Menu;
    const kanalen = ipcHandlers.map(([naam]) => naam);
    expect(kanalen.sort()).toEqual(KANALEN.map((k) => `${IPC_PREFIX}${k}`).sort());
    expect(nep.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(nep.appLuisteraars.has('web-contents-created')).toBe(true);
  });

  it('answers its own page and refuses any other frame', async () => {
    const [, handler] = ipcHandlers.find(([naam]) => naam === `${IPC_PREFIX}kluisStatus`)!;
    const eigen = await handler({ senderFrame: { url: `${appUrl}#/` } }, {});
    expect(eigen).toEqual({ ok: true, data: { bestaat: false, ontgrendeld: false, herstelcodeBevestigd: false } });
    const vreemd = await handler({ senderFrame: { url: 'https://example.org/' } }, {});
    expect(vreemd).toMatchObject({ ok: false });
  });

  it('has a Dutch menu with "Nu vergrendelen" on Ctrl+L that tells the window', async () => {
    expect(menu.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld']);
    const vergrendel = menu[0]!.submenu.find((item) => item.label === 'Nu vergrendelen')!;
    expect(vergrendel.accelerator).toBe('CmdOrCtrl+L');
    vergrendel.click!();
    await vi.waitFor(() => expect(nep.vensters[0]!.webContents.send).toHaveBeenCalledWith(`${IPC_PREFIX}gebeurtenis`, 'vergrendeld'));
  });

  it('quits when another Koers already runs', async () => {
    vi.resetModules();
    nep.state.slot = false;
    nep.app.quit.mockClear();
    await import('../../electron/main');
    expect(nep.app.quit).toHaveBeenCalled();
  });
});

describe('electron/preload.ts', () => {
  it('exposes one frozen window.koers with a function per contract channel', async () => {
    vi.resetModules();
    await import('../../electron/preload');
    const [naam, api] = nep.contextBridge.exposeInMainWorld.mock.calls.at(-1)! as [string, Record<string, (invoer?: unknown) => unknown>];
    expect(naam).toBe('koers');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...KANALEN, 'bijGebeurtenis'].sort());
    await api.inburgeraarOphalen!({ id: 3 });
    expect(nep.ipcRenderer.invoke).toHaveBeenCalledWith(`${IPC_PREFIX}inburgeraarOphalen`, { id: 3 });
    expect(Object.keys(api)).not.toContain('ipcRenderer');
  });

  it('passes on only the events of the contract', async () => {
    const { maakKoersApi } = await import('../../electron/preload');
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const api = maakKoersApi(ipc as never);
    const luisteraar = vi.fn();
    const afmelden = api.bijGebeurtenis('vergrendeld', luisteraar);
    const doorgeven = ipc.on.mock.calls[0]![1] as (e: unknown, naam: unknown) => void;
    doorgeven(null, 'iets anders');
    expect(luisteraar).not.toHaveBeenCalled();
    doorgeven(null, 'vergrendeld');
    expect(luisteraar).toHaveBeenCalledOnce();
    afmelden();
    expect(ipc.removeListener).toHaveBeenCalledWith(`${IPC_PREFIX}gebeurtenis`, doorgeven);
    expect(() => api.bijGebeurtenis('onbekend' as never, vi.fn())).toThrow();
  });
});
