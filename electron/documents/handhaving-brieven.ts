import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import type { BriefTeksten } from '../../shared/domain/teksten';
import { bedrag, datumLang } from '../../shared/format';
import { KoersFout } from '../../shared/fouten';
import { AWB_5_53_GRENS, boeteWi22, boeteWi23Bedragen } from '../../shared/rules/boete';
import { ontbrekendeBriefInstellingen, ontbrekendePlaatshouders } from '../../shared/rules/brief';
import { beslissenNaRapportUiterlijk, betalenUiterlijk } from '../../shared/rules/handhaving';
import { nieuweTermijnIntakeNaBoete } from '../../shared/rules/termijnen';
import { aanspreekvorm, adresregels, vulIn } from './aanspreken';

// The letters of handhaving: the voornemen with the right to a zienswijze (Awb 4:8) and the two
// boetebeschikkingen of the college (Wi 22, Wi 23). Pure builders: plain data in, a Brief out. The
// handler freezes the PDF (maakBriefPdf), the kenmerk and the ondertekenaar, as for the PIP.
// Each builder refuses data that would make an unlawful letter with a KoersFout in Dutch.


export interface Ondertekenaar {
  naam: string;
  functie: string;
  /** The gemeentelijk mandaatbesluit the signatory acts under (art. 10:10 Awb); null prints no mandaat line. */
  mandaatbesluit: string | null;
}

/** What every letter of this file needs. */
export interface HandhavingBriefBasis {
  inburgeraar: Inburgeraar;
  instellingen: Instellingen;
  teksten: BriefTeksten;
  kenmerk: string;
  /** The dagtekening, which is also the day of verzending (bekendmaking, Awb 3:41). ISO. */
  dagtekening: string;
  ondertekenaar: Ondertekenaar;
}

/** A fact of the overtreding: what happened on which day. */
export interface Feit {
  datum: string;
  omschrijving: string;
}

/** A step of the computation of the amount, in the order it is applied. */
export interface BerekeningStap {
  omschrijving: string;
  bedrag: number;
}

/** The duties of the PIP a Wi 23 boete can be about. */
export type Wi23Plicht = 'ondersteuning_begeleiding' | 'pvt_map' | 'intensiteit_leerroute';

/** Art. 15 Wi 2021: the article of each duty, and the duty in plain words ("U moest …"). */
export const WI23_PLICHTEN: Record<Wi23Plicht, { artikel: string; label: string; inBrief: string }> = {
  ondersteuning_begeleiding: {
    artikel: 'artikel 15 lid 1 onder b',
    label: 'Ondersteuning en begeleiding (art. 15 lid 1 onder b Wi)',
    inBrief: 'meedoen aan de ondersteuning en begeleiding die in uw plan staat',
  },
  pvt_map: {
    artikel: 'artikel 15 lid 1 onder c',
    label: 'Intensiteit PVT of MAP (art. 15 lid 1 onder c Wi)',
    inBrief: 'meedoen aan het participatieverklaringstraject (PVT) of de module arbeidsmarkt en participatie (MAP), zo veel uur als in uw plan staat',
  },
  intensiteit_leerroute: {
    artikel: 'artikel 15 lid 2',
    label: 'Intensiteit van de leerroute (art. 15 lid 2 Wi)',
    inBrief: 'uw leerroute volgen, zo veel uur als in uw plan staat',
  },
};

/** The part of the duty 'pvt_map' that was breached, when known: the letter then names only that one (Awb 5:9). */
export type Wi23Onderdeel = 'pvt' | 'map';

const ONDERDEEL_IN_BRIEF: Record<Wi23Onderdeel, { gedaan: string; plicht: string }> = {
  pvt: {
    gedaan: 'meegedaan aan het participatieverklaringstraject (PVT)',
    plicht: 'meedoen aan het participatieverklaringstraject (PVT), zo veel uur als in uw plan staat',
  },
  map: {
    gedaan: 'meegedaan aan de module arbeidsmarkt en participatie (MAP)',
    plicht: 'meedoen aan de module arbeidsmarkt en participatie (MAP), zo veel uur als in uw plan staat',
  },
};

/** What the inburgeraar did not do, after "u hebt op <datum> niet …" (Awb 5:9 onder a). */
const PLICHT_GEDAAN: Record<Wi23Plicht, string> = {
  ondersteuning_begeleiding: 'meegedaan aan de ondersteuning en begeleiding uit uw plan',
  pvt_map: 'meegedaan aan het participatieverklaringstraject (PVT) of de module arbeidsmarkt en participatie (MAP)',
  intensiteit_leerroute: 'zo veel uur aan uw leerroute gewerkt als in uw plan staat',
};

/** Besluit 7.1: each degree of verwijtbaarheid in plain words (B1), keyed by the printed graad. */
const GRAAD_UITLEG: Record<string, string> = {
  opzet: 'Opzet betekent: u wist dat u het moest doen, en u deed het expres niet.',
  'grove schuld': 'Grove schuld betekent: u wist dat u het moest doen, of u had dat zeker moeten weten. U had het ook kunnen doen. Toch deed u het niet.',
  'geen opzet of grove schuld': 'Dat betekent: u hebt wel schuld, maar u deed het niet expres en u was ook niet erg onvoorzichtig.',
  'verminderde verwijtbaarheid': 'Dat betekent: u hebt minder schuld, bijvoorbeeld door omstandigheden waar u weinig aan kon doen.',
};

/** How many times as high the base is after recidive (Besluit 7.1 lid 3: +100% per earlier boete). */
const KEER = ['', 'twee keer', 'drie keer', 'vier keer', 'vijf keer', 'zes keer', 'zeven keer', 'acht keer', 'negen keer'];

/** Dates in a sentence: "3 februari 2026 en 17 februari 2026". */
function datumsInZin(datums: string[]): string {
  const lang = [...new Set(datums)].sort().map(datumLang);
  return lang.length <= 1 ? (lang[0] ?? '') : `${lang.slice(0, -1).join(', ')} en ${lang.at(-1)}`;
}

/** The zienswijze the college asked for before deciding (Awb 4:8), and what came of it. */
export interface ZienswijzeVerloop {
  /** The dagtekening of the zienswijze letter. */
  gevraagdOp: string;
  uiterlijk: string;
  /** Null when the inburgeraar did not react before the date. */
  gegeven: null | {
    op: string;
    wijze: 'schriftelijk' | 'mondeling';
    /** What the inburgeraar said, in short. */
    samenvatting: string;
    /** How the college weighed it, and why the boete stays (or is lower). */
    weging: string;
  };
}

export interface ZienswijzeGegevens extends HandhavingBriefBasis {
  boete: 'wi22' | 'wi23';
  /** Required when boete is 'wi23'. */
  plicht: Wi23Plicht | null;
  /** What happened on which day. */
  feiten: Feit[];
  /** The amount the boete would be. */
  bedrag: number;
  /** How that amount was computed; for Wi 22 the fixed amount is enough. */
  stappen: BerekeningStap[];
  /** Wi 23: the degree of verwijtbaarheid the college proposes, and why. */
  verwijtbaarheid: Verwijtbaarheid | null;
  /** The last day to give a zienswijze, in writing or orally. */
  zienswijzeUiterlijk: string;
  /** Above € 340 (Awb 5:53): the rapport this letter is based on. */
  rapport: { datum: string } | null;
  /** Wi 22: which of the two overtredingen happened (not both); absent means 'niet_verschenen'. */
  overtreding?: 'niet_verschenen' | 'onvoldoende_medewerking';
  /** Wi 23 'pvt_map': the one part that was breached, when known. */
  onderdeel?: Wi23Onderdeel | null;
}

export interface Verwijtbaarheid {
  /** E.g. "grove schuld"; printed as is. */
  graad: string;
  percentage: number;
  motivering: string;
}

export interface Betaling {
  /** The payment reference the inburgeraar puts in the description. */
  betalingskenmerk: string;
  /** The gemeente's IBAN for boetes. */
  rekeningnummer: string;
}

export interface BoeteWi22Gegevens extends HandhavingBriefBasis {
  /** The schriftelijke waarschuwing with herhaalde oproep (Wi 14 lid 1) that announced this boete. */
  waarschuwing: { datum: string; kenmerk: string };
  /** The appointment of that herhaalde oproep which the inburgeraar missed, or did not cooperate at. */
  gemisteAfspraak: string;
  overtreding: 'niet_verschenen' | 'onvoldoende_medewerking';
  /** For 'onvoldoende_medewerking': what happened. */
  toelichting: string | null;
  /**
   * Wi 22 lid 3: when the missed appointment was the new term of an earlier Wi 22 boetebeschikking, that
   * beschikking; the letter then refers to it instead of the waarschuwing.
   */
  vorigeBoete?: { dagtekening: string; kenmerk: string } | null;
  zienswijze: ZienswijzeVerloop;
  /** The new term of Wi 22 lid 2: an appointment at most two months after the dagtekening. */
  nieuweAfspraak: { datum: string; tijdEnPlaats: string };
  /** Wi 27: what was checked about a verlaging of the bijstand for the same gedraging. */
  samenloop?: string;
  betaling: Betaling;
}

export interface BoeteWi23Gegevens extends HandhavingBriefBasis {
  plicht: Wi23Plicht;
  /** For 'pvt_map': the one part that was breached (PVT or MAP), when known. */
  onderdeel?: Wi23Onderdeel | null;
  /** Besluit 7.1 lid 3: the earlier onherroepelijke Wi 23 boetes that raised this one (dagtekening, kenmerk). */
  recidive?: { dagtekening: string; kenmerk: string }[];
  /** The kenmerk of the PIP whose duty was breached. */
  pipKenmerk: string | null;
  gedragingen: Feit[];
  verwijtbaarheid: Verwijtbaarheid;
  stappen: BerekeningStap[];
  /** The amount imposed: the last step. */
  bedrag: number;
  /** Wi 27: what was checked about a verlaging of the bijstand for the same gedraging. */
  samenloop: string;
  zienswijze: ZienswijzeVerloop;
  /** Required above € 340 (Awb 5:53). */
  rapport: { datum: string } | null;
  betaling: Betaling;
}

const sectie = (kop: string | null, alineas: string[], lijst: BriefSectie['lijst'] = []): BriefSectie => ({ kop, alineas, lijst });

/** A standard text may hold several paragraphs, one per line. */
function regels(tekst: string): string[] {
  return tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter(Boolean);
}

function weiger(melding: string): never {
  throw new KoersFout('REGEL_GESCHONDEN', melding);
}

/** The standard texts with legal placeholders each letter prints (for the check before printing). */
export const HANDHAVING_TEKSTEN = {
  zienswijze: ['zienswijzeInleiding', 'zienswijzeHoe'],
  wi22: ['boeteWi22Besluit', 'boeteWi22NieuweTermijn', 'boeteBetalen', 'rechtsmiddelen'],
  wi23: ['boeteWi23Besluit', 'boeteBetalen', 'rechtsmiddelen'],
} as const satisfies Record<string, readonly (keyof BriefTeksten)[]>;

/** As the Instellingen screen names them, so the regisseur can find the text. */
const TEKST_LABELS: Partial<Record<keyof BriefTeksten, string>> = {
  zienswijzeInleiding: 'Zienswijze: inleiding (art. 4:8 Awb)',
  zienswijzeHoe: 'Zienswijze: hoe reageren (wat moet u doen?)',
  boeteWi22Besluit: 'Boete brede intake: besluit (art. 22 Wi; art. 5:9 Awb)',
  boeteWi22NieuweTermijn: 'Boete brede intake: nieuwe termijn (art. 22 lid 2 Wi)',
  boeteWi23Besluit: 'Boete art. 23: besluit (art. 23 Wi; art. 5:9 Awb)',
  boeteBetalen: 'Boete betalen (art. 4:87 Awb)',
  rechtsmiddelen: 'Rechtsmiddelen (art. 3:45 Awb)',
};

function controleerBasis(g: HandhavingBriefBasis, brief: keyof typeof HANDHAVING_TEKSTEN): void {
  const ontbreekt = [...ontbrekendeBriefInstellingen(g.instellingen, 'beschikking'), ...ontbrekendePlaatshouders(g.teksten, HANDHAVING_TEKSTEN[brief], TEKST_LABELS)];
  if (ontbreekt.length > 0) throw new KoersFout('ONGELDIGE_INVOER', ontbreekt.map((b) => b.melding).join(' '));
  if (!g.ondertekenaar.naam.trim() || !g.ondertekenaar.functie.trim()) weiger('Kies wie de brief ondertekent: naam en functie zijn nodig.');
}

function controleerBetaling(b: Betaling): void {
  if (!b.betalingskenmerk.trim()) weiger('Vul het betalingskenmerk van de boete in.');
  if (!b.rekeningnummer.trim()) weiger('Vul het rekeningnummer (IBAN) voor boetes in.');
}

function controleerRapport(rapport: { datum: string } | null, boete: number, dagtekening: string, extra: Instellingen['extraRustdagen'], beschikking: boolean): void {
  if (boete <= AWB_5_53_GRENS) return;
  if (!rapport) weiger(`De boete is hoger dan ${bedrag(AWB_5_53_GRENS)}. Maak eerst een rapport op (artikel 5:53 Awb) en vul de datum in.`);
  if (rapport.datum > dagtekening) weiger('De datum van het rapport ligt na de datum van de brief. Controleer de datum van het rapport.');
  const uiterlijk = beslissenNaRapportUiterlijk(rapport.datum, extra);
  if (beschikking && dagtekening > uiterlijk) {
    weiger(`De boete moest uiterlijk op ${datumLang(uiterlijk)} worden opgelegd: 13 weken na het rapport (artikel 5:53 Awb). Deze boete kan niet meer worden opgelegd.`);
  }
}

function controleerStappen(stappen: BerekeningStap[], totaal: number): void {
  if (stappen.length === 0) weiger('De berekening van de boete ontbreekt.');
  if (stappen.at(-1)!.bedrag !== totaal) weiger('Het boetebedrag is niet gelijk aan de uitkomst van de berekening.');
}

function controleerZienswijze(z: ZienswijzeVerloop, dagtekening: string): void {
  if (z.gegeven) {
    if (!z.gegeven.weging.trim()) weiger('Schrijf op hoe u de zienswijze hebt gewogen (artikel 3:46 Awb).');
    if (z.gegeven.op > dagtekening) weiger('De zienswijze is gegeven na de datum van de brief. Controleer de datums.');
  } else if (z.uiterlijk >= dagtekening) {
    // Without a zienswijze the college decides only after the term it gave (Awb 4:8).
    weiger(`De termijn voor de zienswijze loopt tot en met ${datumLang(z.uiterlijk)}. Neem het besluit pas daarna, of leg eerst de zienswijze vast.`);
  }
}

/** The section on the zienswijze in a beschikking: what was said and how it was weighed (Awb 4:8, 3:46). */
function zienswijzeSectie(z: ZienswijzeVerloop, vastBedrag: number | null = null): BriefSectie {
  if (!z.gegeven) {
    const alineas = [
      `Op ${datumLang(z.gevraagdOp)} schreven wij u dat wij van plan waren u deze boete te geven. U kon ons tot en met ${datumLang(z.uiterlijk)} vertellen wat u daarvan vond. U hebt niet gereageerd. Wij hebben daarom besloten met de informatie die wij hadden.`,
    ];
    // Awb 5:41 (no boete without verwijtbaarheid) and 5:46 lid 3 (a fixed amount may be lowered).
    if (vastBedrag !== null) {
      alineas.push(`Wij weten niet van een reden waardoor u hier geen schuld aan hebt, of waardoor ${bedrag(vastBedrag)} te veel is voor u (artikel 5:41 en 5:46 lid 3 Algemene wet bestuursrecht).`);
    }
    return sectie('Uw zienswijze', alineas);
  }
  const wijze = z.gegeven.wijze === 'schriftelijk' ? 'in een brief' : 'in een gesprek';
  return sectie('Uw zienswijze', [
    `Op ${datumLang(z.gevraagdOp)} schreven wij u dat wij van plan waren u deze boete te geven. Op ${datumLang(z.gegeven.op)} hebt u ons ${wijze} verteld wat u daarvan vond. U zei:`,
    z.gegeven.samenvatting,
    'Wij hebben dat zo gewogen:',
    z.gegeven.weging,
  ]);
}

function referentie(g: HandhavingBriefBasis, extra: BriefSectie['lijst'] = []): Brief['referentie'] {
  return [
    { label: 'Ons kenmerk', waarde: g.kenmerk },
    { label: 'Datum', waarde: datumLang(g.dagtekening) },
    ...extra,
    { label: 'Behandeld door', waarde: g.instellingen.behandelaarNaam ?? '' },
    { label: 'Telefoon', waarde: g.instellingen.behandelaarTelefoon ?? '' },
  ];
}

function ondertekening(g: HandhavingBriefBasis): Brief['ondertekening'] {
  return {
    namens: [`Burgemeester en wethouders van ${g.instellingen.gemeentenaam},`, 'namens dezen,'],
    naam: g.ondertekenaar.naam,
    functie: g.ondertekenaar.functie,
    mandaat: g.ondertekenaar.mandaatbesluit ? `Ondertekend in mandaat (art. 10:10 Awb), ${g.ondertekenaar.mandaatbesluit}` : null,
  };
}

function basiswaarden(g: HandhavingBriefBasis): Record<string, string> {
  const inst = g.instellingen;
  return {
    aanspreekvorm: aanspreekvorm(g.inburgeraar),
    gemeente: inst.gemeentenaam,
    bezwaaradres: inst.bezwaarAdres ?? `${inst.postadres}, ${inst.postcode} ${inst.plaats}`,
    adres: `${inst.postadres}, ${inst.postcode} ${inst.plaats}`,
    rechtbank: inst.rechtbank ?? '',
    kenmerk: g.kenmerk,
    behandelaar: inst.behandelaarNaam ?? '',
    telefoon: inst.behandelaarTelefoon ?? '',
    dagtekening: datumLang(g.dagtekening),
  };
}

const berekeningLijst = (stappen: BerekeningStap[]): BriefSectie['lijst'] => stappen.map((s) => ({ label: s.omschrijving, waarde: bedrag(s.bedrag) }));
/** Whether the computation raised the base for recidive (Besluit 7.1 lid 3) before grading. */
const isVerhoogd = (stappen: BerekeningStap[]): boolean => stappen.some((s) => /^Verhoogd\b/.test(s.omschrijving));
const feitenLijst = (feiten: Feit[]): BriefSectie['lijst'] => feiten.map((f) => ({ label: datumLang(f.datum), waarde: f.omschrijving }));

/**
 * The voornemen to impose a Wi 22 or Wi 23 boete, with the right to a zienswijze in writing or orally
 * (Awb 4:8). Not a besluit: there is no bezwaar against it, so it carries no rechtsmiddelenclausule.
 */
export function zienswijzeBrief(g: ZienswijzeGegevens): Brief {
  controleerBasis(g, 'zienswijze');
  if (g.boete === 'wi23' && !g.plicht) weiger('Kies welke plicht uit het PIP niet is nagekomen.');
  if (g.feiten.length === 0) weiger('Beschrijf wat er is gebeurd en op welke datum.');
  if (g.zienswijzeUiterlijk <= g.dagtekening) weiger('De datum voor de zienswijze moet na de datum van de brief liggen.');
  controleerStappen(g.stappen, g.bedrag);
  controleerRapport(g.rapport, g.bedrag, g.dagtekening, g.instellingen.extraRustdagen, false);
  const { teksten } = g;
  const waarden = { ...basiswaarden(g), boete: bedrag(g.bedrag), zienswijzeUiterlijk: datumLang(g.zienswijzeUiterlijk) };
  const t = (tekst: string) => regels(vulIn(tekst, waarden));
  const wi22Wat = (g.overtreding ?? 'niet_verschenen') === 'niet_verschenen' ? 'U bent niet gekomen op de brede intake.' : 'U hebt niet genoeg meegewerkt aan de brede intake.';
  const onderdeel = g.plicht === 'pvt_map' && g.onderdeel ? ONDERDEEL_IN_BRIEF[g.onderdeel].plicht : null;
  const plichtInBrief = g.boete === 'wi23' ? (onderdeel ?? WI23_PLICHTEN[g.plicht!].inBrief) : '';
  const watIsEr = g.boete === 'wi22'
    ? `${wi22Wat} Dat was na onze schriftelijke waarschuwing en herhaalde oproep. Dit is er gebeurd:`
    : `U hebt niet gedaan wat uw persoonlijk plan inburgering en participatie (PIP) van u vraagt. U moest ${plichtInBrief}. Dit is er gebeurd:`;
  // The rule in words, with the articles (Awb 5:9 onder b).
  const regel = g.boete === 'wi22'
    ? 'U moet meedoen aan de brede intake (artikel 14 lid 1 Wet inburgering 2021). Komt u na een schriftelijke waarschuwing niet, of werkt u niet genoeg mee? Dan moeten wij u een boete geven (artikel 22 lid 1 Wet inburgering 2021 en artikel 7.1 lid 1 Besluit inburgering 2021).'
    : `U moet doen wat in uw plan staat. U moet ${plichtInBrief} (${WI23_PLICHTEN[g.plicht!].artikel} Wet inburgering 2021). Doet u dat niet, dan kunnen wij u een boete geven (artikel 23 Wet inburgering 2021 en artikel 7.1 Besluit inburgering 2021).`;
  const secties: BriefSectie[] = [
    sectie(null, t(teksten.zienswijzeInleiding)),
    sectie('Wat is er gebeurd?', [watIsEr], feitenLijst(g.feiten)),
    sectie('Welke regel geldt?', [regel]),
  ];
  const hoeHoog: string[] = [];
  if (g.verwijtbaarheid) {
    hoeHoog.push(
      `Hoe hoog de boete is, hangt af van hoeveel schuld u hebt. Dat heet verwijtbaarheid. Wij beoordelen uw schuld nu als: ${g.verwijtbaarheid.graad}. ${GRAAD_UITLEG[g.verwijtbaarheid.graad] ?? ''} Dan rekenen wij ${g.verwijtbaarheid.percentage}% ${isVerhoogd(g.stappen) ? 'van het bedrag na de verhoging (zie de berekening hieronder)' : 'van het basisbedrag'}. De reden:`.replace('  ', ' '),
      g.verwijtbaarheid.motivering,
    );
  }
  hoeHoog.push(
    g.boete === 'wi22'
      ? `De boete is ${bedrag(g.bedrag)}. Dat bedrag staat vast in de wet. Is dat bedrag voor u te hoog door bijzondere omstandigheden? Vertel het ons (artikel 5:46 lid 3 Algemene wet bestuursrecht).`
      : `De boete zou ${bedrag(g.bedrag)} zijn. Zo hebben wij dat berekend:`,
  );
  secties.push(sectie('Hoe hoog is de boete?', hoeHoog, g.boete === 'wi22' ? [] : berekeningLijst(g.stappen)));
  if (g.rapport) {
    secties.push(
      sectie('Rapport', [
        `Omdat de boete hoger is dan ${bedrag(AWB_5_53_GRENS)}, hebben wij op ${datumLang(g.rapport.datum)} een rapport gemaakt. Daarin staat wat er is gebeurd. U krijgt het rapport bij deze brief (artikel 5:53 Algemene wet bestuursrecht). Wij beslissen uiterlijk op ${datumLang(beslissenNaRapportUiterlijk(g.rapport.datum, g.instellingen.extraRustdagen))}.`,
      ]),
    );
  }
  secties.push(sectie('Wat moet u doen?', t(teksten.zienswijzeHoe).map((regel) => `• ${regel}`)));
  secties.push(sectie('Is dit al een besluit?', t(teksten.zienswijzeGeenBesluit)));
  secties.push(sectie(null, t(teksten.vragen)));
  return {
    titel: `${teksten.onderwerpZienswijze} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: referentie(g, [{ label: 'Reageren vóór of op', waarde: datumLang(g.zienswijzeUiterlijk) }]),
    onderwerp: teksten.onderwerpZienswijze,
    aanhef: vulIn(teksten.aanhef, waarden),
    secties,
    slot: teksten.slot,
    ondertekening: ondertekening(g),
    bijlagen: [],
  };
}

function betalingSectie(g: HandhavingBriefBasis & { betaling: Betaling }, boete: number): { uiterlijk: string; sectie: BriefSectie } {
  const uiterlijk = betalenUiterlijk(g.dagtekening, g.instellingen.extraRustdagen);
  return {
    uiterlijk,
    sectie: sectie('Betalen', [], [
      { label: 'Bedrag', waarde: bedrag(boete) },
      { label: 'Betalen vóór of op', waarde: datumLang(uiterlijk) },
      { label: 'Rekeningnummer', waarde: g.betaling.rekeningnummer },
      { label: 'Betalingskenmerk', waarde: g.betaling.betalingskenmerk },
    ]),
  };
}

/**
 * The boetebeschikking of Wi 22: not appearing or not cooperating at the brede intake after the
 * schriftelijke waarschuwing and herhaalde oproep (Wi 14 lid 1). States the overtreding and the voorschrift
 * (Awb 5:9), the new term of at most two months (Wi 22 lid 2), payment within six weeks (Awb 4:87) and the
 * rechtsmiddelenclausule (Awb 3:45).
 */
export function boeteBeschikkingWi22(g: BoeteWi22Gegevens): Brief {
  controleerBasis(g, 'wi22');
  controleerBetaling(g.betaling);
  if (g.waarschuwing.datum >= g.gemisteAfspraak) weiger('De gemiste afspraak moet na de schriftelijke waarschuwing liggen (artikel 14 lid 1 Wet inburgering 2021).');
  if (g.gemisteAfspraak >= g.dagtekening) weiger('De boete kan pas worden opgelegd na de gemiste afspraak van de herhaalde oproep.');
  if (g.overtreding === 'onvoldoende_medewerking' && !g.toelichting?.trim()) weiger('Beschrijf hoe de inburgeraar niet genoeg heeft meegewerkt.');
  if (!g.nieuweAfspraak.tijdEnPlaats.trim()) weiger('Vul de tijd en de plaats van de nieuwe afspraak in (artikel 22 lid 2 Wet inburgering 2021).');
  const samenloop = (g.samenloop ?? 'Uw bijstand is voor deze gedraging niet verlaagd.').trim();
  if (!samenloop) weiger('Leg vast wat u hebt nagegaan over een verlaging van de bijstand voor dezelfde gedraging (artikel 27 Wet inburgering 2021).');
  controleerZienswijze(g.zienswijze, g.dagtekening);
  // Wi 22 lid 2: a new term of at most two months, which lies after the dagtekening.
  const uiterlijkeAfspraak = nieuweTermijnIntakeNaBoete(g.dagtekening);
  if (g.nieuweAfspraak.datum <= g.dagtekening) weiger('De nieuwe afspraak moet na de datum van de beschikking liggen.');
  if (g.nieuweAfspraak.datum > uiterlijkeAfspraak) {
    weiger(`De nieuwe termijn is hoogstens twee maanden (artikel 22 lid 2 Wet inburgering 2021). Kies een afspraak uiterlijk op ${datumLang(uiterlijkeAfspraak)}.`);
  }
  const boete = boeteWi22(g.dagtekening);
  const { teksten } = g;
  const waarschuwingKenmerk = g.waarschuwing.kenmerk.trim() ? ` (kenmerk ${g.waarschuwing.kenmerk.trim()})` : '';
  const vorige = g.vorigeBoete ?? null;
  if (vorige && vorige.dagtekening >= g.gemisteAfspraak) weiger('De gemiste afspraak moet na de eerdere boetebeschikking liggen (artikel 22 lid 3 Wet inburgering 2021).');
  const wat = g.overtreding === 'niet_verschenen' ? `u bent op ${datumLang(g.gemisteAfspraak)} niet gekomen op de brede intake.` : `u hebt op ${datumLang(g.gemisteAfspraak)} niet genoeg meegewerkt aan de brede intake.`;
  const overtreding = vorige
    ? `${wat} Dat was de nieuwe afspraak uit ons besluit van ${datumLang(vorige.dagtekening)} (kenmerk ${vorige.kenmerk}). Daarin gaven wij u al een boete. Daarom krijgt u opnieuw een boete (artikel 22 lid 3 Wet inburgering 2021).`
    : `${wat} Dat was na onze schriftelijke waarschuwing en herhaalde oproep van ${datumLang(g.waarschuwing.datum)}${waarschuwingKenmerk}.`;
  const waarden: Record<string, string> = {
    ...basiswaarden(g), boete: bedrag(boete), overtreding, datumAfspraak: datumLang(g.nieuweAfspraak.datum), tijdEnPlaats: g.nieuweAfspraak.tijdEnPlaats.trim(),
  };
  const t = (tekst: string) => regels(vulIn(tekst, waarden));
  const betaling = betalingSectie(g, boete);
  Object.assign(waarden, { betaalUiterlijk: datumLang(betaling.uiterlijk), betalingskenmerk: g.betaling.betalingskenmerk, rekeningnummer: g.betaling.rekeningnummer });

  const feiten: Feit[] = [
    { datum: g.waarschuwing.datum, omschrijving: `Wij stuurden u een schriftelijke waarschuwing en een herhaalde oproep${waarschuwingKenmerk}.` },
    ...(vorige ? [{ datum: vorige.dagtekening, omschrijving: `Wij gaven u een boete en een nieuwe afspraak (kenmerk ${vorige.kenmerk}).` }] : []),
    { datum: g.gemisteAfspraak, omschrijving: g.overtreding === 'niet_verschenen' ? 'U kwam niet op de afspraak voor de brede intake.' : `U werkte niet genoeg mee aan de brede intake: ${g.toelichting}` },
  ];
  const secties: BriefSectie[] = [
    sectie('Ons besluit', t(teksten.boeteWi22Besluit)),
    sectie('Wat is er gebeurd?', [], feitenLijst(feiten)),
    sectie('Bijstand', [`Wij geven geen boete als uw bijstand al lager is gemaakt voor hetzelfde (artikel 27 Wet inburgering 2021). Dat hebben wij nagekeken. ${samenloop}`]),
    zienswijzeSectie(g.zienswijze, boete),
    // The time and place of the new appointment come straight after the sentence that announces it; a text saved
    // without {tijdEnPlaats} keeps them as a list.
    teksten.boeteWi22NieuweTermijn.includes('{tijdEnPlaats}')
      ? sectie('Uw nieuwe termijn', t(teksten.boeteWi22NieuweTermijn))
      : sectie('Uw nieuwe termijn', t(teksten.boeteWi22NieuweTermijn), [
          { label: 'Datum', waarde: datumLang(g.nieuweAfspraak.datum) },
          { label: 'Tijd en plaats', waarde: g.nieuweAfspraak.tijdEnPlaats },
        ]),
    betaling.sectie,
    sectie('Wat moet u doen?', [
      ...t(teksten.boeteBetalen).map((regel) => `• ${regel}`),
      `• Kom op ${datumLang(g.nieuweAfspraak.datum)} naar de brede intake. Kunt u echt niet? Bel dan vóór die datum met ${waarden['behandelaar']} via ${waarden['telefoon']}.`,
    ]),
    sectie('Bent u het niet eens met dit besluit?', t(teksten.rechtsmiddelen)),
    sectie(null, t(teksten.vragen)),
  ];
  return {
    titel: `${teksten.onderwerpBoeteWi22} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: referentie(g, [{ label: 'Betalingskenmerk', waarde: g.betaling.betalingskenmerk }]),
    onderwerp: teksten.onderwerpBoeteWi22,
    aanhef: vulIn(teksten.aanhef, waarden),
    secties,
    slot: teksten.slot,
    ondertekening: ondertekening(g),
    bijlagen: [],
  };
}

/** Besluit 7.1 lid 3: which earlier boete raised this one, and what onherroepelijk means (B1). */
function recidiveUitleg(recidive: { dagtekening: string; kenmerk: string }[]): string[] {
  const eerder = [...recidive].sort((a, b) => a.dagtekening.localeCompare(b.dagtekening));
  const welke = eerder.map((b) => `op ${datumLang(b.dagtekening)}${b.kenmerk.trim() ? ` (kenmerk ${b.kenmerk.trim()})` : ''}`);
  const zin = welke.length === 1 ? `U kreeg eerder een boete ${welke[0]}.` : `U kreeg eerder boetes ${welke.slice(0, -1).join(', ')} en ${welke.at(-1)}.`;
  const keer = KEER[eerder.length] ?? `${eerder.length + 1} keer`;
  return [
    `${zin} Tegen ${eerder.length === 1 ? 'die boete' : 'die boetes'} kunt u geen bezwaar of beroep meer maken. Dat heet: de boete is onherroepelijk. Daarom is het basisbedrag nu ${keer} zo hoog (artikel 7.1 lid 3 Besluit inburgering 2021).`,
  ];
}

/**
 * The boetebeschikking of Wi 23: a duty of the PIP not met (art. 15 lid 1 onder b of c, or lid 2). States the
 * gedraging and the voorschrift (Awb 5:9), the verwijtbaarheid and the computation (Besluit 7.1 lid 2–5), that
 * samenloop with the Participatiewet was checked (Wi 27), payment (Awb 4:87) and the rechtsmiddelenclausule.
 */
export function boeteBeschikkingWi23(g: BoeteWi23Gegevens): Brief {
  controleerBasis(g, 'wi23');
  controleerBetaling(g.betaling);
  if (g.gedragingen.length === 0) weiger('Beschrijf wat er is gebeurd en op welke datum.');
  if (g.gedragingen.some((f) => f.datum >= g.dagtekening)) weiger('Een boete gaat over wat al is gebeurd: elke gedraging moet voor de datum van de beschikking liggen.');
  if (!g.verwijtbaarheid.motivering.trim()) weiger('Motiveer de mate van verwijtbaarheid (artikel 3:46 Awb).');
  if (!g.samenloop.trim()) weiger('Leg vast wat u hebt nagegaan over een verlaging van de bijstand voor dezelfde gedraging (artikel 27 Wet inburgering 2021).');
  controleerStappen(g.stappen, g.bedrag);
  const { maximum } = boeteWi23Bedragen(g.dagtekening);
  if (g.bedrag <= 0 || g.bedrag > maximum) weiger(`Een boete op grond van artikel 23 is hoogstens ${bedrag(maximum)} (artikel 7.1 Besluit inburgering 2021).`);
  controleerZienswijze(g.zienswijze, g.dagtekening);
  controleerRapport(g.rapport, g.bedrag, g.dagtekening, g.instellingen.extraRustdagen, true);
  const { teksten } = g;
  const plicht = WI23_PLICHTEN[g.plicht];
  const onderdeel = g.plicht === 'pvt_map' && g.onderdeel ? ONDERDEEL_IN_BRIEF[g.onderdeel] : null;
  const recidive = g.recidive ?? [];
  const verhoogd = isVerhoogd(g.stappen);
  if (verhoogd && recidive.length === 0) weiger('De boete is verhoogd wegens een eerdere boete. Vul de datum en het kenmerk van die eerdere boete in (artikel 7.1 lid 3 Besluit inburgering 2021).');
  // Awb 5:9 onder a: the one duty and the date of the gedraging, in the decision paragraph itself.
  const gedraging = `u hebt op ${datumsInZin(g.gedragingen.map((f) => f.datum))} niet ${onderdeel?.gedaan ?? PLICHT_GEDAAN[g.plicht]}.`;
  const waarden: Record<string, string> = { ...basiswaarden(g), boete: bedrag(g.bedrag), plicht: onderdeel?.plicht ?? plicht.inBrief, artikelPlicht: plicht.artikel, gedraging };
  const t = (tekst: string) => regels(vulIn(tekst, waarden));
  const betaling = betalingSectie(g, g.bedrag);
  Object.assign(waarden, { betaalUiterlijk: datumLang(betaling.uiterlijk), betalingskenmerk: g.betaling.betalingskenmerk, rekeningnummer: g.betaling.rekeningnummer });

  const secties: BriefSectie[] = [
    sectie('Ons besluit', t(teksten.boeteWi23Besluit)),
    sectie('Wat is er gebeurd?', [g.pipKenmerk ? `In uw plan met kenmerk ${g.pipKenmerk} staan afspraken over wat u moet doen. Dit is er gebeurd:` : 'Dit is er gebeurd:'], feitenLijst(g.gedragingen)),
    sectie('Hoeveel schuld hebt u?', [
      `Hoe hoog de boete is, hangt af van hoeveel schuld u hebt. Dat heet verwijtbaarheid. Wij beoordelen uw schuld als: ${g.verwijtbaarheid.graad}. ${GRAAD_UITLEG[g.verwijtbaarheid.graad] ?? ''}`.trim(),
      `Daarom rekenen wij ${g.verwijtbaarheid.percentage}% ${verhoogd ? 'van het bedrag na de verhoging (zie de berekening hieronder)' : 'van het basisbedrag'}. Dat staat in artikel 7.1 Besluit inburgering 2021. De reden:`,
      g.verwijtbaarheid.motivering,
    ]),
    sectie('Hoe hebben wij de boete berekend?', verhoogd ? recidiveUitleg(recidive) : [], berekeningLijst(g.stappen)),
    sectie('Bijstand', [`Wij geven geen boete als uw bijstand al lager is gemaakt voor hetzelfde (artikel 27 Wet inburgering 2021). Dat hebben wij nagekeken. ${g.samenloop}`]),
    zienswijzeSectie(g.zienswijze),
  ];
  if (g.rapport) secties.push(sectie('Rapport', [`Dit besluit is gebaseerd op ons rapport van ${datumLang(g.rapport.datum)} (artikel 5:53 Algemene wet bestuursrecht).`]));
  secties.push(
    betaling.sectie,
    sectie('Wat moet u doen?', [
      ...t(teksten.boeteBetalen).map((regel) => `• ${regel}`),
      `• Doe vanaf nu weer mee zoals in uw plan staat. Doet u binnen een jaar opnieuw niet mee? Dan wordt de boete hoger.`,
    ]),
    sectie('Bent u het niet eens met dit besluit?', t(teksten.rechtsmiddelen)),
    sectie(null, t(teksten.vragen)),
  );
  return {
    titel: `${teksten.onderwerpBoeteWi23} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: referentie(g, [{ label: 'Betalingskenmerk', waarde: g.betaling.betalingskenmerk }]),
    onderwerp: teksten.onderwerpBoeteWi23,
    aanhef: vulIn(teksten.aanhef, waarden),
    secties,
    slot: teksten.slot,
    ondertekening: ondertekening(g),
    bijlagen: [],
  };
}
