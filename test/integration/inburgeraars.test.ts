import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const NU = new Date('2026-04-14T10:00:00Z');

function persoon(zaad: number, wijziging: Partial<InburgeraarFormulier> = {}): InburgeraarFormulier {
  return { ...synthetischeInburgeraar(maakRandom(zaad), '2026-04-14'), ...wijziging };
}

describe('inburgeraars: register, status line, households, werkvoorraad, audit', () => {
  let omgeving: TestOmgeving;
  beforeEach(async () => {
    omgeving = testOmgeving({ nu: () => NU });
    data(await omgeving.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => omgeving.opruimen());

  async function aantal(): Promise<number> {
    return data(await omgeving.handlers.inburgeraarsLijst({})).totaal;
  }

  it('validates an inburgeraar field by field, in Dutch', async () => {
    const antwoord = await omgeving.handlers.inburgeraarToevoegen(persoon(2, { bsn: '123456789', postcode: '12345', email: 'geen-mail' }));
    expect(antwoord.ok).toBe(false);
    if (antwoord.ok) return;
    expect(antwoord.fout.message).toContain('11-proef');
    expect(antwoord.fout.message).toContain('1234 AB');
    expect(antwoord.fout.message).toContain('e-mailadres');
    expect(await aantal()).toBe(0);
  });

  it('refuses a DUO code that does not belong to the doelgroep', async () => {
    const antwoord = await omgeving.handlers.inburgeraarToevoegen(persoon(3, { doelgroep: 'gezinsmigrant', doelgroepcode: 'Asielstatushouder' }));
    expect(antwoord).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER' } });
  });

  it('adds, normalises and reads back an inburgeraar with the PIP deadline', async () => {
    const invoer = persoon(4, { bsn: '1234 56 782', postcode: '9911ab', datumKennisgevingDuo: '2026-01-26', datumInschrijvingBrp: '2026-01-20' });
    const { id } = data(await omgeving.handlers.inburgeraarToevoegen(invoer));
    const dossier = data(await omgeving.handlers.inburgeraarOphalen({ id }));
    expect(dossier.inburgeraar).toMatchObject({ bsn: '123456782', postcode: '9911 AB', status: 'aangemeld', voornamen: invoer.voornamen });
    expect(dossier.pipTermijn).toMatchObject({ datum: '2026-04-07', verschovenWegens: 'tweede Paasdag' });
  });

  it('refuses a duplicate BSN, also on change', async () => {
    data(await omgeving.handlers.inburgeraarToevoegen(persoon(5, { bsn: '111222333' })));
    expect(await omgeving.handlers.inburgeraarToevoegen(persoon(6, { bsn: '111222333' }))).toMatchObject({ ok: false, fout: { code: 'DUBBEL_BSN' } });
    const { id } = data(await omgeving.handlers.inburgeraarToevoegen(persoon(7, { bsn: '123456782' })));
    expect(await omgeving.handlers.inburgeraarWijzigen({ id, gegevens: persoon(7, { bsn: '111222333' }) })).toMatchObject({ ok: false, fout: { code: 'DUBBEL_BSN' } });
    expect(await aantal()).toBe(2);
  });

  it('follows the status line and refuses a jump', async () => {
    const { id } = data(await omgeving.handlers.inburgeraarToevoegen(persoon(8)));
    const sprong = await omgeving.handlers.inburgeraarStatusWijzigen({ id, status: 'afgerond' });
    expect(sprong).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_STATUS' } });
    data(await omgeving.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' }));
    data(await omgeving.handlers.inburgeraarStatusWijzigen({ id, status: 'verhuisd', datum: '2026-04-14', reden: 'Bericht uit de BRP', nieuweGemeente: 'Andere Stad' }));
    expect(data(await omgeving.handlers.inburgeraarOphalen({ id })).inburgeraar.status).toBe('verhuisd');
    expect(await omgeving.handlers.inburgeraarStatusWijzigen({ id, status: 'intake' })).toMatchObject({ ok: false });
  });

  it('links a household and dissolves a household of one', async () => {
    const a = data(await omgeving.handlers.inburgeraarToevoegen(persoon(9))).id;
    const b = data(await omgeving.handlers.inburgeraarToevoegen(persoon(10))).id;
    const c = data(await omgeving.handlers.inburgeraarToevoegen(persoon(11))).id;
    data(await omgeving.handlers.huishoudenKoppelen({ id: b, metId: a }));
    data(await omgeving.handlers.huishoudenKoppelen({ id: c, metId: b }));
    expect(data(await omgeving.handlers.inburgeraarOphalen({ id: a })).huisgenoten.map((h) => h.id).sort()).toEqual([b, c]);
    data(await omgeving.handlers.huishoudenOntkoppelen({ id: b }));
    data(await omgeving.handlers.huishoudenOntkoppelen({ id: c }));
    const dossierA = data(await omgeving.handlers.inburgeraarOphalen({ id: a }));
    expect(dossierA.huisgenoten).toEqual([]);
    expect(dossierA.inburgeraar.huishoudenId).toBeNull();
    expect(await omgeving.handlers.huishoudenKoppelen({ id: a, metId: a })).toMatchObject({ ok: false });
  });

  it('counts the werkvoorraad, including PIP deadlines close and past', async () => {
    data(await omgeving.handlers.inburgeraarToevoegen(persoon(12, { datumKennisgevingDuo: '2026-01-05', datumInschrijvingBrp: null }))); // 16 March: past
    data(await omgeving.handlers.inburgeraarToevoegen(persoon(13, { datumKennisgevingDuo: '2026-02-16', datumInschrijvingBrp: null }))); // 28 April: within 2 weeks
    data(await omgeving.handlers.inburgeraarToevoegen(persoon(14, { datumKennisgevingDuo: '2026-04-01', datumInschrijvingBrp: null }))); // June
    const werkvoorraad = data(await omgeving.handlers.werkvoorraad({}));
    expect(werkvoorraad.totaal).toBe(3);
    expect(werkvoorraad.perStatus.aangemeld).toBe(3);
    expect(werkvoorraad.pipTermijnVerstreken).toBe(1);
    expect(werkvoorraad.pipBinnenTweeWeken).toBe(1);
  });

  it('writes an audit entry per change, without personal data', async () => {
    const invoer = persoon(15);
    data(await omgeving.handlers.inburgeraarToevoegen(invoer));
    const regels = await omgeving.kluis.db.selectFrom('logboek').selectAll().execute();
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({ actie: 'toevoegen', object: 'inburgeraar', actor: 'Regisseur', resultaat: 'gelukt' });
    const tekst = JSON.stringify(regels);
    expect(tekst).not.toContain(invoer.bsn);
    expect(tekst).not.toContain(invoer.achternaam);
  });
});

describe('gelijkgestelde dagen (Atw art. 3 lid 3): shipped, and added by the gemeente in the settings', () => {
  it('move the PIP deadline past a designated day', async () => {
    const o = testOmgeving({ nu: () => NU });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    // Shipped: 15 May 2026 (Friday after Hemelvaartsdag) is gelijkgesteld without any setting.
    const { id } = data(await o.handlers.inburgeraarToevoegen(persoon(20, { datumKennisgevingDuo: '2026-03-06', datumInschrijvingBrp: null })));
    expect(data(await o.handlers.inburgeraarOphalen({ id })).pipTermijn).toMatchObject({ datum: '2026-05-18', verschovenWegens: expect.stringContaining('gelijkgestelde dag') });
    // Not shipped: 11 May 2029, until the gemeente adds it.
    const later = data(await o.handlers.inburgeraarToevoegen(persoon(21, { datumKennisgevingDuo: '2029-03-02', datumInschrijvingBrp: null })));
    expect(data(await o.handlers.inburgeraarOphalen({ id: later.id })).pipTermijn?.datum).toBe('2029-05-11');
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 1', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      extraRustdagen: [{ datum: '2029-05-11', naam: 'vrijdag na Hemelvaart' }],
    }));
    expect(data(await o.handlers.inburgeraarOphalen({ id: later.id })).pipTermijn).toMatchObject({ datum: '2029-05-14', verschovenWegens: 'vrijdag na Hemelvaart' });
    expect(data(await o.handlers.inburgeraarOphalen({ id })).pipTermijn?.datum).toBe('2026-05-18');
    expect(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 1', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      extraRustdagen: [{ datum: 'ongeldig', naam: 'x' }],
    })).toMatchObject({ ok: false });
    await o.opruimen();
  });
});
