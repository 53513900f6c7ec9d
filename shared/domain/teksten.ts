import { z } from 'zod';

// Standard texts of letters and beschikkingen. Placeholders in {accolades} are filled in by Koers.
const tekst = (label: string) => z.string().trim().min(1, `${label} mag niet leeg zijn.`).max(3000, `${label} is te lang.`);

export const briefTeksten = z.object({
  versie: z.string(),
  onderwerpPip: tekst('Onderwerp PIP'),
  onderwerpWijziging: tekst('Onderwerp wijziging'),
  aanhef: tekst('Aanhef'),
  inleidingPip: tekst('Inleiding PIP'),
  inleidingWijziging: tekst('Inleiding wijziging'),
  besluitInleiding: tekst('Inleiding besluit'),
  besluitInleidingWijziging: tekst('Inleiding besluit wijziging'),
  termijnPip: tekst('Termijn PIP'),
  termijnVerhuizing: tekst('Termijn na verhuizing'),
  termijnWijziging: tekst('Termijn wijziging'),
  // One line each, so a B1 reader meets every term explained once.
  uitlegIntensiteit: tekst('Uitleg intensiteit'),
  uitlegPvt: tekst('Uitleg PVT'),
  uitlegMap: tekst('Uitleg MAP'),
  uitlegVve: tekst('Uitleg VVE'),
  // Wi 19–20: gezinsmigranten and overige migranten arrange their course and may borrow from DUO.
  zelfRegelen: tekst('Zelf regelen (gezinsmigranten)'),
  watMoetUDoen: z.array(tekst('Wat moet u doen?')).min(1).max(12),
  // Wi 23: what happens when the person does not meet the plan.
  gevolgenNietMeedoen: tekst('Gevolgen niet meedoen'),
  rechtsmiddelen: tekst('Rechtsmiddelen'),
  vragen: tekst('Vragen'),
  slot: tekst('Slot'),
  ontzorgen: tekst('Ontzorgen'),
  oproepInleiding: tekst('Inleiding oproep'),
  // Printed under "Wat moet u doen?", one line per instruction.
  oproepVerplichting: tekst('Oproep: wat moet u doen?'),
  waarschuwing: tekst('Waarschuwing'),
  laatsteOproep: tekst('Laatste oproep'),
  motiveringBouwstenen: z.array(tekst('Bouwsteen motivering')).max(50),
  wijzigingBouwstenen: z.array(tekst('Bouwsteen wijziging')).max(50),
});
export type BriefTeksten = z.infer<typeof briefTeksten>;

// Texts that carry legal content must keep their placeholders (Awb 3:45: who, within which term, where).
export const VERPLICHTE_PLAATSHOUDERS: Partial<Record<keyof BriefTeksten, string[]>> = {
  rechtsmiddelen: ['{gemeente}', '{bezwaaradres}', '{kenmerk}'],
  termijnPip: ['{termijnStart}', '{termijnEinde}'],
  termijnWijziging: ['{termijnEinde}'],
  termijnVerhuizing: ['{termijnStart}', '{termijnEinde}'],
  inleidingWijziging: ['{vorigKenmerk}'],
  besluitInleidingWijziging: ['{grondslagWijziging}'],
  ontzorgen: ['{startOntzorgen}', '{eindeOntzorgen}'],
  gevolgenNietMeedoen: ['{boeteBasis}'],
  // Wi 14 lid 1, 22 lid 1: the new term as a date, what to do if that date is impossible, and the boete.
  oproepVerplichting: ['{datumAfspraak}', '{telefoon}'],
  waarschuwing: ['{datumAfspraak}', '{boete}'],
  laatsteOproep: ['{datumAfspraak}'],
};

export const briefTekstenInvoer = briefTeksten.omit({ versie: true }).superRefine((teksten, ctx) => {
  for (const [veld, nodig] of Object.entries(VERPLICHTE_PLAATSHOUDERS) as [keyof BriefTeksten, string[]][]) {
    const waarde = teksten[veld as Exclude<keyof BriefTeksten, 'versie'>];
    for (const plaatshouder of nodig) {
      if (typeof waarde === 'string' && !waarde.includes(plaatshouder)) {
        ctx.addIssue({ code: 'custom', path: [veld], message: `Deze tekst moet ${plaatshouder} blijven bevatten.` });
      }
    }
  }
});
