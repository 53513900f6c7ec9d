import { z } from 'zod';

// Standard texts of letters and beschikkingen. Placeholders in {accolades} are filled in by Koers.
const tekst = (label: string) => z.string().trim().min(1, `${label} mag niet leeg zijn.`).max(3000, `${label} is te lang.`);

// Handhaving and ontheffing (Wi 14 lid 6, 22, 23; Awb 4:8, 4:87, 5:9). A version saved before these texts
// existed still parses: it gets the shipped default (the same text as resources/templates/beschikking).
const HANDHAVING_STANDAARD = {
  onderwerpZienswijze: 'Wij zijn van plan u een boete te geven',
  zienswijzeInleiding: 'Wij zijn van plan u een bestuurlijke boete van {boete} te geven. Een bestuurlijke boete is een straf: u moet dan dat bedrag betalen. In deze brief leest u waarom. Voordat wij beslissen, mag u ons vertellen wat u ervan vindt. Dat heet een zienswijze (artikel 4:8 Algemene wet bestuursrecht).',
  zienswijzeHoe: 'Vertel ons uiterlijk op {zienswijzeUiterlijk} wat u ervan vindt. Dat kan op twee manieren.\nSchrijf ons een brief. Stuur die naar de gemeente {gemeente}, {adres}. Noem daarin het kenmerk {kenmerk}.\nOf vertel het ons in een gesprek. Bel dan uiterlijk op {zienswijzeUiterlijk} met {behandelaar} via {telefoon} voor een afspraak. U mag iemand meenemen. Hebt u een tolk nodig? Zeg dat dan.\nVertel ons ook of er iets bijzonders was, bijvoorbeeld dat u ziek was. Stuur bewijs mee als u dat hebt. Daar houden wij rekening mee.',
  zienswijzeGeenBesluit: 'Deze brief is nog geen besluit. U kunt daarom nu nog geen bezwaar maken. Wij beslissen pas na {zienswijzeUiterlijk}, of eerder als wij uw zienswijze al hebben. Over ons besluit krijgt u een nieuwe brief. Tegen dat besluit kunt u wel bezwaar maken.',
  onderwerpBoeteWi22: 'Besluit bestuurlijke boete brede intake',
  boeteWi22Besluit: 'Wij geven u een bestuurlijke boete van {boete}. Dat is ons besluit. De reden: {overtreding} Zo hebt u niet gedaan wat artikel 14 lid 1 Wet inburgering 2021 van u vraagt. Dan moeten wij u deze boete geven (artikel 22 lid 1 Wet inburgering 2021 en artikel 7.1 lid 1 Besluit inburgering 2021).',
  boeteWi22NieuweTermijn: 'U moet alsnog meedoen aan de brede intake. Daarom krijgt u een nieuwe afspraak: op {datumAfspraak}, {tijdEnPlaats}. Dat is uw nieuwe termijn. De wet zegt dat die termijn hoogstens twee maanden mag zijn (artikel 22 lid 2 Wet inburgering 2021). Uw termijn eindigt dus op {datumAfspraak}.\nKomt u op {datumAfspraak} weer niet? Of werkt u weer niet genoeg mee? Dan moeten wij u opnieuw een boete van {boete} geven (artikel 22 lid 3 Wet inburgering 2021).',
  onderwerpBoeteWi23: 'Besluit bestuurlijke boete inburgering',
  boeteWi23Besluit: 'Wij geven u een bestuurlijke boete van {boete}. Dat is ons besluit. De reden: {gedraging} Dat vraagt uw persoonlijk plan inburgering en participatie (PIP) wel van u. U moest {plicht}. Dat staat in {artikelPlicht} Wet inburgering 2021. Doet u dat niet, dan kunnen wij u een boete geven (artikel 23 Wet inburgering 2021 en artikel 7.1 Besluit inburgering 2021).',
  boeteBetalen: 'Betaal {boete} uiterlijk op {betaalUiterlijk}. Dat is zes weken na de datum van deze brief (artikel 4:87 Algemene wet bestuursrecht). Maak het geld over naar rekening {rekeningnummer} van de gemeente {gemeente}. Zet bij de omschrijving het betalingskenmerk {betalingskenmerk}.\nKunt u niet in één keer betalen? Bel dan {behandelaar} via {telefoon}. Misschien kunt u in delen betalen.',
  onderwerpOntheffing: 'Besluit ontheffing leerbaarheidstoets',
  ontheffingBesluit: 'Wij geven u ontheffing van de leerbaarheidstoets. Ontheffing betekent: u hoeft deze toets niet te doen. Dat is ons besluit (artikel 14 lid 6 Wet inburgering 2021). Dit besluit geldt vanaf {dagtekening}.',
  ontheffingGevolg: 'De brede intake gaat wel door. De leerbaarheidstoets laat normaal zien hoe snel u Nederlands kunt leren. Zonder toets kijken wij op een andere manier welke leerroute bij u past: in gesprekken met u en met de informatie die u ons hebt gegeven. Dat leggen wij vast in uw persoonlijk plan inburgering en participatie (PIP).',
} as const;

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
  onderwerpZienswijze: tekst('Onderwerp zienswijze').default(HANDHAVING_STANDAARD.onderwerpZienswijze),
  zienswijzeInleiding: tekst('Zienswijze: inleiding').default(HANDHAVING_STANDAARD.zienswijzeInleiding),
  zienswijzeHoe: tekst('Zienswijze: hoe reageren').default(HANDHAVING_STANDAARD.zienswijzeHoe),
  zienswijzeGeenBesluit: tekst('Zienswijze: nog geen besluit').default(HANDHAVING_STANDAARD.zienswijzeGeenBesluit),
  onderwerpBoeteWi22: tekst('Onderwerp boete brede intake').default(HANDHAVING_STANDAARD.onderwerpBoeteWi22),
  boeteWi22Besluit: tekst('Besluit boete brede intake').default(HANDHAVING_STANDAARD.boeteWi22Besluit),
  boeteWi22NieuweTermijn: tekst('Nieuwe termijn brede intake').default(HANDHAVING_STANDAARD.boeteWi22NieuweTermijn),
  onderwerpBoeteWi23: tekst('Onderwerp boete inburgering').default(HANDHAVING_STANDAARD.onderwerpBoeteWi23),
  boeteWi23Besluit: tekst('Besluit boete inburgering').default(HANDHAVING_STANDAARD.boeteWi23Besluit),
  boeteBetalen: tekst('Boete betalen').default(HANDHAVING_STANDAARD.boeteBetalen),
  onderwerpOntheffing: tekst('Onderwerp ontheffing').default(HANDHAVING_STANDAARD.onderwerpOntheffing),
  ontheffingBesluit: tekst('Besluit ontheffing').default(HANDHAVING_STANDAARD.ontheffingBesluit),
  ontheffingGevolg: tekst('Gevolg ontheffing').default(HANDHAVING_STANDAARD.ontheffingGevolg),
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
  // Awb 4:8, 4:87, 5:9; Wi 22 lid 2: the amount, the reason, the dates and where to pay stay in the letter.
  zienswijzeInleiding: ['{boete}'],
  zienswijzeHoe: ['{zienswijzeUiterlijk}', '{telefoon}'],
  boeteWi22Besluit: ['{boete}', '{overtreding}'],
  boeteWi22NieuweTermijn: ['{datumAfspraak}'],
  boeteWi23Besluit: ['{boete}', '{plicht}'],
  boeteBetalen: ['{betaalUiterlijk}', '{betalingskenmerk}', '{rekeningnummer}'],
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
