import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

test('a MAP group: sessions with a thema, attendance counts toward the MAP and not the PVT; uitschrijven asks first', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const invoer = synthetischeInburgeraar(maakRandom(23), '2026-11-22', 4);
  const antwoord = await koers.handlers.inburgeraarToevoegen(invoer);
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  const id = antwoord.data.id;
  await koers.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' });
  const naam = `${invoer.voornamen} ${invoer.achternaam}`;
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'PVT en MAP' }).click();

  // The traject is chosen when the group is made.
  await page.getByLabel('Naam van de nieuwe groep').fill('MAP najaar');
  await page.getByRole('combobox', { name: 'Traject' }).click();
  await page.getByRole('option', { name: /^MAP/ }).click();
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Groep MAP najaar' })).toBeVisible();
  await expect(page.getByText('Module arbeidsmarkt en participatie', { exact: true })).toBeVisible();

  const formulier = page.getByRole('form', { name: 'Sessie toevoegen' });
  await expect(formulier.getByRole('combobox', { name: 'Soort' })).toHaveCount(0);
  await formulier.getByRole('button', { name: 'Sessie toevoegen' }).click();
  await expect(formulier).toContainText('Kies het thema van deze MAP-bijeenkomst (art. 3.2 lid 1 Besluit).');
  await formulier.getByRole('combobox', { name: 'Thema (art. 3.2 lid 1 Besluit)' }).click();
  await page.getByRole('option', { name: 'Werk vinden' }).click();
  await vulDatum(page, 'Datum sessie', '16-11-2026');
  await formulier.getByLabel('Uren').fill('3');
  await formulier.getByLabel('Plaats', { exact: true }).fill('Werkplein');
  await formulier.getByLabel('Trainer of uitvoerder').fill('Werkplein Voorbeeldstad');
  await formulier.getByRole('button', { name: 'Sessie toevoegen' }).click();
  await expect(page.getByRole('table', { name: 'Sessies' })).toContainText('MAP-bijeenkomst: Werk vinden');

  // Enrol from the werklijst; the menu names the traject of each group.
  await page.getByRole('link', { name: '← PVT en MAP' }).click();
  await expect(page.getByRole('list', { name: 'Groepen' })).toContainText('MAP · 0 deelnemers · 1 sessies');
  await page.getByRole('button', { name: 'Inschrijven', exact: true }).first().click();
  await page.getByRole('menuitem', { name: 'MAP najaar (MAP)' }).click();
  await page.getByRole('link', { name: 'MAP najaar' }).click();

  await page.getByRole('checkbox', { name: `${naam} aanwezig op 16-11-2026 (Werk vinden)` }).check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  const aanwezigheid = page.getByRole('table', { name: 'Aanwezigheid' });
  await expect(aanwezigheid.getByRole('row', { name: new RegExp(naam) })).toContainText('3 / 40');
  await controleerScherm(page, '44-map-groep');

  // Uitschrijven asks first; cancelled, the deelnemer stays.
  await page.getByRole('button', { name: `${naam} uitschrijven` }).click();
  const vraag = page.getByRole('dialog', { name: `${naam} uitschrijven?` });
  await expect(vraag).toContainText('De aanwezigheid die al is vastgelegd blijft bij de persoon');
  await vraag.getByRole('button', { name: 'Annuleren' }).click();
  await expect(aanwezigheid.getByRole('row', { name: new RegExp(naam) })).toBeVisible();

  // In the dossier: the hours on the thema from the group, none on the PVT.
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await page.getByRole('tab', { name: 'PVT en MAP' }).click();
  await expect(page.getByText(/^0 van ten minste 12 uur/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Module arbeidsmarkt en participatie — 3 van 40 uur' })).toBeVisible();
  await expect(page.getByRole('table', { name: "Thema's van de MAP" }).getByRole('row', { name: /Werk vinden/ })).toContainText('3');
  await controleerScherm(page, '45-dossier-map-groepsuren');
});
