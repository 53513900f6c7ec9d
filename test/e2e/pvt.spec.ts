import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfNaarPng, pdfPaginas, pdfTekst } from '../fixtures/pdf';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

test('plan a group with 3 sessions → enrol 3 → attendance → print the batch for the 2 who are ready → record signing → afgerond', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  await koers.handlers.instellingenOpslaan({ gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30, ondertekenaarNaam: 'J. de Vries', ondertekenaarFunctie: 'wethouder' });
  const random = maakRandom(21);
  const namen: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const invoer = synthetischeInburgeraar(random, '2026-11-22', i);
    const antwoord = await koers.handlers.inburgeraarToevoegen(invoer);
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
    await koers.handlers.inburgeraarStatusWijzigen({ id: antwoord.data.id, status: 'intake' });
    namen.push(`${invoer.voornamen} ${invoer.achternaam}`);
  }
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'PVT en MAP' }).click();
  await expect(page.getByRole('heading', { name: 'Participatieverklaringstraject en MAP' })).toBeVisible();
  await expect(page.getByText('3 nog zonder afgeronde PVT')).toBeVisible();

  // A group with three sessions
  await page.getByLabel('Naam van de nieuwe groep').fill('Najaar 2026');
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Groep Najaar 2026' })).toBeVisible();
  const sessies: [string, string, string, string | null][] = [
    ['Inleiding kernwaarden', '02-11-2026', '8', null],
    ['Excursie', '09-11-2026', '2', 'solidariteit'],
    ['Ondertekeningsbijeenkomst', '23-11-2026', '2', null],
  ];
  const formulier = page.getByRole('form', { name: 'Sessie toevoegen' });
  for (const [soort, datum, uren, kernwaarde] of sessies) {
    await formulier.getByRole('combobox', { name: 'Soort' }).click();
    await page.getByRole('option', { name: soort }).click();
    if (kernwaarde) {
      await formulier.getByRole('combobox', { name: 'Kernwaarde' }).click();
      await page.getByRole('option', { name: kernwaarde }).click();
    }
    await vulDatum(page, 'Datum sessie', datum);
    await formulier.getByLabel('Uren').fill(uren);
    await formulier.getByLabel('Plaats', { exact: true }).fill('Bibliotheek Voorbeeldstad');
    await formulier.getByLabel('Trainer of uitvoerder').fill('Stichting Samen');
    await formulier.getByRole('button', { name: 'Sessie toevoegen' }).click();
    await expect(page.getByRole('table', { name: 'Sessies' })).toContainText(soort);
  }

  // Enrol the three from the werklijst: select all, then two clicks
  await page.getByRole('link', { name: '← PVT en MAP' }).click();
  await page.getByRole('checkbox', { name: 'Alle rijen selecteren' }).check();
  await page.getByRole('button', { name: 'Geselecteerden inschrijven (3)' }).click();
  await page.getByRole('menuitem', { name: 'Najaar 2026' }).click();
  await expect(page.getByText('3 ingeschreven.')).toBeVisible();
  await expect(page.getByText('3 rijen geselecteerd')).toBeVisible();
  await expect(page.getByText('Regels per pagina:')).toBeVisible();
  await controleerScherm(page, '24-pvt-werklijst');

  // Attendance: everyone everywhere, but the last person misses the excursion
  await page.getByRole('link', { name: 'Najaar 2026' }).click();
  for (const naam of namen) {
    for (const [soort, datum] of sessies) {
      const vinkje = page.getByRole('checkbox', { name: `${naam} aanwezig op ${datum} (${soort})` });
      if (!(naam === namen[2] && soort === 'Excursie')) await vinkje.check();
    }
  }
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByText('De aanwezigheid is opgeslagen.')).toBeVisible();
  const aanwezigheid = page.getByRole('table', { name: 'Aanwezigheid' });
  await expect(aanwezigheid.getByRole('row', { name: new RegExp(namen[0]!) })).toContainText('12 / 12');
  await expect(aanwezigheid.getByRole('row', { name: new RegExp(namen[0]!) })).toContainText('Klaar voor ondertekening');
  await expect(aanwezigheid.getByRole('row', { name: new RegExp(namen[2]!) })).toContainText('Bezig');

  // Presentielijst and the batch with progress
  await page.getByRole('table', { name: 'Sessies' }).getByRole('button', { name: 'Presentielijst (PDF)' }).first().click();
  await expect(page.getByText(/Opgeslagen: Presentielijst Najaar 2026/)).toBeVisible();
  // The third person (10 hours, no excursion) gets no form: listed with the reasons before and after printing.
  const redenen = ['Nog 2 uur nodig (art. 3.1 lid 3 Besluit)', 'Nog geen excursie of activiteit over een kernwaarde bijgewoond (art. 3.1 lid 2 Besluit)'];
  const geenFormulier = page.getByRole('table', { name: 'Krijgen geen formulier (1)' });
  await expect(geenFormulier.getByRole('row')).toHaveCount(2);
  await expect(geenFormulier.getByRole('row', { name: new RegExp(namen[2]!) }).getByRole('listitem')).toHaveText(redenen);
  await page.getByLabel('Plaats van de bijeenkomst (optioneel)').fill('Voorbeeldstad');
  await page.getByRole('button', { name: 'Participatieverklaringen afdrukken (2)' }).click();
  await expect(page.getByText('Klaar: 2 verklaringen opgeslagen als Participatieverklaringen Najaar 2026.pdf.')).toBeVisible();
  const nietAfgedrukt = page.getByRole('table', { name: 'Niet afgedrukt (1)' });
  await expect(nietAfgedrukt.getByRole('row', { name: new RegExp(namen[2]!) }).getByRole('listitem')).toHaveText(redenen);

  // Signing
  await page.getByLabel('Plaats ondertekening').fill('Voorbeeldstad');
  await page.getByRole('button', { name: `Ondertekend: ${namen[0]}` }).click();
  await expect(page.getByRole('table', { name: 'Ondertekening' }).getByRole('row', { name: new RegExp(namen[0]!) })).toContainText('2022-01-01');
  await page.getByRole('button', { name: `Ondertekend: ${namen[2]}` }).click();
  await expect(page.getByRole('alert')).toContainText('Nog geen excursie of activiteit over een kernwaarde bijgewoond');
  await page.getByRole('button', { name: `Scan toevoegen: ${namen[0]}` }).click();
  await page.getByLabel('Scan kiezen').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nscan') });
  await expect(page.getByRole('button', { name: `Scan vervangen: ${namen[0]}` })).toBeVisible();
  await controleerScherm(page, '25-pvt-groep');

  // Status complete in the dossier
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inburgeraars' }).click();
  await page.getByRole('link', { name: new RegExp(namen[0]!.split(' ').reverse()[0]!) }).click();
  await page.getByRole('tab', { name: 'PVT en MAP' }).click();
  await expect(page.getByRole('heading', { name: 'Participatieverklaringstraject — Afgerond' })).toBeVisible();
  await controleerScherm(page, '26-dossier-pvt');

  const bestanden = readdirSync(koers.documenten);
  const batch = readFileSync(join(koers.documenten, 'Participatieverklaringen Najaar 2026.pdf'));
  expect(pdfPaginas(batch)).toBe(2);
  const gesorteerd = namen.slice(0, 2).sort((a, b) => a.localeCompare(b, 'nl'));
  for (const [index, naam] of gesorteerd.entries()) expect(pdfTekst(batch, index + 1)).toContain(`Naam: ${naam}`);
  expect(pdfTekst(batch)).not.toContain(namen[2]!);
  pdfNaarPng(batch, 'test-results/documenten/e2e-ceremonie-batch-pagina-1', 60);
  const lijst = bestanden.find((b) => b.startsWith('Presentielijst'))!;
  pdfNaarPng(readFileSync(join(koers.documenten, lijst)), 'test-results/documenten/e2e-presentielijst-pagina-1', 60);
});
