import { contextBridge, ipcRenderer } from 'electron';
import { GEBEURTENISSEN, IPC_PREFIX, KANALEN, type Gebeurtenis, type KoersApi } from '../shared/contract';

// window.koers: one frozen object with a function per contract channel. No raw ipcRenderer leaves here.
export function maakKoersApi(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): KoersApi {
  const api: Record<string, unknown> = {};
  for (const kanaal of KANALEN) {
    api[kanaal] = (invoer: unknown) => ipc.invoke(`${IPC_PREFIX}${kanaal}`, invoer);
  }
  api.bijGebeurtenis = (naam: Gebeurtenis, luisteraar: () => void) => {
    if (!GEBEURTENISSEN.includes(naam)) throw new Error(`Onbekende gebeurtenis: ${String(naam)}`);
    const doorgeven = (_event: unknown, ontvangen: unknown) => {
      if (ontvangen === naam) luisteraar();
    };
    ipc.on(`${IPC_PREFIX}gebeurtenis`, doorgeven);
    return () => {
      ipc.removeListener(`${IPC_PREFIX}gebeurtenis`, doorgeven);
    };
  };
  return Object.freeze(api) as KoersApi;
}

contextBridge.exposeInMainWorld('koers', maakKoersApi(ipcRenderer));
