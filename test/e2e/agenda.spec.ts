import type { Locator, Page } from '@playwright/test';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test } from './bridge';

// The day of E2E_NU (bridge.ts): Monday 23 November 2026.
const VANDAAG = '2026-11-23';

/** Types a date into the MUI X date field with this label inside `binnen` (several forms have a "Datum"). */
async function vulDatumIn(page: Page, binnen: Locator, label: string, ddmmjjjj: string): Promise<void> {
  await binnen.getByRole('group', { name: label, exact: true }).getByRole('spinbutton', { name: 'Dag' }).click();
  await page.keyboard.type(ddmmjjjj.replace(/\D/g, ''));
}

test('agenda of today → afspraak afgehandeld → journaal: note, search, delete, plan → begeleiding checklist and ontzorgen', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const random = maakRandom(5);
  const personen: { id: number; naam: string }[] = [];
  for (const [i, code] of [[0, 'Asielstatushouder'], [1, 'Asielstatushouder'], [2, 'Gezinsvormer']] as const) {
    const invoer = { ...synthetischeInburgeraar(random, '2026-11-22', i), datumKennisgevingDuo: '2026-08-20', datumInschrijvingBrp: '2026-09-01', doelgroepcode: code };
    const doelgroep = code === 'Gezinsvormer' ? 'gezinsmigrant' : 'asielstatushouder';
    const antwoord = await koers.handlers.inburgeraarToevoegen({ ...invoer, doelgroep, huisvestingArt28: doelgroep === 'asielstatushouder' });
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
    personen.push({ id: antwoord.data.id, naam: `${invoer.voornamen} ${invoer.achternaam}` });
  }
  const plan = async (i: number, datum: string, tijd: string, onderwerp: string) => {
    const antwoord = await koers.handlers.afspraakToevoegen({ inburgeraarId: personen[i]!.id, datum, tijd, plaats: 'Gemeentehuis', onderwerp, metTolk: i === 0 });
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
  };
  await plan(1, VANDAAG, '14:00', 'Uitleg PIP');
  await plan(0, VANDAAG, '09:30', 'Kennismaking');
  await plan(2, '2026-11-25', '10:00', 'Voortgang');
  await plan(0, '2026-12-15', '10:00', 'Later gesprek');
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();

  // Today: the two afspraken of today, by time; the week after: only the one on the 25th.
  const dag = page.getByRole('table', { name: 'Vandaag, maandag 23 november 2026' });
  await expect(dag.getByRole('row')).toHaveCount(3);
  await expect(dag.getByRole('row').nth(1)).toContainText(`09:30${personen[0]!.naam}KennismakingGemeentehuisJa`);
  await expect(dag.getByRole('row').nth(2)).toContainText(`14:00${personen[1]!.naam}Uitleg PIP`);
  const week = page.getByRole('table', { name: /De 7 dagen daarna/ });
  await expect(week.getByRole('row')).toHaveCount(2);
  await expect(week).toContainText('woensdag 25 november 2026');
  await controleerScherm(page, 'agenda-vandaag');

  await dag.getByRole('button', { name: `Afspraak met ${personen[0]!.naam} om 09:30 afgehandeld` }).click();
  await expect(dag.getByRole('row').nth(1).getByText('Afgehandeld')).toBeVisible();

  // Another day through the buttons: the 25th has one afspraak.
  await page.getByRole('button', { name: 'Volgende dag' }).click();
  await page.getByRole('button', { name: 'Volgende dag' }).click();
  await expect(page.getByRole('table', { name: 'woensdag 25 november 2026' })).toContainText(personen[2]!.naam);
  await page.getByRole('button', { name: 'Vandaag' }).click();

  // The name opens the dossier on its Journaal tab.
  await page.getByRole('link', { name: personen[0]!.naam }).click();
  await expect(page.getByRole('tab', { name: 'Journaal', selected: true })).toBeVisible();
  const afspraken = page.getByRole('table', { name: 'Afspraken' });
  await expect(afspraken.getByRole('row').nth(1)).toContainText('dinsdag 15 december 2026');
  await expect(afspraken.getByRole('row').nth(2)).toContainText('Afgehandeld');

  // A note, found by searching, then deleted after confirmation.
  const notitie = page.getByRole('form', { name: 'Notitie toevoegen' });
  await notitie.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: 'Telefoon' }).click();
  await notitie.getByRole('checkbox', { name: 'Met tolk' }).check();
  await notitie.getByLabel('Tekst').fill('Gebeld over de huurtoeslag.\nVolgende week terugbellen.');
  await notitie.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await notitie.getByLabel('Tekst').fill('Brief van de school besproken.');
  await notitie.getByRole('button', { name: 'Notitie toevoegen' }).click();
  const lijst = page.getByRole('list', { name: 'Notities, nieuwste eerst' });
  await expect(lijst.getByRole('listitem')).toHaveCount(2);
  await expect(lijst.getByRole('heading', { name: 'maandag 23 november 2026 · Telefoon · met tolk' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoeken in het journaal' }).fill('HUURTOESLAG');
  await expect(page.getByText('1 van 2 notities')).toBeVisible();
  await expect(lijst.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Zoeken in het journaal' }).fill('');

  // An afspraak planned in the form.
  const nieuweAfspraak = page.getByRole('form', { name: 'Afspraak plannen' });
  await vulDatumIn(page, nieuweAfspraak, 'Datum', '24-11-2026');
  await nieuweAfspraak.getByLabel('Tijd').fill('11:15');
  await nieuweAfspraak.getByLabel('Plaats').fill('Bibliotheek');
  await nieuweAfspraak.getByLabel('Onderwerp').fill('Bank en DigiD');
  await nieuweAfspraak.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(afspraken.getByRole('row').nth(1)).toContainText('dinsdag 24 november 2026');
  await controleerScherm(page, 'journaal');

  await lijst.getByRole('button', { name: 'Notitie van 23 november 2026 verwijderen' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Notitie verwijderen?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lijst.getByRole('listitem')).toHaveCount(2);
  await lijst.getByRole('button', { name: 'Notitie van 23 november 2026 verwijderen' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(lijst.getByRole('listitem')).toHaveCount(1);

  // Begeleiding: starts on the BRP day; tick two items; ontzorgen with the six-month end.
  await page.getByRole('tab', { name: 'Begeleiding' }).click();
  const begeleiding = page.getByRole('form', { name: 'Maatschappelijke begeleiding' });
  await expect(begeleiding.getByText('Dag van inschrijving in de BRP: 1 september 2026 (art. 13 lid 3)')).toBeVisible();
  await begeleiding.getByRole('checkbox', { name: /Bank: betaalrekening, DigiD/ }).check();
  await begeleiding.getByRole('checkbox', { name: /^Opvoeding/ }).check();
  await begeleiding.getByLabel('Uitvoerder').fill('Vluchtelingenwerk');
  await begeleiding.getByRole('button', { name: 'Begeleiding opslaan' }).click();
  await expect(page.getByText('De begeleiding is opgeslagen.')).toBeVisible();
  await expect(page.getByText(/Gestart op 1 september 2026, gepland tot en met 31 augustus 2027 · 2 van 19 onderdelen gedaan/)).toBeVisible();

  const ontzorgen = page.getByRole('form', { name: 'Financieel ontzorgen' });
  await vulDatumIn(page, ontzorgen, 'Start bijstand', '01-09-2026');
  await expect(ontzorgen.getByText('Leeg laten: zes maanden, tot en met 28 februari 2027 (art. 56a lid 2). Later mag als budgetbeheer (art. 57).')).toBeVisible();
  await vulDatumIn(page, ontzorgen, 'Einde ontzorgen', '27-02-2027');
  await ontzorgen.getByRole('button', { name: 'Ontzorgen opslaan' }).click();
  await expect(ontzorgen.getByText(/het einde kan niet vóór 28 februari 2027 liggen/)).toBeVisible();
  await vulDatumIn(page, ontzorgen, 'Einde ontzorgen', '28-02-2027');
  await ontzorgen.getByRole('checkbox', { name: 'Gas' }).uncheck();
  await expect(ontzorgen.getByText('Niet aangevinkt uit art. 56a lid 2: gas.', { exact: false })).toBeVisible();
  await ontzorgen.getByRole('button', { name: 'Ontzorgen opslaan' }).click();
  await expect(page.getByText('Het ontzorgen loopt tot en met 28 februari 2027: nog 97 dagen.')).toBeVisible();
  await controleerScherm(page, 'begeleiding');

  // A gezinsmigrant: no begeleiding, and why.
  await page.goto(`/index.html#/inburgeraars/${personen[2]!.id}?tab=begeleiding`);
  await expect(page.getByText(/alleen voor asielstatushouders en hun gezinsleden \(art\. 13 lid 1 Wet inburgering 2021\)/)).toBeVisible();
  await expect(page.getByText(/art\. 56a lid 1 Participatiewet/)).toBeVisible();
});
