import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { maakKoersApi, type KoersIpc } from '../../electron/koers-api';
import { GEBEURTENISSEN, IPC_PREFIX, KANALEN } from '../../shared/contract';

function nepIpc() {
  return {
    invoke: vi.fn(async (_kanaal: string, _invoer: unknown): Promise<unknown> => ({ ok: true, data: {} })),
    on: vi.fn<KoersIpc['on']>(),
    removeListener: vi.fn<KoersIpc['removeListener']>(),
  };
}

type Api = Record<string, (...args: unknown[]) => unknown>;
const bouw = (ipc: KoersIpc) => maakKoersApi(KANALEN, GEBEURTENISSEN, IPC_PREFIX, ipc) as unknown as Api;

describe('electron/koers-api.ts', () => {
  it('builds one frozen object with exactly one function per channel plus bijGebeurtenis', () => {
    const api = bouw(nepIpc());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...KANALEN, 'bijGebeurtenis'].sort());
    for (const sleutel of Object.keys(api)) expect(typeof api[sleutel], sleutel).toBe('function');
    expect(() => {
      api.kluisStatus = () => undefined;
    }).toThrow(TypeError);
  });

  it('each function invokes its own prefixed channel with the payload and returns the answer', async () => {
    const ipc = nepIpc();
    const api = bouw(ipc);
    for (const kanaal of KANALEN) {
      ipc.invoke.mockResolvedValueOnce({ ok: true, data: kanaal });
      await expect(api[kanaal]!({ id: 3 })).resolves.toEqual({ ok: true, data: kanaal });
      expect(ipc.invoke).toHaveBeenLastCalledWith(`${IPC_PREFIX}${kanaal}`, { id: 3 });
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(KANALEN.length);
  });

  it('passes on only the named event of the contract, and unsubscribes', () => {
    const ipc = nepIpc();
    const api = bouw(ipc);
    const luisteraar = vi.fn();
    const afmelden = api.bijGebeurtenis!('vergrendeld', luisteraar) as () => void;
    expect(ipc.on).toHaveBeenCalledOnce();
    const [kanaal, doorgeven] = ipc.on.mock.calls[0]!;
    expect(kanaal).toBe(`${IPC_PREFIX}gebeurtenis`);
    doorgeven({}, 'iets anders');
    expect(luisteraar).not.toHaveBeenCalled();
    doorgeven({}, 'vergrendeld');
    expect(luisteraar).toHaveBeenCalledOnce();
    afmelden();
    expect(ipc.removeListener).toHaveBeenCalledExactlyOnceWith(`${IPC_PREFIX}gebeurtenis`, doorgeven);
  });

  it('refuses an event that is not in the contract and listens to nothing', () => {
    const ipc = nepIpc();
    const api = bouw(ipc);
    expect(() => api.bijGebeurtenis!('onbekend', vi.fn())).toThrow('Onbekende gebeurtenis: onbekend');
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('is self-contained: its source alone builds the same API in a fresh context (as the e2e bridge injects it)', async () => {
    const ipc = nepIpc();
    const vreemd = runInNewContext(`(${maakKoersApi.toString()})`) as typeof maakKoersApi;
    const api = vreemd([...KANALEN], [...GEBEURTENISSEN], IPC_PREFIX, ipc) as unknown as Api;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...KANALEN, 'bijGebeurtenis'].sort());
    await api.inburgeraarOphalen!({ id: 5 });
    expect(ipc.invoke).toHaveBeenCalledWith(`${IPC_PREFIX}inburgeraarOphalen`, { id: 5 });
    expect(() => api.bijGebeurtenis!('onbekend', vi.fn())).toThrow('Onbekende gebeurtenis');
  });
});
