import * as budget from '../../db/budget';
import { paginaVan } from '../../shared/contract/paginering';
import { leesInstellingen } from '../../db/instellingen';
import type { Transactie } from '../../db/verbinding';
import { budgetKanalen } from '../../shared/contract/budget';
import { KOSTEN_COMPONENT_LABELS, type KostenBestand, type KostenVoorbeeld } from '../../shared/domain/budget';
import { bedrag } from '../../shared/format';
import { KoersFout } from '../../shared/fouten';
import {
  alleSisaTabellen,
  budgetOverzicht,
  controleerKostenImport,
  dubbelSleutel,
  normaliseerCode,
  normbedragenOp,
  sisaControleNotitie,
  sisaTabelVoor,
  STANDAARD_NORMBEDRAGEN,
  stelKostenKoppelingVoor,
} from '../../shared/rules/budget';
import { maakSisaWerkblad, sisaWaarde } from '../documents/sisa-xlsx';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { decodeerTekst, leesCsv, scheidingsteken } from '../import/csv';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Cost entries, SPUK and the SiSa worksheet (issue 13 items 3–4). Amounts and components are not personal data
// and may be logged; the omschrijving and the supplier are never logged (a supplier can be a person, e.g. a tolk).

const MAX_KOSTEN_RIJEN = 10_000;
const weiger = (melding: string) => new KoersFout('ONGELDIGE_INVOER', melding);

/** The rows of a CSV export: header in row 1, empty rows left out. */
function leesKostenCsv(base64: string): { koppen: string[]; rijen: { rij: number; cellen: string[] }[] } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw weiger('Het bestand is leeg. Kies de CSV-export uit het financiële systeem.');
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) throw weiger('Dit is een Excel-bestand. Sla het in Excel op als CSV (puntkomma-gescheiden) en kies dat bestand.');
  const tekst = decodeerTekst(bytes);
  if (!tekst) throw weiger('Dit is geen CSV-bestand. Kies de CSV-export uit het financiële systeem.');
  let inhoud = tekst.tekst;
  const hint = /^sep=(.)\r?\n/.exec(inhoud);
  if (hint) inhoud = inhoud.slice(hint[0].length);
  const records = leesCsv(inhoud, hint ? hint[1]! : scheidingsteken(inhoud), MAX_KOSTEN_RIJEN + 2);
  const [koppen = [], ...rest] = records;
  const rijen = rest.map((cellen, i) => ({ rij: i + 2, cellen })).filter((r) => r.cellen.some((c) => c.trim() !== ''));
  if (rijen.length === 0) throw weiger('Het bestand heeft geen kostenregels onder de kopregel.');
  if (rest.length > MAX_KOSTEN_RIJEN) throw weiger(`Dit bestand heeft meer dan ${MAX_KOSTEN_RIJEN.toLocaleString('nl-NL')} regels. Verdeel het in delen en importeer die na elkaar.`);
  return { koppen: koppen.map((k) => k.trim()), rijen };
}

async function voorbeeld(trx: Transactie, invoer: KostenBestand): Promise<KostenVoorbeeld> {
  const { koppen, rijen } = leesKostenCsv(invoer.inhoud);
  const koppeling = invoer.koppeling ?? stelKostenKoppelingVoor(koppen);
  for (const index of Object.values(koppeling)) {
    if (index !== null && index >= koppen.length) throw weiger('De gekozen kolom bestaat niet in dit bestand. Kies de kolommen opnieuw.');
  }
  const codes = new Map((await budget.kostenCodes(trx)).map((c) => [normaliseerCode(c.code), c.component]));
  const bestaand = new Set((await budget.alleKostenVoorDubbelcontrole(trx)).map(dubbelSleutel));
  return controleerKostenImport(koppen, rijen, koppeling, codes, bestaand);
}

export function budgetHandlers(deps: HandlerDeps): UseCasesVan<typeof budgetKanalen> {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);

  async function controleerInburgeraar(trx: Transactie, inburgeraarId: number | null) {
    if (inburgeraarId !== null && !(await budget.bestaatInburgeraar(trx, inburgeraarId))) {
      throw new KoersFout('NIET_GEVONDEN', 'Deze inburgeraar bestaat niet (meer). Kies een andere inburgeraar of laat het veld leeg.');
    }
  }

  return {
    budgetJaren: lezing(async (_invoer, { trx, vandaag }) => ({ jaren: await budget.budgetJaren(trx), standaardJaar: Number(vandaag.slice(0, 4)) })),

    budgetKosten: lezing(async ({ jaar, pagina, aantal }, { trx }) => {
      const rijen = await budget.kostenVanJaar(trx, jaar);
      return { rijen: paginaVan(rijen, { pagina, aantal }), totaal: rijen.length, bedragCent: rijen.reduce((som, r) => som + r.bedragCent, 0) };
    }),

    kostenToevoegen: mutatie(
      { actie: 'kosten toegevoegd', object: 'kosten', objectId: (_i, uit) => uit.id, detail: (i) => `${KOSTEN_COMPONENT_LABELS[i.component]} ${bedrag(i.bedragCent / 100)}` },
      async (invoer, { trx, tijdstip }) => {
        await controleerInburgeraar(trx, invoer.inburgeraarId);
        const [id] = await budget.kostenToevoegen(trx, [{ ...invoer, bron: 'invoer', bronBestand: null, bronRij: null }], tijdstip);
        return { id: id! };
      },
    ),

    kostenWijzigen: mutatie(
      { actie: 'kosten gewijzigd', object: 'kosten', objectId: ({ id }) => id, detail: (i) => `${KOSTEN_COMPONENT_LABELS[i.component]} ${bedrag(i.bedragCent / 100)}` },
      async ({ id, ...invoer }, { trx, tijdstip }) => {
        await budget.kostenOphalen(trx, id);
        await controleerInburgeraar(trx, invoer.inburgeraarId);
        await budget.kostenWijzigen(trx, id, invoer, tijdstip);
        return {};
      },
    ),

    kostenVerwijderen: mutatie({ actie: 'kosten verwijderd', object: 'kosten', objectId: ({ id }) => id }, async ({ id }, { trx }) => {
      await budget.kostenOphalen(trx, id);
      await budget.kostenVerwijderen(trx, id);
      return {};
    }),

    kostenImportVoorbeeld: lezing(async (invoer, { trx }) => voorbeeld(trx, invoer)),

    kostenImporteren: mutatie(
      { actie: 'kosten geïmporteerd', object: 'budget', detail: (_i, uit) => `${uit.toegevoegd} regels, ${uit.dubbel} dubbel overgeslagen` },
      async (invoer, { trx, tijdstip }) => {
        const v = await voorbeeld(trx, invoer);
        if (v.ontbrekend.length > 0) throw weiger(`Kies eerst een kolom voor: ${v.ontbrekend.join(', ')}.`);
        const fout = v.rijen.filter((r) => r.uitkomst === 'fout');
        if (fout.length > 0) {
          const eerste = fout.slice(0, 5).map((r) => `rij ${r.rij}: ${r.fouten.join(' ')}`);
          throw weiger(
            `${fout.length === 1 ? 'Eén rij heeft' : `${fout.length} rijen hebben`} een fout; er is niets geïmporteerd. ${eerste.join(' ')}${fout.length > 5 ? ` En nog ${fout.length - 5} rijen.` : ''} Verbeter het bestand en importeer het opnieuw.`,
          );
        }
        const nieuw = v.rijen.filter((r) => r.uitkomst === 'nieuw');
        await budget.kostenToevoegen(
          trx,
          nieuw.map((r) => ({
            datum: r.datum!,
            leverancier: r.leverancier!,
            component: r.component!,
            bedragCent: r.bedragCent!,
            omschrijving: r.omschrijving,
            inburgeraarId: null,
            bron: 'import',
            bronBestand: invoer.bestandsnaam,
            bronRij: r.rij,
          })),
          tijdstip,
        );
        return { toegevoegd: nieuw.length, dubbel: v.aantallen.dubbel };
      },
    ),

    kostenCodes: lezing(async (_invoer, { trx }) => budget.kostenCodes(trx)),

    kostenCodeOpslaan: mutatie({ actie: 'kostenplaatscode opgeslagen', object: 'budget', detail: (i) => KOSTEN_COMPONENT_LABELS[i.component] }, async ({ code, component }, { trx, tijdstip }) => {
      await budget.kostenCodeOpslaan(trx, normaliseerCode(code), component, tijdstip);
      return {};
    }),

    kostenCodeVerwijderen: mutatie({ actie: 'kostenplaatscode verwijderd', object: 'budget' }, async ({ code }, { trx }) => {
      if (!(await budget.kostenCodeVerwijderen(trx, code))) throw new KoersFout('NIET_GEVONDEN', 'Deze code staat niet (meer) in de tabel.');
      return {};
    }),

    budgetOverzicht: lezing(async ({ jaar, pagina, aantal }, { trx }) => {
      const o = budgetOverzicht(await budget.budgetFeiten(trx, jaar));
      const namen = await budget.namenVan(
        trx,
        o.perPersoon.map((p) => p.inburgeraarId),
      );
      const perPersoon = o.perPersoon.map((p) => ({ ...p, naam: namen.get(p.inburgeraarId) ?? '' })).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
      const som = (veld: 'besteedJaarCent' | 'besteedTotaalCent' | 'normCent') => perPersoon.reduce((s, r) => s + r[veld], 0);
      // One page of persons to the window (issue 14), with the count and sums of all of them.
      return {
        ...o,
        perPersoon: paginaVan(perPersoon, { pagina, aantal }),
        perPersoonTotaal: { aantal: perPersoon.length, besteedJaarCent: som('besteedJaarCent'), besteedTotaalCent: som('besteedTotaalCent'), normCent: som('normCent') },
      };
    }),

    spukJaren: lezing(async (_invoer, { trx }) => budget.spukJaren(trx)),

    spukOpslaan: mutatie(
      { actie: 'SPUK vastgelegd', object: 'budget', detail: (i) => `${i.jaar}` },
      async (invoer, { trx, tijdstip }) => {
        if (invoer.vaststellingCent === null && invoer.vaststellingDatum !== null) throw weiger('Vul ook het bedrag van de vaststelling in, of maak de datum van de vaststelling leeg.');
        await budget.spukOpslaan(trx, invoer, tijdstip);
        return {};
      },
    ),

    normbedragenOphalen: lezing(async ({ peildatum }, { trx, vandaag }) => {
      const ingesteld = await budget.normbedragen(trx);
      const peil = peildatum ?? vandaag;
      return { ingesteld, standaard: [...STANDAARD_NORMBEDRAGEN], geldend: normbedragenOp(ingesteld, peil), peildatum: peil };
    }),

    normbedragOpslaan: mutatie(
      { actie: 'normbedrag vastgelegd', object: 'budget', objectId: (_i, uit) => uit.id, detail: (i) => `${KOSTEN_COMPONENT_LABELS[i.component]} ${i.doelgroep} ${bedrag(i.bedragCent / 100)} vanaf ${i.geldigVanaf}` },
      async (invoer, { trx, tijdstip }) => ({ id: await budget.normbedragOpslaan(trx, invoer, tijdstip) }),
    ),

    normbedragVerwijderen: mutatie({ actie: 'normbedrag verwijderd', object: 'budget', objectId: ({ id }) => id }, async ({ id }, { trx }) => {
      if (!(await budget.normbedragVerwijderen(trx, id))) throw new KoersFout('NIET_GEVONDEN', 'Dit normbedrag bestaat niet (meer). Vernieuw de lijst.');
      return {};
    }),

    budgetInstellingenOphalen: lezing(async (_invoer, { trx }) => ({ reserveringsruimtePercentage: await budget.reserveringsruimtePercentage(trx) })),

    budgetInstellingenOpslaan: mutatie(
      { actie: 'reserveringsruimte ingesteld', object: 'budget', detail: (i) => `${i.reserveringsruimtePercentage} %` },
      async ({ reserveringsruimtePercentage }, { trx }) => {
        await budget.reserveringsruimteOpslaan(trx, reserveringsruimtePercentage);
        return {};
      },
    ),

    sisaIndicatoren: lezing(async ({ jaar }, { trx }) => {
      const tabel = sisaTabelVoor(jaar, alleSisaTabellen(await budget.sisaCodesIngesteld(trx)));
      const o = budgetOverzicht(await budget.budgetFeiten(trx, jaar));
      return {
        vanafJaar: tabel?.vanafJaar ?? null,
        bevestigd: tabel?.bevestigd ?? false,
        notitie: sisaControleNotitie(jaar, tabel),
        indicatoren: (tabel?.indicatoren ?? []).map((i) => ({ code: i.code, omschrijving: i.omschrijving, waarde: i.waarde, waardeCent: sisaWaarde(i.waarde, o) })),
      };
    }),

    sisaCodesOpslaan: mutatie({ actie: 'SiSa-codes vastgelegd', object: 'budget', detail: (i) => `${i.jaar}` }, async ({ jaar, codes }, { trx }) => {
      const gebruikt = Object.values(codes);
      if (new Set(gebruikt).size !== gebruikt.length) throw weiger('Elke indicator heeft een eigen code. Controleer de codes in de SiSa-bijlage.');
      await budget.sisaCodesOpslaan(trx, jaar, codes);
      return {};
    }),

    sisaWerkbladOpslaan: bestandOpslaan(
      { actie: 'SiSa-werkblad geëxporteerd', object: 'lijst' },
      async ({ jaar }, { trx }) => {
        const feiten = await budget.budgetFeiten(trx, jaar);
        return {
          jaar,
          gemeentenaam: (await leesInstellingen(trx)).gemeentenaam ?? '',
          overzicht: budgetOverzicht(feiten),
          spukInvoer: feiten.spuk.find((s) => s.jaar === jaar) ?? null,
          reserveringsruimtePercentage: feiten.reserveringsruimtePercentage,
          tabel: sisaTabelVoor(jaar, alleSisaTabellen(await budget.sisaCodesIngesteld(trx))),
          kosten: await budget.kostenVanJaar(trx, jaar),
        };
      },
      async (gegevens) => ({
        bestandsnaam: veiligeBestandsnaam(`SiSa-werkblad ${gegevens.jaar}.xlsx`),
        bytes: await maakSisaWerkblad(gegevens, (deps.nu ?? (() => new Date()))()),
        logdetail: `${gegevens.jaar}`,
      }),
    ),
  };
}
