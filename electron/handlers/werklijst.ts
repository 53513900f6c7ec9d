import { leesInstellingen } from '../../db/instellingen';
import { pvtFeiten } from '../../db/pvt';
import { volledigeNaam } from '../../shared/format';
import { termijnEindeVanaf } from '../../shared/rules/termijnen';
import { geldendePipVersie } from '../../shared/rules/pip';
import { mapStand, mapVanToepassing, pvtStand } from '../../shared/rules/pvt';
import { STATUSSEN, isEindstatus } from '../../shared/rules/status';
import type { HandlerDeps } from './deps';
import { werklijstKanalen } from '../../shared/contract/werklijst';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type WerklijstUseCases = UseCasesVan<typeof werklijstKanalen>;

// Dossiers that have a PIP to work on: not new, not closed.
const NIET_OP_DE_WERKLIJST = STATUSSEN.filter((s) => s === 'aangemeld' || isEindstatus(s));

export function werklijstHandlers(deps: HandlerDeps): WerklijstUseCases {
  const { lezing } = maakUseCases(deps);
  return {
    // Who still needs the PVT or the MAP, the end of the termijn first. One query for all dossiers.
    pvtMapWerklijst: lezing(async (_invoer, { trx }) => {
      const { mapUrenNorm } = await leesInstellingen(trx);
      const rijen = [];
      for (const f of await pvtFeiten(trx, { statusNiet: NIET_OP_DE_WERKLIJST })) {
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
      rijen.sort((a, b) => (a.termijnEinde ?? '9999').localeCompare(b.termijnEinde ?? '9999') || a.naam.localeCompare(b.naam, 'nl'));
      return {
        rijen,
        pvtOpen: rijen.filter((r) => r.pvtStatus !== 'afgerond').length,
        mapOpen: rijen.filter((r) => r.mapVanToepassing && !r.mapAfgerond).length,
      };
    }),
  };
}
