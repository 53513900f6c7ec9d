import type { DossierTabblad } from '../../../shared/domain/signaal';

// Display helpers of the werkvoorraad screen. The PDF week list words the days the same way
// (electron/documents/werkvoorraad-pdf.ts, dagenTekst): the renderer may not import from electron/.

/** "3 dagen te laat", "1 dag te laat", "vandaag", "morgen", "nog 5 dagen". */
export function dagenTekst(dagenOver: number): string {
  if (dagenOver === 0) return 'vandaag';
  if (dagenOver === 1) return 'morgen';
  if (dagenOver < 0) return `${-dagenOver} ${dagenOver === -1 ? 'dag' : 'dagen'} te laat`;
  return `nog ${dagenOver} dagen`;
}

/** The label of the dossier tab where a signal is dealt with, as the dossier page names it. */
export const TABBLAD_LABELS: Record<DossierTabblad, string> = {
  gegevens: 'Gegevens',
  intake: 'Intake',
  pip: 'PIP',
  pvt: 'PVT en MAP',
  voortgang: 'Voortgang',
  begeleiding: 'Begeleiding',
  handhaving: 'Handhaving',
  bezwaar: 'Bezwaar',
  journaal: 'Journaal',
  documenten: 'Documenten',
  logboek: 'Logboek',
};

export function dossierAdres(inburgeraarId: number, tabblad: DossierTabblad): string {
  return `/inburgeraars/${inburgeraarId}?tab=${tabblad}`;
}
