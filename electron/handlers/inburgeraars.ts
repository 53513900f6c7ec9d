import * as inburgeraars from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { pipVersies } from '../../db/pip';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import { KoersFout } from '../../shared/fouten';
import type { ExtraRustdagen } from '../../shared/rules/atw';
import { plusDagen } from '../../shared/rules/datum';
import { DOELGROEPEN, type Doelgroep } from '../../shared/rules/doelgroep';
import { STATUSSEN, STATUS_LABELS, magStatusWorden, pipTermijnLoopt, type Status } from '../../shared/rules/status';
import { statusCorrectieFout, statuswijzigingBevindingen } from '../../shared/rules/statuswijziging';
import { pipTermijnVoorDossier } from '../../shared/rules/termijnen';
import type { HandlerDeps } from './deps';
import { inburgeraarsKanalen } from '../../shared/contract/inburgeraars';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type InburgeraarUseCases = UseCasesVan<typeof inburgeraarsKanalen>;

// Besluit inburgering 2021 art. 5.3 lid 1: the PIP deadline of a dossier (a fact even after the PIP was set).
// The later BRP date counts only when huisvestingArt28 is ticked (see pipTermijnVoorDossier).
function pipTermijnVan(inburgeraar: Inburgeraar, extra: ExtraRustdagen) {
  return pipTermijnVoorDossier(inburgeraar, extra);
}

/** The PIP deadline only while it still runs (before the PIP is set). */
function lopendePipTermijn(inburgeraar: Inburgeraar, extra: ExtraRustdagen) {
  return pipTermijnLoopt(inburgeraar.status) ? pipTermijnVan(inburgeraar, extra) : null;
}

export function inburgeraarHandlers(deps: HandlerDeps): InburgeraarUseCases {
  const { mutatie, lezing, dossierLezing } = maakUseCases(deps);

  return {
    werkvoorraad: lezing(async (_invoer, { trx, vandaag }) => {
      const alle = await inburgeraars.lijst(trx);
      const { extraRustdagen } = await leesInstellingen(trx);
      const perStatus = Object.fromEntries(STATUSSEN.map((s) => [s, 0])) as Record<Status, number>;
      const perDoelgroep = Object.fromEntries(DOELGROEPEN.map((d) => [d, 0])) as Record<Doelgroep, number>;
      let pipBinnenTweeWeken = 0;
      let pipTermijnVerstreken = 0;
      for (const inburgeraar of alle) {
        perStatus[inburgeraar.status] += 1;
        perDoelgroep[inburgeraar.doelgroep] += 1;
        const termijn = lopendePipTermijn(inburgeraar, extraRustdagen);
        if (termijn && termijn.datum < vandaag) pipTermijnVerstreken += 1;
        else if (termijn && termijn.datum <= plusDagen(vandaag, 14)) pipBinnenTweeWeken += 1;
      }
      return { perStatus, perDoelgroep, totaal: alle.length, pipBinnenTweeWeken, pipTermijnVerstreken };
    }),

    inburgeraarsLijst: lezing(async (_invoer, { trx }) => {
      const { extraRustdagen } = await leesInstellingen(trx);
      return (await inburgeraars.lijst(trx)).map((i) => ({
        id: i.id,
        bsn: i.bsn,
        voornamen: i.voornamen,
        tussenvoegsel: i.tussenvoegsel,
        achternaam: i.achternaam,
        geboortedatum: i.geboortedatum,
        doelgroep: i.doelgroep,
        status: i.status,
        woonplaats: i.woonplaats,
        datumKennisgevingDuo: i.datumKennisgevingDuo,
        datumInschrijvingBrp: i.datumInschrijvingBrp,
        pipUiterlijk: lopendePipTermijn(i, extraRustdagen)?.datum ?? null,
      }));
    }),

    // The dossier screen's read: logged as 'dossier geopend' (BIO 8.15.01).
    inburgeraarOphalen: dossierLezing(({ id }) => id, async ({ id }, { trx }) => {
      const inburgeraar = await inburgeraars.haalOp(trx, id);
      const eerstePip = (await pipVersies(trx, id)).find((v) => v.termijnStart);
      const { extraRustdagen } = await leesInstellingen(trx);
      return {
        inburgeraar,
        pipTermijn: pipTermijnVan(inburgeraar, extraRustdagen),
        inburgeringstermijn: eerstePip ? { start: eerstePip.termijnStart!, einde: eerstePip.termijnEinde! } : null,
        huisgenoten: await inburgeraars.huisgenoten(trx, inburgeraar),
      };
    }),

    inburgeraarToevoegen: mutatie(
      { actie: 'toevoegen', object: 'inburgeraar', objectId: (_i, uit) => uit.id },
      async (invoer, { trx, tijdstip }) => ({ id: await inburgeraars.voegToe(trx, invoer, tijdstip) }),
    ),

    inburgeraarWijzigen: mutatie({ actie: 'wijzigen', object: 'inburgeraar', objectId: ({ id }) => id }, async ({ id, gegevens }, { trx, tijdstip }) => {
      await inburgeraars.wijzig(trx, id, gegevens, tijdstip);
      return {};
    }),

    // An end status closes the dossier: it needs its day, a reason and, for a verhuizing, the new gemeente.
    inburgeraarStatusWijzigen: mutatie(
      { actie: 'status', object: 'inburgeraar', objectId: ({ id }) => id, detail: ({ status }) => `→ ${status}` },
      async ({ id, status, datum, reden, nieuweGemeente }, { trx, tijdstip, vandaag }) => {
        const huidig = await inburgeraars.haalOp(trx, id);
        if (!magStatusWorden(huidig.status, status)) {
          throw new KoersFout(
            'ONGELDIGE_STATUS',
            `Van "${STATUS_LABELS[huidig.status]}" kan de status niet naar "${STATUS_LABELS[status]}". Kies een van de voorgestelde statussen.`,
          );
        }
        const bevindingen = statuswijzigingBevindingen({ naar: status, datum, reden, nieuweGemeente: status === 'verhuisd' ? nieuweGemeente : null }, huidig, vandaag);
        if (bevindingen.length > 0) throw new KoersFout('ONGELDIGE_INVOER', bevindingen.map((b) => b.melding).join(' '));
        await inburgeraars.zetStatus(trx, id, status, tijdstip, { datum, reden, nieuweGemeente: status === 'verhuisd' ? nieuweGemeente : null });
        return {};
      },
    ),

    // A mistaken end status goes back to the status before it; the history keeps both rows.
    statusCorrigeren: mutatie(
      { actie: 'status gecorrigeerd', object: 'inburgeraar', objectId: ({ id }) => id, detail: ({ naarStatus }) => `→ ${naarStatus}` },
      async ({ id, naarStatus, reden }, { trx, tijdstip }) => {
        const huidig = await inburgeraars.haalOp(trx, id);
        const laatste = (await inburgeraars.statusGeschiedenis(trx, id)).at(-1) ?? null;
        const fout = statusCorrectieFout(huidig.status, laatste, naarStatus);
        if (fout) throw new KoersFout('ONGELDIGE_INVOER', fout);
        await inburgeraars.zetStatus(trx, id, naarStatus, tijdstip, { reden, correctie: true });
        return {};
      },
    ),

    statusGeschiedenis: lezing(async ({ id }, { trx }) => {
      await inburgeraars.haalOp(trx, id);
      return inburgeraars.statusGeschiedenis(trx, id);
    }),

    dossierZoeken: lezing(async ({ zoekterm }, { trx }) => inburgeraars.zoekDossiers(trx, zoekterm)),

    huishoudenKoppelen: mutatie({ actie: 'koppelen aan huishouden', object: 'inburgeraar', objectId: ({ id }) => id }, async ({ id, metId }, { trx, tijdstip }) => {
      if (id === metId) throw new KoersFout('ONGELDIGE_INVOER', 'Kies een andere inburgeraar om het huishouden mee te koppelen.');
      await inburgeraars.koppelHuishouden(trx, id, metId, tijdstip);
      return {};
    }),

    huishoudenOntkoppelen: mutatie({ actie: 'ontkoppelen van huishouden', object: 'inburgeraar', objectId: ({ id }) => id }, async ({ id }, { trx, tijdstip }) => {
      await inburgeraars.ontkoppelHuishouden(trx, id, tijdstip);
      return {};
    }),
  };
}
