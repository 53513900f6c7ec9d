import { createHash } from 'node:crypto';
import { bestaandeBsns, bewaarKoppeling, exportFeiten, opgeslagenKoppeling, voegDossiersToe } from '../../db/importeren';
import { lijst } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { pvtFeiten } from '../../db/pvt';
import { importerenKanalen } from '../../shared/contract/importeren';
import type { Aantallen, GekozenKoppeling, ImportUitkomst, ImportVoorbeeld, KolomKoppeling, RuwBestand } from '../../shared/domain/importeren';
import { KoersFout, ONVERWACHTE_FOUT } from '../../shared/fouten';
import {
  controleerRijen,
  foutregels,
  koppelKolommen,
  maakVoorbeeld,
  ontbrekendeKolommenTekst,
  teOnthoudenKoppeling,
  type GecontroleerdeRij,
  type ImportDossier,
} from '../../shared/rules/importeren';
import { pipTermijnLoopt } from '../../shared/rules/status';
import { pipTermijnVoorDossier } from '../../shared/rules/termijnen';
import { NIET_OP_DE_WERKLIJST, werklijstRijen } from '../../shared/rules/werklijst';
import { inburgeraarsXlsx, pvtWerklijstXlsx } from '../documents/exportlijsten';
import { maakImportsjabloon, SJABLOON_BESTANDSNAAM } from '../documents/importsjabloon';
import { leesImportbestand } from '../import/lezen';
import { adem, type Taken } from '../jobs/taken';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Importing an existing caseload (issue 12): the preview checks every row and writes nothing; the import
// runs as a task in one transaction (all or nothing), and rows already in Koers (same BSN) are skipped.

type ImporterenUseCases = UseCasesVan<typeof importerenKanalen>;

const GEEN_AANTALLEN: Aantallen = { totaal: 0, nieuw: 0, aanwezig: 0, fout: 0, metPip: 0 };
/** Errors named in a refusal; the preview lists all of them. */
const FOUTEN_IN_MELDING = 10;

class ImportGeannuleerd extends Error {}

/** How long the last file read for a preview stays in memory for its import. */
const CONTROLE_BEWAARTIJD_MS = 10 * 60_000;

/**
 * The last file read and checked. Reading a file and checking every row is a pure function of its bytes, the
 * column mapping and the day, so the import of the file just previewed reuses both instead of doing them
 * again (5,000 rows: about half the time of the import). What depends on the vault (BSNs already present)
 * is read again every time. One file at a time, for a short while, and dropped when its import starts:
 * it holds personal data.
 */
interface LaatsteBestand {
  hash: string;
  bestand: RuwBestand;
  controle?: { sleutel: string; rijen: GecontroleerdeRij[] };
}

interface Opdracht {
  nieuw: ImportDossier[];
  kolommen: KolomKoppeling[];
  gekozen: boolean;
  aantallen: Aantallen;
  meld: (voortgang: number, totaal: number) => void;
  geannuleerd: () => boolean;
}

export function importerenHandlers(deps: HandlerDeps, taken: Taken): ImporterenUseCases {
  const { mutatie, lezing, bestandOpslaan } = maakUseCases(deps);
  const uitkomsten = new Map<string, ImportUitkomst>();
  let laatste: LaatsteBestand | null = null;
  let vergeet: ReturnType<typeof setTimeout> | undefined;

  async function leesBestand(inhoud: string): Promise<LaatsteBestand> {
    const hash = createHash('sha256').update(inhoud).digest('hex');
    if (laatste?.hash !== hash) laatste = { hash, bestand: await leesImportbestand(Buffer.from(inhoud, 'base64')) };
    clearTimeout(vergeet);
    vergeet = setTimeout(() => (laatste = null), CONTROLE_BEWAARTIJD_MS);
    vergeet.unref?.();
    return laatste;
  }

  const controleer = lezing(async ({ gelezen, koppeling }: { gelezen: LaatsteBestand; koppeling: GekozenKoppeling | null }, { trx, vandaag }) => {
    const { bestand } = gelezen;
    const { kolommen, ontbrekend, dubbel, koppelingNodig } = koppelKolommen(bestand.koppen, await opgeslagenKoppeling(trx), koppeling);
    if (dubbel.length > 0) {
      throw new KoersFout('ONGELDIGE_INVOER', `${dubbel.map((v) => `"${v}"`).join(', ')} is aan meer dan één kolom gekoppeld. Kies voor elke kolom een ander veld, of "Niet importeren".`);
    }
    const kop = { bestandsoort: bestand.soort, kolommen, koppelingNodig, ontbrekend, bestandsmeldingen: bestand.meldingen };
    if (koppelingNodig) return { voorbeeld: { ...kop, rijen: [], aantallen: GEEN_AANTALLEN } satisfies ImportVoorbeeld, nieuw: [] };
    const sleutel = `${vandaag}|${JSON.stringify(kolommen)}`;
    if (gelezen.controle?.sleutel !== sleutel) gelezen.controle = { sleutel, rijen: controleerRijen(bestand, kolommen, vandaag) };
    const gecontroleerd = gelezen.controle.rijen;
    const bestaand = await bestaandeBsns(trx, gecontroleerd.flatMap((r) => (r.bsn ? [r.bsn] : [])));
    const { rijen, aantallen, nieuw } = maakVoorbeeld(gecontroleerd, bestaand);
    return { voorbeeld: { ...kop, rijen, aantallen } satisfies ImportVoorbeeld, nieuw };
  });

  // One transaction: every dossier, PIP, PVT and MAP fact and logboek line, or none of them.
  const importeer = mutatie<Opdracht, ImportUitkomst>(
    { actie: 'geïmporteerd', object: 'inburgeraar', detail: (_invoer, uit) => `${uit.nieuw} nieuw` },
    async ({ nieuw, kolommen, gekozen, aantallen, meld, geannuleerd }, { trx, tijdstip }) => {
      // A dossier added since the preview is skipped too.
      const intussen = await bestaandeBsns(trx, nieuw.map((d) => d.invoer.bsn));
      const teDoen = nieuw.filter((d) => !intussen.has(d.invoer.bsn));
      meld(0, teDoen.length);
      await voegDossiersToe(trx, teDoen, tijdstip, async (klaar) => {
        meld(klaar, teDoen.length);
        await adem();
        if (geannuleerd()) throw new ImportGeannuleerd();
      });
      if (gekozen) await bewaarKoppeling(trx, teOnthoudenKoppeling(kolommen), tijdstip);
      return { nieuw: teDoen.length, aanwezig: aantallen.aanwezig + intussen.size, overgeslagen: aantallen.fout, metPip: teDoen.filter((d) => d.pip).length };
    },
  );

  return {
    importVoorbeeld: async ({ inhoud, koppeling }) => (await controleer({ gelezen: await leesBestand(inhoud), koppeling })).voorbeeld,

    importStarten: async ({ inhoud, koppeling, alleenCorrecte }) => {
      const gelezen = await leesBestand(inhoud);
      const { voorbeeld, nieuw } = await controleer({ gelezen, koppeling });
      if (voorbeeld.koppelingNodig) {
        const ontbreekt = voorbeeld.ontbrekend.length > 0 ? ` ${ontbrekendeKolommenTekst(voorbeeld.ontbrekend)}` : '';
        throw new KoersFout('ONGELDIGE_INVOER', `Koppel eerst de kolommen van het bestand aan de velden van Koers.${ontbreekt}`);
      }
      const { fout } = voorbeeld.aantallen;
      if (fout > 0 && !alleenCorrecte) {
        const regels = foutregels(voorbeeld.rijen);
        const meer = regels.length > FOUTEN_IN_MELDING ? ` (en nog ${regels.length - FOUTEN_IN_MELDING} fouten)` : '';
        throw new KoersFout(
          'REGEL_GESCHONDEN',
          `Er is niets geïmporteerd: ${fout === 1 ? '1 rij heeft' : `${fout} rijen hebben`} een fout. Herstel ${fout === 1 ? 'die' : 'ze'} in het bestand, of kies uitdrukkelijk om alleen de correcte rijen te importeren. ${regels.slice(0, FOUTEN_IN_MELDING).join(' · ')}${meer}`,
        );
      }
      const kolommen = voorbeeld.kolommen;
      if (laatste === gelezen) {
        laatste = null;
        clearTimeout(vergeet);
      }
      const taakId: string = taken.start(
        async ({ meld, geannuleerd }) => {
          try {
            const uitkomst = await importeer({ nieuw, kolommen, gekozen: koppeling !== null, aantallen: voorbeeld.aantallen, meld, geannuleerd });
            uitkomsten.set(taakId, uitkomst);
          } catch (fout) {
            if (!(fout instanceof ImportGeannuleerd)) throw fout;
          }
          return null;
        },
        (fout) => (fout instanceof KoersFout ? fout.message : ONVERWACHTE_FOUT.message),
      );
      return { taakId, totaal: nieuw.length };
    },

    importUitkomst: async ({ taakId }) => {
      const uitkomst = uitkomsten.get(taakId);
      if (uitkomst) return uitkomst;
      const stand = taken.stand(taakId);
      if (stand?.status === 'bezig') throw new KoersFout('ONGELDIGE_INVOER', 'De import loopt nog. Wacht tot de voortgangsbalk vol is.');
      throw new KoersFout('NIET_GEVONDEN', 'Deze import is niet afgerond (geannuleerd of mislukt); er is niets veranderd.');
    },

    importsjabloonOpslaan: bestandOpslaan(
      { actie: 'importsjabloon opgeslagen', object: 'instellingen' },
      async () => null,
      async () => ({ bestandsnaam: SJABLOON_BESTANDSNAAM, bytes: await maakImportsjabloon(deps.nu?.() ?? new Date()) }),
    ),

    inburgeraarsExporteren: bestandOpslaan(
      { actie: 'lijst inburgeraars geëxporteerd', object: 'lijst' },
      async (_invoer, { trx, vandaag }) => {
        const { extraRustdagen } = await leesInstellingen(trx);
        const feiten = await exportFeiten(trx);
        const rijen = (await lijst(trx)).map((i) => ({
          ...i,
          dagtekeningPip: null,
          leerroute: null,
          datumOndertekeningPvt: null,
          datumEindgesprekMap: null,
          ...feiten.get(i.id),
          pipUiterlijk: pipTermijnLoopt(i.status) ? (pipTermijnVoorDossier(i, extraRustdagen)?.datum ?? null) : null,
        }));
        return { rijen, vandaag };
      },
      async ({ rijen, vandaag }) => ({
        bestandsnaam: `Inburgeraars ${vandaag}.xlsx`,
        bytes: await inburgeraarsXlsx(rijen, deps.nu?.() ?? new Date()),
        logdetail: `${rijen.length} rijen`,
      }),
    ),

    pvtWerklijstExporteren: bestandOpslaan(
      { actie: 'werklijst PVT en MAP geëxporteerd', object: 'lijst' },
      async (_invoer, { trx, vandaag }) => {
        const { mapUrenNorm } = await leesInstellingen(trx);
        return { rijen: werklijstRijen(await pvtFeiten(trx, { statusNiet: NIET_OP_DE_WERKLIJST }), mapUrenNorm).rijen, vandaag };
      },
      async ({ rijen, vandaag }) => ({
        bestandsnaam: `Werklijst PVT en MAP ${vandaag}.xlsx`,
        bytes: await pvtWerklijstXlsx(rijen, deps.nu?.() ?? new Date()),
        logdetail: `${rijen.length} rijen`,
      }),
    ),
  };
}
