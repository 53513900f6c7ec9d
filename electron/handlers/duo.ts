import * as duo from '../../db/duo';
import { leesInstellingen } from '../../db/instellingen';
import { schrijfLogboek } from '../../db/logboek';
import type { Transactie } from '../../db/verbinding';
import { paginaVan } from '../../shared/contract/paginering';
import { duoKanalen } from '../../shared/contract/duo';
import { DUO_VELD_LABELS, VERWIJTBAARHEID_ONDERDELEN, type DuoExportRij, type DuoFilter, type VerwijtbaarheidOnderdeel } from '../../shared/domain/duo';
import { KoersFout } from '../../shared/fouten';
import { naamAchternaamEerst } from '../../shared/format';
import { duoStand, duoWaarden, teMeldenVelden, verwijtbaarheidVenster, verwijtbaarheidWeigering, type DuoBron, type VerwijtbaarheidContext } from '../../shared/rules/duo';
import { mapStand } from '../../shared/rules/pvt';
import { duoMeldingenBestandsnaam, maakDuoMeldingenXlsx } from '../documents/duo-meldingen-xlsx';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// DUO-meldingen (Wi 34; Besluit 9.2, 9.3): what the college must still register in DUO's portal, marking it
// as reported, the verwijtbaar indicator ([S-DUO]) and the list for the portal.
type DuoUseCases = UseCasesVan<typeof duoKanalen>;

const NIET_GEVONDEN = () => new KoersFout('NIET_GEVONDEN', 'Deze inburgeraar bestaat niet (meer). Ga terug naar de lijst en kies opnieuw.');

/** The facts of a dossier with whether its MAP is completed (Besluit 3.2, with the gemeente's hour norm). */
type Dossier = duo.DuoDossierFeiten & DuoBron;

async function feitenVan(trx: Transactie, selectie: Parameters<typeof duo.duoFeiten>[1]): Promise<Dossier[]> {
  const { mapUrenNorm } = await leesInstellingen(trx);
  return (await duo.duoFeiten(trx, selectie)).map((f) => ({ ...f, mapAfgerond: mapStand({ ...f, eindgesprek: f.eindgesprekMap }, mapUrenNorm).afgerond }));
}

const standVan = (f: Dossier) => duoStand(duoWaarden(f), f.meldingen);
const aantal = (n: number, enkel: string, meer: string) => `${n} ${n === 1 ? enkel : meer}`;
// "Dagtekening PIP" → "dagtekening PIP" inside a sentence; an abbreviation keeps its capitals.
const inZin = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
const opNaam = <T extends { naam: string }>(a: T, b: T) => a.naam.localeCompare(b.naam, 'nl');

function verwijtbaarheidContext(f: Dossier, onderdeel: VerwijtbaarheidOnderdeel, vandaag: string): VerwijtbaarheidContext {
  const geldend = f.pips.filter((p) => p.status !== 'concept').at(-1);
  return {
    onderdeel,
    termijnStart: geldend?.termijnStart ?? null,
    leerroute: geldend?.inhoud.leerroute ?? null,
    datumOndertekeningPvt: f.datumOndertekeningPvt,
    mapAfgerond: f.mapAfgerond,
    eindgesprekMap: f.eindgesprekMap,
    vandaag,
  };
}

function exportRijen(feiten: Dossier[], filter: DuoFilter): DuoExportRij[] {
  return feiten
    .map((f) => ({ bsn: f.persoon.bsn, naam: naamAchternaamEerst(f.persoon), waarden: duoWaarden(f), nogTeMelden: teMeldenVelden(standVan(f)) }))
    .filter((r) => (filter === 'alles' ? Object.values(r.waarden).some((w) => w !== null) : r.nogTeMelden.length > 0))
    .sort(opNaam);
}

export function duoHandlers(deps: HandlerDeps): DuoUseCases {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);

  async function eenDossier(trx: Transactie, inburgeraarId: number) {
    const [feiten] = await feitenVan(trx, { inburgeraarIds: [inburgeraarId] });
    if (!feiten) throw NIET_GEVONDEN();
    return feiten;
  }

  return {
    duoMeldingenLijst: lezing(async ({ filter, pagina, aantal }, { trx, vandaag }) => {
      const rijen = [];
      let teMelden = 0;
      const dossiers = new Set<number>();
      for (const f of await feitenVan(trx, 'alle')) {
        const persoon = { inburgeraarId: f.persoon.id, naam: naamAchternaamEerst(f.persoon), bsn: f.persoon.bsn };
        for (const stand of standVan(f)) {
          if (stand.status === 'nog_te_melden') {
            teMelden += 1;
            dossiers.add(f.persoon.id);
          }
          const tonen = filter === 'alles' ? stand.status !== 'leeg' || stand.gemeld !== null : stand.status === 'nog_te_melden';
          if (tonen) rijen.push({ ...persoon, ...stand });
        }
      }
      // Stable sort: per person the facts stay in DUO's order.
      // One page to the window (issue 14).
      return { rijen: paginaVan(rijen.sort(opNaam), { pagina, aantal }), totaal: rijen.length, teMelden, dossiers: dossiers.size, vandaag };
    }),

    duoMeldingenDossier: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      const f = await eenDossier(trx, inburgeraarId);
      const termijnStart = verwijtbaarheidContext(f, 'pvt', vandaag).termijnStart;
      return {
        vandaag,
        velden: standVan(f),
        verwijtbaarheid: {
          venster: termijnStart ? verwijtbaarheidVenster(termijnStart) : null,
          onderdelen: VERWIJTBAARHEID_ONDERDELEN.map((onderdeel) => {
            const vastgelegd = f.verwijtbaarheid.find((v) => v.onderdeel === onderdeel);
            return {
              onderdeel,
              weigering: verwijtbaarheidWeigering(verwijtbaarheidContext(f, onderdeel, vandaag), vandaag),
              vastgelegd: vastgelegd ? { verwijtbaar: vastgelegd.verwijtbaar, vastgesteldOp: vastgelegd.vastgesteldOp, toelichting: vastgelegd.toelichting } : null,
            };
          }),
        },
      };
    }),

    // Bulk, in one transaction: all items are marked, or (one refused) none. Each dossier gets its own logboek
    // line naming the facts (labels only, never their values).
    duoGemeldMarkeren: mutatie(
      { actie: 'DUO-meldingen als gemeld gemarkeerd', object: 'inburgeraar', detail: ({ items }, { gemarkeerd }) => `${aantal(gemarkeerd, 'gegeven', 'gegevens')} van ${aantal(new Set(items.map((i) => i.inburgeraarId)).size, 'dossier', 'dossiers')}` },
      async ({ items, gemeldOp }, { trx, vandaag, tijdstip }) => {
        if (gemeldOp > vandaag) throw new KoersFout('ONGELDIGE_INVOER', 'De datum "Gemeld op" ligt in de toekomst. Kies vandaag of de dag waarop u het in het DUO-portaal hebt gemeld.');
        const ids = [...new Set(items.map((i) => i.inburgeraarId))];
        const feiten = await feitenVan(trx, { inburgeraarIds: ids });
        if (feiten.length !== ids.length) throw NIET_GEVONDEN();
        const standen = new Map(feiten.map((f) => [f.persoon.id, standVan(f)]));
        const teMarkeren = new Map<string, { inburgeraarId: number; veld: (typeof items)[number]['veld']; waarde: string }>();
        for (const { inburgeraarId, veld } of items) {
          const stand = standen.get(inburgeraarId)!.find((s) => s.veld === veld)!;
          if (stand.status !== 'nog_te_melden' || stand.waarde === null) {
            throw new KoersFout(
              'ONGELDIGE_INVOER',
              `Bij een van de gekozen dossiers is "${DUO_VELD_LABELS[veld]}" niet (meer) te melden. Vernieuw de lijst en kies opnieuw; er is niets gemarkeerd.`,
            );
          }
          teMarkeren.set(`${inburgeraarId}:${veld}`, { inburgeraarId, veld, waarde: stand.waarde });
        }
        await duo.markeerGemeld(trx, [...teMarkeren.values()], gemeldOp);
        for (const inburgeraarId of ids) {
          const velden = [...teMarkeren.values()].filter((i) => i.inburgeraarId === inburgeraarId).map((i) => inZin(DUO_VELD_LABELS[i.veld]));
          await schrijfLogboek(trx, { actie: `gemeld aan DUO: ${velden.join(', ')}`, object: 'inburgeraar', objectId: inburgeraarId, actor: deps.kluis.actor }, new Date(tijdstip));
        }
        return { gemarkeerd: teMarkeren.size };
      },
    ),

    // [S-DUO]: only in the last two months of the termijn, and only for a PVT or MAP that is not completed.
    verwijtbaarheidVastleggen: mutatie(
      { actie: 'verwijtbaarheid vastgelegd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId, detail: ({ onderdeel }) => onderdeel.toUpperCase() },
      async (invoer, { trx, vandaag }) => {
        const f = await eenDossier(trx, invoer.inburgeraarId);
        const weigering = verwijtbaarheidWeigering(verwijtbaarheidContext(f, invoer.onderdeel, vandaag), invoer.vastgesteldOp);
        if (weigering) throw new KoersFout('REGEL_GESCHONDEN', weigering);
        await duo.legVerwijtbaarheidVast(trx, invoer);
        return {};
      },
    ),

    // The one export with the BSN: DUO's portal finds a person by it.
    duoMeldingenExporteren: bestandOpslaan(
      { actie: 'DUO-meldingen geëxporteerd', object: 'lijst' },
      async ({ filter }, { trx, vandaag }) => {
        const rijen = exportRijen(await feitenVan(trx, 'alle'), filter);
        if (rijen.length === 0) {
          throw new KoersFout(
            'ONGELDIGE_INVOER',
            filter === 'alles' ? 'Er zijn nog geen gegevens voor DUO: er is nog geen PIP vastgesteld en niets over PVT of MAP vastgelegd.' : 'Er is niets meer te melden aan DUO. Kies "Alles tonen" om alle gegevens te exporteren.',
          );
        }
        return { rijen, vandaag };
      },
      async ({ rijen, vandaag }) => ({ bestandsnaam: duoMeldingenBestandsnaam(vandaag), bytes: await maakDuoMeldingenXlsx(rijen, vandaag), logdetail: aantal(rijen.length, 'dossier', 'dossiers') }),
    ),
  };
}
