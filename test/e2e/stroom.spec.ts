import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfTekstPlat } from '../fixtures/pdf';
import { controleerScherm, expect, test, vulDatum } from './bridge';

const WACHTWOORD = 'vier woorden zijn sterk genoeg';

test('create vault → add inburgeraar → find by BSN → dossier → participatieverklaring → lock → unlock', async ({ page, koers }) => {
  await page.goto('/index.html');

  // Nieuwe kluis
  await expect(page.getByRole('heading', { name: 'Nieuwe kluis aanmaken' })).toBeVisible();
  await expect(page.getByText('Zonder wachtwoord én herstelcode zijn de gegevens niet meer te openen')).toBeVisible();
  await controleerScherm(page, '01-nieuwe-kluis');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('te kort');
  await page.getByLabel('Herhaal het wachtwoord').fill('te kort');
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByText('Kies een wachtwoord van minstens 12 tekens.')).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD);
  await expect(page.getByText('Sterkte: Sterk')).toBeVisible();
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();

  // Herstelcode: shown once, printable, confirmed by retyping
  await expect(page.getByRole('heading', { name: 'Uw herstelcode' })).toBeVisible();
  const herstelcode = (await page.getByLabel('Herstelcode', { exact: true }).textContent())!.trim();
  expect(herstelcode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await controleerScherm(page, '02-herstelcode');
  await page.getByRole('button', { name: /Herstelcode opslaan als PDF/ }).click();
  await expect(page.getByText('De PDF is opgeslagen.')).toBeVisible();
  expect(pdfTekstPlat(readFileSync(join(koers.documenten, 'Herstelcode Koers.pdf')))).toContain(herstelcode);
  await page.getByLabel('Typ de herstelcode over ter bevestiging').fill('AAAA');
  await page.getByRole('button', { name: /Ik heb de herstelcode bewaard/ }).click();
  await expect(page.getByText('Deze code is niet gelijk aan de herstelcode hierboven.')).toBeVisible();
  await page.getByLabel('Typ de herstelcode over ter bevestiging').fill(herstelcode.toLowerCase());
  await page.getByRole('button', { name: /Ik heb de herstelcode bewaard/ }).click();

  // Werkvoorraad
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
  await controleerScherm(page, '03-werkvoorraad-leeg');

  // Instellingen
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await page.getByLabel('Naam van de gemeente').fill('Voorbeeldstad');
  await page.getByLabel('Postadres').fill('Postbus 100');
  await page.getByLabel('Postcode').fill('9900 AA');
  await page.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Voorbeeldstad');
  await page.getByLabel('Naam ondertekenaar participatieverklaring').fill('J. de Vries');
  await page.getByLabel('Functie ondertekenaar').fill('wethouder inburgering');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Koers · Voorbeeldstad')).toBeVisible();
  await controleerScherm(page, '04-instellingen');

  // Nieuwe inburgeraar: first the inline errors, then a valid record
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe inburgeraar' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe inburgeraar' })).toBeVisible();
  await controleerScherm(page, '05-nieuwe-inburgeraar');
  await page.getByLabel('BSN').fill('123456789');
  await page.getByRole('button', { name: 'Inburgeraar opslaan' }).click();
  await expect(page.getByText('Dit BSN klopt niet (11-proef). Controleer de cijfers.')).toBeVisible();
  await expect(page.getByText('Voornamen is verplicht.')).toBeVisible();
  await controleerScherm(page, '06-nieuwe-inburgeraar-fouten');

  await page.getByLabel('BSN').fill('123456782');
  await page.getByLabel('Voornamen').fill('Gülşen');
  await page.getByLabel('Achternaam').fill('Çelik');
  await vulDatum(page, 'Geboortedatum', '14-04-1990');
  await page.getByRole('combobox', { name: 'Geslacht' }).click();
  await page.getByRole('option', { name: 'Vrouw' }).click();
  await page.getByLabel('Nationaliteit').fill('Turkse');
  await page.getByRole('textbox', { name: 'Taal', exact: true }).fill('Turks');
  await page.getByLabel('Tolk nodig').check();
  await page.getByLabel('Straat').fill('Lindelaan');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Postcode').fill('9911ab');
  await page.getByLabel('Woonplaats').fill('Voorbeeldstad');
  await page.getByRole('combobox', { name: 'Doelgroep', exact: true }).click();
  await page.getByRole('option', { name: 'Asielstatushouder' }).click();
  // Besluit 5.3 lid 1: art. 28 housing is a choice for the asiel group, off by default.
  await expect(page.getByRole('checkbox', { name: 'Gehuisvest via het COA (art. 28 Huisvestingswet 2014)' })).not.toBeChecked();
  await vulDatum(page, 'Datum kennisgeving DUO', '26-01-2026');
  await vulDatum(page, 'Datum inschrijving BRP', '20-01-2026');
  await page.getByRole('button', { name: 'Inburgeraar opslaan' }).click();

  // Dossier
  await expect(page.getByRole('heading', { name: 'Gülşen Çelik' })).toBeVisible();
  await expect(page.getByText('BSN 1234.56.782 · geboren 14 april 1990')).toBeVisible();
  await expect(page.getByLabel('Termijn PIP')).toContainText('PIP uiterlijk vaststellen op 7 april 2026');
  await expect(page.getByLabel('Termijn PIP')).toContainText('tweede Paasdag');
  await expect(page.getByText('9911 AB')).toBeVisible();
  await controleerScherm(page, '07-dossier');

  // A second inburgeraar through the handlers, to make the search meaningful
  const tweede = await koers.handlers.inburgeraarToevoegen({
    bsn: '111222333', voornamen: 'Đorđe', tussenvoegsel: null, achternaam: 'Petrović', geboortedatum: '1985-12-31', geslacht: 'man',
    nationaliteit: 'Servische', taal: 'Servisch', tolkNodig: false, straat: 'Kerkstraat', huisnummer: '3', postcode: '9912 CD',
    woonplaats: 'Voorbeeldstad', telefoon: null, email: null, doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', vNummer: null,
    datumKennisgevingDuo: '2026-02-16', datumInschrijvingBrp: null, datumKoppelingCoa: null,
  });
  expect(tweede.ok).toBe(true);

  // Find by BSN
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inburgeraars' }).click();
  await expect(page.getByText('2 van 2 inburgeraars')).toBeVisible();
  await page.getByLabel('Zoek op naam of BSN').fill('1234.56.782');
  await expect(page.getByText('1 van 2 inburgeraars')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Çelik, Gülşen' })).toBeVisible();
  await page.getByLabel('Zoek op naam of BSN').fill('dorde');
  await expect(page.getByRole('link', { name: 'Petrović, Đorđe' })).toBeVisible();
  await page.getByLabel('Zoek op naam of BSN').fill('');
  await controleerScherm(page, '08-inburgeraars');
  await page.getByLabel('Zoek op naam of BSN').fill('123456782');
  await page.getByRole('link', { name: 'Çelik, Gülşen' }).click();
  await expect(page.getByRole('heading', { name: 'Gülşen Çelik' })).toBeVisible();

  // Participatieverklaring
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByLabel('Plaats (optioneel)').fill('Voorbeeldstad');
  await page.getByRole('button', { name: 'Participatieverklaring opslaan als PDF' }).click();
  await expect(page.getByText('Opgeslagen: Participatieverklaring Gülşen Çelik.pdf')).toBeVisible();
  await controleerScherm(page, '09-dossier-documenten');
  const pdf = readFileSync(join(koers.documenten, 'Participatieverklaring Gülşen Çelik.pdf'));
  const tekst = pdfTekstPlat(pdf);
  expect(tekst).toContain('Naam: Gülşen Çelik');
  expect(tekst).toContain('Geboortedatum: 14 april 1990');
  expect(tekst).toContain('Namens de gemeente Voorbeeldstad, J. de Vries, wethouder inburgering');
  expect(tekst).not.toContain('123456782');

  // Lock → wrong passphrase → unlock
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
  await expect(page.getByText('Gülşen')).toHaveCount(0);
  await controleerScherm(page, '10-ontgrendelen');
  await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Onjuist wachtwoord');
  await controleerScherm(page, '11-onjuist-wachtwoord');
  await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  // Back where the regisseur was when the vault locked.
  await expect(page.getByRole('heading', { name: 'Gülşen Çelik' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
  await expect(page.getByText('Inburgeraars in totaal')).toBeVisible();
  await controleerScherm(page, '12-werkvoorraad');
  expect(readdirSync(koers.documenten).sort()).toEqual(['Herstelcode Koers.pdf', 'Participatieverklaring Gülşen Çelik.pdf']);
});
