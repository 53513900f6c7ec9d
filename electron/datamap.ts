import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where the vault lives. KOERS_DATA_DIR points Koers at another folder (tests, demo, a developer's machine).
// In an installed Koers an environment variable is too easy to plant (a shortcut, a login script) to move
// health data silently, so there it counts only when the regisseur's own settings file allows it.

/** A small settings file in userData, next to the vault; it holds no secrets. */
export const OPSTART_INSTELLINGEN = 'koers-instellingen.json';

export interface OpstartInstellingen {
  /** Allows KOERS_DATA_DIR in an installed Koers. */
  dataMapUitOmgeving: boolean;
}

/** The settings file, or the defaults when it is missing, unreadable or not exactly `true`. */
export function leesOpstartInstellingen(userData: string, lees: (pad: string) => string = (pad) => readFileSync(pad, 'utf8')): OpstartInstellingen {
  try {
    const inhoud = JSON.parse(lees(join(userData, OPSTART_INSTELLINGEN))) as unknown;
    const toegestaan = typeof inhoud === 'object' && inhoud !== null && (inhoud as Record<string, unknown>).dataMapUitOmgeving === true;
    return { dataMapUitOmgeving: toegestaan };
  } catch {
    return { dataMapUitOmgeving: false };
  }
}

/**
 * The vault folder: KOERS_DATA_DIR when Koers runs from source (`!app.isPackaged`) or the settings allow it,
 * else userData. An empty KOERS_DATA_DIR is ignored; a relative one is taken from the working directory.
 */
export function kiesDataMap(opties: { verpakt: boolean; omgeving: string | undefined; userData: string; instellingen: OpstartInstellingen }): string {
  const gevraagd = opties.omgeving?.trim();
  if (!gevraagd) return opties.userData;
  if (!opties.verpakt || opties.instellingen.dataMapUitOmgeving) return resolve(gevraagd);
  return opties.userData;
}
