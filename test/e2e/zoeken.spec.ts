import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { controleerScherm, expect, test, vulDatum } from './bridge';

const ZOEKVELD = 'Dossier zoeken';

test('Ctrl+K finds a dossier; closing it asks day, reason and new gemeente; a mistake is corrected; an oproep outcome is confirmed', async ({ page, koers }) => {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  await koers.handlers.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  });
  const random = maakRandom(11);
  const ids: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const invoer = { ...synthetischeInburgeraar(random, '2026-11-22', i), datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-10-05' };
    const antwoord = await koers.handlers.inburgeraarToevoegen(i === 0 ? { ...invoer, bsn: '123456782' } : invoer);
    if (!antwoord.ok) throw new Error(antwoord.fout.message);
    ids.push(antwoord.data.id);
  }
  const oproep = await koers.handlers.oproepVersturen({ inburgeraarId: ids[1]!, verzonden: '2026-11-09', verschijnenOp: '2026-11-20', tijdEnPlaats: '10.00 uur, gemeentehuis' });
  if (!oproep.ok) throw new Error(oproep.fout.message);
  await koers.kluis.vergrendelen();

  await page.goto('/index.html');
  await page.getByLabel('Wachtwoord').fill(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();

  // Ctrl+K from anywhere, a name without its accents, Enter opens the dossier.
  const zoekveld = page.getByRole('combobox', { name: ZOEKVELD });
  await page.keyboard.press('Control+k');
  await expect(zoekveld).toBeFocused();
  await page.keyboard.type('celik');
  await expect(page.getByRole('option', { name: /Gülşen Çelik/ })).toBeVisible();
  await controleerScherm(page, '40-zoeken');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Gülşen Çelik' })).toBeVisible();
  await expect(zoekveld).toHaveValue('');

  // Escape empties the field and gives the focus back; a BSN is found as typed and says so.
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dorde');
  await expect(page.getByRole('option', { name: /Đorđe Petrović/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(zoekveld).toHaveValue('');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeFocused();
  await zoekveld.click();
  await page.keyboard.type('1234 56 782');
  await expect(page.getByRole('option', { name: /Gülşen Çelik.*BSN 1234\.56\.782/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Closing the dossier: a confirmation that says what it means, with day, reason and the new gemeente.
  await page.getByRole('combobox', { name: 'Nieuwe status' }).click();
  await page.getByRole('option', { name: 'Verhuisd' }).click();
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  const sluiten = page.getByRole('dialog', { name: 'Dossier sluiten: Verhuisd' });
  await expect(sluiten).toContainText('Het dossier wordt gesloten; de werkvoorraad toont het niet meer.');
  await sluiten.getByRole('button', { name: 'Dossier sluiten' }).click();
  await expect(sluiten).toContainText('Vul de datum van de verhuizing in.');
  await expect(sluiten).toContainText('Vul de gemeente in waar de inburgeraar nu woont');
  await vulDatum(page, 'Datum van de verhuizing', '24-11-2026');
  await sluiten.getByLabel('Nieuwe gemeente').fill('Andere Stad');
  await sluiten.getByRole('textbox', { name: 'Reden' }).fill('Bericht uit de BRP');
  await sluiten.getByRole('button', { name: 'Dossier sluiten' }).click();
  await expect(sluiten).toContainText('De datum van de verhuizing (24 november 2026) ligt in de toekomst.');
  await vulDatum(page, 'Datum van de verhuizing', '20-11-2026');
  await controleerScherm(page, '41-dossier-sluiten');
  await sluiten.getByRole('button', { name: 'Dossier sluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Verhuisd' })).toBeVisible();
  const geschiedenis = page.getByRole('table', { name: 'Geschiedenis van de status' });
  await expect(geschiedenis).toContainText('20-11-2026AangemeldVerhuisdBericht uit de BRP · naar gemeente Andere Stad');

  // A mistake is corrected, with a reason; both rows stay.
  await page.getByRole('button', { name: 'Status corrigeren' }).click();
  const corrigeren = page.getByRole('dialog', { name: 'Status corrigeren' });
  await corrigeren.getByLabel('Reden van de correctie').fill('Verkeerd dossier gekozen');
  await corrigeren.getByRole('button', { name: 'Terugzetten naar Aangemeld' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Aangemeld' })).toBeVisible();
  await expect(geschiedenis.getByRole('row')).toHaveCount(3);
  await expect(geschiedenis).toContainText('Aangemeld (correctie)Verkeerd dossier gekozen');
  await controleerScherm(page, '42-status-geschiedenis');

  // Oproep outcomes: four choices; "niet verschenen" counts toward three and asks first; a mistake is corrected.
  await zoekveld.click();
  await page.keyboard.type('petrovic');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Đorđe Petrović' })).toBeVisible();
  await page.getByRole('tab', { name: 'Intake' }).click();
  const uitkomst = page.getByRole('group', { name: 'Uitkomst oproep 1' });
  await expect(uitkomst.getByRole('button')).toHaveText(['Verschenen', 'Niet verschenen', 'Verzet', 'Afgemeld']);
  await uitkomst.getByRole('button', { name: 'Niet verschenen' }).click();
  const bevestig = page.getByRole('dialog', { name: 'Niet verschenen op oproep 1?' });
  await expect(bevestig).toContainText('Dit telt mee voor de drie keer niet verschenen van art. 14 lid 2 Wi 2021');
  await bevestig.getByRole('button', { name: 'Annuleren' }).click();
  await expect(uitkomst).toBeVisible();
  await uitkomst.getByRole('button', { name: 'Niet verschenen' }).click();
  await bevestig.getByRole('button', { name: 'Niet verschenen vastleggen' }).click();
  const oproepen = page.getByRole('table', { name: 'Oproepen' });
  await expect(oproepen).toContainText('Niet verschenen');
  await oproepen.getByRole('button', { name: 'Uitkomst oproep 1 corrigeren' }).click();
  const correctie = page.getByRole('dialog', { name: 'Uitkomst van oproep 1 corrigeren' });
  await correctie.getByRole('combobox', { name: 'Juiste uitkomst' }).click();
  await page.getByRole('option', { name: 'Verzet' }).click();
  // The menu fades out; axe must not measure its half-transparent options.
  await expect(page.getByRole('listbox')).toBeHidden();
  await correctie.getByLabel('Reden van de correctie').fill('Had op tijd gebeld');
  await controleerScherm(page, '43-oproep-corrigeren');
  await correctie.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(oproepen).toContainText('Verzet (gecorrigeerd op 23-11-2026: Had op tijd gebeld)');
  await expect(page.getByRole('form', { name: 'Nieuwe oproep' })).toContainText('Nodig de inburgeraar uit voor de brede intake.');
});
