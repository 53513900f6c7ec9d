import * as inburgeraars from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { pipVersies } from '../../db/pip';
import { KoersFout } from '../../shared/fouten';
import type { ExtraRustdagen } from '../../shared/rules/atw';
import { plusDagen } from '../../shared/rules/datum';
import { DOELGROEPEN, type Doelgroep } from '../../shared/rules/doelgroep';
import { STATUSSEN, STATUS_LABELS, magStatusWorden, pipTermijnLoopt, type Status } from '../../shared/rules/status';
import { statusCorrectieFout, statuswijzigingBevindingen } from '../../shared/rules/statuswijziging';
import { pipTermijnVoorDossier } from '../../shared/rules/termijnen';
import { LIJST_STANDAARD_AANTAL, type PipFilter } from '../../shared/zoeken';
import type { HandlerDeps } from './deps';
import { inburgeraarsKanalen } from '../../shared/contract/inburgeraars';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

type InburgeraarUseCases = UseCasesVan<typeof inburgeraarsKanalen>;

type TermijnFeiten = Parameters<typeof pipTermijnVoorDossier>[0];

// Besluit inburgering 2021 art. 5.3 lid 1: the PIP deadline of a dossier (a fact even after the PIP was set).
// The later BRP date counts only when huisvestingArt28 is ticked (see pipTermijnVoorDossier).
function pipTermijnVan(inburgeraar: TermijnFeiten, extra: ExtraRustdagen) {
  return pipTermijnVoorDossier(inburgeraar, extra);
}

/** The statuses in which the PIP term runs. */
const PIP_LOOPT = STATUSSEN.filter(pipTermijnLoopt);

/**
 * Besluit 5.3: the deadline is 10 weeks after the start (the kennisgeving or a BRP date), and the Atw only
 * moves it later; so a deadline within two weeks from today needs a start at least 8 weeks ago. SQL narrows
 * to those dossiers, JS computes the few deadlines.
 */
const startUiterlijk = (vandaag: string) => plusDagen(vandaag, 14 - 70);

/**
 * The deadline per distinct set of dates, for one call: many dossiers share a kennisgeving day, and a deadline
 * costs tens of microseconds (Atw), which adds up over thousands of dossiers.
 */
function termijnenPerDatum(extra: ExtraRustdagen): (d: TermijnFeiten) => string | null {
  const bekend = new Map<string, string | null>();
  return (d) => {
    const sleutel = `${d.datumKennisgevingDuo}|${d.datumInschrijvingBrp}|${d.huisvestingArt28 ? 1 : 0}|${d.termijnStartEerder ?? ''}`;
    let datum = bekend.get(sleutel);
    if (datum === undefined) bekend.set(sleutel, (datum = pipTermijnVan(d, extra)?.datum ?? null));
    return datum;
  };
}

/** The werkvoorraad count a running PIP deadline falls in (the list's PIP filter uses the same rule). */
function pipFilterVan(uiterlijk: string | null, vandaag: string): PipFilter | null {
  if (uiterlijk === null) return null;
  if (uiterlijk < vandaag) return 'verstreken';
  if (uiterlijk <= plusDagen(vandaag, 14)) return 'binnen2weken';
  return null;
}

export function inburgeraarHandlers(deps: HandlerDeps): InburgeraarUseCases {
  const { mutatie, lezing, dossierLezing } = maakUseCases(deps);

  return {
    // Counts in SQL; the PIP deadline only for the dossiers whose PIP term still runs (aangemeld, intake).
    werkvoorraad: lezing(async (_invoer, { trx, vandaag }) => {
      const { extraRustdagen } = await leesInstellingen(trx);
      const tel = await inburgeraars.tellingen(trx);
      const perStatus = Object.fromEntries(STATUSSEN.map((s) => [s, 0])) as Record<Status, number>;
      const perDoelgroep = Object.fromEntries(DOELGROEPEN.map((d) => [d, 0])) as Record<Doelgroep, number>;
      for (const { status, aantal } of tel.perStatus) perStatus[status] = aantal;
      for (const { doelgroep, aantal } of tel.perDoelgroep) perDoelgroep[doelgroep] = aantal;
      let pipBinnenTweeWeken = 0;
      let pipTermijnVerstreken = 0;
      const uiterlijkVan = termijnenPerDatum(extraRustdagen);
      for (const dossier of await inburgeraars.dossiersMetStatus(trx, PIP_LOOPT, startUiterlijk(vandaag))) {
        const soort = pipFilterVan(uiterlijkVan(dossier), vandaag);
        if (soort === 'verstreken') pipTermijnVerstreken += 1;
        else if (soort === 'binnen2weken') pipBinnenTweeWeken += 1;
      }
      const totaal = tel.perStatus.reduce((som, r) => som + r.aantal, 0);
      return { perStatus, perDoelgroep, totaal, pipBinnenTweeWeken, pipTermijnVerstreken };
    }),

    // One page; the PIP deadline is computed for the rows of the page only (and, for the PIP filter, for
    // the dossiers whose term still runs).
    inburgeraarsLijst: lezing(async (invoer, { trx, vandaag }) => {
      const { extraRustdagen } = await leesInstellingen(trx);
      const uiterlijkVan = termijnenPerDatum(extraRustdagen);
      const alleenIds = invoer.pip
        ? (await inburgeraars.dossiersMetStatus(trx, PIP_LOOPT, startUiterlijk(vandaag))).filter((d) => pipFilterVan(uiterlijkVan(d), vandaag) === invoer.pip).map((d) => d.id)
        : undefined;
      const pagina = await inburgeraars.lijstPagina(trx, {
        zoekterm: invoer.zoekterm,
        status: invoer.status,
        doelgroep: invoer.doelgroep,
        alleenIds,
        sorteer: invoer.sorteer ?? 'naam',
        richting: invoer.richting ?? 'asc',
        na: invoer.na,
        aantal: invoer.aantal ?? LIJST_STANDAARD_AANTAL,
      });
      return {
        rijen: pagina.rijen.map((i) => ({
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
          pipUiterlijk: pipTermijnLoopt(i.status) ? uiterlijkVan(i) : null,
        })),
        volgende: pagina.volgende,
        totaal: pagina.totaal,
      };
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
