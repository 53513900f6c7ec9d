import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maakDemo, type DemoUitkomst } from '../../electron/demo/demo';
import { makeHandlers } from '../../electron/handlers';
import { Kluis } from '../../db/vault';
import { SECTIES } from '../../shared/domain/signaal';
import { bsnWeergave } from '../../shared/format';
import { isValidBsn } from '../../shared/rules/bsn';
import { plusWeken, weekdag } from '../../shared/rules/datum';
import { RESOURCES, TEST_SCRYPT, data, tijdelijkeFolder } from '../fixtures/omgeving';
import { pdfPaginas, pdfTekst, pdfTekstPlat } from '../fixtures/pdf';

describe('npm run demo', () => {
  const folder = tijdelijkeFolder();
  const nu = new Date('2026-11-22T09:00:00Z');
  let demo: DemoUitkomst;
  let bsns: string[] = [];
  afterAll(() => folder.opruimen());

  it('makes a Voorbeeldstad vault that opens with the printed passphrase', async () => {
    demo = await maakDemo(folder.pad, { scrypt: TEST_SCRYPT, nu });
    expect(demo.aantalInburgeraars).toBe(25);
    const kluis = new Kluis(demo.kluisPad, { scrypt: TEST_SCRYPT });
    await kluis.ontgrendelen(demo.wachtwoord);
    const rijen = await kluis.db.selectFrom('inburgeraars').selectAll().execute();
    expect(rijen).toHaveLength(25);
    expect(rijen.every((r) => isValidBsn(r.bsn) && r.woonplaats === 'Voorbeeldstad')).toBe(true);
    expect(new Set(rijen.map((r) => r.status)).size).toBeGreaterThanOrEqual(5);
    expect(rijen.filter((r) => r.huishoudenId !== null)).toHaveLength(4);
    bsns = rijen.map((r) => r.bsn);
    await kluis.vergrendelen();
    // The demo makes every document, the jaarverslag PDF and XLSX included: more than the default 30 s on a busy machine.
  }, 180_000);

  it('tells every dossier in a possible order: kennisgeving and BRP, then the PIP on a weekday within ten weeks, then the signing, never after today', async () => {
    const kluis = new Kluis(demo.kluisPad, { scrypt: TEST_SCRYPT });
    await kluis.ontgrendelen(demo.wachtwoord);
    try {
      const vandaag = '2026-11-22';
      const rijen = await kluis.db.selectFrom('inburgeraars').select(['id', 'status', 'doelgroep', 'huisvestingArt28', 'datumKennisgevingDuo', 'datumInschrijvingBrp']).execute();
      const pips = await kluis.db.selectFrom('pips').select(['inburgeraarId', 'dagtekening']).where('dagtekening', 'is not', null).orderBy('versie').execute();
      const ondertekend = await kluis.db.selectFrom('pvtDossiers').select(['inburgeraarId', 'datumOndertekening']).where('datumOndertekening', 'is not', null).execute();
      expect(ondertekend.length).toBeGreaterThanOrEqual(1);
      const metPip = rijen.filter((r) => ['pip_vastgesteld', 'in_traject', 'afgerond'].includes(r.status));
      expect(metPip.length).toBeGreaterThanOrEqual(5);
      for (const r of rijen) {
        const kennisgeving = r.datumKennisgevingDuo!;
        const brp = r.datumInschrijvingBrp;
        expect(kennisgeving <= vandaag && (brp === null || brp <= vandaag), `dossier ${r.id}: kennisgeving ${kennisgeving}, BRP ${brp}`).toBe(true);
        const pip = pips.find((p) => p.inburgeraarId === r.id)?.dagtekening ?? null;
        const getekend = ondertekend.find((o) => o.inburgeraarId === r.id)?.datumOndertekening ?? null;
        if (metPip.includes(r)) expect(pip, `dossier ${r.id} (${r.status}) has a PIP`).not.toBeNull();
        if (getekend) expect(brp !== null && pip !== null && pip <= getekend && getekend <= vandaag, `dossier ${r.id}: BRP ${brp}, PIP ${pip}, signed ${getekend}`).toBe(true);
        if (!pip) continue;
        // Besluit 5.3 lid 1: within ten weeks of the kennisgeving, or of the later BRP date of a statushouder housed under art. 28.
        const start = r.huisvestingArt28 && brp && brp > kennisgeving ? brp : kennisgeving;
        expect([kennisgeving, brp ?? kennisgeving].every((d) => d <= pip) && pip <= plusWeken(start, 10) && pip <= vandaag, `dossier ${r.id}: ${kennisgeving}, ${brp}, PIP ${pip}`).toBe(true);
        expect([0, 6], `dossier ${r.id}: PIP ${pip} on a weekday`).not.toContain(weekdag(pip));
      }
    } finally {
      await kluis.vergrendelen();
    }
  });

  it('writes every document Koers can make, named by the BRP name: herstelcode, participatieverklaringen, oproepen, beschikkingen', () => {
    expect(demo.documenten).toEqual([
      'Beslissing op uw bezwaar INB-2026-0024.pdf',
      'Besluit bestuurlijke boete brede intake INB-2026-0022.pdf',
      'Besluit bestuurlijke boete inburgering INB-2026-0020.pdf',
      'DUO-meldingen 22-11-2026.xlsx',
      'Herstelcode Koers.pdf',
      'Participatieverklaring Ahmed Ivanov.pdf',
      'Participatieverklaring Gülşen Çelik.pdf',
      'Participatieverklaring Mohammad Al-Ahmad.pdf',
      'Participatieverklaring Đorđe Petrović.pdf',
      'Participatieverklaring Łucja Wiśniewska.pdf',
      'Participatieverklaringen Najaar.pdf',
      'Persoonlijk plan inburgering en participatie INB-2025-0001.pdf',
      'Presentielijst Najaar 2026-11-22.pdf',
      'Schriftelijke waarschuwing en herhaalde oproep brede intake (2e oproep) INB-2026-0002.pdf',
      'Uitnodiging brede intake INB-2026-0001.pdf',
      'Werkvoorraad 22-11-2026.pdf',
      'Wijziging persoonlijk plan inburgering en participatie INB-2026-0003.pdf',
      'jaarverslag-2026.pdf',
      'jaarverslag-2026.xlsx',
    ]);
    // Four of the five are ready for the form; the one who missed the excursie is listed, not printed.
    expect(pdfPaginas(readFileSync(join(folder.pad, 'documenten', 'Participatieverklaringen Najaar.pdf')))).toBe(4);
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Presentielijst Najaar 2026-11-22.pdf')))).toContain('Ondertekeningsbijeenkomst');
    // The PIP history in a possible order: PIP within ten weeks of the BRP date, afschalen 17 months later.
    // The demo is made on a Sunday here, so her past days fall on the Friday before (her BRP day: 30 May).
    const eerste = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Persoonlijk plan inburgering en participatie INB-2025-0001.pdf')));
    expect(eerste).toContain('Geachte mevrouw Tesfamariam,');
    expect(eerste).toContain('INB-2025-0001 18 juli 2025 R. Jansen');
    expect(eerste).toContain('Deze termijn begint op 19 juli 2025 en eindigt op 18 juli 2028');
    expect(eerste).toContain('Uw bijstand begon op 30 mei 2025. De zes maanden eindigen op 29 november 2025. Wij doen dit vanaf 18 juli 2025, de datum van deze brief, tot en met 29 november 2025.');
    const wijziging = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Wijziging persoonlijk plan inburgering en participatie INB-2026-0003.pdf')));
    expect(wijziging).toContain('met kenmerk INB-2025-0001');
    expect(wijziging).toContain('INB-2026-0003 22 november 2026 R. Jansen');
    expect(wijziging).toContain('U hebt na uw eerste plan 640 uur Nederlandse les gevolgd');
    expect(wijziging).toContain('Daarom verlagen wij het taalniveau voor lezen en schrijven naar A2.');
    expect(wijziging).not.toContain('B1 binnen drie jaar kunt halen');
    expect(wijziging).toContain('namens dezen');
    // Box ticked: the Cyrillic name on its own line under the BRP name.
    const verklaring = readFileSync(join(folder.pad, 'documenten', 'Participatieverklaring Ahmed Ivanov.pdf'));
    expect(pdfPaginas(verklaring)).toBe(1);
    expect(pdfTekst(verklaring)).toMatch(/Naam: Ahmed Ivanov\n\s*Ахмед Иванов\n/);
    expect(pdfTekstPlat(verklaring)).toContain('Gemeente Voorbeeldstad');
    // A Cyrillic name without the box ticked stays off the form.
    const zonderVinkje = pdfTekst(readFileSync(join(folder.pad, 'documenten', 'Participatieverklaring Đorđe Petrović.pdf')));
    expect(zonderVinkje).toContain('Naam: Đorđe Petrović\n');
    expect(zonderVinkje).not.toMatch(/[\u0400-\u04ff]/);
    // Letters carry the BRP name only.
    for (const brief of demo.documenten.filter((naam) => /^(Uitnodiging|Schriftelijke|Persoonlijk|Wijziging)/.test(naam))) {
      expect(pdfTekst(readFileSync(join(folder.pad, 'documenten', brief))), brief).not.toMatch(/[\u0400-\u04ff\u0600-\u06ff\u1200-\u137f]/);
    }
    expect(pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Herstelcode Koers.pdf')))).toContain(demo.herstelcode.slice(0, 4));
  });

  it("fills a regisseur's week: every werkvoorraad section, a snoozed signal, a dossier waiting for a third party", async () => {
    const kluis = new Kluis(demo.kluisPad, { scrypt: TEST_SCRYPT });
    const handlers = makeHandlers({ kluis, resourcesPad: RESOURCES, nu: () => nu, bewaarBestand: async () => true }, () => undefined);
    data(await handlers.kluisOntgrendelen({ wachtwoord: demo.wachtwoord }));
    try {
      const werkvoorraad = data(await handlers.werkvoorraadLijst({}));
      const aantal = (sectie: string) => werkvoorraad.signalen.filter((s) => s.sectie === sectie).length;
      for (const sectie of SECTIES) expect(aantal(sectie), sectie).toBeGreaterThan(0);
      // Plausible, not a backlog: most of it is still to come.
      expect(aantal('te_laat')).toBeLessThan(werkvoorraad.signalen.length / 4);
      expect(werkvoorraad.uitgesteld.length).toBeGreaterThanOrEqual(1);
      expect(werkvoorraad.uitgesteld.every((u) => u.reden.length > 0 && u.tot >= werkvoorraad.vandaag)).toBe(true);
      expect(werkvoorraad.wachtOpDerde).toHaveLength(1);
      const soorten = new Set(werkvoorraad.signalen.map((s) => s.soort));
      for (const soort of ['afspraak', 'voortgangsgesprek', 'ontzorgen_einde', 'duo_melden', 'begeleiding_starten', 'pip_termijn'] as const) expect(soorten, soort).toContain(soort);
      // Selam's older facts were reported after her PIP: only the wijziging of today is still for DUO, due in two weeks.
      const selam = werkvoorraad.signalen.filter((s) => s.naam === 'Selam Tesfamariam');
      expect(selam.find((s) => s.soort === 'duo_melden')).toMatchObject({ sectie: 'binnen_vier_weken', wat: '2 gegevens melden aan DUO' });
      expect(selam.some((s) => s.sectie === 'te_laat')).toBe(false);
      const voortgang = data(await handlers.voortgangOphalen({ inburgeraarId: selam[0]!.inburgeraarId }));
      expect(voortgang.leerroute.totalen.urenNt2).toBe(640);
      expect(voortgang.gesprekken).toMatchObject({ gehouden: 2, gepland: 1 });
      expect(voortgang.ladder.geschiedenis.length).toBeGreaterThanOrEqual(2);
    } finally {
      await kluis.vergrendelen();
    }
  });

  it("writes Monday's week list without a BSN and the DUO-meldingen for the portal", async () => {
    const weeklijst = pdfTekstPlat(readFileSync(join(folder.pad, 'documenten', 'Werkvoorraad 22-11-2026.pdf')));
    expect(weeklijst).toContain('Werkvoorraad');
    expect(weeklijst).toContain('Te laat');
    expect(weeklijst).toContain('Deze week');
    expect(bsns.length).toBe(25);
    for (const bsn of bsns) {
      expect(weeklijst).not.toContain(bsn);
      expect(weeklijst).not.toContain(bsnWeergave(bsn));
    }

    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.readFile(join(folder.pad, 'documenten', 'DUO-meldingen 22-11-2026.xlsx'));
    const blad = werkmap.getWorksheet('DUO-meldingen');
    expect(blad).toBeDefined();
    const rijen: string[][] = [];
    blad!.eachRow((rij) => rijen.push((rij.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))));
    const selam = rijen.find((r) => r.includes('Tesfamariam, Selam'));
    expect(selam).toBeDefined();
    expect(selam).toContain('2025-07-18');
    expect(selam!.at(-1)).toBe('Niveau lezen, Niveau schrijven');
  });

  it('writes the jaarverslag 2026: the Kerncijfers sheet agrees with the vault, and the raad PDF', async () => {
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.readFile(join(folder.pad, 'documenten', 'jaarverslag-2026.xlsx'));
    const kern: Record<string, unknown> = {};
    werkmap.getWorksheet('Kerncijfers')!.eachRow((rij, n) => void (n > 1 && (kern[String(rij.getCell(1).value)] = rij.getCell(2).value)));
    expect(Object.keys(kern)).toHaveLength(12);
    const kluis = new Kluis(demo.kluisPad, { scrypt: TEST_SCRYPT });
    await kluis.ontgrendelen(demo.wachtwoord);
    try {
      const instroom = await kluis.db.selectFrom('inburgeraars').select('id').where('datumKennisgevingDuo', 'like', '2026-%').execute();
      const pips = await kluis.db.selectFrom('pips').select('inburgeraarId').where('soort', '=', 'pip').where('status', '!=', 'concept').where('dagtekening', 'like', '2026-%').execute();
      expect(kern.instroom_totaal).toBe(instroom.length);
      expect(kern.pip_vastgesteld).toBe(new Set(pips.map((p) => p.inburgeraarId)).size);
      expect(kern.pip_vastgesteld).toBeGreaterThan(5);
      // Every section has something to say: the three leerroutes, MAP eindgesprekken, the ladder, the budget.
      for (const k of ['route_b1', 'route_onderwijs', 'route_z', 'map_afgerond', 'pvt_ondertekend']) expect(kern[k], k).toBeGreaterThan(0);
      const maps = await kluis.db.selectFrom('mapDossiers').innerJoin('pips', 'pips.inburgeraarId', 'mapDossiers.inburgeraarId').select(['mapDossiers.eindgesprek', 'pips.dagtekening']).where('mapDossiers.eindgesprek', 'is not', null).execute();
      for (const m of maps) expect(m.eindgesprek! > m.dagtekening!, 'MAP eindgesprek after the PIP').toBe(true);
      const ladder = await kluis.db.selectFrom('participatieladder').select('inburgeraarId').distinct().execute();
      expect(ladder.length).toBeGreaterThanOrEqual(5);
      const kosten = await kluis.db.selectFrom('kosten').select(['datum']).execute();
      expect(kosten.length).toBeGreaterThan(5);
      expect(kosten.every((k) => k.datum.startsWith('2026-') && k.datum <= '2026-11-22')).toBe(true);
    } finally {
      await kluis.vergrendelen();
    }
    const jaarverslag = readFileSync(join(folder.pad, 'documenten', 'jaarverslag-2026.pdf'));
    expect(pdfPaginas(jaarverslag)).toBeGreaterThan(2);
    expect(pdfTekstPlat(jaarverslag)).toContain('Budget: SPUK en uitgaven');
  });

  it('refuses to overwrite an existing demo vault', async () => {
    await expect(maakDemo(folder.pad, { scrypt: TEST_SCRYPT })).rejects.toThrow(/Er staat al een kluis/);
  });
});
