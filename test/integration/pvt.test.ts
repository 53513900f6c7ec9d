import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekstPlat } from '../fixtures/pdf';

const NU = new Date('2026-06-01T09:00:00Z');

describe('participatieverklaringstraject and MAP', () => {
  let o: TestOmgeving;
  let ids: number[];

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({ gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10, ondertekenaarNaam: 'J. de Vries', ondertekenaarFunctie: 'wethouder' }));
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

    const { taakId, totaal } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: 'Voorbeeldstad', datum: null }));
    expect(totaal).toBe(3);
    const stand = await wachtOpTaak(taakId);
    expect(stand).toMatchObject({ status: 'klaar', voortgang: 3, totaal: 3, resultaat: { bestandsnaam: 'Participatieverklaringen Voorjaar 2026.pdf', opgeslagen: true } });
    const batch = o.opgeslagen.get('Participatieverklaringen Voorjaar 2026.pdf')!;
    expect(pdfPaginas(batch)).toBe(3);
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(batch, 'test-results/documenten/ceremonie-batch-pagina-1', 60);

    data(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: ids[0]!, datum: '2026-05-25', plaats: 'Voorbeeldstad' }));
    const geweigerd = await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: ids[2]!, datum: '2026-05-25', plaats: 'Voorbeeldstad' });
    expect(geweigerd).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('art. 3.1 lid 1 Besluit inburgering 2021') } });

    const dossier = data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! }));
    expect(dossier).toMatchObject({ status: 'afgerond', uren: 12, datumOndertekening: '2026-05-25', sjabloonVersie: '2022-01-01' });

    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('scan')]);
    data(await o.handlers.pvtScanOpslaan({ inburgeraarId: ids[0]!, mime: 'application/pdf', base64: scan.toString('base64') }));
    expect(await o.handlers.pvtScanOpslaan({ inburgeraarId: ids[0]!, mime: 'image/png', base64: scan.toString('base64') })).toMatchObject({ ok: false });
    expect(data(await o.handlers.pvtDossier({ inburgeraarId: ids[0]! })).scanDocumentId).not.toBeNull();
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

  it('prints a presentielijst per session with names and a signature column, without BSN', async () => {
    const { groepId, sessies } = await groepMetSessies();
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    const { bestandsnaam } = data(await o.handlers.presentielijstOpslaan({ sessieId: sessies[1]! }));
    const pdf = o.opgeslagen.get(bestandsnaam)!;
    const tekst = pdfTekstPlat(pdf);
    expect(tekst).toContain('Presentielijst participatieverklaringstraject');
    expect(tekst).toContain('Onderdeel: Excursie (kernwaarde: vrijheid)');
    expect(tekst).toContain('Datum en tijd: 11 mei 2026, 13:30 uur (2 uur)');
    expect(tekst).toContain('Handtekening');
    for (const naam of ['Gülşen Çelik', 'Đorđe Petrović', 'Łucja Wiśniewska']) expect(tekst).toContain(naam);
    expect(tekst).not.toMatch(/\b\d{9}\b/);
    pdfNaarPng(pdf, 'test-results/documenten/presentielijst-pagina-1', 60);
  });

  it('refuses the MAP for the onderwijsroute with the article, and tracks it otherwise', async () => {
    const [onderwijs, b1] = [ids[0]!, ids[1]!];
    for (const id of [onderwijs, b1]) {
      data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
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
      data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
      data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-01-20', inAfwezigheid: false }));
      data(await o.handlers.inburgeraarWijzigen({ id, gegevens: { ...data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-01-05' } }));
      const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP }));
      data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening, ondertekenaarId }));
    }
    const lijst = data(await o.handlers.pvtMapWerklijst({}));
    expect(lijst.rijen.map((r) => [r.id, r.termijnEinde])).toEqual([[ids[2]!, '2029-02-01'], [ids[1]!, '2029-03-01'], [ids[0]!, null]]);
    expect(lijst).toMatchObject({ pvtOpen: 3, mapOpen: 3 });
  });
});
