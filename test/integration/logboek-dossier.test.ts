import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { logActieTekst, logResultaatTekst } from '../../shared/domain/logboek';
import { tijdstipKort } from '../../shared/format';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// The Logboek tab: the audit lines of one dossier (BIO 8.15.01), its documents included, and nothing of others.

describe('logboek of a dossier', () => {
  let o: TestOmgeving;
  let nu: Date;
  let a: number;
  let b: number;
  // Every action one minute after the one before, so "newest first" is visible in the order.
  const volgendeMinuut = () => {
    nu = new Date(nu.getTime() + 60_000);
  };

  beforeEach(async () => {
    nu = new Date('2026-04-14T08:00:00Z');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const random = maakRandom(11);
    a = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(random, '2026-04-14', 0),
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    })).id;
    volgendeMinuut();
    b = data(await o.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-04-14', 1))).id;
  });
  afterEach(async () => o.opruimen());

  it('shows only the dossier’s own lines and those of its documents, newest first, refusals marked', async () => {
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit 2025' }))[0]!.id;
    volgendeMinuut();
    data(await o.handlers.intakeOpslaan({ inburgeraarId: a, gegevens: VOLLEDIGE_INTAKE }));
    volgendeMinuut();
    data(await o.handlers.pvtIntakeUren({ inburgeraarId: b, intakeUren: 2 }));
    volgendeMinuut();
    data(await o.handlers.intakeAfronden({ inburgeraarId: a, datum: '2026-03-20', inAfwezigheid: false }));
    volgendeMinuut();
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: a, inhoud: VOLLEDIG_PIP }));
    volgendeMinuut();
    const vastgesteld = data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-04-14', ondertekenaarId })).pip;
    volgendeMinuut();
    data(await o.handlers.documentOpslaan({ documentId: vastgesteld.documentId! }));
    volgendeMinuut();
    // Refused: no PVT hours yet (Besluit 3.1). The refusal names the dossier it was about.
    expect(await o.handlers.pvtOndertekeningVastleggen({ inburgeraarId: a, datum: '2026-04-14', plaats: 'Voorbeeldstad' })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });
    volgendeMinuut();
    data(await o.handlers.pvtGroepAanmaken({ naam: 'Voorjaar 2026', notitie: null }));

    const logA = data(await o.handlers.logboekDossier({ inburgeraarId: a }));
    const logB = data(await o.handlers.logboekDossier({ inburgeraarId: b }));

    expect(logA.map((r) => [r.omschrijving, r.betreft, r.resultaat])).toEqual([
      ['Participatieverklaring ondertekend', 'Dossier', 'Geweigerd (in strijd met een regel)'],
      ['Document opgeslagen', 'Document: Persoonlijk plan inburgering en participatie', 'Gelukt'],
      ['PIP vastgesteld: versie 1 (INB-2026-0001)', 'Dossier', 'Gelukt'],
      ['PIP concept opgeslagen: versie 1', 'Dossier', 'Gelukt'],
      ['Intake afgerond: met de inburgeraar', 'Dossier', 'Gelukt'],
      ['Intake opgeslagen', 'Dossier', 'Gelukt'],
      ['Dossier aangemaakt', 'Dossier', 'Gelukt'],
    ]);
    expect(logA.map((r) => r.geweigerd)).toEqual([true, false, false, false, false, false, false]);
    expect(logA.every((r) => r.actor === o.kluis.actor)).toBe(true);
    expect(logA.at(-1)!.tijdstip).toBe('2026-04-14T08:00:00.000Z');
    expect(logB.map((r) => r.omschrijving)).toEqual(['Intake-uren PVT vastgelegd', 'Dossier aangemaakt']);

    // Against the whole logboek: every line about A or A's documents is in A's tab, none of B's.
    const documentenA = (await o.kluis.db.selectFrom('documenten').select('id').where('inburgeraarId', '=', a).execute()).map((d) => d.id);
    const alles = await o.kluis.db.selectFrom('logboek').selectAll().execute();
    const vanA = alles.filter((r) => (r.object === 'inburgeraar' && r.objectId === a) || (r.object === 'document' && documentenA.includes(r.objectId!)));
    expect(logA.map((r) => r.id).sort()).toEqual(vanA.map((r) => r.id).sort());
    expect(logA.some((r) => logB.some((s) => s.id === r.id))).toBe(false);
    expect(alles.length).toBeGreaterThan(logA.length + logB.length);

    expect(await o.handlers.logboekDossier({ inburgeraarId: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
  });

  it('reads as Dutch: the time on the Dutch clock, the action in words, a refusal with its reason', () => {
    expect(tijdstipKort('2026-11-23T09:04:00.000Z')).toBe('23-11-2026 10:04');
    expect(tijdstipKort('2026-07-01T22:30:00.000Z')).toBe('02-07-2026 00:30');
    // The night the clock goes back: 01:30 UTC is 02:30 summer time… then 02:30 winter time an hour later.
    expect(tijdstipKort('2026-10-25T00:30:00.000Z')).toBe('25-10-2026 02:30');
    expect(tijdstipKort('2026-10-25T01:30:00.000Z')).toBe('25-10-2026 02:30');
    expect(logActieTekst('status: → pip_vastgesteld')).toBe('Status gewijzigd: PIP vastgesteld');
    expect(logActieTekst('uitkomst oproep: niet_verschenen')).toBe('Uitkomst oproep vastgelegd: Niet verschenen');
    expect(logActieTekst('gemeld aan DUO: leerroute')).toBe('Gemeld aan DUO: leerroute');
    expect(logResultaatTekst('geweigerd: ONGELDIGE_INVOER')).toEqual({ geweigerd: true, tekst: 'Geweigerd (de invoer klopte niet)' });
    expect(logResultaatTekst('gelukt')).toEqual({ geweigerd: false, tekst: 'Gelukt' });
  });
});
