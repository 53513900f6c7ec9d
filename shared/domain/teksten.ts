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
  termijnPip: tekst('Termijn PIP'),
  termijnWijziging: tekst('Termijn wijziging'),
  rechtsmiddelen: tekst('Rechtsmiddelen'),
  vragen: tekst('Vragen'),
  slot: tekst('Slot'),
  ontzorgen: tekst('Ontzorgen'),
  oproepInleiding: tekst('Inleiding oproep'),
  oproepVerplichting: tekst('Verplichting oproep'),
  waarschuwing: tekst('Waarschuwing'),
  motiveringBouwstenen: z.array(tekst('Bouwsteen motivering')).max(50),
});
export type BriefTeksten = z.infer<typeof briefTeksten>;

// Texts that carry legal content must keep their placeholders (Awb 3:45: who, within which term, where).
export const VERPLICHTE_PLAATSHOUDERS: Partial<Record<keyof BriefTeksten, string[]>> = {
  rechtsmiddelen: ['{gemeente}', '{bezwaaradres}', '{kenmerk}'],
  termijnPip: ['{termijnStart}', '{termijnEinde}'],
  termijnWijziging: ['{termijnEinde}'],
  inleidingWijziging: ['{vorigKenmerk}'],
  ontzorgen: ['{startBijstand}', '{eindeOntzorgen}'],
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
