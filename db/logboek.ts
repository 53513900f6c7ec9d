import type { Verbinding } from './verbinding';

/** The kinds of object an audit line can be about: never a name, only a type and an id. */
// 'lijst': a printout or export of a list of several dossiers (werkvoorraad, DUO-meldingen, inburgeraars).
export const LOGBOEK_OBJECTEN = ['inburgeraar', 'huishouden', 'instellingen', 'document', 'ondertekenaar', 'sjabloon', 'pvtGroep', 'pvtSessie', 'kluis', 'lijst'] as const;
export type LogboekObject = (typeof LOGBOEK_OBJECTEN)[number];

export interface Logregel {
  actie: string;
  object: LogboekObject;
  objectId?: number | null;
  /** 'gelukt', or 'geweigerd: <foutcode>' for a refused attempt. */
  resultaat?: string;
  /** Who did it: the name of the passphrase slot that unlocked the vault (Kluis.actor). */
  actor?: string;
}

export async function schrijfLogboek(db: Verbinding, regel: Logregel, nu = new Date()): Promise<void> {
  await db
    .insertInto('logboek')
    .values({
      tijdstip: nu.toISOString(),
      actor: regel.actor ?? 'regisseur',
      oorsprong: 'koers',
      actie: regel.actie,
      object: regel.object,
      objectId: regel.objectId ?? null,
      resultaat: regel.resultaat ?? 'gelukt',
    })
    .execute();
}

/** The audit lines of one dossier, newest first: about the inburgeraar itself and about its documents. */
export async function logboekVanDossier(db: Verbinding, inburgeraarId: number) {
  return db
    .selectFrom('logboek as l')
    .leftJoin('documenten as d', (join) => join.onRef('d.id', '=', 'l.objectId').on('l.object', '=', 'document'))
    .select(['l.id', 'l.tijdstip', 'l.actor', 'l.actie', 'l.object', 'l.resultaat', 'd.titel as documentTitel'])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.object', '=', 'inburgeraar'), eb('l.objectId', '=', inburgeraarId)]),
        eb.and([eb('l.object', '=', 'document'), eb('l.objectId', 'in', eb.selectFrom('documenten').select('id').where('inburgeraarId', '=', inburgeraarId))]),
      ]),
    )
    .orderBy('l.tijdstip', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
}

/** The newest row of the hash chain, written into every backup manifest (BIO 8.15.05). */
export async function ketenkop(_db: Verbinding): Promise<{ id: number; hash: string } | null> {
  return null; // Filled in by the logboek chain work (issue 11 item 4).
}

/** The outcome of checking the hash chain: the first changed or missing row, if any. */
export interface LogboekControle {
  ok: boolean;
  /** Rows checked. */
  aantal: number;
  eersteFout: { id: number; soort: 'gewijzigd' | 'ontbreekt' } | null;
  /** A Dutch sentence for the screen and the command line. */
  melding: string;
}

/** Recomputes the hash chain (BIO 8.15.05); `bekendeKoppen` are chain heads kept outside the vault (backup manifests). */
export async function controleerLogboek(_db: Verbinding, _bekendeKoppen: { id: number; hash: string }[] = []): Promise<LogboekControle> {
  return { ok: true, aantal: 0, eersteFout: null, melding: 'Nog niet gecontroleerd.' }; // Filled in by the logboek chain work.
}
