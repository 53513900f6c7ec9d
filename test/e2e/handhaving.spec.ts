import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfNaarPng, pdfTekstPlat } from '../fixtures/pdf';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

const IBAN = 'NL00BANK0123456789';

test('a missed herhaalde oproep → voornemen → zienswijze → signed Wi 22 beschikking', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const zeker = <T,>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T => {
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
    return antwoord.data;
  };
  zeker(await koers.handlers.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  }));
  zeker(await koers.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }));
  const { id } = zeker(await koers.handlers.inburgeraarToevoegen({
    ...synthetischeInburgeraar(maakRandom(3), '2026-11-22', 5),
    doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-10-05',
  }));
  // The oproep and the waarschuwing with herhaalde oproep, both missed (Wi 14 lid 1).
  for (const [verzonden, verschijnenOp] of [['2026-10-20', '2026-10-27'], ['2026-10-28', '2026-11-09']] as const) {
    const { oproepId } = zeker(await koers.handlers.oproepVersturen({ inburgeraarId: id, verzonden, verschijnenOp, tijdEnPlaats: '10.00 uur, gemeentehuis' }));
    zeker(await koers.handlers.oproepUitkomst({ oproepId, uitkomst: 'niet_verschenen' }));
  }
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await page.getByRole('tab', { name: 'Handhaving' }).click();
  await expect(page.getByRole('heading', { name: 'Handhaving', level: 2 })).toBeVisible();
  await expect(page.getByText('Boetes voor asielstatushouder: aan')).toBeVisible();
  await controleerScherm(page, '40-handhaving');

  await page.getByRole('button', { name: 'Voornemen boete brede intake' }).click();
  const kaart = page.getByRole('region', { name: /Boete brede intake \(art\. 22 Wi 2021\): voornemen/ });
  await expect(kaart).toContainText('€ 250,00');
  await kaart.getByRole('button', { name: 'Zienswijzebrief maken' }).click();
  const zienswijze = page.getByRole('region', { name: /zienswijze gevraagd/ });
  await expect(zienswijze).toContainText('Termijn tot en met 7 december 2026');
  await expect(page.getByRole('list', { name: 'Lopende termijnen' })).toContainText('7 december 2026');

  // The person came by the next day: a mondelinge zienswijze, weighed in the beschikking.
  await vulDatum(page, 'Ontvangen op', '23-11-2026');
  await zienswijze.getByRole('combobox', { name: 'Wijze' }).click();
  await page.getByRole('option', { name: 'Mondeling' }).click();
  await zienswijze.getByLabel('Samenvatting van de zienswijze').fill('Was de afspraak vergeten.');
  await zienswijze.getByRole('button', { name: 'Zienswijze vastleggen' }).click();
  await expect(zienswijze).toContainText('ontvangen op 23 november 2026 (mondeling): Was de afspraak vergeten.');

  await zienswijze.getByLabel('Rekeningnummer (IBAN) voor boetes').fill(IBAN);
  await vulDatum(page, 'Nieuwe afspraak (hoogstens 2 maanden)', '14-12-2026');
  await zienswijze.getByLabel('Tijd en plaats nieuwe afspraak').fill('10.00 uur, gemeentehuis');
  await zienswijze.getByLabel('Weging van de zienswijze').fill('Vergeten is geen reden om niet te komen; de boete blijft.');
  await controleerScherm(page, '41-handhaving-vaststellen');
  await zienswijze.getByRole('button', { name: 'Boete vaststellen' }).click();

  const vastgesteld = page.getByRole('region', { name: /: vastgesteld/ });
  await expect(vastgesteld).toContainText('ondertekend door mr. A.B. de Boer');
  await expect(vastgesteld).toContainText('Uiterlijk 4 januari 2027');
  await vastgesteld.getByRole('button', { name: 'Beschikking opslaan' }).click();
  await expect(vastgesteld.getByRole('status')).toContainText('Opgeslagen');
  await controleerScherm(page, '42-handhaving-vastgesteld');

  const bestand = readdirSync(koers.documenten).find((naam) => naam.startsWith('Besluit bestuurlijke boete brede intake'))!;
  const pdf = new Uint8Array(readFileSync(join(koers.documenten, bestand)));
  pdfNaarPng(pdf, 'test-results/schermen/42-boete-wi22-pdf', 60);
  const tekst = pdfTekstPlat(pdf);
  expect(tekst).toContain('Besluit bestuurlijke boete brede intake');
  expect(tekst).toContain('€ 250,00');
  expect(tekst).toContain('14 december 2026');
  expect(tekst).toContain('Vergeten is geen reden om niet te komen; de boete blijft.');
  expect(tekst).toContain('mr. A.B. de Boer');

  // The per-doelgroep switch (DOMAIN.md §8) in the settings, shown again in the boete screen.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  const schakelaar = page.getByRole('form', { name: 'Boetes per doelgroep instellen' });
  await schakelaar.getByLabel(/Reden/).fill('HvJ EU Keren (C-158/23): juridisch advies per zaak.');
  await schakelaar.getByRole('button', { name: 'Instelling opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Boetes per doelgroep' })).toContainText('Extra toets: juridisch toetsen vóór vaststellen');
  await controleerScherm(page, '43-instellingen-boetes-per-doelgroep');
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await page.getByRole('tab', { name: 'Handhaving' }).click();
  await expect(page.getByText(/Boetes voor asielstatushouder: extra toets: juridisch toetsen vóór vaststellen \(sinds 23 november 2026; reden: HvJ EU Keren/)).toBeVisible();
});
