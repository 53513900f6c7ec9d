import type { Kluis } from '../../db/vault';

export interface HandlerDeps {
  kluis: Kluis;
  /** Folder with fonts/ and templates/. */
  resourcesPad: string;
  /** Electron: a save dialog; the e2e bridge and CLI: a folder. Resolves false when the user cancels. */
  bewaarBestand: (voorgesteldeNaam: string, bytes: Uint8Array) => Promise<boolean>;
  nu?: () => Date;
  /** Electron: a folder dialog (backups); resolves null when the user cancels. Absent in the CLI. */
  kiesMap?: (titel: string) => Promise<string | null>;
  /** The Koers version for backup manifests (Electron: app.getVersion(); the CLI reads package.json). */
  koersVersie?: string;
}
