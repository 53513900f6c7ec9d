import type { Kluis } from '../../db/vault';

export interface HandlerDeps {
  kluis: Kluis;
  /** Folder with fonts/ and templates/. */
  resourcesPad: string;
  /** Electron: a save dialog; the e2e bridge and CLI: a folder. Resolves false when the user cancels. */
  bewaarBestand: (voorgesteldeNaam: string, bytes: Uint8Array) => Promise<boolean>;
  nu?: () => Date;
}
