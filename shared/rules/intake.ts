import type { IntakeInvoer, Oproep } from '../domain/intake';

// Wet inburgering 2021 art. 14 lid 1–2: the college calls the inburgeraar up; after a no-show it sends
// a schriftelijke waarschuwing with a herhaalde oproep and a new term; after three oproepen it completes
// the brede intake in afwezigheid.

export const OPROEP_STAPPEN = ['oproep', 'waarschuwing_en_herhaalde_oproep', 'in_afwezigheid_afronden', 'wacht_op_uitkomst', 'verschenen'] as const;
export type OproepStap = (typeof OPROEP_STAPPEN)[number];

export const MAX_OPROEPEN = 3;

export function volgendeOproepStap(oproepen: readonly Pick<Oproep, 'uitkomst'>[]): OproepStap {
  const laatste = oproepen.at(-1);
  if (!laatste) return 'oproep';
  if (laatste.uitkomst === 'open') return 'wacht_op_uitkomst';
  if (laatste.uitkomst === 'verschenen') return 'verschenen';
  return oproepen.length >= MAX_OPROEPEN ? 'in_afwezigheid_afronden' : 'waarschuwing_en_herhaalde_oproep';
}

export interface Bevinding {
  regel: string;
  artikel: string;
  melding: string;
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
