import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test } from './bridge';

// Gegevensbeheer → Backups (issue 11 item 3): "Nu een backup maken", the list with its check, "Alles controleren",
// and "Terugzetten" — refused with a wrong passphrase (nothing changed), then done: the vault is locked again.
test('backups: nu een backup maken → controleren → terugzetten', async ({ page, koers }) => {
  await koers.maakKluis();
  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  await page.goto('/index.html#/beheer');
  await expect(page.getByRole('heading', { name: 'Backups maken en terugzetten', level: 2 })).toBeVisible();
  await expect(page.getByText(/Er is nog geen backupmap gekozen: backups staan nu alleen naast de kluis/)).toBeVisible();

  await page.getByRole('button', { name: 'Nu een backup maken' }).click();
  await expect(page.getByText(/^Backup gemaakt \(\d+ kB\): koers-backup-20261123-100000-handmatig\./)).toBeVisible();
  const tabel = page.getByRole('grid', { name: 'Backups' });
  const rij = tabel.getByRole('row').filter({ hasText: 'Met de hand' });
  await expect(rij).toContainText('23-11-2026 10:00');
  await expect(rij).toContainText('Naast de kluis');
  await expect(rij).toContainText('In orde');
  await controleerScherm(page, 'backups');

  await page.getByLabel('Uw wachtwoord').fill(TEST_WACHTWOORD);
  await page.getByRole('button', { name: 'Alles controleren' }).click();
  await expect(page.getByText('Alles is in orde.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Uitkomst van de controle' })).toContainText('Backup koers-backup-20261123-100000-handmatig (naast de kluis)');

  await rij.getByRole('button', { name: 'Backup van 23-11-2026 10:00 terugzetten' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Backup terugzetten' });
  await dialoog.getByLabel('Wachtwoord van de backup').fill('niet het goede wachtwoord');
  await dialoog.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(dialoog.getByRole('alert')).toHaveText('Deze backup wordt niet teruggezet: Het wachtwoord opent het sleutelbestand van deze backup niet. Er is niets veranderd.');
  await controleerScherm(page, 'backup-terugzetten');
  expect(koers.kluis.status().ontgrendeld).toBe(true);

  await dialoog.getByLabel('Wachtwoord van de backup').fill(TEST_WACHTWOORD);
  await dialoog.getByRole('button', { name: 'Terugzetten' }).click();
  // The vault was replaced and locked: Koers asks for the passphrase again.
  await expect(page.getByLabel('Wachtwoord')).toBeVisible();
  expect(koers.kluis.status().ontgrendeld).toBe(false);
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  // Back where the regisseur was, in the restored vault: the backup made above is listed there too.
  await expect(page.getByRole('heading', { name: 'Gegevensbeheer', level: 1 })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Met de hand' })).toHaveCount(1);
});
