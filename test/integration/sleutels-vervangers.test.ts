import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kluis, wachttijdNaMislukking } from '../../db/vault';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_SCRYPT, TEST_WACHTWOORD, data, testOmgeving, tijdelijkeFolder, type TestOmgeving } from '../fixtures/omgeving';

// Issue 11 items 5 and 8: vervangers with their own passphrase slot, the slot name as actor in the logboek,
// every key event logged without a secret, and unlock attempts that slow down.

const NU = new Date('2026-11-23T10:00:00+01:00');
const VERVANGER = 'Vervanger: A. Jansen';
const VERVANGER_WACHTWOORD = 'appel fiets lantaarn zeven';

describe('vervangers and the logboek of key events', () => {
  let omgeving: TestOmgeving;
  let herstelcode: string;
  beforeEach(async () => {
    omgeving = testOmgeving({ nu: () => NU });
    ({ herstelcode } = data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD })));
    data(await omgeving.handlers.kluisHerstelcodeBevestigen({ herstelcode }));
  });
  afterEach(async () => omgeving.opruimen());

  const kluisregels = () =>
    omgeving.kluis.db.selectFrom('logboek').select(['actie', 'actor', 'resultaat', 'tijdstip', 'objectId']).where('object', '=', 'kluis').orderBy('id').execute();

  it('adds a vervanger who unlocks with their own passphrase via "Wie bent u?", and acts under their own name', async () => {
    const { id } = data(await omgeving.handlers.kluisVervangerToevoegen({ naam: VERVANGER, wachtwoord: VERVANGER_WACHTWOORD }));
    const { sloten } = data(await omgeving.handlers.kluisSloten({}));
    expect(sloten.map(({ naam, soort, huidig }) => ({ naam, soort, huidig }))).toEqual([
      { naam: 'Regisseur', soort: 'wachtwoord', huidig: true },
      { naam: 'Herstelcode', soort: 'herstelcode', huidig: false },
      { naam: VERVANGER, soort: 'wachtwoord', huidig: false },
    ]);
    expect(JSON.stringify(sloten)).not.toMatch(/verpakt|zout|tag/);

    data(await omgeving.handlers.kluisVergrendelen({}));
    const status = data(await omgeving.handlers.kluisStatus({}));
    expect(status.gebruikers.map((g) => g.naam)).toEqual(['Regisseur', VERVANGER]);
    expect(status.actor).toBeNull();
    // The regisseur's passphrase in the vervanger's slot does not open it.
    expect(await omgeving.handlers.kluisOntgrendelen({ wachtwoord: TEST_WACHTWOORD, slotId: id })).toMatchObject({ ok: false, fout: { code: 'ONJUIST_WACHTWOORD' } });
    data(await omgeving.handlers.kluisOntgrendelen({ wachtwoord: VERVANGER_WACHTWOORD, slotId: id }));
    expect(data(await omgeving.handlers.kluisStatus({})).actor).toBe(VERVANGER);

    const { id: inburgeraarId } = data(await omgeving.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(5), '2026-11-23')));
    const regel = await omgeving.kluis.db.selectFrom('logboek').selectAll().where('object', '=', 'inburgeraar').where('objectId', '=', inburgeraarId).executeTakeFirstOrThrow();
    expect(regel.actor).toBe(VERVANGER);

    const regels = await kluisregels();
    expect(regels.map((r) => [r.actie, r.actor, r.resultaat])).toEqual([
      ['vervanger toegevoegd', 'Regisseur', 'gelukt'],
      ['vergrendeld', 'Regisseur', 'gelukt'],
      ['ontgrendelen mislukt', VERVANGER, 'geweigerd: ONJUIST_WACHTWOORD'],
      ['ontgrendeld', VERVANGER, 'gelukt'],
    ]);
  });

  it('refuses a weak vervanger passphrase, a name with a bidi override and a duplicate name, and adds nothing', async () => {
    const voor = readFileSync(omgeving.kluis.sleutelPad);
    expect(await omgeving.handlers.kluisVervangerToevoegen({ naam: VERVANGER, wachtwoord: 'wachtwoord12' })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('te makkelijk te raden') },
    });
    expect(await omgeving.handlers.kluisVervangerToevoegen({ naam: 'Jansen\u202Egnissiwrev', wachtwoord: VERVANGER_WACHTWOORD })).toMatchObject({
      ok: false,
      fout: { message: expect.stringContaining('stuurteken') },
    });
    expect(await omgeving.handlers.kluisVervangerToevoegen({ naam: 'regisseur', wachtwoord: VERVANGER_WACHTWOORD })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Er is al iemand met de naam') },
    });
    expect(readFileSync(omgeving.kluis.sleutelPad).equals(voor)).toBe(true);
    expect(data(await omgeving.handlers.kluisSloten({})).sloten).toHaveLength(2);
  });

  it('removing a vervanger re-keys, shows a new herstelcode, and cannot remove yourself', async () => {
    const { id } = data(await omgeving.handlers.kluisVervangerToevoegen({ naam: VERVANGER, wachtwoord: VERVANGER_WACHTWOORD }));
    const eigen = data(await omgeving.handlers.kluisSloten({})).sloten.find((s) => s.huidig)!;
    expect(await omgeving.handlers.kluisVervangerVerwijderen({ slotId: eigen.id, wachtwoord: TEST_WACHTWOORD })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('eigen wachtwoord') },
    });
    expect(await omgeving.handlers.kluisVervangerVerwijderen({ slotId: id, wachtwoord: 'niet het goede wachtwoord' })).toMatchObject({ ok: false, fout: { code: 'ONJUIST_WACHTWOORD' } });
    expect(data(await omgeving.handlers.kluisSloten({})).sloten).toHaveLength(3);
    expect((await kluisregels()).slice(-2).map((r) => [r.actie, r.resultaat])).toEqual([
      ['vervanger verwijderd', 'geweigerd: REGEL_GESCHONDEN'],
      ['vervanger verwijderd', 'geweigerd: ONJUIST_WACHTWOORD'],
    ]);

    const { herstelcode: nieuw } = data(await omgeving.handlers.kluisVervangerVerwijderen({ slotId: id, wachtwoord: TEST_WACHTWOORD }));
    expect(nieuw).not.toBe(herstelcode);
    expect(data(await omgeving.handlers.kluisSloten({})).sloten.map((s) => s.naam)).toEqual(['Regisseur', 'Herstelcode']);
    expect(data(await omgeving.handlers.kluisStatus({})).herstelcodeBevestigd).toBe(false);
    const acties = (await kluisregels()).map((r) => r.actie);
    expect(acties.slice(-2)).toEqual(['sleutel vervangen', 'vervanger verwijderd']);
  });

  it('logs passphrase and herstelcode events, never a secret', async () => {
    expect(data(await omgeving.handlers.kluisWachtwoordWijzigen({ huidig: TEST_WACHTWOORD, nieuw: 'nieuwe zin met vier woorden' }))).toEqual({ herstelcode: null });
    const { herstelcode: nieuw } = data(await omgeving.handlers.kluisWachtwoordWijzigen({ huidig: 'nieuwe zin met vier woorden', nieuw: TEST_WACHTWOORD, mogelijkBekend: true }));
    expect(nieuw).toMatch(/^[0-9A-Z]{32}$/);
    const { herstelcode: derde } = data(await omgeving.handlers.kluisNieuweHerstelcode({ wachtwoord: TEST_WACHTWOORD }));
    const regels = await kluisregels();
    expect(regels.map((r) => r.actie)).toEqual([
      'wachtwoord gewijzigd',
      'sleutel vervangen',
      'wachtwoord gewijzigd: mogelijk bekend',
      'sleutel vervangen',
      'herstelcode vernieuwd',
    ]);
    const alles = JSON.stringify(await omgeving.kluis.db.selectFrom('logboek').selectAll().execute());
    for (const geheim of [TEST_WACHTWOORD, 'nieuwe zin met vier woorden', herstelcode, nieuw!, derde]) expect(alles).not.toContain(geheim);
  });

  it('refuses a weak new passphrase with a Dutch reason, and changes nothing', async () => {
    const voor = readFileSync(omgeving.kluis.sleutelPad);
    for (const zwak of ['aaaaaaaaaaaa', 'wachtwoord12']) {
      expect(await omgeving.handlers.kluisWachtwoordWijzigen({ huidig: TEST_WACHTWOORD, nieuw: zwak })).toMatchObject({
        ok: false,
        fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('te makkelijk te raden') },
      });
    }
    expect(readFileSync(omgeving.kluis.sleutelPad).equals(voor)).toBe(true);
  });
});

describe('unlock attempts slow down', () => {
  it('waits 1, 2, 4 … s from the third failure on, capped at 60 s, says so, and logs each failure with its own moment', async () => {
    expect([1, 2, 3, 4, 5, 9, 10, 20].map(wachttijdNaMislukking)).toEqual([0, 0, 1, 2, 4, 60, 60, 60]);
    const folder = tijdelijkeFolder();
    const gewacht: number[] = [];
    let klok = Date.parse('2026-11-23T09:00:00Z');
    const kluis = new Kluis(folder.pad, { scrypt: TEST_SCRYPT, nu: () => new Date(klok), wacht: async (ms) => void gewacht.push(ms) });
    try {
      await kluis.aanmaken(TEST_WACHTWOORD);
      await kluis.vergrendelen();
      const meldingen: string[] = [];
      for (let poging = 1; poging <= 10; poging += 1) {
        klok += 60_000;
        const fout = await kluis.ontgrendelen(`fout wachtwoord ${poging}`).catch((e: Error) => e);
        meldingen.push((fout as Error).message);
      }
      expect(gewacht).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
      expect(meldingen[0]).toBe('Onjuist wachtwoord. Probeer het opnieuw of gebruik uw herstelcode.');
      expect(meldingen[1]).toContain('de volgende keer 1 seconde');
      expect(meldingen[3]).toContain('nu 2 seconden, de volgende keer 4 seconden');
      expect(kluis.aantalMislukkePogingen).toBe(10);

      // Ten attempts at once still wait one after the other.
      const gelijktijdig = await Promise.allSettled([kluis.ontgrendelen('x'.repeat(12)), kluis.ontgrendelen('y'.repeat(12))]);
      expect(gelijktijdig.map((u) => u.status)).toEqual(['rejected', 'rejected']);
      expect(gewacht.slice(-2)).toEqual([60000, 60000]);

      klok += 60_000;
      await kluis.ontgrendelen(TEST_WACHTWOORD);
      expect(kluis.aantalMislukkePogingen).toBe(0);
      const regels = await kluis.db.selectFrom('logboek').select(['actie', 'tijdstip']).where('actie', '=', 'ontgrendelen mislukt').orderBy('id').execute();
      expect(regels).toHaveLength(12);
      expect(regels[0]!.tijdstip).toBe('2026-11-23T09:01:00.000Z');
      expect(regels[9]!.tijdstip).toBe('2026-11-23T09:10:00.000Z');
      // A success resets the series.
      await kluis.vergrendelen();
      gewacht.length = 0;
      await kluis.ontgrendelen('weer fout!!!').catch(() => undefined);
      expect(gewacht).toEqual([]);
    } finally {
      await kluis.vergrendelen();
      folder.opruimen();
    }
  });
});
