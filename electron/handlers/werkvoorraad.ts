import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import * as werkvoorraad from '../../db/werkvoorraad';
import { WERKVOORRAAD_STANDAARD_AANTAL, werkvoorraadKanalen, type WerkvoorraadDeel } from '../../shared/contract/werkvoorraad';
import { SECTIES, type Sectie, type Signaal } from '../../shared/domain/signaal';
import { KoersFout } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import { signalenVanDossier, signalenVoorWerkvoorraad, type DossierFeiten } from '../../shared/rules/signalen';
import { pipTermijnLoopt } from '../../shared/rules/status';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The werkvoorraad (DOMAIN.md §13): every open signal of every dossier, derived from the facts on each read;
// snoozing always with a reason (kept in the vault, never in the logboek); "wacht op derde" (Besluit 5.3 lid 2).

function wachtOpDerdeVan(f: DossierFeiten) {
  return f.wachtOpDerde ? { inburgeraarId: f.inburgeraar.id, naam: volledigeNaam(f.inburgeraar), ...f.wachtOpDerde } : null;
}

const NAAM_ORDE = new Intl.Collator('nl');

const WACHT_NIET_NODIG = 'Wachten op derden kan alleen zolang het PIP nog niet is vastgesteld (art. 5.3 lid 2 Besluit inburgering 2021).';

export function werkvoorraadHandlers(deps: HandlerDeps): UseCasesVan<typeof werkvoorraadKanalen> {
  const { lezing, mutatie } = maakUseCases(deps);

  return {
    werkvoorraadLijst: lezing(async ({ doelgroep, soort, alleenWachtOpDerde, aantal }, { trx, vandaag }) => {
      const feiten = await werkvoorraad.werkvoorraadFeiten(trx);
      const { signalen, uitgesteld } = signalenVoorWerkvoorraad(feiten, vandaag, await leesInstellingen(trx));
      const wachtOpDerde = feiten
        .filter((f) => pipTermijnLoopt(f.inburgeraar.status))
        .flatMap((f) => wachtOpDerdeVan(f) ?? [])
        .sort((a, b) => a.sinds.localeCompare(b.sinds) || NAAM_ORDE.compare(a.naam, b.naam));
      // The screen's filters, on the server: the window only gets the rows it shows (issue 14).
      const wachtend = new Set(wachtOpDerde.map((w) => w.inburgeraarId));
      const past = (s: Signaal) => (!doelgroep || s.doelgroep === doelgroep) && (!soort || s.soort === soort);
      const open = signalen.filter((s) => past(s) && (!alleenWachtOpDerde || wachtend.has(s.inburgeraarId)));
      const uitgesteldGefilterd = uitgesteld.filter(past);
      const hoeveel = (deel: WerkvoorraadDeel) => aantal?.[deel] ?? WERKVOORRAAD_STANDAARD_AANTAL;
      // The list is sorted by date and the sections follow the date, so each section is a run of the list.
      const perSectie = Object.fromEntries(SECTIES.map((sectie) => [sectie, open.filter((s) => s.sectie === sectie)])) as Record<Sectie, Signaal[]>;
      return {
        vandaag,
        signalen: SECTIES.flatMap((sectie) => perSectie[sectie].slice(0, hoeveel(sectie))),
        uitgesteld: uitgesteldGefilterd.slice(0, hoeveel('uitgesteld')),
        wachtOpDerde: wachtOpDerde.slice(0, hoeveel('wachtOpDerde')),
        totalen: {
          te_laat: perSectie.te_laat.length,
          deze_week: perSectie.deze_week.length,
          binnen_vier_weken: perSectie.binnen_vier_weken.length,
          later: perSectie.later.length,
          uitgesteld: uitgesteldGefilterd.length,
          wachtOpDerde: wachtOpDerde.length,
        },
      };
    }),

    dossierSignalen: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      await haalOp(trx, inburgeraarId);
      const feiten = await werkvoorraad.werkvoorraadFeiten(trx, inburgeraarId);
      const { signalen, uitgesteld } = signalenVoorWerkvoorraad(feiten, vandaag, await leesInstellingen(trx));
      return { vandaag, signalen, uitgesteld, wachtOpDerde: feiten[0] ? wachtOpDerdeVan(feiten[0]) : null };
    }),

    signaalUitstellen: mutatie(
      {
        actie: 'signaal uitgesteld',
        object: 'inburgeraar',
        objectId: ({ inburgeraarId }) => inburgeraarId,
        detail: ({ sleutel, tot }) => `${sleutel.split(':')[0]} tot ${tot}`,
      },
      async ({ inburgeraarId, sleutel, tot, reden }, { trx, tijdstip, vandaag }) => {
        await haalOp(trx, inburgeraarId);
        if (tot < vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'Uitstellen kan alleen tot vandaag of een latere datum. Kies een andere datum.');
        const [feiten] = await werkvoorraad.werkvoorraadFeiten(trx, inburgeraarId);
        const signaal = signalenVanDossier(feiten!, vandaag, await leesInstellingen(trx)).find((s) => s.sleutel === sleutel);
        if (!signaal) throw new KoersFout('NIET_GEVONDEN', 'Dit signaal staat niet (meer) open bij deze inburgeraar. Vernieuw het scherm.');
        await werkvoorraad.zetUitstel(trx, { inburgeraarId, sleutel, tot, reden }, tijdstip);
        return {};
      },
    ),

    signaalUitstelOpheffen: mutatie(
      { actie: 'uitstel signaal opgeheven', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId, detail: ({ sleutel }) => sleutel.split(':')[0]! },
      async ({ inburgeraarId, sleutel }, { trx }) => {
        await haalOp(trx, inburgeraarId);
        await werkvoorraad.verwijderUitstel(trx, inburgeraarId, sleutel);
        return {};
      },
    ),

    wachtOpDerdeVastleggen: mutatie(
      { actie: 'wacht op derde vastgelegd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId, omschrijving, sinds, verwachtOp }, { trx, vandaag }) => {
        const persoon = await haalOp(trx, inburgeraarId);
        if (!pipTermijnLoopt(persoon.status)) throw new KoersFout('REGEL_GESCHONDEN', WACHT_NIET_NODIG);
        if (sinds > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum "wacht sinds" ligt in de toekomst. Vul de dag in waarop om de informatie is gevraagd.');
        if (verwachtOp && verwachtOp < sinds) throw new KoersFout('ONGELDIGE_INVOER', 'De verwachte datum ligt vóór de datum "wacht sinds". Controleer de datums.');
        await werkvoorraad.zetWachtOpDerde(trx, { inburgeraarId, omschrijving, sinds, verwachtOp });
        return {};
      },
    ),

    wachtOpDerdeOntvangen: mutatie(
      { actie: 'informatie derde ontvangen', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId, ontvangenOp }, { trx, vandaag }) => {
        const persoon = await haalOp(trx, inburgeraarId);
        if (!pipTermijnLoopt(persoon.status)) throw new KoersFout('REGEL_GESCHONDEN', WACHT_NIET_NODIG);
        const wacht = await werkvoorraad.leesWachtOpDerde(trx, inburgeraarId);
        if (!wacht) throw new KoersFout('NIET_GEVONDEN', 'Er is voor deze inburgeraar geen "wacht op derde" vastgelegd. Leg dat eerst vast.');
        if (ontvangenOp > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De ontvangstdatum ligt in de toekomst. Vul de dag in waarop de informatie binnenkwam.');
        if (ontvangenOp < wacht.sinds) throw new KoersFout('ONGELDIGE_INVOER', 'De ontvangstdatum ligt vóór de datum waarop om de informatie is gevraagd. Controleer de datum.');
        await werkvoorraad.zetWachtOpDerdeOntvangen(trx, inburgeraarId, ontvangenOp);
        return {};
      },
    ),

    wachtOpDerdeOpheffen: mutatie(
      { actie: 'wacht op derde opgeheven', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId }, { trx }) => {
        await haalOp(trx, inburgeraarId);
        if (!(await werkvoorraad.leesWachtOpDerde(trx, inburgeraarId))) {
          throw new KoersFout('NIET_GEVONDEN', 'Er is voor deze inburgeraar geen "wacht op derde" vastgelegd.');
        }
        await werkvoorraad.verwijderWachtOpDerde(trx, inburgeraarId);
        return {};
      },
    ),
  };
}

