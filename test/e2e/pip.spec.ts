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

  // Oproep (Wi 14 lid 1): a date too soon is named inline, with the rule, before anything is made.
  const oproep = page.getByRole('form', { name: 'Nieuwe oproep' });
  await vulDatum(page, 'Verzenddatum', '02-10-2026');
  await vulDatum(page, 'Datum afspraak', '05-10-2026');
  await oproep.getByLabel('Tijd en plaats').fill('10.00 uur, gemeentehuis');
  await expect(oproep.getByText('Deze datums kunnen niet kloppen')).toBeVisible();
  await expect(oproep).toContainText('moet minstens 7 dagen na de verzenddatum (2 oktober 2026) liggen: op 9 oktober 2026 of later');
  await vulDatum(page, 'Datum afspraak', '09-10-2026');
  await expect(oproep.getByText('Deze datums kunnen niet kloppen')).toHaveCount(0);
  await oproep.getByRole('button', { name: 'Oproep maken' }).click();
  const oproepen = page.getByRole('table', { name: 'Oproepen' });
  await expect(oproepen).toContainText('09-10-2026, 10.00 uur, gemeentehuis');
  await oproepen.getByRole('button', { name: 'Verschenen', exact: true }).click();
  await expect(oproepen).toContainText('Verschenen');

  const intake = page.getByRole('form', { name: 'Brede intake' });
  await expect(page.getByText('Nog nodig om de intake af te ronden')).toBeVisible();
  await vulDatum(page, 'Datum toets', '12-10-2026');
  await intake.getByLabel('Afgenomen door').fill('Taalhuis Voorbeeldstad');
  await intake.getByLabel('Resultaat en advies').fill('Goed leerbaar; B1 haalbaar.');
  await intake.getByLabel(/Onderwijs en werkervaring/).fill('Tien jaar school; monteur.');
  // The onderwijsroute question (Wi 8 lid 1; ABRvS 2024:5413), by keyboard.
  await intake.getByLabel('Jaren onderwijs').fill('10');
  await intake.getByLabel('Hoogste opleiding').fill('Middelbare school, zonder diploma');
  await intake.getByRole('combobox', { name: 'Wil de inburgeraar studeren?' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Nee', exact: true }).press('Enter');
  await expect(intake.getByRole('combobox', { name: 'Wil de inburgeraar studeren?' })).toHaveText('Nee');
  await intake.getByRole('combobox', { name: 'Grote kans op een diploma in mbo, hbo of wo?' }).click();
  await page.getByRole('option', { name: 'Twijfel' }).click();
  await expect(page.getByText('Licht toe waarom u twijfelt of de inburgeraar een diploma kan halen.')).toBeVisible();
  await intake.getByLabel(/Toelichting onderwijsroute/).fill('Wil liever werken als monteur; zonder diploma is de kans op het mbo klein.');
  await intake.getByLabel(/Persoonlijke omstandigheden/).fill('Gezond; alleenstaand.');
  await intake.getByLabel(/Voor- en vroegschoolse educatie/).fill('n.v.t.: geen kinderen');
  await intake.getByLabel(/^Taalniveau/).fill('A1');
  await intake.getByLabel(/arbeidsparticipatie/).fill('Wil als monteur werken.');
  await intake.getByLabel(/zelfredzaamheid/).fill('Redelijk zelfredzaam.');
  await intake.getByLabel('De inburgeraar is op dit recht gewezen').check();
  await vulDatum(page, 'Op', '12-10-2026');
  await page.getByRole('button', { name: 'Gesprek toevoegen' }).click();
  await vulDatum(page, 'Datum gesprek 1', '12-10-2026');
  // The list of what is missing follows the form as it is filled in.
  await expect(page.getByText('Nog nodig om de intake af te ronden')).toHaveCount(0);
  await controleerScherm(page, '19-intake');
  // A date of afronden before the conversation is named inline.
  await vulDatum(page, 'Datum afronding', '11-10-2026');
  await expect(page.getByText('De datum van afronding (11 oktober 2026) ligt vóór het laatste intakegesprek (12 oktober 2026).')).toBeVisible();
  await vulDatum(page, 'Datum afronding', '20-10-2026');
  await expect(page.getByText('Deze datum van afronding kan niet kloppen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Intake opslaan en afronden' }).click();
  await expect(page.getByText('De intake is afgerond op 20 oktober 2026')).toBeVisible();

  // The oproep took kenmerk INB-2026-0001; the PIP and its wijziging follow in the same series.
  // PIP
  await page.getByRole('tab', { name: 'PIP' }).click();
  const pip = page.getByRole('form', { name: 'PIP' });
  await pip.getByRole('combobox', { name: /Leerroute/ }).click();
  await page.getByRole('option', { name: 'B1-route' }).click();
  await pip.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: 'B1', exact: true }).click();
  await pip.getByRole('combobox', { name: 'Alfabetisering' }).click();
  await page.getByRole('option', { name: 'Niet van toepassing' }).click();
  await pip.getByLabel(/Intensiteit leerroute: uren per week/).fill('10');
  await pip.getByLabel(/Intensiteit leerroute: uren in totaal/).fill('1200');
  await pip.getByLabel(/Aantal voortgangsgesprekken/).fill('4');
  await pip.getByLabel(/Voortgangsgesprekken: elke/).fill('9');
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
  await pip.getByLabel('Waarom niet de Onderwijsroute?').fill('U wilt niet studeren: u wilt snel aan het werk. De kans op een diploma is daarom klein.');
  await pip.getByLabel('Waarom niet de Z-route?').fill('Niet nodig: u kunt het examen binnen de termijn halen.');
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
  await expect(versies).toContainText('INB-2026-0002');
  await expect(versies).toContainText('Vastgesteld');
  await expect(page.getByLabel('Inburgeringstermijn')).toContainText('tot en met');
  await versies.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(/Opgeslagen: Persoonlijk plan inburgering en participatie INB-2026-0002\.pdf/)).toBeVisible();

  await page.getByRole('group', { name: 'Versie 1' }).getByRole('button', { name: 'Verzonden' }).click();
  await expect(versies).toContainText('Verzonden');
  await expect(page.getByText(/Bezwaar mogelijk tot en met/)).toBeVisible();
  await controleerScherm(page, '21-pip-verzonden');

  // Wijziging: a change of the ondersteuning carries its own reasoning (Wi 17; Awb 3:46).
  await page.getByRole('combobox', { name: 'Reden van de wijziging' }).click();
  await page.getByRole('option', { name: 'Andere onderdelen van het plan' }).click();
  await page.getByRole('button', { name: 'Wijziging starten' }).click();
  await expect(page.getByRole('heading', { name: 'Wijziging (versie 2) — concept' })).toBeVisible();
  await expect(pip.getByLabel('Motivering (art. 3:46 Awb)')).toHaveCount(0);
  await pip.getByLabel(/Ondersteuning en begeleiding/).fill('Elke twee weken een gesprek met de regisseur, met tolk.');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByRole('tabpanel').getByRole('alert')).toContainText('Schrijf waarom het plan verandert.');
  await pip.getByLabel(/Waarom het plan verandert/).fill('U heeft gevraagd om vaker een gesprek, omdat u de brieven van de taalschool moeilijk vindt.');
  await pip.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Vaststellen…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen', exact: true }).click();
  await expect(versies).toContainText('INB-2026-0003');
  await versies.getByRole('button', { name: 'Opslaan als PDF' }).nth(1).click();
  await expect(page.getByText(/Opgeslagen: Wijziging persoonlijk plan inburgering en participatie INB-2026-0003\.pdf/)).toBeVisible();
  await controleerScherm(page, '22-pip-wijziging');

  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByRole('table', { name: 'Vastgelegde documenten' })).toContainText('Beschikking wijziging PIP');
  await controleerScherm(page, '23-documenten');

  const bestanden = readdirSync(koers.documenten);
  const eerste = readFileSync(join(koers.documenten, bestanden.find((b) => b.includes('INB-2026-0002'))!));
  const tweede = readFileSync(join(koers.documenten, bestanden.find((b) => b.includes('INB-2026-0003'))!));
  expect(pdfTekstPlat(eerste)).toContain('Onderwerp: Persoonlijk plan inburgering en participatie');
  expect(pdfTekstPlat(tweede)).toContain('met kenmerk INB-2026-0002');
  pdfNaarPng(eerste, 'test-results/documenten/e2e-pip-beschikking-pagina-1', 70);
  pdfNaarPng(tweede, 'test-results/documenten/e2e-wijzigingsbeschikking-pagina-1', 70);
});
