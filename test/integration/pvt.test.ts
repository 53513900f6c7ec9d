import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { maakParticipatieverklaringen } from '../../electron/documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../../electron/documents/sjablonen';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { STANDAARD_INSTELLINGEN } from '../../shared/domain/instellingen';
import { RESOURCES, TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

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

describe('ceremony batch of 100 forms', () => {
  it('has 100 pages, one form per page with the right name, and reports progress', async () => {
    const sjabloon = participatieverklaringSjabloonLaden(RESOURCES);
    const random = maakRandom(100);
    const personen = Array.from({ length: 100 }, (_, i) => {
      const p = synthetischeInburgeraar(random, '2026-06-01', i);
      // Right-to-left names extract in visual order (tested in participatieverklaring.test.ts); here the
      // point is one form per page in order, so every page gets a left-to-right name with its number.
      const naam = /[\u0600-\u06ff]/.test(p.voornamen) ? `Deelnemer ${i + 1}` : `${p.voornamen} ${p.achternaam} ${i + 1}`;
      return { naam, geboortedatum: p.geboortedatum };
    });
    const gemeld: number[] = [];
    const bytes = await maakParticipatieverklaringen(RESOURCES, sjabloon, { ...STANDAARD_INSTELLINGEN, gemeentenaam: 'Voorbeeldstad', logo: null }, personen, { voortgang: (klaar) => void gemeld.push(klaar) });
    expect(gemeld).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(pdfPaginas(bytes!)).toBe(100);
    // pdftotext ends every page with a form feed: check the text of each of the 100 pages.
    const paginas = pdfTekst(bytes!).split('\f').slice(0, 100);
    expect(paginas).toHaveLength(100);
    paginas.forEach((tekst, index) => {
      expect(tekst, `pagina ${index + 1}`).toContain(`Naam: ${personen[index]!.naam}\n`);
      expect(tekst).toContain('Participatieverklaring');
      expect(tekst).toContain('Ik verklaar dat ik kennis heb genomen van de waarden en spelregels');
      expect(tekst).not.toContain('Pagina ');
    });
    expect(pdfTekst(bytes!, 37)).toContain(`Naam: ${personen[36]!.naam}`);
    expect(bytes!.length).toBeLessThan(3_000_000);
  });

  it('stops when cancelled', async () => {
    const sjabloon = participatieverklaringSjabloonLaden(RESOURCES);
    let teller = 0;
    const bytes = await maakParticipatieverklaringen(RESOURCES, sjabloon, { ...STANDAARD_INSTELLINGEN, gemeentenaam: 'X', logo: null }, Array.from({ length: 10 }, () => ({ naam: 'A B', geboortedatum: '1990-01-01' })), {
      voortgang: () => void (teller += 1),
      stoppen: () => teller >= 3,
    });
    expect(bytes).toBeNull();
    expect(teller).toBe(3);
  });
});
