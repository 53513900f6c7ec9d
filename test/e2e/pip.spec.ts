import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfNaarPng, pdfTekstPlat } from '../fixtures/pdf';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

test('intake → PIP → voorbeeld → vaststellen → PDF → verzonden → wijziging', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  await koers.handlers.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  });
  const toegevoegd = await koers.handlers.inburgeraarToevoegen({
    ...synthetischeInburgeraar(maakRandom(3), '2026-11-22', 5),
    doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-10-05',
  });
  if (!toegevoegd.ok) throw new Error(toegevoegd.fout.message);
  const id = toegevoegd.data.id;
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();

  // Ondertekenaar in the settings
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  const ondertekenaar = page.getByRole('form', { name: 'Ondertekenaar toevoegen' });
  await ondertekenaar.getByLabel('Naam ondertekenaar').fill('mr. A.B. de Boer');
  await ondertekenaar.getByLabel('Functie').fill('teamleider Werk en Inkomen');
  await ondertekenaar.getByLabel('Mandaatbesluit').fill('Mandaatbesluit Sociaal Domein 2025');
  await ondertekenaar.getByRole('button', { name: 'Ondertekenaar toevoegen' }).click();
  await expect(page.getByRole('list', { name: 'Ondertekenaars' })).toContainText('mr. A.B. de Boer, teamleider Werk en Inkomen');
  await page.getByRole('button', { name: /Standaardteksten van brieven/ }).click();
  await controleerScherm(page, '18-instellingen-brieven');

  // Intake
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await expect(page.getByRole('heading', { name: 'Amanuel Tesfay' })).toBeVisible();
  await page.getByRole('tab', { name: 'Intake' }).click();
  const intake = page.getByRole('form', { name: 'Brede intake' });
  await expect(page.getByText('Nog nodig om de intake af te ronden')).toBeVisible();
  await vulDatum(page, 'Datum toets', '12-10-2026');
  await intake.getByLabel('Afgenomen door').fill('Taalhuis Voorbeeldstad');
  await intake.getByLabel('Resultaat en advies').fill('Goed leerbaar; B1 haalbaar.');
  await intake.getByLabel(/Onderwijs en werkervaring/).fill('Tien jaar school; monteur.');
  await intake.getByLabel(/Persoonlijke omstandigheden/).fill('Gezond; alleenstaand.');
  await intake.getByLabel(/Voor- en vroegschoolse educatie/).fill('n.v.t.: geen kinderen');
  await intake.getByLabel(/^Taalniveau/).fill('A1');
  await intake.getByLabel(/arbeidsparticipatie/).fill('Wil als monteur werken.');
  await intake.getByLabel(/zelfredzaamheid/).fill('Redelijk zelfredzaam.');
  await intake.getByLabel('De inburgeraar is op dit recht gewezen').check();
  await vulDatum(page, 'Op', '12-10-2026');
  await page.getByRole('button', { name: 'Gesprek toevoegen' }).click();
  // The list of what is missing follows the form as it is filled in.
  await expect(page.getByText('Nog nodig om de intake af te ronden')).toHaveCount(0);
  await controleerScherm(page, '19-intake');
  await vulDatum(page, 'Datum afronding', '20-10-2026');
  await page.getByRole('button', { name: 'Intake opslaan en afronden' }).click();
  await expect(page.getByText('De intake is afgerond op 20 oktober 2026')).toBeVisible();

  // PIP
  await page.getByRole('tab', { name: 'PIP' }).click();
  const pip = page.getByRole('form', { name: 'PIP' });
  await pip.getByRole('combobox', { name: /Leerroute/ }).click();
  await page.getByRole('option', { name: 'B1-route' }).click();
  await pip.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: 'B1', exact: true }).click();
  await pip.getByRole('combobox', { name: 'Alfabetisering' }).click();
  await page.getByRole('option', { name: 'Niet van toepassing' }).click();
  await pip.getByLabel(/Intensiteit leerroute in uren/).fill('600');
  await pip.getByLabel(/Aantal voortgangsgesprekken/).fill('4');
  await pip.getByLabel('Taalaanbieder').fill('Taalhuis Voorbeeldstad');
  await pip.getByLabel(/Ondersteuning en begeleiding/).fill('Maandelijks gesprek met de regisseur.');
  await pip.getByLabel(/Intensiteit participatieverklaringstraject/).fill('Twaalf uur in het eerste half jaar.');
  await pip.getByLabel(/Intensiteit MAP/).fill('Veertig uur in het tweede jaar.');
  await pip.getByLabel(/Maatschappelijke begeleiding/).fill('Eén jaar.');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Nog nodig voor vaststellen')).toBeVisible();
  await expect(page.getByText('Leg vast waarom de onderwijsroute niet is gekozen.')).toBeVisible();
  await expect(page.getByText('(art. 3:2 en 3:46 Awb (ABRvS 2024:5413))').first()).toBeVisible();

  await pip.getByRole('combobox', { name: 'Bouwsteen toevoegen aan de motivering' }).click();
  await page.getByRole('option', { name: /De leerbaarheidstoets laat zien/ }).click();
  await pip.getByLabel('Waarom niet de Onderwijsroute?').fill('Geen vooropleiding voor het vervolgonderwijs.');
  await pip.getByLabel('Waarom niet de Z-route?').fill('Niet nodig: het examen is haalbaar.');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(page.getByText('Nog nodig voor vaststellen')).toHaveCount(0);

  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const voorbeeld = page.getByRole('article', { name: /Voorbeeld: Persoonlijk plan inburgering en participatie/ });
  await expect(voorbeeld).toContainText('CONCEPT — nog geen kenmerk');
  await expect(voorbeeld).toContainText('Burgemeester en wethouders van Voorbeeldstad,');
  await expect(voorbeeld).toContainText('namens dezen,');
  await expect(voorbeeld).toContainText('mr. A.B. de Boer');
  await controleerScherm(page, '20-pip-voorbeeld');

  await page.getByRole('button', { name: 'Vaststellen…' }).click();
  await expect(page.getByRole('dialog', { name: 'PIP vaststellen?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const versies = page.getByRole('table', { name: 'Versies van het PIP' });
  await expect(versies).toContainText('INB-2026-0001');
  await expect(versies).toContainText('Vastgesteld');
  await expect(page.getByLabel('Inburgeringstermijn')).toContainText('tot en met');
  await versies.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(/Opgeslagen: Persoonlijk plan inburgering en participatie INB-2026-0001\.pdf/)).toBeVisible();

  await page.getByRole('group', { name: 'Versie 1' }).getByRole('button', { name: 'Verzonden' }).click();
  await expect(versies).toContainText('Verzonden');
  await expect(page.getByText(/Bezwaar mogelijk tot en met/)).toBeVisible();
  await controleerScherm(page, '21-pip-verzonden');

  // Wijziging: afschalen needs 600 hours
  await page.getByRole('combobox', { name: 'Reden van de wijziging' }).click();
  await page.getByRole('option', { name: /Afschalen naar A2/ }).click();
  await page.getByLabel('Toelichting (komt in de beschikking)').fill('Na 640 uur les is B1 voor lezen niet haalbaar.');
  await page.getByRole('button', { name: 'Wijziging starten' }).click();
  await expect(page.getByRole('heading', { name: 'Wijziging (versie 2) — concept' })).toBeVisible();
  await pip.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: /A2/ }).click();
  await pip.getByLabel(/Gevolgde uren NT2/).fill('420');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByRole('tabpanel').getByRole('alert')).toContainText('ten minste 600 uur NT2-onderwijs');
  await pip.getByLabel(/Gevolgde uren NT2/).fill('640');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Vaststellen…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen', exact: true }).click();
  await expect(versies).toContainText('INB-2026-0002');
  await versies.getByRole('button', { name: 'Opslaan als PDF' }).nth(1).click();
  await expect(page.getByText(/Opgeslagen: Wijziging persoonlijk plan inburgering en participatie INB-2026-0002\.pdf/)).toBeVisible();
  await controleerScherm(page, '22-pip-wijziging');

  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByRole('table', { name: 'Vastgelegde documenten' })).toContainText('Beschikking wijziging PIP');
  await controleerScherm(page, '23-documenten');

  const bestanden = readdirSync(koers.documenten);
  const eerste = readFileSync(join(koers.documenten, bestanden.find((b) => b.includes('INB-2026-0001'))!));
  const tweede = readFileSync(join(koers.documenten, bestanden.find((b) => b.includes('INB-2026-0002'))!));
  expect(pdfTekstPlat(eerste)).toContain('Onderwerp: Persoonlijk plan inburgering en participatie');
  expect(pdfTekstPlat(tweede)).toContain('met kenmerk INB-2026-0001');
  pdfNaarPng(eerste, 'test-results/documenten/e2e-pip-beschikking-pagina-1', 70);
  pdfNaarPng(tweede, 'test-results/documenten/e2e-wijzigingsbeschikking-pagina-1', 70);
});
