import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { pdfTekstPlat } from '../fixtures/pdf';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

function ok<T>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T {
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  return antwoord.data;
}

test('werkvoorraad: PIP due this week (Besluit 5.3 lid 1) → snooze with a reason → week list → PIP vastgesteld removes the row', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  ok(await koers.handlers.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  }));
  // An asielstatushouder housed under art. 28 Wi: the BRP registration nine weeks ago (after the kennisgeving)
  // starts the ten weeks, so the PIP is due on Monday 30 November 2026.
  const invoer = synthetischeInburgeraar(maakRandom(3), '2026-11-22', 5);
  const { id } = ok(await koers.handlers.inburgeraarToevoegen({
    ...invoer, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', huisvestingArt28: true,
    datumKennisgevingDuo: '2026-09-14', datumInschrijvingBrp: '2026-09-21',
  }));
  const naam = `${invoer.voornamen} ${invoer.achternaam}`;
  // A second one, registered eleven weeks ago: the PIP term has passed (16 November 2026).
  const tweede = synthetischeInburgeraar(maakRandom(4), '2026-11-22', 7);
  ok(await koers.handlers.inburgeraarToevoegen({
    ...tweede, doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', huisvestingArt28: true,
    datumKennisgevingDuo: '2026-08-31', datumInschrijvingBrp: '2026-09-07',
  }));
  const naam2 = `${tweede.voornamen} ${tweede.achternaam}`;
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();

  const dezeWeek = page.getByRole('region', { name: /^Deze week/ });
  const pipRij = dezeWeek.getByRole('row').filter({ hasText: naam }).filter({ hasText: 'PIP vaststellen' });
  await expect(pipRij).toHaveCount(1);
  await expect(pipRij).toContainText('art. 5.3 lid 1');
  await expect(pipRij).toContainText('30 november 2026');
  await expect(pipRij).toContainText('nog 7 dagen');
  for (const sectie of ['Te laat', 'Deze week', 'Binnen vier weken', 'Later']) await expect(page.getByRole('heading', { name: new RegExp(`^${sectie} \\(\\d+\\)$`), level: 2 })).toBeVisible();
  await controleerScherm(page, 'werkvoorraad');

  // The button opens the dossier on the tab where the work is done.
  await pipRij.getByRole('link', { name: 'Naar PIP' }).click();
  await expect(page).toHaveURL(new RegExp(`#/inburgeraars/${id}\\?tab=pip$`));
  await expect(page.getByRole('tab', { name: 'PIP', selected: true })).toBeVisible();
  await page.goBack();

  // The counts open the list filtered to exactly those dossiers.
  await page.getByRole('link', { name: /PIP uiterlijk binnen 2 weken/ }).click();
  await expect(page).toHaveURL(/\?pip=binnen2weken$/);
  await expect(page.getByRole('combobox', { name: 'PIP-termijn' })).toHaveText('Uiterlijk binnen 2 weken');
  await expect(page.getByText('1 van 2 inburgeraars')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(invoer.achternaam) })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: /PIP-termijn verstreken/ }).click();
  await expect(page.getByText('1 van 2 inburgeraars')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(tweede.achternaam) })).toBeVisible();
  await page.goBack();

  // Besluit 5.3 lid 2: the second PIP waits for a third party; once it arrives, two weeks from that day.
  const teLaatPip = page.getByRole('region', { name: /^Te laat/ }).getByRole('row').filter({ hasText: naam2 }).filter({ hasText: 'PIP vaststellen' });
  await teLaatPip.getByRole('button', { name: 'Wacht op derde' }).click();
  const wacht = page.getByRole('dialog', { name: 'Wacht op informatie van derde' });
  await wacht.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(wacht.getByText('Waarop wordt gewacht is verplicht.')).toBeVisible();
  await wacht.getByLabel(/Waarop wordt gewacht/).fill('Medische informatie van de huisarts');
  await vulDatum(page, 'Wacht sinds', '10-11-2026');
  await vulDatum(page, 'Verwacht op', '30-11-2026');
  await wacht.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(wacht).toBeHidden();
  await expect(teLaatPip).toContainText('Wacht sinds 10 november 2026');
  // The filter lives in the address (?wacht=1), so the box follows one navigation later: click, then wait.
  const alleenWacht = page.getByRole('checkbox', { name: 'Wacht op derde (1)' });
  await alleenWacht.click();
  await expect(alleenWacht).toBeChecked();
  const wachtLijst = page.getByRole('region', { name: /^Wacht op informatie van derden/ });
  await expect(wachtLijst).toContainText(naam2);
  await expect(wachtLijst).toContainText('30 november 2026');
  await expect(page.getByRole('row').filter({ hasText: naam }).filter({ hasText: 'PIP vaststellen' })).toHaveCount(0);
  await controleerScherm(page, 'werkvoorraad-wacht-op-derde');
  await wachtLijst.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  const ontvangst = page.getByRole('dialog', { name: 'Wacht op informatie van derde' });
  await expect(ontvangst).toContainText('Medische informatie van de huisarts');
  await ontvangst.getByRole('button', { name: 'Ontvangst vastleggen' }).click();
  await expect(ontvangst).toBeHidden();
  const naDerde = page.getByRole('region', { name: /^Binnen vier weken/ }).getByRole('row').filter({ hasText: naam2 });
  await expect(naDerde).toContainText('PIP vaststellen na informatie van derden');
  await expect(naDerde).toContainText('7 december 2026');
  await expect(naDerde).toContainText('art. 5.3 lid 2');
  await alleenWacht.click();
  await expect(alleenWacht).not.toBeChecked();

  // Snooze another signal of this dossier by keyboard, with a reason (required, in Dutch).
  const teLaat = page.getByRole('region', { name: /^Te laat/ });
  const begeleidingRij = teLaat.getByRole('row').filter({ hasText: naam }).filter({ hasText: 'Maatschappelijke begeleiding starten' });
  await begeleidingRij.getByRole('button', { name: 'Uitstellen' }).focus();
  await page.keyboard.press('Enter');
  const dialoog = page.getByRole('dialog', { name: 'Signaal uitstellen' });
  await expect(dialoog).toBeVisible();
  await vulDatum(page, 'Uitstellen tot', '23-11-2026');
  await dialoog.getByRole('button', { name: 'Uitstellen' }).press('Enter');
  await expect(dialoog.getByText('Reden van uitstel is verplicht.')).toBeVisible();
  await expect(dialoog.getByText('Kies een datum na vandaag (23 november 2026).')).toBeVisible();
  await vulDatum(page, 'Uitstellen tot', '07-12-2026');
  await dialoog.getByLabel(/Reden van uitstel/).focus();
  await page.keyboard.type('Woning nog niet opgeleverd; start begeleiding na de verhuizing.');
  await page.keyboard.press('Tab');
  await dialoog.getByRole('button', { name: 'Uitstellen' }).press('Enter');
  await expect(dialoog).toBeHidden();
  await expect(begeleidingRij).toHaveCount(0);
  const uitgesteld = page.getByRole('button', { name: /Uitgesteld \(1\)/ });
  await uitgesteld.press('Enter');
  const uitgesteldeTabel = page.getByRole('table', { name: 'Uitgestelde signalen' });
  await expect(uitgesteldeTabel).toContainText('Maatschappelijke begeleiding starten');
  await expect(uitgesteldeTabel).toContainText('7 december 2026');
  await expect(uitgesteldeTabel).toContainText('Woning nog niet opgeleverd');
  await controleerScherm(page, 'werkvoorraad-uitgesteld');

  // The week list: te laat and deze week, with the name, never the BSN.
  await page.getByRole('button', { name: 'Weeklijst (PDF)' }).click();
  await expect(page.getByText('Opgeslagen: Werkvoorraad 23-11-2026.pdf')).toBeVisible();
  const weeklijst = pdfTekstPlat(readFileSync(join(koers.documenten, 'Werkvoorraad 23-11-2026.pdf')));
  expect(weeklijst).toContain('Werkvoorraad week 48 — Voorbeeldstad');
  expect(weeklijst).toContain(naam);
  expect(weeklijst).not.toContain(invoer.bsn);
  await page.getByRole('button', { name: 'Exporteren (Excel)' }).click();
  await expect(page.getByText('Opgeslagen: Werkvoorraad 23-11-2026.xlsx')).toBeVisible();

  // The PIP is set (intake, concept, vaststellen): the signal's fact is registered, so the row leaves the list.
  const { id: ondertekenaarId } = ok(await koers.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!;
  ok(await koers.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-10-12') }));
  ok(await koers.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-10-20', inAfwezigheid: false }));
  const { pip } = ok(await koers.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, startBijstand: '2026-10-01' } }));
  ok(await koers.handlers.pipVaststellen({ pipId: pip.id, dagtekening: '2026-11-23', ondertekenaarId }));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Werkvoorraad', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Deze week \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: naam }).filter({ hasText: 'PIP vaststellen' })).toHaveCount(0);
});
