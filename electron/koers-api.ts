import type { KoersApi } from '../shared/contract';

// Builds window.koers: one frozen object with a function per channel. No raw IPC object leaves here.
// Self-contained on purpose (it uses only its parameters and JS built-ins): the preload calls it with
// ipcRenderer, and the e2e bridge injects its source (Function.prototype.toString) into the page.

type Doorgeven = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer that window.koers uses. */
export interface KoersIpc {
  invoke: (kanaal: string, invoer: unknown) => Promise<unknown>;
  on: (kanaal: string, luisteraar: Doorgeven) => unknown;
  removeListener: (kanaal: string, luisteraar: Doorgeven) => unknown;
}

export function maakKoersApi(kanalen: readonly string[], gebeurtenissen: readonly string[], prefix: string, ipc: KoersIpc): KoersApi {
  const api: Record<string, unknown> = {};
  for (const kanaal of kanalen) {
    api[kanaal] = (invoer: unknown) => ipc.invoke(prefix + kanaal, invoer);
  }
  api.bijGebeurtenis = (naam: string, luisteraar: () => void) => {
    if (!gebeurtenissen.includes(naam)) throw new Error('Onbekende gebeurtenis: ' + String(naam));
    const doorgeven: Doorgeven = (_event, ontvangen) => {
      if (ontvangen === naam) luisteraar();
    };
    ipc.on(prefix + 'gebeurtenis', doorgeven);
    return () => {
      ipc.removeListener(prefix + 'gebeurtenis', doorgeven);
    };
  };
  return Object.freeze(api) as unknown as KoersApi;
}
