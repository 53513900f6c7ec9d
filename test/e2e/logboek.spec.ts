import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test } from './bridge';

function ok<T>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T {
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  return antwoord.data;
}

// The global Logboek (Gegevensbeheer → Logboek): opening a dossier is logged, the list filters on the server,
// "Keten controleren" names a row changed behind Koers' back, and the export is saved.
test('logboek: dossier geopend → filter → keten controleren finds a changed row → export', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const invoer = synthetischeInburgeraar(maakRandom(5), '2026-11-22', 2);
  const { id } = ok(await koers.handlers.inburgeraarToevoegen(invoer));
  ok(await koers.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  // Opening the dossier writes one line; its own Logboek tab shows it.
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await page.getByRole('tab', { name: 'Logboek' }).click();
  await expect(page.getByRole('table', { name: 'Logboek van dit dossier, nieuwste eerst' }).getByRole('row').nth(1)).toContainText('Dossier geopend');

  await page.goto('/index.html#/beheer?tab=logboek');
  await expect(page.getByRole('heading', { name: 'Logboek', level: 2 })).toBeVisible();
  const tabel = page.getByRole('grid', { name: 'Logboek van de kluis' });
  await expect(tabel.getByRole('row').filter({ hasText: 'Dossier geopend' })).toHaveCount(1);
  await expect(tabel.getByRole('row').filter({ hasText: 'Status gewijzigd: Intake' })).toContainText(`Dossier ${id}`);
  await controleerScherm(page, 'logboek');

  // Filter on the kind of object, with the keyboard.
  await page.getByRole('combobox', { name: 'Soort' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Dossier' }).press('Enter');
  await expect(page.getByText(/^3 regels met dit filter$/)).toBeVisible();
  await expect(tabel.getByRole('row').filter({ hasText: 'Kluis' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Het logboek is ongeschonden: \d+ regels gecontroleerd\./ })).toBeVisible();

  // Someone with the key changes a row with raw SQL: the check names it.
  const gewijzigd = await koers.kluis.db.selectFrom('logboek').select('id').where('object', '=', 'inburgeraar').orderBy('id').executeTakeFirstOrThrow();
  await sql`DROP TRIGGER logboek_geen_wijziging`.execute(koers.kluis.db);
  await sql`UPDATE logboek SET resultaat = 'geweigerd: NIET_GEVONDEN' WHERE id = ${gewijzigd.id}`.execute(koers.kluis.db);
  await page.getByRole('button', { name: 'Keten controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Regel ${gewijzigd.id} is gewijzigd na het schrijven.` })).toBeVisible();
  await controleerScherm(page, 'logboek-keten-gewijzigd');

  await page.getByRole('button', { name: 'Exporteren naar Excel' }).click();
  await expect(page.getByText('Opgeslagen als Logboek Koers 2026-11-23.xlsx.')).toBeVisible();
  expect(existsSync(join(koers.documenten, 'Logboek Koers 2026-11-23.xlsx'))).toBe(true);
});
