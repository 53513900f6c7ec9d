import type { Kysely, Transaction } from 'kysely';
import { bewaarDocument } from '../../db/documenten';
import { haalOp, lijst } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { schrijfLogboek } from '../../db/logboek';
import { pipVersies } from '../../db/pip';
import * as pvt from '../../db/pvt';
import type { DB } from '../../db/schema';
import { KoersFout, ONVERWACHTE_FOUT } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import type { Leerroute } from '../../shared/domain/pip';
import { vandaagInNederland } from '../../shared/rules/datum';
import { bevindingenAlsTekst } from '../../shared/rules/pip';
import { MAP_NIET_IN_ONDERWIJSROUTE, mapVanToepassing, mapVoortgang, pvtStatus, pvtVoortgang } from '../../shared/rules/pvt';
import { isEindstatus } from '../../shared/rules/status';
import { maakParticipatieverklaringen } from '../documents/participatieverklaring';
import { maakPresentielijst } from '../documents/presentielijst';
import { participatieverklaringSjabloonLaden } from '../documents/sjablonen';
import { adem, type Taken } from '../jobs/taken';
import type { HandlerDeps } from './deps';
import { veiligeBestandsnaam } from './documenten';
import type { UseCases } from './register';

type PvtUseCases = Pick<
  UseCases,
  | 'pvtGroepen' | 'pvtGroepAanmaken' | 'pvtGroepOphalen' | 'pvtSessieToevoegen' | 'pvtInschrijven' | 'pvtUitschrijven'
  | 'pvtAanwezigheidRegistreren' | 'pvtOndertekeningVastleggen' | 'pvtScanOpslaan' | 'pvtIntakeUren' | 'pvtDossier' | 'mapOpslaan'
  | 'pvtMapWerklijst' | 'presentielijstOpslaan' | 'ceremonieBatchStarten' | 'taakStatus' | 'taakAnnuleren'
>;

type Verbinding = Kysely<DB> | Transaction<DB>;

const SCAN_TEKENS: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The leerroute in force: of the newest vastgesteld PIP, else of the concept. */
async function leerrouteVan(db: Verbinding, inburgeraarId: number): Promise<Leerroute | null> {
  const versies = await pipVersies(db, inburgeraarId);
  const geldend = versies.filter((v) => v.status !== 'concept').at(-1) ?? versies.at(-1);
  return geldend?.inhoud.leerroute ?? null;
}

async function pvtStandVan(db: Verbinding, inburgeraarId: number) {
  const dossier = await pvt.pvtDossier(db, inburgeraarId);
  const voortgang = pvtVoortgang(await pvt.aanwezighedenVan(db, inburgeraarId), dossier.intakeUren);
  return { dossier, voortgang, status: pvtStatus(voortgang, dossier.datumOndertekening) };
}

export function pvtHandlers({ kluis, resourcesMap, bewaarBestand, nu = () => new Date() }: HandlerDeps, taken: Taken): PvtUseCases {
  const tijdstip = () => nu().toISOString();

  async function deelnemers(db: Verbinding, groepId: number) {
    const uit = [];
    for (const inburgeraarId of await pvt.deelnemerIds(db, groepId)) {
      const inburgeraar = await haalOp(db, inburgeraarId);
      const { dossier, voortgang, status } = await pvtStandVan(db, inburgeraarId);
      uit.push({
        inburgeraarId,
        naam: volledigeNaam(inburgeraar),
        geboortedatum: inburgeraar.geboortedatum,
        uren: voortgang.uren,
        status,
        datumOndertekening: dossier.datumOndertekening,
        sjabloonVersie: dossier.sjabloonVersie,
        scanDocumentId: dossier.scanDocumentId,
      });
    }
    return uit.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  return {
    pvtGroepen: async () => pvt.groepen(kluis.db),

    pvtGroepAanmaken: async ({ naam, notitie }) =>
      kluis.db.transaction().execute(async (trx) => {
        const rij = await trx.insertInto('pvtGroepen').values({ naam, notitie, aangemaakt: tijdstip() }).returning('id').executeTakeFirstOrThrow();
        await schrijfLogboek(trx, { actie: 'groep aangemaakt', object: 'pvtGroep', objectId: rij.id });
        return { id: rij.id };
      }),

    pvtGroepOphalen: async ({ groepId }) =>
      kluis.db.transaction().execute(async (trx) => {
        const groep = await pvt.groep(trx, groepId);
        return {
          groep: { id: groep.id, naam: groep.naam, notitie: groep.notitie },
          sessies: await pvt.sessiesVan(trx, groepId),
          deelnemers: await deelnemers(trx, groepId),
          aanwezigheid: await pvt.aanwezigheidVanGroep(trx, groepId),
        };
      }),

    pvtSessieToevoegen: async (invoer) =>
      kluis.db.transaction().execute(async (trx) => {
        await pvt.groep(trx, invoer.groepId);
        const rij = await trx.insertInto('pvtSessies').values(invoer).returning('id').executeTakeFirstOrThrow();
        await schrijfLogboek(trx, { actie: `sessie ${invoer.soort} toegevoegd`, object: 'pvtGroep', objectId: invoer.groepId });
        return { id: rij.id };
      }),

    pvtInschrijven: async ({ groepId, inburgeraarIds }) =>
      kluis.db.transaction().execute(async (trx) => {
        await pvt.groep(trx, groepId);
        const bestaand = new Set(await pvt.deelnemerIds(trx, groepId));
        let ingeschreven = 0;
        for (const inburgeraarId of new Set(inburgeraarIds)) {
          const inburgeraar = await haalOp(trx, inburgeraarId);
          if (isEindstatus(inburgeraar.status)) {
            throw new KoersFout('ONGELDIGE_INVOER', `${volledigeNaam(inburgeraar)} heeft een afgesloten dossier en kan niet worden ingeschreven.`);
          }
          if (bestaand.has(inburgeraarId)) continue;
          await trx.insertInto('pvtDeelnemers').values({ groepId, inburgeraarId, ingeschreven: tijdstip() }).execute();
          ingeschreven += 1;
        }
        await schrijfLogboek(trx, { actie: `${ingeschreven} ingeschreven`, object: 'pvtGroep', objectId: groepId });
        return { ingeschreven };
      }),

    pvtUitschrijven: async ({ groepId, inburgeraarId }) =>
      kluis.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('pvtDeelnemers').where('groepId', '=', groepId).where('inburgeraarId', '=', inburgeraarId).execute();
        await schrijfLogboek(trx, { actie: 'uitgeschreven', object: 'pvtGroep', objectId: groepId });
        return {};
      }),

    // Besluit 3.1 lid 4: the college registers attendance.
    pvtAanwezigheidRegistreren: async ({ sessieId, aanwezigheid }) =>
      kluis.db.transaction().execute(async (trx) => {
        const s = await pvt.sessie(trx, sessieId);
        const ingeschreven = new Set(await pvt.deelnemerIds(trx, s.groepId));
        for (const { inburgeraarId, aanwezig } of aanwezigheid) {
          if (!ingeschreven.has(inburgeraarId)) throw new KoersFout('ONGELDIGE_INVOER', 'Aanwezigheid kan alleen voor deelnemers van deze groep worden vastgelegd.');
          await trx
            .insertInto('pvtAanwezigheid')
            .values({ sessieId, inburgeraarId, aanwezig: aanwezig ? 1 : 0 })
            .onConflict((oc) => oc.columns(['sessieId', 'inburgeraarId']).doUpdateSet({ aanwezig: aanwezig ? 1 : 0 }))
            .execute();
        }
        await schrijfLogboek(trx, { actie: 'aanwezigheid vastgelegd', object: 'pvtSessie', objectId: sessieId });
        return {};
      }),

    pvtOndertekeningVastleggen: async ({ inburgeraarId, datum, plaats }) =>
      kluis.db.transaction().execute(async (trx) => {
        await haalOp(trx, inburgeraarId);
        const { voortgang, dossier } = await pvtStandVan(trx, inburgeraarId);
        if (dossier.datumOndertekening) throw new KoersFout('ONGELDIGE_INVOER', 'De ondertekening is al vastgelegd.');
        if (voortgang.ontbreekt.length > 0) {
          throw new KoersFout('REGEL_GESCHONDEN', `De ondertekening kan nog niet worden vastgelegd. ${bevindingenAlsTekst(voortgang.ontbreekt)}`);
        }
        await pvt.zetPvtDossier(trx, inburgeraarId, { datumOndertekening: datum, plaatsOndertekening: plaats });
        await schrijfLogboek(trx, { actie: 'participatieverklaring ondertekend', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),

    pvtScanOpslaan: async ({ inburgeraarId, mime, base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      if (!SCAN_TEKENS[mime]!.every((teken, i) => bytes[i] === teken)) {
        throw new KoersFout('ONGELDIGE_INVOER', 'Dit bestand is geen geldige PDF, PNG of JPG. Kies de scan opnieuw.');
      }
      return kluis.db.transaction().execute(async (trx) => {
        const inburgeraar = await haalOp(trx, inburgeraarId);
        const extensie = mime === 'application/pdf' ? 'pdf' : mime === 'image/png' ? 'png' : 'jpg';
        const { id } = await bewaarDocument(
          trx,
          { inburgeraarId, soort: 'scan_participatieverklaring', titel: 'Getekende participatieverklaring (scan)', bestandsnaam: veiligeBestandsnaam(`Getekende participatieverklaring ${volledigeNaam(inburgeraar)}.${extensie}`), pdf: bytes, mime },
          tijdstip(),
        );
        await pvt.zetPvtDossier(trx, inburgeraarId, { scanDocumentId: id });
        await schrijfLogboek(trx, { actie: 'scan participatieverklaring opgeslagen', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      });
    },

    pvtIntakeUren: async ({ inburgeraarId, intakeUren }) =>
      kluis.db.transaction().execute(async (trx) => {
        await haalOp(trx, inburgeraarId);
        await pvt.zetPvtDossier(trx, inburgeraarId, { intakeUren });
        await schrijfLogboek(trx, { actie: 'intake-uren PVT vastgelegd (art. 3.1 lid 5 Besluit)', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),

    pvtDossier: async ({ inburgeraarId }) =>
      kluis.db.transaction().execute(async (trx) => {
        await haalOp(trx, inburgeraarId);
        const { dossier, voortgang, status } = await pvtStandVan(trx, inburgeraarId);
        const leerroute = await leerrouteVan(trx, inburgeraarId);
        const vanToepassing = mapVanToepassing(leerroute);
        const map = await pvt.mapVan(trx, inburgeraarId);
        const instellingen = await leesInstellingen(trx);
        const mapStand = mapVoortgang(map.themas, map.eindgesprek, instellingen.mapUrenNorm);
        return {
          ...voortgang,
          intakeUren: dossier.intakeUren,
          status,
          datumOndertekening: dossier.datumOndertekening,
          plaatsOndertekening: dossier.plaatsOndertekening,
          sjabloonVersie: dossier.sjabloonVersie,
          scanDocumentId: dossier.scanDocumentId,
          groepen: await pvt.groepenVan(trx, inburgeraarId),
          map: {
            vanToepassing,
            weigering: vanToepassing ? null : MAP_NIET_IN_ONDERWIJSROUTE,
            themas: map.themas,
            eindgesprek: map.eindgesprek,
            uren: mapStand.uren,
            urenNorm: instellingen.mapUrenNorm,
            afgerond: mapStand.afgerond,
            ontbreekt: vanToepassing ? mapStand.ontbreekt : [],
          },
        };
      }),

    mapOpslaan: async ({ inburgeraarId, themas, eindgesprek }) =>
      kluis.db.transaction().execute(async (trx) => {
        await haalOp(trx, inburgeraarId);
        if (!mapVanToepassing(await leerrouteVan(trx, inburgeraarId))) {
          throw new KoersFout('REGEL_GESCHONDEN', `${MAP_NIET_IN_ONDERWIJSROUTE.melding} (${MAP_NIET_IN_ONDERWIJSROUTE.artikel})`);
        }
        await pvt.schrijfMap(trx, inburgeraarId, themas, eindgesprek);
        await schrijfLogboek(trx, { actie: 'MAP bijgewerkt', object: 'inburgeraar', objectId: inburgeraarId });
        return {};
      }),

    // Who still needs the PVT or the MAP, the end of the termijn first.
    pvtMapWerklijst: async () =>
      kluis.db.transaction().execute(async (trx) => {
        const instellingen = await leesInstellingen(trx);
        const rijen = [];
        for (const inburgeraar of await lijst(trx)) {
          if (inburgeraar.status === 'aangemeld' || isEindstatus(inburgeraar.status)) continue;
          const { voortgang, status } = await pvtStandVan(trx, inburgeraar.id);
          const versies = await pipVersies(trx, inburgeraar.id);
          const termijnEinde = versies.find((v) => v.termijnEinde)?.termijnEinde ?? null;
          const vanToepassing = mapVanToepassing(await leerrouteVan(trx, inburgeraar.id));
          const map = await pvt.mapVan(trx, inburgeraar.id);
          const mapAfgerond = mapVoortgang(map.themas, map.eindgesprek, instellingen.mapUrenNorm).afgerond;
          if (status === 'afgerond' && (!vanToepassing || mapAfgerond)) continue;
          rijen.push({
            id: inburgeraar.id,
            naam: volledigeNaam(inburgeraar),
            geboortedatum: inburgeraar.geboortedatum,
            doelgroep: inburgeraar.doelgroep,
            termijnEinde,
            pvtStatus: status,
            pvtUren: voortgang.uren,
            mapVanToepassing: vanToepassing,
            mapAfgerond,
            groepen: (await pvt.groepenVan(trx, inburgeraar.id)).map((g) => g.naam).join(', '),
          });
        }
        rijen.sort((a, b) => (a.termijnEinde ?? '9999').localeCompare(b.termijnEinde ?? '9999') || a.naam.localeCompare(b.naam, 'nl'));
        return {
          rijen,
          pvtOpen: rijen.filter((r) => r.pvtStatus !== 'afgerond').length,
          mapOpen: rijen.filter((r) => r.mapVanToepassing && !r.mapAfgerond).length,
        };
      }),

    presentielijstOpslaan: async ({ sessieId }) => {
      const { s, groepNaam, instellingen, lijstDeelnemers } = await kluis.db.transaction().execute(async (trx) => {
        const s = await pvt.sessie(trx, sessieId);
        return {
          s,
          groepNaam: (await pvt.groep(trx, s.groepId)).naam,
          instellingen: await leesInstellingen(trx),
          lijstDeelnemers: await deelnemers(trx, s.groepId),
        };
      });
      const bytes = await maakPresentielijst(resourcesMap, instellingen, groepNaam, s, lijstDeelnemers.map((d) => ({ naam: d.naam, geboortedatum: d.geboortedatum })));
      const bestandsnaam = veiligeBestandsnaam(`Presentielijst ${groepNaam} ${s.datum}.pdf`);
      return { bestandsnaam, opgeslagen: await bewaarBestand(bestandsnaam, bytes) };
    },

    // The ceremony batch runs as a task with progress; the text version printed is recorded per person.
    ceremonieBatchStarten: async ({ groepId, plaats, datum }) => {
      const { groepNaam, instellingen, personen } = await kluis.db.transaction().execute(async (trx) => {
        const groep = await pvt.groep(trx, groepId);
        const ids = await pvt.deelnemerIds(trx, groepId);
        const personen = [];
        for (const inburgeraarId of ids) personen.push(await haalOp(trx, inburgeraarId));
        return { groepNaam: groep.naam, instellingen: await leesInstellingen(trx), personen: personen.sort((a, b) => volledigeNaam(a).localeCompare(volledigeNaam(b), 'nl')) };
      });
      if (personen.length === 0) throw new KoersFout('ONGELDIGE_INVOER', 'Er zijn nog geen deelnemers in deze groep.');
      if (!instellingen.gemeentenaam) throw new KoersFout('ONGELDIGE_INVOER', 'Vul eerst bij Instellingen de naam van de gemeente in; die staat op de participatieverklaring.');
      const sjabloon = participatieverklaringSjabloonLaden(resourcesMap, { peildatum: vandaagInNederland(nu()) });
      const taakId = taken.start(
        async ({ meld, geannuleerd }) => {
          meld(0, personen.length);
          const bytes = await maakParticipatieverklaringen(
            resourcesMap,
            sjabloon,
            instellingen,
            personen.map((p) => ({ naam: volledigeNaam(p), geboortedatum: p.geboortedatum, plaats, datum })),
            { voortgang: async (klaar) => { meld(klaar, personen.length); await adem(); }, stoppen: geannuleerd },
          );
          if (!bytes) return null;
          await kluis.db.transaction().execute(async (trx) => {
            for (const p of personen) await pvt.zetPvtDossier(trx, p.id, { sjabloonVersie: sjabloon.versie });
            await schrijfLogboek(trx, { actie: `${personen.length} participatieverklaringen afgedrukt (tekst ${sjabloon.versie})`, object: 'pvtGroep', objectId: groepId });
          });
          const bestandsnaam = veiligeBestandsnaam(`Participatieverklaringen ${groepNaam}.pdf`);
          return { bestandsnaam, opgeslagen: await bewaarBestand(bestandsnaam, bytes) };
        },
        (fout) => (fout instanceof KoersFout ? fout.message : ONVERWACHTE_FOUT.message),
      );
      return { taakId, totaal: personen.length };
    },

    taakStatus: async ({ taakId }) => {
      const stand = taken.stand(taakId);
      if (!stand) throw new KoersFout('NIET_GEVONDEN', 'Deze taak is niet (meer) bekend. Start hem opnieuw.');
      return stand;
    },

    taakAnnuleren: async ({ taakId }) => {
      taken.annuleer(taakId);
      return {};
    },
  };
}
