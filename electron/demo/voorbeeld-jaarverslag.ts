import { MAP_THEMAS } from '../../shared/domain/pvt';
import type { Leerroute, PipFormulier } from '../../shared/domain/pip';
import { plusDagen } from '../../shared/rules/datum';
import type { Handlers } from '../handlers';
import { speelAf, verwacht, werkdagTot, type Klok, type Stap } from './stappen';
import type { TrajectDagen } from './voorbeeld-trajecten';

// The demo's jaarverslag (issue 13 item 8): first what a year of the regisseur's work leaves behind that the
// other demo steps do not make — cost entries and the SPUK, MAP eindgesprekken, the participatieladder —
// each through the real handlers on its own day, then the report of this year over the demo vault, written
// as jaarverslag-<jaar>.pdf (the raad report, small counts masked) and jaarverslag-<jaar>.xlsx (intern).

/** The first PIP of a demo dossier in another leerroute than B1, with the reasoning that route needs. */
export function metLeerroute(inhoud: PipFormulier, leerroute: Leerroute, asiel: boolean): PipFormulier {
  if (leerroute === 'z') {
    return {
      ...inhoud,
      leerroute: 'z',
      niveau: null,
      zRouteCursusuren: 800,
      zRouteParticipatieuren: asiel ? 800 : null,
      motivering:
        `De leerbaarheidstoets en het gesprek laten zien dat het examen B1 binnen drie jaar niet haalbaar is. U leert daarom in de Z-route Nederlands voor het dagelijks leven: 800 uur les${asiel ? ' en 800 uur meedoen in de buurt' : ''}.`,
      overwegingB1: 'De leerbaarheidstoets laat zien dat u het B1-examen binnen de termijn niet kunt halen.',
      overwegingZ: null,
    };
  }
  if (leerroute === 'onderwijs') {
    return {
      ...inhoud,
      leerroute: 'onderwijs',
      niveau: 'B1',
      mapIntensiteit: null,
      taalaanbieder: null,
      magOpleidingAfmaken: true,
      motivering:
        'U wilt een opleiding in de zorg volgen en u hebt in uw land de middelbare school afgemaakt. De leerbaarheidstoets is hoog. U volgt daarom de onderwijsroute: een taalschakeltraject en daarna het mbo.',
      overwegingB1: 'De B1-route past minder goed: u wilt studeren en de kans op een diploma is groot.',
      overwegingOnderwijs: null,
      overwegingZ: 'Niet nodig: de toets en het gesprek laten zien dat u het examen binnen de termijn kunt halen.',
    };
  }
  return inhoud;
}

/** A dossier of the demo with its PIP day (voorbeeld-trajecten.ts). */
export interface JaarverslagDossier {
  id: number;
  leerroute?: Leerroute;
  dagen: TrajectDagen;
}

const KOSTEN: { dagen: number; leverancier: string; component: 'leerroute_b1' | 'z_route' | 'onderwijsroute' | 'map' | 'pvt' | 'maatschappelijke_begeleiding' | 'tolken' | 'kinderopvang' | 'reiskosten'; euro: number; omschrijving: string }[] = [
  { dagen: -300, leverancier: 'Taalhuis Voorbeeldstad', component: 'leerroute_b1', euro: 18_450, omschrijving: 'B1-route, eerste kwartaal' },
  { dagen: -210, leverancier: 'Taalhuis Voorbeeldstad', component: 'leerroute_b1', euro: 21_300, omschrijving: 'B1-route, tweede kwartaal' },
  { dagen: -120, leverancier: 'Taalhuis Voorbeeldstad', component: 'leerroute_b1', euro: 24_900, omschrijving: 'B1-route, derde kwartaal' },
  { dagen: -40, leverancier: 'Taalhuis Voorbeeldstad', component: 'z_route', euro: 6_750, omschrijving: 'Z-route, start groep najaar' },
  { dagen: -35, leverancier: 'ROC Voorbeeldstad', component: 'onderwijsroute', euro: 4_800, omschrijving: 'Taalschakeltraject, eerste termijn' },
  { dagen: -150, leverancier: 'Stichting Samen Voorbeeldstad', component: 'pvt', euro: 3_200, omschrijving: 'Participatieverklaringstraject voorjaar' },
  { dagen: -30, leverancier: 'Stichting Samen Voorbeeldstad', component: 'pvt', euro: 2_900, omschrijving: 'Participatieverklaringstraject najaar' },
  { dagen: -28, leverancier: 'Stichting Samen Voorbeeldstad', component: 'map', euro: 4_150, omschrijving: 'MAP najaar, drie bijeenkomsten' },
  { dagen: -180, leverancier: 'Vluchtelingenwerk Voorbeeldstad', component: 'maatschappelijke_begeleiding', euro: 15_600, omschrijving: 'Begeleiding eerste halfjaar' },
  { dagen: -20, leverancier: 'Vluchtelingenwerk Voorbeeldstad', component: 'maatschappelijke_begeleiding', euro: 14_250, omschrijving: 'Begeleiding tweede halfjaar' },
  { dagen: -60, leverancier: 'Tolkencentrum Noord', component: 'tolken', euro: 1_840.5, omschrijving: 'Tolken bij intake en gesprekken' },
  { dagen: -45, leverancier: 'Kinderopvang De Dijk', component: 'kinderopvang', euro: 2_260, omschrijving: 'Opvang tijdens de lessen' },
  { dagen: -25, leverancier: 'Vervoersbedrijf Voorbeeldstad', component: 'reiskosten', euro: 612.4, omschrijving: 'Buskaarten naar de taalschool' },
];

const LADDER_TOELICHTING: Record<number, string> = {
  2: 'Heeft contact met de buren en gaat naar de moskee of de kerk.',
  3: 'Gaat elke week naar het taalcafé in de bibliotheek.',
  4: 'Vrijwilliger bij de voedselbank, één ochtend per week.',
};

/** Cost entries and the SPUK of this year, the MAP of two people, the ladder of the dossiers with a PIP. */
async function jaarVanDeRegisseur(handlers: Handlers, klok: Klok, vandaag: string, dossiers: readonly JaarverslagDossier[]): Promise<void> {
  const jaar = Number(vandaag.slice(0, 4));
  const inJaar = (datum: string) => (datum.startsWith(`${jaar}-`) ? datum : `${jaar}-01-05`);
  const stappen: Stap[] = [
    // The SPUK beschikking of SZW arrives early in the year.
    [werkdagTot(`${jaar}-02-13`), () => verwacht(handlers.spukOpslaan({ jaar, beschikkingCent: 165_000_00, beschikkingDatum: werkdagTot(`${jaar}-02-13`), vaststellingCent: null, vaststellingDatum: null }))],
    // Each invoice entered on the day it came in.
    ...KOSTEN.map((k): Stap => {
      const datum = werkdagTot(inJaar(plusDagen(vandaag, k.dagen)));
      return [datum, () => verwacht(handlers.kostenToevoegen({ datum, leverancier: k.leverancier, component: k.component, bedragCent: Math.round(k.euro * 100), omschrijving: k.omschrijving, inburgeraarId: null }))];
    }),
  ];
  // The ladder: the trede from the intake on the PIP day, a step up for some in the months after it.
  const metPip = dossiers.filter((d) => d.dagen.pip < vandaag);
  metPip.forEach((d, i) => {
    const begin = i % 3 === 0 ? 1 : 2;
    stappen.push([d.dagen.pip, () => verwacht(handlers.participatieladderVastleggen({ inburgeraarId: d.id, trede: begin, datum: d.dagen.pip, toelichting: begin === 1 ? 'Komt weinig buiten de deur.' : LADDER_TOELICHTING[2]! }))]);
    const later = werkdagTot(plusDagen(vandaag, -3 - i));
    if (i % 2 === 0 && later > d.dagen.pip) {
      const trede = Math.min(4, begin + 1 + (i % 4 === 0 ? 1 : 0));
      stappen.push([later, () => verwacht(handlers.participatieladderVastleggen({ inburgeraarId: d.id, trede, datum: later, toelichting: LADDER_TOELICHTING[trede]! }))]);
    }
  });
  // The MAP (Besluit 3.2): an intensive module of eight themes, ended with the eindgesprek, for two B1 and
  // Z-route dossiers with the longest time since their PIP (never the onderwijsroute: Wi 6 lid 6).
  const mapKandidaten = [...metPip].filter((d) => d.leerroute !== 'onderwijs' && d.dagen.lessen !== null).sort((a, b) => a.dagen.pip.localeCompare(b.dagen.pip));
  for (const d of mapKandidaten.slice(0, 2)) {
    const eindgesprek = werkdagTot(plusDagen(vandaag, -4));
    if (eindgesprek <= plusDagen(d.dagen.pip, 28)) continue;
    const themas = MAP_THEMAS.map((thema) => ({ thema, status: 'afgerond' as const, uren: 6, aanbieder: 'Stichting Samen Voorbeeldstad' }));
    stappen.push([
      eindgesprek,
      async () => {
        await verwacht(handlers.mapOpslaan({ inburgeraarId: d.id, themas, eindgesprek }));
        // Wi 34: the MAP reported to DUO the same week.
        const { velden } = await verwacht(handlers.duoMeldingenDossier({ inburgeraarId: d.id }));
        const items = velden.filter((v) => v.status === 'nog_te_melden').map((v) => ({ inburgeraarId: d.id, veld: v.veld }));
        if (items.length > 0) await verwacht(handlers.duoGemeldMarkeren({ items, gemeldOp: eindgesprek }));
      },
    ]);
  }
  await speelAf(klok, stappen);
  klok.zet(vandaag);
}

export async function voorbeeldJaarverslag(handlers: Handlers, klok: Klok, vandaag: string, dossiers: readonly JaarverslagDossier[] = []): Promise<void> {
  await jaarVanDeRegisseur(handlers, klok, vandaag, dossiers);
  klok.zet(vandaag);
  const jaar = Number(vandaag.slice(0, 4));
  const { taakId } = await verwacht(handlers.jaarverslagStarten({ jaar }));
  for (;;) {
    const stand = await verwacht(handlers.taakStatus({ taakId }));
    if (stand.status === 'klaar') break;
    if (stand.status !== 'bezig') throw new Error(stand.fout ?? 'Het jaarverslag kon niet worden gemaakt.');
    await new Promise((klaar) => setTimeout(klaar, 20));
  }
  await verwacht(handlers.jaarverslagOpslaanXlsx({ taakId }));
  await verwacht(handlers.jaarverslagOpslaanPdf({ taakId }));
}
