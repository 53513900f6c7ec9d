import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { BRP_NAAM_MELDING } from '../../shared/rules/naam';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekst } from '../fixtures/pdf';

// Synthetic people in the fictional gemeente Voorbeeldstad. Today is 1 June 2026.
const NU = new Date('2026-06-01T09:00:00Z');
const CYRILLISCH = /[\u0400-\u04ff]/;

function persoon(wijziging: Partial<InburgeraarFormulier> = {}): InburgeraarFormulier {
  return {
    bsn: '999990019', voornamen: 'Ahmed', tussenvoegsel: null, achternaam: 'Ivanov', geboortedatum: '1990-05-10', geslacht: 'man',
    nationaliteit: 'Russische', taal: 'Russisch', tolkNodig: true, straat: 'Lindelaan', huisnummer: '4', postcode: '9911 AB', woonplaats: 'Voorbeeldstad',
    telefoon: null, email: null, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', vNummer: null,
    datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: null, datumKoppelingCoa: null,
    ...wijziging,
  };
}

describe('BRP name, original-script name and art. 28 housing in the dossier', () => {
  let o: TestOmgeving;
  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      ondertekenaarNaam: 'J. de Vries', ondertekenaarFunctie: 'wethouder', behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123',
      rechtbank: 'de rechtbank Noord-Nederland',
    }));
  });
  afterEach(async () => o.opruimen());

  const aantal = async () => data(await o.handlers.inburgeraarsLijst({})).totaal;
  const ophalen = async (id: number) => data(await o.handlers.inburgeraarOphalen({ id }));

  it('refuses a BRP name in another script with the Dutch message, and stores nothing', async () => {
    const antwoord = await o.handlers.inburgeraarToevoegen(persoon({ voornamen: 'Ахмед', achternaam: 'Иванов' }));
    expect(antwoord).toEqual({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: `Controleer de invoer: ${BRP_NAAM_MELDING}` } });
    expect(await aantal()).toBe(0);
  });

  it('stores the original-script name and the box, and gives them back', async () => {
    const { id } = data(await o.handlers.inburgeraarToevoegen(persoon({ naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: true })));
    expect((await ophalen(id)).inburgeraar).toMatchObject({ voornamen: 'Ahmed', achternaam: 'Ivanov', naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: true, huisvestingArt28: false });
    const ongeldig = await o.handlers.inburgeraarWijzigen({ id, gegevens: persoon({ naamOorspronkelijkSchrift: 'ኣማኑኤል', oorspronkelijkSchriftOpDocumenten: true }) });
    expect(ongeldig).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Dit schrift kan Koers nog niet afdrukken') } });
    expect((await ophalen(id)).inburgeraar.naamOorspronkelijkSchrift).toBe('Ахмед Иванов');
  });

  it('the participatieverklaring prints the original-script name under the BRP name only when the box is ticked', async () => {
    const met = data(await o.handlers.inburgeraarToevoegen(persoon({ naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: true }))).id;
    const zonder = data(await o.handlers.inburgeraarToevoegen(persoon({ bsn: '999990032', voornamen: 'Olena', achternaam: 'Kovalenko', naamOorspronkelijkSchrift: 'Олена Коваленко' }))).id;

    expect(data(await o.handlers.participatieverklaringOpslaan({ inburgeraarId: met, plaats: 'Voorbeeldstad', datum: null }))).toMatchObject({ bestandsnaam: 'Participatieverklaring Ahmed Ivanov.pdf' });
    const metTekst = pdfTekst(o.opgeslagen.get('Participatieverklaring Ahmed Ivanov.pdf')!);
    expect(metTekst).toMatch(/Naam: Ahmed Ivanov\n\s*Ахмед Иванов\n/);

    data(await o.handlers.participatieverklaringOpslaan({ inburgeraarId: zonder, plaats: 'Voorbeeldstad', datum: null }));
    const zonderTekst = pdfTekst(o.opgeslagen.get('Participatieverklaring Olena Kovalenko.pdf')!);
    expect(zonderTekst).toContain('Naam: Olena Kovalenko\n');
    expect(zonderTekst).not.toMatch(CYRILLISCH);
  });

  it('the ceremony batch does the same per person', async () => {
    const met = data(await o.handlers.inburgeraarToevoegen(persoon({ naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: true }))).id;
    const zonder = data(await o.handlers.inburgeraarToevoegen(persoon({ bsn: '999990032', voornamen: 'Olena', achternaam: 'Kovalenko', naamOorspronkelijkSchrift: 'Олена Коваленко' }))).id;
    const ids = [met, zonder];
    for (const id of ids) data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
    const { id: groepId } = data(await o.handlers.pvtGroepAanmaken({ naam: 'Voorjaar 2026', notitie: null }));
    const sessie = async (soort: 'inleiding_kernwaarden' | 'excursie' | 'ondertekeningsbijeenkomst', datum: string, uren: number, kernwaarde: 'vrijheid' | null = null) =>
      data(await o.handlers.pvtSessieToevoegen({ groepId, datum, tijd: '13:30', plaats: 'Bibliotheek Voorbeeldstad', uitvoerder: 'Stichting Samen', tolk: null, uren, soort, kernwaarde })).id;
    const sessies = [await sessie('inleiding_kernwaarden', '2026-05-04', 8), await sessie('excursie', '2026-05-11', 2, 'vrijheid'), await sessie('ondertekeningsbijeenkomst', '2026-06-08', 2)];
    data(await o.handlers.pvtInschrijven({ groepId, inburgeraarIds: ids }));
    for (const sessieId of sessies.slice(0, 2)) data(await o.handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: ids.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }));

    const { taakId, totaal } = data(await o.handlers.ceremonieBatchStarten({ groepId, plaats: 'Voorbeeldstad', datum: null }));
    expect(totaal).toBe(2);
    for (let i = 0; i < 200 && data(await o.handlers.taakStatus({ taakId })).status === 'bezig'; i += 1) await new Promise((r) => setTimeout(r, 25));
    const paginas = pdfTekst(o.opgeslagen.get('Participatieverklaringen Voorjaar 2026.pdf')!).split('\f');
    const pagina = (naam: string) => paginas.find((p) => p.includes(`Naam: ${naam}\n`))!;
    expect(pagina('Ahmed Ivanov')).toMatch(/Naam: Ahmed Ivanov\n\s*Ахмед Иванов\n/);
    expect(pagina('Olena Kovalenko')).not.toMatch(CYRILLISCH);
  });

  it('letters keep only the BRP name, even with the box ticked', async () => {
    const id = data(await o.handlers.inburgeraarToevoegen(persoon({ naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: true }))).id;
    const { documentId } = data(await o.handlers.oproepVersturen({ inburgeraarId: id, verzonden: '2026-06-01', verschijnenOp: '2026-06-15', tijdEnPlaats: '10.00 uur, gemeentehuis, Markt 1' }));
    const { bestandsnaam } = data(await o.handlers.documentOpslaan({ documentId }));
    const brief = pdfTekst(o.opgeslagen.get(bestandsnaam)!);
    expect(brief).toContain('Ahmed Ivanov');
    expect(brief).not.toMatch(CYRILLISCH);
  });
});

describe('PIP deadline: the BRP date only for art. 28 housing (Besluit 5.3 lid 1)', () => {
  let o: TestOmgeving;
  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  const termijnVan = async (wijziging: Partial<InburgeraarFormulier>) => {
    const { id } = data(await o.handlers.inburgeraarToevoegen(persoon(wijziging)));
    const lijst = data(await o.handlers.inburgeraarsLijst({})).rijen;
    const { pipTermijn } = data(await o.handlers.inburgeraarOphalen({ id }));
    expect(lijst.find((r) => r.id === id)!.pipUiterlijk).toBe(pipTermijn!.datum);
    data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'vertrokken', datum: '2026-06-01', reden: 'Vertrokken volgens de BRP' }));
    return pipTermijn!;
  };
  // Kennisgeving Mon 2 Feb 2026 → 10 weeks: Mon 13 April 2026. BRP Mon 2 March 2026 → Mon 11 May 2026.
  const KENNISGEVING = { datumKennisgevingDuo: '2026-02-02', startgebeurtenis: 'kennisgeving inburgeringsplicht (DUO)', datum: '2026-04-13' };

  it('a gezinsmigrant with a later BRP date keeps the deadline of the kennisgeving', async () => {
    const termijn = await termijnVan({ doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', datumInschrijvingBrp: '2026-03-02' });
    expect(termijn).toMatchObject({ startdatum: '2026-02-02', startgebeurtenis: KENNISGEVING.startgebeurtenis, datum: KENNISGEVING.datum });
  });

  it('a statushouder without the box keeps the kennisgeving too', async () => {
    const termijn = await termijnVan({ datumInschrijvingBrp: '2026-03-02', huisvestingArt28: false });
    expect(termijn).toMatchObject({ startdatum: '2026-02-02', datum: KENNISGEVING.datum });
  });

  it('an art. 28 statushouder with a later BRP date counts from the inschrijving BRP', async () => {
    const termijn = await termijnVan({ datumInschrijvingBrp: '2026-03-02', huisvestingArt28: true });
    expect(termijn).toMatchObject({ startdatum: '2026-03-02', startgebeurtenis: 'inschrijving BRP', datum: '2026-05-11', artikel: expect.stringContaining('art. 5.3 lid 1 Besluit inburgering 2021') });
  });

  it('edge: an art. 28 statushouder with a BRP date before the kennisgeving counts from the kennisgeving', async () => {
    const termijn = await termijnVan({ datumInschrijvingBrp: '2026-01-20', huisvestingArt28: true });
    expect(termijn).toMatchObject({ startdatum: '2026-02-02', startgebeurtenis: KENNISGEVING.startgebeurtenis, datum: KENNISGEVING.datum });
  });

  it('edge: the box without a BRP date yet counts from the kennisgeving', async () => {
    expect(await termijnVan({ huisvestingArt28: true })).toMatchObject({ startdatum: '2026-02-02', datum: KENNISGEVING.datum });
  });

  it('refuses the box for a gezinsmigrant, and stores nothing', async () => {
    const antwoord = await o.handlers.inburgeraarToevoegen(persoon({ doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: true }));
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('geldt alleen voor asielstatushouders') } });
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen).toEqual([]);
  });
});

describe('verhuizing: the termijn of an earlier gemeente in the dossier', () => {
  let o: TestOmgeving;
  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  const VERHUIZING = {
    verhuisdVanGemeente: 'Oudestad', termijnStartEerder: '2025-03-01', leerrouteEerder: 'b1',
    niveausEerder: { lezen: 'A2', luisteren: 'B1', schrijven: 'B1', spreken: 'B1' },
  } as const;

  it('stores gemeente, start, leerroute and the level per part, and can clear them', async () => {
    const { id } = data(await o.handlers.inburgeraarToevoegen(persoon(VERHUIZING)));
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar).toMatchObject(VERHUIZING);
    data(await o.handlers.inburgeraarWijzigen({ id, gegevens: persoon({ verhuisdVanGemeente: null, termijnStartEerder: null, leerrouteEerder: null, niveausEerder: null }) }));
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar).toMatchObject({ verhuisdVanGemeente: null, termijnStartEerder: null, leerrouteEerder: null, niveausEerder: null });
  });

  it('refuses a start in the future (by the handler’s own date) and changes nothing', async () => {
    const { id } = data(await o.handlers.inburgeraarToevoegen(persoon(VERHUIZING)));
    const morgen = await o.handlers.inburgeraarWijzigen({ id, gegevens: persoon({ ...VERHUIZING, termijnStartEerder: '2026-06-02', telefoon: '06-12345678' }) });
    expect(morgen).toEqual({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: De start van de inburgeringstermijn ligt in de toekomst. Vul de datum in uit het plan van de vorige gemeente.' },
    });
    expect(data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar).toMatchObject({ termijnStartEerder: '2025-03-01', telefoon: null });
    expect((await o.handlers.inburgeraarToevoegen(persoon({ ...VERHUIZING, bsn: '999990032', termijnStartEerder: '2026-06-02' }))).ok).toBe(false);
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen).toHaveLength(1);
    // Today itself is allowed.
    data(await o.handlers.inburgeraarWijzigen({ id, gegevens: persoon({ ...VERHUIZING, termijnStartEerder: '2026-06-01' }) }));
  });

  it('refuses half a record with a message per missing field', async () => {
    const antwoord = await o.handlers.inburgeraarToevoegen(persoon({ verhuisdVanGemeente: 'Oudestad', leerrouteEerder: 'b1' }));
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    const melding = antwoord.ok ? '' : antwoord.fout.message;
    expect(melding).toContain('Vul de start van de inburgeringstermijn in');
    expect(melding).toContain('Kies voor de B1-route per onderdeel het niveau');
    expect(data(await o.handlers.inburgeraarsLijst({})).rijen).toEqual([]);
  });
});
