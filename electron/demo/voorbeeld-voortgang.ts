import { VASTE_LASTEN_56A, type BegeleidingOnderdeel } from '../../shared/domain/begeleiding';
import { laatsteDagVanTermijn, plusDagen } from '../../shared/rules/datum';
import { ontzorgenEinde } from '../../shared/rules/termijnen';
import type { Handlers } from '../handlers';
import type { PipHistorie } from './voorbeeld-pip';
import { speelAf, verwacht, werkdagTot, werkdagVanaf, type Klok, type Stap } from './stappen';

// Selam Tesfamariam's year between her PIP and the wijziging, each step on its own day: the PIP facts reported
// to DUO, maatschappelijke begeleiding from her BRP day (Wi 13 lid 3) finished after a year, financieel
// ontzorgen for the six months of Pw 56a lid 2 with its uitstroomgesprek, the lessons (640 NT2 hours, 94 %
// attendance, as the wijziging says), two B1 exams for lezen and schrijven, the voortgangsgesprekken every six
// months that the PIP set (Besluit 5.3 lid 4), and her steps on the participatieladder.

const TAALSCHOOL = 'Taalhuis Voorbeeldstad';
const BEGELEIDER = 'Stichting Samen Voorbeeldstad';

/** Begeleiding items, in days after the BRP inschrijving. */
const BEGELEIDING_GEDAAN: [BegeleidingOnderdeel, number][] = [
  ['hulp_wonen', 0],
  ['hulp_inkomen', 1],
  ['hulp_huur', 2],
  ['hulp_bank', 3],
  ['hulp_zorg', 8],
  ['hulp_verzekeringen', 10],
  ['hulp_woonomgeving', 14],
  ['hulp_onderwijs', 20],
  ['voorlichting_wonen', 21],
  ['voorlichting_inkomen', 21],
  ['voorlichting_zorg', 28],
  ['voorlichting_onderwijs', 28],
  ['voorlichting_opvoeding', 35],
  ['voorlichting_organisaties', 42],
  ['start_inburgering', 45],
  ['hulp_werk', 90],
  ['voorlichting_werk', 90],
  ['participatie', 140],
];

/** The items done by `tot`, each on its own weekday from `start`. */
export function begeleidingGedaan(start: string, tot: string, onderdelen = BEGELEIDING_GEDAAN): Partial<Record<BegeleidingOnderdeel, string>> {
  return Object.fromEntries(onderdelen.map(([code, dagen]) => [code, dagen === 0 ? start : werkdagVanaf(plusDagen(start, dagen))] as const).filter(([, datum]) => datum <= tot));
}

/** NT2 periods as Taalhuis reports them, in days after the PIP: 680 hours offered, 640 followed. */
const PERIODES = [
  { van: 15, tot: 150, urenAangeboden: 190, urenGevolgd: 178, verzuimGeoorloofd: 9, verzuimOngeoorloofd: 3 },
  { van: 151, tot: 330, urenAangeboden: 250, urenGevolgd: 236, verzuimGeoorloofd: 10, verzuimOngeoorloofd: 4 },
  { van: 331, tot: 483, urenAangeboden: 240, urenGevolgd: 226, verzuimGeoorloofd: 13, verzuimOngeoorloofd: 1 },
] as const;

/** The year between the PIP and the wijziging; every day lies before `vandaag`. */
export async function selamsJaar(handlers: Handlers, klok: Klok, { id, inschrijvingBrp: brp, intake, pip }: PipHistorie): Promise<void> {
  const naPip = (dagen: number) => werkdagTot(plusDagen(pip, dagen));
  const inburgeraarId = id;
  const einde = ontzorgenEinde(brp);
  const uitstroomgesprek = werkdagTot(plusDagen(einde, -20));
  const begeleidingEinde = laatsteDagVanTermijn(brp, 12);
  const ontzorgenToelichting = 'De vaste lasten worden ingehouden op de bijstand en betaald aan de verhuurder, het energiebedrijf, het waterbedrijf en de zorgverzekeraar.';
  // The five vaste lasten of Pw 56a lid 2, for the legal minimum of six months (einde empty).
  const ontzorgen = (gesprek: string | null, toelichting: string) =>
    verwacht(handlers.ontzorgenOpslaan({ inburgeraarId, startBijstand: brp, vasteLasten: [...VASTE_LASTEN_56A], einde: null, uitstroomgesprek: gesprek, toelichting }));
  const begeleiding = (tot: string) => verwacht(handlers.begeleidingOpslaan({ inburgeraarId, start: brp, geplandEinde: begeleidingEinde, uitvoerder: BEGELEIDER, onderdelen: begeleidingGedaan(brp, tot) }));
  const gesprek = async (gehouden: string, verslag: string) => {
    const { id: gesprekId } = await verwacht(handlers.voortgangsgesprekPlannen({ inburgeraarId, gepland: gehouden, tijd: '10:00', metTolk: true }));
    return { gesprekId, gehouden, verslag };
  };
  const gesprekken: { gesprekId: number; gehouden: string; verslag: string }[] = [];
  const examen = (onderdeel: 'lezen' | 'schrijven' | 'knm', datum: string, behaald: boolean) =>
    verwacht(handlers.examenresultaatOpslaan({ inburgeraarId, onderdeel, niveau: onderdeel === 'knm' ? null : 'B1', datum, behaald }));

  await speelAf(klok, [
    // Begeleiding from the BRP day; the first items on the day of the keys, the rest in the first months.
    [werkdagTot(plusDagen(brp, 3)), () => begeleiding(werkdagTot(plusDagen(brp, 3)))],
    [werkdagTot(plusDagen(brp, 150)), () => begeleiding(werkdagTot(plusDagen(brp, 150)))],
    [werkdagTot(begeleidingEinde), () => verwacht(handlers.begeleidingAfronden({ inburgeraarId, datum: werkdagTot(begeleidingEinde) }))],
    [intake, () => verwacht(handlers.participatieladderVastleggen({ inburgeraarId, trede: 2, datum: intake, toelichting: 'Contact met de buren en met de kerk.' }))],
    // Pw 56a: ontzorgen from the PIP on, for the six months from the start of bijstand; the uitstroomgesprek in the last four weeks.
    [pip, () => ontzorgen(null, ontzorgenToelichting)],
    [uitstroomgesprek, () => ontzorgen(uitstroomgesprek, `${ontzorgenToelichting} Uitstroomgesprek met tolk: zij betaalt de vaste lasten daarna zelf, met automatische incasso.`)],
    // Wi 34: the PIP facts in DUO's portal within two weeks.
    [
      naPip(8),
      async () => {
        const { velden } = await verwacht(handlers.duoMeldingenDossier({ inburgeraarId }));
        const items = velden.filter((v) => v.status === 'nog_te_melden').map((v) => ({ inburgeraarId, veld: v.veld }));
        if (items.length > 0) await verwacht(handlers.duoGemeldMarkeren({ items, gemeldOp: naPip(8) }));
      },
    ],
    [naPip(15), () => verwacht(handlers.inburgeraarStatusWijzigen({ id, status: 'in_traject', datum: naPip(15), reden: 'Gestart met de lessen bij de taalschool.', nieuweGemeente: null }))],
    ...PERIODES.map(
      (p): Stap => [naPip(p.tot + 2), () => verwacht(handlers.leerroutePeriodeOpslaan({ inburgeraarId, id: null, soort: 'nt2', aanbieder: TAALSCHOOL, ...p, van: werkdagVanaf(plusDagen(pip, p.van)), tot: naPip(p.tot) }))],
    ),
    [
      naPip(243),
      () =>
        verwacht(
          handlers.leerroutePeriodeOpslaan({ inburgeraarId, id: null, soort: 'knm', aanbieder: TAALSCHOOL, van: naPip(60), tot: naPip(240), urenAangeboden: 60, urenGevolgd: 56, verzuimGeoorloofd: 4, verzuimOngeoorloofd: 0 }),
        ),
    ],
    [naPip(120), () => verwacht(handlers.participatieladderVastleggen({ inburgeraarId, trede: 3, datum: naPip(120), toelichting: 'Gaat elke week naar het taalcafé in de bibliotheek.' }))],
    [naPip(390), () => verwacht(handlers.participatieladderVastleggen({ inburgeraarId, trede: 4, datum: naPip(390), toelichting: 'Vrijwilliger bij de kledingbank, twee ochtenden per week.' }))],
    // Besluit 5.3 lid 4: a gesprek every six months, each planned two weeks ahead.
    [naPip(167), async () => gesprekken.push(await gesprek(naPip(181), 'Lessen gaan goed; zij is er bijna altijd. Spreken en luisteren gaan vooruit, lezen en schrijven kosten meer moeite. Afgesproken: thuis extra oefenen met de lesstof.'))],
    [naPip(350), async () => gesprekken.push(await gesprek(naPip(365), 'De examens lezen en schrijven op B1 zijn niet gehaald; KNM volgt. De docent ziet vooruitgang bij luisteren en spreken. Afgesproken: lezen en schrijven nog één keer proberen, daarna bespreken of afschalen nodig is.'))],
    [naPip(181), () => verwacht(handlers.voortgangsgesprekVastleggen({ inburgeraarId, ...gesprekken[0]! }))],
    [naPip(365), () => verwacht(handlers.voortgangsgesprekVastleggen({ inburgeraarId, ...gesprekken[1]! }))],
    // The exams, each result entered when the uitslag came, two weeks later.
    [naPip(314), () => examen('lezen', naPip(300), false).then(() => examen('schrijven', naPip(300), false))],
    [naPip(394), () => examen('knm', naPip(380), true)],
    [naPip(444), () => examen('lezen', naPip(430), false).then(() => examen('schrijven', naPip(430), false))],
    [
      naPip(480),
      () =>
        verwacht(
          handlers.journaalNotitieToevoegen({
            inburgeraarId,
            datum: naPip(480),
            soort: 'gesprek',
            metTolk: true,
            tekst: 'Gesprek met tolk Tigrinya over de uitslagen van lezen en schrijven. Besproken dat de gemeente het niveau voor die twee onderdelen naar A2 kan verlagen; zij wil dat graag. Beschikking volgt.',
          }),
        ),
    ],
  ]);
}

/** After the wijziging: the next voortgangsgesprek, next week, to go through the new plan with a tolk. */
export async function selamsVolgendeGesprek(handlers: Handlers, klok: Klok, id: number, vandaag: string): Promise<void> {
  klok.zet(vandaag);
  await verwacht(handlers.voortgangsgesprekPlannen({ inburgeraarId: id, gepland: werkdagVanaf(plusDagen(werkdagVanaf(vandaag), 3)), tijd: '10:30', metTolk: true }));
}
