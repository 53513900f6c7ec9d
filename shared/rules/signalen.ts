import type { Instellingen } from '../domain/instellingen';
import type { OproepUitkomst } from '../domain/intake';
import type { Leerroute, NiveauPerOnderdeel, PipNiveau } from '../domain/pip';
import type { MapThemaInvoer } from '../domain/pvt';
import {
  SIGNAALSOORT_LABELS,
  type DossierTabblad,
  type Ernst,
  type Sectie,
  type Signaal,
  type Signaalsoort,
  type UitgesteldSignaal,
} from '../domain/signaal';
import { datumLang, volledigeNaam } from '../format';
import type { Doelgroep } from './doelgroep';
import { plusDagen, plusMaanden } from './datum';
import { volgendeOproepStap } from './intake';
import { niveausVan, onderdelenOpA2 } from './pip';
import { mapStand, mapVanToepassing, pvtStand, type Aanwezigheid, type MapSessieUren } from './pvt';
import { isEindstatus, pipTermijnLoopt, type Status } from './status';
import { bewaarstand } from './bewaren';
import {
  aantalNietVerschenen,
  begeleidingStart,
  beslistermijnBezwaar,
  bezwaartermijn,
  HERHAALDE_OPROEP_BINNEN_DAGEN,
  herhaaldeOproepUiterlijk,
  INTAKE_IN_AFWEZIGHEID_NA_NIET_VERSCHENEN,
  kerngegevensBewarenTot,
  pipNaInformatieDerde,
  pipTermijnVoorDossier,
  pvtMapSignaalVanaf,
  schakelenUiterlijk,
  termijnEindeVanaf,
  verlengingAanvraagVanaf,
  verlengingAanvragenUiterlijk,
  VERLENGING_BESLISTERMIJN_WEKEN,
  verwijtbaarheidMeldenVanaf,
  type Termijn,
} from './termijnen';
import { bezwaarAfgehandeld, gehoordOfAfgezien, hoorzittingUiterlijk, type BezwaarStand } from './bezwaar';
import { afschalenInZichtSinds, nt2UrenGevolgd, type UrenPeriode } from './voortgang';
import type { AtwUitkomst } from './atw';
import { DUO_MELDEN_BINNEN_DAGEN, duoTeMelden, type DuoFeiten } from './duo';
import { openHandhavingTermijnen, type BoeteRij } from './handhaving';
import { DUO_VELD_LABELS } from '../domain/duo';

// The werkvoorraad: one pure function from the facts of a dossier to the things the regisseur must do,
// each with its due date, article and the tab where it is done. Nothing is stored: a signal disappears
// the moment the fact that settles it is registered. DOMAIN.md §13 rows 1–6, 10–14, 18, 21, 22, 29.

/** Everything the signals need about one dossier (db/werkvoorraad.ts gathers it for all dossiers at once). */
export interface DossierFeiten {
  inburgeraar: {
    id: number;
    voornamen: string;
    tussenvoegsel: string | null;
    achternaam: string;
    doelgroep: Doelgroep;
    status: Status;
    datumKennisgevingDuo: string | null;
    datumInschrijvingBrp: string | null;
    huisvestingArt28: boolean;
    termijnStartEerder: string | null;
    /** ISO timestamp of the last change; the fallback for the day an eindstatus was reached. */
    gewijzigd: string;
  };
  /** Oldest first. */
  oproepen: { id: number; volgnummer: number; verschijnenOp: string; uitkomst: OproepUitkomst }[];
  intake: { afgerondOp: string | null } | null;
  /** PIP versions, oldest first. */
  pips: {
    id: number;
    versie: number;
    status: string;
    /** Wi 17: why a wijziging was made ('schakelen', 'afschalen', …); null for the first PIP. */
    wijzigingReden: string | null;
    dagtekening: string | null;
    termijnStart: string | null;
    verzenddatum: string | null;
    leerroute: Leerroute | null;
    niveau: PipNiveau | null;
    niveauPerOnderdeel: NiveauPerOnderdeel | null;
    voortgangsgesprekkenElkeMaanden: number | null;
  }[];
  /** PVT and MAP facts (db/pvt.ts pvtFeiten); null for a dossier in an eindstatus. */
  pvt: {
    aanwezigheden: Aanwezigheid[];
    intakeUren: number;
    datumOndertekening: string | null;
    mapThemas: MapThemaInvoer[];
    /** Hours of attended MAP group sessions per thema. */
    mapSessieUren: MapSessieUren[];
    eindgesprek: string | null;
  } | null;
  voortgangsgesprekken: { id: number; gepland: string; tijd: string | null; gehouden: string | null }[];
  leerroutePeriodes: UrenPeriode[];
  begeleiding: { start: string; geplandEinde: string | null; afgerondOp: string | null } | null;
  ontzorgen: { startBijstand: string; einde: string; uitstroomgesprek: string | null } | null;
  /** Only those not afgehandeld. */
  afspraken: { id: number; datum: string; tijd: string; plaats: string }[];
  uitstel: { sleutel: string; tot: string; reden: string }[];
  wachtOpDerde: { omschrijving: string; sinds: string; verwachtOp: string | null; ontvangenOp: string | null } | null;
  /** Status changes into an eindstatus, in any order. */
  statuswijzigingen: { naar: Status; datum: string; correctie: boolean }[];
  /** Onderdelen ('pvt', 'map') for which the verwijtbaar indicator was determined. */
  verwijtbaarheid: string[];
  /** What DUO must know and what it was told (db/duo.ts); null when not gathered. */
  duo: DuoFeiten | null;
  /** The bezwaar register (db/bezwaar.ts), oldest first. */
  bezwaren: (Pick<BezwaarStand, 'verzenddatum' | 'adviescommissie' | 'hoorzittingOp' | 'hoorzittingAfgezienReden' | 'verdaagdOp' | 'uitkomst' | 'uitkomstOud'> & {
    id: number;
    beschikkingKenmerk: string | null;
  })[];
  /** Bestuurlijke boetes of this dossier (Wi 22, 23), for their open deadlines. */
  boetes: BoeteRij[];
}

export interface SignaalOpties extends Pick<Instellingen, 'extraRustdagen' | 'mapUrenNorm'> {
  /** Wi 14 lid 2: the gemeente's own term for a herhaalde oproep (a setting; policy, not law). */
  herhaaldeOproepBinnenDagen?: number;
  /** How soon a new fact goes to DUO (a setting; policy, not law). */
  duoMeldenBinnenDagen?: number;
}

/** How far ahead a reminder shows before its date: four weeks, or eight for the schakel limit. */
export const ZICHTBAAR_DAGEN_VOORAF = 28;
export const SCHAKELEN_ZICHTBAAR_WEKEN_VOORAF = 8;

/** Days from `van` to `tot` (negative when `tot` lies before `van`), on calendar dates. */
export function dagenTussen(van: string, tot: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(tot) - utc(van)) / 86_400_000);
}

/** te_laat (< 0 days), deze_week (0–7), binnen_vier_weken (8–28), later (> 28). */
export function sectieVan(dagenOver: number): Sectie {
  if (dagenOver < 0) return 'te_laat';
  if (dagenOver <= 7) return 'deze_week';
  if (dagenOver <= 28) return 'binnen_vier_weken';
  return 'later';
}

type Concept = Pick<Signaal, 'sleutel' | 'soort' | 'wat' | 'datum' | 'artikel' | 'ernst' | 'tabblad' | 'toelichting'>;

function concept(
  soort: Signaalsoort,
  datum: string,
  velden: { sleutel?: string; wat?: string; artikel: string; ernst: Ernst; tabblad: DossierTabblad; toelichting?: string | null },
): Concept {
  return {
    sleutel: velden.sleutel ?? soort,
    soort,
    wat: velden.wat ?? SIGNAALSOORT_LABELS[soort],
    datum,
    artikel: velden.artikel,
    ernst: velden.ernst,
    tabblad: velden.tabblad,
    toelichting: velden.toelichting ?? null,
  };
}

function atwZin(uitkomst: AtwUitkomst): string {
  return uitkomst.verschovenWegens
    ? ` De termijn eindigde op ${datumLang(uitkomst.oorspronkelijk)} (${uitkomst.verschovenWegens}) en loopt daarom door tot ${datumLang(uitkomst.datum)} (art. 1 Algemene termijnenwet).`
    : '';
}

function termijnUitleg(t: Termijn, weken: number): string {
  return `${weken} weken na ${t.startgebeurtenis} op ${datumLang(t.startdatum)}.${atwZin(t)}`;
}

/** The PIP versions that were vastgesteld (not a concept), oldest first. */
function vastgesteldePips(f: DossierFeiten) {
  return f.pips.filter((p) => p.status !== 'concept');
}

/** Wi 11 lid 3: the running termijn keeps its first start, also after a wijziging or a move. */
function termijnStartVan(f: DossierFeiten): string | null {
  return vastgesteldePips(f).find((p) => p.termijnStart)?.termijnStart ?? f.inburgeraar.termijnStartEerder;
}

/** The dates that follow from a termijn start (Wi 11; Besluit 4.5, 5.4; Wi 24; DUO). */
interface TermijnDatums {
  einde: string;
  schakelenUiterlijk: string;
  verlengingVanaf: string;
  verlengingUiterlijk: string;
  pvtMapVanaf: string;
  meldenVanaf: string;
}

/**
 * The date rules of one batch, each result kept by its input: 50,000 dossiers share a few thousand dates,
 * and a rule with the Atw costs a walk over the feestdagen of a year.
 */
interface Rekenaar {
  pipTermijn: (i: DossierFeiten['inburgeraar']) => Termijn | null;
  termijnDatums: (termijnStart: string) => TermijnDatums;
}

function onthouden<T>(bereken: (sleutel: string) => T): (sleutel: string) => T {
  const bekend = new Map<string, T>();
  return (sleutel) => {
    if (!bekend.has(sleutel)) bekend.set(sleutel, bereken(sleutel));
    return bekend.get(sleutel)!;
  };
}

function maakRekenaar(opties: SignaalOpties): Rekenaar {
  const pip = new Map<string, Termijn | null>();
  const termijnDatums = onthouden((termijnStart): TermijnDatums => {
    const einde = termijnEindeVanaf(termijnStart);
    return {
      einde,
      schakelenUiterlijk: schakelenUiterlijk(termijnStart),
      verlengingVanaf: verlengingAanvraagVanaf(einde),
      verlengingUiterlijk: verlengingAanvragenUiterlijk(einde),
      pvtMapVanaf: pvtMapSignaalVanaf(einde),
      meldenVanaf: verwijtbaarheidMeldenVanaf(einde),
    };
  });
  return {
    pipTermijn: (i) => {
      const sleutel = `${i.datumKennisgevingDuo}|${i.datumInschrijvingBrp}|${i.huisvestingArt28}|${i.termijnStartEerder}`;
      if (!pip.has(sleutel)) pip.set(sleutel, pipTermijnVoorDossier(i, opties.extraRustdagen));
      return pip.get(sleutel)!;
    },
    termijnDatums,
  };
}

function pipSignalen(f: DossierFeiten, opties: SignaalOpties, rekenaar: Rekenaar): Concept[] {
  const i = f.inburgeraar;
  if (!pipTermijnLoopt(i.status)) return [];
  const termijn = rekenaar.pipTermijn(i);
  if (!termijn) {
    return [
      concept('pip_termijn', '', {
        wat: 'Datum kennisgeving DUO invullen',
        artikel: 'art. 5.3 lid 1 Besluit inburgering 2021',
        ernst: 'hoog',
        tabblad: 'gegevens',
        toelichting: 'De termijn voor het PIP (10 weken) telt vanaf de kennisgeving van DUO. Zonder die datum kan Koers de termijn niet bewaken.',
      }),
    ];
  }
  const pipTermijnSignaal = concept('pip_termijn', termijn.datum, {
    artikel: termijn.artikel,
    ernst: 'hoog',
    tabblad: 'pip',
    toelichting: termijnUitleg(termijn, 10),
  });
  const wacht = f.wachtOpDerde;
  if (!wacht) return [pipTermijnSignaal];
  if (!wacht.ontvangenOp) {
    const verwacht = wacht.verwachtOp ? ` Verwacht op ${datumLang(wacht.verwachtOp)}.` : '';
    return [
      {
        ...pipTermijnSignaal,
        toelichting: `Wacht sinds ${datumLang(wacht.sinds)} op informatie van derden (art. 5.3 lid 2 Besluit inburgering 2021): het PIP volgt uiterlijk twee weken na ontvangst.${verwacht} ${pipTermijnSignaal.toelichting}`,
      },
    ];
  }
  const naDerde = pipNaInformatieDerde(wacht.ontvangenOp, opties.extraRustdagen);
  if (naDerde.datum <= termijn.datum) return [pipTermijnSignaal];
  return [
    concept('pip_na_derde', naDerde.datum, {
      wat: 'PIP vaststellen na informatie van derden',
      artikel: naDerde.artikel,
      ernst: 'hoog',
      tabblad: 'pip',
      toelichting: `Twee weken na ontvangst van de informatie van derden op ${datumLang(wacht.ontvangenOp)}.${atwZin(naDerde)} De gewone termijn eindigde op ${datumLang(termijn.datum)}.`,
    }),
  ];
}

// Wi 14 lid 1–2: the outcome of each oproep; after a no-show a waarschuwing with a herhaalde oproep; after
// three no-shows the intake in afwezigheid.
function oproepSignalen(f: DossierFeiten, opties: SignaalOpties): Concept[] {
  if (f.intake?.afgerondOp || !pipTermijnLoopt(f.inburgeraar.status)) return [];
  const uit: Concept[] = [];
  for (const o of f.oproepen) {
    if (o.uitkomst !== 'open') continue;
    uit.push(
      concept('oproep_uitkomst', o.verschijnenOp, {
        sleutel: `oproep_uitkomst:${o.id}`,
        wat: `Uitkomst van oproep ${o.volgnummer} vastleggen`,
        artikel: 'art. 14 lid 1 Wi 2021',
        ernst: 'normaal',
        tabblad: 'intake',
        toelichting: `De inburgeraar is opgeroepen voor ${datumLang(o.verschijnenOp)}.`,
      }),
    );
  }
  const laatste = f.oproepen.at(-1);
  // The same step the intake screen offers (shared/rules/intake.ts), so the signal never asks for a letter
  // the college may not send.
  const stap = volgendeOproepStap(f.oproepen);
  if (!laatste || stap === 'wacht_op_uitkomst' || stap === 'verschenen') return uit;
  const dagen = opties.herhaaldeOproepBinnenDagen ?? HERHAALDE_OPROEP_BINNEN_DAGEN;
  const uiterlijk = herhaaldeOproepUiterlijk(laatste.verschijnenOp, dagen);
  const nietVerschenen = aantalNietVerschenen(f.oproepen);
  const beleid = `${dagen} dagen na de afspraak van ${datumLang(laatste.verschijnenOp)} (termijn van de gemeente; de wet noemt geen aantal dagen).`;
  if (stap === 'in_afwezigheid_afronden') {
    uit.push(
      concept('intake_in_afwezigheid', uiterlijk, {
        wat: 'Brede intake in afwezigheid afronden',
        artikel: 'art. 14 lid 2 Wi 2021',
        ernst: 'hoog',
        tabblad: 'intake',
        toelichting: `De inburgeraar is ${nietVerschenen} keer niet verschenen. ${beleid}`,
      }),
    );
  } else {
    const nietGekomen = laatste.uitkomst === 'niet_verschenen';
    uit.push(
      concept('herhaalde_oproep', uiterlijk, {
        sleutel: `herhaalde_oproep:${laatste.id}`,
        wat: nietGekomen ? 'Waarschuwing en herhaalde oproep sturen' : 'Nieuwe oproep sturen',
        artikel: nietGekomen ? 'art. 14 lid 2 Wi 2021' : 'art. 14 lid 1 Wi 2021',
        ernst: nietGekomen ? 'hoog' : 'normaal',
        tabblad: 'intake',
        toelichting: nietGekomen
          ? `Niet verschenen op oproep ${laatste.volgnummer} (${nietVerschenen} van ${INTAKE_IN_AFWEZIGHEID_NA_NIET_VERSCHENEN}). ${beleid}`
          : `Oproep ${laatste.volgnummer} is ${laatste.uitkomst === 'verzet' ? 'verzet' : 'afgemeld'}; dat telt niet als niet verschenen. ${beleid}`,
      }),
    );
  }
  return uit;
}

// Wi 13 lid 3: begeleiding for the asiel group starts on the day of BRP inschrijving.
function begeleidingSignalen(f: DossierFeiten, vandaag: string): Concept[] {
  const i = f.inburgeraar;
  const uit: Concept[] = [];
  if (i.doelgroep === 'asielstatushouder' && i.datumInschrijvingBrp && !f.begeleiding) {
    const start = begeleidingStart(i.datumInschrijvingBrp);
    uit.push(
      concept('begeleiding_starten', start, {
        artikel: 'art. 13 lid 3 Wi 2021',
        ernst: 'hoog',
        tabblad: 'begeleiding',
        toelichting: `Maatschappelijke begeleiding begint op de dag van inschrijving in de BRP (${datumLang(start)}).`,
      }),
    );
  }
  const b = f.begeleiding;
  if (b?.geplandEinde && !b.afgerondOp && dagenTussen(vandaag, b.geplandEinde) <= ZICHTBAAR_DAGEN_VOORAF) {
    uit.push(
      concept('begeleiding_afronden', b.geplandEinde, {
        artikel: 'art. 13 Wi 2021; art. 5.1 Besluit inburgering 2021',
        ernst: 'normaal',
        tabblad: 'begeleiding',
        toelichting: `De begeleiding loopt volgens plan tot ${datumLang(b.geplandEinde)} (de duur staat niet in de wet).`,
      }),
    );
  }
  return uit;
}

// Participatiewet art. 56a lid 2: six months of ontzorgen; four weeks ahead, the uitstroomgesprek.
function ontzorgenSignalen(f: DossierFeiten, vandaag: string): Concept[] {
  const o = f.ontzorgen;
  if (!o || o.uitstroomgesprek || dagenTussen(vandaag, o.einde) > ZICHTBAAR_DAGEN_VOORAF) return [];
  return [
    concept('ontzorgen_einde', o.einde, {
      wat: 'Uitstroomgesprek ontzorgen voeren',
      artikel: 'art. 56a lid 2 Participatiewet',
      ernst: 'normaal',
      tabblad: 'begeleiding',
      toelichting: `Het financieel ontzorgen (zes maanden vanaf ${datumLang(o.startBijstand)}) eindigt op ${datumLang(o.einde)}. Langer kan alleen via budgetbeheer (art. 57 Participatiewet).`,
    }),
  ];
}

// Besluit 5.3 lid 4: the PIP sets the voortgangsgesprekken; a planned one is due on its day, otherwise the
// next is planned the agreed number of months after the last one held (or the PIP's dagtekening).
function voortgangsgesprekSignalen(f: DossierFeiten): Concept[] {
  const artikel = 'art. 5.3 lid 4 Besluit inburgering 2021 (afspraak in het PIP)';
  const gepland = f.voortgangsgesprekken.filter((g) => !g.gehouden);
  if (gepland.length > 0) {
    return gepland.map((g) =>
      concept('voortgangsgesprek', g.gepland, {
        sleutel: `voortgangsgesprek:${g.id}`,
        wat: g.tijd ? `Voortgangsgesprek om ${g.tijd}` : 'Voortgangsgesprek voeren',
        artikel,
        ernst: 'normaal',
        tabblad: 'voortgang',
      }),
    );
  }
  const pip = vastgesteldePips(f).at(-1);
  const maanden = pip?.voortgangsgesprekkenElkeMaanden;
  if (!pip || !maanden) return [];
  const gehouden = f.voortgangsgesprekken.map((g) => g.gehouden!).sort().at(-1);
  const vanaf = gehouden ?? pip.dagtekening;
  if (!vanaf) return [];
  return [
    concept('voortgangsgesprek', plusMaanden(vanaf, maanden), {
      wat: 'Voortgangsgesprek plannen',
      artikel,
      ernst: 'normaal',
      tabblad: 'voortgang',
      toelichting: `Het PIP spreekt een gesprek af elke ${maanden} maanden; ${gehouden ? `het laatste was op ${datumLang(gehouden)}` : `het PIP is gedagtekend op ${datumLang(vanaf)}`}.`,
    }),
  ];
}

function afspraakSignalen(f: DossierFeiten): Concept[] {
  return f.afspraken.map((a) =>
    concept('afspraak', a.datum, {
      sleutel: `afspraak:${a.id}`,
      wat: `Afspraak ${a.tijd}, ${a.plaats}`,
      artikel: 'geen wettelijke termijn (afspraak van de regisseur)',
      ernst: 'info',
      tabblad: 'journaal',
    }),
  );
}

/** Rows 10–14: the signals that follow from the running inburgeringstermijn and the PIP in force. */
function termijnSignalen(f: DossierFeiten, vandaag: string, opties: SignaalOpties, rekenaar: Rekenaar): Concept[] {
  const uit: Concept[] = [];
  const pip = vastgesteldePips(f).at(-1);
  const termijnStart = termijnStartVan(f);
  const leerroute = pip?.leerroute ?? null;

  // Besluit 5.4: the leerroute may change until 1.5 years after the termijn start (onderwijsroute → B1 always).
  if (termijnStart && leerroute) {
    const uiterlijk = rekenaar.termijnDatums(termijnStart).schakelenUiterlijk;
    const dagen = dagenTussen(vandaag, uiterlijk);
    if (dagen >= 0 && dagen <= SCHAKELEN_ZICHTBAAR_WEKEN_VOORAF * 7) {
      uit.push(
        concept('schakelen', uiterlijk, {
          wat: 'Leerroute nog wijzigen? Laatste dag',
          artikel: 'art. 5.4 Besluit inburgering 2021',
          ernst: 'info',
          tabblad: 'voortgang',
          toelichting: `Anderhalf jaar na de start van de termijn (${datumLang(termijnStart)}). Van de onderwijsroute naar de B1-route kan altijd.`,
        }),
      );
    }
  }

  // Wi 17 lid 3; Besluit 5.5: afschalen B1 → A2 may be considered after 600 NT2 hours.
  if (leerroute === 'b1') {
    const sinds = afschalenInZichtSinds(f.leerroutePeriodes);
    const allesA2 = onderdelenOpA2(niveausVan({ leerroute, niveau: pip!.niveau, niveauPerOnderdeel: pip!.niveauPerOnderdeel })).length === 4;
    // A wijziging for afschalen set after the 600 hours were reached is the college's decision on it.
    const besloten = sinds !== null && vastgesteldePips(f).some((p) => p.wijzigingReden === 'afschalen' && p.dagtekening !== null && p.dagtekening >= sinds);
    if (sinds && !allesA2 && !besloten) {
      uit.push(
        concept('afschalen', sinds, {
          artikel: 'art. 17 lid 3 Wi 2021; art. 5.5 Besluit inburgering 2021',
          ernst: 'info',
          tabblad: 'voortgang',
          toelichting: `${nt2UrenGevolgd(f.leerroutePeriodes)} uur NT2 gevolgd; de 600 uur waren bereikt op ${datumLang(sinds)}.`,
        }),
      );
    }
  }

  if (!termijnStart) return uit;
  const { einde, verlengingVanaf, verlengingUiterlijk, pvtMapVanaf, meldenVanaf } = rekenaar.termijnDatums(termijnStart);

  // Besluit 4.5: verlenging can be asked no earlier than six months before the end; DUO decides within 8 weeks.
  if (vandaag >= verlengingVanaf && vandaag <= einde) {
    uit.push(
      concept('verlenging', verlengingUiterlijk, {
        wat: 'Verlenging van de termijn bespreken',
        artikel: 'art. 12 Wi 2021; art. 4.5 Besluit inburgering 2021',
        ernst: 'normaal',
        tabblad: 'voortgang',
        toelichting: `De termijn eindigt op ${datumLang(einde)}. Een aanvraag bij DUO kan vanaf ${datumLang(verlengingVanaf)}; DUO beslist binnen ${VERLENGING_BESLISTERMIJN_WEKEN} weken, dus vraag uiterlijk ${datumLang(verlengingUiterlijk)} aan voor een besluit binnen de termijn.`,
      }),
    );
  }

  // Wi 24: PVT and MAP within the termijn, from six months before its end (and after it: the PVT and MAP
  // stay due in DUO's new term). The verwijtbaar indicator only in its last two months [S-DUO].
  if (f.pvt && vandaag >= pvtMapVanaf) {
    const open: { onderdeel: 'pvt' | 'map'; naam: string }[] = [];
    if (pvtStand(f.pvt).status !== 'afgerond') open.push({ onderdeel: 'pvt', naam: 'participatieverklaringstraject' });
    if (leerroute && mapVanToepassing(leerroute) && !mapStand(f.pvt, opties.mapUrenNorm).afgerond) {
      open.push({ onderdeel: 'map', naam: 'module arbeidsmarkt en participatie' });
    }
    for (const { onderdeel, naam } of open) {
      uit.push(
        concept('pvt_map_termijn', einde, {
          sleutel: `pvt_map_termijn:${onderdeel}`,
          wat: `${onderdeel === 'pvt' ? 'PVT' : 'MAP'} afronden binnen de termijn`,
          artikel: 'art. 24 Wi 2021',
          ernst: 'hoog',
          tabblad: 'pvt',
          toelichting: `Het ${naam} is nog niet afgerond en de termijn eindigt op ${datumLang(einde)}. Daarna legt DUO een boete op en geeft een nieuwe termijn.`,
        }),
      );
      if (vandaag >= meldenVanaf && vandaag <= einde && !f.verwijtbaarheid.includes(onderdeel)) {
        uit.push(
          concept('verwijtbaarheid_melden', einde, {
            sleutel: `verwijtbaarheid_melden:${onderdeel}`,
            wat: `Verwijtbaarheid ${onderdeel === 'pvt' ? 'PVT' : 'MAP'} vaststellen en melden aan DUO`,
            artikel: 'art. 24 Wi 2021; koppelvlak DUO (alleen in de laatste twee maanden van de termijn)',
            ernst: 'hoog',
            tabblad: 'pvt',
            toelichting: `Melden kan van ${datumLang(meldenVanaf)} tot en met ${datumLang(einde)}.`,
          }),
        );
      }
    }
  }
  return uit;
}

// Awb 7:10: the decision on each open bezwaar in the register, due the end of the beslistermijn (with
// adviescommissie and verdaging); Awb 7:2: a reminder to plan the hoorzitting two weeks before that day.
function bezwaarSignalen(f: DossierFeiten, opties: SignaalOpties): Concept[] {
  return f.bezwaren
    .filter((b) => !bezwaarAfgehandeld(b))
    .flatMap((b) => {
      const bezwaar = bezwaartermijn(b.verzenddatum, opties.extraRustdagen);
      const beslissen = beslistermijnBezwaar(bezwaar.datum, { commissie: b.adviescommissie, verdaagd: b.verdaagdOp !== null }, opties.extraRustdagen);
      const tegen = b.beschikkingKenmerk ? ` tegen ${b.beschikkingKenmerk}` : '';
      const weken = `${b.adviescommissie ? 'Twaalf weken (met adviescommissie)' : 'Zes weken'} na het einde van de bezwaartermijn (${datumLang(bezwaar.datum)})`;
      const verdaagd = b.verdaagdOp ? `, verdaagd met zes weken op ${datumLang(b.verdaagdOp)} (art. 7:10 lid 3 Awb).` : '; verdagen kan één keer met ten hoogste zes weken (art. 7:10 lid 3 Awb).';
      const uit = [
        concept('bezwaar_beslissen', beslissen.datum, {
          sleutel: `bezwaar_beslissen:${b.id}`,
          wat: `Beslissen op bezwaar${tegen}`,
          artikel: 'art. 7:10 Awb; art. 1 Algemene termijnenwet',
          ernst: 'hoog',
          tabblad: 'bezwaar',
          toelichting: `${weken}${verdaagd}${atwZin(beslissen)}`,
        }),
      ];
      if (!gehoordOfAfgezien(b)) {
        uit.push(
          concept('bezwaar_beslissen', hoorzittingUiterlijk(beslissen.datum), {
            sleutel: `bezwaar_horen:${b.id}`,
            wat: `Hoorzitting plannen voor bezwaar${tegen}`,
            artikel: 'art. 7:2 Awb',
            ernst: 'normaal',
            tabblad: 'bezwaar',
            toelichting: `Er is nog geen hoorzitting gepland en geen reden vastgelegd om van horen af te zien (art. 7:3 Awb). De beslistermijn eindigt op ${datumLang(beslissen.datum)}.`,
          }),
        );
      }
      return uit;
    });
}

// Besluit 9.9 lid 1: delete five years after the plicht ended (onder a), or when the person died (onder b);
// the kerngegevens after at most fifty years.
function bewaartermijnSignaal(f: DossierFeiten, vandaag: string): Concept[] {
  // The one rule of the Bewaartermijn tab (shared/rules/bewaren.ts), so the signal and the list agree.
  const stand = bewaarstand({ status: f.inburgeraar.status, statuswijzigingen: f.statuswijzigingen, gewijzigd: f.inburgeraar.gewijzigd }, vandaag);
  if (!stand) return [];
  const einde = stand.eindeOp;
  const overleden = stand.grond === 'overleden';
  const datum = stand.verwijderenVanaf;
  if (dagenTussen(vandaag, datum) > ZICHTBAAR_DAGEN_VOORAF) return [];
  const kern = `De kerngegevens (naam, BSN, adres, geboortedatum, vrijstelling of ontheffing, hoe en wanneer aan de plicht is voldaan) mogen blijven tot uiterlijk ${datumLang(kerngegevensBewarenTot(einde))}. Opschonen doet u bij Gegevensbeheer, tabblad Bewaartermijn.`;
  const verhuisd = f.inburgeraar.status === 'verhuisd' ? ' Na een verhuizing loopt de plicht bij de nieuwe gemeente door; Koers telt hier vanaf de verhuisdatum.' : '';
  return [
    concept('bewaartermijn', datum, {
      wat: 'Persoonsgegevens verwijderen',
      artikel: overleden ? 'art. 9.9 lid 1 onder b Besluit inburgering 2021' : 'art. 9.9 lid 1 onder a Besluit inburgering 2021',
      ernst: 'normaal',
      tabblad: 'gegevens',
      toelichting: overleden
        ? `Overleden op ${datumLang(einde)}: de persoonsgegevens worden verwijderd. ${kern}`
        : `Vijf jaar na het einde van de inburgeringsplicht (${datumLang(einde)}) verstreken op ${datumLang(plusDagen(datum, -1))}.${verhuisd} ${kern}`,
    }),
  ];
}

// Wi 34; Besluit 9.2 lid 2 and 9.3 lid 2: the college registers the PIP, the leerroute and its levels, the
// PVT and MAP dates and the Z-route afronding in DUO's portal. One signal per dossier, due two weeks
// (a setting, default) after the earliest fact DUO does not have yet; it goes when they are marked as gemeld.
function duoSignaal(f: DossierFeiten, vandaag: string, opties: SignaalOpties): Concept[] {
  if (!f.duo) return [];
  const open = duoTeMelden(f.duo, opties.mapUrenNorm);
  if (open.length === 0) return [];
  const sinds = open.map((o) => o.sinds).filter((d): d is string => d !== null).sort()[0] ?? vandaag;
  const namen = open.map((o) => DUO_VELD_LABELS[o.veld].toLowerCase());
  return [
    concept('duo_melden', plusDagen(sinds, opties.duoMeldenBinnenDagen ?? DUO_MELDEN_BINNEN_DAGEN), {
      wat: open.length === 1 ? '1 gegeven melden aan DUO' : `${open.length} gegevens melden aan DUO`,
      artikel: 'art. 34 Wi 2021; art. 9.2 lid 2 en 9.3 lid 2 Besluit inburgering 2021',
      ernst: 'normaal',
      tabblad: 'pip',
      toelichting: `Nog te melden in het DUO-portaal: ${namen.join(', ')}. Zet ze daarna op "gemeld" bij DUO-meldingen.`,
    }),
  ];
}

// Wi 22, 23 with Awb 4:8, 5:53 and 4:87: the zienswijze term, the decision after a rapport, payment, and the
// new appointment of a Wi 22 beschikking (Wi 22 lid 2; DOMAIN.md §13 row 3) — each until its fact is recorded.
function handhavingSignalen(f: DossierFeiten, opties: SignaalOpties): Concept[] {
  return openHandhavingTermijnen(f.boetes, opties.extraRustdagen).map((t) =>
    concept('handhaving', t.datum, {
      sleutel: `handhaving:${t.soort}:${t.boeteId}`,
      wat: t.omschrijving,
      artikel: t.artikel,
      ernst: t.soort === 'betaling' ? 'normaal' : 'hoog',
      tabblad: 'handhaving',
    }),
  );
}

/** All open signals of one dossier, snoozed or not, in no particular order. */
export function signalenVanDossier(f: DossierFeiten, vandaag: string, opties: SignaalOpties, rekenaar: Rekenaar = maakRekenaar(opties)): Signaal[] {
  const i = f.inburgeraar;
  const concepten = isEindstatus(i.status)
    ? bewaartermijnSignaal(f, vandaag)
    : [
        ...pipSignalen(f, opties, rekenaar),
        ...oproepSignalen(f, opties),
        ...begeleidingSignalen(f, vandaag),
        ...ontzorgenSignalen(f, vandaag),
        ...voortgangsgesprekSignalen(f),
        ...afspraakSignalen(f),
        ...termijnSignalen(f, vandaag, opties, rekenaar),
        ...bezwaarSignalen(f, opties),
        ...handhavingSignalen(f, opties),
        ...duoSignaal(f, vandaag, opties),
      ];
  const naam = volledigeNaam(i);
  return concepten.map((c) => {
    // A missing fact (no date to count from) is due today.
    const datum = c.datum || vandaag;
    const dagenOver = dagenTussen(vandaag, datum);
    return { ...c, datum, dagenOver, sectie: sectieVan(dagenOver), inburgeraarId: i.id, naam, doelgroep: i.doelgroep };
  });
}

// Sorted by date, then name (Dutch collation), then dossier and sleutel. The names are ranked once with one
// collator: comparing with a locale on every call dominates sorting 100,000 signals.
function sorteer<T extends Signaal>(signalen: T[]): T[] {
  const orde = new Intl.Collator('nl');
  const rang = new Map([...new Set(signalen.map((s) => s.naam))].sort(orde.compare).map((naam, i) => [naam, i]));
  const tekst = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return signalen.sort((a, b) => tekst(a.datum, b.datum) || rang.get(a.naam)! - rang.get(b.naam)! || a.inburgeraarId - b.inburgeraarId || tekst(a.sleutel, b.sleutel));
}

/**
 * The werkvoorraad of any number of dossiers: open signals and snoozed ones (a snooze counts while
 * `tot` ≥ today; an expired one is ignored), each sorted by date, then name.
 */
export function signalenVoorWerkvoorraad(
  feiten: readonly DossierFeiten[],
  vandaag: string,
  opties: SignaalOpties,
): { signalen: Signaal[]; uitgesteld: UitgesteldSignaal[] } {
  const rekenaar = maakRekenaar(opties);
  const signalen: Signaal[] = [];
  const uitgesteld: UitgesteldSignaal[] = [];
  for (const f of feiten) {
    const uitstel = new Map(f.uitstel.filter((u) => u.tot >= vandaag).map((u) => [u.sleutel, u]));
    for (const s of signalenVanDossier(f, vandaag, opties, rekenaar)) {
      const u = uitstel.get(s.sleutel);
      if (u) uitgesteld.push({ ...s, tot: u.tot, reden: u.reden });
      else signalen.push(s);
    }
  }
  return { signalen: sorteer(signalen), uitgesteld: sorteer(uitgesteld) };
}
