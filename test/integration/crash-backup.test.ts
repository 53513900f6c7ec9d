import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_MAP, backupMappen, controleerBackupMap } from '../../db/backup';
import { Kluis } from '../../db/vault';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { makeHandlers } from '../../electron/handlers';
import { draaiKind } from '../fixtures/crash';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, data, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 items 3 and 9: SIGKILL while backups are being made. Every backup the child acknowledged is listed
// and verifies (manifest hashes, key, integrity_check); a half-written one is never listed as a backup; the
// vault itself still opens.

const KILLS = 40;
const folder = tijdelijkeFolder();
afterAll(() => folder.opruimen());

describe('crash: SIGKILL while making backups', () => {
  it(`${KILLS} kills: every acknowledged backup verifies, no half backup is listed`, async () => {
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: async () => false }, () => undefined);
    data(await handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    // A vault of some size, so VACUUM INTO takes long enough to be interrupted.
    const random = maakRandom(5);
    for (let i = 0; i < 150; i += 1) data(await handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-11-23', i)));
    await kluis.vergrendelen();

    const bewegen = maakRandom(6);
    const bevestigd = new Set<string>();
    let gedood = 0;
    for (let ronde = 0; ronde < KILLS; ronde += 1) {
      const uitkomst = await draaiKind({
        scenario: 'backups',
        folder: folder.pad,
        zaad: ronde,
        // Each child's clock starts an hour after the previous one's, so backup names never collide.
        env: { KOERS_TEST_WACHTWOORD: TEST_WACHTWOORD, KOERS_TEST_KLOK: String(Date.UTC(2026, 10, 23, 9) + ronde * 3_600_000) },
        doodNa: Math.floor(bewegen() * 400),
      });
      expect(uitkomst.gedood, uitkomst.stderr).toBe(true);
      gedood += 1;
      for (const regel of uitkomst.regels) if (regel.startsWith('ACK ')) bevestigd.add(regel.slice(4));
    }
    const map = join(folder.pad, BACKUP_MAP);
    const gelijst = backupMappen(map);
    for (const naam of bevestigd) expect(gelijst, naam).toContain(naam);
    // Every listed backup — acknowledged or finished just before the kill — verifies completely.
    for (const naam of gelijst) {
      const controle = controleerBackupMap(join(map, naam), { wachtwoord: TEST_WACHTWOORD });
      expect(controle.status, `${naam}: ${controle.melding}`).toBe('in_orde');
    }
    // Leftovers of interrupted backups are temporary folders, never listed, and the vault opens.
    const rest = readdirSync(map).filter((naam) => !gelijst.includes(naam));
    expect(rest.every((naam) => naam.startsWith('.'))).toBe(true);
    const controle = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await controle.ontgrendelen(TEST_WACHTWOORD);
    expect(existsSync(join(folder.pad, 'koers.db'))).toBe(true);
    await controle.vergrendelen();
    expect(bevestigd.size).toBeGreaterThan(KILLS / 2);
    console.info(`crash-backup: ${gedood} kills, ${bevestigd.size} bevestigde backups, ${gelijst.length} in de lijst, alle in orde; ${rest.length} onderbroken tijdelijke mappen niet als backup gezien`);
  }, 900_000);
});
