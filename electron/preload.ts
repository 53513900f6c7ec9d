import { contextBridge, ipcRenderer } from 'electron';
import { GEBEURTENISSEN, IPC_PREFIX, KANALEN } from '../shared/contract';
import { maakKoersApi } from './koers-api';

// window.koers, built by the same function the e2e bridge injects into its page.
contextBridge.exposeInMainWorld('koers', maakKoersApi(KANALEN, GEBEURTENISSEN, IPC_PREFIX, ipcRenderer));
