import {
  bewaarKerngegevens,
  dossierRijen,
  genomenBesluiten,
  geslotenDossier,
  geslotenDossiers,
  groepsdeelname,
  kerngegevensLijst,
  registreerVerwijdering,
  rijenPerTabel,
  verwijderDossier,
  verwijderKerngegevens,
} from '../../db/bewaren';
import { PAGINA_MAX, paginaVan } from '../../shared/contract/paginering';
import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { logboekVanDossier, schrijfLogboek } from '../../db/logboek';
import type { Transactie } from '../../db/verbinding';
import { privacyKanalen } from '../../shared/contract/privacy';
import { KoersFout } from '../../shared/fouten';
import { datumLang, volledigeNaam } from '../../shared/format';
import { bewaarstand, KERNGEGEVENS_TEKST, kerngegevensVerlopen, OPSCHONEN_TEKST, verwijderenGeweigerd, WIJZE_EINDE } from '../../shared/rules/bewaren';
import { STATUS_LABELS } from '../../shared/rules/status';
import { inzageBestandsnaam, maakInzageJson, maakInzagePdf, type Inzage } from '../documents/inzage-pdf';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Retention (Besluit 9.9), dossier verwijderen and AVG inzage (issue 11 items 6–7).
export function privacyHandlers(deps: HandlerDeps): UseCasesVan<typeof privacyKanalen> {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);

  async function inzageLezen(trx: Transactie, inburgeraarId: number, vandaag: string, tijdstip: string): Promise<{ inzage: Inzage; naam: string }> {
    const persoon = await haalOp(trx, inburgeraarId);
    const instellingen = await leesInstellingen(trx);
    const inzage: Inzage = {
      gemeentenaam: instellingen.gemeentenaam,
      vandaag,
      tijdstip,
      inburgeraarId,
      tabellen: await dossierRijen(trx, inburgeraarId),
      groepsdeelname: await groepsdeelname(trx, inburgeraarId),
      logboek: await logboekVanDossier(trx, inburgeraarId),
    };
    return { inzage, naam: volledigeNaam(persoon) };
  }

  return {
    privacyBewaartermijnLijst: lezing(async ({ inburgeraarId, aantal = PAGINA_MAX }, { trx, vandaag }) => {
      const dossiers = (await geslotenDossiers(trx)).flatMap((d) => {
        if (inburgeraarId !== undefined && d.id !== inburgeraarId) return [];
        const stand = bewaarstand(d, vandaag);
        if (!stand?.verstreken) return [];
        return [{ inburgeraarId: d.id, naam: volledigeNaam(d), geboortedatum: d.geboortedatum, status: d.status, ...stand }];
      });
      const kern = await kerngegevensLijst(trx);
      const verlopen = kern.filter((k) => kerngegevensVerlopen(k.bewarenTot, vandaag));
      return {
        vandaag,
        dossiers: paginaVan(dossiers, { aantal }).map(({ verstreken: _v, ...d }) => d),
        dossiersTotaal: dossiers.length,
        kerngegevensVerlopenTotaal: verlopen.length,
        kerngegevensVerlopen: paginaVan(verlopen, { aantal }).map((k) => ({ id: k.id, dossierId: k.dossierId, naam: volledigeNaam(k), geboortedatum: k.geboortedatum, wijze: k.wijze, eindeOp: k.eindeOp, bewarenTot: k.bewarenTot })),
        kerngegevensBewaard: kern.length - verlopen.length,
        wordtVerwijderd: OPSCHONEN_TEKST,
        blijftBewaard: KERNGEGEVENS_TEKST,
      };
    }),

    // Besluit 9.9: what the regisseur selected and confirmed, each checked again against today. One
    // transaction for the whole selection; one logboek line per dossier, without personal data.
    privacyOpschonen: mutatie(
      { actie: 'bewaartermijn toegepast', object: 'lijst', detail: (_invoer, uit) => `${uit.dossiers} dossiers, ${uit.kerngegevens} kerngegevens` },
      async ({ inburgeraarIds, kerngegevensIds }, { trx, vandaag, tijdstip }) => {
        const moment = new Date(tijdstip);
        for (const inburgeraarId of new Set(inburgeraarIds)) {
          const dossier = await geslotenDossier(trx, inburgeraarId);
          const stand = dossier ? bewaarstand(dossier, vandaag) : null;
          if (!dossier || !stand) {
            throw new KoersFout('REGEL_GESCHONDEN', `Dossier ${inburgeraarId} is niet (meer) afgesloten of bestaat niet meer. Er is niets verwijderd. Vernieuw de lijst en kies opnieuw.`);
          }
          if (!stand.verstreken) {
            throw new KoersFout(
              'REGEL_GESCHONDEN',
              `De bewaartermijn van dossier ${inburgeraarId} is nog niet verstreken: verwijderen mag vanaf ${datumLang(stand.verwijderenVanaf)} (${stand.artikel}). Er is niets verwijderd.`,
            );
          }
          await bewaarKerngegevens(
            trx,
            inburgeraarId,
            { eindstatus: dossier.status, eindeOp: stand.eindeOp, wijze: WIJZE_EINDE[dossier.status] ?? STATUS_LABELS[dossier.status], bewarenTot: stand.kerngegevensTot },
            tijdstip,
          );
          await verwijderDossier(trx, inburgeraarId);
          await schrijfLogboek(trx, { actie: 'dossier opgeschoond (bewaartermijn)', object: 'inburgeraar', objectId: inburgeraarId, actor: deps.kluis.actor }, moment);
        }
        const kern = await kerngegevensLijst(trx);
        const gekozen = [...new Set(kerngegevensIds)];
        for (const kernId of gekozen) {
          const rij = kern.find((k) => k.id === kernId);
          if (!rij) throw new KoersFout('NIET_GEVONDEN', 'Deze kerngegevens bestaan niet (meer). Er is niets verwijderd. Vernieuw de lijst en kies opnieuw.');
          if (!kerngegevensVerlopen(rij.bewarenTot, vandaag)) {
            throw new KoersFout(
              'REGEL_GESCHONDEN',
              `De kerngegevens van dossier ${rij.dossierId} mogen nog bewaard worden tot en met ${datumLang(rij.bewarenTot)} (art. 9.9 lid 2 Besluit inburgering 2021). Er is niets verwijderd.`,
            );
          }
        }
        for (const dossierId of await verwijderKerngegevens(trx, gekozen)) {
          await schrijfLogboek(trx, { actie: 'kerngegevens verwijderd (bewaartermijn)', object: 'inburgeraar', objectId: dossierId, actor: deps.kluis.actor }, moment);
        }
        return { dossiers: new Set(inburgeraarIds).size, kerngegevens: gekozen.length };
      },
    ),

    privacyVerwijderControle: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      return {
        geweigerd: verwijderenGeweigerd(await genomenBesluiten(trx, inburgeraarId)),
        onderdelen: (await rijenPerTabel(trx, inburgeraarId)).map((t) => ({ tabel: t.naam, aantal: t.aantal, loskoppelen: t.loskoppelen })),
      };
    }),

    // A dossier entered by mistake: everything goes. The category is in the logboek; the explanation only in
    // the register of deleted dossiers. Refused when the college already sent a beschikking (Besluit 9.9).
    privacyDossierVerwijderen: mutatie(
      { actie: 'dossier verwijderd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId, detail: ({ reden }) => reden },
      async ({ inburgeraarId, reden, toelichting }, { trx, tijdstip }) => {
        await haalOp(trx, inburgeraarId);
        const geweigerd = verwijderenGeweigerd(await genomenBesluiten(trx, inburgeraarId));
        if (geweigerd) throw new KoersFout('REGEL_GESCHONDEN', geweigerd);
        await registreerVerwijdering(trx, { dossierId: inburgeraarId, reden, toelichting, verwijderdOp: tijdstip, actor: deps.kluis.actor });
        const weg = await verwijderDossier(trx, inburgeraarId);
        return { reden, rijen: Object.values(weg).reduce((som, n) => som + n, 0) };
      },
    ),

    // AVG art. 15: a PDF summary and a JSON file with every row; each save is logged as an export.
    privacyInzagePdf: bestandOpslaan(
      { actie: 'inzage (AVG) geëxporteerd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      ({ inburgeraarId }, { trx, vandaag, tijdstip }) => inzageLezen(trx, inburgeraarId, vandaag, tijdstip),
      async ({ inzage, naam }) => ({
        bestandsnaam: inzageBestandsnaam(naam, inzage.vandaag, 'pdf'),
        bytes: await maakInzagePdf(deps.resourcesPad, inzage, new Date(inzage.tijdstip)),
        logdetail: 'pdf',
      }),
    ),
    privacyInzageJson: bestandOpslaan(
      { actie: 'inzage (AVG) geëxporteerd', object: 'inburgeraar', objectId: ({ inburgeraarId }) => inburgeraarId },
      ({ inburgeraarId }, { trx, vandaag, tijdstip }) => inzageLezen(trx, inburgeraarId, vandaag, tijdstip),
      async ({ inzage, naam }) => ({ bestandsnaam: inzageBestandsnaam(naam, inzage.vandaag, 'json'), bytes: maakInzageJson(inzage), logdetail: 'json' }),
    ),
  };
}
