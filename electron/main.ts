import { BrowserWindow, Menu, app, dialog, ipcMain, session, type MenuItemConstructorOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kluis } from '../db/vault';
import { IPC_PREFIX, KANALEN } from '../shared/contract';
import { makeHandlers } from './handlers';
import { beveiligInhoud, vensterOpties, weigerToestemmingen } from './window';

// Electron glue only: lifecycle, single instance, window, menu, dialogs and ipcMain wiring.

const ontwikkeling = !app.isPackaged;
let venster: BrowserWindow | null = null;

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
  const dataPad = process.env.KOERS_DATA_DIR ?? app.getPath('userData');
  const resourcesPad = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  const appUrl = pathToFileURL(join(app.getAppPath(), 'dist', 'renderer', 'index.html')).toString();
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

  venster = new BrowserWindow(vensterOpties(join(__dirname, 'preload.cjs'), ontwikkeling));
  venster.once('ready-to-show', () => venster?.show());
  void venster.loadURL(appUrl);

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void kluis.vergrendelen());
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
