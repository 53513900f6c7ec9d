import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

// Window settings and guards as data and small functions, so they are unit-tested without Electron.

/** No unsafe-eval, no remote anything. Emotion (MUI) injects <style> tags, hence 'unsafe-inline' for styles only. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function vensterOpties(preloadPad: string, ontwikkeling: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Koers',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPad,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: ontwikkeling,
    },
  };
}

/** Only the app's own page may be shown; every other navigation is refused. */
export function isEigenPagina(url: string, appUrl: string): boolean {
  const zonderHash = (u: string) => u.split('#')[0];
  return zonderHash(url) === zonderHash(appUrl);
}

export function beveiligInhoud(inhoud: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, appUrl: string): void {
  inhoud.setWindowOpenHandler(() => ({ action: 'deny' }));
  inhoud.on('will-navigate', (event, url) => {
    if (!isEigenPagina(url, appUrl)) event.preventDefault();
  });
  inhoud.on('will-redirect', (event, url) => {
    if (!isEigenPagina(url, appUrl)) event.preventDefault();
  });
  inhoud.on('will-attach-webview', (event) => event.preventDefault());
}

/** Koers needs no camera, microphone, notifications or any other permission. */
export function weigerToestemmingen(sessie: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  sessie.setPermissionRequestHandler((_inhoud, _toestemming, antwoord) => antwoord(false));
  sessie.setPermissionCheckHandler(() => false);
}
