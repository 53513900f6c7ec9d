import { describe, expect, it } from 'vitest';
import { AANTAL_SYNTHETISCHE_NAMEN, maakRandom, synthetischBsn, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { inburgeraarInvoer } from '../../shared/domain/inburgeraar';
import { isValidBsn } from '../../shared/rules/bsn';
import { isBrpNaam } from '../../shared/rules/naam';

describe('synthetic data for demo and tests', () => {
  it('only makes valid BSNs', () => {
    const random = maakRandom(7);
    for (let i = 0; i < 200; i += 1) expect(isValidBsn(synthetischBsn(random))).toBe(true);
  });
});

describe('synthetic inburgeraars', () => {
  it('all pass the contract: BRP names in Latin letters, some with an original-script name, printed where ticked', () => {
    const random = maakRandom(2026);
    const personen = Array.from({ length: AANTAL_SYNTHETISCHE_NAMEN }, (_, i) => inburgeraarInvoer.parse(synthetischeInburgeraar(random, '2026-11-22', i)));
    for (const p of personen) expect([p.voornamen, p.achternaam].every(isBrpNaam), `${p.voornamen} ${p.achternaam}`).toBe(true);
    const opDocumenten = personen.filter((p) => p.oorspronkelijkSchriftOpDocumenten).map((p) => p.naamOorspronkelijkSchrift!);
    expect(opDocumenten.some((naam) => /[\u0400-\u04ff]/.test(naam))).toBe(true);
    expect(opDocumenten.some((naam) => /[\u0600-\u06ff]/.test(naam))).toBe(true);
    // Ge'ez (Tigrinya) is kept in the dossier, not printed: the document font has no Ge'ez.
    expect(personen.some((p) => /[\u1200-\u137f]/.test(p.naamOorspronkelijkSchrift ?? '') && !p.oorspronkelijkSchriftOpDocumenten)).toBe(true);
    for (const p of personen) expect(p.huisvestingArt28).toBe(p.doelgroep === 'asielstatushouder');
  });
});
