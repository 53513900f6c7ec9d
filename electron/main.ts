import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, protocol, session, type MenuItemConstructorOptions } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kluis } from '../db/vault';
import { IPC_PREFIX, KANALEN } from '../shared/contract';
import { makeHandlers } from './handlers';
import { kiesDataMap, leesOpstartInstellingen } from './datamap';
import { APP_SCHEMA, APP_SCHEMA_RECHTEN, APP_URL, beantwoord } from './protocol';
import { beveiligInhoud, vensterOpties, weigerToestemmingen } from './window';

// Electron glue only: lifecycle, single instance, window, menu, dialogs and ipcMain wiring.

const ontwikkeling = !app.isPackaged;
let venster: BrowserWindow | null = null;

// app:// must be known as a standard, secure scheme before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEMA_RECHTEN]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!venster) return;
    if (venster.isMinimized()) venster.restore();
    venster.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  // KOERS_DATA_DIR only from source, or when the settings file in userData allows it (issue 11 item 8).
  const userData = app.getPath('userData');
  const dataPad = kiesDataMap({ verpakt: app.isPackaged, omgeving: process.env.KOERS_DATA_DIR, userData, instellingen: leesOpstartInstellingen(userData) });
  const resourcesPad = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  // The renderer is served from app://koers (CSP as a response header, nothing outside dist/renderer).
  const rendererPad = join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEMA, (verzoek) => beantwoord(verzoek.url, rendererPad, (pad) => readFile(pad)));
  const appUrl = APP_URL;
  const kluis = new Kluis(dataPad);

  const handlers = makeHandlers({
    kluis,
    resourcesPad,
    bewaarBestand: async (naam, bytes) => {
      const opties = {
        title: 'Opslaan als PDF',
        defaultPath: join(app.getPath('documents'), naam),
        filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
      };
      const keuze = venster ? await dialog.showSaveDialog(venster, opties) : await dialog.showSaveDialog(opties);
      if (keuze.canceled || !keuze.filePath) return false;
      await writeFile(keuze.filePath, bytes);
      return true;
    },
    // Backups (issue 11 item 3): the folder dialog and the version written into every manifest.
    kiesMap: async (titel) => {
      const opties = { title: titel, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const keuze = venster ? await dialog.showOpenDialog(venster, opties) : await dialog.showOpenDialog(opties);
      return keuze.canceled ? null : (keuze.filePaths[0] ?? null);
    },
    koersVersie: app.getVersion(),
  });

  for (const kanaal of KANALEN) {
    ipcMain.handle(`${IPC_PREFIX}${kanaal}`, (event, invoer: unknown) => {
      // Only our own page may call the handlers.
      if (event.senderFrame?.url.split('#')[0] !== appUrl) return { ok: false, fout: { code: 'ONBEKEND_KANAAL', message: 'Deze opdracht komt niet uit het venster van Koers en is geweigerd. Start Koers opnieuw.' } };
      return handlers[kanaal](invoer);
    });
  }

  weigerToestemmingen(session.defaultSession);
  app.on('web-contents-created', (_event, inhoud) => beveiligInhoud(inhoud, appUrl));

  const vergrendel = async () => {
    await handlers.kluisVergrendelen({});
    venster?.webContents.send(`${IPC_PREFIX}gebeurtenis`, 'vergrendeld');
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu(vergrendel)));
  // Lock with the screen and on suspend, not only on the renderer's idle timer (issue 11 item 8).
  powerMonitor.on('lock-screen', () => void vergrendel());
  powerMonitor.on('suspend', () => void vergrendel());

  venster = new BrowserWindow(vensterOpties(join(__dirname, 'preload.cjs'), ontwikkeling));
  venster.once('ready-to-show', () => venster?.show());
  void venster.loadURL(appUrl);

  app.on('window-all-closed', () => app.quit());
  // Automatic backups (issue 11 item 3): the daily one while the vault is unlocked (checked every 15 minutes; made
  // when the newest is 24 h old), and one on closing, before the vault is locked.
  const dagelijks = setInterval(() => void handlers.backupAutomatisch({ reden: 'dagelijks' }), 15 * 60 * 1000);
  dagelijks.unref();
  let backupBijAfsluitenGedaan = false;
  app.on('before-quit', (gebeurtenis) => {
    if (backupBijAfsluitenGedaan) return;
    gebeurtenis.preventDefault();
    backupBijAfsluitenGedaan = true;
    clearInterval(dagelijks);
    void handlers
      .backupAutomatisch({ reden: 'afsluiten' })
      .finally(() => kluis.vergrendelen())
      .finally(() => app.quit());
  });
}

export function menu(vergrendel: () => Promise<void>): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Nu vergrendelen', accelerator: 'CmdOrCtrl+L', click: () => void vergrendel() },
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        { type: 'separator' },
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Groter', role: 'zoomIn' },
        { label: 'Kleiner', role: 'zoomOut' },
        { label: 'Ware grootte', role: 'resetZoom' },
        ...(ontwikkeling ? [{ label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
}
