import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, KANALEN, type Kanaal } from '../../shared/contract';

// Issue 14 item 1: no channel returns an unbounded list over the whole vault. Every array in every output
// schema needs a `.max(n)` (a page, or a limit with a count beside it), unless it is listed below with the
// reason why it cannot grow with the caseload. A new channel with a plain z.array() over all dossiers fails here.

type Knoop = { _zod: { def: Record<string, unknown> & { type: string } } };

/**
 * Channels about ONE dossier: their input names it (`inburgeraarId`, or `id` of the inburgeraar), so their
 * lists grow with that dossier, not with the caseload.
 */
const PER_DOSSIER: readonly Kanaal[] = [
  'inburgeraarOphalen', // huisgenoten of one person
  'statusGeschiedenis',
  'intakeOphalen',
  'pipOverzicht',
  'pipConceptOpslaan',
  'documentenLijst',
  'pvtDossier',
  'dossierSignalen',
  'voortgangOphalen',
  'begeleidingOphalen',
  'journaalOphalen',
  'duoMeldingenDossier',
  'logboekDossier',
  'handhavingOphalen',
  'boeteWi22Voornemen',
  'boeteWi23Voornemen',
  'bezwaarOverzicht',
  'ontheffingVoorbeeld',
  'privacyVerwijderControle',
];

/** Channels about one other object (a PIP letter, a group, a boete, a day, a task): their input names it. */
const PER_OBJECT: Record<string, string> = {
  pipVoorbeeld: 'pipId: the paragraphs of one letter',
  pvtGroepOphalen: 'groepId: sessions and members of one group',
  ceremonieGereedheid: 'groepId: the members of one group',
  ceremonieBatchStarten: 'groepId: the members of one group',
  boeteZienswijzeBrief: 'boeteId: the calculation lines of one boete',
  boeteZienswijzeOntvangen: 'boeteId',
  boeteVaststellen: 'boeteId',
  boeteIntrekken: 'boeteId',
  boeteBetaling: 'boeteId',
  boeteNieuweAfspraakUitkomst: 'boeteId',
  agendaVanDag: 'datum: the appointments of one day and the days after it',
  jaarverslagOphalen: 'taakId: the fixed sections, tables and charts of one report (aggregates, never rows per person)',
  jaarverslagKerncijfers: 'jaar: a fixed set of key figures',
  sisaIndicatoren: 'jaar: a fixed set of SiSa indicators',
  normbedragenOphalen: 'peildatum: components × doelgroepen',
  backupControleren: 'one backup file: its parts',
};

/** Lists of settings and accounts that the gemeente keeps by hand: they do not grow with the caseload. */
const INSTELLINGEN: Record<string, string> = {
  kluisStatus: 'the users of the vault',
  kluisSloten: 'the key slots (one per user)',
  instellingenOphalen: 'extra rustdagen entered by hand',
  instellingenOpslaan: 'extra rustdagen entered by hand',
  logoOpslaan: 'extra rustdagen entered by hand',
  logoVerwijderen: 'extra rustdagen entered by hand',
  ondertekenaarsLijst: 'the signatories',
  ondertekenaarOpslaan: 'the signatories',
  ondertekenaarVerwijderen: 'the signatories',
  briefTekstenOphalen: 'the letter texts',
  briefTekstenOpslaan: 'the letter texts',
  boeteRegimesOphalen: 'one regime per doelgroep and date',
  boeteRegimeOpslaan: 'one regime per doelgroep and date',
  kostenCodes: 'the cost codes of the financial system',
  jaarverslagInstellingenOphalen: 'the indicator windows',
  jaarverslagInstellingenOpslaan: 'the indicator windows',
  jaarverslagJaren: 'one row per year',
  budgetJaren: 'one row per year',
  spukJaren: 'one row per year',
  backupOverzicht: 'the backup files in the backup folder (one per day at most, pruned by the backup rotation)',
};

/** Parts of a paged answer that are not rows: named per channel and path. */
const PADEN: Record<string, string> = {
  'logboekLijst:actoren[]': 'everyone who ever used the vault, for the filter (the users, not the caseload)',
  'budgetOverzicht:perComponent[]': 'one row per cost component',
  'budgetOverzicht:spuk.meldingen[]': 'the findings of one SPUK check',
};

/** A file read for a preview: bounded by the file the user chose (the import reads at most 10,000 rows). */
const BESTAND: Record<string, string> = {
  importVoorbeeld: 'the rows of one chosen file (at most 10,000)',
  kostenImportVoorbeeld: 'the rows of one chosen CSV file',
};

/** Every path to an array without a `.max(n)` in a schema, e.g. "rijen[]" or "groepen[].leden[]". */
function onbegrensdeLijsten(schema: z.ZodType, pad = '', gezien = new Set<unknown>()): string[] {
  const knoop = schema as unknown as Knoop;
  if (gezien.has(knoop)) return [];
  gezien.add(knoop);
  const def = knoop._zod.def;
  const dieper = (s: unknown, p = pad) => onbegrensdeLijsten(s as z.ZodType, p, gezien);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([naam, s]) => dieper(s, pad ? `${pad}.${naam}` : naam));
    case 'array': {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
      const eigen = checks.some((c) => c._zod.def.check === 'max_length') ? [] : [`${pad}[]`];
      return [...eigen, ...dieper(def.element, `${pad}[]`)];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return dieper(def.innerType);
    case 'pipe':
      return [...dieper(def.in), ...dieper(def.out)];
    case 'union':
      return (def.options as unknown[]).flatMap((s) => dieper(s));
    case 'intersection':
      return [...dieper(def.left), ...dieper(def.right)];
    case 'record':
      return dieper(def.valueType, `${pad}{}`);
    case 'tuple':
      return (def.items as unknown[]).flatMap((s, i) => dieper(s, `${pad}[${i}]`));
    case 'lazy':
      return dieper((def.getter as () => unknown)());
    default:
      return [];
  }
}

function invoerVelden(kanaal: Kanaal): string[] {
  const def = (contract[kanaal].input as unknown as Knoop)._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

describe('issue 14: no channel returns an unbounded list over the whole vault', () => {
  const uitzonderingen = new Set([...PER_DOSSIER, ...Object.keys(PER_OBJECT), ...Object.keys(INSTELLINGEN), ...Object.keys(BESTAND)]);

  it('every array in an output has a .max(n), unless the channel or path is listed with its reason', () => {
    const fouten: string[] = [];
    for (const kanaal of KANALEN) {
      if (uitzonderingen.has(kanaal)) continue;
      for (const pad of onbegrensdeLijsten(contract[kanaal].output as z.ZodType)) {
        const sleutel = `${kanaal}:${pad}`;
        if (PADEN[sleutel]) continue;
        fouten.push(sleutel);
      }
    }
    expect(fouten).toEqual([]);
  });

  it('a per-dossier channel names the dossier in its input; a per-object channel names its object', () => {
    for (const kanaal of PER_DOSSIER) expect(invoerVelden(kanaal).some((v) => v === 'inburgeraarId' || v === 'id'), kanaal).toBe(true);
    for (const kanaal of Object.keys(PER_OBJECT) as Kanaal[]) {
      expect(invoerVelden(kanaal).some((v) => ['pipId', 'groepId', 'boeteId', 'datum', 'taakId', 'jaar', 'peildatum', 'wachtwoord'].includes(v)), kanaal).toBe(true);
    }
  });

  it('every exception names an existing channel and is still needed', () => {
    const namen = [...uitzonderingen, ...Object.keys(PADEN)].map((n) => n.split(':')[0]!);
    for (const naam of namen) expect(KANALEN, naam).toContain(naam);
    // A listed path that is bounded by now must leave the list.
    for (const sleutel of Object.keys(PADEN)) {
      const [kanaal, pad] = sleutel.split(':') as [Kanaal, string | undefined];
      const open = onbegrensdeLijsten(contract[kanaal].output as z.ZodType);
      expect(pad === undefined ? open.length > 0 : open.includes(pad), `${sleutel} is begrensd: haal het van de lijst`).toBe(true);
    }
  });

  it('the walker finds an unbounded array however deep, and accepts a bounded one', async () => {
    const { z: zod } = await import('zod');
    const schema = zod.object({ a: zod.array(zod.string()).max(3), b: zod.object({ c: zod.array(zod.object({ d: zod.array(zod.number()) }).nullable()).max(2) }).optional() });
    expect(onbegrensdeLijsten(schema)).toEqual(['b.c[].d[]']);
    expect(onbegrensdeLijsten(zod.array(zod.string()))).toEqual(['[]']);
  });
});
