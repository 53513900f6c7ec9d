import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test, vulDatum } from './bridge';

// Six screens with an axe scan each: more than the default 90 s on a busy machine.
test.setTimeout(240_000);

test('budget: a cost entry by hand, the CSV import, the views, SPUK and the SiSa worksheet', async ({ page, koers }) => {
  await koers.maakKluis();
  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  const gegevens = synthetischeInburgeraar(maakRandom(3), '2026-11-23', 0);
  const persoon = await koers.handlers.inburgeraarToevoegen({
    ...gegevens, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-03-02', datumInschrijvingBrp: '2026-03-10',
  });
  expect(persoon.ok).toBe(true);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budget' }).click();
  await expect(page.getByRole('heading', { name: 'Budget en SiSa', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kostenregels 2026' })).toBeVisible();

  // By hand, with the keyboard for the choices.
  await page.getByRole('button', { name: 'Kosten toevoegen' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Kosten toevoegen (2026)' });
  await vulDatum(page, 'Datum', '15-04-2026');
  await dialoog.getByLabel('Bedrag in euro').fill('1.040,25');
  await dialoog.getByLabel('Leverancier').fill('Tolkcentrum Noord');
  await dialoog.getByRole('combobox', { name: 'Component' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Tolken' }).press('Enter');
  await dialoog.getByLabel('Inburgeraar (optioneel)').fill(gegevens.achternaam);
  await expect(page.getByRole('option', { name: new RegExp(gegevens.achternaam) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option')).toHaveCount(0);
  await controleerScherm(page, 'budget-kosten-toevoegen');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(page.getByText('1 regel, samen € 1.040,25.')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Kostenregels 2026' }).getByText(gegevens.achternaam)).toBeVisible();

  // The financial system's export.
  const csv = ['Boekdatum;Crediteur;Omschrijving;Component;Bedrag', '31-01-2026;Taalschool De Brug;Lessen januari;Leerroute B1;2.500,00', '15-04-2026;Tolkcentrum Noord;;Tolken;1.040,25', '28-02-2026;MAP Werkt;Creditnota;MAP;-12,50'].join('\r\n');
  await page.getByLabel('CSV-bestand met kosten kiezen').setInputFiles({ name: 'export-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText(/3 rijen: 2 nieuw/)).toBeVisible();
  await controleerScherm(page, 'budget-import-voorbeeld');
  await page.getByRole('button', { name: '2 regels importeren' }).click();
  await expect(page.getByText('2 regels geïmporteerd; 1 al aanwezig en overgeslagen.')).toBeVisible();
  await expect(page.getByText('3 regels, samen € 3.527,75.')).toBeVisible();

  await page.getByRole('tab', { name: 'Per component' }).click();
  await expect(page.getByRole('heading', { name: 'Per component' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Budget per component 2026' }).getByText('€ 2.500,00')).toBeVisible();
  await controleerScherm(page, 'budget-per-component');

  await page.getByRole('tab', { name: 'Per inburgeraar' }).click();
  await expect(page.getByRole('heading', { name: 'Per inburgeraar' })).toBeVisible();
  await expect(page.getByText(/1 inburgeraar; kosten 2026: € 1.040,25/)).toBeVisible();
  await controleerScherm(page, 'budget-per-inburgeraar');

  await page.getByRole('tab', { name: 'SPUK en SiSa' }).click();
  await page.getByLabel('Bedrag beschikking (verlening)').fill('3.000,00');
  await page.getByRole('button', { name: 'SPUK opslaan' }).click();
  await expect(page.getByText('De SPUK van 2026 is opgeslagen.')).toBeVisible();
  // 3.000 − 3.527,75 → overbesteding 527,75 toegerekend aan 2027.
  await expect(page.getByRole('row', { name: /Overbesteding, toegerekend aan 2027 € 527,75/ })).toBeVisible();
  await expect(page.getByText(/Controleer de codes in de SiSa-bijlage van 2026/)).toBeVisible();
  await page.getByRole('button', { name: 'SiSa-werkblad opslaan (Excel)' }).click();
  await expect(page.getByText('Opgeslagen als SiSa-werkblad 2026.xlsx')).toBeVisible();
  expect(existsSync(join(koers.documenten, 'SiSa-werkblad 2026.xlsx'))).toBe(true);
  // The real codes from the SiSa-bijlage replace the placeholders.
  for (const [waarde, code] of [['besteding', 'G2A/01'], ['reservering', 'G2A/02'], ['overbesteding', 'G2A/03'], ['toelichting', 'G2A/04']] as const) await page.getByLabel(`Code ${waarde}`).fill(code);
  await page.getByRole('button', { name: 'Codes opslaan' }).click();
  await expect(page.getByText('De codes gelden vanaf 2026.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'SiSa-indicatoren 2026' }).getByRole('row', { name: /G2A\/03 Overbesteding/ })).toBeVisible();
  await controleerScherm(page, 'budget-spuk-sisa');

  await page.getByRole('tab', { name: 'Normbedragen en codes' }).click();
  await expect(page.getByRole('table', { name: 'Geldende normbedragen op 01-01-2026' }).getByRole('row', { name: /Maatschappelijke begeleiding Asielstatushouder € 1.944,00/ })).toBeVisible();
  await controleerScherm(page, 'budget-normbedragen');
});
