import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { veldMeldingen, veldNaam } from '../../shared/zod-nl';
import { contract } from '../../shared/contract';

// shared/zod-nl.ts: zod's own messages in Dutch, each naming its field, also deep in a nested input.

const ENGELS = /expected|invalid|required|received|must be|undefined/i;
const meldingen = (schema: z.ZodType, waarde: unknown) => schema.safeParse(waarde).error!.issues.map((i) => i.message);

describe('zod messages in Dutch that name the field', () => {
  it('turns a path into words a person reads', () => {
    expect(veldNaam([])).toBe('Invoer');
    expect(veldNaam(['geboortedatum'])).toBe('Geboortedatum');
    expect(veldNaam(['datumKennisgevingDuo'])).toBe('Datum kennisgeving DUO');
    expect(veldNaam(['inburgeraarId'])).toBe('Inburgeraar nummer');
    expect(veldNaam(['gegevens', 'regels', 2, 'bsn'])).toBe('Gegevens, regels, regel 3, BSN');
    expect(veldNaam(['x'.repeat(500)]).length).toBeLessThan(50);
  });

  it('names the field in the default messages: wrong type, missing, too long, unknown option, unknown key', () => {
    const schema = z.object({ inburgeraarId: z.number(), gegevens: z.object({ leerroute: z.enum(['b1', 'onderwijs', 'z']), uren: z.array(z.number()).max(2) }).strict() });
    expect(meldingen(schema, { inburgeraarId: 'drie', gegevens: { leerroute: 'x', uren: [1, 2, 3], extra: 1 } })).toEqual([
      'Inburgeraar nummer: verwacht een getal.',
      'Gegevens, leerroute: kies een van de mogelijkheden.',
      'Gegevens, uren: hoogstens 2 onderdelen.',
      'Gegevens: een gegeven hoort hier niet bij; laat het weg.',
    ]);
    expect(meldingen(schema, {})).toEqual(['Inburgeraar nummer: vul dit in.', 'Gegevens: vul dit in.']);
    expect(meldingen(schema, 'tekst')).toEqual(['Invoer: verwacht een groep gegevens.']);
    expect(meldingen(z.object({ regels: z.array(z.object({ bedrag: z.number().int() })) }), { regels: [{ bedrag: 1 }, { bedrag: 1.5 }] })).toEqual(['Regels, regel 2, bedrag: verwacht een heel getal.']);
    expect(meldingen(z.object({ pipId: z.number().int().positive() }), { pipId: 0 })).toEqual(['PIP nummer: groter dan 0.']);
    expect(meldingen(z.object({ uren: z.number().max(40) }), { uren: 41 })).toEqual(['Uren: hoogstens 40.']);
  });

  it('never repeats the caller\u2019s keys or values', () => {
    const geheim = 'Jansen 123456782';
    const alle = meldingen(z.object({}).strict(), { [geheim]: geheim, ander: 1 }).join(' ');
    expect(alle).toBe('Invoer: 2 gegevens horen hier niet bij; laat ze weg.');
    expect(alle).not.toContain('Jansen');
  });

  it('a refusal lists each message once, and at most eight', () => {
    expect(veldMeldingen([{ message: 'A.' }, { message: 'A.' }, { message: 'B.' }])).toEqual(['A.', 'B.']);
    const veel = Array.from({ length: 12 }, (_, i) => ({ message: `Melding ${i}.` }));
    expect(veldMeldingen(veel)).toHaveLength(9);
    expect(veldMeldingen(veel).at(-1)).toBe('En nog 4 andere meldingen.');
  });

  it('no channel answers a wrong payload with English', () => {
    for (const [kanaal, { input }] of Object.entries(contract)) {
      for (const slecht of ['tekst', 42, [], { id: 'een', inburgeraarId: -1, datum: 7, wachtwoord: 1 }, { __proto__: 1 }]) {
        const uitkomst = (input as z.ZodType).safeParse(slecht);
        if (uitkomst.success) continue;
        for (const issue of uitkomst.error.issues) expect(issue.message, `${kanaal} ${JSON.stringify(slecht)}`).not.toMatch(ENGELS);
      }
    }
  });
});
