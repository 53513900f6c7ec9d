import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPSTART_INSTELLINGEN, kiesDataMap, leesOpstartInstellingen } from '../../electron/datamap';
import { tijdelijkeFolder } from '../fixtures/omgeving';

// electron/datamap.ts: KOERS_DATA_DIR counts from source, and in an installed Koers only when the settings allow it.

const USERDATA = resolve('/home/regisseur/.config/Koers');
const ELDERS = resolve('/media/usb/koers');

describe('the vault folder', () => {
  it('from source: KOERS_DATA_DIR when set, else userData', () => {
    const uit = { dataMapUitOmgeving: false };
    expect(kiesDataMap({ verpakt: false, omgeving: ELDERS, userData: USERDATA, instellingen: uit })).toBe(ELDERS);
    expect(kiesDataMap({ verpakt: false, omgeving: undefined, userData: USERDATA, instellingen: uit })).toBe(USERDATA);
    expect(kiesDataMap({ verpakt: false, omgeving: '   ', userData: USERDATA, instellingen: uit })).toBe(USERDATA);
    expect(kiesDataMap({ verpakt: false, omgeving: 'data', userData: USERDATA, instellingen: uit })).toBe(resolve('data'));
  });

  it('installed: KOERS_DATA_DIR is ignored unless the settings file allows it', () => {
    expect(kiesDataMap({ verpakt: true, omgeving: ELDERS, userData: USERDATA, instellingen: { dataMapUitOmgeving: false } })).toBe(USERDATA);
    expect(kiesDataMap({ verpakt: true, omgeving: ELDERS, userData: USERDATA, instellingen: { dataMapUitOmgeving: true } })).toBe(ELDERS);
    expect(kiesDataMap({ verpakt: true, omgeving: undefined, userData: USERDATA, instellingen: { dataMapUitOmgeving: true } })).toBe(USERDATA);
  });

  it('reads the settings file; only an exact true allows it, anything broken means no', () => {
    const map = tijdelijkeFolder();
    try {
      expect(leesOpstartInstellingen(map.pad)).toEqual({ dataMapUitOmgeving: false });
      const bestand = join(map.pad, OPSTART_INSTELLINGEN);
      for (const [inhoud, verwacht] of [
        ['{"dataMapUitOmgeving": true}', true],
        ['{"dataMapUitOmgeving": "true"}', false],
        ['{"dataMapUitOmgeving": 1}', false],
        ['{}', false],
        ['[true]', false],
        ['null', false],
        ['{ kapot', false],
        ['', false],
      ] as const) {
        writeFileSync(bestand, inhoud);
        expect(leesOpstartInstellingen(map.pad), inhoud).toEqual({ dataMapUitOmgeving: verwacht });
      }
    } finally {
      map.opruimen();
    }
  });
});
