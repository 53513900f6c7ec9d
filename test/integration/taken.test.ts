import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// taakStatus and taakAnnuleren over a real ceremony batch (the one long task Koers has).

const NU = new Date('2026-06-01T09:00:00Z');

describe('tasks: status and cancel', () => {
  let o: TestOmgeving;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({ gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10 }));
  });
  afterEach(async () => o.opruimen());

  /** A group whose deelnemers all qualify for a form: 10 hours of inleiding and an excursion attended. */
  async function groepVan(aantal: number) {
    const random = maakRandom(21);
    const ids: number[] = [];
    for (let i = 0; i < aantal; i += 1) ids.push(data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-06-01', i))).id);
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'Najaar 2026', notitie: null }));
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    const sessie = { groepId, tijd: '13:30', plaats: 'Bibliotheek Voorbeeldstad', uitvoerder: 'Stichting Samen', tolk: null };
    const inleiding = data(await o.handlers.pvtSessieToevoegen({ ...sessie, datum: '2026-05-04', uren: 10, soort: 'inleiding_kernwaarden', kernwaarde: null })).id;
    const excursie = data(await o.handlers.pvtSessieToevoegen({ ...sessie, datum: '2026-05-11', uren: 2, soort: 'excursie', kernwaarde: 'solidariteit' })).id;
    for (const sessieId of [inleiding, excursie]) data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));
    return { groepId, ids };
  }

  /** Polls like the window does, until the task is no longer running. */
  async function wachtTotKlaar(taakId: string) {
    for (let i = 0; i < 600; i += 1) {
      const stand = data(await o.handlers.taakStatus({ taakId }));
      if (stand.status !== 'bezig') return stand;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('taak niet klaar');
  }

  it('a cancelled batch stops early: status geannuleerd, no file saved, no print recorded', async () => {
    const { groepId, ids } = await groepVan(20);
    const { taakId, totaal, overgeslagen } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: 'Voorbeeldstad', datum: null }));
    expect(totaal).toBe(20);
    expect(overgeslagen).toEqual([]);
    expect(await o.handlers.taakAnnuleren({ taakId })).toEqual({ ok: true, data: {} });

    const stand = await wachtTotKlaar(taakId);
    expect(stand).toMatchObject({ status: 'geannuleerd', totaal: 20, resultaat: null, fout: null });
    expect(stand.voortgang).toBeLessThan(20);
    expect(o.opgeslagen.size).toBe(0);
    for (const inburgeraarId of ids) expect(data(await o.handlers.pvtDossier({ inburgeraarId })).sjabloonVersie).toBeNull();
    const afgedrukt = await o.kluis.db.selectFrom('logboek').selectAll().where('actie', 'like', '%afgedrukt%').execute();
    expect(afgedrukt).toEqual([]);
    // The state stays readable after the end, for the window's last poll.
    expect(data(await o.handlers.taakStatus({ taakId })).status).toBe('geannuleerd');
  });

  it('cancelling a finished task changes nothing', async () => {
    const { groepId } = await groepVan(2);
    const { taakId } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null }));
    expect(await wachtTotKlaar(taakId)).toMatchObject({ status: 'klaar', voortgang: 2, totaal: 2, resultaat: { opgeslagen: true } });
    data(await o.handlers.taakAnnuleren({ taakId }));
    expect(data(await o.handlers.taakStatus({ taakId }))).toMatchObject({ status: 'klaar', resultaat: { bestandsnaam: 'Participatieverklaringen Najaar 2026.pdf' } });
    expect([...o.opgeslagen.keys()]).toEqual(['Participatieverklaringen Najaar 2026.pdf']);
  });

  it('an unknown taakId: cancel is a no-op, status says the task is not known, a malformed id is refused', async () => {
    const onbekend = randomUUID();
    expect(await o.handlers.taakAnnuleren({ taakId: onbekend })).toEqual({ ok: true, data: {} });
    expect(await o.handlers.taakStatus({ taakId: onbekend })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: expect.stringContaining('Start hem opnieuw') } });
    for (const taakId of ['', 'taak-1', '../../etc']) {
      expect(await o.handlers.taakAnnuleren({ taakId })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Onbekende taak.') } });
    }
  });
});
