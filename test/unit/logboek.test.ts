import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, logregelHash, type GehashteRegel } from '../../db/logboek';
import { beginVanDagInNederland, logActieTekst, logObjectTekst } from '../../shared/domain/logboek';

// The pure parts of the logboek: the canonical hash of a row, and the Dutch day as UTC bounds for the period filter.

const REGEL: GehashteRegel = {
  id: 1, tijdstip: '2026-11-23T09:00:00.000Z', actor: 'Regisseur', oorsprong: 'koers', actie: 'toevoegen', object: 'inburgeraar', objectId: 12, resultaat: 'gelukt', vorigeHash: GENESIS_HASH,
};

describe('logregelHash', () => {
  it('is SHA-256 hex over the fields in a fixed order, the same for the same row', () => {
    expect(logregelHash(REGEL)).toMatch(/^[0-9a-f]{64}$/);
    expect(logregelHash({ ...REGEL })).toBe(logregelHash(REGEL));
    // The canonical form is fixed forever (migration 0010 chained existing rows with it): a JSON array in this order.
    const tekst = `[1,"2026-11-23T09:00:00.000Z","Regisseur","koers","toevoegen","inburgeraar",12,"gelukt","${'0'.repeat(64)}"]`;
    expect(logregelHash(REGEL)).toBe(createHash('sha256').update(tekst, 'utf8').digest('hex'));
  });

  it('changes with every field, and values cannot be shifted across a separator', () => {
    const basis = logregelHash(REGEL);
    const varianten: GehashteRegel[] = [
      { ...REGEL, id: 2 },
      { ...REGEL, tijdstip: '2026-11-23T09:00:00.001Z' },
      { ...REGEL, actor: 'Vervanger' },
      { ...REGEL, oorsprong: 'cli' },
      { ...REGEL, actie: 'wijzigen' },
      { ...REGEL, object: 'document' },
      { ...REGEL, objectId: null },
      { ...REGEL, objectId: 13 },
      { ...REGEL, resultaat: 'geweigerd: NIET_GEVONDEN' },
      { ...REGEL, vorigeHash: 'f'.repeat(64) },
    ];
    const hashes = new Set(varianten.map(logregelHash));
    expect(hashes.size).toBe(varianten.length);
    expect(hashes.has(basis)).toBe(false);
    // "a","b" in one field is not the same as a in one field and b in the next.
    expect(logregelHash({ ...REGEL, actor: 'a","koers', oorsprong: '' })).not.toBe(logregelHash({ ...REGEL, actor: 'a', oorsprong: 'koers' }));
  });
});

describe('beginVanDagInNederland', () => {
  it.each([
    ['2026-11-23', '2026-11-22T23:00:00.000Z'], // winter time (CET, +01:00)
    ['2026-07-02', '2026-07-01T22:00:00.000Z'], // summer time (CEST, +02:00)
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // the clock goes forward at 02:00 this day: midnight is still winter time
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // the clock goes back at 03:00 this day: midnight is still summer time
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['2027-01-01', '2026-12-31T23:00:00.000Z'], // year end
    ['2028-02-29', '2028-02-28T23:00:00.000Z'], // leap day
  ])('%s starts at %s', (dag, utc) => {
    expect(beginVanDagInNederland(dag)).toBe(utc);
  });

  it('refuses what is not a date', () => {
    expect(() => beginVanDagInNederland('2026-02-30')).toThrow(RangeError);
  });
});

describe('logboek in words', () => {
  it('names the object by type and id only, and the new actions', () => {
    expect(logObjectTekst('inburgeraar', 12)).toBe('Dossier 12');
    expect(logObjectTekst('kluis', null)).toBe('Kluis');
    expect(logObjectTekst('pvtGroep', 3)).toBe('PVT-groep 3');
    expect(logObjectTekst('iets', null)).toBe('Iets');
    expect(logActieTekst('dossier geopend')).toBe('Dossier geopend');
    expect(logActieTekst('logboek gecontroleerd: in orde, 1.000 regels')).toBe('Keten van het logboek gecontroleerd: in orde, 1.000 regels');
    expect(logActieTekst('logboek geëxporteerd: 10 regels')).toBe('Logboek geëxporteerd: 10 regels');
  });
});
