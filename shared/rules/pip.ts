import { LEERROUTES, type PipInhoud, type WijzigingReden } from '../domain/pip';
import { heeftVerblijfsvergunningAsiel, isAsielgroep, type Doelgroep, type DuoDoelgroepcode } from './doelgroep';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapVanToepassing } from './pvt';
import type { Bevinding } from './intake';
import { schakelenUiterlijk } from './termijnen';
import { datumLang } from '../format';

export type { Bevinding } from './intake';

export interface PipContext {
  doelgroep: Doelgroep;
  doelgroepcode: DuoDoelgroepcode;
  /** The version this one changes; absent for the first PIP. */
  vorige?: Pick<PipInhoud, 'leerroute' | 'niveau'> | undefined;
  wijzigingReden?: WijzigingReden | null | undefined;
  /** Set when vaststellen: completeness rules apply then, consistency rules always. */
  vaststellen?: {
    dagtekening: string;
    intakeAfgerond: boolean;
    kennisgevingDuo: string | null;
    termijnStart: string | null;
  };
}

export const AFSCHALEN_UREN = 600;

/** Every rule the PIP breaks, each with its article. An empty list means: this may be saved or set. */
export function controleerPip(pip: PipInhoud, context: PipContext): Bevinding[] {
  const uit: Bevinding[] = [];
  const regel = (geschonden: boolean, naam: string, artikel: string, melding: string) => {
    if (geschonden) uit.push({ regel: naam, artikel, melding });
  };
  const asiel = isAsielgroep(context.doelgroep);
  const route = pip.leerroute;

  // Consistency: always.
  regel(route === 'onderwijs' && pip.niveau === 'A2', 'onderwijsroute-a2', 'art. 8 en art. 17 lid 3 Wi 2021 (DUO-validatie)', 'Het niveau A2 kan niet in de onderwijsroute.');
  regel(route === 'z' && pip.niveau === 'B1', 'z-route-b1', 'art. 9 Wi 2021 (DUO-validatie)', 'De Z-route heeft geen niveau B1; laat het niveau leeg of kies A2 voor facultatieve examens (art. 3.14 lid 7 Besluit).');
  regel(
    route === 'b1' && pip.niveau === 'A2' && !context.vorige,
    'a2-eerste-pip',
    'art. 17 lid 3 Wi 2021 (DUO-validatie)',
    'In een eerste PIP is het niveau in de B1-route B1. A2 kan pas na afschalen, met een wijziging van het PIP.',
  );
  regel(!mapVanToepassing(route) && !!pip.mapIntensiteit, MAP_NIET_IN_ONDERWIJSROUTE.regel, MAP_NIET_IN_ONDERWIJSROUTE.artikel, `${MAP_NIET_IN_ONDERWIJSROUTE.melding} Laat de intensiteit van de MAP leeg.`);
  regel(!asiel && pip.geschatteIntensiteitUren !== null, 'intensiteit-alleen-asiel', 'art. 15 lid 2 Wi 2021', 'De intensiteit van de leerroute stelt het college alleen vast voor asielstatushouders en hun gezinsleden.');
  regel(!asiel && !!pip.maatschappelijkeBegeleiding, 'begeleiding-alleen-asiel', 'art. 13 Wi 2021', 'Maatschappelijke begeleiding is er alleen voor asielstatushouders en hun gezinsleden.');
  regel(
    pip.ontzorgen && !heeftVerblijfsvergunningAsiel(context.doelgroepcode),
    'ontzorgen-alleen-vbv-asiel',
    'art. 56a lid 1 Participatiewet',
    'Financieel ontzorgen geldt alleen voor wie een verblijfsvergunning asiel heeft (niet voor gezinsleden met een reguliere vergunning).',
  );

  // Wijziging (Wi 17; Besluit 5.4, 5.5).
  if (context.vorige) {
    const routeGewijzigd = !!context.vorige.leerroute && route !== context.vorige.leerroute;
    regel(
      context.wijzigingReden === 'verhuizing' && routeGewijzigd,
      'verhuizing-zelfde-leerroute',
      'art. 15 lid 4 Wi 2021; art. 5.3 lid 3 Besluit inburgering 2021',
      'Na een verhuizing blijft de leerroute dezelfde; alleen de andere onderdelen kunnen veranderen.',
    );
    regel(
      routeGewijzigd && context.wijzigingReden !== 'schakelen' && context.wijzigingReden !== 'verhuizing',
      'schakelen-als-reden',
      'art. 17 lid 2 Wi 2021',
      'Een andere leerroute is schakelen: kies "schakelen" als reden van de wijziging.',
    );
    const afgeschaald = route === 'b1' && pip.niveau === 'A2' && context.vorige.niveau === 'B1';
    regel(afgeschaald && context.wijzigingReden !== 'afschalen', 'a2-alleen-na-afschalen', 'art. 17 lid 3 Wi 2021', 'Van B1 naar A2 is afschalen: kies "afschalen" als reden.');
    regel(
      afgeschaald && (pip.urenNt2 ?? 0) < AFSCHALEN_UREN,
      'afschalen-600-uur',
      'art. 17 lid 3 Wi 2021; art. 5.5 Besluit inburgering 2021',
      `Afschalen naar A2 kan pas na aanzienlijke inspanningen: ten minste ${AFSCHALEN_UREN} uur NT2-onderwijs. Vul de gevolgde uren in.`,
    );
    const vast = context.vaststellen;
    if (vast && routeGewijzigd && vast.termijnStart) {
      const uiterlijk = schakelenUiterlijk(vast.termijnStart);
      regel(
        vast.dagtekening > uiterlijk && !(context.vorige.leerroute === 'onderwijs' && route === 'b1'),
        'schakelen-binnen-anderhalf-jaar',
        'art. 5.4 Besluit inburgering 2021',
        `De leerroute kan tot anderhalf jaar na de start van de termijn veranderen (uiterlijk ${datumLang(uiterlijk)}); van de onderwijsroute naar de B1-route kan altijd.`,
      );
    }
  }

  // Completeness: when vaststellen.
  const vast = context.vaststellen;
  if (vast) {
    regel(!vast.intakeAfgerond && !context.vorige, 'intake-afgerond', 'art. 15 lid 1 Wi 2021', 'Rond eerst de brede intake af: het PIP wordt op basis daarvan vastgesteld.');
    regel(!!vast.kennisgevingDuo && vast.dagtekening < vast.kennisgevingDuo, 'dagtekening-na-plicht', 'art. 5.3 Besluit inburgering 2021 (DUO-validatie)', 'De dagtekening ligt vóór de kennisgeving van de inburgeringsplicht door DUO.');
    regel(!route, 'leerroute', 'art. 15 lid 1 onder a Wi 2021', 'Kies de leerroute.');
    regel((route === 'b1' || route === 'onderwijs') && !pip.niveau, 'niveau', 'art. 15 lid 1 onder a Wi 2021', 'Kies het niveau van de leerroute.');
    regel(!pip.alfabetisering, 'alfabetisering', 'art. 9.2 Besluit inburgering 2021 (gegevens voor DUO)', 'Geef aan of alfabetisering nodig is.');
    regel(!pip.ondersteuningEnBegeleiding, 'ondersteuning', 'art. 15 lid 1 onder b Wi 2021', 'Beschrijf de ondersteuning en begeleiding.');
    regel(!pip.pvtIntensiteit, 'pvt', 'art. 15 lid 1 onder c Wi 2021', 'Beschrijf de intensiteit van het participatieverklaringstraject.');
    regel(!!route && mapVanToepassing(route) && !pip.mapIntensiteit, 'map', 'art. 15 lid 1 onder c Wi 2021', 'Beschrijf de intensiteit van de module arbeidsmarkt en participatie (MAP).');
    regel(asiel && pip.geschatteIntensiteitUren === null, 'intensiteit', 'art. 15 lid 2 Wi 2021', 'Vul de intensiteit van de leerroute in (geschat aantal uren).');
    regel(asiel && !pip.maatschappelijkeBegeleiding, 'maatschappelijke-begeleiding', 'art. 13 Wi 2021', 'Beschrijf de maatschappelijke begeleiding.');
    regel(asiel && route !== 'onderwijs' && !pip.taalaanbieder, 'taalaanbieder', 'art. 16 lid 1 Wi 2021', 'Vul de taalaanbieder in die het college aanbiedt.');
    regel(pip.ontzorgen && !pip.startBijstand, 'ontzorgen-start', 'art. 56a lid 2 Participatiewet', 'Vul de datum in waarop het recht op bijstand ontstond.');
    regel(!pip.aantalVoortgangsgesprekken || pip.aantalVoortgangsgesprekken < 1, 'voortgangsgesprekken', 'art. 5.3 lid 4 Besluit inburgering 2021', 'Vul het aantal voortgangsgesprekken in (ten minste 1).');
    regel(!pip.motivering, 'motivering', 'art. 3:46 Awb', 'Schrijf de motivering van het besluit.');
    const overwegingen = { b1: pip.overwegingB1, onderwijs: pip.overwegingOnderwijs, z: pip.overwegingZ } as const;
    for (const andere of LEERROUTES.filter((r) => r !== route)) {
      regel(
        !overwegingen[andere],
        `overweging-${andere}`,
        'art. 3:2 en 3:46 Awb (ABRvS 2024:5413)',
        `Leg vast waarom de ${andere === 'b1' ? 'B1-route' : andere === 'onderwijs' ? 'onderwijsroute' : 'Z-route'} niet is gekozen.`,
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
