import { leesInstellingen } from '../../db/instellingen';
import * as db from '../../db/begeleiding';
import { haalOp } from '../../db/inburgeraars';
import { pipVersies } from '../../db/pip';
import { begeleidingKanalen } from '../../shared/contract/begeleiding';
import { BEGELEIDING_ONDERDELEN, type BegeleidingOnderdeel } from '../../shared/domain/begeleiding';
import { KoersFout } from '../../shared/fouten';
import { datumLang } from '../../shared/format';
import {
  begeleidingStandaardEinde,
  begeleidingStandaardStart,
  begeleidingStartFout,
  begeleidingWeigering,
  ontzorgenEindeFout,
  ontzorgenStand,
  ontzorgenWeigering,
  uitstroomgesprekVanaf,
} from '../../shared/rules/begeleiding';
import { geldendePipVersie } from '../../shared/rules/pip';
import { ontzorgenEinde } from '../../shared/rules/termijnen';
import type { Transactie } from '../../db/verbinding';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Maatschappelijke begeleiding (Wi 13; Besluit 5.1) and financieel ontzorgen (Pw 56a, 57).

const weiger = (melding: string) => new KoersFout('REGEL_GESCHONDEN', melding);

/** The dossier, refused when begeleiding does not apply to it (Wi 13 lid 1). */
async function asielDossier(trx: Transactie, inburgeraarId: number) {
  const inburgeraar = await haalOp(trx, inburgeraarId);
  const weigering = begeleidingWeigering(inburgeraar.doelgroep);
  if (weigering) throw weiger(weigering);
  return inburgeraar;
}

async function bestaandeBegeleiding(trx: Transactie, inburgeraarId: number) {
  const begeleiding = await db.leesBegeleiding(trx, inburgeraarId);
  if (!begeleiding) throw new KoersFout('NIET_GEVONDEN', 'Er is nog geen maatschappelijke begeleiding vastgelegd. Sla eerst de start van de begeleiding op.');
  return begeleiding;
}

export function begeleidingHandlers(deps: HandlerDeps): UseCasesVan<typeof begeleidingKanalen> {
  const { mutatie, lezing } = maakUseCases(deps);
  const dossier = { object: 'inburgeraar', objectId: ({ inburgeraarId }: { inburgeraarId: number }) => inburgeraarId } as const;

  return {
    begeleidingOphalen: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      const inburgeraar = await haalOp(trx, inburgeraarId);
      const brp = inburgeraar.datumInschrijvingBrp;
      const standaardStart = begeleidingStandaardStart(brp);
      const ontzorgen = await db.leesOntzorgen(trx, inburgeraarId);
      const pip = geldendePipVersie(await pipVersies(trx, inburgeraarId));
      const stand = ontzorgen ? ontzorgenStand(ontzorgen, vandaag) : null;
      const { begeleidingMaanden } = await leesInstellingen(trx);
      return {
        vandaag,
        inschrijvingBrp: brp,
        begeleiding: {
          weigering: begeleidingWeigering(inburgeraar.doelgroep),
          standaardStart,
          standaardEinde: standaardStart ? begeleidingStandaardEinde(standaardStart, begeleidingMaanden) : null,
          standaardMaanden: begeleidingMaanden,
          gegevens: await db.leesBegeleiding(trx, inburgeraarId),
        },
        ontzorgen: {
          weigering: ontzorgenWeigering(inburgeraar.doelgroepcode),
          startBijstandUitPip: pip?.inhoud.ontzorgen ? (pip.inhoud.startBijstand ?? null) : null,
          gegevens: ontzorgen,
          stand: ontzorgen && stand ? { ...stand, uitstroomgesprekVanaf: uitstroomgesprekVanaf(ontzorgen.einde) } : null,
        },
      };
    }),

    begeleidingOpslaan: mutatie({ actie: 'maatschappelijke begeleiding opgeslagen', ...dossier }, async (invoer, { trx, vandaag }) => {
      const inburgeraar = await asielDossier(trx, invoer.inburgeraarId);
      const startFout = begeleidingStartFout(invoer.start, inburgeraar.datumInschrijvingBrp);
      if (startFout) throw weiger(startFout);
      const bestaand = await db.leesBegeleiding(trx, invoer.inburgeraarId);
      if (bestaand?.afgerondOp) {
        throw weiger(`De begeleiding is afgerond op ${datumLang(bestaand.afgerondOp)}. Maak de afronding eerst ongedaan als er nog iets moet veranderen.`);
      }
      for (const [code, datum] of Object.entries(invoer.onderdelen)) {
        if (datum && datum > vandaag) {
          throw new KoersFout('ONGELDIGE_INVOER', `"${BEGELEIDING_ONDERDELEN[code as BegeleidingOnderdeel].label}" kan niet in de toekomst gedaan zijn. Vul de datum in waarop het gedaan is.`);
        }
      }
      const { begeleidingMaanden } = await leesInstellingen(trx);
      await db.schrijfBegeleiding(trx, invoer.inburgeraarId, { ...invoer, geplandEinde: invoer.geplandEinde ?? begeleidingStandaardEinde(invoer.start, begeleidingMaanden) });
      return {};
    }),

    begeleidingAfronden: mutatie({ actie: 'maatschappelijke begeleiding afgerond', ...dossier }, async ({ inburgeraarId, datum }, { trx, vandaag }) => {
      await asielDossier(trx, inburgeraarId);
      const begeleiding = await bestaandeBegeleiding(trx, inburgeraarId);
      if (begeleiding.afgerondOp) throw weiger(`De begeleiding is al afgerond op ${datumLang(begeleiding.afgerondOp)}.`);
      if (datum < begeleiding.start) throw new KoersFout('ONGELDIGE_INVOER', `De begeleiding kan niet worden afgerond vóór haar start op ${datumLang(begeleiding.start)}.`);
      if (datum > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum van afronding ligt in de toekomst. Rond de begeleiding af op de dag dat ze klaar is.');
      await db.zetBegeleidingAfgerond(trx, inburgeraarId, datum);
      return {};
    }),

    begeleidingHeropenen: mutatie({ actie: 'afronding maatschappelijke begeleiding ongedaan gemaakt', ...dossier }, async ({ inburgeraarId }, { trx }) => {
      await asielDossier(trx, inburgeraarId);
      const begeleiding = await bestaandeBegeleiding(trx, inburgeraarId);
      if (!begeleiding.afgerondOp) throw weiger('De begeleiding is niet afgerond; er is niets ongedaan te maken.');
      await db.zetBegeleidingAfgerond(trx, inburgeraarId, null);
      return {};
    }),

    // Pw 56a: only vbv asiel with bijstand; at least six months (lid 2), longer as budgetbeheer (Pw 57).
    ontzorgenOpslaan: mutatie({ actie: 'financieel ontzorgen opgeslagen', ...dossier }, async (invoer, { trx }) => {
      const inburgeraar = await haalOp(trx, invoer.inburgeraarId);
      const weigering = ontzorgenWeigering(inburgeraar.doelgroepcode);
      if (weigering) throw weiger(weigering);
      const einde = invoer.einde ?? ontzorgenEinde(invoer.startBijstand);
      const eindeFout = ontzorgenEindeFout(invoer.startBijstand, einde);
      if (eindeFout) throw weiger(eindeFout);
      await db.schrijfOntzorgen(trx, invoer.inburgeraarId, { ...invoer, einde });
      return { einde };
    }),

    ontzorgenVerwijderen: mutatie({ actie: 'financieel ontzorgen verwijderd', ...dossier }, async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      if (!(await db.verwijderOntzorgen(trx, inburgeraarId))) throw new KoersFout('NIET_GEVONDEN', 'Er is geen financieel ontzorgen vastgelegd om te verwijderen.');
      return {};
    }),
  };
}
