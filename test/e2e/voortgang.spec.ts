import type { Locator, Page } from '@playwright/test';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { MAP_THEMAS } from '../../shared/domain/pvt';
import { TEST_WACHTWOORD } from '../fixtures/omgeving';
import { controleerScherm, expect, test, type KoersOmgeving } from './bridge';

function ok<T>(antwoord: { ok: true; data: T } | { ok: false; fout: { message: string } }): T {
  if (!antwoord.ok) throw new Error(antwoord.fout.message);
  return antwoord.data;
}

/** Presses Tab until `doel` has the keyboard focus: proves it is reachable by keyboard, in tab order. */
async function tabNaar(page: Page, doel: Locator, hoogstens = 80): Promise<void> {
  for (let i = 0; i < hoogstens; i += 1) {
    if (await doel.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Niet met Tab bereikbaar: ${doel.toString()}`);
}

/** A vault with one asielstatushouder whose PIP (B1-route unless `inhoud` says otherwise) was set today. */
async function dossierMetPip(koers: KoersOmgeving, inhoud: Partial<typeof VOLLEDIG_PIP> = {}): Promise<number> {
  await koers.maakKluis();
  await koers.kluis.ontgrendelen(TEST_WACHTWOORD);
  const h = koers.handlers;
  ok(await h.instellingenOpslaan({
    gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 30,
    behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', rechtbank: 'de rechtbank Noord-Nederland',
  }));
  const ondertekenaarId = ok(await h.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;
  const { id } = ok(await h.inburgeraarToevoegen({
    ...synthetischeInburgeraar(maakRandom(3), '2026-11-22', 5),
    doelgroep: 'asielstatushouder', doelgroepcode: 'Asielstatushouder', datumKennisgevingDuo: '2026-10-01', datumInschrijvingBrp: '2026-10-05',
  }));
  ok(await h.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-10-12') }));
  ok(await h.intakeAfronden({ inburgeraarId: id, datum: '2026-10-20', inAfwezigheid: false }));
  const { pip } = ok(await h.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, startBijstand: '2026-10-05', ...inhoud } }));
  ok(await h.pipVaststellen({ pipId: pip.id, dagtekening: '2026-11-23', ondertekenaarId }));
  return id;
}

async function ontgrendel(page: Page): Promise<void> {
  await page.goto('/index.html');
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  await page.keyboard.type(TEST_WACHTWOORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Werkvoorraad' })).toBeVisible();
}

test('voortgangsgesprek plannen en als gehouden vastleggen, alleen met het toetsenbord', async ({ page, koers }) => {
  const id = await dossierMetPip(koers);
  const h = koers.handlers;
  // Some progress already reported, so the screen shows its tables and indications.
  ok(await h.leerroutePeriodeOpslaan({ inburgeraarId: id, soort: 'nt2', aanbieder: 'Taalhuis Voorbeeldstad', van: '2026-11-02', tot: '2026-11-20', urenAangeboden: 30, urenGevolgd: 26, verzuimGeoorloofd: 2, verzuimOngeoorloofd: 2 }));
  ok(await h.participatieladderVastleggen({ inburgeraarId: id, trede: 2, datum: '2026-10-20', toelichting: 'Uit de brede intake.' }));
  await koers.kluis.vergrendelen();

  await ontgrendel(page);
  await page.goto(`/index.html#/inburgeraars/${id}`);
  await expect(page.getByRole('heading', { name: 'Amanuel Tesfay' })).toBeVisible();

  // To the Voortgang tab: Tab into the tab list, arrow keys to the tab, Enter to open it.
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await tabNaar(page, tabs.getByRole('tab', { name: 'Gegevens' }));
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Voortgang' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Voortgangsgesprekken' })).toBeVisible();
  await expect(page.getByText('Afgesproken in het PIP: 6, elke 6 maanden (art. 5.3 lid 4 Besluit inburgering 2021).')).toBeVisible();
  await expect(page.getByLabel('Schakelen')).toContainText('Van leerroute wisselen kan tot en met 23 mei 2028');

  // Plan: date, time, interpreter, submit — all typed.
  const plannen = page.getByRole('form', { name: 'Gesprek plannen' });
  await tabNaar(page, plannen.getByRole('group', { name: 'Datum gesprek' }));
  await page.keyboard.type('23112026');
  await tabNaar(page, plannen.getByLabel('Tijd (optioneel)'));
  await page.keyboard.type('14:00');
  await tabNaar(page, plannen.getByLabel('Met tolk'));
  await page.keyboard.press('Space');
  await expect(plannen.getByLabel('Met tolk')).toBeChecked();
  await tabNaar(page, plannen.getByRole('button', { name: 'Gesprek plannen' }));
  await page.keyboard.press('Enter');

  const gesprekken = page.getByRole('table', { name: 'Voortgangsgesprekken' });
  await expect(gesprekken).toContainText('23-11-2026 14:00');
  await expect(gesprekken).toContainText('Met tolk');
  await expect(gesprekken.getByRole('cell', { name: 'Gepland', exact: true })).toBeVisible();

  // Record it as held: the dialog opens on the verslag; the date is the planned day.
  await tabNaar(page, gesprekken.getByRole('button', { name: 'Als gehouden vastleggen: gesprek van 23-11-2026' }));
  await page.keyboard.press('Enter');
  const dialoog = page.getByRole('dialog', { name: 'Gesprek als gehouden vastleggen' });
  await expect(dialoog.getByLabel('Verslag')).toBeFocused();
  await page.keyboard.type('Lessen gaan goed. Afgesproken: vaker naar het taalcafé.');
  await tabNaar(page, dialoog.getByRole('button', { name: 'Vastleggen' }));
  await page.keyboard.press('Enter');
  await expect(dialoog).toHaveCount(0);

  await expect(gesprekken).toContainText('Gehouden op 23-11-2026');
  await expect(gesprekken).toContainText('Lessen gaan goed. Afgesproken: vaker naar het taalcafé.');
  await expect(page.getByText(/Gehouden: 1; gepland: 0; nog te houden: 5\./)).toBeVisible();
  await controleerScherm(page, 'voortgang');

  const opgeslagen = ok(await h.voortgangOphalen({ inburgeraarId: id }));
  expect(opgeslagen.gesprekken.lijst).toEqual([
    expect.objectContaining({ gepland: '2026-11-23', tijd: '14:00', metTolk: true, gehouden: '2026-11-23', verslag: 'Lessen gaan goed. Afgesproken: vaker naar het taalcafé.' }),
  ]);
});

test('Z-route: de urenbalans met PVT en MAP afgetrokken (art. 3.14 Besluit)', async ({ page, koers }) => {
  const id = await dossierMetPip(koers, {
    leerroute: 'z', niveau: null, zRouteCursusuren: 800, zRouteParticipatieuren: 800, overwegingZ: null,
    overwegingB1: 'Uit de leerbaarheidstoets blijkt dat u het examen B1 niet binnen drie jaar kunt halen.',
  });
  const h = koers.handlers;
  ok(await h.leerroutePeriodeOpslaan({ inburgeraarId: id, soort: 'nt2', aanbieder: 'Taalhuis Voorbeeldstad', van: '2026-11-02', tot: '2026-11-20', urenAangeboden: 40, urenGevolgd: 36, verzuimGeoorloofd: 4, verzuimOngeoorloofd: 0 }));
  ok(await h.pvtIntakeUren({ inburgeraarId: id, intakeUren: 2 }));
  ok(await h.mapOpslaan({ inburgeraarId: id, themas: MAP_THEMAS.map((thema, i) => ({ thema, status: i < 2 ? 'afgerond' : 'open', uren: i < 2 ? 4 : 0, aanbieder: null })), eindgesprek: null }));
  ok(await h.participatieactiviteitOpslaan({ inburgeraarId: id, datum: '2026-11-20', omschrijving: 'Vrijwilligerswerk in het buurthuis', uren: 12.5 }));
  await koers.kluis.vergrendelen();

  await ontgrendel(page);
  await page.goto(`/index.html#/inburgeraars/${id}?tab=voortgang`);
  const balans = page.getByRole('table', { name: 'Urenbalans Z-route' });
  await expect(balans.getByRole('row', { name: /Cursusuren NT2 en KNM/ }).getByRole('cell')).toHaveText(['Cursusuren NT2 en KNM', '800 (PIP)', '—', '36', '764', 'art. 3.14 lid 2 onder a Besluit inburgering 2021']);
  // 800 − (2 PVT + 8 MAP) − 12,5 = 777,5.
  await expect(balans.getByRole('row', { name: /Activiteiten voor participatie/ }).getByRole('cell')).toHaveText([
    'Activiteiten voor participatie', '800 (PIP)', '10 (PVT 2, MAP 8)', '12,5', '777,5', 'art. 3.14 lid 2 onder b en lid 5 Besluit inburgering 2021',
  ]);
  await expect(page.getByText('Het eindgesprek met het college is nog niet gevoerd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Activiteiten voor participatie' })).toContainText('Vrijwilligerswerk in het buurthuis');
  await expect(page.getByLabel('Afschalen')).toHaveCount(0);
  await controleerScherm(page, 'voortgang-z-route');
});
