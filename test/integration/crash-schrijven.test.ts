import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { Kluis } from '../../db/vault';
import { maakRandom } from '../../electron/demo/synthetisch';
import { draaiKind } from '../fixtures/crash';
import { TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// Issue 11 item 9: a child process writes dossiers through the real handlers and is SIGKILLed at random
// moments (also during start-up and unlock). After every kill the vault must open, pass integrity_check and
// foreign_key_check, and hold every dossier whose commit the child had acknowledged.

const KILLS = 100;
const folder = tijdelijkeFolder();
afterAll(() => folder.opruimen());

describe('crash: SIGKILL while writing dossiers', () => {
  it(`loses no acknowledged commit over ${KILLS} kills`, async () => {
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    await kluis.vergrendelen();

    const random = maakRandom(2026);
    const bevestigd = new Set<string>();
    let gedood = 0;
    for (let ronde = 0; ronde < KILLS; ronde += 1) {
      // One kill in five lands while the child starts, opens and unlocks the vault; the rest while it writes.
      const tijdensStart = ronde % 5 === 0;
      const uitkomst = await draaiKind({
        scenario: 'schrijven',
        folder: folder.pad,
        zaad: ronde,
        env: { KOERS_TEST_WACHTWOORD: TEST_WACHTWOORD },
        doodNa: Math.floor(random() * (tijdensStart ? 400 : 250)),
        vanafStart: tijdensStart,
      });
      expect(uitkomst.gedood, uitkomst.stderr).toBe(true);
      gedood += 1;
      for (const regel of uitkomst.regels) if (regel.startsWith('ACK ')) bevestigd.add(regel.split(' ')[1]!);

      const controle = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
      await controle.ontgrendelen(TEST_WACHTWOORD);
      const integriteit = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(controle.db);
      expect(integriteit.rows.map((r) => r.integrity_check)).toEqual(['ok']);
      expect((await sql`PRAGMA foreign_key_check`.execute(controle.db)).rows).toEqual([]);
      const aanwezig = new Set((await controle.db.selectFrom('inburgeraars').select('achternaam').execute()).map((r) => r.achternaam));
      const kwijt = [...bevestigd].filter((merk) => !aanwezig.has(merk));
      expect(kwijt, `na kill ${ronde + 1}`).toEqual([]);
      await controle.vergrendelen();
    }
    expect(gedood).toBe(KILLS);
    // Enough acknowledged writes to mean something: most rounds got some commits in before the kill.
    expect(bevestigd.size).toBeGreaterThan(KILLS);
    console.info(`crash-schrijven: ${gedood} kills, ${bevestigd.size} bevestigde dossiers, alle aanwezig`);
  }, 900_000);
});
