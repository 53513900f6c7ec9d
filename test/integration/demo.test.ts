import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maakDemo, type DemoUitkomst } from '../../electron/demo/demo';
import { Kluis } from '../../db/vault';
import { isValidBsn } from '../../shared/rules/bsn';
import { TEST_SCRYPT, tijdelijkeFolder } from '../fixtures/omgeving';
import { pdfPaginas, pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

describe('npm run demo', () => {
  const folder = tijdelijkeFolder();
  let demo: DemoUitkomst;
  afterAll(() => folder.opruimen());

  it('makes a Voorbeeldstad vault that opens with the printed passphrase', async () => {
    demo = await maakDemo(folder.pad, { scrypt: TEST_SCRYPT, nu: new Date('2026-11-22T09:00:00Z') });
    expect(demo.aantalInburgeraars).toBe(25);
    const kluis = new Kluis(demo.kluisPad, { scrypt: TEST_SCRYPT });
    await kluis.ontgrendelen(demo.wachtwoord);
    const rijen = await kluis.db.selectFrom('inburgeraars').selectAll().execute();
    expect(rijen).toHaveLength(25);
    expect(rijen.every((r) => isValidBsn(r.bsn) && r.woonplaats === 'Voorbeeldstad')).toBe(true);
    expect(new Set(rijen.map((r) => r.status)).size).toBeGreaterThanOrEqual(5);
    expect(rijen.filter((r) => r.huishoudenId !== null)).toHaveLength(4);
    await kluis.vergrendelen();
  });

  it('writes every document Koers can make, named by the BRP name: herstelcode, participatieverklaringen, oproepen, beschikkingen', () => {
    expect(demo.documenten).toEqual([
      'Herstelcode Koers.pdf',
      'Participatieverklaring Ahmed Ivanov.pdf',
      'Participatieverklaring Gülşen Çelik.pdf',
      'Participatieverklaring Mohammad Al-Ahmad.pdf',
      'Participatieverklaring Đorđe Petrović.pdf',
      'Participatieverklaring Łucja Wiśniewska.pdf',
      'Participatieverklaringen Najaar.pdf',
      'Persoonlijk plan inburgering en participatie INB-2025-0001.pdf',
      'Presentielijst Najaar 2026-11-22.pdf',
      'Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep) INB-2026-0002.pdf',
      'Uitnodiging brede intake INB-2026-0001.pdf',
      'Wijziging persoonlijk plan inburgering en participatie INB-2026-0003.pdf',
    ]);
    // Four of the five are ready for the form; the one who missed the excursie is listed, not printed.
    expect(pdfPaginas(readFileSync(join(folder.pad, 'documenten', 'Participatieverklaringen Najaar.pdf')))).toBe(4);
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Presentielijst Najaar 2026-11-22.pdf')))).toContain('Ondertekeningsbijeenkomst');
    // The PIP history in a possible order: PIP within ten weeks of the BRP date, afschalen 17 months later.
    const eerste = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Persoonlijk plan inburgering en participatie INB-2025-0001.pdf')));
    expect(eerste).toContain('Geachte mevrouw Tesfamariam,');
    expect(eerste).toContain('INB-2025-0001 20 juli 2025 R. Jansen');
    expect(eerste).toContain('Deze termijn begint op 21 juli 2025 en eindigt op 20 juli 2028');
    expect(eerste).toContain('Uw bijstand begon op 1 juni 2025. De zes maanden eindigen op 30 november 2025. Wij doen dit vanaf 20 juli 2025, de datum van deze brief, tot en met 30 november 2025.');
    const wijziging = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Wijziging persoonlijk plan inburgering en participatie INB-2026-0003.pdf')));
    expect(wijziging).toContain('met kenmerk INB-2025-0001');
    expect(wijziging).toContain('INB-2026-0003 22 november 2026 R. Jansen');
    expect(wijziging).toContain('U hebt na uw eerste plan 640 uur Nederlandse les gevolgd');
    expect(wijziging).toContain('Daarom verlagen wij het taalniveau voor lezen en schrijven naar A2.');
    expect(wijziging).not.toContain('B1 binnen drie jaar kunt halen');
    expect(wijziging).toContain('namens dezen');
    // Box ticked: the Cyrillic name on its own line under the BRP name.
    const verklaring = readFileSync(join(folder.pad, 'documenten', 'Participatieverklaring Ahmed Ivanov.pdf'));
    expect(pdfPaginas(verklaring)).toBe(1);
    expect(pdfTekst(verklaring)).toMatch(/Naam: Ahmed Ivanov\n\s*Ахмед Иванов\n/);
    expect(pdfTekstPlat(verklaring)).toContain('Gemeente Voorbeeldstad');
    // A Cyrillic name without the box ticked stays off the form.
    const zonderVinkje = pdfTekst(readFileSync(join(folder.pad, 'documenten', 'Participatieverklaring Đorđe Petrović.pdf')));
    expect(zonderVinkje).toContain('Naam: Đorđe Petrović\n');
    expect(zonderVinkje).not.toMatch(/[\u0400-\u04ff]/);
    // Letters carry the BRP name only.
    for (const brief of demo.documenten.filter((naam) => /^(Uitnodiging|Schriftelijke|Persoonlijk|Wijziging)/.test(naam))) {
      expect(pdfTekst(readFileSync(join(folder.pad, 'documenten', brief))), brief).not.toMatch(/[\u0400-\u04ff\u0600-\u06ff\u1200-\u137f]/);
    }
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Herstelcode Koers.pdf')))).toContain(demo.herstelcode.slice(0, 4));
  });

  it('refuses to overwrite an existing demo vault', async () => {
    await expect(maakDemo(folder.pad, { scrypt: TEST_SCRYPT })).rejects.toThrow(/Er staat al een kluis/);
  });
});
