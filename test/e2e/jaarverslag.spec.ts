import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';
import { controleerScherm, expect, test } from './bridge';

function ok<T>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T {
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  return antwoord.data;
}

test('jaarverslag: last year by default → kerncijfers → planned mix (bad sum refused) → make with progress → save PDF and Excel', async ({ page, koers }) => {
  test.slow(); // a long flow (seven dossiers, the report, two files, two axe checks) on a shared two-core machine
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  ok(await koers.handlers.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  }));
  // Seven inburgeraars whose kennisgeving DUO fell in 2025: six asielstatushouders and one gezinsmigrant.
  for (let i = 0; i < 7; i++) {
    const invoer = synthetischeInburgeraar(maakRandom(40 + i), '2026-11-22', i);
    const maand = String(2 + i).padStart(2, '0');
    ok(await koers.handlers.inburgeraarToevoegen({
      ...invoer,
      ...(i < 6 ? { doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', huisvestingArt28: true } : { doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: false }),
      datumKennisgevingDuo: `2025-${maand}-10`,
      datumInschrijvingBrp: `2025-${maand}-03`,
    }));
  }
  const exact = ok(await koers.handlers.jaarverslagKerncijfers({ jaar: 2025 }));
  const instroom = exact.find((k) => k.indicator === 'instroom_totaal')!.waarde;
  expect(instroom).toBe(7);
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Jaarverslag' }).click();
  await expect(page.getByRole('heading', { name: 'Jaarverslag', level: 1 })).toBeVisible();

  // The day is 23 November 2026: the report proposes last year.
  await expect(page.getByRole('combobox', { name: 'Verslagjaar' })).toHaveText('2025');
  const tabel = page.getByRole('table', { name: 'Kerncijfers 2025' });
  await expect(tabel.getByRole('row', { name: /Nieuwe inburgeraars/ })).toContainText('7');
  await expect(tabel.getByRole('row', { name: /^Gezinsmigranten/ })).toContainText('1'); // exact on screen
  await controleerScherm(page, 'jaarverslag');

  // The planned mix must add up to 100: refused with the reason, nothing stored.
  const formulier = page.getByRole('form', { name: 'Instellingen van het jaarverslag' });
  await formulier.getByLabel('Gepland: B1-route (%)').fill('50');
  await formulier.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(formulier.getByRole('alert')).toHaveText('De percentages van de drie leerroutes moeten samen 100 zijn.');
  expect(ok(await koers.handlers.jaarverslagInstellingenOphalen({})).geplandeMix).toEqual({ b1: 40, onderwijs: 20, z: 40 });
  await formulier.getByLabel('Gepland: onderwijsroute (%)').fill('10');
  await formulier.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(formulier.getByRole('status')).toHaveText('De instellingen zijn opgeslagen.');
  expect(ok(await koers.handlers.jaarverslagInstellingenOphalen({})).geplandeMix).toEqual({ b1: 50, onderwijs: 10, z: 40 });

  // Make the report from the keyboard; the progress bar ends at "x van x".
  await page.getByRole('button', { name: 'Jaarverslag maken' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Voortgang van het jaarverslag 2025' })).toBeVisible();
  await expect(page.getByText(/^Klaar: (\d+) van \1 onderdelen\./)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Wat in het verslag staat' })).toBeVisible();
  await controleerScherm(page, 'jaarverslag-klaar');

  await page.getByRole('button', { name: 'PDF opslaan' }).click();
  await expect(page.getByText('De PDF is opgeslagen als jaarverslag-2025.pdf.')).toBeVisible({ timeout: 30_000 });
  const pdf = readFileSync(join(koers.documenten, 'jaarverslag-2025.pdf'));
  const tekst = pdfTekstPlat(pdf);
  expect(tekst).toContain('Jaarverslag inburgering');
  expect(tekst).toContain('Gemeente Voorbeeldstad');
  expect(tekst).toContain('Samenvatting');
  expect(tekst).toContain('In 2025 kregen 7 personen in onze gemeente de inburgeringsplicht');
  expect(tekst).toContain('minder dan 5'); // the single gezinsmigrant is masked for the raad
  expect(tekst).toMatch(/Pagina 2 van \d+/);

  await page.getByRole('button', { name: 'Excel opslaan (intern)' }).click();
  await expect(page.getByText('Het Excel-bestand is opgeslagen als jaarverslag-2025.xlsx.')).toBeVisible({ timeout: 30_000 });
  expect(existsSync(join(koers.documenten, 'jaarverslag-2025.xlsx'))).toBe(true);

  // Another year: the report made for 2025 is no longer offered.
  await page.getByRole('combobox', { name: 'Verslagjaar' }).click();
  await page.getByRole('option', { name: '2026' }).click();
  await expect(page.getByRole('table', { name: 'Kerncijfers 2026' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'PDF opslaan' })).toHaveCount(0);
});
