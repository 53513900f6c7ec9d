import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

// Wi 14 lid 6: the ontheffing of the leerbaarheidstoets, recorded in the intake and set by a frozen beschikking.

const NU = new Date('2026-04-14T09:00:00Z');
const INSTELLINGEN = {
  gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
  behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: null, rechtbank: 'de rechtbank Noord-Nederland',
  kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
};
const MOTIVERING = 'U bent blind. Dat blijkt uit de verklaring van uw oogarts. De leerbaarheidstoets is een toets op papier en op een scherm. Die kunt u daarom niet maken.';

describe('ontheffing leerbaarheidstoets', () => {
  let o: TestOmgeving;
  let ondertekenaarId: number;
  let inburgeraarId: number;

  beforeEach(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan(INSTELLINGEN));
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
    inburgeraarId = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(14), '2026-04-14', 1), datumKennisgevingDuo: '2026-03-02' })).id;
  });
  afterEach(async () => o.opruimen());

  async function intakeMetOntheffing(ontheffingToets: 'geen' | 'visueel' | 'auditief', toetsDatum: string | null = null) {
    data(await o.handlers.intakeOpslaan({ inburgeraarId, gegevens: { ...volledigeIntakeOp('2026-04-01'), leerbaarheidstoetsDatum: toetsDatum, ontheffingToets } }));
  }

  const invoer = { dagtekening: '2026-04-14', motivering: MOTIVERING, onderbouwing: 'verklaring van uw oogarts van 2 april 2026' };

  /** Everything vaststellen would change: the ontheffing, the documents and the kenmerk sequence. */
  async function stand() {
    return {
      ontheffing: data(await o.handlers.ontheffingOphalen({ inburgeraarId })).ontheffing,
      documenten: data(await o.handlers.documentenLijst({ inburgeraarId })).length,
    };
  }

  it('sets the beschikking: frozen PDF with decision, own motivering, clause, namens dezen, kenmerk and dagtekening; logged', async () => {
    await intakeMetOntheffing('visueel');
    expect(data(await o.handlers.ontheffingOphalen({ inburgeraarId }))).toEqual({ ontheffing: null, inIntake: 'visueel' });
    const { ontheffing } = data(await o.handlers.ontheffingVaststellen({ inburgeraarId, ondertekenaarId, ...invoer }));
    expect(ontheffing).toMatchObject({
      beperking: 'visueel',
      dagtekening: '2026-04-14',
      kenmerk: 'INB-2026-0001',
      ondertekenaar: { naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' },
      sjabloonVersie: '2026-11-23',
    });
    const documenten = data(await o.handlers.documentenLijst({ inburgeraarId }));
    expect(documenten).toEqual([expect.objectContaining({ id: ontheffing.documentId, soort: 'beschikking_ontheffing', titel: 'Besluit ontheffing leerbaarheidstoets' })]);

    data(await o.handlers.documentOpslaan({ documentId: ontheffing.documentId }));
    const tekst = pdfTekstPlat([...o.opgeslagen.values()].at(-1)!);
    expect(tekst).toContain('Ons besluit Wij geven u ontheffing van de leerbaarheidstoets. Ontheffing betekent: u hoeft deze toets niet te doen. Dat is ons besluit (artikel 14 lid 6 Wet inburgering 2021). Dit besluit geldt vanaf 14 april 2026.');
    expect(tekst).toContain('aan iemand die de toets niet kan maken omdat hij of zij slecht of niet ziet (artikel 14 lid 6 Wet inburgering 2021)');
    expect(tekst).not.toContain('beperking van uw ogen');
    expect(tekst).toContain('Kom wel naar de gesprekken van de brede intake. Gaat u beter zien, of verandert er iets anders aan uw ogen? Bel dan');
    expect(tekst).toContain(MOTIVERING);
    expect(tekst).toContain('Wij hebben ons gebaseerd op de verklaring van uw oogarts van 2 april 2026.');
    expect(tekst).toContain('Dat doet u met een bezwaarschrift. Een bezwaarschrift is een brief waarin u');
    expect(tekst).toContain('De voorzieningenrechter is een rechter die snel beslist.');
    expect(tekst).toContain('griffierecht (geld dat u aan de rechtbank betaalt)');
    expect(tekst).toContain('Wat moet u doen?');
    expect(tekst).toContain('Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken');
    expect(tekst).toContain('het kenmerk INB-2026-0001 of een beschrijving van dit besluit');
    expect(tekst).toContain('Burgemeester en wethouders van Voorbeeldstad, namens dezen, mr. A.B. de Boer teamleider');
    expect(tekst).toContain('14 april 2026');

    const logboek = data(await o.handlers.logboekDossier({ inburgeraarId }));
    expect(logboek).toContainEqual(expect.objectContaining({ actie: 'beschikking ontheffing leerbaarheidstoets vastgesteld: INB-2026-0001', betreft: 'Dossier', geweigerd: false }));
    expect(JSON.stringify(logboek)).not.toContain('oogarts');
  });

  it('refuses without a recorded impairment, without motivering or ondertekenaar, back-dated, or a second time; nothing changes', async () => {
    const fout = async (extra: Record<string, unknown>) => {
      const antwoord = await o.handlers.ontheffingVaststellen({ inburgeraarId, ondertekenaarId, ...invoer, ...extra } as never);
      if (antwoord.ok) throw new Error('verwacht: geweigerd');
      return antwoord.fout.message;
    };
    await intakeMetOntheffing('geen');
    const leeg = await stand();
    expect(await fout({})).toBe(
      'De beschikking is niet vastgesteld. Leg eerst in de brede intake vast dat de leerbaarheidstoets niet kan door een visuele of auditieve beperking (artikel 14 lid 6 Wet inburgering 2021).',
    );
    expect(await stand()).toEqual(leeg);

    await intakeMetOntheffing('auditief');
    expect(await fout({ motivering: '  ' })).toContain('Motivering is verplicht.');
    expect(await fout({ ondertekenaarId: null })).toContain('Kies wie de beschikking ondertekent.');
    expect(await fout({ ondertekenaarId: 999 })).toBe('Kies een ondertekenaar uit de lijst bij Instellingen.');
    expect(await fout({ dagtekening: '2026-04-13' })).toBe('De beschikking is niet vastgesteld. De dagtekening ligt in het verleden. Kies vandaag of de dag waarop de brief wordt verzonden.');
    expect(await stand()).toEqual(leeg);

    // A toets already taken: an ontheffing would decide about the past.
    await intakeMetOntheffing('auditief', '2026-04-10');
    expect(await fout({})).toContain('De leerbaarheidstoets is al afgenomen op 10 april 2026.');
    expect(await stand()).toEqual(leeg);

    await intakeMetOntheffing('auditief');
    const { ontheffing } = data(await o.handlers.ontheffingVaststellen({ inburgeraarId, ondertekenaarId, ...invoer }));
    expect(ontheffing.kenmerk).toBe('INB-2026-0001');
    const na = await stand();
    expect(await fout({})).toBe('De beschikking is niet vastgesteld. Er is al een beschikking ontheffing vastgesteld (kenmerk INB-2026-0001). Die wordt niet opnieuw vastgesteld.');
    expect(await stand()).toEqual(na);
    // Each refused attempt is kept in the logboek (BIO), without personal data.
    const geweigerd = data(await o.handlers.logboekDossier({ inburgeraarId })).filter((r) => r.geweigerd);
    expect(geweigerd.map((r) => r.actie)).toContain('beschikking ontheffing leerbaarheidstoets vastgesteld');
  });

  it('shows a preview with a stand-in kenmerk and signatory, and stores nothing', async () => {
    await intakeMetOntheffing('auditief');
    const { brief } = data(await o.handlers.ontheffingVoorbeeld({ inburgeraarId, ondertekenaarId: null, ...invoer }));
    expect(brief.referentie).toContainEqual({ label: 'Ons kenmerk', waarde: 'CONCEPT — nog geen kenmerk' });
    expect(brief.ondertekening).toMatchObject({ namens: ['Burgemeester en wethouders van Voorbeeldstad,', 'namens dezen,'], naam: '[naam ondertekenaar]' });
    expect(brief.secties.map((s) => s.kop)).toEqual(['Ons besluit', 'Waarom wij zo besluiten', 'Wat betekent dit voor u?', 'Wat moet u doen?', 'Bent u het niet eens met dit besluit?', null]);
    expect(await stand()).toEqual({ ontheffing: null, documenten: 0 });
  });

  it('refuses while a setting the beschikking prints is empty', async () => {
    await intakeMetOntheffing('visueel');
    data(await o.handlers.instellingenOpslaan({ ...INSTELLINGEN, rechtbank: null }));
    const antwoord = await o.handlers.ontheffingVaststellen({ inburgeraarId, ondertekenaarId, ...invoer });
    expect(antwoord.ok).toBe(false);
    if (!antwoord.ok) expect(antwoord.fout.message).toBe('De beschikking is niet vastgesteld. Vul bij Instellingen het veld ‘Rechtbank (voorlopige voorziening)’ in; de brief heeft dat nodig.');
    expect(data(await o.handlers.ontheffingOphalen({ inburgeraarId })).ontheffing).toBeNull();
    expect(data(await o.handlers.documentenLijst({ inburgeraarId }))).toHaveLength(0);
  });
});
