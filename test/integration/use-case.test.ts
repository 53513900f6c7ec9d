import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kluis } from '../../db/vault';
import { maakUseCases } from '../../electron/handlers/use-case';
import { KoersFout } from '../../shared/fouten';
import { RESOURCES, TEST_SCRYPT, TEST_WACHTWOORD, tijdelijkeFolder } from '../fixtures/omgeving';

// The two shapes every handler is written in: a mutation (transaction + audit line) and a read.

const NU = new Date('2026-04-14T10:00:00Z');

describe('use case wrappers', () => {
  let folder: { pad: string; opruimen: () => void };
  let kluis: Kluis;
  let bewaard: string[];
  let bewaarWerkt: boolean;

  beforeEach(async () => {
    folder = tijdelijkeFolder();
    kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT });
    await kluis.aanmaken(TEST_WACHTWOORD);
    bewaard = [];
    bewaarWerkt = true;
  });
  afterEach(async () => {
    await kluis.vergrendelen();
    folder.opruimen();
  });

  const bouwers = () =>
    maakUseCases({
      kluis,
      resourcesPad: RESOURCES,
      nu: () => NU,
      bewaarBestand: async (naam) => {
        if (bewaarWerkt) bewaard.push(naam);
        return bewaarWerkt;
      },
    });
  const logboek = () => kluis.db.selectFrom('logboek').select(['actie', 'object', 'objectId', 'resultaat', 'tijdstip']).orderBy('id').execute();
  const groepen = () => kluis.db.selectFrom('pvtGroepen').select('naam').execute();

  it('a mutation writes its rows and one audit line in the same transaction, at one moment', async () => {
    const { mutatie } = bouwers();
    const maakGroep = mutatie<{ naam: string; sessies: number }, { id: number }>(
      { actie: 'groep aangemaakt', object: 'pvtGroep', objectId: (_invoer, uit) => uit.id, detail: (invoer) => `${invoer.sessies} sessies` },
      async (invoer, { trx, tijdstip }) => {
        const rij = await trx.insertInto('pvtGroepen').values({ naam: invoer.naam, notitie: null, aangemaakt: tijdstip }).returning('id').executeTakeFirstOrThrow();
        return { id: rij.id };
      },
    );
    const { id } = await maakGroep({ naam: 'Groep A', sessies: 4 });
    expect(await groepen()).toEqual([{ naam: 'Groep A' }]);
    expect(await logboek()).toEqual([{ actie: 'groep aangemaakt: 4 sessies', object: 'pvtGroep', objectId: id, resultaat: 'gelukt', tijdstip: NU.toISOString() }]);
  });

  it('a refused mutation changes nothing, and the refusal itself is logged without input values', async () => {
    const { mutatie } = bouwers();
    const weiger = mutatie({ actie: 'groep aangemaakt', object: 'pvtGroep' }, async (invoer: { naam: string }, { trx, tijdstip }) => {
      await trx.insertInto('pvtGroepen').values({ naam: invoer.naam, notitie: null, aangemaakt: tijdstip }).execute();
      throw new KoersFout('REGEL_GESCHONDEN', 'Deze groep mag niet.');
    });
    await expect(weiger({ naam: 'Geheime naam' })).rejects.toThrow('Deze groep mag niet.');
    expect(await groepen()).toEqual([]);
    const regels = await logboek();
    expect(regels).toEqual([{ actie: 'groep aangemaakt', object: 'pvtGroep', objectId: null, resultaat: 'geweigerd: REGEL_GESCHONDEN', tijdstip: NU.toISOString() }]);
    expect(JSON.stringify(regels)).not.toContain('Geheime naam');
  });

  it('an unexpected error rolls back and logs nothing (it is reported, not audited)', async () => {
    const { mutatie } = bouwers();
    const breek = mutatie({ actie: 'groep aangemaakt', object: 'pvtGroep' }, async (_invoer: object, { trx, tijdstip }) => {
      await trx.insertInto('pvtGroepen').values({ naam: 'X', notitie: null, aangemaakt: tijdstip }).execute();
      throw new Error('kapot');
    });
    await expect(breek({})).rejects.toThrow('kapot');
    expect(await groepen()).toEqual([]);
    expect(await logboek()).toEqual([]);
  });

  it('betreft() names the object of the audit line when only the body knows it', async () => {
    const { mutatie } = bouwers();
    const maak = mutatie({ actie: 'groep aangemaakt', object: 'pvtGroep' }, async (_invoer: object, { trx, tijdstip, betreft }) => {
      betreft((await trx.insertInto('pvtGroepen').values({ naam: 'Y', notitie: null, aangemaakt: tijdstip }).returning('id').executeTakeFirstOrThrow()).id);
      return {};
    });
    await maak({});
    const [regel] = await logboek();
    expect(regel!.objectId).toBe(1);
  });

  it('a read writes nothing', async () => {
    const { lezing } = bouwers();
    const tel = lezing(async (_invoer: object, { trx, vandaag }) => ({ groepen: (await trx.selectFrom('pvtGroepen').selectAll().execute()).length, vandaag }));
    expect(await tel({})).toEqual({ groepen: 0, vandaag: '2026-04-14' });
    expect(await logboek()).toEqual([]);
  });

  it('a file is logged only when the user really saved it', async () => {
    const { bestandOpslaan } = bouwers();
    const sla = bestandOpslaan<{ groepId: number }, { groepId: number; aantal: number }>(
      { actie: 'lijst afgedrukt', object: 'pvtGroep', objectId: (invoer) => invoer.groepId },
      async ({ groepId }, { trx }) => ({ groepId, aantal: (await trx.selectFrom('pvtGroepen').selectAll().execute()).length }),
      async ({ aantal }) => ({ bestandsnaam: `Lijst ${aantal}.pdf`, bytes: new Uint8Array([1, 2, 3]), logdetail: 'tekst 2022-01-01' }),
    );
    expect(await sla({ groepId: 7 })).toEqual({ bestandsnaam: 'Lijst 0.pdf', opgeslagen: true });
    bewaarWerkt = false;
    expect(await sla({ groepId: 8 })).toEqual({ bestandsnaam: 'Lijst 0.pdf', opgeslagen: false });
    expect(bewaard).toEqual(['Lijst 0.pdf']);
    expect(await logboek()).toEqual([{ actie: 'lijst afgedrukt: tekst 2022-01-01', object: 'pvtGroep', objectId: 7, resultaat: 'gelukt', tijdstip: NU.toISOString() }]);
  });

  it('a locked vault is refused before any work, and is not logged', async () => {
    const { mutatie } = bouwers();
    let gedraaid = false;
    const maak = mutatie({ actie: 'x', object: 'pvtGroep' }, async () => {
      gedraaid = true;
      return {};
    });
    await kluis.vergrendelen();
    await expect(maak({})).rejects.toMatchObject({ code: 'KLUIS_VERGRENDELD' });
    expect(gedraaid).toBe(false);
    await kluis.ontgrendelen(TEST_WACHTWOORD);
    expect((await logboek()).filter((regel) => regel.object !== 'kluis')).toEqual([]); // only 'vergrendeld' and 'ontgrendeld'
  });
});
