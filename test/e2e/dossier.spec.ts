import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test, vulDatum } from './bridge';
import { BRP_NAAM_MELDING } from '../../shared/rules/naam';
import { voorbeeldstadLogo } from '../../electron/demo/logo';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';

test('edit a dossier, change its status, link a household; settings: logo and passphrase', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const random = maakRandom(11);
  const ids: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const antwoord = await koers.handlers.inburgeraarToevoegen(synthetischeInburgeraar(random, '2026-11-22', i));
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
    ids.push(antwoord.data.id);
  }
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
  await expect(page.getByText('Inburgeraars in totaal')).toBeVisible();

  // Filter by status from the werkvoorraad, then open a dossier by keyboard (Enter on a grid cell)
  await page.getByRole('link', { name: /Aangemeld/ }).click();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Aangemeld');
  await expect(page.getByText('3 van 3 inburgeraars')).toBeVisible();
  await page.getByRole('row', { name: /Çelik, Gülşen/ }).getByRole('gridcell').nth(1).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Gülşen Çelik' })).toBeVisible();

  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await expect(page.getByRole('form', { name: 'Gegevens inburgeraar' })).toBeVisible();
  await controleerScherm(page, '15-dossier-wijzigen');
  await page.getByLabel('Tussenvoegsel').fill('van');
  await page.getByLabel('E-mail').fill('geen-adres');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await page.getByLabel('E-mail').fill('g.celik@voorbeeld.invalid');

  // The BRP name in Latin letters: another script gets the message inline.
  await page.getByLabel('Voornamen').fill('Гюльшен');
  await page.getByLabel('Voornamen').blur();
  await expect(page.getByText(BRP_NAAM_MELDING)).toBeVisible();
  await page.getByLabel('Voornamen').fill('Gülşen');
  await expect(page.getByText(BRP_NAAM_MELDING)).toHaveCount(0);

  // Verhuisd uit een andere gemeente: opened by keyboard; half a record says what is missing.
  const verhuizing = page.getByRole('button', { name: 'Verhuisd uit een andere gemeente' });
  await expect(verhuizing).toHaveAttribute('aria-expanded', 'false');
  await verhuizing.focus();
  await page.keyboard.press('Enter');
  await expect(verhuizing).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Vorige gemeente').fill('Oudestad');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Vul de start van de inburgeringstermijn in, zoals in het plan van de vorige gemeente.')).toBeVisible();
  await expect(page.getByText('Kies de leerroute uit het plan van de vorige gemeente.')).toBeVisible();
  await vulDatum(page, 'Start inburgeringstermijn', '01-03-2025');
  await page.getByRole('combobox', { name: 'Leerroute in het vorige PIP' }).click();
  await page.getByRole('option', { name: 'B1-route' }).click();
  await page.getByRole('combobox', { name: 'Niveau lezen' }).click();
  await page.getByRole('option', { name: 'A2' }).click();
  await controleerScherm(page, '15b-dossier-verhuizing');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Gülşen van Çelik' })).toBeVisible();
  await expect(page.getByText('gemeente Oudestad')).toBeVisible();
  await expect(page.getByText('B1-route (lezen A2, luisteren B1, schrijven B1, spreken B1)')).toBeVisible();

  // Status: only the allowed next steps are offered
  await page.getByRole('combobox', { name: 'Nieuwe status' }).click();
  await expect(page.getByRole('option')).toHaveText(['Intake', 'Ontheffing', 'Vrijstelling', 'Verhuisd', 'Vertrokken', 'Overleden']);
  await page.getByRole('option', { name: 'Intake' }).click();
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Intake' })).toBeVisible();

  // Household
  await page.getByRole('combobox', { name: 'Koppelen aan het huishouden van' }).click();
  await page.keyboard.type('dorde');
  await page.getByRole('option', { name: /Đorđe Petrović/ }).click();
  await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Huisgenoten' }).getByRole('link', { name: 'Đorđe Petrović' })).toBeVisible();
  await controleerScherm(page, '16-dossier-huishouden');

  // Settings: logo (checked for what it really is) and passphrase
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('Logobestand kiezen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('geen echte png') });
  await expect(page.getByText('Dit bestand is geen geldige PNG- of JPG-afbeelding.')).toBeVisible();
  await page.getByLabel('Logobestand kiezen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: voorbeeldstadLogo() });
  await expect(page.getByRole('img', { name: 'Huidig logo van de gemeente' })).toBeVisible();

  await page.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een ander lang wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een ander lang wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert')).toContainText('Onjuist wachtwoord');
  await page.getByLabel('Huidig wachtwoord').fill(TEST_WACHTWOORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Het wachtwoord is gewijzigd.')).toBeVisible();
  await controleerScherm(page, '17-instellingen-logo');

  await page.keyboard.press('Control+l');
  await page.getByLabel('Wachtwoord').fill('een ander lang wachtwoord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
});
