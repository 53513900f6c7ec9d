import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakRandom } from '../../electron/demo/synthetisch';
import type { Klok } from '../../electron/demo/stappen';
import { VOORBEELD_REKENINGNUMMER, voorbeeldHandhaving, type HandhavingUitkomst } from '../../electron/demo/voorbeeld-handhaving';
import { weekdag } from '../../shared/rules/datum';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';
import { pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

// The demo's handhaving example (issue 10 item 8), against a real vault on a fixed Monday.

const VANDAAG = '2026-11-23';

describe('demo: a Wi 22 boete, a Wi 23 boete with recidive, and a beslissing op bezwaar', () => {
  let o: TestOmgeving;
  let uitkomst: HandhavingUitkomst;
  let nu = new Date(`${VANDAAG}T10:00:00+01:00`);
  const klok: Klok = { zet: (datum) => void (nu = new Date(`${datum}T10:00:00+01:00`)) };
  const pdf = (naam: string) => pdfTekstPlat(o.opgeslagen.get(naam)!);

  beforeAll(async () => {
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    // The settings of demo.ts.
    data(
      await o.handlers.instellingenOpslaan({
        gemeentenaam: 'Voorbeeldstad',
        postadres: 'Postbus 1234',
        postcode: '9900 AA',
        plaats: 'Voorbeeldstad',
        ondertekenaarNaam: 'drs. J. de Vries',
        ondertekenaarFunctie: 'wethouder inburgering',
        vergrendelenNaMinuten: 10,
        behandelaarNaam: 'R. Jansen',
        behandelaarTelefoon: '14 0999',
        rechtbank: 'de rechtbank Noord-Nederland',
      }),
    );
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein Voorbeeldstad 2025' }))[0]!.id;
    uitkomst = await voorbeeldHandhaving(o.handlers, klok, VANDAAG, ondertekenaarId, maakRandom(2026));
  });
  afterAll(async () => o.opruimen());

  it('saves the three letters to the documenten folder, and only those', () => {
    expect(uitkomst.documenten).toHaveLength(3);
    expect([...o.opgeslagen.keys()].sort()).toEqual([...uitkomst.documenten].sort());
    // Kenmerken in the order of the dagtekeningen: Dawit's letters since spring first, Ana's beschikking of 9 November before the beslissing of the 20th.
    expect(uitkomst.documenten).toEqual(['Besluit bestuurlijke boete brede intake INB-2026-0009.pdf', 'Besluit bestuurlijke boete inburgering INB-2026-0007.pdf', 'Beslissing op uw bezwaar INB-2026-0011.pdf']);
    // The clock is back on today.
    expect(nu.toISOString().slice(0, 10)).toBe(VANDAAG);
  });

  it('Wi 22: € 250, the missed herhaalde oproep, a new appointment within two months, a fictional IBAN', () => {
    const tekst = pdf(uitkomst.documenten[0]!);
    expect(tekst).toContain('€ 250,00');
    expect(tekst).toContain('artikel 22 lid 2 Wet inburgering 2021');
    expect(tekst).toContain('Ana Lúcia Ferreira');
    // Dagtekening Monday 9 November (two weeks back), the missed appointment Thursday 22 October, the new one Wednesday 2 December.
    expect(tekst).toContain('9 november 2026');
    expect(tekst).toContain('22 oktober 2026');
    expect(tekst).toContain('2 december 2026');
    expect(tekst).toContain(VOORBEELD_REKENINGNUMMER);
    expect(pdfTekst(o.opgeslagen.get(uitkomst.documenten[0]!)!)).not.toContain('{');
  });

  it('Wi 23: the second boete is doubled for the first, onherroepelijke one (Besluit 7.1 lid 3)', () => {
    const tekst = pdf(uitkomst.documenten[1]!);
    expect(tekst).toContain('Dawit Haile');
    expect(tekst).toContain('Verhoogd met 100% wegens één eerdere onherroepelijke boete binnen 12 maanden');
    // € 50 base, doubled to € 100, grove schuld 75 %.
    expect(tekst).toContain('€ 100,00');
    expect(tekst).toContain('€ 75,00');
    // The zienswijze he gave by phone and how it was weighed (Awb 3:46).
    expect(tekst).toContain('zorgde in die weken voor zijn broer');
  });

  it('the beslissing op bezwaar: ongegrond, after the hoorzitting, with beroep at the rechtbank within six weeks', () => {
    const tekst = pdf(uitkomst.documenten[2]!);
    expect(tekst).toContain('Dawit Haile');
    expect(tekst).toMatch(/ongegrond/i);
    expect(tekst).toContain('binnen zes weken');
    expect(tekst).toContain('de rechtbank Noord-Nederland');
    expect(tekst).toContain('18 november 2026'); // the hoorzitting
  });

  it('leaves plausible dossiers: every step on a past weekday, first boete paid, no overdue signal', async () => {
    const [ana, dawit] = uitkomst.inburgeraarIds;
    const boetes = async (inburgeraarId: number) => data(await o.handlers.handhavingOphalen({ inburgeraarId }));
    const wi22 = await boetes(ana!);
    expect(wi22.boetes).toEqual([expect.objectContaining({ soort: 'wi22', status: 'vastgesteld', bedrag: 250, dagtekening: '2026-11-09', nieuweAfspraakOp: '2026-12-02', nieuweAfspraakUitkomst: 'open' })]);
    const wi23 = await boetes(dawit!);
    expect(wi23.boetes).toEqual([
      expect.objectContaining({ soort: 'wi23', status: 'vastgesteld', recidive: 0, bedrag: 37.5, betaaldOp: expect.any(String) }),
      expect.objectContaining({ soort: 'wi23', status: 'vastgesteld', recidive: 1, bedrag: 75, betaaldOp: null }),
    ]);
    const [eerste, tweede] = wi23.boetes;
    // Besluit 7.1 lid 3: the first was onherroepelijk (six weeks and a day) before the second constatering.
    expect(tweede!.datumGedraging > eerste!.dagtekening!).toBe(true);
    for (const b of [...wi22.boetes, ...wi23.boetes]) {
      for (const dag of [b.datumGedraging, b.zienswijzeVerzonden!, b.dagtekening!]) {
        expect(dag <= VANDAAG && ![0, 6].includes(weekdag(dag)), `${b.soort} ${dag}`).toBe(true);
      }
    }
    const { bezwaren } = data(await o.handlers.bezwaarOverzicht({ inburgeraarId: dawit! }));
    expect(bezwaren).toEqual([expect.objectContaining({ documentId: tweede!.documentId, tijdig: true, uitkomst: 'ongegrond', hoorzittingOp: '2026-11-18', uitkomstOp: '2026-11-20' })]);

    const { signalen } = data(await o.handlers.werkvoorraadLijst({}));
    const vanHen = signalen.filter((s) => uitkomst.inburgeraarIds.includes(s.inburgeraarId));
    expect(vanHen.filter((s) => s.sectie === 'te_laat').map((s) => `${s.naam}: ${s.wat} (${s.datum})`)).toEqual([]);
    // What is still open is the Wi 22 beschikking's new appointment and its payment, and Ana's PIP term.
    expect(vanHen.filter((s) => s.soort === 'handhaving').map((s) => [s.inburgeraarId, s.sleutel.split(':')[1], s.datum])).toEqual(
      expect.arrayContaining([
        [ana, 'nieuwe_afspraak', '2026-12-02'],
        [ana, 'betaling', '2026-12-21'],
        [dawit, 'betaling', expect.any(String)],
      ]),
    );
    expect(vanHen.some((s) => s.soort === 'bezwaar_beslissen')).toBe(false);
  });
});
