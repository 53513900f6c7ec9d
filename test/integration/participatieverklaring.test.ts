import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maakParticipatieverklaring, maakParticipatieverklaringen } from '../../electron/documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../../electron/documents/sjablonen';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { STANDAARD_INSTELLINGEN, type Instellingen } from '../../shared/domain/instellingen';
import { RESOURCES } from '../fixtures/omgeving';
import { pdfLettertypen, pdfNaarPng, pdfPaginas, pdfTekst, pdfTekstPlat, qpdfCheck } from '../fixtures/pdf';

const INSTELLINGEN: Instellingen = {
  ...STANDAARD_INSTELLINGEN,
  gemeentenaam: 'Voorbeeldstad',
  postadres: 'Postbus 100',
  postcode: '9900 AA',
  plaats: 'Voorbeeldstad',
  ondertekenaarNaam: 'J. de Vries',
  ondertekenaarFunctie: 'wethouder inburgering',
  logo: null,
};

const sjabloon = participatieverklaringSjabloonLaden(RESOURCES, { peildatum: '2026-11-22' });

describe('participatieverklaring PDF', () => {
  it('loads the versioned text and refuses a date before the first version', () => {
    expect(sjabloon.versie).toBe('2022-01-01');
    expect(() => participatieverklaringSjabloonLaden(RESOURCES, { peildatum: '2021-12-31' })).toThrow(/Geen tekst/);
  });

  // The BRP name is in Latin letters; a name in its own script is an extra line under it, drawn in
  // bidi runs so Arabic reads right to left.
  it.each([
    ['Gülşen Çelik', ''],
    ['Đorđe Petrović', ''],
    ['Łucja Wiśniewska', ''],
    ['Ahmed Ivanov', 'Ахмед Иванов'],
    ['Mohammad Al-Ahmad', 'محمد الأحمد'],
    ['Hamid Rahimi', 'حمید رحیمی'],
  ])('renders the BRP name %s with the line "%s" under it as extractable text on one A4 page', async (naam, origineel) => {
    const bytes = await maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, { naam, naamOorspronkelijkSchrift: origineel || null, geboortedatum: '1990-04-14' });
    if (origineel) mkdirSync('test-results/documenten', { recursive: true });
    if (origineel) pdfNaarPng(bytes, `test-results/documenten/participatieverklaring-${naam.split(' ')[0]!.toLowerCase()}`, 90);
    expect(pdfPaginas(bytes)).toBe(1);
    const tekst = pdfTekst(bytes);
    expect(tekst).toContain(`Naam: ${naam}\n`);
    expect(tekst).toContain('14 april 1990');
    if (!origineel) return;
    const regel = new RegExp(`Naam: ${naam}\\n(.*)`).exec(tekst)?.[1]?.replace(/[\u202a-\u202e]/g, '').trim() ?? '';
    const letters = (s: string) => [...s].sort().join('');
    origineel.split(' ').forEach((woord, index) => {
      const gevonden = regel.split(' ')[index] ?? '';
      // The lam-alef ligature of Arabic extracts with its two letters swapped (a pdftotext quirk
      // with ligatures in right-to-left runs); the letters must all be there, the rest exactly.
      if (woord.includes('لأ')) expect(letters(gevonden)).toBe(letters(woord));
      else expect(gevonden).toBe(woord);
    });
  });

  it('refuses to print a name in a script the font lacks, rather than empty boxes', async () => {
    await expect(
      maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, { naam: 'Amanuel Tesfay', naamOorspronkelijkSchrift: 'ኣማኑኤል ተስፋይ', geboortedatum: '1990-04-14' }),
    ).rejects.toMatchObject({ code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Amanuel Tesfay') });
  });

  it('has the national text, the slotformule of Wi art. 6 lid 5, the gemeente and empty signature fields, no BSN', async () => {
    const bytes = await maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, { naam: 'Amanuel Tesfay', geboortedatum: '1988-02-29' });
    const tekst = pdfTekstPlat(bytes);
    expect(tekst).toContain('Participatieverklaring');
    expect(tekst).toContain('Welkom in Nederland!');
    for (const kop of ['Vrijheid:', 'Gelijkwaardigheid:', 'Solidariteit:', 'Participatie:']) expect(tekst).toContain(kop);
    expect(tekst).toContain(sjabloon.slotformule);
    expect(tekst).toContain('Namens de gemeente Voorbeeldstad, J. de Vries, wethouder inburgering');
    expect(tekst).toContain('Gemeente Voorbeeldstad');
    expect(tekst).toContain('Geboortedatum: 29 februari 1988');
    expect(tekst).toMatch(/Handtekening: _{10,}/);
    expect(tekst).toMatch(/Datum: ____ - ____ - ________, te _{5,}/);
    expect(tekst).toContain('Pagina 1 van 1');
    expect(tekst).not.toMatch(/BSN|burgerservicenummer/i);
    expect(tekst).not.toMatch(/\b\d{9}\b/);
  });

  it('prints date and place as dd - MM - yyyy when known', async () => {
    const bytes = await maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, {
      naam: 'Olena Kovalenko', geboortedatum: '1979-12-31', datum: '2026-04-14', plaats: 'Voorbeeldstad',
    });
    expect(pdfTekstPlat(bytes)).toContain('Datum: 14 - 04 - 2026, te Voorbeeldstad');
  });

  it('embeds subset Unicode fonts only, passes qpdf --check, and carries Dutch metadata', async () => {
    const bytes = await maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, { naam: 'Ahmed Ivanov', naamOorspronkelijkSchrift: 'Ахмед Иванов', geboortedatum: '1990-01-01' });
    const lettertypen = pdfLettertypen(bytes);
    expect(lettertypen.length).toBeGreaterThan(0);
    for (const lettertype of lettertypen) expect(lettertype.ingebed, lettertype.naam).toBe(true);
    // pdf-lib names its subsets without the ABCDEF+ tag, so pdffonts cannot tell; the size can:
    // the three full DejaVu fonts weigh 1.8 MB, the subsets a few tens of kilobytes.
    expect(bytes.length).toBeLessThan(200_000);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const inhoud = Buffer.from(bytes).toString('latin1');
    expect(inhoud).toContain('/Lang (nl-NL)');
    // Archival quality (aiming at PDF/A-2b): sRGB OutputIntent, XMP naming the part, and a document ID.
    expect(inhoud).toMatch(/\/OutputIntents \[/);
    expect(inhoud).toContain('/S /GTS_PDFA1');
    expect(inhoud).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(inhoud).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(inhoud).toMatch(/\/ID \[ <[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}> \]/);
    mkdirSync('test-results/documenten', { recursive: true });
    pdfNaarPng(bytes, 'test-results/documenten/participatieverklaring-pagina-1');
  });

  it('places a PNG logo in the letterhead', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
      'base64',
    );
    const zonder = await maakParticipatieverklaring(RESOURCES, sjabloon, INSTELLINGEN, { naam: 'Nour Khalil', geboortedatum: '2000-06-01' });
    const met = await maakParticipatieverklaring(RESOURCES, sjabloon, { ...INSTELLINGEN, logo: { mime: 'image/png', base64: png.toString('base64') } }, { naam: 'Nour Khalil', geboortedatum: '2000-06-01' });
    expect(Buffer.from(met).toString('latin1')).toContain('/Subtype /Image');
    expect(Buffer.from(zonder).toString('latin1')).not.toContain('/Subtype /Image');
  });
});

describe('ceremony batch of 100 forms', () => {
  it('has 100 pages, one form per page with the right name, and reports progress', async () => {
    const sjabloon = participatieverklaringSjabloonLaden(RESOURCES);
    const random = maakRandom(100);
    const personen = Array.from({ length: 100 }, (_, i) => {
      const p = synthetischeInburgeraar(random, '2026-06-01', i);
      // BRP names are Latin; the number makes every page's name unique.
      return { naam: `${p.voornamen} ${p.achternaam} ${i + 1}`, geboortedatum: p.geboortedatum };
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
  }, 90_000); // ~17 s on an idle 2-core machine; room for a busy one

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
