import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maakDemo, type DemoUitkomst } from '../../electron/demo/demo';
import { Kluis } from '../../db/vault';
import { isValidBsn } from '../../shared/rules/bsn';
import { TEST_SCRYPT, tijdelijkeFolder } from '../fixtures/omgeving';
import { pdfPaginas, pdfTekstPlat } from '../fixtures/pdf';

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

  it('writes every document Koers can make: herstelcode, participatieverklaringen in five scripts, oproepen, beschikkingen', () => {
    expect(demo.documenten).toEqual([
      'Herstelcode Koers.pdf',
      'Participatieverklaring Gülşen Çelik.pdf',
      'Participatieverklaring Đorđe Petrović.pdf',
      'Participatieverklaring Łucja Wiśniewska.pdf',
      'Participatieverklaring Ахмед Иванов.pdf',
      'Participatieverklaring محمد الأحمد.pdf',
      'Participatieverklaringen Najaar.pdf',
      'Persoonlijk plan inburgering en participatie INB-2026-0003.pdf',
      'Presentielijst Najaar 2026-11-22.pdf',
      'Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep) INB-2026-0002.pdf',
      'Uitnodiging brede intake INB-2026-0001.pdf',
      'Wijziging persoonlijk plan inburgering en participatie INB-2026-0004.pdf',
    ]);
    expect(pdfPaginas(readFileSync(join(folder.pad, 'documenten', 'Participatieverklaringen Najaar.pdf')))).toBe(5);
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Presentielijst Najaar 2026-11-22.pdf')))).toContain('Ondertekeningsbijeenkomst');
    const wijziging = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Wijziging persoonlijk plan inburgering en participatie INB-2026-0004.pdf')));
    expect(wijziging).toContain('met kenmerk INB-2026-0003');
    expect(wijziging).toContain('namens dezen');
    const verklaring = readFileSync(join(folder.pad, 'documenten', 'Participatieverklaring Ахмед Иванов.pdf'));
    expect(pdfPaginas(verklaring)).toBe(1);
    expect(pdfTekstPlat(verklaring)).toContain('Naam: Ахмед Иванов');
    expect(pdfTekstPlat(verklaring)).toContain('Gemeente Voorbeeldstad');
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Herstelcode Koers.pdf')))).toContain(demo.herstelcode.slice(0, 4));
  });

  it('refuses to overwrite an existing demo vault', async () => {
    await expect(maakDemo(folder.pad, { scrypt: TEST_SCRYPT })).rejects.toThrow(/Er staat al een kluis/);
  });
});
