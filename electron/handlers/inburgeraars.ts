import * as inburgeraars from '../../db/inburgeraars';
import { schrijfLogboek } from '../../db/logboek';
import { pipVersies } from '../../db/pip';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import { KoersFout } from '../../shared/fouten';
import { plusDagen, vandaagInNederland } from '../../shared/rules/datum';
import { DOELGROEPEN, type Doelgroep } from '../../shared/rules/doelgroep';
import { STATUSSEN, STATUS_LABELS, magStatusWorden, pipTermijnLoopt, type Status } from '../../shared/rules/status';
import { pipTermijn } from '../../shared/rules/termijnen';
import type { ExtraRustdagen } from '../../shared/rules/atw';
import { leesInstellingen } from '../../db/instellingen';
import type { HandlerDeps } from './deps';
import type { UseCases } from './register';

type InburgeraarUseCases = Pick<
  UseCases,
  | 'werkvoorraad'
  | 'inburgeraarsLijst'
  | 'inburgeraarOphalen'
  | 'inburgeraarToevoegen'
  | 'inburgeraarWijzigen'
  | 'inburgeraarStatusWijzigen'
  | 'huishoudenKoppelen'
  | 'huishoudenOntkoppelen'
>;


function termijnVan(inburgeraar: Inburgeraar, extra: ExtraRustdagen) {
  if (!inburgeraar.datumKennisgevingDuo) return null;
  return pipTermijn(inburgeraar.datumKennisgevingDuo, inburgeraar.datumInschrijvingBrp ?? undefined, extra);
}

export function inburgeraarHandlers({ kluis, nu = () => new Date() }: HandlerDeps): InburgeraarUseCases {
  const tijdstip = () => nu().toISOString();

  return {
    werkvoorraad: async () => {
      const alle = await inburgeraars.lijst(kluis.db);
      const { extraRustdagen } = await leesInstellingen(kluis.db);
      const vandaag = vandaagInNederland(nu());
      const perStatus = Object.fromEntries(STATUSSEN.map((s) => [s, 0])) as Record<Status, number>;
      const perDoelgroep = Object.fromEntries(DOELGROEPEN.map((d) => [d, 0])) as Record<Doelgroep, number>;
      let pipBinnenTweeWeken = 0;
      let pipTermijnVerstreken = 0;
      for (const inburgeraar of alle) {
        perStatus[inburgeraar.status] += 1;
        perDoelgroep[inburgeraar.doelgroep] += 1;
        const termijn = pipTermijnLoopt(inburgeraar.status) ? termijnVan(inburgeraar, extraRustdagen) : null;
        if (termijn && termijn.datum < vandaag) pipTermijnVerstreken += 1;
        else if (termijn && termijn.datum <= plusDagen(vandaag, 14)) pipBinnenTweeWeken += 1;
      }
      return { perStatus, perDoelgroep, totaal: alle.length, pipBinnenTweeWeken, pipTermijnVerstreken };
    },

    inburgeraarsLijst: async () => {
      const { extraRustdagen } = await leesInstellingen(kluis.db);
      return (await inburgeraars.lijst(kluis.db)).map((i) => ({
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
        pipUiterlijk: pipTermijnLoopt(i.status) ? (termijnVan(i, extraRustdagen)?.datum ?? null) : null,
      }));
    },

    inburgeraarOphalen: async ({ id }) => {
      const inburgeraar = await inburgeraars.haalOp(kluis.db, id);
      const eerstePip = (await pipVersies(kluis.db, id)).find((v) => v.termijnStart);
      return {
        inburgeraar,
        pipTermijn: termijnVan(inburgeraar, (await leesInstellingen(kluis.db)).extraRustdagen),
        inburgeringstermijn: eerstePip ? { start: eerstePip.termijnStart!, einde: eerstePip.termijnEinde! } : null,
        huisgenoten: await inburgeraars.huisgenoten(kluis.db, inburgeraar),
      };
    },

    inburgeraarToevoegen: async (invoer) =>
      kluis.db.transaction().execute(async (trx) => {
        const id = await inburgeraars.voegToe(trx, invoer, tijdstip());
        await schrijfLogboek(trx, { actie: 'toevoegen', object: 'inburgeraar', objectId: id });
        return { id };
      }),

    inburgeraarWijzigen: async ({ id, gegevens }) =>
      kluis.db.transaction().execute(async (trx) => {
        await inburgeraars.wijzig(trx, id, gegevens, tijdstip());
        await schrijfLogboek(trx, { actie: 'wijzigen', object: 'inburgeraar', objectId: id });
        return {};
      }),

    inburgeraarStatusWijzigen: async ({ id, status }) =>
      kluis.db.transaction().execute(async (trx) => {
        const huidig = await inburgeraars.haalOp(trx, id);
        if (!magStatusWorden(huidig.status, status)) {
          throw new KoersFout(
            'ONGELDIGE_STATUS',
            `Van "${STATUS_LABELS[huidig.status]}" kan de status niet naar "${STATUS_LABELS[status]}". Kies een van de voorgestelde statussen.`,
          );
        }
        await inburgeraars.zetStatus(trx, id, status, tijdstip());
        await schrijfLogboek(trx, { actie: `status ${huidig.status} → ${status}`, object: 'inburgeraar', objectId: id });
        return {};
      }),

    huishoudenKoppelen: async ({ id, metId }) => {
      if (id === metId) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Kies een andere inburgeraar om het huishouden mee te koppelen.');
      }
      return kluis.db.transaction().execute(async (trx) => {
        const huishoudenId = await inburgeraars.koppelHuishouden(trx, id, metId, tijdstip());
        await schrijfLogboek(trx, { actie: 'koppelen aan huishouden', object: 'huishouden', objectId: huishoudenId });
        return {};
      });
    },

    huishoudenOntkoppelen: async ({ id }) =>
      kluis.db.transaction().execute(async (trx) => {
        await inburgeraars.ontkoppelHuishouden(trx, id, tijdstip());
        await schrijfLogboek(trx, { actie: 'ontkoppelen van huishouden', object: 'inburgeraar', objectId: id });
        return {};
      }),
  };
}
