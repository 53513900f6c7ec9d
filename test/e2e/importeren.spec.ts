import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { alsCsv, alsXlsx, sjabloonRijen } from '../fixtures/importbestanden';
import { controleerScherm, expect, test } from './bridge';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a regisseur’s Excel of 150 rows: preview with every error explained → import the correct rows; a list with other headers → mapping step', async ({ page, koers }) => {
  await koers.maakKluis();
  const rijen = sjabloonRijen(150, '2026-11-23', 150);
  rijen[9] = { ...rijen[9]!, bsn: '123456789' };
  rijen[20] = { ...rijen[20]!, geboortedatum: '31-06-1988' };
  rijen[41] = { ...rijen[41]!, doelgroep: 'vluchteling' };

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'Importeren', level: 1 })).toBeVisible();

  await page.getByLabel('Importbestand kiezen').setInputFiles({ name: 'caseload.xlsx', mimeType: XLSX, buffer: await alsXlsx(rijen) });
  await expect(page.getByText('150 rijen:')).toBeVisible();
  await expect(page.getByText('147 nieuw', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fouten (3)' })).toBeVisible();
  await expect(page.getByText('Rij 11, kolom bsn: Dit BSN klopt niet: het voldoet niet aan de 11-proef. Controleer de cijfers.')).toBeVisible();
  await expect(page.getByText('Rij 22, kolom geboortedatum: Deze datum bestaat niet')).toBeVisible();
  await expect(page.getByText('Rij 43, kolom doelgroep: Onbekende doelgroep: vul asiel, gezin of overig in.')).toBeVisible();
  // All or nothing until the regisseur chooses otherwise.
  await expect(page.getByRole('button', { name: 'Importeren (147 nieuw)' })).toBeDisabled();
  await controleerScherm(page, 'importeren-voorbeeld');

  await page.getByLabel(/Alleen de 147 correcte nieuwe rijen importeren/).check();
  await page.getByRole('button', { name: 'Importeren (147 nieuw)' }).click();
  await expect(page.getByText(/Geïmporteerd: 147 nieuwe dossiers/)).toBeVisible();
  await controleerScherm(page, 'importeren-klaar');

  // Another municipality's own list: the mapping step, with Koers's suggestions.
  const koppen = ['Burgerservicenummer', 'Achternaam', 'Voornaam', 'Geb. datum', 'M/V', 'Doelgroep', 'Straat', 'Huisnr', 'Postcode', 'Woonplaats'];
  const eigen = alsCsv([['111222333', 'Warsame', 'Abdi', '01-07-1985', 'M', 'gezin', 'Kerkstraat', '4', '9911 AB', 'Voorbeeldstad']], { koppen });
  await page.getByLabel('Importbestand kiezen').setInputFiles({ name: 'eigen-lijst.csv', mimeType: 'text/csv', buffer: eigen });
  await expect(page.getByRole('heading', { name: 'Kolommen koppelen' })).toBeVisible();
  await expect(page.getByLabel('Veld voor Geb. datum')).toContainText('Geboortedatum');
  await controleerScherm(page, 'importeren-koppelen');
  await page.getByRole('button', { name: 'Koppeling gebruiken en controleren' }).click();
  await expect(page.getByText('1 rij:')).toBeVisible();
  await page.getByRole('button', { name: 'Importeren (1 nieuw)' }).click();
  await expect(page.getByText(/Geïmporteerd: 1 nieuw dossier/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inburgeraars' }).click();
  await expect(page.getByText('148 van 148 inburgeraars')).toBeVisible();
});
