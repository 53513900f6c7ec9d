import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../shared/zod-nl';
import { EERSTE_DATUM, LAATSTE_DATUM, datumProbleem, isoDatum, optioneleDatum, optioneleTekst, tekstProbleem, verledenDatum, verplichteTekst } from '../../shared/domain/velden';
import { inburgeraarInvoer } from '../../shared/domain/inburgeraar';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';

// shared/domain/velden.ts: text without invisible control or bidi characters, dates that exist and lie in
// 1900–2199, and messages that name the field (issue 11 item 8).

const melding = (schema: z.ZodType, waarde: unknown) => schema.safeParse(waarde).error?.issues.map((i) => i.message);

describe('text fields refuse control and bidi characters', () => {
  const naam = verplichteTekst('Achternaam', 200);
  const notitie = verplichteTekst('Tekst', 10_000);

  it('accepts names in any script, with ZWJ/ZWNJ, apostrophes and diacritics', () => {
    for (const goed of ["d'Ancona", 'Çelik', 'Nguyễn', 'محمد', 'می‌خواهم', 'क्‍ष', '张伟', 'Ŝŝ-Ÿÿ', 'Jan  de  Vries']) {
      expect(naam.safeParse(goed).success, goed).toBe(true);
    }
  });

  it('refuses every control, bidi override/isolate, mark, separator and BOM, naming the field and the code point', () => {
    const verboden = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0080', '\u0085', '\u009F', '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'];
    for (const teken of verboden) {
      const code = teken.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(melding(naam, `Jan${teken}sen`), code).toEqual([`Achternaam: haal het onzichtbare stuurteken (U+${code}) uit de tekst; plak de tekst eventueel eerst in Kladblok.`]);
      expect(melding(notitie, `regel 1\n${teken}regel 2`), code).toHaveLength(1);
      expect(melding(optioneleTekst('Tussenvoegsel', 20), `va${teken}n`), code).toEqual([expect.stringMatching(/^Tussenvoegsel: haal het onzichtbare stuurteken/)]);
    }
  });

  it('one line for names and short texts; notes keep newline and tab, never a carriage return', () => {
    expect(melding(naam, 'Jan\nsen')).toEqual(['Achternaam: gebruik één regel, zonder Enter of tab.']);
    expect(melding(naam, 'Jan\tsen')).toEqual(['Achternaam: gebruik één regel, zonder Enter of tab.']);
    expect(notitie.parse('eerste regel\n\tingesprongen')).toBe('eerste regel\n\tingesprongen');
    expect(melding(notitie, 'eerste\r\ntweede')).toEqual(['Tekst: haal het onzichtbare stuurteken (U+000D) uit de tekst; plak de tekst eventueel eerst in Kladblok.']);
    // An explicit kind wins over the length.
    expect(verplichteTekst('Omschrijving', 500, 'regel').safeParse('a\nb').success).toBe(false);
    expect(verplichteTekst('Toelichting', 100, 'notitie').safeParse('a\nb').success).toBe(true);
  });

  it('refuses half a surrogate pair but keeps real astral characters', () => {
    expect(melding(naam, 'Jan\uD800sen')).toEqual(['Achternaam: de tekst bevat een onleesbaar teken; typ de tekst opnieuw.']);
    expect(melding(naam, '\uDC00')).toHaveLength(1);
    expect(naam.safeParse('𝒜𝓃𝓃𝒶 😀').success).toBe(true);
  });

  it('trims first: leading and trailing spaces never count as a problem', () => {
    expect(naam.parse('  Jansen  ')).toBe('Jansen');
    expect(optioneleTekst('Tussenvoegsel', 20).parse('   ')).toBeNull();
    expect(tekstProbleem('gewone tekst', 'regel')).toBeNull();
  });
});

describe('dates: real calendar dates between 1900 and 2199', () => {
  const datum = isoDatum('Geboortedatum');

  it('accepts the bounds, leap days and month ends', () => {
    for (const goed of [EERSTE_DATUM, LAATSTE_DATUM, '2000-02-29', '2024-02-29', '2026-12-31', '2026-04-30']) expect(datum.parse(goed), goed).toBe(goed);
  });

  it('refuses what is no date, with a message that names the field and shows the format', () => {
    for (const fout of ['2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '23-11-2026', '2026-1-1', ' 2026-11-23', '2026-11-23T00:00:00Z', '+010000-01-01']) {
      expect(melding(datum, fout), fout).toEqual(['Geboortedatum: vul een datum in als 14-04-2026.']);
    }
    expect(melding(datum, '')).toEqual(['Geboortedatum is verplicht.']);
  });

  it('refuses dates outside 1900–2199 (the year 9999 crashed pipVoorbeeld)', () => {
    for (const ver of ['1899-12-31', '0001-01-01', '0000-01-01', '2200-01-01', '9999-12-31']) {
      expect(melding(datum, ver), ver).toEqual(['Geboortedatum: kies een datum tussen 1 januari 1900 en 31 december 2199.']);
      expect(datumProbleem(ver)).not.toBeNull();
    }
  });

  it('optional dates: empty is null, a bad one is refused with the field name', () => {
    const optioneel = optioneleDatum('Datum kennisgeving DUO');
    expect(optioneel.parse('')).toBeNull();
    expect(optioneel.parse(null)).toBeNull();
    expect(optioneel.parse(undefined)).toBeNull();
    expect(optioneel.parse('2026-02-02')).toBe('2026-02-02');
    expect(melding(optioneel, '9999-12-31')).toEqual(['Datum kennisgeving DUO: kies een datum tussen 1 januari 1900 en 31 december 2199.']);
    expect(melding(optioneel, 20260202)).toEqual(['Datum kennisgeving DUO: vul een datum in als 14-04-2026, of laat het veld leeg.']);
  });

  it('a birth date cannot lie in the future; today counts', () => {
    const geboren = verledenDatum('Geboortedatum', () => '2026-11-23');
    expect(geboren.parse('2026-11-23')).toBe('2026-11-23');
    expect(melding(geboren, '2026-11-24')).toEqual(['Geboortedatum: die datum ligt in de toekomst.']);
    const persoon = { ...synthetischeInburgeraar(maakRandom(3), '2026-11-23'), geboortedatum: '2199-01-01' };
    expect(inburgeraarInvoer.safeParse(persoon).error?.issues.map((i) => i.message)).toContain('Geboortedatum: die datum ligt in de toekomst.');
  });
});
