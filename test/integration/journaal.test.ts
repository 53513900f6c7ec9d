import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { volledigeNaam } from '../../shared/format';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const VANDAAG = '2026-11-23';
// Words that occur in the notes and afspraken only, so the logboek and the files on disk can be searched for them.
const GEHEIM = 'Wervelwind-huurachterstand';
const ONDERWERP = 'Zonnebloemgesprek over schulden';
const PLAATS = 'Spreekkamer Lindeboom';

describe('journaal and agenda', () => {
  let o: TestOmgeving;
  let ids: number[];
  let namen: string[];

  beforeEach(async () => {
    o = testOmgeving({ nu: () => new Date('2026-11-23T10:00:00+01:00') });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const random = maakRandom(21);
    ids = [];
    namen = [];
    for (let i = 0; i < 3; i += 1) {
      const invoer = synthetischeInburgeraar(random, VANDAAG, i);
      ids.push(data(await o.handlers.inburgeraarToevoegen(invoer)).id);
      namen.push(volledigeNaam(invoer));
    }
  });
  afterEach(async () => o.opruimen());

  const logboek = () => o.kluis.db.selectFrom('logboek').selectAll().orderBy('id').execute();
  const notitieRijen = () => o.kluis.db.selectFrom('journaal').selectAll().orderBy('id').execute();
  const afspraakRijen = () => o.kluis.db.selectFrom('afspraken').selectAll().orderBy('id').execute();

  it('adds, edits and deletes notes, newest first, and never writes their text to the logboek', async () => {
    const [id] = ids as [number];
    const eerste = data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: '2026-11-02', soort: 'huisbezoek', metTolk: true, tekst: `Huisbezoek: ${GEHEIM} besproken.` })).id;
    const tweede = data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: VANDAAG, soort: 'telefoon', metTolk: false, tekst: 'Gebeld over de afspraak bij de huisarts.' })).id;
    const derde = data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: '2026-11-10', soort: 'e-mail', metTolk: false, tekst: 'Mail van de school.' })).id;
    data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: ids[1]!, datum: VANDAAG, soort: 'gesprek', metTolk: false, tekst: 'Ander dossier.' }));

    const { notities } = data(await o.handlers.journaalOphalen({ inburgeraarId: id }));
    expect(notities.map((n) => n.id)).toEqual([tweede, derde, eerste]);
    expect(notities[2]).toEqual({ id: eerste, inburgeraarId: id, datum: '2026-11-02', soort: 'huisbezoek', metTolk: true, tekst: `Huisbezoek: ${GEHEIM} besproken.`, aangemaakt: '2026-11-23T09:00:00.000Z' });

    data(await o.handlers.journaalNotitieWijzigen({ id: eerste, datum: '2026-11-03', soort: 'gesprek', metTolk: false, tekst: `Gesprek: ${GEHEIM} opgelost.` }));
    expect(data(await o.handlers.journaalOphalen({ inburgeraarId: id })).notities.find((n) => n.id === eerste)).toMatchObject({ datum: '2026-11-03', soort: 'gesprek', metTolk: false, tekst: `Gesprek: ${GEHEIM} opgelost.` });

    data(await o.handlers.journaalNotitieVerwijderen({ id: derde }));
    expect(data(await o.handlers.journaalOphalen({ inburgeraarId: id })).notities.map((n) => n.id)).toEqual([tweede, eerste]);

    const regels = await logboek();
    expect(regels.filter((r) => r.actie.startsWith('journaalnotitie')).map((r) => [r.actie, r.object, r.objectId, r.resultaat])).toEqual([
      ['journaalnotitie toegevoegd', 'inburgeraar', id, 'gelukt'],
      ['journaalnotitie toegevoegd', 'inburgeraar', id, 'gelukt'],
      ['journaalnotitie toegevoegd', 'inburgeraar', id, 'gelukt'],
      ['journaalnotitie toegevoegd', 'inburgeraar', ids[1], 'gelukt'],
      ['journaalnotitie gewijzigd', 'inburgeraar', id, 'gelukt'],
      ['journaalnotitie verwijderd', 'inburgeraar', id, 'gelukt'],
    ]);
    for (const woord of [GEHEIM, 'huisarts', 'school', 'Ander dossier']) expect(JSON.stringify(regels)).not.toContain(woord);
  });

  it('refuses a future date, an empty text, an unknown soort or note, with a Dutch message and nothing changed', async () => {
    const [id] = ids as [number];
    const bestaand = data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: VANDAAG, soort: 'contact', metTolk: false, tekst: 'Eerste contact.' })).id;
    const voor = await notitieRijen();
    const toekomst = 'De datum van een notitie ligt in de toekomst. Leg een notitie vast op de dag van het contact; plan iets dat nog komt als afspraak.';

    expect(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: '2026-11-24', soort: 'contact', metTolk: false, tekst: GEHEIM })).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: toekomst } });
    expect(await o.handlers.journaalNotitieWijzigen({ id: bestaand, datum: '2026-12-01', soort: 'contact', metTolk: false, tekst: GEHEIM })).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: toekomst } });
    expect(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: VANDAAG, soort: 'contact', metTolk: false, tekst: '  ' })).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Tekst is verplicht.' } });
    expect(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: VANDAAG, soort: 'brief', metTolk: false, tekst: GEHEIM })).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Kies de soort notitie.' } });
    expect(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: 9999, datum: VANDAAG, soort: 'contact', metTolk: false, tekst: GEHEIM })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await o.handlers.journaalNotitieWijzigen({ id: 9999, datum: VANDAAG, soort: 'contact', metTolk: false, tekst: GEHEIM })).toEqual({ ok: false, fout: { code: 'NIET_GEVONDEN', message: 'Deze notitie bestaat niet (meer). Vernieuw het journaal.' } });
    expect(await o.handlers.journaalNotitieVerwijderen({ id: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });

    expect(await notitieRijen()).toEqual(voor);
    const regels = await logboek();
    expect(regels.filter((r) => r.resultaat.startsWith('geweigerd')).map((r) => r.actie)).toEqual(['journaalnotitie toegevoegd', 'journaalnotitie gewijzigd', 'journaalnotitie toegevoegd', 'journaalnotitie gewijzigd', 'journaalnotitie verwijderd']);
    expect(JSON.stringify(regels)).not.toContain(GEHEIM);
  });

  it('keeps notes and afspraken encrypted on disk', async () => {
    data(await o.handlers.journaalNotitieToevoegen({ inburgeraarId: ids[0]!, datum: VANDAAG, soort: 'gesprek', metTolk: true, tekst: GEHEIM }));
    data(await o.handlers.afspraakToevoegen({ inburgeraarId: ids[0]!, datum: VANDAAG, tijd: '10:00', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: false }));
    await o.kluis.vergrendelen();
    const bestanden = readdirSync(o.folder, { recursive: true, withFileTypes: true }).filter((b) => b.isFile());
    expect(bestanden.map((b) => b.name)).toContain('koers.db');
    for (const b of bestanden) {
      const inhoud = readFileSync(join(b.parentPath, b.name)).toString('latin1');
      for (const woord of [GEHEIM, PLAATS, 'Zonnebloemgesprek']) expect(inhoud, b.name).not.toContain(woord);
    }
  });

  it('plans, edits, handles and deletes afspraken, upcoming first, without their subject or place in the logboek', async () => {
    const [id] = ids as [number];
    const voorbij = data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: '2026-11-20', tijd: '09:00', plaats: PLAATS, onderwerp: 'Kennismaking', metTolk: true })).id;
    const later = data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: '2026-12-03', tijd: '11:00', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: false })).id;
    const vandaag = data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: VANDAAG, tijd: ' 14:30 ', plaats: 'Gemeentehuis', onderwerp: 'Uitleg PIP', metTolk: true })).id;

    const { afspraken } = data(await o.handlers.journaalOphalen({ inburgeraarId: id }));
    expect(afspraken.map((a) => a.id)).toEqual([vandaag, later, voorbij]);
    expect(afspraken[0]).toEqual({ id: vandaag, inburgeraarId: id, datum: VANDAAG, tijd: '14:30', plaats: 'Gemeentehuis', onderwerp: 'Uitleg PIP', metTolk: true, afgehandeld: false });

    data(await o.handlers.afspraakWijzigen({ id: later, datum: '2026-11-25', tijd: '08:15', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: true }));
    data(await o.handlers.afspraakAfhandelen({ id: vandaag, afgehandeld: true }));
    expect(data(await o.handlers.journaalOphalen({ inburgeraarId: id })).afspraken.map((a) => [a.id, a.datum, a.afgehandeld])).toEqual([
      [later, '2026-11-25', false],
      [vandaag, VANDAAG, true],
      [voorbij, '2026-11-20', false],
    ]);
    data(await o.handlers.afspraakAfhandelen({ id: vandaag, afgehandeld: false }));
    data(await o.handlers.afspraakVerwijderen({ id: voorbij }));
    expect(data(await o.handlers.journaalOphalen({ inburgeraarId: id })).afspraken.map((a) => a.id)).toEqual([vandaag, later]);

    const regels = await logboek();
    expect(regels.filter((r) => r.actie.startsWith('afspraak')).map((r) => [r.actie, r.objectId])).toEqual([
      ['afspraak gepland', id],
      ['afspraak gepland', id],
      ['afspraak gepland', id],
      ['afspraak gewijzigd', id],
      ['afspraak: afgehandeld', id],
      ['afspraak: weer open', id],
      ['afspraak verwijderd', id],
    ]);
    for (const woord of [PLAATS, 'Zonnebloemgesprek', 'Kennismaking', 'Uitleg PIP', 'Gemeentehuis']) expect(JSON.stringify(regels)).not.toContain(woord);
  });

  it('refuses a wrong time, an empty place or an unknown afspraak, and changes nothing', async () => {
    const [id] = ids as [number];
    const bestaand = data(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: VANDAAG, tijd: '09:00', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: false })).id;
    const voor = await afspraakRijen();
    expect(await o.handlers.afspraakToevoegen({ inburgeraarId: id, datum: VANDAAG, tijd: '25:00', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: false })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Vul de tijd in als 13:30.' },
    });
    expect(await o.handlers.afspraakWijzigen({ id: bestaand, datum: '2026-02-30', tijd: '09:00', plaats: '', onderwerp: ONDERWERP, metTolk: false })).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Datum: vul een datum in als 14-04-2026. Plaats is verplicht.' },
    });
    expect(await o.handlers.afspraakAfhandelen({ id: 9999, afgehandeld: true })).toEqual({ ok: false, fout: { code: 'NIET_GEVONDEN', message: 'Deze afspraak bestaat niet (meer). Vernieuw de lijst.' } });
    expect(await o.handlers.afspraakVerwijderen({ id: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await o.handlers.afspraakToevoegen({ inburgeraarId: 9999, datum: VANDAAG, tijd: '09:00', plaats: PLAATS, onderwerp: ONDERWERP, metTolk: false })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(await afspraakRijen()).toEqual(voor);
  });

  it('shows exactly the afspraken of one day of all dossiers, by time, and the seven days after it', async () => {
    const plan = async (i: number, datum: string, tijd: string) =>
      data(await o.handlers.afspraakToevoegen({ inburgeraarId: ids[i]!, datum, tijd, plaats: PLAATS, onderwerp: `Afspraak ${i} ${datum} ${tijd}`, metTolk: i === 1 })).id;
    const a = await plan(2, VANDAAG, '13:00');
    const b = await plan(0, VANDAAG, '09:30');
    const c = await plan(1, VANDAAG, '11:00');
    await plan(0, '2026-11-22', '09:00'); // the day before: not shown
    const d = await plan(1, '2026-11-24', '10:00');
    const e = await plan(2, '2026-11-30', '16:00'); // seventh day after: shown
    await plan(0, '2026-12-01', '09:00'); // eighth day: not shown
    data(await o.handlers.afspraakAfhandelen({ id: c, afgehandeld: true }));

    const agenda = data(await o.handlers.agendaVanDag({ datum: VANDAAG }));
    expect(agenda.datum).toBe(VANDAAG);
    expect(agenda.vandaag).toBe(VANDAAG);
    expect(agenda.afspraken.map((x) => [x.id, x.tijd, x.naam, x.inburgeraarId, x.afgehandeld])).toEqual([
      [b, '09:30', namen[0], ids[0], false],
      [c, '11:00', namen[1], ids[1], true],
      [a, '13:00', namen[2], ids[2], false],
    ]);
    expect(agenda.komendeDagen.map((x) => [x.id, x.datum])).toEqual([
      [d, '2026-11-24'],
      [e, '2026-11-30'],
    ]);

    const anderDag = data(await o.handlers.agendaVanDag({ datum: '2026-11-24' }));
    expect(anderDag.afspraken.map((x) => x.id)).toEqual([d]);
    expect(anderDag.komendeDagen.map((x) => x.datum)).toEqual(['2026-11-30', '2026-12-01']);
    expect(data(await o.handlers.agendaVanDag({ datum: '2027-01-01' }))).toEqual({ datum: '2027-01-01', vandaag: VANDAAG, afspraken: [], komendeDagen: [] });
    expect(await o.handlers.agendaVanDag({ datum: '23-11-2026' })).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Datum: vul een datum in als 14-04-2026.' } });
  });
});
