import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesInstellingen } from '../../db/instellingen';
import { werkvoorraadFeiten } from '../../db/werkvoorraad';
import { WERKVOORRAAD_MAX_AANTAL } from '../../shared/contract/werkvoorraad';
import { SECTIES, type Signaal } from '../../shared/domain/signaal';
import { signalenVanDossier, signalenVoorWerkvoorraad } from '../../shared/rules/signalen';
import { isEindstatus } from '../../shared/rules/status';
import { vulCaseload } from '../fixtures/bench-caseload';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

// Issue 14: the werkvoorraad is read set-based (one query per table, narrowed in SQL to what can still give a
// signal, PIP fields taken out of the JSON) and paged per section. Both must give exactly what the per-dossier
// path gives: `signalenVanDossier` on `werkvoorraadFeiten(db, id)` for every dossier of a varied caseload.

const VANDAAG = '2026-11-23';
const sleutel = (s: Pick<Signaal, 'inburgeraarId' | 'sleutel'>) => `${s.inburgeraarId}|${s.sleutel}`;

describe('werkvoorraad set-based and paged', () => {
  let o: TestOmgeving;
  let referentie: { open: Signaal[]; uitgesteld: Signaal[] };
  let ids: number[];

  beforeAll(async () => {
    o = testOmgeving({ nu: () => new Date(`${VANDAAG}T10:00:00+01:00`) });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    await vulCaseload(o.kluis, { aantal: 200, seed: 31, vandaag: VANDAAG });
    const db = o.kluis.db;
    ids = (await db.selectFrom('inburgeraars').select('id').orderBy('id').execute()).map((r) => r.id);
    // Snooze a few signals (one expired) so the uitgesteld part is exercised too.
    const opties = await leesInstellingen(db);
    let n = 0;
    for (const id of ids) {
      const [f] = await werkvoorraadFeiten(db, id);
      const s = signalenVanDossier(f!, VANDAAG, opties)[0];
      if (!s || n++ % 9 !== 0) continue;
      data(await o.handlers.signaalUitstellen({ inburgeraarId: id, sleutel: s.sleutel, tot: n % 2 ? '2026-12-31' : VANDAAG, reden: 'test' }));
    }
    await db.insertInto('signaalUitstel').values({ inburgeraarId: ids[3]!, sleutel: 'bestaat_niet', tot: '2026-01-01', reden: 'verlopen', aangemaakt: `${VANDAAG}T09:00:00+01:00` }).execute();
    // The reference: one dossier at a time, through the full facts of that dossier.
    const open: Signaal[] = [];
    const uitgesteld: Signaal[] = [];
    for (const id of ids) {
      const [f] = await werkvoorraadFeiten(db, id);
      const uitstel = new Map(f!.uitstel.filter((u) => u.tot >= VANDAAG).map((u) => [u.sleutel, u]));
      for (const s of signalenVanDossier(f!, VANDAAG, opties)) (uitstel.has(s.sleutel) ? uitgesteld : open).push(s);
    }
    referentie = { open, uitgesteld };
  }, 180_000);
  afterAll(async () => o.opruimen());

  it('the caseload is varied: open and closed dossiers, every section and many kinds of signal', async () => {
    const statussen = await o.kluis.db.selectFrom('inburgeraars').select('status').distinct().execute();
    expect(statussen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(referentie.open.map((s) => s.soort)).size).toBeGreaterThanOrEqual(6);
    for (const sectie of SECTIES) expect(referentie.open.some((s) => s.sectie === sectie)).toBe(true);
    // Closed dossiers are narrowed away in SQL except for what the bewaartermijn needs.
    expect(statussen.some((s) => isEindstatus(s.status))).toBe(true);
    expect(referentie.uitgesteld.length).toBeGreaterThan(3);
  });

  it('the facts of all dossiers at once give the same signals as each dossier on its own', async () => {
    const { signalen, uitgesteld } = signalenVoorWerkvoorraad(await werkvoorraadFeiten(o.kluis.db), VANDAAG, await leesInstellingen(o.kluis.db));
    const perSleutel = new Map(referentie.open.map((s) => [sleutel(s), s]));
    expect(signalen).toHaveLength(referentie.open.length);
    for (const s of signalen) expect(s).toEqual(perSleutel.get(sleutel(s)));
    expect(uitgesteld.map(sleutel).sort()).toEqual(referentie.uitgesteld.map(sleutel).sort());
  });

  it('the channel gives every section in order with its total, and at most `aantal` rows of each part', async () => {
    const alles = data(await o.handlers.werkvoorraadLijst({ aantal: { te_laat: 1000, deze_week: 1000, binnen_vier_weken: 1000, later: 1000, uitgesteld: 1000, wachtOpDerde: 1000 } }));
    expect(alles.signalen.map(sleutel).sort()).toEqual(referentie.open.map(sleutel).sort());
    for (const sectie of SECTIES) expect(alles.totalen[sectie]).toBe(referentie.open.filter((s) => s.sectie === sectie).length);
    expect(alles.totalen.uitgesteld).toBe(referentie.uitgesteld.length);
    // Sorted by date, then name: the sections follow each other.
    const datums = alles.signalen.map((s) => s.datum);
    expect(datums).toEqual([...datums].sort());

    const weinig = data(await o.handlers.werkvoorraadLijst({ aantal: { te_laat: 2, later: 1, uitgesteld: 1 } }));
    expect(weinig.totalen).toEqual(alles.totalen);
    expect(weinig.signalen.filter((s) => s.sectie === 'te_laat')).toEqual(alles.signalen.filter((s) => s.sectie === 'te_laat').slice(0, 2));
    expect(weinig.signalen.filter((s) => s.sectie === 'later')).toEqual(alles.signalen.filter((s) => s.sectie === 'later').slice(0, 1));
    expect(weinig.signalen.filter((s) => s.sectie === 'deze_week')).toEqual(alles.signalen.filter((s) => s.sectie === 'deze_week').slice(0, 50));
    expect(weinig.uitgesteld).toEqual(alles.uitgesteld.slice(0, 1));
  });

  it('filters on the server: doelgroep and soort for signals and snoozed ones, with their totals', async () => {
    const soort = referentie.open[0]!.soort;
    const gefilterd = data(await o.handlers.werkvoorraadLijst({ doelgroep: 'gezinsmigrant', soort, aantal: { te_laat: 1000, deze_week: 1000, binnen_vier_weken: 1000, later: 1000 } }));
    const verwacht = referentie.open.filter((s) => s.doelgroep === 'gezinsmigrant' && s.soort === soort);
    expect(gefilterd.signalen.map(sleutel).sort()).toEqual(verwacht.map(sleutel).sort());
    expect(SECTIES.reduce((n, s) => n + gefilterd.totalen[s], 0)).toBe(verwacht.length);
    expect(gefilterd.uitgesteld.every((s) => s.doelgroep === 'gezinsmigrant' && s.soort === soort)).toBe(true);
  });

  it('refuses more than the maximum per part in Dutch', async () => {
    const antwoord = await o.handlers.werkvoorraadLijst({ aantal: { te_laat: WERKVOORRAAD_MAX_AANTAL + 1 } });
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
    if (!antwoord.ok) expect(antwoord.fout.message).toContain(`Ten hoogste ${WERKVOORRAAD_MAX_AANTAL} rijen`);
  });
});
