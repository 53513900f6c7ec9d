import { volledigeNaam, type Naamdelen } from '../format';
import type { Leerroute } from '../domain/pip';
import type { Doelgroep } from './doelgroep';
import { geldendePipVersie } from './pip';
import { mapStand, mapVanToepassing, pvtStand } from './pvt';
import { STATUSSEN, isEindstatus } from './status';
import { termijnEindeVanaf } from './termijnen';

// The PVT and MAP werklijst as rows: who still needs the PVT (Besluit 3.1) or the MAP (Besluit 3.2; not in
// the onderwijsroute, Wi 8 lid 3), the end of the inburgeringstermijn (Wi 11) first.

/** Dossiers that have a PIP to work on: not new, not closed. */
export const NIET_OP_DE_WERKLIJST = STATUSSEN.filter((s) => s === 'aangemeld' || isEindstatus(s));

type Feiten = Parameters<typeof pvtStand>[0] &
  Parameters<typeof mapStand>[0] & {
    persoon: Naamdelen & { id: number; geboortedatum: string; doelgroep: Doelgroep };
    pips: readonly { status: string; termijnStart: string | null; leerroute: Leerroute | null }[];
    groepen: readonly { naam: string }[];
  };

const NAAM_ORDE = new Intl.Collator('nl');

export function werklijstRijen(feiten: readonly Feiten[], mapUrenNorm: number) {
  const rijen = [];
  for (const f of feiten) {
    const { voortgang, status } = pvtStand(f);
    const vanToepassing = mapVanToepassing(geldendePipVersie(f.pips)?.leerroute ?? null);
    const mapAfgerond = mapStand(f, mapUrenNorm).afgerond;
    if (status === 'afgerond' && (!vanToepassing || mapAfgerond)) continue;
    const termijnStart = f.pips.find((p) => p.termijnStart)?.termijnStart ?? null;
    rijen.push({
      id: f.persoon.id,
      naam: volledigeNaam(f.persoon),
      geboortedatum: f.persoon.geboortedatum,
      doelgroep: f.persoon.doelgroep,
      termijnEinde: termijnStart ? termijnEindeVanaf(termijnStart) : null,
      pvtStatus: status,
      pvtUren: voortgang.uren,
      mapVanToepassing: vanToepassing,
      mapAfgerond,
      groepen: f.groepen.map((g) => g.naam).join(', '),
    });
  }
  // One collator for the whole sort: localeCompare with a locale builds one per call (issue 14: 40,000 rows).
  const tekst = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rijen.sort((a, b) => tekst(a.termijnEinde ?? '9999', b.termijnEinde ?? '9999') || NAAM_ORDE.compare(a.naam, b.naam));
  return {
    rijen,
    pvtOpen: rijen.filter((r) => r.pvtStatus !== 'afgerond').length,
    mapOpen: rijen.filter((r) => r.mapVanToepassing && !r.mapAfgerond).length,
  };
}

export type WerklijstRij = ReturnType<typeof werklijstRijen>['rijen'][number];
