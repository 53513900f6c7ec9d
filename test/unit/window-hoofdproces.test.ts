import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_BESTAND } from '../../db/vault';
import { OPSTART_INSTELLINGEN } from '../../electron/datamap';
import { contentSecurityPolicy } from '../../electron/window';
import { IPC_PREFIX } from '../../shared/contract';
import { maakNepElectron, type NepElectron } from '../fixtures/nep-electron';
import { tijdelijkeFolder } from '../fixtures/omgeving';

// The hardening that electron/main.ts wires (issue 11 item 8): the app:// protocol, locking on screen lock and
// suspend, and KOERS_DATA_DIR only from source or when allowed. Against a fresh fake 'electron' per test.

type Handler = (event: unknown, invoer: unknown) => Promise<unknown>;

describe('electron/main.ts hardening', () => {
  let nep: NepElectron;
  let app: ReturnType<typeof tijdelijkeFolder>;
  let userData: ReturnType<typeof tijdelijkeFolder>;
  let omgeving: ReturnType<typeof tijdelijkeFolder>;
  const vorigeDataPad = process.env.KOERS_DATA_DIR;

  beforeEach(() => {
    vi.resetModules();
    app = tijdelijkeFolder();
    userData = tijdelijkeFolder();
    omgeving = tijdelijkeFolder();
    mkdirSync(join(app.pad, 'dist', 'renderer'), { recursive: true });
    writeFileSync(join(app.pad, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Koers</title>');
    writeFileSync(join(app.pad, 'geheim.html'), 'buiten dist/renderer');
    // A (broken) vault in userData and none in the KOERS_DATA_DIR folder: kluisStatus tells which one is used.
    writeFileSync(join(userData.pad, DATABASE_BESTAND), '');
    process.env.KOERS_DATA_DIR = omgeving.pad;
    nep = maakNepElectron({ appPad: app.pad });
    nep.module.app.getPath.mockImplementation(() => userData.pad);
    vi.doMock('electron', () => nep.module);
  });

  afterEach(() => {
    vi.doUnmock('electron');
    if (vorigeDataPad === undefined) delete process.env.KOERS_DATA_DIR;
    else process.env.KOERS_DATA_DIR = vorigeDataPad;
    for (const map of [app, userData, omgeving]) map.opruimen();
  });

  async function start() {
    await import('../../electron/main');
    await vi.waitFor(() => expect(nep.vensters).toHaveLength(1));
    const handlers = new Map(nep.module.ipcMain.handle.mock.calls.map(([kanaal, handler]) => [kanaal, handler as Handler]));
    return { venster: nep.vensters[0]!, handlers };
  }

  const eigenPagina = { senderFrame: { url: 'app://koers/index.html#/' } };

  it('registers app:// as privileged before the app is ready, serves dist/renderer with the CSP, and loads app://koers', async () => {
    const { venster } = await start();
    expect(nep.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(nep.module.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(nep.module.app.whenReady.mock.invocationCallOrder[0]!);
    expect(venster.loadURL).toHaveBeenCalledWith('app://koers/index.html');

    const [schema, handler] = nep.module.protocol.handle.mock.calls[0]!;
    expect(schema).toBe('app');
    const pagina = await handler({ url: 'app://koers/index.html' });
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await pagina.text()).toContain('<title>Koers</title>');
    for (const url of ['app://koers/%2e%2e/geheim.html', 'app://koers/../geheim.html', 'app://koers/..%2fgeheim.html']) {
      const uitbraak = await handler({ url });
      expect([403, 404], url).toContain(uitbraak.status);
      expect(await uitbraak.text(), url).toBe('');
    }
  });

  it('answers only frames of app://koers/index.html', async () => {
    const { handlers } = await start();
    const status = handlers.get(`${IPC_PREFIX}kluisStatus`)!;
    expect(await status(eigenPagina, {})).toMatchObject({ ok: true });
    for (const url of ['file:///app/dist/renderer/index.html', 'app://ander/index.html', 'app://koers/andere.html', 'https://koers/index.html']) {
      expect(await status({ senderFrame: { url } }, {}), url).toMatchObject({ ok: false, fout: { code: 'ONBEKEND_KANAAL' } });
    }
  });

  it('locks on screen lock and on suspend, and tells the window', async () => {
    const { venster } = await start();
    for (const gebeurtenis of ['lock-screen', 'suspend']) {
      venster.webContents.send.mockClear();
      expect(nep.powerLuisteraars.has(gebeurtenis), gebeurtenis).toBe(true);
      nep.powerLuisteraars.get(gebeurtenis)!();
      await vi.waitFor(() => expect(venster.webContents.send).toHaveBeenCalledWith(`${IPC_PREFIX}gebeurtenis`, 'vergrendeld'));
    }
  });

  it('from source it uses KOERS_DATA_DIR', async () => {
    const { handlers } = await start();
    expect(await handlers.get(`${IPC_PREFIX}kluisStatus`)!(eigenPagina, {})).toMatchObject({ ok: true, data: { toestand: 'geen' } });
  });

  it('installed, it ignores KOERS_DATA_DIR and uses userData', async () => {
    nep.module.app.isPackaged = true;
    const resources = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: resolve(app.pad), configurable: true });
    try {
      const { handlers } = await start();
      expect(await handlers.get(`${IPC_PREFIX}kluisStatus`)!(eigenPagina, {})).toMatchObject({ ok: true, data: { toestand: 'onvolledig' } });
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    }
  });

  it('installed, it uses KOERS_DATA_DIR when koers-instellingen.json allows it', async () => {
    nep.module.app.isPackaged = true;
    writeFileSync(join(userData.pad, OPSTART_INSTELLINGEN), JSON.stringify({ dataMapUitOmgeving: true }));
    const resources = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: resolve(app.pad), configurable: true });
    try {
      const { handlers } = await start();
      expect(await handlers.get(`${IPC_PREFIX}kluisStatus`)!(eigenPagina, {})).toMatchObject({ ok: true, data: { toestand: 'geen' } });
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    }
  });
});
