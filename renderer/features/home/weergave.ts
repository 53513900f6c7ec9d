import type { DossierTabblad } from '../../../shared/domain/signaal';

// Where a signal is dealt with: the dossier page opens the tab named in the address.
export function dossierAdres(inburgeraarId: number, tabblad: DossierTabblad): string {
  return `/inburgeraars/${inburgeraarId}?tab=${tabblad}`;
}
