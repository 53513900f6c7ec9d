import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import {
  ALFABETISERING_LABELS,
  EXAMENONDERDEEL_LABELS,
  LEERROUTE_LABELS,
  LEERROUTES,
  SCHAKEL_UITZONDERING_LABELS,
  VOORTGANG_LABELS,
  type Pip,
  type PipInhoud,
  type WijzigingReden,
} from '../../shared/domain/pip';
import type { BriefTeksten } from '../../shared/domain/teksten';
import { bsnWeergave, datumKort, datumLang, volledigeNaam } from '../../shared/format';
import { DOELGROEP_LABELS, isAsielgroep } from '../../shared/rules/doelgroep';
import { niveausVan, onderdelenOpA2 } from '../../shared/rules/pip';
import { mapVanToepassing } from '../../shared/rules/pvt';
import { ontzorgenEinde, ontzorgenPeriode, termijnEindeVanaf } from '../../shared/rules/termijnen';
import { aanspreekvorm, adresregels, vulIn } from './aanspreken';

export interface BeschikkingGegevens {
  inburgeraar: Inburgeraar;
  pip: Pick<Pip, 'soort' | 'inhoud' | 'wijzigingReden' | 'wijzigingToelichting' | 'vorigKenmerk'>;
  vorigeInhoud: PipInhoud | null;
  intakeAfgerondOp: string | null;
  instellingen: Instellingen;
  teksten: BriefTeksten;
  kenmerk: string;
  dagtekening: string;
  /** The start of the inburgeringstermijn this beschikking states (shared/rules/termijnen.ts termijnStartVoor). */
  termijnStart: string;
  ondertekenaar: { naam: string; functie: string; mandaatbesluit: string };
  /** Wi 23 amounts on the dagtekening (shared/rules/boete.ts). */
  boeteWi23: { basis: number; maximum: number };
}

// The legal basis of each kind of wijziging, named once in the besluit (Wi 17; Besluit 5.3–5.5).
const GRONDSLAG_WIJZIGING: Record<WijzigingReden, string> = {
  schakelen: 'artikel 17 lid 2 Wet inburgering 2021 en artikel 5.4 Besluit inburgering 2021',
  afschalen: 'artikel 17 lid 3 Wet inburgering 2021 en artikel 5.3 lid 5 en 6 en artikel 5.5 Besluit inburgering 2021',
  verhuizing: 'artikel 15 lid 4 Wet inburgering 2021 en artikel 5.3 lid 3 Besluit inburgering 2021',
  anders: 'artikel 17 lid 1 Wet inburgering 2021',
};

// Why the plan changes, in plain words, with the article once.
const REDEN_IN_BRIEF: Record<WijzigingReden, string> = {
  afschalen: 'U hebt veel Nederlandse les gevolgd, maar u haalt niveau B1 voor een deel van de examens waarschijnlijk niet op tijd. Daarom verlagen wij het niveau voor die examens naar A2. Dat heet afschalen (artikel 17 lid 3 Wet inburgering 2021).',
  schakelen: 'U gaat naar een andere leerroute, omdat uw voortgang anders is dan wij verwachtten. Dat heet schakelen (artikel 17 lid 2 Wet inburgering 2021).',
  verhuizing: 'U bent naar onze gemeente verhuisd. Daarom passen wij uw plan aan (artikel 15 lid 4 Wet inburgering 2021).',
  anders: 'Wij passen een deel van uw plan aan (artikel 17 Wet inburgering 2021).',
};

const uren = (n: number) => `${n.toLocaleString('nl-NL')} uur`;
const lijstTekst = (woorden: string[]) => (woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`);

/** "B1-route, taalniveau B1" or per exam part after afschalen; a Z-route has no required level. */
function leerroute(inhoud: PipInhoud): string {
  if (!inhoud.leerroute) return '—';
  const naam = inhoud.leerroute === 'onderwijs' ? 'Onderwijsroute (taalschakeltraject)' : inhoud.leerroute === 'z' ? 'Z-route (zelfredzaamheidsroute)' : LEERROUTE_LABELS.b1;
  if (inhoud.leerroute === 'z') return naam;
  const a2 = onderdelenOpA2(niveausVan(inhoud));
  if (inhoud.leerroute === 'b1' && a2.length > 0 && a2.length < 4) {
    const b1 = (['lezen', 'luisteren', 'schrijven', 'spreken'] as const).filter((o) => !a2.includes(o));
    return `${naam}: ${lijstTekst(a2.map((o) => EXAMENONDERDEEL_LABELS[o].toLowerCase()))} op taalniveau A2; ${lijstTekst(b1.map((o) => EXAMENONDERDEEL_LABELS[o].toLowerCase()))} op taalniveau B1; daarnaast het examen Kennis van de Nederlandse Maatschappij (KNM)`;
  }
  return inhoud.niveau ? `${naam}, taalniveau ${inhoud.niveau}` : naam;
}

/** The elements of Wi 15 as label/value rows, in the order of the article. Facts (hours followed) are not part of it. */
export function planRegels(inhoud: PipInhoud, asiel: boolean, teksten: BriefTeksten): { label: string; waarde: string }[] {
  const rijen: { label: string; waarde: string }[] = [
    { label: 'Leerroute (art. 15 lid 1 onder a)', waarde: leerroute(inhoud) },
    { label: 'Alfabetisering', waarde: inhoud.alfabetisering ? ALFABETISERING_LABELS[inhoud.alfabetisering] : '—' },
  ];
  if (inhoud.leerroute === 'z') {
    const participatie = inhoud.zRouteParticipatieuren !== null ? `, en ${uren(inhoud.zRouteParticipatieuren)} activiteiten om mee te doen in de samenleving (participatie)` : '';
    rijen.push({ label: 'Uren in de Z-route (art. 3.14 lid 2 Besluit)', waarde: `${inhoud.zRouteCursusuren !== null ? uren(inhoud.zRouteCursusuren) : '—'} les in Nederlands en KNM${participatie}.` });
    if (inhoud.niveau === 'A2') rijen.push({ label: 'Examens die u mag doen (art. 3.14 lid 7 Besluit)', waarde: 'U mag examens op taalniveau A2 en het KNM-examen doen. Dat hoeft niet.' });
  }
  if (asiel && inhoud.intensiteitUrenPerWeek !== null && inhoud.geschatteIntensiteitUren !== null) {
    rijen.push({
      label: 'Intensiteit van de leerroute (art. 15 lid 2)',
      waarde: `${uren(inhoud.intensiteitUrenPerWeek)} per week, in totaal ${uren(inhoud.geschatteIntensiteitUren)}. ${teksten.uitlegIntensiteit}`,
    });
  }
  if (inhoud.magOpleidingAfmaken) rijen.push({ label: 'Opleiding afmaken', waarde: 'U mag de opleiding die u nu volgt eerst afmaken.' });
  rijen.push(
    { label: 'Ondersteuning en begeleiding (art. 15 lid 1 onder b)', waarde: inhoud.ondersteuningEnBegeleiding ?? '—' },
    { label: 'Participatieverklaringstraject (art. 15 lid 1 onder c)', waarde: `${inhoud.pvtIntensiteit ?? '—'} ${teksten.uitlegPvt}` },
    {
      label: 'Module arbeidsmarkt en participatie (art. 15 lid 1 onder c)',
      waarde: mapVanToepassing(inhoud.leerroute) ? `${inhoud.mapIntensiteit ?? '—'} ${teksten.uitlegMap}` : 'Niet van toepassing in de onderwijsroute (art. 8 lid 3).',
    },
  );
  rijen.push({ label: 'Voor- en vroegschoolse educatie (art. 15 lid 1 onder d)', waarde: inhoud.vveAfspraken ? `${inhoud.vveAfspraken} ${teksten.uitlegVve}` : 'Niet van toepassing.' });
  if (asiel) rijen.push({ label: 'Maatschappelijke begeleiding (art. 13)', waarde: inhoud.maatschappelijkeBegeleiding ?? '—' });
  if (inhoud.ontzorgen) rijen.push({ label: 'Financieel ontzorgen (art. 15 lid 3; art. 56a Pw)', waarde: 'Ja, zie bijlage 2.' });
  const gesprekken =
    inhoud.aantalVoortgangsgesprekken && inhoud.voortgangsgesprekkenElkeMaanden
      ? `Wij spreken u elke ${inhoud.voortgangsgesprekkenElkeMaanden === 1 ? 'maand' : `${inhoud.voortgangsgesprekkenElkeMaanden} maanden`} over hoe het gaat: ${inhoud.aantalVoortgangsgesprekken} gesprekken in de drie jaar van uw termijn.`
      : '—';
  rijen.push({ label: 'Voortgangsgesprekken (art. 5.3 lid 4 Besluit)', waarde: gesprekken });
  if (inhoud.taalaanbieder) rijen.push({ label: 'Taalaanbieder', waarde: inhoud.taalaanbieder });
  return rijen;
}

function wijzigingen(vorige: PipInhoud, nieuw: PipInhoud, asiel: boolean, teksten: BriefTeksten): { label: string; waarde: string }[] {
  const oud = new Map(planRegels(vorige, asiel, teksten).map((r) => [r.label, r.waarde]));
  return planRegels(nieuw, asiel, teksten)
    .filter((r) => oud.get(r.label) !== r.waarde)
    .map((r) => ({ label: r.label, waarde: `was: ${oud.get(r.label) ?? '—'}\nwordt: ${r.waarde}` }));
}

/** Exam parts that go to A2 with this wijziging, in lower case. */
function nieuwOpA2(vorige: PipInhoud | null, nieuw: PipInhoud): string[] {
  const vorigeA2 = new Set(onderdelenOpA2(vorige ? niveausVan(vorige) : null));
  return onderdelenOpA2(niveausVan(nieuw))
    .filter((o) => !vorigeA2.has(o))
    .map((o) => EXAMENONDERDEEL_LABELS[o].toLowerCase());
}

/** The reasoning of a wijziging: its own facts, never the motivering of the plan it changes (Wi 17; Awb 3:46). */
function motiveringWijziging(pip: BeschikkingGegevens['pip'], vorige: PipInhoud | null, inburgeraar: Inburgeraar): string[] {
  const w = pip.inhoud.wijziging;
  const alineas: string[] = [];
  if (pip.wijzigingReden === 'afschalen') {
    const naarA2 = nieuwOpA2(vorige, pip.inhoud);
    const school = pip.inhoud.taalaanbieder ? `bij ${pip.inhoud.taalaanbieder}, een taalschool met een keurmerk` : 'bij een taalschool met een keurmerk';
    alineas.push(
      `U hebt na uw eerste plan ${uren(w.urenNt2NaPip ?? 0)} Nederlandse les gevolgd ${school}. Dat is ten minste 600 uur: de aanzienlijke inspanningen die de wet vraagt.`,
      w.inspanningen ?? '—',
      w.feiten ?? '—',
      `Daarom verlagen wij het taalniveau voor ${lijstTekst(naarA2)} naar A2. Voor de andere onderdelen en voor KNM blijft alles zoals het was.`,
    );
  } else if (pip.wijzigingReden === 'schakelen') {
    alineas.push(`Uw voortgang: ${w.voortgang ? VOORTGANG_LABELS[w.voortgang] : '—'}.`, w.feiten ?? '—');
    if (vorige?.leerroute && pip.inhoud.leerroute) alineas.push(`Daarom gaat u van de ${LEERROUTE_LABELS[vorige.leerroute]} naar de ${LEERROUTE_LABELS[pip.inhoud.leerroute]}. Uw uren en examens tellen mee.`);
    if (w.schakelUitzondering !== 'geen') alineas.push(`${SCHAKEL_UITZONDERING_LABELS[w.schakelUitzondering]}: ${w.schakelUitzonderingMotivering ?? '—'}`);
  } else if (pip.wijzigingReden === 'verhuizing') {
    alineas.push(
      `U bent verhuisd naar onze gemeente${inburgeraar.verhuisdVanGemeente ? ` uit ${inburgeraar.verhuisdVanGemeente}` : ''}. Uw leerroute en uw termijn blijven gelijk (artikel 15 lid 4 en artikel 11 lid 3 Wet inburgering 2021). Wij passen de andere onderdelen aan onze gemeente aan.`,
    );
    if (w.feiten) alineas.push(w.feiten);
  } else {
    alineas.push(w.feiten ?? '—');
  }
  return alineas;
}

const sectie = (kop: string | null, alineas: string[], lijst: BriefSectie['lijst'] = []): BriefSectie => ({ kop, alineas, lijst });

/** The PIP beschikking (or its wijziging) per DOMAIN.md §9, as a Brief. */
export function pipBeschikking(g: BeschikkingGegevens): Brief {
  const { inburgeraar: i, pip, instellingen: inst, teksten } = g;
  const asiel = isAsielgroep(i.doelgroep);
  const wijziging = pip.soort === 'wijziging';
  const naVerhuizing = !wijziging && !!i.termijnStartEerder && g.termijnStart === i.termijnStartEerder;
  const termijnEinde = termijnEindeVanaf(g.termijnStart);
  const periode = pip.inhoud.startBijstand ? ontzorgenPeriode(pip.inhoud.startBijstand, g.dagtekening) : null;
  const eindeOntzorgen = pip.inhoud.startBijstand ? ontzorgenEinde(pip.inhoud.startBijstand) : null;
  const startOntzorgen = periode?.start ?? null;
  const mapGeldt = mapVanToepassing(pip.inhoud.leerroute);
  const waarden: Record<string, string> = {
    aanspreekvorm: aanspreekvorm(i),
    datumIntake: g.intakeAfgerondOp ? datumLang(g.intakeAfgerondOp) : '—',
    vorigKenmerk: pip.vorigKenmerk ?? '—',
    vorigeGemeente: i.verhuisdVanGemeente ?? '—',
    termijnStart: datumLang(g.termijnStart),
    termijnEinde: datumLang(termijnEinde),
    gemeente: inst.gemeentenaam,
    // Settings are complete before vaststellen (shared/rules/brief.ts); an empty bezwaaradres means the postadres.
    bezwaaradres: inst.bezwaarAdres ?? `${inst.postadres}, ${inst.postcode} ${inst.plaats}`,
    rechtbank: inst.rechtbank ?? '',
    kenmerk: g.kenmerk,
    behandelaar: inst.behandelaarNaam ?? '',
    telefoon: inst.behandelaarTelefoon ?? '',
    startBijstand: pip.inhoud.startBijstand ? datumLang(pip.inhoud.startBijstand) : '—',
    startOntzorgen: startOntzorgen ? datumLang(startOntzorgen) : '—',
    eindeOntzorgen: eindeOntzorgen ? datumLang(eindeOntzorgen) : '—',
    grondslagWijziging: pip.wijzigingReden ? GRONDSLAG_WIJZIGING[pip.wijzigingReden] : GRONDSLAG_WIJZIGING.anders,
    enMap: mapGeldt ? ' en aan de module arbeidsmarkt en participatie (MAP)' : '',
    enMapKort: mapGeldt ? ', de MAP' : '',
    enLeerroute: asiel ? ' of uw leerroute (zo veel uur als in dit plan staat)' : '',
    boeteBasis: g.boeteWi23.basis.toLocaleString('nl-NL'),
    boeteMaximum: g.boeteWi23.maximum.toLocaleString('nl-NL'),
  };
  const t = (tekst: string) => vulIn(tekst, waarden);
  const plan = planRegels(pip.inhoud, asiel, teksten);

  const secties: BriefSectie[] = [sectie(null, [t(wijziging ? teksten.inleidingWijziging : teksten.inleidingPip)])];
  if (wijziging) {
    const reden = pip.wijzigingReden ?? 'anders';
    const alineas = [REDEN_IN_BRIEF[reden]];
    if (pip.wijzigingToelichting) alineas.push(pip.wijzigingToelichting);
    secties.push(sectie('Wat verandert', alineas, g.vorigeInhoud ? wijzigingen(g.vorigeInhoud, pip.inhoud, asiel, teksten) : []));
    // The changes are listed under 'Wat verandert'; the whole plan in force is bijlage 1.
    secties.push(sectie('Ons besluit', [t(teksten.besluitInleidingWijziging)]));
  } else {
    secties.push(sectie('Ons besluit', [t(teksten.besluitInleiding)], plan));
  }
  if (!asiel) secties.push(sectie('Uw taalcursus', [t(teksten.zelfRegelen)]));
  secties.push(sectie('Uw termijn', [t(wijziging ? teksten.termijnWijziging : naVerhuizing ? teksten.termijnVerhuizing : teksten.termijnPip)]));
  const watTeDoen = teksten.watMoetUDoen.map((regel) => `• ${t(regel)}`);
  const nieuwA2 = wijziging && pip.wijzigingReden === 'afschalen' ? nieuwOpA2(g.vorigeInhoud, pip.inhoud) : [];
  if (nieuwA2.length > 0) watTeDoen.unshift(`• Doe de examens ${lijstTekst(nieuwA2)} voortaan op niveau A2. Uw taalschool helpt u met aanmelden.`);
  secties.push(sectie('Wat moet u doen?', watTeDoen));
  secties.push(sectie('Wat gebeurt er als u niet meedoet?', [t(teksten.gevolgenNietMeedoen)]));
  if (wijziging) {
    secties.push(sectie('Waarom wij zo besluiten', motiveringWijziging(pip, g.vorigeInhoud, i)));
  } else {
    const overwogen = LEERROUTES.filter((route) => route !== pip.inhoud.leerroute).map((route) => ({
      label: LEERROUTE_LABELS[route],
      waarde: (route === 'b1' ? pip.inhoud.overwegingB1 : route === 'onderwijs' ? pip.inhoud.overwegingOnderwijs : pip.inhoud.overwegingZ) ?? '—',
    }));
    const alineas = [pip.inhoud.motivering ?? '—'];
    if (pip.inhoud.redenTermijnOverschreden) alineas.push(`Dit plan komt later dan tien weken na de start van uw inburgeringsplicht (artikel 5.3 Besluit inburgering 2021). De reden: ${pip.inhoud.redenTermijnOverschreden}`);
    alineas.push('Deze leerroutes hebben wij ook onderzocht. Zo hebben wij ze afgewogen:');
    secties.push(sectie('Waarom wij zo besluiten', alineas, overwogen));
  }
  secties.push(sectie('Bent u het niet eens met dit besluit?', [t(teksten.rechtsmiddelen)]));
  secties.push(sectie(null, [t(teksten.vragen)]));

  const bijlagen: Brief['bijlagen'] = [
    {
      titel: 'Bijlage 1 — Persoonlijk plan inburgering en participatie',
      secties: [
        sectie('Gegevens', [], [
          { label: 'Naam', waarde: volledigeNaam(i) },
          { label: 'Geboortedatum', waarde: datumLang(i.geboortedatum) },
          { label: 'BSN', waarde: bsnWeergave(i.bsn) },
          { label: 'Doelgroep', waarde: DOELGROEP_LABELS[i.doelgroep] },
          { label: 'Kenmerk', waarde: wijziging && pip.vorigKenmerk ? `${pip.vorigKenmerk}, gewijzigd op ${datumLang(g.dagtekening)} (${g.kenmerk})` : g.kenmerk },
          { label: 'Termijn (art. 11)', waarde: `${datumKort(g.termijnStart)} tot en met ${datumKort(termijnEinde)}` },
        ]),
        sectie('Het plan', [], plan),
      ],
    },
  ];
  if (pip.inhoud.ontzorgen && startOntzorgen && eindeOntzorgen) {
    bijlagen.push({
      titel: 'Bijlage 2 — Besluit financieel ontzorgen (artikel 56a Participatiewet)',
      secties: [
        sectie(null, [t(teksten.ontzorgen)], [
          { label: 'Periode', waarde: `${datumKort(startOntzorgen)} tot en met ${datumKort(eindeOntzorgen)}` },
          { label: 'Betalingen namens u', waarde: 'huur; gas, water en stroom; premie verplichte zorgverzekering' },
        ]),
      ],
    });
  }

  return {
    titel: `${wijziging ? teksten.onderwerpWijziging : teksten.onderwerpPip} — ${g.kenmerk}`,
    geadresseerde: adresregels(i),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.dagtekening) },
      { label: 'Behandeld door', waarde: inst.behandelaarNaam ?? '' },
      { label: 'Telefoon', waarde: inst.behandelaarTelefoon ?? '' },
    ],
    onderwerp: wijziging ? teksten.onderwerpWijziging : teksten.onderwerpPip,
    aanhef: t(teksten.aanhef),
    secties,
    slot: teksten.slot,
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: g.ondertekenaar.naam,
      functie: g.ondertekenaar.functie,
      mandaat: `Ondertekend in mandaat (art. 10:10 Awb), ${g.ondertekenaar.mandaatbesluit}`,
    },
    bijlagen,
  };
}
