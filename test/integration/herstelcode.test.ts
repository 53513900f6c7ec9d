import { describe, expect, it } from 'vitest';
import { maakHerstelcodePdf } from '../../electron/documents/herstelcode';
import { RESOURCES } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';

describe('herstelcode PDF', () => {
  it('shows the code in groups and says what it is for', async () => {
    const bytes = await maakHerstelcodePdf(RESOURCES, 'ABCD2345EFGH6789JKMN0123PQRS4567', '2026-04-14');
    const tekst = pdfTekstPlat(bytes);
    expect(tekst).toContain('ABCD-2345-EFGH-6789-JKMN-0123-PQRS-4567');
    expect(tekst).toContain('14 april 2026');
    expect(tekst).toContain('Zonder wachtwoord én zonder deze code');
  });
});
