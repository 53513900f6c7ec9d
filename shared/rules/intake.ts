import type { IntakeInvoer, Oproep } from '../domain/intake';
import { datumLang } from '../format';
import { plusDagen, plusMaanden } from './datum';
import { aantalNietVerschenen } from './termijnen';

// Wet inburgering 2021 art. 14 lid 1–2: the college calls the inburgeraar up; after a no-show it sends
// a schriftelijke waarschuwing with a herhaalde oproep and a new term; after three oproepen it completes
// the brede intake in afwezigheid.

export const OPROEP_STAPPEN = ['oproep', 'waarschuwing_en_herhaalde_oproep', 'in_afwezigheid_afronden', 'wacht_op_uitkomst', 'verschenen'] as const;
export type OproepStap = (typeof OPROEP_STAPPEN)[number];

export const MAX_OPROEPEN = 3;

// Only a no-show counts toward the three of lid 2: after a moved ('verzet') or cancelled ('afgemeld')
// appointment the next letter is the same kind as the last one, with a new date.
export function volgendeOproepStap(oproepen: readonly Pick<Oproep, 'uitkomst'>[]): OproepStap {
  const laatste = oproepen.at(-1);
  if (!laatste) return 'oproep';
  if (laatste.uitkomst === 'open') return 'wacht_op_uitkomst';
  if (laatste.uitkomst === 'verschenen') return 'verschenen';
  const gemist = aantalNietVerschenen(oproepen);
  if (laatste.uitkomst === 'niet_verschenen' && gemist >= MAX_OPROEPEN) return 'in_afwezigheid_afronden';
  return gemist === 0 ? 'oproep' : 'waarschuwing_en_herhaalde_oproep';
}

/** The place of the next letter in the line of Wi 14: 1 the oproep, 2 the waarschuwing with herhaalde oproep, 3 the last oproep. */
export function volgendeBriefNummer(oproepen: readonly Pick<Oproep, 'uitkomst'>[]): number {
  return Math.min(aantalNietVerschenen(oproepen) + 1, MAX_OPROEPEN);
}

/** The last appointment the person missed (the waarschuwing refers to it), or null. */
export function laatsteGemisteAfspraak(oproepen: readonly Pick<Oproep, 'uitkomst' | 'verschijnenOp'>[]): string | null {
  return oproepen.findLast((o) => o.uitkomst === 'niet_verschenen')?.verschijnenOp ?? null;
}

export interface Bevinding {
  regel: string;
  artikel: string;
  melding: string;
}

const ONDERWIJSROUTE_ARTIKEL = 'art. 8 lid 1 Wi 2021; ABRvS 2024:5413';

/** What the intake found for the onderwijsroute test (Wi 8 lid 1), for the rules of the PIP. */
export function onderwijsrouteUitIntake(
  intake: Pick<IntakeInvoer, 'wilStuderen' | 'groteKansOpDiploma' | 'jarenOnderwijs'>,
): Pick<IntakeInvoer, 'wilStuderen' | 'groteKansOpDiploma' | 'jarenOnderwijs'> {
  return { wilStuderen: intake.wilStuderen, groteKansOpDiploma: intake.groteKansOpDiploma, jarenOnderwijs: intake.jarenOnderwijs };
}

/** What must be on record before the intake is complete (Wi 14.3; Besluit 5.2). */
export function ontbrekendInIntake(intake: IntakeInvoer, inAfwezigheid: boolean): Bevinding[] {
  if (inAfwezigheid) return [];
  const uit: Bevinding[] = [];
  const eis = (ok: boolean, regel: string, artikel: string, melding: string) => {
    if (!ok) uit.push({ regel, artikel, melding });
  };
  eis(
    intake.ontheffingToets !== 'geen' || (!!intake.leerbaarheidstoetsDatum && !!intake.leerbaarheidstoetsResultaat),
    'leerbaarheidstoets',
    'art. 14 lid 3 onder a en lid 6 Wi 2021',
    'Leg de leerbaarheidstoets vast (datum en resultaat), of de ontheffing wegens een visuele of auditieve beperking.',
  );
  eis(!!intake.onderwijsEnWerkervaring, 'onderwijs', 'art. 14 lid 3 onder b Wi 2021', 'Beschrijf het onderwijs en de werkervaring in het land van herkomst.');
  eis(!!intake.wilStuderen, 'wil-studeren', ONDERWIJSROUTE_ARTIKEL, 'Vraag en leg vast of de inburgeraar wil studeren (onderwijsroute).');
  eis(
    !!intake.groteKansOpDiploma,
    'kans-op-diploma',
    ONDERWIJSROUTE_ARTIKEL,
    'Leg vast of er een grote kans is dat de inburgeraar een diploma haalt in het mbo, hbo of wo (onderwijsroute).',
  );
  eis(
    !(intake.groteKansOpDiploma === 'ja' || intake.groteKansOpDiploma === 'twijfel') || !!intake.onderwijsrouteToelichting,
    'onderwijsroute-toelichting',
    ONDERWIJSROUTE_ARTIKEL,
    intake.groteKansOpDiploma === 'ja'
      ? 'Licht toe waarom de kans op een diploma groot is.'
      : 'Licht toe waarom u twijfelt of de inburgeraar een diploma kan halen.',
  );
  eis(!!intake.persoonlijkeOmstandigheden, 'omstandigheden', 'art. 14 lid 3 onder c Wi 2021', 'Beschrijf de persoonlijke omstandigheden, waaronder de gezondheid.');
  eis(!!intake.vve, 'vve', 'art. 14 lid 3 onder d Wi 2021', 'Vul bij VVE in wat van toepassing is (of "n.v.t.: geen kinderen in de leeftijd").');
  eis(!!intake.taalniveau, 'taalniveau', 'art. 5.2 lid 1 onder a Besluit inburgering 2021', 'Beschrijf het taalniveau.');
  eis(!!intake.arbeidsparticipatie, 'arbeid', 'art. 5.2 lid 1 onder b Besluit inburgering 2021', 'Beschrijf de mogelijkheden tot arbeidsparticipatie.');
  eis(!!intake.zelfredzaamheid, 'zelfredzaamheid', 'art. 5.2 lid 1 onder c Besluit inburgering 2021', 'Beschrijf de mate van zelfredzaamheid.');
  eis(
    intake.rechtAlleenGeinformeerd && !!intake.rechtAlleenGeinformeerdOp,
    'recht-alleen',
    'art. 5.2 lid 2 Besluit inburgering 2021',
    'Leg vast dat en wanneer de inburgeraar is gewezen op het recht de gesprekken zonder anderen te voeren.',
  );
  return uit;
}

// Dates that cannot be right. Each is refused by the handler and shown in the form while typing, with
// the same message. Where no article sets the rule, the ground is careful preparation (art. 3:2 Awb).

const ZORGVULDIG = 'art. 3:2 Awb (zorgvuldigheid)';

/**
 * The least number of calendar days between sending an oproep and the appointment. Not in the law: Wi 14
 * lid 1 leaves the term to the college. A week is a reasonable term: the letter arrives, and the person
 * can arrange work, childcare or an interpreter, or call to move the appointment.
 */
export const MIN_DAGEN_TOT_AFSPRAAK = 7;

/**
 * The most months between sending and the appointment. Refused, not warned: a later date is almost
 * always a typo (month or year), and it would push the PIP far past its deadline of 10 weeks after DUO's
 * kennisgeving (art. 5.3 lid 1 Besluit). Someone who cannot come for months needs no oproep yet.
 */
export const MAX_MAANDEN_TOT_AFSPRAAK = 3;

/** A letter may be dated ahead for a mailing run, up to this many days; further ahead is a typo. */
export const MAX_DAGEN_VERZENDING_VOORUIT = 14;

/** Conflicts in the dates of a new oproep (or waarschuwing with herhaalde oproep). */
export function datumconflictenOproep(
  oproep: { verzonden: string; verschijnenOp: string },
  context: { vandaag: string; /** The missed appointment, for a herhaalde oproep. */ vorigeAfspraak: string | null },
): Bevinding[] {
  const { verzonden, verschijnenOp } = oproep;
  const uit: Bevinding[] = [];
  if (verzonden > plusDagen(context.vandaag, MAX_DAGEN_VERZENDING_VOORUIT)) {
    uit.push({
      regel: 'verzending-te-ver-vooruit',
      artikel: ZORGVULDIG,
      melding: `De verzenddatum (${datumLang(verzonden)}) ligt meer dan ${MAX_DAGEN_VERZENDING_VOORUIT} dagen na vandaag. Vul de dag in waarop de brief echt op de post gaat.`,
    });
  }
  if (context.vorigeAfspraak && verzonden < context.vorigeAfspraak) {
    uit.push({
      regel: 'waarschuwing-voor-gemiste-afspraak',
      artikel: 'art. 14 lid 1 Wi 2021',
      melding: `De verzenddatum (${datumLang(verzonden)}) ligt vóór de gemiste afspraak van ${datumLang(context.vorigeAfspraak)}. Een waarschuwing volgt pas als de inburgeraar niet is gekomen.`,
    });
  }
  const vroegst = plusDagen(verzonden, MIN_DAGEN_TOT_AFSPRAAK);
  if (verschijnenOp < vroegst) {
    uit.push({
      regel: 'afspraak-te-snel',
      artikel: ZORGVULDIG,
      melding: `De afspraak (${datumLang(verschijnenOp)}) moet minstens ${MIN_DAGEN_TOT_AFSPRAAK} dagen na de verzenddatum (${datumLang(verzonden)}) liggen: op ${datumLang(vroegst)} of later. Dan heeft de inburgeraar de brief op tijd en kan hij of zij nog bellen als de datum niet kan.`,
    });
  }
  const laatst = plusMaanden(verzonden, MAX_MAANDEN_TOT_AFSPRAAK);
  if (verschijnenOp > laatst) {
    uit.push({
      regel: 'afspraak-te-laat',
      artikel: `${ZORGVULDIG}; art. 5.3 lid 1 Besluit inburgering 2021`,
      melding: `De afspraak (${datumLang(verschijnenOp)}) ligt meer dan drie maanden na de verzenddatum (${datumLang(verzonden)}). Kies ${datumLang(laatst)} of eerder: het PIP moet binnen 10 weken na de kennisgeving van DUO klaar zijn.`,
    });
  }
  return uit;
}

function eersteEnLaatste(datums: readonly string[]): { eerste: string | null; laatste: string | null } {
  const gesorteerd = [...datums].sort();
  return { eerste: gesorteerd[0] ?? null, laatste: gesorteerd.at(-1) ?? null };
}

/** Conflicts in the dates recorded in the intake, checked on every save. */
export function datumconflictenIntake(intake: IntakeInvoer, context: { vandaag: string; kennisgevingDuo: string | null }): Bevinding[] {
  const uit: Bevinding[] = [];
  const { vandaag, kennisgevingDuo } = context;
  intake.gesprekken.forEach((gesprek, index) => {
    if (gesprek.datum > vandaag) {
      uit.push({
        regel: `gesprek-${index + 1}-in-toekomst`,
        artikel: ZORGVULDIG,
        melding: `Gesprek ${index + 1} heeft een datum in de toekomst (${datumLang(gesprek.datum)}). Leg een gesprek vast als het gevoerd is.`,
      });
    }
  });
  const toets = intake.leerbaarheidstoetsDatum;
  if (toets) {
    if (toets > vandaag) {
      uit.push({
        regel: 'toets-in-toekomst',
        artikel: ZORGVULDIG,
        melding: `De leerbaarheidstoets heeft een datum in de toekomst (${datumLang(toets)}). Leg de toets vast als die is afgenomen.`,
      });
    }
    const { eerste } = eersteEnLaatste(intake.gesprekken.map((g) => g.datum));
    if (eerste && toets < eerste) {
      uit.push({
        regel: 'toets-voor-eerste-gesprek',
        artikel: ZORGVULDIG,
        melding: `De leerbaarheidstoets (${datumLang(toets)}) ligt vóór het eerste intakegesprek (${datumLang(eerste)}). De toets hoort bij de brede intake: controleer beide datums.`,
      });
    }
    if (kennisgevingDuo && toets < kennisgevingDuo) {
      uit.push({
        regel: 'toets-voor-kennisgeving',
        artikel: ZORGVULDIG,
        melding: `De leerbaarheidstoets (${datumLang(toets)}) ligt vóór de kennisgeving van DUO (${datumLang(kennisgevingDuo)}). De brede intake volgt op de kennisgeving: controleer de datum van de toets, of die van de kennisgeving bij de persoonsgegevens.`,
      });
    }
  }
  const geinformeerd = intake.rechtAlleenGeinformeerdOp;
  if (geinformeerd && geinformeerd > vandaag) {
    uit.push({
      regel: 'recht-alleen-in-toekomst',
      artikel: 'art. 5.2 lid 2 Besluit inburgering 2021',
      melding: `De datum waarop de inburgeraar is gewezen op het recht op een gesprek zonder anderen, ligt in de toekomst (${datumLang(geinformeerd)}).`,
    });
  }
  return uit;
}

/** Conflicts between the date of afronden and what the intake and the oproepen record. */
export function datumconflictenAfronding(
  intake: IntakeInvoer,
  afronding: { datum: string; inAfwezigheid: boolean; oproepen: readonly Pick<Oproep, 'verschijnenOp'>[] },
  vandaag: string,
): Bevinding[] {
  const { datum } = afronding;
  const uit: Bevinding[] = [];
  const dan = datumLang(datum);
  if (datum > vandaag) {
    uit.push({ regel: 'afronding-in-toekomst', artikel: ZORGVULDIG, melding: `De datum van afronding (${dan}) ligt in de toekomst. Kies vandaag of een eerdere dag.` });
  }
  const { laatste } = eersteEnLaatste(intake.gesprekken.map((g) => g.datum));
  if (laatste && datum < laatste) {
    uit.push({
      regel: 'afronding-voor-gesprek',
      artikel: ZORGVULDIG,
      melding: `De datum van afronding (${dan}) ligt vóór het laatste intakegesprek (${datumLang(laatste)}). Kies ${datumLang(laatste)} of later.`,
    });
  }
  const toets = intake.leerbaarheidstoetsDatum;
  if (toets && datum < toets) {
    uit.push({
      regel: 'afronding-voor-toets',
      artikel: ZORGVULDIG,
      melding: `De datum van afronding (${dan}) ligt vóór de leerbaarheidstoets (${datumLang(toets)}). Kies ${datumLang(toets)} of later.`,
    });
  }
  const geinformeerd = intake.rechtAlleenGeinformeerdOp;
  if (geinformeerd && geinformeerd > datum) {
    uit.push({
      regel: 'recht-alleen-na-afronding',
      artikel: 'art. 5.2 lid 2 Besluit inburgering 2021',
      melding: `De inburgeraar is pas op ${datumLang(geinformeerd)} gewezen op het recht op een gesprek zonder anderen, na de afronding (${dan}). Dat hoort bij de intake zelf: uiterlijk op de dag van afronding.`,
    });
  }
  const laatsteAfspraak = afronding.oproepen.at(-1)?.verschijnenOp;
  if (afronding.inAfwezigheid && laatsteAfspraak && datum < laatsteAfspraak) {
    uit.push({
      regel: 'afronding-voor-laatste-afspraak',
      artikel: 'art. 14 lid 2 Wi 2021',
      melding: `De intake kan pas zonder de inburgeraar worden afgerond na de afspraak van de laatste oproep (${datumLang(laatsteAfspraak)}). Kies die datum of later.`,
    });
  }
  return uit;
}
