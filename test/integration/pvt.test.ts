import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekstPlat } from '../fixtures/pdf';

const NU = new Date('2026-06-01T09:00:00Z');
// Some dossiers got their PIP earlier in the year; the clock is set back for those steps.
let klok = NU;

describe('participatieverklaringstraject and MAP', () => {
  let o: TestOmgeving;
  let ids: number[];

  beforeEach(async () => {
    klok = NU;
    o = testOmgeving({ nu: () => klok });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10, ondertekenaarNaam: 'J. de Vries', ondertekenaarFunctie: 'wethouder',
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const random = maakRandom(9);
    ids = [];
    for (let i = 0; i < 3; i += 1) {
      const { id } = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-06-01', i)));
      data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
      ids.push(id);
    }
  });
  afterEach(async () => o.opruimen());

  async function groepMetSessies() {
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'Voorjaar 2026', notitie: null }));
    const sessie = async (soort: 'inleiding_kernwaarden' | 'excursie' | 'ondertekeningsbijeenkomst', datum: string, uren: number, kernwaarde: 'vrijheid' | null = null) =>
      data(await o.handlers.pvtSessieToevoegen({ groepId, datum, tijd: '13:30', plaats: 'Bibliotheek Voorbeeldstad', uitvoerder: 'Stichting Samen', tolk: null, uren, soort, kernwaarde })).id;
    const sessies = [await sessie('inleiding_kernwaarden', '2026-05-04', 8), await sessie('excursie', '2026-05-11', 2, 'vrijheid'), await sessie('ondertekeningsbijeenkomst', '2026-05-25', 2)];
    return { groepId, sessies };
  }

  async function wachtOpTaak(taakId: string) {
    for (let i = 0; i < 200; i += 1) {
      const stand = data(await o.handlers.taakStatus({ taakId }));
      if (stand.status !== 'bezig') return stand;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('taak niet klaar');
  }

  it('plans a group, enrols, registers attendance, prints the batch, records signing → status afgerond', async () => {
    const { groepId, sessies } = await groepMetSessies();
    expect(data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids })).ingeschreven).toBe(3);
    expect(data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids })).ingeschreven).toBe(0);

    for (const sessieId of sessies) data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));
    // The third person missed the excursion.
    data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[1]!, aanwezigheid: [{ inburgeraarId: ids[2]!, aanwezig: false }] }));

    const groep = data(await o.handlers.pvtGroepOphalen({ groepId }));
    expect(groep.deelnemers.map((d) => [d.uren, d.status])).toEqual(expect.arrayContaining([[12, 'klaar_voor_ondertekening'], [10, 'bezig']]));

    // The third person (10 hours, no excursion) gets no form; the other two do.
    const gemist = data(await o.handlers.inburgeraarOphalen({ id: ids[2]! })).inburgeraar;
    const overgeslagen = [{ inburgeraarId: ids[2]!, naam: `${gemist.voornamen} ${gemist.achternaam}`, redenen: ['Nog 2 uur nodig (art. 3.1 lid 3 Besluit)', 'Nog geen excursie of activiteit over een kernwaarde bijgewoond (art. 3.1 lid 2 Besluit)'] }];
    const gereedheid = data(await o.handlers.ceremonieGereedheid({ groepId }));
    expect(gereedheid.klaar.map((k) => k.inburgeraarId).sort()).toEqual([ids[0]!, ids[1]!].sort());
    expect(gereedheid.overgeslagen).toEqual(overgeslagen);

    const { taakId, totaal, overgeslagen: nietAfgedrukt } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: 'Voorbeeldstad', datum: null }));
    expect(totaal).toBe(2);
    expect(nietAfgedrukt).toEqual(overgeslagen);
    const stand = await wachtOpTaak(taakId);
    expect(stand).toMatchObject({ status: 'klaar', voortgang: 2, totaal: 2, resultaat: { bestandsnaam: 'Participatieverklaringen Voorjaar 2026.pdf', opgeslagen: true } });
    const batch = o.opgeslagen.get('Participatieverklaringen Voorjaar 2026.pdf')!;
    expect(pdfPaginas(batch)).toBe(2);
    expect(pdfTekstPlat(batch)).not.toContain(gemist.achternaam);
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: ids[2]! })).sjabloonVersie).toBeNull();
    const afgedrukt = await o.kluis.db.selectFrom('logboek').select('actie').where('actie', 'like', 'participatieverklaringen afgedrukt%').execute();
    expect(afgedrukt).toEqual([{ actie: 'participatieverklaringen afgedrukt: 2 stuks, tekst 2022-01-01' }]);
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(batch, 'test-results/documenten/ceremonie-batch-pagina-1', 60);

    data(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: ids[0]!, datum: '2026-05-25', plaats: 'Voorbeeldstad' }));
    const geweigerd = await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: ids[2]!, datum: '2026-05-25', plaats: 'Voorbeeldstad' });
    expect(geweigerd).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('(art. 3.1 lid 3 Besluit inburgering 2021)') } });
    expect(geweigerd).toMatchObject({ fout: { message: expect.stringContaining('Nog geen excursie of activiteit over een kernwaarde bijgewoond. (art. 3.1 lid 2 Besluit inburgering 2021)') } });

    const dossier = data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! }));
    expect(dossier).toMatchObject({ status: 'afgerond', uren: 12, datumOndertekening: '2026-05-25', sjabloonVersie: '2022-01-01' });

    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('scan')]);
    data(await o.handlers.pvtScanOpslaan({ inburgeraarId: ids[0]!, mime: 'application/pdf', base64: scan.toString('base64') }));
    expect(await o.handlers.pvtScanOpslaan({ inburgeraarId: ids[0]!, mime: 'image/png', base64: scan.toString('base64') })).toMatchObject({ ok: false });
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! })).scanDocumentId).not.toBeNull();
  });

  it('the batch: intake hours count, the signing meeting is no precondition, signed people get no second form', async () => {
    const { groepId, sessies } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    // Before the signing meeting: inleiding and excursion only (10 hours); the first person has 2 intake hours.
    for (const sessieId of sessies.slice(0, 2)) data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));
    data(await o.handlers.pvtIntakeUren({ inburgeraarId: ids[0]!, intakeUren: 2 }));
    const { klaar, overgeslagen } = data(await o.handlers.ceremonieGereedheid({ groepId }));
    expect(klaar.map((k) => k.inburgeraarId)).toEqual([ids[0]!]);
    // The signing meeting of this group was on 25 May, before today (1 June): its hours are not planned any more.
    expect(overgeslagen.map((g) => g.redenen)).toEqual([['Nog 2 uur nodig (art. 3.1 lid 3 Besluit)'], ['Nog 2 uur nodig (art. 3.1 lid 3 Besluit)']]);

    // A new signing meeting after today: its 2 hours will be spent there, so now everyone is ready.
    data(await o.handlers.pvtSessieToevoegen({ groepId, datum: '2026-06-15', tijd: '10:00', plaats: 'Gemeentehuis', uitvoerder: 'Gemeente', tolk: null, uren: 2, soort: 'ondertekeningsbijeenkomst', kernwaarde: null }));
    expect(data(await o.handlers.ceremonieGereedheid({ groepId }))).toMatchObject({ overgeslagen: [] });
    expect(data(await o.handlers.ceremonieGereedheid({ groepId })).klaar).toHaveLength(3);

    // The first person signs; a reprint skips them and keeps the text version they signed.
    const { taakId } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null }));
    await wachtOpTaak(taakId);
    data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[2]!, aanwezigheid: [{ inburgeraarId: ids[0]!, aanwezig: true }] }));
    data(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: ids[0]!, datum: '2026-05-25', plaats: 'Voorbeeldstad' }));
    await o.kluis.db.updateTable('pvtDossiers').set({ sjabloonVersie: 'getekende-versie' }).where('inburgeraarId', '=', ids[0]!).execute();
    const herdruk = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null }));
    expect(herdruk.totaal).toBe(2);
    expect(herdruk.overgeslagen).toEqual([expect.objectContaining({ inburgeraarId: ids[0]!, redenen: ['Heeft de participatieverklaring al ondertekend op 25-05-2026 (art. 3.1 lid 1 Besluit)'] })]);
    await wachtOpTaak(herdruk.taakId);
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! })).sjabloonVersie).toBe('getekende-versie');
  });

  it('refuses the batch in Dutch, naming how many are not ready, when nobody qualifies; nothing is printed', async () => {
    const { groepId, sessies } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[0]!, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));
    const geweigerd = await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null });
    expect(geweigerd).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('geen van de 3 deelnemers is klaar') } });
    expect(o.opgeslagen.size).toBe(0);
    expect(data(await o.handlers.ceremonieGereedheid({ groepId }))).toMatchObject({ klaar: [] });
    expect(data(await o.handlers.ceremonieGereedheid({ groepId })).overgeslagen).toHaveLength(3);

    data(await o.handlers.pvtUitschrijven({ groepId, inburgeraarId: ids[1]! }));
    data(await o.handlers.pvtUitschrijven({ groepId, inburgeraarId: ids[2]! }));
    expect(await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('de enige deelnemer is nog niet klaar') } });
    data(await o.handlers.pvtUitschrijven({ groepId, inburgeraarId: ids[0]! }));
    expect(await o.handlers.ceremonieBatchStarten({ groepId, plaats: null, datum: null })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: 'Er zijn nog geen deelnemers in deze groep.' } });
  });

  it('counts intake hours (Besluit 3.1 lid 5) and refuses attendance for non-participants', async () => {
    const { groepId, sessies } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [ids[0]!] }));
    expect(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[0]!, aanwezigheid: [{ inburgeraarId: ids[1]!, aanwezig: true }] })).toMatchObject({ ok: false });
    data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[0]!, aanwezigheid: [{ inburgeraarId: ids[0]!, aanwezig: true }] }));
    data(await o.handlers.pvtIntakeUren({ inburgeraarId: ids[0]!, intakeUren: 1.5 }));
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! })).uren).toBe(9.5);
    expect(await o.handlers.pvtIntakeUren({ inburgeraarId: ids[0]!, intakeUren: 13 })).toMatchObject({ ok: false });
  });

  it('uitschrijven: the deelnemer leaves the group, the hours attended stay with the person (Besluit 3.1 lid 4)', async () => {
    const { groepId, sessies } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[0]!, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));
    const [weg, ...blijven] = ids as [number, ...number[]];
    const { inburgeraar } = data(await o.handlers.inburgeraarOphalen({ id: weg }));

    data(await o.handlers.pvtUitschrijven({ groepId, inburgeraarId: weg }));

    const groep = data(await o.handlers.pvtGroepOphalen({ groepId }));
    expect(groep.deelnemers.map((d) => d.inburgeraarId).sort()).toEqual([...blijven].sort());
    expect(data(await o.handlers.pvtGroepen({})).find((g) => g.id === groepId)?.aantalDeelnemers).toBe(2);
    // The 8 hours attended are what happened: they still count, only the enrolment is gone.
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: weg }))).toMatchObject({ uren: 8, groepen: [] });
    expect(await o.handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[1]!, aanwezigheid: [{ inburgeraarId: weg, aanwezig: true }] })).toMatchObject({ ok: false });

    const regels = await o.kluis.db.selectFrom('logboek').selectAll().where('actie', 'like', '%uitgeschreven%').execute();
    expect(regels).toEqual([expect.objectContaining({ object: 'pvtGroep', objectId: groepId, resultaat: 'gelukt' })]);
    expect(JSON.stringify(regels)).not.toContain(inburgeraar.achternaam);
    expect(JSON.stringify(regels)).not.toContain(inburgeraar.bsn);

    // Leaving is not final: the person can be enrolled again.
    expect(data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [weg] })).ingeschreven).toBe(1);
  });

  it('uitschrijven from an unknown group, or of someone not enrolled, is refused in Dutch and changes nothing', async () => {
    const { groepId } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [ids[0]!] }));
    for (const invoer of [{ groepId: groepId + 100, inburgeraarId: ids[0]! }, { groepId, inburgeraarId: ids[1]! }, { groepId, inburgeraarId: 9999 }]) {
      expect(await o.handlers.pvtUitschrijven(invoer), JSON.stringify(invoer)).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: expect.stringMatching(/^[A-Z].*\.$/) } });
    }
    expect(data(await o.handlers.pvtGroepOphalen({ groepId })).deelnemers.map((d) => d.inburgeraarId)).toEqual([ids[0]!]);
    const gelukt = await o.kluis.db.selectFrom('logboek').selectAll().where('actie', 'like', '%uitgeschreven%').where('resultaat', '=', 'gelukt').execute();
    expect(gelukt).toEqual([]);
  });

  it('prints a presentielijst per session with names and a signature column, without BSN or birth dates', async () => {
    const { groepId, sessies } = await groepMetSessies();
    // A fourth person with the same name as the first (another BSN and birth date): told apart by a number.
    const eerste = data(await o.handlers.inburgeraarOphalen({ id: ids[0]! })).inburgeraar;
    const naamgenoot = { ...synthetischeInburgeraar(maakRandom(77), '2026-06-01', 5), voornamen: eerste.voornamen, tussenvoegsel: null, achternaam: eerste.achternaam, geboortedatum: '1984-03-07' };
    const { id: vierde } = data(await o.handlers.inburgeraarToevoegen(naamgenoot));
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: [...ids, vierde] }));
    const { bestandsnaam } = data(await o.handlers.presentielijstOpslaan({ sessieId: sessies[1]! }));
    const pdf = o.opgeslagen.get(bestandsnaam)!;
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('Presentielijst participatieverklaringstraject');
    expect(tekst).toContain('Onderdeel: Excursie (kernwaarde: vrijheid)');
    expect(tekst).toContain('Datum en tijd: 11 mei 2026, 13:30 uur (2 uur)');
    expect(tekst).toContain('Nr. Naam');
    expect(tekst).toContain('Handtekening');
    expect(tekst).not.toContain('Geboren');
    for (const naam of ['Đorđe Petrović', 'Łucja Wiśniewska']) expect(tekst).toContain(naam);
    const dubbel = `${eerste.voornamen} ${eerste.achternaam}`;
    expect(tekst).toContain(`${dubbel} (1)`);
    expect(tekst).toContain(`${dubbel} (2)`);
    expect(tekst).not.toMatch(/\b\d{9}\b/);

    // No birth date in any format: ISO, dd-mm-yyyy, d-m-yyyy, with / or ., in words, or a bare year with month.
    const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const geboortedata = await Promise.all([...ids, vierde].map(async (id) => data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar.geboortedatum));
    for (const iso of geboortedata) {
      const [j, m, d] = iso.split('-') as [string, string, string];
      const vormen = [iso, `${d}-${m}-${j}`, `${Number(d)}-${Number(m)}-${j}`, `${d}/${m}/${j}`, `${Number(d)}/${Number(m)}/${j}`, `${d}.${m}.${j}`, `${d}-${m}-${j.slice(2)}`, `${Number(d)} ${maanden[Number(m) - 1]} ${j}`];
      for (const vorm of vormen) expect(tekst, iso).not.toContain(vorm);
      expect(tekst).not.toContain(j);
    }
    // The only date on the list is that of the session.
    expect(tekst).not.toMatch(/\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/);
    expect(tekst).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect([...tekst.matchAll(new RegExp(`\\b\\d{1,2} (${maanden.join('|')}) \\d{4}\\b`, 'g'))].map((m) => m[0])).toEqual(['11 mei 2026']);
    pdfNaarPng(pdf, 'test-results/documenten/presentielijst-pagina-1', 60);
  });

  it('refuses the MAP for the onderwijsroute with the article, and tracks it otherwise', async () => {
    const [onderwijs, b1] = [ids[0]!, ids[1]!];
    for (const id of [onderwijs, b1]) {
      data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-06-01') }));
    }
    data(await o.handlers.pipConceptOpslaan({ inburgeraarId: onderwijs, inhoud: { ...VOLLEDIG_PIP, leerroute: 'onderwijs', mapIntensiteit: null, ontzorgen: false } }));
    const themas = MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond' as const, uren: 5, aanbieder: 'Werkplein' }));
    const geweigerd = await o.handlers.mapOpslaan({ inburgeraarId: onderwijs, themas, eindgesprek: '2026-05-30' });
    expect(geweigerd).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 8 lid 3 Wi 2021') } });
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: onderwijs })).map).toMatchObject({ vanToepassing: false, weigering: { artikel: 'art. 8 lid 3 Wi 2021' } });

    data(await o.handlers.mapOpslaan({ inburgeraarId: b1, themas, eindgesprek: null }));
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: b1 })).map).toMatchObject({ uren: 40, afgerond: false });
    data(await o.handlers.mapOpslaan({ inburgeraarId: b1, themas, eindgesprek: '2026-05-30' }));
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: b1 })).map.afgerond).toBe(true);
  });

  it('lists who still needs PVT or MAP, the end of the termijn first, with counts', async () => {
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'A. B', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit 2025' }))[0]!.id;
    for (const [id, dagtekening] of [[ids[1]!, '2026-03-01'], [ids[2]!, '2026-02-01']] as const) {
      // The kennisgeving first: the intake's dates cannot precede it (shared/rules/intake.ts).
      data(await o.handlers.inburgeraarWijzigen({ id, gegevens: { ...data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-01-05' } }));
      data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-01-12') }));
      data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-01-20', inAfwezigheid: false }));
      klok = new Date(`${dagtekening}T09:00:00Z`);
      const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
      data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening, ondertekenaarId }));
      klok = NU;
    }
    const lijst = data(await o.handlers.pvtMapWerklijst({}));
    expect(lijst.rijen.map((r) => [r.id, r.termijnEinde])).toEqual([[ids[2]!, '2029-02-01'], [ids[1]!, '2029-03-01'], [ids[0]!, null]]);
    expect(lijst).toMatchObject({ pvtOpen: 3, mapOpen: 3, totaal: 3 });
    // Paged on the server (issue 14): the second page of two rows holds the third row, the totals stay.
    expect(data(await o.handlers.pvtMapWerklijst({ pagina: 1, aantal: 2 }))).toEqual({ rijen: [lijst.rijen[2]], totaal: 3, pvtOpen: 3, mapOpen: 3 });
    const teVeel = await o.handlers.pvtMapWerklijst({ aantal: 501 });
    expect(teVeel).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Ten hoogste 500 rijen') } });
  });
});
