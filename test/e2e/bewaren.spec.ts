import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';
import { controleerScherm, expect, test } from './bridge';

function ok<T>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T {
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  return antwoord.data;
}

// Besluit 9.9 on the fixed day Monday 23 November 2026: a plicht that ended on 22 November 2021 had its five
// years through yesterday. The regisseur cleans it up on the Bewaartermijn tab; a dossier entered by mistake is
// deleted from its Gegevens tab after an AVG inzage.
test('bewaartermijn: list → select → confirm; inzage as PDF; dossier verwijderen with a reason', async ({ page, koers }) => {
  test.slow(); // a long flow on a shared two-core machine
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const oud = synthetischeInburgeraar(maakRandom(51), '2021-06-01', 3);
  const { id: oudId } = ok(await koers.handlers.inburgeraarToevoegen({ ...oud, datumKennisgevingDuo: '2021-06-01', datumInschrijvingBrp: '2021-05-01' }));
  ok(await koers.handlers.inburgeraarStatusWijzigen({ id: oudId, status: 'vertrokken', datum: '2021-11-22', reden: 'Vertrek naar het buitenland volgens de BRP' }));
  const fout = synthetischeInburgeraar(maakRandom(52), '2026-11-20', 6);
  const { id: foutId } = ok(await koers.handlers.inburgeraarToevoegen(fout));
  ok(await koers.handlers.journaalNotitieToevoegen({ inburgeraarId: foutId, datum: '2026-11-23', soort: 'telefoon', tekst: 'Gebeld', metTolk: false }));
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `${oud.voornamen} ${oud.achternaam}` }).filter({ hasText: 'Persoonsgegevens verwijderen' })).toHaveCount(1);

  await page.goto('/index.html#/beheer?tab=bewaartermijn');
  await expect(page.getByRole('heading', { name: 'Bewaartermijn', level: 2 })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Dossiers met een verstreken bewaartermijn' });
  const rij = grid.getByRole('row').filter({ hasText: oud.achternaam });
  await expect(rij).toContainText('23-11-2026');
  await expect(rij).toContainText('art. 9.9 lid 1 onder a');
  await expect(page.getByRole('button', { name: 'Gekozen gegevens verwijderen (0)' })).toBeDisabled();
  await controleerScherm(page, 'bewaartermijn');

  await rij.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Gekozen gegevens verwijderen (1)' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Gegevens verwijderen na de bewaartermijn' });
  await expect(dialoog).toContainText('Wordt verwijderd:');
  await expect(dialoog).toContainText('Blijft bewaard (hoogstens vijftig jaar): BSN, naam, adres');
  await expect(dialoog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await controleerScherm(page, 'bewaartermijn-bevestigen');
  await dialoog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialoog).toBeHidden();
  await expect(page.getByText('1 dossier opgeschoond.')).toBeVisible();
  await expect(page.getByText('Er zijn geen dossiers waarvan de bewaartermijn verstreken is.')).toBeVisible();
  await expect(page.getByText('Koers bewaart de kerngegevens van 1 opgeschoond dossier.')).toBeVisible();

  // The dossier entered by mistake: first an inzage, then delete it with a reason.
  await page.goto(`/index.html#/inburgeraars/${foutId}`);
  await expect(page.getByRole('heading', { name: 'Privacy', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Inzage (AVG) als PDF' }).click();
  await expect(page.getByText(/^Opgeslagen als Inzage AVG .+\.pdf\.$/)).toBeVisible();
  const pdf = readdirSync(koers.documenten).find((n) => n.endsWith('.pdf'))!;
  expect(pdfTekstPlat(readFileSync(join(koers.documenten, pdf)))).toContain('Journaal en afspraken');

  await page.getByRole('button', { name: 'Dossier verwijderen' }).click();
  const verwijder = page.getByRole('dialog', { name: `Dossier van ${fout.voornamen} ${fout.achternaam} verwijderen` });
  await expect(verwijder.getByRole('list', { name: 'Wat wordt verwijderd' })).toContainText('journaalnotities (1)');
  await verwijder.getByRole('button', { name: 'Dossier definitief verwijderen' }).click();
  await expect(verwijder.getByText('Kies waarom het dossier wordt verwijderd.')).toBeVisible();
  await controleerScherm(page, 'dossier-verwijderen');
  await verwijder.getByRole('combobox', { name: /Reden/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: /Dubbel dossier/ }).click();
  await verwijder.getByLabel('Toelichting (niet verplicht)').fill('Tweemaal ingevoerd');
  await verwijder.getByRole('button', { name: 'Dossier definitief verwijderen' }).click();
  await expect(page).toHaveURL(/#\/inburgeraars$/);
  await expect(page.getByText(fout.achternaam)).toHaveCount(0);
  expect(ok(await koers.handlers.inburgeraarsLijst({})).rijen).toEqual([]);
});
