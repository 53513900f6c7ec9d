import ExcelJS from 'exceljs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { voorbeeldstadLogo } from '../../electron/demo/logo';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import { maakJaarverslagXlsx } from '../../electron/documents/jaarverslag-xlsx';
import type { Kerncijfer } from '../../shared/domain/jaarverslag';
import { alsCsv, nlDatum, sjabloonRijen } from '../fixtures/importbestanden';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// The jaarverslag on a real encrypted vault, every dossier made through the real handlers: PIPs set in the
// app (with a moving clock, since a PIP cannot be backdated) and historical PIPs imported. The Kerncijfers
// are compared with values worked out by hand below, not with anything the code computes.
//
// Report year 2026. Deadlines (Besluit 5.3 lid 1 + Atw; no art. 28, so the kennisgeving counts):
//   A asiel   kennisgeving 2026-01-05 → uiterlijk 2026-03-16 (Mon); PIP 2026-03-16 ON the deadline: 70 days, on time
//             + a wijziging (anders) dated 2026-06-01 that must not count
//   B asiel   kennisgeving 2026-02-02 → uiterlijk 2026-04-13 (Mon); PIP 2026-04-14, ONE DAY LATE: 71 days
//   C asiel   kennisgeving 2025-10-13 → PIP 2025-12-15 (December, counts in 2025): 63 days, on time
//   D asiel   kennisgeving 2025-10-20 (the year before) → PIP 2026-12-14 (December 2026): 420 days, late
//   F overig  imported, kennisgeving 2026-03-02, PIP 2026-04-20 Z-route: 49 days, on time; PVT 2026-09-01, MAP 2026-10-01
//   G gezin   imported, kennisgeving 2024-05-06, PIP 2024-06-10 (history); PVT 2025-12-31 (not 2026)
//   H asiel   imported, kennisgeving 2026-05-04, no PIP
//   I gezin   imported, kennisgeving 2026-06-01, PIP 2026-07-06 onderwijsroute: 35 days, on time; PVT 2026-11-02
//   J overig  imported, kennisgeving 2026-01-12, PIP 2026-02-09 B1: 28 days, on time; MAP 2025-12-31 (counts in 2025)
// 2026: instroom A B F H I J = 6 (asiel A B H = 3, gezin I = 1, overig F J = 2)
//       first PIPs A B D F I J = 6; on time A F I J = 4
//       days 28 35 49 70 71 420 → even count: median (49 + 70) / 2 = 59.5
//       routes: b1 A B D J = 4, onderwijs I = 1, z F = 1
//       PVT signed in 2026: F + I = 2; MAP eindgesprek in 2026: F = 1
// 2025: instroom C D = 2 (asiel 2); first PIPs C = 1, on time 1, median 63; PVT G = 1; MAP J = 1

const VERWACHT_2026: Record<string, number | null> = {
  instroom_totaal: 6,
  instroom_asiel: 3,
  instroom_gezin: 1,
  instroom_overig: 2,
  pip_vastgesteld: 6,
  pip_binnen_termijn: 4,
  pip_doorlooptijd_mediaan_dagen: 59.5,
  route_b1: 4,
  route_onderwijs: 1,
  route_z: 1,
  pvt_ondertekend: 2,
  map_afgerond: 1,
};

const VERWACHT_2025: Record<string, number | null> = {
  instroom_totaal: 2,
  instroom_asiel: 2,
  instroom_gezin: 0,
  instroom_overig: 0,
  pip_vastgesteld: 1,
  pip_binnen_termijn: 1,
  pip_doorlooptijd_mediaan_dagen: 63,
  route_b1: 1,
  route_onderwijs: 0,
  route_z: 0,
  pvt_ondertekend: 1,
  map_afgerond: 1,
};

const alsObject = (kern: Kerncijfer[]) => Object.fromEntries(kern.map((k) => [k.indicator, k.waarde]));

async function wachtOpTaak(o: TestOmgeving, taakId: string): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    const stand = data(await o.handlers.taakStatus({ taakId }));
    if (stand.status === 'mislukt') throw new Error(stand.fout ?? 'mislukt');
    if (stand.status !== 'bezig') return;
    await new Promise((klaar) => setTimeout(klaar, 20));
  }
  throw new Error('De taak werd niet klaar.');
}

async function leesKerncijfersUitXlsx(bytes: Uint8Array): Promise<{ koppen: unknown[]; rijen: [unknown, unknown][]; werkmap: ExcelJS.Workbook }> {
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const blad = werkmap.getWorksheet('Kerncijfers')!;
  const rijen: [unknown, unknown][] = [];
  blad.eachRow((rij, nummer) => {
    if (nummer > 1) rijen.push([rij.getCell(1).value, rij.getCell(2).value]);
  });
  return { koppen: [blad.getCell('A1').value, blad.getCell('B1').value], rijen, werkmap };
}

describe('jaarverslag: Kerncijfers, XLSX, small cells, settings', () => {
  let o: TestOmgeving;
  let nu: Date;
  let ondertekenaarId: number;
  const zet = (dag: string) => {
    nu = new Date(`${dag}T10:00:00+01:00`);
  };

  async function dossier(i: number, kennisgeving: string): Promise<number> {
    return data(
      await o.handlers.inburgeraarToevoegen({
        ...synthetischeInburgeraar(maakRandom(100 + i), kennisgeving, i),
        doelgroep: 'asielstatushouder',
        doelgroepcode: 'Asielstatushouder',
        datumKennisgevingDuo: kennisgeving,
        datumInschrijvingBrp: kennisgeving,
        huisvestingArt28: false,
      }),
    ).id;
  }

  async function pipOp(id: number, dagtekening: string, teLaat: Partial<{ redenTermijnOverschreden: string; informatieDerdeOntvangenOp: string }> = {}): Promise<number> {
    const intakeDag = `${dagtekening.slice(0, 8)}01`;
    zet(intakeDag);
    data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp(intakeDag) }));
    data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: intakeDag, inAfwezigheid: false }));
    zet(dagtekening);
    const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, ontzorgen: false, startBijstand: null, ...teLaat } }));
    data(await o.handlers.pipVaststellen({ pipId: pip.id, dagtekening, ondertekenaarId }));
    return pip.id;
  }

  beforeAll(async () => {
    zet('2025-10-01');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(
      await o.handlers.instellingenOpslaan({
        gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
        behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
        kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
      }),
    );
    ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025' }))[0]!.id;

    const c = await dossier(3, '2025-10-13');
    const d = await dossier(4, '2025-10-20');
    await pipOp(c, '2025-12-15');
    const a = await dossier(1, '2026-01-05');
    const b = await dossier(2, '2026-02-02');
    await pipOp(a, '2026-03-16');
    await pipOp(b, '2026-04-14', { redenTermijnOverschreden: 'Wachten op het verslag van de huisarts.', informatieDerdeOntvangenOp: '2026-04-07' });

    // A wijziging of A's plan in 2026: a new version, never a first PIP.
    zet('2026-06-01');
    const { pip: wijziging } = data(await o.handlers.pipWijzigingStarten({ inburgeraarId: a, reden: 'anders', toelichting: null }));
    data(
      await o.handlers.pipConceptOpslaan({
        inburgeraarId: a,
        inhoud: { ...VOLLEDIG_PIP, ontzorgen: false, startBijstand: null, intensiteitUrenPerWeek: 12, wijziging: { feiten: 'Meer lesuren per week op verzoek van de inburgeraar.' } },
      }),
    );
    data(await o.handlers.pipVaststellen({ pipId: wijziging.id, dagtekening: '2026-06-01', ondertekenaarId }));

    // The historical caseload, imported (the import marks these PIPs geïmporteerd).
    zet('2026-11-23');
    const basis = sjabloonRijen(5, '2026-11-23', 77);
    const rij = (i: number, doelgroep: string, kennisgeving: string, pip: string | null, route: string | null, pvt: string | null, map: string | null) => ({
      ...basis[i]!,
      doelgroep,
      datum_kennisgeving_duo: nlDatum(kennisgeving),
      datum_inschrijving_brp: nlDatum(kennisgeving),
      dagtekening_pip: pip ? nlDatum(pip) : null,
      leerroute: route,
      datum_ondertekening_pvt: pvt ? nlDatum(pvt) : null,
      datum_eindgesprek_map: map ? nlDatum(map) : null,
    });
    const csv = alsCsv([
      rij(0, 'overig', '2026-03-02', '2026-04-20', 'Z', '2026-09-01', '2026-10-01'),
      rij(1, 'gezin', '2024-05-06', '2024-06-10', 'B1', '2025-12-31', null),
      rij(2, 'asiel', '2026-05-04', null, null, null, null),
      rij(3, 'gezin', '2026-06-01', '2026-07-06', 'onderwijs', '2026-11-02', null),
      rij(4, 'overig', '2026-01-12', '2026-02-09', 'B1', null, '2025-12-31'),
    ]);
    const inhoud = Buffer.from(csv).toString('base64');
    const { taakId } = data(await o.handlers.importStarten({ bestandsnaam: 'historie.csv', inhoud, koppeling: null, alleenCorrecte: false }));
    await wachtOpTaak(o, taakId);
    expect(data(await o.handlers.importUitkomst({ taakId }))).toMatchObject({ nieuw: 5, metPip: 4 });

    // D's very late first PIP, in December 2026 for a kennisgeving of 2025.
    await pipOp(d, '2026-12-14', { redenTermijnOverschreden: 'De inburgeraar was lang in het buitenland.' });
    zet('2026-12-20');
  }, 240_000);
  afterAll(async () => o.opruimen());

  it('every Kerncijfer of 2026 and of 2025 equals the hand-computed value', async () => {
    expect(alsObject(data(await o.handlers.jaarverslagKerncijfers({ jaar: 2026 })))).toEqual(VERWACHT_2026);
    expect(alsObject(data(await o.handlers.jaarverslagKerncijfers({ jaar: 2025 })))).toEqual(VERWACHT_2025);
    // A year without anything: zeros, and no median.
    const leeg = alsObject(data(await o.handlers.jaarverslagKerncijfers({ jaar: 2023 })));
    expect(leeg.pip_vastgesteld).toBe(0);
    expect(leeg.pip_doorlooptijd_mediaan_dagen).toBeNull();
  });

  it('lists the years with data and proposes the newest up to this year', async () => {
    expect(data(await o.handlers.jaarverslagJaren({}))).toEqual({ jaren: [2026, 2025, 2024], standaardJaar: 2026 });
  });

  it('runs as a task with progress, keeps the report, and saves the XLSX with exact numbers (read back with exceljs)', async () => {
    const { taakId } = data(await o.handlers.jaarverslagStarten({ jaar: 2026 }));
    await wachtOpTaak(o, taakId);
    const stand = data(await o.handlers.taakStatus({ taakId }));
    expect(stand).toMatchObject({ status: 'klaar', fout: null });
    expect(stand.voortgang).toBe(stand.totaal);
    expect(stand.totaal).toBeGreaterThan(5);

    const opgeslagen = data(await o.handlers.jaarverslagOpslaanXlsx({ taakId }));
    expect(opgeslagen).toEqual({ bestandsnaam: 'jaarverslag-2026.xlsx', opgeslagen: true });
    const { koppen, rijen, werkmap } = await leesKerncijfersUitXlsx(o.opgeslagen.get('jaarverslag-2026.xlsx')!);
    expect(koppen).toEqual(['indicator', 'waarde']);
    expect(werkmap.worksheets[0]!.name).toBe('Kerncijfers');
    expect(Object.fromEntries(rijen)).toEqual(VERWACHT_2026);
    for (const [, waarde] of rijen) expect(typeof waarde).toBe('number');
    // Intern: in the workbook properties and on every table sheet; exact small numbers (1) are there.
    expect(werkmap.keywords).toBe('intern');
    const pipBlad = werkmap.getWorksheet('PIP binnen termijn')!;
    expect(String(pipBlad.getCell('A2').value)).toMatch(/^Intern/);
    expect(pipBlad.getRow(3).values).toEqual([undefined, 'Doelgroep', 'Vastgesteld', 'Binnen termijn', 'Aandeel binnen termijn (%)', 'Mediaan doorlooptijd (dagen)', 'Gemiddelde doorlooptijd (dagen)']);
    // Asiel: A (70, on time), B (71, late), D (420, late) → 3, 1, 33.3 %, median 71, mean 187.
    expect(pipBlad.getRow(4).values).toEqual([undefined, 'Asielstatushouder', 3, 1, 33.3, 71, 187]);
    expect(pipBlad.getRow(7).values).toEqual([undefined, 'Totaal', 6, 4, 66.7, 59.5, 112.2]);
    expect(werkmap.worksheets.length).toBeGreaterThan(10);

    // The logboek has the export, without personal data.
    const { rijen: regels } = data(await o.handlers.logboekLijst({ pagina: 0, paginaGrootte: 20, richting: 'desc', filter: { object: 'lijst' } }));
    expect(regels.map((r) => r.actie)).toContain('jaarverslag geëxporteerd als XLSX (intern): 2026');
  });

  it('masks small counts for the raad (jaarverslagOphalen) and no chart holds a masked number', async () => {
    const { taakId } = data(await o.handlers.jaarverslagStarten({ jaar: 2026 }));
    await wachtOpTaak(o, taakId);
    const verslag = data(await o.handlers.jaarverslagOphalen({ taakId }));
    expect(verslag.drempelKleineAantallen).toBe(5);
    const kern = Object.fromEntries(verslag.kerncijfers.map((k) => [k.indicator, k]));
    expect(kern.instroom_totaal).toMatchObject({ waarde: 6 });
    expect(kern.pip_binnen_termijn).toMatchObject({ waarde: null, gemaskeerd: true });
    expect(kern.pip_doorlooptijd_mediaan_dagen).toMatchObject({ waarde: 59.5 });
    const pip = verslag.secties.find((s) => s.id === 'pip')!.tabellen[0]!;
    expect(pip.rijen[0]).toEqual(['Asielstatushouder', '< 5', '< 5', null, null, null]);
    // The share would give the small count away (hidden); the median and mean over 6 PIPs stay (issue 13 item 2).
    expect(pip.rijen[3]).toEqual(['Totaal', 6, '< 5', null, 59.5, 112.2]);
    for (const sectie of verslag.secties) {
      for (const g of sectie.grafieken.filter((g) => g.eenheid === 'personen')) {
        for (const r of g.reeksen) for (const w of r.waarden) expect(w === null || w === 0 || w >= 5).toBe(true);
      }
      for (const zin of sectie.uitleg) expect(zin).not.toMatch(/\b(?:[1-4]) (?:mensen|eerste plannen|keer|examens|inburgeraars|boetes|bezwaren|late plannen)\b/);
    }
    // Every section the issue asks for is there.
    expect(verslag.secties.map((s) => s.id)).toEqual(
      expect.arrayContaining(['instroom', 'pip', 'leerroutes', 'wijzigingen', 'pvt-map', 'examens', 'participatieladder', 'ontzorgen-begeleiding', 'boetes-bezwaren', 'doorlooptijden', 'monitoring', 'vergelijking']),
    );
    expect(verslag.eerdereJaren).toEqual([2025, 2024]);
    // The wijziging of A counts as an "other" wijziging in 2026.
    const wijzigingen = verslag.secties.find((s) => s.id === 'wijzigingen')!.tabellen[0]!;
    expect(wijzigingen.rijen.find((r) => r[0] === 'Andere wijzigingen')).toEqual(['Andere wijzigingen', '< 5']);
  });

  it('the raad PDF carries the gemeente logo from the instellingen on its cover, like the letters (J4 item 4)', async () => {
    const beeldenOpOmslag = async () => {
      const { taakId } = data(await o.handlers.jaarverslagStarten({ jaar: 2026 }));
      await wachtOpTaak(o, taakId);
      expect(data(await o.handlers.jaarverslagOpslaanPdf({ taakId }))).toMatchObject({ bestandsnaam: 'jaarverslag-2026.pdf', opgeslagen: true });
      const pdf = await PDFDocument.load(o.opgeslagen.get('jaarverslag-2026.pdf')!);
      const bronnen = pdf.getPage(0).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
      return bronnen ? bronnen.keys().length : 0;
    };
    const zonder = await beeldenOpOmslag();
    data(await o.handlers.logoOpslaan({ mime: 'image/png', base64: voorbeeldstadLogo().toString('base64') }));
    expect(await beeldenOpOmslag()).toBe(zonder + 1);
  });

  it('the same data gives the same XLSX bytes, whatever the clock says while writing', async () => {
    const { taakId } = data(await o.handlers.jaarverslagStarten({ jaar: 2026 }));
    await wachtOpTaak(o, taakId);
    const verslag = data(await o.handlers.jaarverslagOphalen({ taakId }));
    // The XLSX of the exact report: re-made from the same gemaaktOp at two different wall-clock moments.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-03-03T03:03:03Z'));
      const eerste = await maakJaarverslagXlsx(verslag);
      vi.setSystemTime(new Date('2032-07-07T17:17:17Z'));
      const tweede = await maakJaarverslagXlsx(verslag);
      expect(Buffer.from(eerste).equals(Buffer.from(tweede))).toBe(true);
      // Every zip entry carries gemaaktOp (2026-12-20 09:00:00 UTC) as DOS time and date, not the wall clock.
      const zip = Buffer.from(eerste);
      expect(verslag.gemaaktOp).toBe('2026-12-20T09:00:00.000Z');
      let lokaal = 0;
      let entries = 0;
      while (zip.readUInt32LE(lokaal) === 0x04034b50) {
        expect([zip.readUInt16LE(lokaal + 10), zip.readUInt16LE(lokaal + 12)]).toEqual([9 << 11, (46 << 9) | (12 << 5) | 20]);
        lokaal += 30 + zip.readUInt32LE(lokaal + 18) + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
        entries += 1;
      }
      expect(entries).toBeGreaterThan(5);
      // Only the creation date makes a difference.
      const later = await maakJaarverslagXlsx({ ...verslag, gemaaktOp: '2027-01-02T09:00:00.000Z' });
      expect(Buffer.from(later).equals(Buffer.from(eerste))).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    // And through the handler twice: identical bytes.
    data(await o.handlers.jaarverslagOpslaanXlsx({ taakId }));
    const a = o.opgeslagen.get('jaarverslag-2026.xlsx')!;
    data(await o.handlers.jaarverslagOpslaanXlsx({ taakId }));
    expect(Buffer.from(o.opgeslagen.get('jaarverslag-2026.xlsx')!).equals(Buffer.from(a))).toBe(true);
  });

  it('settings: defaults, saved under their own key, used by the report; bad input refused in Dutch and nothing changes', async () => {
    const standaard = data(await o.handlers.jaarverslagInstellingenOphalen({}));
    expect(standaard).toMatchObject({ geplandeMix: { b1: 40, onderwijs: 20, z: 40 }, referentieMix: { b1: 60, onderwijs: 25, z: 15 }, drempelKleineAantallen: 5 });
    expect(standaard.indicatorVensters.find((v) => v.indicator === 'begeleidingAfgerond')).toEqual({ indicator: 'begeleidingAfgerond', maanden: 18 });

    const fout = await o.handlers.jaarverslagInstellingenOpslaan({ ...standaard, geplandeMix: { b1: 50, onderwijs: 20, z: 40 } });
    expect(fout).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('samen 100') } });
    const drempel = await o.handlers.jaarverslagInstellingenOpslaan({ ...standaard, drempelKleineAantallen: 0 });
    expect(drempel).toMatchObject({ ok: false, fout: { message: expect.stringContaining('minstens 1') } });
    expect(data(await o.handlers.jaarverslagInstellingenOphalen({}))).toEqual(standaard);

    const nieuw = { ...standaard, geplandeMix: { b1: 50, onderwijs: 20, z: 30 }, drempelKleineAantallen: 2 };
    expect(data(await o.handlers.jaarverslagInstellingenOpslaan(nieuw))).toEqual(nieuw);
    // The general settings are untouched.
    expect(data(await o.handlers.instellingenOphalen({})).gemeentenaam).toBe('Voorbeeldstad');

    const { taakId } = data(await o.handlers.jaarverslagStarten({ jaar: 2026 }));
    await wachtOpTaak(o, taakId);
    const verslag = data(await o.handlers.jaarverslagOphalen({ taakId }));
    expect(verslag.drempelKleineAantallen).toBe(2);
    // With threshold 2 only the 1s are masked.
    expect(Object.fromEntries(verslag.kerncijfers.map((k) => [k.indicator, k.waarde]))).toMatchObject({ pip_binnen_termijn: 4, route_b1: 4, route_z: null, pvt_ondertekend: 2 });
    const routes = verslag.secties.find((s) => s.id === 'leerroutes')!.tabellen[0]!;
    expect(routes.rijen[0]).toEqual(['B1-route', 4, 66.7, 50, 60]);
    data(await o.handlers.jaarverslagInstellingenOpslaan(standaard));
  });

  it('refuses a bad year and an unknown task with a Dutch sentence', async () => {
    expect(await o.handlers.jaarverslagKerncijfers({ jaar: '20x6' as unknown as number })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    expect(await o.handlers.jaarverslagStarten({ jaar: 1999 })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('vanaf 2000') } });
    expect(await o.handlers.jaarverslagOphalen({ taakId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN', message: expect.stringContaining('opnieuw') } });
    expect(await o.handlers.jaarverslagOpslaanXlsx({ taakId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
  });
});
