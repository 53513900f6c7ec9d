import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, VOLLEDIGE_INTAKE } from '../../electron/demo/voorbeelddossier';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

// Ondertekenaars (mandated signers): removing one hides it from new choices; a signed beschikking
// keeps the signer it was signed with.

const NU = new Date('2026-04-14T09:00:00Z');
const DE_BOER = { naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025 (Gemeenteblad 2025, 1234)' };
const JANSEN = { naam: 'C. Jansen', functie: 'afdelingshoofd Samenleving', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025 (Gemeenteblad 2025, 1234)' };

describe('ondertekenaars', () => {
  let o: TestOmgeving;
  let deBoer: number;
  let jansen: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
    }));
    const na = (lijst: { id: number; naam: string }[], naam: string) => lijst.find((r) => r.naam === naam)!.id;
    deBoer = na(data(await o.handlers.ondertekenaarOpslaan(DE_BOER)), DE_BOER.naam);
    jansen = na(data(await o.handlers.ondertekenaarOpslaan(JANSEN)), JANSEN.naam);
  });
  afterEach(async () => o.opruimen());

  /** An inburgeraar with a complete intake and a concept PIP, ready to be set. */
  async function conceptPip(zaad: number): Promise<number> {
    const { id } = data(await o.handlers.inburgeraarToevoegen({
      ...synthetischeInburgeraar(maakRandom(zaad), '2026-04-14', 0),
      doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-02-02', datumInschrijvingBrp: '2026-02-09', huisvestingArt28: true,
    }));
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: VOLLEDIGE_INTAKE }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-03-20', inAfwezigheid: false }));
    return data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: VOLLEDIG_PIP })).pip.id;
  }

  it('removing one takes it off the list, leaves the others, and writes an audit line', async () => {
    const over = data(await o.handlers.ondertekenaarVerwijderen({ id: deBoer }));
    expect(over).toEqual([{ id: jansen, ...JANSEN }]);
    expect(data(await o.handlers.ondertekenaarsLijst({}))).toEqual([{ id: jansen, ...JANSEN }]);

    const regels = await o.kluis.db.selectFrom('logboek').selectAll().where('object', '=', 'ondertekenaar').where('objectId', '=', deBoer).execute();
    expect(regels.at(-1)).toMatchObject({ actie: expect.stringMatching(/verwijder/), resultaat: 'gelukt' });
    expect(JSON.stringify(regels)).not.toContain('de Boer');
  });

  it('a beschikking set earlier keeps its signer in the frozen record and the stored PDF', async () => {
    const pipId = await conceptPip(5);
    const vastgesteld = data(await o.handlers.pipVaststellen({ pipId, dagtekening: '2026-04-14', ondertekenaarId: deBoer })).pip;
    expect(vastgesteld.ondertekenaar).toEqual(DE_BOER);
    data(await o.handlers.documentOpslaan({ documentId: vastgesteld.documentId! }));
    const voor = [...o.opgeslagen.values()].at(-1)!;

    // Renamed first, then removed: neither reaches the signed record.
    data(await o.handlers.ondertekenaarOpslaan({ id: deBoer, ...DE_BOER, naam: 'mr. A.B. de Boer-Smit' }));
    data(await o.handlers.ondertekenaarVerwijderen({ id: deBoer }));

    const [versie] = data(await o.handlers.pipOverzicht({ inburgeraarId: vastgesteld.inburgeraarId })).versies;
    expect(versie).toMatchObject({ id: pipId, status: 'vastgesteld', ondertekenaar: DE_BOER });
    data(await o.handlers.documentOpslaan({ documentId: vastgesteld.documentId! }));
    const na = [...o.opgeslagen.values()].at(-1)!;
    expect(Buffer.from(na).equals(Buffer.from(voor))).toBe(true);
    expect(pdfTekstPlat(na)).toContain('namens dezen, mr. A.B. de Boer teamleider Werk en Inkomen');
  });

  it('a removed signer cannot sign a new beschikking; another one can', async () => {
    data(await o.handlers.ondertekenaarVerwijderen({ id: deBoer }));
    const pipId = await conceptPip(6);
    expect(await o.handlers.pipVaststellen({ pipId, dagtekening: '2026-04-14', ondertekenaarId: deBoer })).toMatchObject({
      ok: false,
      fout: { code: 'NIET_GEVONDEN', message: expect.stringContaining('Kies een ondertekenaar uit de lijst') },
    });
    expect(data(await o.handlers.pipVaststellen({ pipId, dagtekening: '2026-04-14', ondertekenaarId: jansen })).pip.ondertekenaar).toEqual(JANSEN);
  });

  it('removing an unknown id is refused in Dutch and leaves the list as it is', async () => {
    const voor = data(await o.handlers.ondertekenaarsLijst({}));
    expect(await o.handlers.ondertekenaarVerwijderen({ id: 9999 })).toEqual({
      ok: false,
      fout: { code: 'NIET_GEVONDEN', message: 'Deze ondertekenaar staat niet (meer) in de lijst.' },
    });
    expect(data(await o.handlers.ondertekenaarsLijst({}))).toEqual(voor);
  });
});
