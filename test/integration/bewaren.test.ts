import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import type { Status } from '../../shared/rules/status';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { GEVULDE_TABELLEN, maakGroep, rijenVanDossier, vulDossier } from '../fixtures/volledig-dossier';

// Besluit inburgering 2021 art. 9.9 with an injected clock. Today is Monday 1 March 2032: a plicht that ended on
// 28 February 2027 had its five years through 29 February 2032 (a leap day) and is due today; one that ended
// on 1 March 2027 may be kept through today and is not listed.
const VANDAAG = new Date('2032-03-01T10:00:00+01:00');

describe('bewaartermijn (Besluit 9.9): the daily list, opschonen, kerngegevens', () => {
  let o: TestOmgeving;
  let nu: Date;
  let zaad = 100;

  beforeEach(async () => {
    nu = VANDAAG;
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  /** A dossier of 2026/2027 closed with `status` on `datum`. */
  async function gesloten(status: Status | null, datum: string): Promise<number> {
    const id = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(zaad++), '2026-10-01', zaad), datumKennisgevingDuo: '2026-09-01', datumInschrijvingBrp: '2026-09-01' })).id;
    if (status) data(await o.handlers.inburgeraarStatusWijzigen({ id, status, datum, reden: 'Besluit van DUO' }));
    return id;
  }

  const lijst = async () => data(await o.handlers.privacyBewaartermijnLijst({}));

  it('lists a dossier whose five years ended yesterday and a death; not one ending today, nor an open dossier', async () => {
    const gisteren = await gesloten('vertrokken', '2027-02-28');
    const vandaag = await gesloten('ontheffing', '2027-03-01');
    const overleden = await gesloten('overleden', '2032-02-27');
    await gesloten(null, '');
    const l = await lijst();
    expect(l.vandaag).toBe('2032-03-01');
    expect(l.dossiers.map((d) => d.inburgeraarId).sort()).toEqual([gisteren, overleden].sort());
    expect(l.dossiers.find((d) => d.inburgeraarId === gisteren)).toMatchObject({
      status: 'vertrokken', grond: 'einde_plicht', eindeOp: '2027-02-28', verwijderenVanaf: '2032-03-01', kerngegevensTot: '2077-02-28', artikel: 'art. 9.9 lid 1 onder a Besluit inburgering 2021',
    });
    expect(l.dossiers.find((d) => d.inburgeraarId === overleden)).toMatchObject({ grond: 'overleden', verwijderenVanaf: '2032-02-27', artikel: 'art. 9.9 lid 1 onder b Besluit inburgering 2021' });
    expect(l.dossiers.some((d) => d.inburgeraarId === vandaag)).toBe(false);
    // Limited with a count (issue 14), and one dossier on its own for the dossier page.
    expect(l.dossiersTotaal).toBe(2);
    const eerste = data(await o.handlers.privacyBewaartermijnLijst({ aantal: 1 }));
    expect(eerste.dossiers).toEqual(l.dossiers.slice(0, 1));
    expect(eerste.dossiersTotaal).toBe(2);
    expect(data(await o.handlers.privacyBewaartermijnLijst({ inburgeraarId: overleden })).dossiers.map((d) => d.inburgeraarId)).toEqual([overleden]);
    // The next day it is due.
    nu = new Date('2032-03-02T10:00:00+01:00');
    expect((await lijst()).dossiers.map((d) => d.inburgeraarId)).toContain(vandaag);
  });

  it('opschonen deletes every row of the dossier in one go and keeps only the kerngegevens; another dossier keeps everything', async () => {
    const groep = await maakGroep(o.kluis.db);
    const weg = await gesloten('vrijstelling', '2027-02-28');
    const blijft = await gesloten('vrijstelling', '2027-03-01');
    await vulDossier(o.kluis.db, weg, groep);
    await vulDossier(o.kluis.db, blijft, groep);
    const voor = await rijenVanDossier(o.kluis.db, weg);
    for (const tabel of [...GEVULDE_TABELLEN, 'statuswijzigingen']) expect(voor[tabel], tabel).toBeGreaterThan(0);
    const blijftVoor = await rijenVanDossier(o.kluis.db, blijft);
    const persoon = data(await o.handlers.inburgeraarOphalen({ id: weg })).inburgeraar;

    expect(data(await o.handlers.privacyOpschonen({ inburgeraarIds: [weg], kerngegevensIds: [] }))).toEqual({ dossiers: 1, kerngegevens: 0 });

    // Every table that hangs under an inburgeraar, found in the schema, has no row left for it.
    const na = await rijenVanDossier(o.kluis.db, weg);
    expect(Object.values(na).every((n) => n === 0), JSON.stringify(na)).toBe(true);
    expect(await o.kluis.db.selectFrom('inburgeraars').select('id').where('id', '=', weg).execute()).toEqual([]);
    expect(await o.handlers.inburgeraarOphalen({ id: weg })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen.map((r) => r.id)).toEqual([blijft]);
    // The other dossier and the group are untouched.
    expect(await rijenVanDossier(o.kluis.db, blijft)).toEqual(blijftVoor);
    expect(await o.kluis.db.selectFrom('pvtSessies').select('id').execute()).toHaveLength(1);
    // A cost entry is the gemeente's own record (SPUK verantwoording): it stays, without the link to the person.
    expect(await o.kluis.db.selectFrom('kosten').select(['inburgeraarId', 'bedragCent']).orderBy('id').execute()).toEqual([
      { inburgeraarId: null, bedragCent: 12_550 },
      { inburgeraarId: blijft, bedragCent: 12_550 },
    ]);

    // The kerngegevens of lid 2, fifty years.
    const kern = await o.kluis.db.selectFrom('kerngegevens').selectAll().execute();
    expect(kern).toEqual([
      {
        id: expect.any(Number), dossierId: weg, bsn: persoon.bsn, voornamen: persoon.voornamen, tussenvoegsel: persoon.tussenvoegsel, achternaam: persoon.achternaam,
        geboortedatum: persoon.geboortedatum, straat: persoon.straat, huisnummer: persoon.huisnummer, postcode: persoon.postcode, woonplaats: persoon.woonplaats,
        eindstatus: 'vrijstelling', eindeOp: '2027-02-28', wijze: 'Vrijstelling van de inburgeringsplicht', opgeschoondOp: VANDAAG.toISOString(), bewarenTot: '2077-02-28',
      },
    ]);
    const l = await lijst();
    expect(l.dossiers).toEqual([]);
    expect(l.kerngegevensBewaard).toBe(1);

    // The logboek names the dossier by number only.
    const regels = await o.kluis.db.selectFrom('logboek').selectAll().where('actie', 'like', '%bewaartermijn%').execute();
    expect(regels).toEqual([
      expect.objectContaining({ actie: 'dossier opgeschoond (bewaartermijn)', object: 'inburgeraar', objectId: weg, resultaat: 'gelukt' }),
      expect.objectContaining({ actie: 'bewaartermijn toegepast: 1 dossiers, 0 kerngegevens', object: 'lijst' }),
    ]);
    const alles = JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute());
    for (const waarde of [persoon.bsn, persoon.achternaam, persoon.straat]) expect(alles).not.toContain(waarde);
  });

  it('refuses a selection with a dossier whose term is not over, and changes nothing', async () => {
    const groep = await maakGroep(o.kluis.db);
    const klaar = await gesloten('vertrokken', '2027-02-28');
    const nietKlaar = await gesloten('vertrokken', '2027-03-01');
    await vulDossier(o.kluis.db, klaar, groep);
    const voor = await rijenVanDossier(o.kluis.db, klaar);
    const antwoord = await o.handlers.privacyOpschonen({ inburgeraarIds: [klaar, nietKlaar], kerngegevensIds: [] });
    expect(antwoord).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: `De bewaartermijn van dossier ${nietKlaar} is nog niet verstreken: verwijderen mag vanaf 2 maart 2032 (art. 9.9 lid 1 onder a Besluit inburgering 2021). Er is niets verwijderd.` },
    });
    expect(await rijenVanDossier(o.kluis.db, klaar)).toEqual(voor);
    expect(await o.kluis.db.selectFrom('kerngegevens').selectAll().execute()).toEqual([]);
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen).toHaveLength(2);

    const open = await gesloten(null, '');
    expect(await o.handlers.privacyOpschonen({ inburgeraarIds: [open], kerngegevensIds: [] })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('is niet (meer) afgesloten') } });
    expect(await o.handlers.privacyOpschonen({ inburgeraarIds: [], kerngegevensIds: [] })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies ten minste één dossier') } });
  });

  it('lists the kerngegevens once the fifty years are over and deletes them on confirmation', async () => {
    const id = await gesloten('vertrokken', '2027-02-28');
    data(await o.handlers.privacyOpschonen({ inburgeraarIds: [id], kerngegevensIds: [] }));
    const [kern] = await o.kluis.db.selectFrom('kerngegevens').selectAll().execute();
    expect(kern!.bewarenTot).toBe('2077-02-28');

    nu = new Date('2077-02-28T10:00:00+01:00'); // the last day
    expect((await lijst()).kerngegevensVerlopen).toEqual([]);
    expect(await o.handlers.privacyOpschonen({ inburgeraarIds: [], kerngegevensIds: [kern!.id] })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: `De kerngegevens van dossier ${id} mogen nog bewaard worden tot en met 28 februari 2077 (art. 9.9 lid 2 Besluit inburgering 2021). Er is niets verwijderd.` },
    });
    expect(await o.kluis.db.selectFrom('kerngegevens').select('id').execute()).toHaveLength(1);

    nu = new Date('2077-03-01T10:00:00+01:00');
    const l = await lijst();
    expect(l.kerngegevensVerlopen).toEqual([expect.objectContaining({ id: kern!.id, dossierId: id, bewarenTot: '2077-02-28', wijze: 'Vertrokken; de inburgeringsplicht is geëindigd' })]);
    expect(data(await o.handlers.privacyOpschonen({ inburgeraarIds: [], kerngegevensIds: [kern!.id] }))).toEqual({ dossiers: 0, kerngegevens: 1 });
    expect(await o.kluis.db.selectFrom('kerngegevens').select('id').execute()).toEqual([]);
    expect(await o.kluis.db.selectFrom('logboek').select(['actie', 'objectId']).where('actie', '=', 'kerngegevens verwijderd (bewaartermijn)').execute()).toEqual([
      { actie: 'kerngegevens verwijderd (bewaartermijn)', objectId: id },
    ]);
  });
});

describe('dossier verwijderen (entered by mistake)', () => {
  let o: TestOmgeving;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => VANDAAG });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  const nieuw = async (zaad: number) => data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(zaad), '2032-02-01', zaad))).id;

  it('deletes everything, logs the category and keeps the explanation out of the logboek', async () => {
    const groep = await maakGroep(o.kluis.db);
    const id = await nieuw(7);
    const ander = await nieuw(8);
    await vulDossier(o.kluis.db, id, groep);
    await vulDossier(o.kluis.db, ander, groep);
    const anderVoor = await rijenVanDossier(o.kluis.db, ander);
    const voor = await rijenVanDossier(o.kluis.db, id);

    const controle = data(await o.handlers.privacyVerwijderControle({ inburgeraarId: id }));
    expect(controle.geweigerd).toBeNull();
    expect(controle.onderdelen).toEqual(
      expect.arrayContaining([{ tabel: 'documenten', aantal: 1, loskoppelen: false }, { tabel: 'journaal', aantal: 1, loskoppelen: false }, { tabel: 'kosten', aantal: 1, loskoppelen: true }]),
    );

    const uit = data(await o.handlers.privacyDossierVerwijderen({ inburgeraarId: id, reden: 'dubbel', toelichting: 'Dubbel ingevoerd bij de import van maart' }));
    expect(uit.reden).toBe('dubbel');
    // Every row of the dossier plus the person; the cost entry stays, unlinked.
    expect(uit.rijen).toBe(Object.entries(voor).reduce((som, [tabel, n]) => som + (tabel === 'kosten' ? 0 : n), 1));
    expect(await o.kluis.db.selectFrom('kosten').select('id').where('inburgeraarId', 'is', null).execute()).toHaveLength(1);
    expect(Object.values(await rijenVanDossier(o.kluis.db, id)).every((n) => n === 0)).toBe(true);
    expect(await o.kluis.db.selectFrom('inburgeraars').select('id').where('id', '=', id).execute()).toEqual([]);
    expect(await o.kluis.db.selectFrom('kerngegevens').select('id').execute()).toEqual([]);
    expect(await rijenVanDossier(o.kluis.db, ander)).toEqual(anderVoor);

    expect(await o.kluis.db.selectFrom('verwijderdeDossiers').select(['dossierId', 'reden', 'toelichting']).execute()).toEqual([
      { dossierId: id, reden: 'dubbel', toelichting: 'Dubbel ingevoerd bij de import van maart' },
    ]);
    const regels = await o.kluis.db.selectFrom('logboek').select(['actie', 'object', 'objectId']).where('actie', 'like', 'dossier verwijderd%').execute();
    expect(regels).toEqual([{ actie: 'dossier verwijderd: dubbel', object: 'inburgeraar', objectId: id }]);
    expect(JSON.stringify(await o.kluis.db.selectFrom('logboek').selectAll().execute())).not.toContain('import van maart');
  });

  it('refuses a dossier with a sent beschikking, says why, and changes nothing', async () => {
    const groep = await maakGroep(o.kluis.db);
    const id = await nieuw(9);
    await vulDossier(o.kluis.db, id, groep, { metBesluit: true });
    const voor = await rijenVanDossier(o.kluis.db, id);
    const melding =
      'Dit dossier kan niet worden verwijderd: er is een beschikking ontheffing leerbaarheidstoets verzonden van 1 februari 2027, kenmerk INB-2027-0001.';
    expect(data(await o.handlers.privacyVerwijderControle({ inburgeraarId: id })).geweigerd).toContain(melding);
    const antwoord = await o.handlers.privacyDossierVerwijderen({ inburgeraarId: id, reden: 'verkeerde_persoon', toelichting: null });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining(melding) } });
    expect(antwoord.ok ? '' : antwoord.fout.message).toContain('art. 9.9 Besluit inburgering 2021');
    expect(await rijenVanDossier(o.kluis.db, id)).toEqual(voor);
    expect(await o.kluis.db.selectFrom('verwijderdeDossiers').select('id').execute()).toEqual([]);
    expect(await o.kluis.db.selectFrom('logboek').select(['actie', 'resultaat']).where('objectId', '=', id).where('actie', '=', 'dossier verwijderd').execute()).toEqual([
      { actie: 'dossier verwijderd', resultaat: 'geweigerd: REGEL_GESCHONDEN' },
    ]);
  });

  it('refuses a dossier with a sent PIP too, and bad input with a Dutch message', async () => {
    const id = await nieuw(10);
    await o.kluis.db.insertInto('pips').values({
      inburgeraarId: id, versie: 1, soort: 'pip', wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null, status: 'verzonden', inhoud: '{}', dagtekening: '2032-02-10',
      kenmerk: 'INB-2032-0003', termijnStart: '2032-02-11', verzenddatum: '2032-02-10', bezwaarOntvangenOp: null, bezwaarUitkomst: null, beroepIngesteldOp: null, ondertekenaar: null,
      sjabloonVersie: null, documentId: null, aangemaakt: VANDAAG.toISOString(), gewijzigd: VANDAAG.toISOString(),
    }).execute();
    expect(await o.handlers.privacyDossierVerwijderen({ inburgeraarId: id, reden: 'oefening', toelichting: null })).toMatchObject({
      ok: false,
      fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('er is een PIP-beschikking verzonden van 10 februari 2032, kenmerk INB-2032-0003.') },
    });
    expect(await o.handlers.privacyDossierVerwijderen({ inburgeraarId: id, reden: 'zomaar' as never, toelichting: null })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies waarom het dossier wordt verwijderd.') },
    });
    expect(await o.handlers.privacyDossierVerwijderen({ inburgeraarId: 99999, reden: 'dubbel', toelichting: null })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen.map((r) => r.id)).toEqual([id]);
  });
});
