import { haalOp } from '../../db/inburgeraars';
import { pipVersies } from '../../db/pip';
import { pvtFeiten } from '../../db/pvt';
import type { Transactie } from '../../db/verbinding';
import * as voortgang from '../../db/voortgang';
import { voortgangKanalen } from '../../shared/contract/voortgang';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Pip } from '../../shared/domain/pip';
import { TREDE_LABELS, type Trede } from '../../shared/domain/voortgang';
import { KoersFout } from '../../shared/fouten';
import { isAsielgroep } from '../../shared/rules/doelgroep';
import { bevindingenAlsTekst, geldendePipVersie, niveausVan } from '../../shared/rules/pip';
import { mapThemasMetGroepsuren, pvtVoortgang } from '../../shared/rules/pvt';
import { afschalenStand, gesprekkenStand, huidigeTrede, leerrouteTotalen, schakelStand, verzuimPercentage, zRouteGrootboek } from '../../shared/rules/voortgang';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The Voortgang tab: voortgangsgesprekken, leerroute periods, exams, the Z-route ledger and the participatieladder.
// Every number the tab shows is computed here by the rules in shared/rules/voortgang.ts.

const inDeToekomst = (wat: string) => new KoersFout('ONGELDIGE_INVOER', `${wat} ligt in de toekomst. Vul een datum van vandaag of eerder in.`);

interface Dossier {
  inburgeraar: Inburgeraar;
  /** The geldende PIP version, only when it is vastgesteld. */
  pip: Pip | null;
}

async function dossier(trx: Transactie, inburgeraarId: number): Promise<Dossier> {
  const inburgeraar = await haalOp(trx, inburgeraarId);
  const geldend = geldendePipVersie(await pipVersies(trx, inburgeraarId));
  return { inburgeraar, pip: geldend && geldend.status !== 'concept' ? geldend : null };
}

/** The voortgang is measured against the plan (Wi 15; Besluit 5.3 lid 5: efforts before the PIP do not count). */
async function dossierMetPip(trx: Transactie, inburgeraarId: number): Promise<Dossier & { pip: Pip }> {
  const d = await dossier(trx, inburgeraarId);
  if (!d.pip) {
    throw new KoersFout('REGEL_GESCHONDEN', 'Dit dossier heeft nog geen vastgesteld PIP. Stel eerst het PIP vast: de voortgang wordt gemeten tegen het plan (art. 15 Wi 2021; art. 5.3 lid 5 Besluit).');
  }
  return { ...d, pip: d.pip };
}

/** The Z-route ledger from the stored hours; `eindgesprek` may be the one about to be recorded. */
async function zRouteLedger(trx: Transactie, d: Dossier & { pip: Pip }, eindgesprek: string | null) {
  const [feiten] = await pvtFeiten(trx, { inburgeraarId: d.inburgeraar.id });
  const periodes = await voortgang.periodes(trx, d.inburgeraar.id);
  const activiteiten = await voortgang.activiteiten(trx, d.inburgeraar.id);
  return zRouteGrootboek({
    asiel: isAsielgroep(d.inburgeraar.doelgroep),
    peildatum: d.pip.dagtekening ?? d.pip.aangemaakt.slice(0, 10),
    pip: d.pip.inhoud,
    cursusurenGevolgd: periodes.reduce((som, p) => som + p.urenGevolgd, 0),
    activiteitenUren: activiteiten.reduce((som, a) => som + a.uren, 0),
    pvtUren: pvtVoortgang(feiten!.aanwezigheden, feiten!.intakeUren).uren,
    // Besluit 3.2 lid 1: the per-person thema hours and the attended MAP group sessions together.
    mapUren: mapThemasMetGroepsuren(feiten!.mapThemas, feiten!.mapSessieUren).reduce((som, t) => som + t.uren, 0),
    eindgesprek,
  });
}

function eisZRoute(d: Dossier & { pip: Pip }): void {
  if (d.pip.inhoud.leerroute !== 'z') {
    throw new KoersFout('REGEL_GESCHONDEN', 'Dit hoort alleen bij de Z-route, en het geldende PIP heeft een andere leerroute (art. 9 Wi 2021; art. 3.14 Besluit).');
  }
}

export function voortgangHandlers(deps: HandlerDeps): UseCasesVan<typeof voortgangKanalen> {
  const { mutatie, lezing } = maakUseCases(deps);
  const opDossier = (actie: string) => ({ actie, object: 'inburgeraar' as const, objectId: ({ inburgeraarId }: { inburgeraarId: number }) => inburgeraarId });

  return {
    voortgangOphalen: lezing(async ({ inburgeraarId }, { trx, vandaag }) => {
      const d = await dossier(trx, inburgeraarId);
      const pip = d.pip;
      const leerroute = pip?.inhoud.leerroute ?? null;
      const gesprekken = await voortgang.gesprekken(trx, inburgeraarId);
      const periodes = await voortgang.periodes(trx, inburgeraarId);
      const ladder = (await voortgang.ladder(trx, inburgeraarId)).map((r) => ({ ...r, label: TREDE_LABELS[r.trede as Trede] }));
      const huidige = huidigeTrede(ladder);
      const zRouteStand = pip && leerroute === 'z' ? await voortgang.zRoute(trx, inburgeraarId) : null;
      const ledger = pip && zRouteStand ? await zRouteLedger(trx, { ...d, pip }, zRouteStand.eindgesprek) : null;

      return {
        pip: pip ? { dagtekening: pip.dagtekening, termijnStart: pip.termijnStart, leerroute, niveau: pip.inhoud.niveau } : null,
        asiel: isAsielgroep(d.inburgeraar.doelgroep),
        gesprekken: {
          lijst: gesprekken,
          ...gesprekkenStand(gesprekken, { aantal: pip?.inhoud.aantalVoortgangsgesprekken ?? null, elkeMaanden: pip?.inhoud.voortgangsgesprekkenElkeMaanden ?? null }, pip?.termijnStart ?? null),
        },
        leerroute: {
          periodes: periodes.map((p) => ({
            ...p,
            percentageGeoorloofd: verzuimPercentage(p.verzuimGeoorloofd, p.urenAangeboden),
            percentageOngeoorloofd: verzuimPercentage(p.verzuimOngeoorloofd, p.urenAangeboden),
          })),
          totalen: leerrouteTotalen(periodes),
        },
        examens: await voortgang.examens(trx, inburgeraarId),
        afschalen: pip ? afschalenStand(leerroute, periodes, niveausVan(pip.inhoud)) : null,
        schakelen: pip?.termijnStart ? schakelStand(pip.termijnStart, vandaag, leerroute) : null,
        zRoute:
          ledger && zRouteStand
            ? { ...ledger, activiteiten: await voortgang.activiteiten(trx, inburgeraarId), eindgesprek: zRouteStand.eindgesprek, afgerondOp: zRouteStand.afgerondOp }
            : null,
        ladder: { huidige, geschiedenis: [...ladder].reverse() },
      };
    }),

    // Besluit 5.3 lid 4: the PIP sets how many voortgangsgesprekken are held.
    voortgangsgesprekPlannen: mutatie(opDossier('voortgangsgesprek gepland'), async ({ inburgeraarId, gepland, tijd, metTolk }, { trx, tijdstip }) => {
      await dossierMetPip(trx, inburgeraarId);
      return { id: await voortgang.gesprekPlannen(trx, inburgeraarId, { gepland, tijd, metTolk }, tijdstip) };
    }),

    voortgangsgesprekVastleggen: mutatie(opDossier('voortgangsgesprek vastgelegd'), async ({ inburgeraarId, gesprekId, gehouden, verslag }, { trx, vandaag }) => {
      await dossierMetPip(trx, inburgeraarId);
      await voortgang.gesprek(trx, inburgeraarId, gesprekId);
      if (gehouden > vandaag) throw inDeToekomst('De datum waarop het gesprek is gehouden');
      await voortgang.gesprekVastleggen(trx, gesprekId, gehouden, verslag);
      return {};
    }),

    voortgangsgesprekVerwijderen: mutatie(opDossier('voortgangsgesprek verwijderd'), async ({ inburgeraarId, id }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const g = await voortgang.gesprek(trx, inburgeraarId, id);
      if (g.gehouden) throw new KoersFout('REGEL_GESCHONDEN', 'Een gehouden gesprek blijft in het dossier: het verslag is vastgelegd. Alleen een gepland gesprek kan worden verwijderd.');
      await voortgang.gesprekVerwijderen(trx, id);
      return {};
    }),

    leerroutePeriodeOpslaan: mutatie(opDossier('leerrouteperiode opgeslagen'), async (periode, { trx, vandaag }) => {
      await dossierMetPip(trx, periode.inburgeraarId);
      // Gevolgde uren are facts: a period cannot end after today.
      if (periode.tot > vandaag) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Het einde van de periode ligt in de toekomst. Vul alleen uren in die al zijn gevolgd: een periode tot en met vandaag of eerder.');
      }
      return { id: await voortgang.periodeOpslaan(trx, periode) };
    }),

    leerroutePeriodeVerwijderen: mutatie(opDossier('leerrouteperiode verwijderd'), async ({ inburgeraarId, id }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      await voortgang.periodeVerwijderen(trx, inburgeraarId, id);
      return {};
    }),

    examenresultaatOpslaan: mutatie(opDossier('examenresultaat opgeslagen'), async (examen, { trx, vandaag }) => {
      await dossierMetPip(trx, examen.inburgeraarId);
      if (examen.datum > vandaag) throw inDeToekomst('De datum van het examen');
      return { id: await voortgang.examenOpslaan(trx, examen) };
    }),

    examenresultaatVerwijderen: mutatie(opDossier('examenresultaat verwijderd'), async ({ inburgeraarId, id }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      await voortgang.examenVerwijderen(trx, inburgeraarId, id);
      return {};
    }),

    // Besluit 3.14 lid 2 onder b: only the asiel group has participatie-uren in the Z-route (lid 3).
    participatieactiviteitOpslaan: mutatie(opDossier('participatieactiviteit opgeslagen'), async (activiteit, { trx, vandaag }) => {
      const d = await dossierMetPip(trx, activiteit.inburgeraarId);
      eisZRoute(d);
      if (!isAsielgroep(d.inburgeraar.doelgroep)) {
        throw new KoersFout(
          'REGEL_GESCHONDEN',
          'Voor gezinsmigranten en overige migranten bestaat de Z-route uit cursusuren en het eindgesprek; participatie-uren horen daar niet bij (art. 3.14 lid 3 Besluit).',
        );
      }
      if (activiteit.datum > vandaag) throw inDeToekomst('De datum van de activiteit');
      return { id: await voortgang.activiteitOpslaan(trx, activiteit) };
    }),

    participatieactiviteitVerwijderen: mutatie(opDossier('participatieactiviteit verwijderd'), async ({ inburgeraarId, id }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      await voortgang.activiteitVerwijderen(trx, inburgeraarId, id);
      return {};
    }),

    // DOMAIN.md §16 (policy): a new trede is a new row; the history stays.
    participatieladderVastleggen: mutatie(opDossier('participatieladder vastgelegd'), async ({ inburgeraarId, trede, datum, toelichting }, { trx, vandaag }) => {
      await haalOp(trx, inburgeraarId);
      if (datum > vandaag) throw inDeToekomst('De datum van de trede');
      return { id: await voortgang.tredeVastleggen(trx, inburgeraarId, { trede, datum, toelichting }) };
    }),

    // Besluit 3.14 lid 2 onder c and lid 4: the eindgesprek is held by the college itself; afgerond when every part is done.
    zRouteAfronding: mutatie(opDossier('Z-route afronding vastgelegd'), async ({ inburgeraarId, eindgesprek, afgerondOp }, { trx, vandaag }) => {
      const d = await dossierMetPip(trx, inburgeraarId);
      eisZRoute(d);
      if (eindgesprek && eindgesprek > vandaag) throw inDeToekomst('De datum van het eindgesprek');
      if (afgerondOp && afgerondOp > vandaag) throw inDeToekomst('De datum van afronding');
      if (afgerondOp) {
        const ledger = await zRouteLedger(trx, d, eindgesprek);
        if (!ledger.compleet) throw new KoersFout('REGEL_GESCHONDEN', `De Z-route is nog niet af. ${bevindingenAlsTekst(ledger.ontbreekt)}`);
      }
      await voortgang.zetZRoute(trx, inburgeraarId, { eindgesprek, afgerondOp });
      return {};
    }),
  };
}
