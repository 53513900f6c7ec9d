import {
  EXAMENONDERDELEN,
  LEERROUTE_LABELS,
  LEERROUTES,
  type Leerroute,
  type NiveauPerOnderdeel,
  type PipInhoud,
  type PipNiveau,
  type WijzigingReden,
} from '../domain/pip';
import { datumLang } from '../format';
import { plusDagen } from './datum';
import { heeftVerblijfsvergunningAsiel, isAsielgroep, type Doelgroep, type DuoDoelgroepcode } from './doelgroep';
import type { Bevinding } from './intake';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapVanToepassing } from './pvt';
import { ontzorgenEinde, ontzorgenPeriode, schakelenUiterlijk } from './termijnen';

export type { Bevinding } from './intake';

/** What the intake found about the onderwijsroute question (Wi 8 lid 1; ABRvS 2024:5413). */
export interface OnderwijsUitIntake {
  jarenOnderwijs: number | null;
  wilStuderen: 'ja' | 'nee' | 'weet_niet' | null;
  groteKansOpDiploma: 'ja' | 'nee' | 'twijfel' | null;
}

/** A termijn that already runs because of an earlier gemeente (Wi 11 lid 3 sub b; Wi 15 lid 4). */
export interface EerdereGemeente {
  termijnStart: string;
  leerroute: Leerroute | null;
  niveaus: NiveauPerOnderdeel | null;
}

export interface PipContext {
  doelgroep: Doelgroep;
  doelgroepcode: DuoDoelgroepcode;
  /** The version this one changes; absent for the first PIP. */
  vorige?: (Pick<PipInhoud, 'leerroute' | 'niveau'> & { niveauPerOnderdeel?: NiveauPerOnderdeel | null }) | undefined;
  wijzigingReden?: WijzigingReden | null | undefined;
  intake?: OnderwijsUitIntake | undefined;
  eerdereGemeente?: EerdereGemeente | null | undefined;
  /** Set when vaststellen: completeness and date rules apply then, consistency rules always. */
  vaststellen?: {
    dagtekening: string;
    /** Today in the Netherlands: a beschikking is never dated in the past (Awb 3:40). */
    vandaag: string;
    intakeAfgerond: boolean;
    intakeAfgerondOp?: string | null | undefined;
    kennisgevingDuo: string | null;
    termijnStart: string | null;
    /** Besluit 5.3 lid 1: the last day for the first PIP. */
    pipUiterlijk?: string | null | undefined;
  };
}

export const AFSCHALEN_UREN = 600;
/** Besluit 3.14 lid 2: the Z-route norm in cursusuren and (asiel group) participatie-uren. */
export const Z_ROUTE_CURSUSUREN = 800;
export const Z_ROUTE_PARTICIPATIEUREN = 800;
/** Plausibility, not law: more lesson hours than this per week cannot have been followed (Awb 3:2). */
const HOOGSTENS_UREN_PER_WEEK = 40;
/** The months of a full inburgeringstermijn (Wi 11 lid 1). */
const TERMIJN_MAANDEN = 36;
/** Besluit 5.3 lid 2: after the information of a derde arrives, the PIP follows within two weeks. */
const DAGEN_NA_DERDE = 14;
/** The dagtekening may be the planned day of sending, at most two weeks ahead. */
export const DAGTEKENING_HOOGSTENS_DAGEN_VOORUIT = 14;

const naam = (route: Leerroute) => LEERROUTE_LABELS[route];

/** The level per exam part of a B1-route plan: the stored parts, or `niveau` for every part. */
export function niveausVan(pip: Pick<PipInhoud, 'leerroute' | 'niveau'> & { niveauPerOnderdeel?: NiveauPerOnderdeel | null }): NiveauPerOnderdeel | null {
  if (pip.leerroute !== 'b1') return null;
  if (pip.niveauPerOnderdeel) return pip.niveauPerOnderdeel;
  if (!pip.niveau) return null;
  return { lezen: pip.niveau, luisteren: pip.niveau, schrijven: pip.niveau, spreken: pip.niveau };
}

/** Exam parts set at A2 (Wi 17 lid 3); KNM has no level and stays. */
export function onderdelenOpA2(niveaus: NiveauPerOnderdeel | null): (typeof EXAMENONDERDELEN)[number][] {
  return niveaus ? EXAMENONDERDELEN.filter((o) => niveaus[o] === 'A2') : [];
}

/** DUO registers one level: A2 as soon as one part is A2. */
export function totaalNiveau(niveaus: NiveauPerOnderdeel): PipNiveau {
  return onderdelenOpA2(niveaus).length > 0 ? 'A2' : 'B1';
}

// Phrases that deny what the intake recorded (ABRvS 2024:5413: the motivering must follow the intake).
const GEEN_VOOROPLEIDING = /geen\s+(passende\s+)?vooropleiding|vooropleiding\s+ontbreekt|ontbreekt\s+een\s+vooropleiding|zonder\s+vooropleiding/i;
const WIL_NIET_STUDEREN = /wil\s+niet\s+studeren|niet\s+wil\s+studeren|geen\s+studiewens/i;
const GEEN_KANS = /geen\s+(grote\s+)?kans|kans\s+is\s+klein|weinig\s+kans/i;

/** Where a reason for not choosing the onderwijsroute contradicts the intake. */
export function tegenspraakMetIntake(overweging: string | null, intake: OnderwijsUitIntake | undefined): string[] {
  if (!overweging || !intake) return [];
  const uit: string[] = [];
  if ((intake.jarenOnderwijs ?? 0) >= 12 && GEEN_VOOROPLEIDING.test(overweging)) {
    uit.push(`de intake noemt ${intake.jarenOnderwijs} jaar onderwijs, maar de overweging zegt dat een vooropleiding ontbreekt`);
  }
  if (intake.wilStuderen === 'ja' && WIL_NIET_STUDEREN.test(overweging)) uit.push('de intake zegt dat de inburgeraar wil studeren');
  if (intake.groteKansOpDiploma === 'ja' && GEEN_KANS.test(overweging)) uit.push('de intake ziet een grote kans op een diploma');
  return uit;
}

/** Every rule the PIP breaks, each with its article. An empty list means: this may be saved or set. */
export function controleerPip(pip: PipInhoud, context: PipContext): Bevinding[] {
  const uit: Bevinding[] = [];
  const regel = (geschonden: boolean, naamRegel: string, artikel: string, melding: string) => {
    if (geschonden) uit.push({ regel: naamRegel, artikel, melding });
  };
  const asiel = isAsielgroep(context.doelgroep);
  const route = pip.leerroute;
  const niveaus = niveausVan(pip);
  const eerder = context.eerdereGemeente ?? null;
  const eerderA2 = onderdelenOpA2(eerder?.niveaus ?? null).length > 0;

  // Consistency: always.
  regel(route === 'onderwijs' && pip.niveau === 'A2', 'onderwijsroute-a2', 'art. 8 en art. 17 lid 3 Wi 2021 (DUO-validatie)', 'Het niveau A2 kan niet in de onderwijsroute.');
  regel(route === 'z' && pip.niveau === 'B1', 'z-route-b1', 'art. 9 Wi 2021 (DUO-validatie)', 'De Z-route heeft geen niveau B1; laat het niveau leeg of kies A2 voor facultatieve examens (art. 3.14 lid 7 Besluit).');
  regel(route !== 'b1' && !!pip.niveauPerOnderdeel, 'niveau-per-onderdeel-b1', 'art. 7 lid 2 en art. 17 lid 3 Wi 2021', 'Een niveau per examenonderdeel hoort alleen bij de B1-route.');
  regel(
    route === 'b1' && !!pip.niveauPerOnderdeel && !!pip.niveau && totaalNiveau(pip.niveauPerOnderdeel) !== pip.niveau,
    'niveau-per-onderdeel-totaal',
    'art. 17 lid 3 Wi 2021 (DUO-registratie)',
    'Het niveau klopt niet met de onderdelen: kies A2 als minstens één onderdeel A2 is, anders B1.',
  );
  regel(
    route === 'b1' && onderdelenOpA2(niveaus).length > 0 && !context.vorige && !eerderA2,
    'a2-eerste-pip',
    'art. 17 lid 3 Wi 2021 (DUO-validatie)',
    'In een eerste PIP is het niveau in de B1-route B1. A2 kan pas na afschalen, met een wijziging van het PIP (of na een verhuizing, als de vorige gemeente al had afgeschaald).',
  );
  regel(!mapVanToepassing(route) && !!pip.mapIntensiteit, MAP_NIET_IN_ONDERWIJSROUTE.regel, MAP_NIET_IN_ONDERWIJSROUTE.artikel, `${MAP_NIET_IN_ONDERWIJSROUTE.melding} Laat de intensiteit van de MAP leeg.`);
  regel(
    !asiel && (pip.geschatteIntensiteitUren !== null || pip.intensiteitUrenPerWeek !== null),
    'intensiteit-alleen-asiel',
    'art. 15 lid 2 Wi 2021',
    'De intensiteit van de leerroute stelt het college alleen vast voor asielstatushouders en hun gezinsleden.',
  );
  regel(!asiel && !!pip.maatschappelijkeBegeleiding, 'begeleiding-alleen-asiel', 'art. 13 Wi 2021', 'Maatschappelijke begeleiding is er alleen voor asielstatushouders en hun gezinsleden.');
  regel(
    pip.ontzorgen && !heeftVerblijfsvergunningAsiel(context.doelgroepcode),
    'ontzorgen-alleen-vbv-asiel',
    'art. 56a lid 1 Participatiewet',
    'Financieel ontzorgen geldt alleen voor wie een verblijfsvergunning asiel heeft (niet voor gezinsleden met een reguliere vergunning).',
  );
  // Besluit 3.14 lid 2: 800 cursusuren, and for the asiel group also 800 participatie-uren; lower only for a recorded impairment.
  if (route === 'z') {
    const lagereNorm = pip.zRouteLagereNorm !== 'geen';
    regel(lagereNorm && !pip.zRouteLagereNormToelichting, 'z-route-lagere-norm-toelichting', 'art. 3.14 lid 2 Besluit inburgering 2021', 'Leg vast welke visuele of auditieve beperking de lagere norm nodig maakt.');
    regel(
      !lagereNorm && pip.zRouteCursusuren !== null && pip.zRouteCursusuren < Z_ROUTE_CURSUSUREN,
      'z-route-cursusuren',
      'art. 3.14 lid 2 Besluit inburgering 2021',
      `De Z-route heeft ten minste ${Z_ROUTE_CURSUSUREN} cursusuren. Minder kan alleen bij een visuele of auditieve beperking.`,
    );
    regel(
      asiel && !lagereNorm && pip.zRouteParticipatieuren !== null && pip.zRouteParticipatieuren < Z_ROUTE_PARTICIPATIEUREN,
      'z-route-participatieuren',
      'art. 3.14 lid 2 Besluit inburgering 2021',
      `De Z-route heeft voor asielstatushouders ten minste ${Z_ROUTE_PARTICIPATIEUREN} uur aan activiteiten voor participatie. Minder kan alleen bij een visuele of auditieve beperking.`,
    );
  }

  // A termijn that already runs from an earlier gemeente keeps its leerroute and level (Wi 15 lid 4; Besluit 5.3 lid 3).
  if (eerder && !context.vorige) {
    regel(
      !!route && !!eerder.leerroute && route !== eerder.leerroute,
      'verhuizing-zelfde-leerroute',
      'art. 15 lid 4 Wi 2021; art. 5.3 lid 3 Besluit inburgering 2021',
      `Na een verhuizing blijft de leerroute dezelfde: de ${naam(eerder.leerroute ?? 'b1')}.`,
    );
    const eerdereNiveaus = eerder.niveaus;
    regel(
      route === 'b1' && !!eerdereNiveaus && !!niveaus && EXAMENONDERDELEN.some((o) => eerdereNiveaus[o] !== niveaus[o]),
      'verhuizing-zelfde-niveau',
      'art. 15 lid 4 Wi 2021; art. 5.3 lid 3 Besluit inburgering 2021',
      'Na een verhuizing blijft het niveau per examenonderdeel zoals de vorige gemeente het vaststelde (ook A2 na afschalen).',
    );
  }

  // Wijziging (Wi 17; Besluit 5.3 lid 5–6, 5.4, 5.5): every wijziging carries its own reasoning.
  const vast = context.vaststellen;
  if (context.vorige) {
    const w = pip.wijziging;
    const reden = context.wijzigingReden;
    const routeGewijzigd = !!context.vorige.leerroute && route !== context.vorige.leerroute;
    regel(
      reden === 'verhuizing' && routeGewijzigd,
      'verhuizing-zelfde-leerroute',
      'art. 15 lid 4 Wi 2021; art. 5.3 lid 3 Besluit inburgering 2021',
      'Na een verhuizing blijft de leerroute dezelfde; alleen de andere onderdelen kunnen veranderen.',
    );
    regel(
      routeGewijzigd && reden !== 'schakelen' && reden !== 'verhuizing',
      'schakelen-als-reden',
      'art. 17 lid 2 Wi 2021',
      'Een andere leerroute is schakelen: kies "schakelen" als reden van de wijziging.',
    );
    const vorigeA2 = new Set(onderdelenOpA2(niveausVan(context.vorige)));
    const naarA2 = onderdelenOpA2(niveaus).filter((o) => !vorigeA2.has(o));
    const afgeschaald = route === 'b1' && context.vorige.leerroute === 'b1' && naarA2.length > 0;
    regel(afgeschaald && reden !== 'afschalen', 'a2-alleen-na-afschalen', 'art. 17 lid 3 Wi 2021', 'Van B1 naar A2 is afschalen: kies "afschalen" als reden.');
    if (reden === 'afschalen') {
      regel(route !== 'b1', 'afschalen-alleen-b1', 'art. 17 lid 3 Wi 2021', 'Afschalen naar A2 kan alleen binnen de B1-route.');
      regel(route === 'b1' && naarA2.length === 0, 'afschalen-onderdeel', 'art. 17 lid 3 Wi 2021', 'Kies per examenonderdeel welk onderdeel naar A2 gaat.');
      regel(
        (w.urenNt2NaPip ?? 0) < AFSCHALEN_UREN,
        'afschalen-600-uur',
        'art. 17 lid 3 Wi 2021; art. 5.5 lid 1 en art. 5.3 lid 5 Besluit inburgering 2021',
        `Afschalen kan pas na aanzienlijke inspanningen: ten minste ${AFSCHALEN_UREN} uur NT2-onderwijs, gevolgd ná het eerste PIP. Vul de uren in.`,
      );
      regel(
        !w.urenBijErkendeInstelling,
        'afschalen-erkende-instelling',
        'art. 5.5 lid 1 Besluit inburgering 2021',
        'De 600 uur tellen alleen als ze zijn gevolgd bij een instelling met een keurmerk of een erkende instelling. Bevestig dat.',
      );
      regel(!w.inspanningen, 'afschalen-inspanningen', 'art. 17 lid 3 Wi 2021; art. 5.3 lid 6 Besluit inburgering 2021', 'Beschrijf de aanzienlijke inspanningen: aanwezigheid in de lessen en examenpogingen.');
      regel(!w.feiten, 'afschalen-feiten', 'art. 17 lid 3 Wi 2021; art. 3:46 Awb', 'Beschrijf de feiten waaruit blijkt dat B1 voor deze onderdelen niet haalbaar is.');
    }
    if (reden === 'afschalen' && vast?.termijnStart && w.urenNt2NaPip !== null) {
      const weken = Math.max(0, Math.floor((Date.parse(vast.dagtekening) - Date.parse(vast.termijnStart)) / (7 * 86_400_000)));
      regel(
        w.urenNt2NaPip > weken * HOOGSTENS_UREN_PER_WEEK,
        'afschalen-uren-onmogelijk',
        'art. 3:2 Awb',
        `Sinds de start van de termijn (${datumLang(vast.termijnStart)}) zijn ${weken} weken voorbij. ${w.urenNt2NaPip} uur les past daar niet in (hoogstens ${HOOGSTENS_UREN_PER_WEEK} uur per week). Controleer de uren.`,
      );
    }
    if (reden === 'schakelen') {
      regel(!routeGewijzigd, 'schakelen-andere-route', 'art. 17 lid 2 Wi 2021', 'Bij schakelen kiest u een andere leerroute.');
      regel(!w.voortgang, 'schakelen-voortgang', 'art. 17 lid 2 Wi 2021', 'Geef aan of de voortgang onvoldoende is of groter dan verwacht.');
      regel(!w.feiten, 'schakelen-feiten', 'art. 17 lid 2 Wi 2021; art. 3:46 Awb', 'Beschrijf de voortgang waarop het schakelen berust.');
    }
    regel(reden === 'anders' && !w.feiten, 'wijziging-motivering', 'art. 3:46 Awb', 'Schrijf waarom het plan verandert.');
    regel(w.schakelUitzondering !== 'geen' && !w.schakelUitzonderingMotivering, 'schakelen-uitzondering-motivering', 'art. 5.4 Besluit inburgering 2021', 'Motiveer waarom de uitzondering op de termijn van anderhalf jaar geldt.');
    if (vast && routeGewijzigd && vast.termijnStart) {
      const uiterlijk = schakelenUiterlijk(vast.termijnStart);
      const altijd = context.vorige.leerroute === 'onderwijs' && route === 'b1';
      regel(
        vast.dagtekening > uiterlijk && !altijd && w.schakelUitzondering === 'geen',
        'schakelen-binnen-anderhalf-jaar',
        'art. 5.4 Besluit inburgering 2021',
        `De leerroute kan tot anderhalf jaar na de start van de termijn veranderen (uiterlijk ${datumLang(uiterlijk)}). Daarna alleen van de onderwijsroute naar de B1-route, na een beëindigde niet-vrijstellende opleiding, of in een bijzonder geval: kies dan de uitzondering en motiveer die.`,
      );
    }
  }

  if (vast) {
    // Dates: a beschikking decides about the future from its dagtekening (Awb 3:40; Wi 11 lid 2).
    regel(vast.dagtekening < vast.vandaag, 'dagtekening-niet-terug', 'art. 3:40 Awb; art. 11 lid 2 Wi 2021', 'De dagtekening ligt in het verleden. Kies vandaag of de dag waarop de brief wordt verzonden.');
    regel(
      vast.dagtekening > plusDagen(vast.vandaag, DAGTEKENING_HOOGSTENS_DAGEN_VOORUIT),
      'dagtekening-te-ver-vooruit',
      'art. 3:40 Awb',
      'De dagtekening ligt meer dan twee weken in de toekomst. Kies de dag waarop de brief wordt verzonden.',
    );
    regel(!vast.intakeAfgerond && !context.vorige, 'intake-afgerond', 'art. 15 lid 1 Wi 2021', 'Rond eerst de brede intake af: het PIP wordt op basis daarvan vastgesteld.');
    regel(
      !!vast.intakeAfgerondOp && vast.dagtekening < vast.intakeAfgerondOp,
      'dagtekening-na-intake',
      'art. 15 lid 1 Wi 2021',
      `De dagtekening ligt vóór de afronding van de brede intake (${datumLang(vast.intakeAfgerondOp ?? vast.dagtekening)}).`,
    );
    regel(!!vast.kennisgevingDuo && vast.dagtekening < vast.kennisgevingDuo, 'dagtekening-na-plicht', 'art. 5.3 Besluit inburgering 2021 (DUO-validatie)', 'De dagtekening ligt vóór de kennisgeving van de inburgeringsplicht door DUO.');
    // Besluit 5.3 lid 1–2: a PIP after its deadline needs a reason; waiting for a derde allows two weeks after receipt.
    if (!context.vorige && vast.pipUiterlijk && vast.dagtekening > vast.pipUiterlijk) {
      regel(
        !pip.redenTermijnOverschreden,
        'pip-na-termijn-reden',
        'art. 5.3 lid 1 en 2 Besluit inburgering 2021',
        `Het PIP komt na de termijn van tien weken (uiterlijk ${datumLang(vast.pipUiterlijk)}). Vul de reden in. Wacht u op informatie van een derde, vul dan ook de datum van ontvangst in.`,
      );
      regel(
        !!pip.informatieDerdeOntvangenOp && vast.dagtekening > plusDagen(pip.informatieDerdeOntvangenOp, DAGEN_NA_DERDE),
        'pip-twee-weken-na-derde',
        'art. 5.3 lid 2 Besluit inburgering 2021',
        `Na ontvangst van de informatie van de derde moet het PIP binnen twee weken worden vastgesteld (uiterlijk ${datumLang(plusDagen(pip.informatieDerdeOntvangenOp ?? vast.dagtekening, DAGEN_NA_DERDE))}).`,
      );
    }

    // Completeness.
    regel(!route, 'leerroute', 'art. 15 lid 1 onder a Wi 2021', 'Kies de leerroute.');
    regel((route === 'b1' || route === 'onderwijs') && !pip.niveau, 'niveau', 'art. 15 lid 1 onder a Wi 2021', 'Kies het niveau van de leerroute.');
    regel(!pip.alfabetisering, 'alfabetisering', 'art. 9.2 Besluit inburgering 2021 (gegevens voor DUO)', 'Geef aan of alfabetisering nodig is.');
    regel(!pip.ondersteuningEnBegeleiding, 'ondersteuning', 'art. 15 lid 1 onder b Wi 2021', 'Beschrijf de ondersteuning en begeleiding.');
    regel(!pip.pvtIntensiteit, 'pvt', 'art. 15 lid 1 onder c Wi 2021', 'Beschrijf de intensiteit van het participatieverklaringstraject.');
    regel(!!route && mapVanToepassing(route) && !pip.mapIntensiteit, 'map', 'art. 15 lid 1 onder c Wi 2021', 'Beschrijf de intensiteit van de module arbeidsmarkt en participatie (MAP).');
    regel(
      asiel && (pip.geschatteIntensiteitUren === null || pip.intensiteitUrenPerWeek === null),
      'intensiteit',
      'art. 15 lid 2 Wi 2021',
      'Vul de intensiteit van de leerroute in: uren per week en in totaal. Dit is een norm, geen schatting.',
    );
    regel(
      route === 'z' && (pip.zRouteCursusuren === null || (asiel && pip.zRouteParticipatieuren === null)),
      'z-route-uren',
      'art. 3.14 lid 2 Besluit inburgering 2021',
      asiel ? 'Vul de cursusuren en de participatie-uren van de Z-route in.' : 'Vul de cursusuren van de Z-route in.',
    );
    regel(asiel && !pip.maatschappelijkeBegeleiding, 'maatschappelijke-begeleiding', 'art. 13 Wi 2021', 'Beschrijf de maatschappelijke begeleiding.');
    regel(asiel && route !== 'onderwijs' && !pip.taalaanbieder, 'taalaanbieder', 'art. 16 lid 1 Wi 2021', 'Vul de taalaanbieder in die het college aanbiedt.');
    regel(pip.ontzorgen && !pip.startBijstand, 'ontzorgen-start', 'art. 56a lid 2 Participatiewet', 'Vul de datum in waarop het recht op bijstand ontstond.');
    if (pip.ontzorgen && pip.startBijstand) {
      const einde = ontzorgenEinde(pip.startBijstand);
      regel(
        ontzorgenPeriode(pip.startBijstand, vast.dagtekening) === null,
        'ontzorgen-voorbij',
        'art. 3:40 Awb; art. 56a lid 2 Participatiewet',
        `De zes maanden financieel ontzorgen liepen tot en met ${datumLang(einde)} en zijn op de dagtekening al voorbij. Een besluit werkt pas vanaf de bekendmaking: zet ontzorgen uit.`,
      );
      regel(
        !!vast.kennisgevingDuo && pip.startBijstand < vast.kennisgevingDuo,
        'bijstand-voor-kennisgeving',
        'art. 3:2 Awb',
        'De start van de bijstand ligt vóór de kennisgeving van DUO. Dat kan niet kloppen: controleer de datum.',
      );
    }
    regel(!pip.aantalVoortgangsgesprekken || pip.aantalVoortgangsgesprekken < 1, 'voortgangsgesprekken', 'art. 5.3 lid 4 Besluit inburgering 2021', 'Vul het aantal voortgangsgesprekken in (ten minste 1).');
    regel(!pip.voortgangsgesprekkenElkeMaanden, 'voortgangsgesprekken-frequentie', 'art. 5.3 lid 4 Besluit inburgering 2021', 'Vul in hoe vaak de voortgangsgesprekken zijn (elke … maanden).');
    if (pip.aantalVoortgangsgesprekken && pip.voortgangsgesprekkenElkeMaanden) {
      // The number covers the whole termijn of three years (Wi 11 lid 1), also in a wijziging.
      const maanden = TERMIJN_MAANDEN;
      const verwacht = Math.max(1, Math.floor(maanden / pip.voortgangsgesprekkenElkeMaanden));
      regel(
        Math.abs(pip.aantalVoortgangsgesprekken - verwacht) > 1,
        'voortgangsgesprekken-aantal',
        'art. 5.3 lid 4 Besluit inburgering 2021',
        `Het aantal gesprekken past niet bij de frequentie: elke ${pip.voortgangsgesprekkenElkeMaanden} maanden in de termijn van drie jaar is ${verwacht} gesprekken.`,
      );
    }
    if (!context.vorige) {
      regel(!pip.motivering, 'motivering', 'art. 3:46 Awb', 'Schrijf de motivering van het besluit.');
    }
    // The routes considered (Awb 3:2, 3:46; ABRvS 2024:5413): for a first PIP and for schakelen.
    if (!context.vorige || context.wijzigingReden === 'schakelen') {
      const overwegingen = { b1: pip.overwegingB1, onderwijs: pip.overwegingOnderwijs, z: pip.overwegingZ } as const;
      for (const andere of LEERROUTES.filter((r) => r !== route)) {
        regel(!overwegingen[andere], `overweging-${andere}`, 'art. 3:2 en 3:46 Awb (ABRvS 2024:5413)', `Leg vast waarom de ${naam(andere)} niet is gekozen.`);
      }
      const tegenspraak = route !== 'onderwijs' ? tegenspraakMetIntake(pip.overwegingOnderwijs, context.intake) : [];
      regel(
        tegenspraak.length > 0,
        'onderwijsroute-tegen-intake',
        'art. 8 lid 1 Wi 2021; art. 3:2 Awb (ABRvS 2024:5413)',
        `De overweging over de onderwijsroute spreekt de intake tegen: ${tegenspraak.join('; ')}. Pas de overweging of de intake aan.`,
      );
    }
  }
  return uit;
}

/** A refused save or vaststelling as one Dutch message naming each rule and its article. */
export function bevindingenAlsTekst(bevindingen: readonly Bevinding[]): string {
  return bevindingen.map((b) => `${b.melding} (${b.artikel})`).join(' ');
}

/** The PIP version in force: the newest that was vastgesteld, else the concept being written. */
export function geldendePipVersie<T extends { status: string }>(versies: readonly T[]): T | undefined {
  return versies.filter((v) => v.status !== 'concept').at(-1) ?? versies.at(-1);
}
