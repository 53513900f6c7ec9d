import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';
import { GEVULDE_TABELLEN, maakGroep, rijenVanDossier, vulDossier } from '../fixtures/volledig-dossier';

// AVG art. 15: everything Koers holds about one person, as a PDF summary and a JSON file with every row.
const NU = new Date('2027-03-15T10:00:00+01:00');

describe('AVG inzage: PDF and JSON', () => {
  let o: TestOmgeving;
  let id: number;
  let ander: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    await o.kluis.db.insertInto('instellingen').values({ sleutel: 'gemeentenaam', waarde: JSON.stringify('Voorbeeldstad') }).execute();
    id = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(41), '2027-01-01', 4))).id;
    ander = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(maakRandom(42), '2027-01-01', 5))).id;
    data(await o.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
    const groep = await maakGroep(o.kluis.db);
    await vulDossier(o.kluis.db, id, groep, { metBesluit: true });
    await vulDossier(o.kluis.db, ander, groep);
  });
  afterEach(async () => o.opruimen());

  it('the JSON holds every row of every table of the dossier, documents as a list with their hash, and nothing of another person', async () => {
    const uit = data(await o.handlers.privacyInzageJson({ inburgeraarId: id }));
    expect(uit.opgeslagen).toBe(true);
    expect(uit.bestandsnaam).toMatch(/^Inzage AVG .+ 15-03-2027\.json$/);
    const tekst = new TextDecoder().decode(o.opgeslagen.get(uit.bestandsnaam)!);
    const json = JSON.parse(tekst) as {
      inburgeraarId: number;
      tabellen: Record<string, Record<string, unknown>[]>;
      documenten: { titel: string; datum: string; sha256: string }[];
      logboek: { actie: string }[];
      groepsdeelname: { groep: string }[];
    };
    expect(json.inburgeraarId).toBe(id);
    const persoon = data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar;
    expect(json.tabellen.inburgeraars).toEqual([expect.objectContaining({ id, bsn: persoon.bsn, achternaam: persoon.achternaam })]);

    // Every table with rows for this person in the vault — found in the schema — is in the JSON with all its rows.
    const inKluis = await rijenVanDossier(o.kluis.db, id);
    for (const tabel of [...GEVULDE_TABELLEN, 'statuswijzigingen', 'ontheffingen']) expect(inKluis[tabel], tabel).toBeGreaterThan(0);
    for (const [tabel, aantal] of Object.entries(inKluis)) {
      const rijen = tabel === 'documenten' ? json.documenten : json.tabellen[tabel];
      expect(rijen ?? [], tabel).toHaveLength(aantal);
      for (const rij of json.tabellen[tabel] ?? []) expect(rij.inburgeraarId, tabel).toBe(id);
    }
    expect(json.documenten).toEqual([expect.objectContaining({ titel: 'Oproep brede intake', datum: '2027-01-05T09:00:00.000Z', sha256: 'a'.repeat(64), mime: 'application/pdf' })]);
    expect(tekst).not.toContain('GEHEIME-INHOUD');
    expect(tekst).not.toContain(Buffer.from('%PDF-1.7 GEHEIME-INHOUD').toString('base64'));
    expect(json.tabellen.journaal![0]).toMatchObject({ tekst: 'Gebeld over de cursus' });
    expect(json.groepsdeelname).toEqual([expect.objectContaining({ groep: 'Groep A' })]);
    expect(json.logboek.map((l) => l.actie)).toContain('status: → intake');
    const anderePersoon = data(await o.handlers.inburgeraarOphalen({ id: ander })).inburgeraar;
    expect(tekst).not.toContain(anderePersoon.bsn);
  });

  it('the PDF is a sound document with a heading for every part, in plain Dutch', async () => {
    const uit = data(await o.handlers.privacyInzagePdf({ inburgeraarId: id }));
    const bytes = o.opgeslagen.get(uit.bestandsnaam)!;
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
    const tekst = pdfTekstPlat(bytes);
    for (const kop of [
      'Inzage in uw gegevens', 'Uw gegevens', 'Intake', 'Persoonlijk plan (PIP)', 'Participatieverklaring (PVT) en MAP', 'Voortgang', 'Begeleiding',
      'Handhaving', 'Bezwaar', 'Journaal en afspraken', 'Status en meldingen aan DUO', 'Documenten', 'Logboek',
    ]) expect(tekst, kop).toContain(kop);
    const persoon = data(await o.handlers.inburgeraarOphalen({ id })).inburgeraar;
    expect(tekst).toContain(persoon.achternaam);
    expect(tekst).toContain('U vroeg welke gegevens gemeente Voorbeeldstad over u heeft');
    expect(tekst).toContain('Gebeld over de cursus');
    expect(tekst).toContain('Oproep brede intake');
    expect(tekst).toContain('a'.repeat(20));
    expect(tekst).toContain('Ontheffing van de leerbaarheidstoets');
    expect(tekst).toContain('Taalles bij Taalschool');
    expect(tekst).toContain('status: → intake');
  });

  it('logs each saved file as an export without personal data, and refuses an unknown dossier', async () => {
    data(await o.handlers.privacyInzagePdf({ inburgeraarId: id }));
    data(await o.handlers.privacyInzageJson({ inburgeraarId: id }));
    const regels = await o.kluis.db.selectFrom('logboek').select(['actie', 'object', 'objectId']).where('actie', 'like', 'inzage%').execute();
    expect(regels).toEqual([
      { actie: 'inzage (AVG) geëxporteerd: pdf', object: 'inburgeraar', objectId: id },
      { actie: 'inzage (AVG) geëxporteerd: json', object: 'inburgeraar', objectId: id },
    ]);
    const aantal = o.opgeslagen.size;
    expect(await o.handlers.privacyInzagePdf({ inburgeraarId: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: expect.stringContaining('bestaat niet') } });
    expect(o.opgeslagen.size).toBe(aantal);
  });
});
