import { haalOp } from '../../db/inburgeraars';
import { controleerLogboek, logboekActoren, logboekAlles, logboekPagina, logboekVanDossier } from '../../db/logboek';
import { logboekKanalen } from '../../shared/contract/logboek';
import { logActieTekst, logObjectTekst, logResultaatTekst } from '../../shared/domain/logboek';
import { KoersFout } from '../../shared/fouten';
import { getal, tijdstipKort } from '../../shared/format';
import { vandaagInNederland } from '../../shared/rules/datum';
import { maakXlsxBlad } from '../documents/xlsx';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The logboek (BIO 8.15.01): who did what, when, with what result. It holds no contents. The global list, the
// chain check (BIO 8.15.05) and the export are for the regisseur and an auditor; the check and the export are
// logged themselves.

const regels = (n: number) => `${getal(n, 0)} ${n === 1 ? 'regel' : 'regels'}`;

export function logboekHandlers(deps: HandlerDeps): UseCasesVan<typeof logboekKanalen> {
  const { lezing, mutatie, bestandOpslaan } = maakUseCases(deps);
  return {
    logboekDossier: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const regels = await logboekVanDossier(trx, inburgeraarId);
      return regels.map((r) => {
        const resultaat = logResultaatTekst(r.resultaat);
        return {
          id: r.id,
          tijdstip: r.tijdstip,
          actor: r.actor,
          actie: r.actie,
          omschrijving: logActieTekst(r.actie),
          betreft: r.object === 'document' ? `Document${r.documentTitel ? `: ${r.documentTitel}` : ''}` : 'Dossier',
          geweigerd: resultaat.geweigerd,
          resultaat: resultaat.tekst,
        };
      });
    }),

    logboekLijst: lezing(async ({ pagina, paginaGrootte, richting, filter }, { trx }) => {
      const { rijen, totaal } = await logboekPagina(trx, filter, { offset: pagina * paginaGrootte, aantal: paginaGrootte, richting });
      return {
        rijen: rijen.map((r) => {
          const resultaat = logResultaatTekst(r.resultaat);
          return {
            id: r.id,
            tijdstip: r.tijdstip,
            actor: r.actor,
            oorsprong: r.oorsprong,
            actie: r.actie,
            omschrijving: logActieTekst(r.actie),
            object: r.object,
            objectId: r.objectId,
            betreft: logObjectTekst(r.object, r.objectId),
            geweigerd: resultaat.geweigerd,
            resultaat: resultaat.tekst,
            hash: r.hash,
          };
        }),
        totaal,
        actoren: await logboekActoren(trx),
      };
    }),

    logboekControleren: mutatie(
      {
        actie: 'logboek gecontroleerd',
        object: 'logboek',
        detail: (_invoer, uit) => (uit.eersteFout ? `regel ${uit.eersteFout.id} ${uit.eersteFout.soort}` : `in orde, ${regels(uit.aantal)}`),
      },
      async (_invoer, { trx }) => controleerLogboek(trx),
    ),

    logboekExporteren: bestandOpslaan(
      { actie: 'logboek geëxporteerd', object: 'logboek' },
      async ({ filter }, { trx, vandaag }) => {
        const rijen = await logboekAlles(trx, filter);
        if (rijen.length === 0) throw new KoersFout('ONGELDIGE_INVOER', 'Er staan geen regels in het logboek die bij dit filter passen. Verruim het filter en exporteer opnieuw.');
        return { rijen, vandaag };
      },
      async ({ rijen, vandaag }) => ({
        bestandsnaam: `Logboek Koers ${vandaag}.xlsx`,
        bytes: await maakXlsxBlad(
          {
            naam: 'Logboek',
            kolommen: [
              { kop: 'Regel', soort: 'getal', waarde: (r) => r.id },
              // A real date cell for the Dutch day, the Dutch clock time beside it, and the stored UTC moment the hash covers.
              { kop: 'Datum', soort: 'datum', waarde: (r) => vandaagInNederland(new Date(r.tijdstip)) },
              { kop: 'Tijd', soort: 'tekst', breedte: 8, waarde: (r) => tijdstipKort(r.tijdstip).slice(11) },
              { kop: 'Tijdstip (UTC)', soort: 'tekst', waarde: (r) => r.tijdstip },
              { kop: 'Wie', soort: 'tekst', waarde: (r) => r.actor },
              { kop: 'Handeling', soort: 'tekst', breedte: 48, waarde: (r) => logActieTekst(r.actie) },
              { kop: 'Soort object', soort: 'tekst', waarde: (r) => logObjectTekst(r.object, null) },
              { kop: 'Objectnummer', soort: 'getal', waarde: (r) => r.objectId },
              { kop: 'Resultaat', soort: 'tekst', waarde: (r) => logResultaatTekst(r.resultaat).tekst },
              { kop: 'Oorsprong', soort: 'tekst', waarde: (r) => r.oorsprong },
              { kop: 'Actie (opgeslagen)', soort: 'tekst', breedte: 40, waarde: (r) => r.actie },
              { kop: 'Resultaat (opgeslagen)', soort: 'tekst', waarde: (r) => r.resultaat },
              { kop: 'Vorige hash', soort: 'tekst', breedte: 66, waarde: (r) => r.vorigeHash },
              { kop: 'Hash', soort: 'tekst', breedte: 66, waarde: (r) => r.hash },
            ],
            rijen,
          },
          { titel: 'Logboek Koers', nu: new Date(`${vandaag}T12:00:00Z`) },
        ),
        logdetail: regels(rijen.length),
      }),
    ),
  };
}
