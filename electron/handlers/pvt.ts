import { bewaarDocument } from '../../db/documenten';
import { PAGINA_MAX } from '../../shared/contract/paginering';
import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { pipVersies } from '../../db/pip';
import * as pvt from '../../db/pvt';
import { KoersFout } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import { geldendePipVersie, bevindingenAlsTekst } from '../../shared/rules/pip';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapStand, mapThemasMetGroepsuren, mapVanToepassing, onderscheidenNamen, pvtStand } from '../../shared/rules/pvt';
import { isEindstatus } from '../../shared/rules/status';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakPresentielijst } from '../documents/presentielijst';
import type { HandlerDeps } from './deps';
import { pvtKanalen } from '../../shared/contract/pvt';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Participatieverklaringstraject (Wi 6; Besluit 3.1): groups, sessions, enrolment, attendance, signing.
type PvtUseCases = UseCasesVan<typeof pvtKanalen>;

const SCAN_TEKENS: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The deelnemers of a group with their PVT state, by name. */
function alsDeelnemers(feiten: pvt.PvtFeiten[]) {
  return feiten
    .map((f) => {
      const { voortgang, status } = pvtStand(f);
      return {
        inburgeraarId: f.persoon.id,
        naam: volledigeNaam(f.persoon),
        geboortedatum: f.persoon.geboortedatum,
        uren: voortgang.uren,
        status,
        mapUren: mapThemasMetGroepsuren(f.mapThemas, f.mapSessieUren).reduce((som, t) => som + t.uren, 0),
        datumOndertekening: f.datumOndertekening,
        sjabloonVersie: f.sjabloonVersie,
        scanDocumentId: f.scanDocumentId,
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export function pvtHandlers(deps: HandlerDeps): PvtUseCases {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);

  return {
    pvtGroepen: lezing(async ({ aantal = PAGINA_MAX }, { trx }) => pvt.groepen(trx, aantal)),

    pvtGroepAanmaken: mutatie(
      { actie: 'groep aangemaakt', object: 'pvtGroep', objectId: (_i, uit) => uit.id, detail: ({ traject }) => traject },
      async (groep, { trx, tijdstip }) => ({ id: await pvt.groepAanmaken(trx, groep, tijdstip) }),
    ),

    pvtGroepOphalen: lezing(async ({ groepId }, { trx }) => {
      const groep = await pvt.groep(trx, groepId);
      return {
        groep: { id: groep.id, naam: groep.naam, notitie: groep.notitie, traject: groep.traject },
        mapUrenNorm: (await leesInstellingen(trx)).mapUrenNorm,
        sessies: await pvt.sessiesVan(trx, groepId),
        deelnemers: alsDeelnemers(await pvt.pvtFeiten(trx, { groepId })),
        aanwezigheid: await pvt.aanwezigheidVanGroep(trx, groepId),
      };
    }),

    pvtSessieToevoegen: mutatie(
      { actie: 'sessie toegevoegd', object: 'pvtGroep', objectId: ({ groepId }) => groepId, detail: ({ soort }) => soort },
      async (sessie, { trx }) => {
        const { traject } = await pvt.groep(trx, sessie.groepId);
        // Besluit 3.2 lid 1: a MAP group's sessions each cover one thema; a PVT group has no MAP sessions.
        if (traject === 'map' && sessie.soort !== 'map_bijeenkomst') {
          throw new KoersFout('ONGELDIGE_INVOER', 'Dit is een MAP-groep: elke sessie is een MAP-bijeenkomst over één thema (art. 3.2 lid 1 Besluit). Kies het thema.');
        }
        if (traject === 'pvt' && sessie.soort === 'map_bijeenkomst') {
          throw new KoersFout('ONGELDIGE_INVOER', 'Een MAP-bijeenkomst hoort bij een MAP-groep. Maak bij PVT en MAP een groep voor de MAP aan.');
        }
        return { id: await pvt.sessieToevoegen(trx, sessie) };
      },
    ),

    pvtInschrijven: mutatie(
      { actie: 'ingeschreven', object: 'pvtGroep', objectId: ({ groepId }) => groepId, detail: (_i, uit) => `${uit.ingeschreven} deelnemers` },
      async ({ groepId, inburgeraarIds }, { trx, tijdstip }) => {
        const { traject } = await pvt.groep(trx, groepId);
        const bestaand = new Set(await pvt.deelnemerIds(trx, groepId));
        let ingeschreven = 0;
        for (const inburgeraarId of new Set(inburgeraarIds)) {
          const inburgeraar = await haalOp(trx, inburgeraarId);
          if (isEindstatus(inburgeraar.status)) {
            throw new KoersFout('ONGELDIGE_INVOER', `${volledigeNaam(inburgeraar)} heeft een afgesloten dossier en kan niet worden ingeschreven.`);
          }
          if (bestaand.has(inburgeraarId)) continue;
          if (traject === 'map' && !mapVanToepassing(geldendePipVersie(await pipVersies(trx, inburgeraarId))?.inhoud.leerroute ?? null)) {
            throw new KoersFout('REGEL_GESCHONDEN', `${volledigeNaam(inburgeraar)} volgt de onderwijsroute: ${MAP_NIET_IN_ONDERWIJSROUTE.melding.toLowerCase()} (${MAP_NIET_IN_ONDERWIJSROUTE.artikel})`);
          }
          await pvt.schrijfIn(trx, groepId, inburgeraarId, tijdstip);
          ingeschreven += 1;
        }
        return { ingeschreven };
      },
    ),

    pvtUitschrijven: mutatie({ actie: 'uitgeschreven', object: 'pvtGroep', objectId: ({ groepId }) => groepId }, async ({ groepId, inburgeraarId }, { trx }) => {
      await pvt.groep(trx, groepId);
      if (!(await pvt.schrijfUit(trx, groepId, inburgeraarId))) {
        throw new KoersFout('NIET_GEVONDEN', 'Deze inburgeraar staat niet (meer) ingeschreven in deze groep.');
      }
      return {};
    }),

    // Besluit 3.1 lid 4: the college registers attendance.
    pvtAanwezigheidRegistreren: mutatie(
      { actie: 'aanwezigheid vastgelegd', object: 'pvtSessie', objectId: ({ sessieId }) => sessieId },
      async ({ sessieId, aanwezigheid }, { trx }) => {
        const sessie = await pvt.sessie(trx, sessieId);
        const ingeschreven = new Set(await pvt.deelnemerIds(trx, sessie.groepId));
        for (const { inburgeraarId, aanwezig } of aanwezigheid) {
          if (!ingeschreven.has(inburgeraarId)) throw new KoersFout('ONGELDIGE_INVOER', 'Aanwezigheid kan alleen voor deelnemers van deze groep worden vastgelegd.');
          await pvt.legAanwezigheidVast(trx, sessieId, inburgeraarId, aanwezig);
        }
        return {};
      },
    ),

    // Besluit 3.1: signing only after 12 hours, an excursie or activiteit and the signing meeting.
    pvtOndertekeningVastleggen: mutatie(
      { actie: 'participatieverklaring ondertekend', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId, datum, plaats }, { trx }) => {
        await haalOp(trx, inburgeraarId);
        const [feiten] = await pvt.pvtFeiten(trx, { inburgeraarId });
        if (feiten!.datumOndertekening) throw new KoersFout('ONGELDIGE_INVOER', 'De ondertekening is al vastgelegd.');
        const { voortgang } = pvtStand(feiten!);
        if (voortgang.ontbreekt.length > 0) {
          throw new KoersFout('REGEL_GESCHONDEN', `De ondertekening kan nog niet worden vastgelegd. ${bevindingenAlsTekst(voortgang.ontbreekt)}`);
        }
        await pvt.zetPvtDossier(trx, inburgeraarId, { datumOndertekening: datum, plaatsOndertekening: plaats });
        return {};
      },
    ),

    pvtScanOpslaan: mutatie(
      { actie: 'scan participatieverklaring opgeslagen', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      async ({ inburgeraarId, mime, base64 }, { trx, tijdstip }) => {
        const bytes = Buffer.from(base64, 'base64');
        if (!SCAN_TEKENS[mime]!.every((teken, i) => bytes[i] === teken)) {
          throw new KoersFout('ONGELDIGE_INVOER', 'Dit bestand is geen geldige PDF, PNG of JPG. Kies de scan opnieuw.');
        }
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const extensie = mime === 'application/pdf' ? 'pdf' : mime === 'image/png' ? 'png' : 'jpg';
        const { id } = await bewaarDocument(
          trx,
          { inburgeraarId, soort: 'scan_participatieverklaring', titel: 'Getekende participatieverklaring (scan)', bestandsnaam: veiligeBestandsnaam(`Getekende participatieverklaring ${volledigeNaam(inburgeraar)}.${extensie}`), pdf: bytes, mime },
          tijdstip,
        );
        await pvt.zetPvtDossier(trx, inburgeraarId, { scanDocumentId: id });
        return {};
      },
    ),

    // Besluit 3.1 lid 5: hours of the intake that count toward the PVT.
    pvtIntakeUren: mutatie({ actie: 'intake-uren PVT vastgelegd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId }, async ({ inburgeraarId, intakeUren }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      await pvt.zetPvtDossier(trx, inburgeraarId, { intakeUren });
      return {};
    }),

    pvtDossier: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const [feiten] = await pvt.pvtFeiten(trx, { inburgeraarId });
      const f = feiten!;
      const { voortgang, status } = pvtStand(f);
      const vanToepassing = mapVanToepassing(geldendePipVersie(f.pips)?.leerroute ?? null);
      const { mapUrenNorm } = await leesInstellingen(trx);
      const themas = mapThemasMetGroepsuren(f.mapThemas, f.mapSessieUren);
      const stand = mapStand(f, mapUrenNorm);
      return {
        ...voortgang,
        intakeUren: f.intakeUren,
        status,
        datumOndertekening: f.datumOndertekening,
        plaatsOndertekening: f.plaatsOndertekening,
        sjabloonVersie: f.sjabloonVersie,
        scanDocumentId: f.scanDocumentId,
        groepen: f.groepen,
        map: {
          vanToepassing,
          weigering: vanToepassing ? null : MAP_NIET_IN_ONDERWIJSROUTE,
          // Editable own hours beside the group hours: saving the tab must not add the group hours twice.
          themas: themas.map((t, i) => ({ ...t, uren: f.mapThemas[i]!.uren, status: f.mapThemas[i]!.status })),
          eindgesprek: f.eindgesprek,
          uren: stand.uren,
          urenNorm: mapUrenNorm,
          afgerond: stand.afgerond,
          ontbreekt: vanToepassing ? stand.ontbreekt : [],
        },
      };
    }),

    // The presentielijst passes from hand to hand: names only, no birth dates (privacy of the other
    // participants); equal names get a number, the same one the Aanwezigheid screen shows.
    presentielijstOpslaan: bestandOpslaan(
      { actie: 'presentielijst afgedrukt', object: 'pvtSessie', objectId: ({ sessieId }) => sessieId },
      async ({ sessieId }, { trx }) => {
        const sessie = await pvt.sessie(trx, sessieId);
        const deelnemers = onderscheidenNamen(alsDeelnemers(await pvt.pvtFeiten(trx, { groepId: sessie.groepId })));
        return {
          sessie,
          groepNaam: (await pvt.groep(trx, sessie.groepId)).naam,
          instellingen: await leesInstellingen(trx),
          deelnemers: deelnemers.map((d) => ({ naam: d.naam })).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
        };
      },
      async ({ sessie, groepNaam, instellingen, deelnemers }) => ({
        bestandsnaam: veiligeBestandsnaam(`Presentielijst ${groepNaam} ${sessie.datum}.pdf`),
        bytes: await maakPresentielijst(deps.resourcesPad, instellingen, groepNaam, sessie, deelnemers),
      }),
    ),
  };
}
