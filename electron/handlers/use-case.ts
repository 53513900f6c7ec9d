import { schrijfLogboek, type LogboekObject } from '../../db/logboek';
import type { Kluis } from '../../db/vault';
import type { Transactie } from '../../db/verbinding';
import { KoersFout } from '../../shared/fouten';
import { vandaagInNederland } from '../../shared/rules/datum';
import type { HandlerDeps } from './deps';

// The two shapes of a use case. A handler file only writes the body; the transaction, the audit
// line and (in register.ts) the validation and the error envelope are the same for every channel.

/** What a use case body gets besides its input: the open transaction and one moment for all its writes. */
export interface Werkruimte {
  trx: Transactie;
  /** ISO timestamp of this use case, the same for every row it writes. */
  tijdstip: string;
  /** Today's date in the Netherlands (ISO). */
  vandaag: string;
  /** Names the object of the audit line when only the body knows it (e.g. a row it just created). */
  betreft: (objectId: number) => void;
}

/** The audit line of a mutation: what was done to which object. Never a name, BSN or other personal value. */
export interface Audit<I, O> {
  actie: string;
  object: LogboekObject;
  objectId?: (invoer: I, uitvoer: O) => number | null | undefined;
  /** A detail that is not personal data, e.g. a kenmerk or a status transition. */
  detail?: (invoer: I, uitvoer: O) => string;
}

/** A file the use case made, for the save dialog. */
export interface TeBewarenBestand {
  bestandsnaam: string;
  bytes: Uint8Array;
  /** For the audit line, e.g. the text version printed; never personal data. */
  logdetail?: string;
}

/** A dossier opened again within this time by the same person gets no new 'dossier geopend' line. */
export const INZAGE_STILTE_MS = 5 * 60_000;

// When each person last opened each dossier, per vault and per process (memory only): refetches of the
// dossier screen (focus, invalidation) must not flood the logboek.
const laatsteInzage = new WeakMap<Kluis, Map<string, number>>();

export function maakUseCases({ kluis, bewaarBestand, nu = () => new Date() }: HandlerDeps) {
  async function inTransactie<O>(werk: (ruimte: Werkruimte) => Promise<O>, betreft: (objectId: number) => void = () => {}): Promise<O> {
    const moment = nu();
    return kluis.db.transaction().execute((trx) => werk({ trx, tijdstip: moment.toISOString(), vandaag: vandaagInNederland(moment), betreft }));
  }

  // A refused attempt is rolled back, but the attempt itself is kept in the logboek (BIO 8.15).
  async function logWeigering(audit: { actie: string; object: LogboekObject }, fout: unknown, objectId: number | null = null): Promise<void> {
    if (!(fout instanceof KoersFout) || fout.code === 'KLUIS_VERGRENDELD') return;
    await schrijfLogboek(kluis.db, { actie: audit.actie, object: audit.object, objectId, resultaat: `geweigerd: ${fout.code}`, actor: kluis.actor }, nu());
  }

  // The object of a refused attempt when the input alone names it (e.g. inburgeraarId), so the refusal shows
  // in that dossier's logboek; an objectId that needs the output has none.
  function objectIdUitInvoer<I, O>(audit: Audit<I, O>, invoer: I): number | null {
    try {
      const objectId = audit.objectId?.(invoer, undefined as O);
      return typeof objectId === 'number' ? objectId : null;
    } catch {
      return null;
    }
  }

  /** A change: one transaction, and one audit line written in that same transaction. */
  function mutatie<I, O>(audit: Audit<NoInfer<I>, NoInfer<O>>, body: (invoer: I, ruimte: Werkruimte) => Promise<O>): (invoer: I) => Promise<O> {
    return async (invoer) => {
      let genoemd: number | null = null;
      try {
        return await inTransactie(
          async (ruimte) => {
            const uitvoer = await body(invoer, ruimte);
            const detail = audit.detail?.(invoer, uitvoer);
            await schrijfLogboek(
              ruimte.trx,
              { actie: detail ? `${audit.actie}: ${detail}` : audit.actie, object: audit.object, objectId: audit.objectId?.(invoer, uitvoer) ?? genoemd, actor: kluis.actor },
              new Date(ruimte.tijdstip),
            );
            return uitvoer;
          },
          (objectId) => {
            genoemd = objectId;
          },
        );
      } catch (fout) {
        await logWeigering(audit, fout, objectIdUitInvoer(audit, invoer));
        throw fout;
      }
    };
  }

  /** A read: one transaction, so everything it returns comes from one consistent state. */
  function lezing<I, O>(body: (invoer: I, ruimte: Werkruimte) => Promise<O>): (invoer: I) => Promise<O> {
    return (invoer) => inTransactie((ruimte) => body(invoer, ruimte));
  }

  /**
   * A document to save: `lees` gathers what it needs in one transaction, `maak` builds the bytes outside
   * it (PDF work should not hold the vault), then the save dialog (never inside a transaction: it waits
   * for the user). The audit line is written only when the file was really saved.
   */
  function bestandOpslaan<I, G>(
    audit: Omit<Audit<NoInfer<I>, TeBewarenBestand>, 'detail'>,
    lees: (invoer: I, ruimte: Werkruimte) => Promise<G>,
    maak: (gegevens: G, invoer: I) => Promise<TeBewarenBestand>,
  ): (invoer: I) => Promise<{ bestandsnaam: string; opgeslagen: boolean }> {
    return async (invoer) => {
      const bestand = await maak(await inTransactie((ruimte) => lees(invoer, ruimte)), invoer);
      const opgeslagen = await bewaarBestand(bestand.bestandsnaam, bestand.bytes);
      if (opgeslagen) {
        const actie = bestand.logdetail ? `${audit.actie}: ${bestand.logdetail}` : audit.actie;
        await schrijfLogboek(kluis.db, { actie, object: audit.object, objectId: audit.objectId?.(invoer, bestand) ?? null, actor: kluis.actor }, nu());
      }
      return { bestandsnaam: bestand.bestandsnaam, opgeslagen };
    };
  }

  /**
   * The read of a dossier by the dossier screen: a `lezing` that also logs 'dossier geopend' (BIO 8.15.01:
   * who looked at whose data), in the same transaction, at most once per person and dossier per INZAGE_STILTE_MS.
   */
  function dossierLezing<I, O>(inburgeraarId: (invoer: I) => number, body: (invoer: I, ruimte: Werkruimte) => Promise<O>): (invoer: I) => Promise<O> {
    return async (invoer) => {
      const gezien = laatsteInzage.get(kluis) ?? new Map<string, number>();
      laatsteInzage.set(kluis, gezien);
      const sleutel = `${kluis.actor}\u0000${inburgeraarId(invoer)}`;
      let gelogd: number | null = null;
      const uitvoer = await inTransactie(async (ruimte) => {
        const uit = await body(invoer, ruimte);
        const moment = Date.parse(ruimte.tijdstip);
        const vorige = gezien.get(sleutel);
        if (vorige === undefined || moment - vorige >= INZAGE_STILTE_MS || moment < vorige) {
          await schrijfLogboek(ruimte.trx, { actie: 'dossier geopend', object: 'inburgeraar', objectId: inburgeraarId(invoer), actor: kluis.actor }, new Date(moment));
          gelogd = moment;
        }
        return uit;
      });
      // Remembered only once the line is committed.
      if (gelogd !== null) gezien.set(sleutel, gelogd);
      return uitvoer;
    };
  }

  return { mutatie, lezing, bestandOpslaan, dossierLezing };
}
