import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginaSql } from '../../db/inburgeraars';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import type { InburgeraarFormulier, InburgeraarRij } from '../../shared/domain/inburgeraar';
import { plusDagen } from '../../shared/rules/datum';
import { DOELGROEPEN } from '../../shared/rules/doelgroep';
import { STATUSSEN } from '../../shared/rules/status';
import { pipTermijnVoorDossier } from '../../shared/rules/termijnen';
import { LIJST_SORTERINGEN, RICHTINGEN, zoekwoordenVan, type LijstSortering, type Richting } from '../../shared/zoeken';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Issue 14: the inburgeraars list is paged, searched, filtered and sorted in SQL. 120 synthetic dossiers.
const NU = new Date('2026-11-23T10:00:00+01:00');
const VANDAAG = '2026-11-23';
const AANTAL = 120;

type Vraag = { zoekterm?: string; status?: (typeof STATUSSEN)[number]; doelgroep?: (typeof DOELGROEPEN)[number]; pip?: 'verstreken' | 'binnen2weken'; sorteer?: LijstSortering; richting?: Richting };

const SLEUTELS: Record<LijstSortering, (keyof InburgeraarRij)[]> = {
  naam: ['achternaam', 'voornamen'],
  bsn: ['bsn'],
  geboortedatum: ['geboortedatum'],
  doelgroep: ['doelgroep', 'achternaam', 'voornamen'],
  status: ['status', 'achternaam', 'voornamen'],
  woonplaats: ['woonplaats', 'achternaam', 'voornamen'],
};

/** The reference: sorted in JS by the same keys (binary string order, like SQLite), then id. */
function referentie(rijen: InburgeraarRij[], sorteer: LijstSortering, richting: Richting): number[] {
  const vergelijk = (a: InburgeraarRij, b: InburgeraarRij) => {
    for (const k of SLEUTELS[sorteer]) {
      const x = String(a[k]);
      const y = String(b[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.id - b.id;
  };
  const ids = [...rijen].sort(vergelijk).map((r) => r.id);
  return richting === 'asc' ? ids : ids.reverse();
}

describe('inburgeraarsLijst: search, filters, sorting and keyset paging in SQL', () => {
  let o: TestOmgeving;
  let alle: InburgeraarRij[];
  const namen: Record<string, number> = {};

  const pagina = async (invoer: Vraag & { na?: string; aantal?: number }) => data(await o.handlers.inburgeraarsLijst(invoer));

  /** Walks every page; asserts each page's size and the total on the way. */
  async function allePaginas(vraag: Vraag, aantal = 7): Promise<number[]> {
    const ids: number[] = [];
    let na: string | undefined;
    let totaal = -1;
    for (let stap = 0; stap < 1000; stap += 1) {
      const p = await pagina({ ...vraag, aantal, ...(na ? { na } : {}) });
      expect(p.rijen.length).toBeLessThanOrEqual(aantal);
      if (totaal === -1) totaal = p.totaal;
      expect(p.totaal).toBe(totaal);
      ids.push(...p.rijen.map((r) => r.id));
      if (p.volgende === null) break;
      expect(p.rijen).toHaveLength(aantal);
      na = p.volgende;
    }
    expect(ids).toHaveLength(totaal);
    return ids;
  }

  const zoekIds = async (zoekterm: string) => allePaginas({ zoekterm }, 50);

  beforeAll(async () => {
    o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    const random = maakRandom(14);
    const bijzonder: Record<string, Partial<InburgeraarFormulier>> = {
      vries: { voornamen: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries', bsn: '123456782', vNummer: '3456789012' },
      berg: { voornamen: 'Anna', tussenvoegsel: 'van den', achternaam: 'Berg', bsn: '111222333', vNummer: null },
    };
    for (let i = 0; i < AANTAL; i += 1) {
      const sleutel = i === 3 ? 'vries' : i === 4 ? 'berg' : null;
      const invoer = { ...synthetischeInburgeraar(random, VANDAAG, i), ...(sleutel ? bijzonder[sleutel] : {}) };
      const antwoord = await o.handlers.inburgeraarToevoegen(invoer);
      if (!antwoord.ok) {
        i -= 1; // a synthetic BSN that was drawn twice
        continue;
      }
      if (sleutel) namen[sleutel] = antwoord.data.id;
      if (i === 0) namen.celik = antwoord.data.id;
    }
    // Some statuses other than "aangemeld", so the status order and filter have something to do.
    const ids = (await o.kluis.db.selectFrom('inburgeraars').select('id').orderBy('id').execute()).map((r) => r.id);
    for (const [n, id] of ids.entries()) {
      if (n % 5 === 1) await o.kluis.db.updateTable('inburgeraars').set({ status: 'intake' }).where('id', '=', id).execute();
      if (n % 7 === 2) await o.kluis.db.updateTable('inburgeraars').set({ status: 'afgerond' }).where('id', '=', id).execute();
    }
    alle = data(await o.handlers.inburgeraarsLijst({ aantal: 200 })).rijen;
  }, 120_000);
  afterAll(async () => o.opruimen());

  it('walks all pages of 120 dossiers in every sort order and direction without gaps or repeats, equal to a JS sort', async () => {
    expect(alle).toHaveLength(AANTAL);
    for (const sorteer of LIJST_SORTERINGEN) {
      for (const richting of RICHTINGEN) {
        const ids = await allePaginas({ sorteer, richting }, 7);
        expect(new Set(ids).size, `${sorteer} ${richting}`).toBe(AANTAL);
        expect(ids, `${sorteer} ${richting}`).toEqual(referentie(alle, sorteer, richting));
      }
    }
    // The default: 50 by name, with a cursor to the next page.
    const eerste = await pagina({});
    expect(eerste.rijen).toHaveLength(50);
    expect(eerste.totaal).toBe(AANTAL);
    expect(eerste.rijen.map((r) => r.id)).toEqual(referentie(alle, 'naam', 'asc').slice(0, 50));
    expect(eerste.volgende).toEqual(expect.any(String));
  });

  it('filters on status and doelgroep, alone and together with a sort and a search', async () => {
    for (const status of ['aangemeld', 'intake', 'afgerond'] as const) {
      const verwacht = alle.filter((r) => r.status === status);
      expect(await allePaginas({ status }), status).toEqual(referentie(verwacht, 'naam', 'asc'));
    }
    for (const doelgroep of DOELGROEPEN) {
      const verwacht = alle.filter((r) => r.doelgroep === doelgroep);
      expect(await allePaginas({ doelgroep, sorteer: 'geboortedatum', richting: 'desc' }), doelgroep).toEqual(referentie(verwacht, 'geboortedatum', 'desc'));
    }
    const doelgroep = alle.find((r) => r.status === 'intake' && r.achternaam === 'Petrović')!.doelgroep;
    const samen = alle.filter((r) => r.status === 'intake' && r.doelgroep === doelgroep && r.achternaam === 'Petrović');
    expect(samen.length).toBeGreaterThan(0);
    expect(await allePaginas({ status: 'intake', doelgroep, zoekterm: 'petrovic', sorteer: 'bsn' }, 2)).toEqual(referentie(samen, 'bsn', 'asc'));
  });

  it('finds names by prefix without accents or case, with tussenvoegsel and in several words', async () => {
    await naamZoeken();
  });

  it('dossierZoeken gives the first 20 by the word they match, then by name, however broad the prefix', async () => {
    for (const term of ['a', 'al', 'm', 'celik', 'y', 'ahm']) {
      const prefix = term;
      const eerste = new Map<number, string>();
      const personen = await o.kluis.db.selectFrom('inburgeraars').select(['id', 'voornamen', 'tussenvoegsel', 'achternaam']).execute();
      for (const p of personen) {
        const woorden = zoekwoordenVan(p).filter((w) => w.startsWith(prefix)).sort();
        if (woorden.length > 0) eerste.set(p.id, woorden[0]!);
      }
      const perId = new Map(personen.map((p) => [p.id, p]));
      const v = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      // The 20 with the lowest (word, id), shown by (word, surname, first names, id).
      const gekozen = [...eerste.entries()].sort(([a, wa], [b, wb]) => v(wa, wb) || a - b).slice(0, 20).map(([id]) => id);
      const verwacht = gekozen.sort((a, b) => v(eerste.get(a)!, eerste.get(b)!) || v(perId.get(a)!.achternaam, perId.get(b)!.achternaam) || v(perId.get(a)!.voornamen, perId.get(b)!.voornamen) || a - b);
      const gevonden = data(await o.handlers.dossierZoeken({ zoekterm: term }));
      expect(gevonden.map((r) => r.id), term).toEqual(verwacht);
      expect(gevonden.every((r) => r.gevondenOp === 'naam')).toBe(true);
    }
  });

  async function naamZoeken() {
    const metAchternaam = (achternaam: string) => referentie(alle.filter((r) => r.achternaam === achternaam), 'naam', 'asc');
    expect(await zoekIds('celik')).toEqual(metAchternaam('Çelik'));
    expect(await zoekIds('ÇEL')).toEqual(metAchternaam('Çelik'));
    expect(await zoekIds('gulsen cel')).toEqual(metAchternaam('Çelik'));
    expect(await zoekIds('celik gul')).toEqual(metAchternaam('Çelik'));
    expect(await zoekIds('dorde')).toEqual(metAchternaam('Petrović'));
    expect(await zoekIds('petrovic dor')).toEqual(metAchternaam('Petrović'));
    expect(await zoekIds('yildiz')).toEqual(metAchternaam('Yıldız'));
    expect(await zoekIds('wisn')).toEqual(metAchternaam('Wiśniewska'));
    for (const term of ['al ah', 'al-ahm', 'ahma', 'moh', 'mohammad al']) expect(await zoekIds(term), term).toEqual(metAchternaam('Al-Ahmad'));
    expect(await zoekIds('al h')).toEqual(metAchternaam('Al-Hassan'));
    expect(await zoekIds('ahm')).toEqual(referentie(alle.filter((r) => r.achternaam === 'Al-Ahmad' || r.voornamen === 'Ahmed'), 'naam', 'asc'));
    expect(await zoekIds('al')).toEqual(referentie(alle.filter((r) => r.achternaam.startsWith('Al-')), 'naam', 'asc'));
    for (const term of ['de vr', 'vries', 'jan de vries', 'vries jan', 'de vries j']) expect(await zoekIds(term), term).toEqual([namen.vries]);
    for (const term of ['van den berg', 'den b', 'berg anna']) expect(await zoekIds(term), term).toEqual([namen.berg]);
    expect(await zoekIds('maria jose dos')).toEqual(metAchternaam('dos Santos'));
    // A prefix, not a part from the middle of a word; and nothing for a name that is not there.
    expect(await zoekIds('elik')).toEqual([]);
    expect(await zoekIds('niemand')).toEqual([]);
    expect(await zoekIds('%')).toEqual([]);
  }

  it('finds a BSN or V-nummer by its first digits, as typed', async () => {
    expect(await zoekIds('1234 56 782')).toEqual([namen.vries]);
    expect(await zoekIds('111.222')).toEqual([namen.berg]);
    expect(await zoekIds('3456 789')).toEqual([namen.vries]);
    const eenBsn = alle.find((r) => r.id !== namen.vries && r.id !== namen.berg)!.bsn;
    const verwacht = referentie(alle.filter((r) => r.bsn.startsWith(eenBsn.slice(0, 4))), 'naam', 'asc');
    const metVNummer = await o.kluis.db.selectFrom('inburgeraars').select('id').where('vNummer', 'like', `${eenBsn.slice(0, 4)}%`).execute();
    const alles = new Set([...verwacht, ...metVNummer.map((r) => r.id)]);
    expect(new Set(await zoekIds(eenBsn.slice(0, 4)))).toEqual(alles);
  });

  it('the PIP filter opens exactly the dossiers the werkvoorraad counts, and the counts equal a count in JS', async () => {
    const werkvoorraad = data(await o.handlers.werkvoorraad({}));
    const personen = await o.kluis.db.selectFrom('inburgeraars').selectAll().execute();
    const perStatus = Object.fromEntries(STATUSSEN.map((s) => [s, personen.filter((p) => p.status === s).length]));
    const perDoelgroep = Object.fromEntries(DOELGROEPEN.map((d) => [d, personen.filter((p) => p.doelgroep === d).length]));
    let verstreken = 0;
    let binnen = 0;
    for (const p of personen) {
      if (p.status !== 'aangemeld' && p.status !== 'intake') continue;
      const datum = pipTermijnVoorDossier({ ...p, huisvestingArt28: p.huisvestingArt28 === 1 })?.datum;
      if (datum && datum < VANDAAG) verstreken += 1;
      else if (datum && datum <= plusDagen(VANDAAG, 14)) binnen += 1;
    }
    expect(werkvoorraad).toEqual({ perStatus, perDoelgroep, totaal: AANTAL, pipBinnenTweeWeken: binnen, pipTermijnVerstreken: verstreken });
    expect(verstreken + binnen).toBeGreaterThan(0);

    const lijstVerstreken = await allePaginas({ pip: 'verstreken' });
    expect(lijstVerstreken).toHaveLength(verstreken);
    const lijstBinnen = await allePaginas({ pip: 'binnen2weken', sorteer: 'status' });
    expect(lijstBinnen).toHaveLength(binnen);
    for (const id of lijstVerstreken) expect(alle.find((r) => r.id === id)!.pipUiterlijk! < VANDAAG).toBe(true);
    for (const id of lijstBinnen) expect(alle.find((r) => r.id === id)!.pipUiterlijk! >= VANDAAG).toBe(true);
  });

  it('refuses a forged cursor, a cursor of another sort order and a bad page size, in Dutch', async () => {
    const { volgende } = await pagina({ aantal: 10 });
    const weigering = { ok: false, fout: { code: 'ONGELDIGE_INVOER', message: 'Deze pagina van de lijst is niet (meer) geldig. Ga terug naar de eerste pagina van de lijst.' } };
    expect(await o.handlers.inburgeraarsLijst({ na: 'abc' })).toMatchObject(weigering);
    expect(await o.handlers.inburgeraarsLijst({ na: 'nope!!' })).toMatchObject(weigering);
    expect(await o.handlers.inburgeraarsLijst({ na: volgende!, sorteer: 'bsn' })).toMatchObject(weigering);
    expect(await o.handlers.inburgeraarsLijst({ na: volgende!, richting: 'desc' })).toMatchObject(weigering);
    const vervalst = Buffer.from(JSON.stringify({ s: 'naam', r: 'asc', k: ['x', 'y', "1); DROP TABLE inburgeraars; --"] })).toString('base64url');
    expect(await o.handlers.inburgeraarsLijst({ na: vervalst })).toMatchObject(weigering);
    const teKort = Buffer.from(JSON.stringify({ s: 'naam', r: 'asc', k: ['x', 3] })).toString('base64url');
    expect(await o.handlers.inburgeraarsLijst({ na: teKort })).toMatchObject(weigering);
    expect(await o.handlers.inburgeraarsLijst({ aantal: 0 })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Vraag minstens 1 rij.') } });
    expect(await o.handlers.inburgeraarsLijst({ aantal: 201 })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Vraag hoogstens 200 rijen per pagina.') } });
    expect(await o.handlers.inburgeraarsLijst({ zoekterm: 'x'.repeat(101) })).toMatchObject({ ok: false, fout: { message: expect.stringContaining('hoogstens 100 tekens') } });
    // Nothing changed: the same 120 dossiers.
    expect((await pagina({})).totaal).toBe(AANTAL);
  });

  it('walks an index for every sort order and for a name search (EXPLAIN QUERY PLAN)', async () => {
    const plan = async (vraag: Parameters<typeof paginaSql>[1]) => {
      const { sql: tekst, parameters } = await paginaSql(o.kluis.db, vraag);
      const { rows } = await o.kluis.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${tekst}`, [...parameters]));
      return rows.map((r) => r.detail).join(' | ');
    };
    const basis = { sorteer: 'naam' as const, richting: 'asc' as const, aantal: 50 };
    expect(await plan(basis)).toMatch(/USING (COVERING )?INDEX inburgeraars_naam/);
    expect(await plan(basis)).not.toMatch(/TEMP B-TREE/);
    expect(await plan({ ...basis, status: 'intake' })).toMatch(/INDEX inburgeraars_status_naam/);
    expect(await plan({ ...basis, sorteer: 'geboortedatum' })).toMatch(/INDEX inburgeraars_geboortedatum/);
    expect(await plan({ ...basis, sorteer: 'bsn', richting: 'desc' })).toMatch(/INDEX sqlite_autoindex_inburgeraars/);
    const { volgende } = await pagina({ aantal: 10 });
    expect(await plan({ ...basis, na: volgende! })).toMatch(/INDEX inburgeraars_naam \(\(achternaam,voornamen(,id)?\)>/);
    expect(await plan({ ...basis, zoekterm: 'moh' })).toMatch(/SEARCH zoekwoorden USING PRIMARY KEY \(woord>\? AND woord<\?\)/);
    expect(await plan({ ...basis, zoekterm: '1234' })).toMatch(/INDEX inburgeraars_vnummer/);
    // dossierZoeken's kenmerk lookup (same SQL as db/inburgeraars.ts): backwards along the index, no sort.
    const kenmerk = await o.kluis.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw('EXPLAIN QUERY PLAN SELECT inburgeraarId, kenmerk FROM pips WHERE kenmerk COLLATE NOCASE >= ? AND kenmerk COLLATE NOCASE < ? ORDER BY kenmerk COLLATE NOCASE DESC LIMIT 20', ['inb', 'inb\u{10ffff}']),
    );
    expect(kenmerk.rows.map((r) => r.detail).join(' | ')).toMatch(/^SEARCH pips USING INDEX pips_kenmerk_nocase \(kenmerk>\? AND kenmerk<\?\)$/);
  });

  it('keeps the search words up to date: a new name is found, the old one not; deleting removes them', async () => {
    const id = data(await o.handlers.inburgeraarToevoegen({ ...synthetischeInburgeraar(maakRandom(99), VANDAAG, 2), bsn: '999990019', voornamen: 'Bogdan', achternaam: 'Šimić' }));
    expect(await zoekIds('simic')).toEqual([id.id]);
    const gegevens = data(await o.handlers.inburgeraarOphalen({ id: id.id })).inburgeraar;
    data(await o.handlers.inburgeraarWijzigen({ id: id.id, gegevens: { ...gegevens, achternaam: 'Đurić', tussenvoegsel: null } }));
    expect(await zoekIds('simic')).toEqual([]);
    expect(await zoekIds('duric bog')).toEqual([id.id]);
    const woorden = (await o.kluis.db.selectFrom('zoekwoorden').select('woord').where('inburgeraarId', '=', id.id).orderBy('woord').execute()).map((r) => r.woord);
    expect(woorden).toEqual([...zoekwoordenVan({ voornamen: 'Bogdan', tussenvoegsel: null, achternaam: 'Đurić' })].sort());

    data(await o.handlers.privacyDossierVerwijderen({ inburgeraarId: id.id, reden: 'oefening', toelichting: null }));
    expect(await o.kluis.db.selectFrom('zoekwoorden').select('woord').where('inburgeraarId', '=', id.id).execute()).toEqual([]);
    expect(await zoekIds('duric')).toEqual([]);
    expect((await pagina({})).totaal).toBe(AANTAL);
  });
});
