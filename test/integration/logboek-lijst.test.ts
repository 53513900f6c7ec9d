import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schrijfLogboek } from '../../db/logboek';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// The global Logboek screen: one page at a time (never the whole log), sorted on tijdstip, filtered on a
// period in Dutch days, on who, on the kind of object and on the result; and its export with the chain hashes.

describe('global logboek', () => {
  let o: TestOmgeving;
  let nu: Date;
  let voor: number;

  const lijst = (invoer: { pagina?: number; paginaGrootte?: number; richting?: 'asc' | 'desc'; filter?: Record<string, unknown> }) =>
    o.handlers.logboekLijst({ pagina: 0, paginaGrootte: 100, richting: 'desc', filter: {}, ...invoer } as Parameters<typeof o.handlers.logboekLijst>[0]);
  const aantalRegels = async () => (await o.kluis.db.selectFrom('logboek').select('id').execute()).length;

  beforeEach(async () => {
    nu = new Date('2026-11-23T09:00:00Z');
    o = testOmgeving({ nu: () => nu });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    voor = await aantalRegels();
    // 30 lines, one per hour back from 22-11-2026 12:00 UTC, then lines on the edges of Dutch days.
    await o.kluis.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 30; i++) {
        await schrijfLogboek(
          trx,
          { actie: `test ${i}`, object: i % 3 === 0 ? 'inburgeraar' : 'lijst', objectId: i % 3 === 0 ? 7 : null, actor: i % 2 ? 'Vervanger' : 'Regisseur', resultaat: i % 5 === 0 ? 'geweigerd: REGEL_GESCHONDEN' : 'gelukt' },
          new Date(Date.parse('2026-11-22T12:00:00Z') - i * 3_600_000),
        );
      }
      // 22-11 23:59:59 and 23-11 00:30 on the Dutch (winter) clock; 02-07 00:00 on the summer clock.
      await schrijfLogboek(trx, { actie: 'rand 1', object: 'kluis', actor: 'Rand' }, new Date('2026-11-22T22:59:59Z'));
      await schrijfLogboek(trx, { actie: 'rand 2', object: 'kluis', actor: 'Rand' }, new Date('2026-11-22T23:30:00Z'));
      await schrijfLogboek(trx, { actie: 'rand 3', object: 'kluis', actor: 'Rand' }, new Date('2026-07-01T22:00:00Z'));
      await schrijfLogboek(trx, { actie: 'rand 4', object: 'kluis', actor: 'Rand' }, new Date('2026-07-01T21:59:59Z'));
    });
  });
  afterEach(async () => o.opruimen());

  it('pages, never more than asked, sorted on tijdstip both ways', async () => {
    const eerste = data(await lijst({ paginaGrootte: 10 }));
    expect(eerste.totaal).toBe(voor + 34);
    expect(eerste.rijen).toHaveLength(10);
    const tijden = eerste.rijen.map((r) => r.tijdstip);
    expect([...tijden].sort().reverse()).toEqual(tijden);
    const tweede = data(await lijst({ paginaGrootte: 10, pagina: 1 }));
    expect(tweede.rijen[0]!.tijdstip <= tijden.at(-1)!).toBe(true);
    expect(tweede.rijen.some((r) => eerste.rijen.some((e) => e.id === r.id))).toBe(false);
    expect(data(await lijst({ paginaGrootte: 10, pagina: 99 })).rijen).toEqual([]);

    const oplopend = data(await lijst({ paginaGrootte: 3, richting: 'asc' }));
    expect(oplopend.rijen.map((r) => r.actie)).toEqual(['rand 4', 'rand 3', 'test 29']);
    expect(oplopend.rijen[2]).toMatchObject({ omschrijving: 'Test 29', betreft: 'Lijst', actor: 'Vervanger', geweigerd: false, resultaat: 'Gelukt', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(eerste.actoren).toEqual(expect.arrayContaining(['Rand', 'Regisseur', 'Vervanger']));
  });

  it('filters on a period in Dutch days, who, the kind of object and the result', async () => {
    const dag = data(await lijst({ filter: { van: '2026-11-23', tot: '2026-11-23' } }));
    expect(dag.rijen.map((r) => r.actie)).toContain('rand 2');
    expect(dag.rijen.map((r) => r.actie)).not.toContain('rand 1');
    const zomer = data(await lijst({ filter: { van: '2026-07-02', tot: '2026-07-02' } }));
    expect(zomer.rijen.map((r) => r.actie)).toEqual(['rand 3']);
    const tot = data(await lijst({ filter: { tot: '2026-07-01' } }));
    expect(tot.rijen.map((r) => r.actie)).toEqual(['rand 4']);

    const vervanger = data(await lijst({ filter: { actor: 'Vervanger' } }));
    expect(vervanger.totaal).toBe(15);
    expect(vervanger.rijen.every((r) => r.actor === 'Vervanger')).toBe(true);

    const dossiers = data(await lijst({ filter: { object: 'inburgeraar' } }));
    expect(dossiers.totaal).toBe(10);
    expect(dossiers.rijen.every((r) => r.betreft === 'Dossier 7')).toBe(true);

    const geweigerd = data(await lijst({ filter: { resultaat: 'geweigerd' } }));
    expect(geweigerd.rijen.map((r) => r.actie).sort()).toEqual(['test 0', 'test 10', 'test 15', 'test 20', 'test 25', 'test 5']);
    expect(geweigerd.rijen[0]).toMatchObject({ geweigerd: true, resultaat: 'Geweigerd (in strijd met een regel)' });
    const gelukt = data(await lijst({ filter: { resultaat: 'gelukt' } }));
    expect(gelukt.totaal + geweigerd.totaal).toBe(voor + 34);

    const samen = data(await lijst({ filter: { van: '2026-11-21', tot: '2026-11-22', actor: 'Regisseur', object: 'inburgeraar', resultaat: 'gelukt' } }));
    expect(samen.rijen.map((r) => r.actie)).toEqual(['test 6', 'test 12', 'test 18', 'test 24']);
  });

  it('refuses a page that is too large and a period that ends before it starts, in Dutch, changing nothing', async () => {
    const regels = await aantalRegels();
    expect(await lijst({ paginaGrootte: 1000 })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Toon hoogstens 100 regels per pagina.') } });
    expect(await lijst({ filter: { van: '2026-11-23', tot: '2026-11-01' } })).toMatchObject({
      ok: false,
      fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('"Tot en met" ligt vóór "Van"') },
    });
    expect(await lijst({ filter: { object: 'persoon' } })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('Kies een soort object uit de lijst.') } });
    expect(await aantalRegels()).toBe(regels);
  });

  it('exports the filtered log with real date cells and the chain hash per row, and logs the export', async () => {
    data(await o.handlers.logboekExporteren({ filter: { object: 'inburgeraar' } }));
    const bestand = o.opgeslagen.get('Logboek Koers 2026-11-23.xlsx')!;
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(bestand.buffer as ArrayBuffer);
    const blad = werkmap.getWorksheet('Logboek')!;
    const koppen = (blad.getRow(1).values as unknown[]).slice(1);
    expect(koppen).toEqual(['Regel', 'Datum', 'Tijd', 'Tijdstip (UTC)', 'Wie', 'Handeling', 'Soort object', 'Objectnummer', 'Resultaat', 'Oorsprong', 'Actie (opgeslagen)', 'Resultaat (opgeslagen)', 'Vorige hash', 'Hash']);
    expect(blad.rowCount).toBe(11);
    const rijen = await o.kluis.db.selectFrom('logboek').selectAll().where('object', '=', 'inburgeraar').orderBy('tijdstip').orderBy('id').execute();
    const tweede = blad.getRow(2);
    expect(tweede.getCell(1).value).toBe(rijen[0]!.id);
    // test 27: 2026-11-21 09:00 UTC is 10:00 on the Dutch clock.
    expect(tweede.getCell(2).value).toEqual(new Date('2026-11-21T12:00:00Z'));
    expect(tweede.getCell(2).numFmt).toBe('dd-mm-yyyy');
    expect(tweede.getCell(3).value).toBe('10:00');
    expect(tweede.getCell(6).value).toBe('Test 27');
    expect(tweede.getCell(8).value).toBe(7);
    expect(tweede.getCell(14).value).toBe(rijen[0]!.hash);
    expect(tweede.getCell(13).value).toBe(rijen[0]!.vorigeHash);

    const laatste = await o.kluis.db.selectFrom('logboek').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(laatste).toMatchObject({ actie: 'logboek geëxporteerd: 10 regels', object: 'logboek', objectId: null, resultaat: 'gelukt', tijdstip: nu.toISOString() });

    const regels = await aantalRegels();
    o.opgeslagen.clear();
    expect(await o.handlers.logboekExporteren({ filter: { actor: 'Niemand' } })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Verruim het filter') } });
    expect(o.opgeslagen.size).toBe(0);
    // Nothing was saved, so nothing was exported and nothing is logged.
    expect(await aantalRegels()).toBe(regels);
  });
});
