import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test } from './bridge';

// The idle lock drives the page's own clock.
test.use({ klok: null });

test.describe('vergrendelen en herstelcode', () => {
  test('Ctrl+L and the menu lock; the herstelcode unlocks and forces a new passphrase', async ({ page, koers }) => {
    await koers.maakKluis();
    await page.goto('/index.html');
    await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();

    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    expect(koers.kluis.status().ontgrendeld).toBe(false);

    await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
    await koers.menuVergrendelen();
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();

    // Forgotten passphrase: a fresh herstelcode is made here through the vault itself.
    await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
    const herstelcode = await koers.kluis.nieuweHerstelcode(TEST_WACHTWOORD);
    koers.kluis.bevestigHerstelcode(herstelcode);
    await koers.kluis.vergrendelen();

    await page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik uw herstelcode' }).click();
    await expect(page.getByRole('heading', { name: 'Ontgrendelen met herstelcode' })).toBeVisible();
    await controleerScherm(page, '13-herstelcode-gebruiken');
    await page.getByLabel('Herstelcode').fill('ABCD-EFGH');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw en lang wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een nieuw en lang wachtwoord');
    await page.getByRole('button', { name: 'Ontgrendelen en nieuw wachtwoord instellen' }).click();
    await expect(page.getByText('Een herstelcode heeft 32 tekens')).toBeVisible();
    await page.getByLabel('Herstelcode').fill(herstelcode);
    await page.getByRole('button', { name: 'Ontgrendelen en nieuw wachtwoord instellen' }).click();
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();

    await koers.kluis.vergrendelen();
    await expect(koers.kluis.ontgrendelen(TEST_WACHTWOORD)).rejects.toMatchObject({ code: 'ONJUIST_WACHTWOORD' });
    await koers.kluis.ontgrendelen('een nieuw en lang wachtwoord');
  });

  test('locks itself after the idle time from the settings', async ({ page, koers }) => {
    await page.clock.install();
    await koers.maakKluis();
    await page.goto('/index.html');
    await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();

    await page.clock.runFor('09:00');
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
    await page.mouse.move(200, 200);
    await page.clock.runFor('09:30');
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
    await page.clock.runFor('01:00');
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    expect(koers.kluis.status().ontgrendeld).toBe(false);
  });

  test('asks for a new herstelcode when the first one was never confirmed', async ({ page, koers }) => {
    await koers.kluis.aanmaken(TEST_WACHTWOORD);
    await koers.kluis.vergrendelen();
    await page.goto('/index.html');
    await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Herstelcode nog niet bevestigd' })).toBeVisible();
    await controleerScherm(page, '14-herstelcode-vernieuwen');
    await page.getByLabel('Uw wachtwoord').fill(TEST_WACHTWOORD);
    await page.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
    await expect(page.getByRole('heading', { name: 'Uw herstelcode' })).toBeVisible();
    const code = (await page.getByLabel('Herstelcode', { exact: true }).textContent())!;
    await page.getByLabel('Typ de herstelcode over ter bevestiging').fill(code);
    await page.getByRole('button', { name: /Ik heb de herstelcode bewaard/ }).click();
    await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
    expect(koers.kluis.status().herstelcodeBevestigd).toBe(true);
  });
});

test.describe('wachtwoorden en vervangers', () => {
  const VERVANGER = 'Vervanger: A. Jansen';
  const VERVANGER_WACHTWOORD = 'appel fiets lantaarn zeven';

  test('a vervanger gets a passphrase, unlocks via "Wie bent u?"; removing them replaces the key and shows a new herstelcode', async ({ page, koers }) => {
    await koers.maakKluis();
    await page.goto('/index.html');
    await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

    await page.goto('/index.html#/beheer?tab=beveiliging');
    await expect(page.getByRole('heading', { name: 'Wachtwoorden en vervangers', level: 2 })).toBeVisible();
    await page.getByLabel('Naam van de vervanger').fill(VERVANGER);
    await page.getByLabel('Wachtwoord van de vervanger', { exact: true }).fill('wachtwoord12');
    await page.getByLabel('Herhaal het wachtwoord van de vervanger').fill('wachtwoord12');
    await page.getByRole('button', { name: 'Vervanger toevoegen' }).click();
    await expect(page.getByText(/Dit wachtwoord is te makkelijk te raden/)).toBeVisible();
    await page.getByLabel('Wachtwoord van de vervanger', { exact: true }).fill(VERVANGER_WACHTWOORD);
    await page.getByLabel('Herhaal het wachtwoord van de vervanger').fill(VERVANGER_WACHTWOORD);
    await page.getByRole('button', { name: 'Vervanger toevoegen' }).click();
    await expect(page.getByText('De vervanger is toegevoegd')).toBeVisible();
    await expect(page.getByRole('cell', { name: VERVANGER, exact: true })).toBeVisible();
    await controleerScherm(page, '15-wachtwoorden-en-vervangers');

    await koers.menuVergrendelen();
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Wie bent u?' }).click();
    await page.getByRole('option', { name: VERVANGER }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(VERVANGER_WACHTWOORD);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Gegevensbeheer', level: 1 })).toBeVisible();
    expect(koers.kluis.actor).toBe(VERVANGER);

    await koers.menuVergrendelen();
    await page.getByRole('combobox', { name: 'Wie bent u?' }).click();
    await page.getByRole('option', { name: 'Regisseur' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_WACHTWOORD);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Gegevensbeheer', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: `${VERVANGER} verwijderen` }).click();
    const dialoog = page.getByRole('dialog', { name: `${VERVANGER} verwijderen` });
    await expect(dialoog).toContainText('alle vervangers moeten daarna opnieuw een wachtwoord kiezen');
    await controleerScherm(page, '16-sleutel-vervangen');
    await dialoog.getByLabel('Uw eigen wachtwoord').fill(TEST_WACHTWOORD);
    await dialoog.getByRole('button', { name: 'Verwijderen en sleutel vervangen' }).click();

    await expect(page.getByRole('heading', { name: 'Uw herstelcode' })).toBeVisible();
    const code = (await page.getByLabel('Herstelcode', { exact: true }).textContent())!;
    await page.getByLabel('Typ de herstelcode over ter bevestiging').fill(code);
    await page.getByRole('button', { name: /Ik heb de herstelcode bewaard/ }).click();
    await expect(page.getByRole('heading', { name: 'Wachtwoorden en vervangers', level: 2 })).toBeVisible();
    await expect(page.getByRole('cell', { name: VERVANGER, exact: true })).toHaveCount(0);
    expect(koers.kluis.status()).toMatchObject({ herstelcodeBevestigd: true, gebruikers: [{ naam: 'Regisseur' }] });
  });
});
