import { describe, expect, it, vi } from 'vitest';
import { beveiligInhoud, contentSecurityPolicy, isEigenPagina, vensterOpties, weigerToestemmingen } from '../../electron/window';

describe('electron/window', () => {
  it('sandboxes the renderer: context isolation, sandbox, no node integration, no webview', () => {
    const opties = vensterOpties('/app/preload.cjs', false);
    expect(opties.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(vensterOpties('/p', true).webPreferences?.devTools).toBe(true);
  });

  it('has a CSP without unsafe-eval and without remote sources', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
  });

  it('recognises only its own page', () => {
    const app = 'file:///C:/Program%20Files/Koers/resources/app.asar/dist/renderer/index.html';
    expect(isEigenPagina(`${app}#/inburgeraars/3`, app)).toBe(true);
    expect(isEigenPagina('https://example.org/', app)).toBe(false);
    expect(isEigenPagina('file:///C:/Windows/system32/', app)).toBe(false);
  });

  it('denies window.open and foreign navigation', () => {
    const luisteraars = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
    const inhoud = {
      on: vi.fn((naam: string, l: (event: { preventDefault: () => void }, url: string) => void) => luisteraars.set(naam, l)),
      setWindowOpenHandler: vi.fn(),
    };
    const app = 'file:///app/dist/renderer/index.html';
    beveiligInhoud(inhoud as never, app);
    const openHandler = inhoud.setWindowOpenHandler.mock.calls[0]![0] as () => { action: string };
    expect(openHandler()).toEqual({ action: 'deny' });

    for (const gebeurtenis of ['will-navigate', 'will-redirect']) {
      const weg = { preventDefault: vi.fn() };
      luisteraars.get(gebeurtenis)!(weg, 'https://example.org/');
      expect(weg.preventDefault, gebeurtenis).toHaveBeenCalled();
      const thuis = { preventDefault: vi.fn() };
      luisteraars.get(gebeurtenis)!(thuis, `${app}#/instellingen`);
      expect(thuis.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    luisteraars.get('will-attach-webview')!(webview, '');
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const sessie = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    weigerToestemmingen(sessie as never);
    const antwoord = vi.fn();
    (sessie.setPermissionRequestHandler.mock.calls[0]![0] as (a: unknown, b: string, c: (ok: boolean) => void) => void)(null, 'media', antwoord);
    expect(antwoord).toHaveBeenCalledWith(false);
    expect((sessie.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
  });
});
