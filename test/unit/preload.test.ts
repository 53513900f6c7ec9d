import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as KoersApiModule from '../../electron/koers-api';
import { GEBEURTENISSEN, IPC_PREFIX, KANALEN } from '../../shared/contract';
import { maakNepElectron, type NepElectron } from '../fixtures/nep-electron';

// electron/preload.ts against a fresh fake 'electron' per test. What window.koers does is tested
// in koers-api.test.ts; here: the preload builds it with ipcRenderer and exposes only that.

describe('electron/preload.ts', () => {
  let nep: NepElectron;
  let maakKoersApi: ReturnType<typeof vi.fn<typeof KoersApiModule.maakKoersApi>>;

  beforeEach(() => {
    vi.resetModules();
    nep = maakNepElectron();
    vi.doMock('electron', () => nep.module);
    vi.doMock('../../electron/koers-api', async (echt: () => Promise<typeof KoersApiModule>) => {
      maakKoersApi = vi.fn((await echt()).maakKoersApi);
      return { maakKoersApi };
    });
  });

  afterEach(() => {
    vi.doUnmock('electron');
    vi.doUnmock('../../electron/koers-api');
  });

  it('exposes window.koers, built by maakKoersApi from the contract with ipcRenderer', async () => {
    await import('../../electron/preload');
    expect(maakKoersApi).toHaveBeenCalledExactlyOnceWith(KANALEN, GEBEURTENISSEN, IPC_PREFIX, nep.module.ipcRenderer);
    expect(nep.module.contextBridge.exposeInMainWorld).toHaveBeenCalledExactlyOnceWith('koers', maakKoersApi.mock.results[0]!.value);
  });

  it('the exposed object reaches the main process through ipcRenderer.invoke only', async () => {
    await import('../../electron/preload');
    const [, api] = nep.module.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, (invoer?: unknown) => unknown>];
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...KANALEN, 'bijGebeurtenis'].sort());
    await api.inburgeraarOphalen!({ id: 3 });
    expect(nep.module.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(`${IPC_PREFIX}inburgeraarOphalen`, { id: 3 });
  });
});
