import { IMPORT_VELDEN, type ImportVeld } from '../shared/domain/importeren';
import { geimporteerdePip, statusNaImport, type ImportDossier } from '../shared/rules/importeren';
import type { Verbinding } from './verbinding';
import { vernieuwZoekwoorden } from './zoeken';

// Importing a caseload: many dossiers in one transaction, written in blocks (a few statements per
// block instead of several per row), so 5,000 rows take seconds.

/** Rows per block: the widest table (inburgeraars, ~35 columns) stays well under SQLite's 32,766 parameters. */
const BLOK = 250;

function inBlokken<T>(lijst: readonly T[], grootte = BLOK): T[][] {
  const blokken: T[][] = [];
  for (let i = 0; i < lijst.length; i += grootte) blokken.push(lijst.slice(i, i + grootte));
  return blokken;
}

/** Which of these BSNs already have a dossier. */
export async function bestaandeBsns(db: Verbinding, bsns: readonly string[]): Promise<Set<string>> {
  const bestaand = new Set<string>();
  for (const blok of inBlokken([...new Set(bsns)], 500)) {
    const rijen = await db.selectFrom('inburgeraars').select('bsn').where('bsn', 'in', blok).execute();
    for (const { bsn } of rijen) bestaand.add(bsn);
  }
  return bestaand;
}

/** The column mapping remembered from earlier imports: normalised header → field (null: not imported). */
export async function opgeslagenKoppeling(db: Verbinding): Promise<Record<string, ImportVeld | null>> {
  const rijen = await db.selectFrom('importKoppelingen').select(['kop', 'veld']).execute();
  const uit: Record<string, ImportVeld | null> = {};
  for (const { kop, veld } of rijen) {
    if (veld === null || (IMPORT_VELDEN as readonly string[]).includes(veld)) uit[kop] = veld as ImportVeld | null;
  }
  return uit;
}

export async function bewaarKoppeling(db: Verbinding, regels: readonly { kop: string; veld: ImportVeld | null }[], nu: string): Promise<void> {
  for (const { kop, veld } of regels) {
    await db
      .insertInto('importKoppelingen')
      .values({ kop, veld, gewijzigd: nu })
      .onConflict((oc) => oc.column('kop').doUpdateSet({ veld, gewijzigd: nu }))
      .execute();
  }
}

function inburgeraarRij(dossier: ImportDossier, nu: string) {
  const { invoer } = dossier;
  return {
    ...invoer,
    tolkNodig: invoer.tolkNodig ? 1 : 0,
    oorspronkelijkSchriftOpDocumenten: invoer.oorspronkelijkSchriftOpDocumenten ? 1 : 0,
    huisvestingArt28: invoer.huisvestingArt28 ? 1 : 0,
    niveausEerder: invoer.niveausEerder === null ? null : JSON.stringify(invoer.niveausEerder),
    status: statusNaImport(dossier),
    huishoudenId: null,
    aangemaakt: nu,
    gewijzigd: nu,
    geimporteerdOp: nu,
  };
}

/**
 * Writes the new dossiers with their historical PIP (vastgesteld, marked geïmporteerd, no document), the
 * signing date of the participatieverklaring and the MAP eindgesprek, and one logboek line per dossier.
 * `voortgang` is called after every block with the number written so far.
 */
export async function voegDossiersToe(db: Verbinding, dossiers: readonly ImportDossier[], nu: string, voortgang: (klaar: number) => Promise<void> = async () => {}): Promise<number[]> {
  const ids: number[] = [];
  let klaar = 0;
  // Thousands of imported PIPs share a handful of (leerroute, dagtekening) pairs: the plan (validated by its
  // schema) and its JSON are made once per pair.
  const pipVan = new Map<string, { inhoud: string; termijnStart: string }>();
  const geimporteerd = (pip: NonNullable<ImportDossier['pip']>) => {
    const sleutel = `${pip.leerroute}|${pip.dagtekening}`;
    let uit = pipVan.get(sleutel);
    if (!uit) {
      const { inhoud, termijnStart } = geimporteerdePip(pip);
      pipVan.set(sleutel, (uit = { inhoud: JSON.stringify(inhoud), termijnStart }));
    }
    return uit;
  };
  for (const blok of inBlokken(dossiers)) {
    // RETURNING gives the new ids in the same statement (no second lookup by BSN per block).
    const rijen = await db.insertInto('inburgeraars').values(blok.map((d) => inburgeraarRij(d, nu))).returning(['id', 'bsn']).execute();
    const idVan = new Map(rijen.map((r) => [r.bsn, r.id]));
    const metId = blok.map((d) => ({ d, id: idVan.get(d.invoer.bsn)! }));
    await vernieuwZoekwoorden(db, metId.map(({ id }) => id));

    const pips = metId.filter(({ d }) => d.pip);
    if (pips.length > 0) {
      await db
        .insertInto('pips')
        .values(
          pips.map(({ d, id }) => {
            const { inhoud, termijnStart } = geimporteerd(d.pip!);
            return {
              inburgeraarId: id, versie: 1, soort: 'pip' as const, wijzigingReden: null, wijzigingToelichting: null, vorigePipId: null,
              status: 'vastgesteld' as const, inhoud, dagtekening: d.pip!.dagtekening, kenmerk: null, termijnStart,
              verzenddatum: null, bezwaarOntvangenOp: null, bezwaarUitkomst: null, beroepIngesteldOp: null, ondertekenaar: null,
              sjabloonVersie: null, documentId: null, aangemaakt: nu, gewijzigd: nu, geimporteerd: 1,
            };
          }),
        )
        .execute();
    }
    const pvt = metId.filter(({ d }) => d.pvtOndertekend);
    if (pvt.length > 0) {
      await db
        .insertInto('pvtDossiers')
        .values(pvt.map(({ d, id }) => ({ inburgeraarId: id, intakeUren: 0, datumOndertekening: d.pvtOndertekend, plaatsOndertekening: null, sjabloonVersie: null, scanDocumentId: null })))
        .execute();
    }
    const map = metId.filter(({ d }) => d.mapEindgesprek);
    if (map.length > 0) {
      await db.insertInto('mapDossiers').values(map.map(({ d, id }) => ({ inburgeraarId: id, eindgesprek: d.mapEindgesprek }))).execute();
    }
    // BIO 8.15.01: every dossier shows in its own logboek that it was imported (no personal data).
    await db
      .insertInto('logboek')
      .values(
        metId.map(({ d, id }) => ({
          tijdstip: nu, actor: 'regisseur', oorsprong: 'koers', actie: d.pip ? 'geïmporteerd: met PIP' : 'geïmporteerd', object: 'inburgeraar', objectId: id, resultaat: 'gelukt',
        })),
      )
      .execute();
    ids.push(...metId.map(({ id }) => id));
    klaar += blok.length;
    await voortgang(klaar);
  }
  return ids;
}

/** Per dossier what the inburgeraars export adds to the dossier itself: the PIP, PVT and MAP facts. */
export interface ExportFeiten {
  /** Dagtekening of the first PIP (the one that started the termijn). */
  dagtekeningPip: string | null;
  /** Leerroute of the version in force. */
  leerroute: string | null;
  datumOndertekeningPvt: string | null;
  datumEindgesprekMap: string | null;
}

/** One query per table for all dossiers (no query per person). */
export async function exportFeiten(db: Verbinding): Promise<Map<number, ExportFeiten>> {
  const uit = new Map<number, ExportFeiten>();
  const feiten = (id: number) => {
    let f = uit.get(id);
    if (!f) uit.set(id, (f = { dagtekeningPip: null, leerroute: null, datumOndertekeningPvt: null, datumEindgesprekMap: null }));
    return f;
  };
  const pips = await db.selectFrom('pips').select(['inburgeraarId', 'soort', 'status', 'dagtekening', 'inhoud']).orderBy('inburgeraarId').orderBy('versie').execute();
  for (const p of pips) {
    if (p.status === 'concept') continue;
    const f = feiten(p.inburgeraarId);
    if (p.soort === 'pip' && !f.dagtekeningPip) f.dagtekeningPip = p.dagtekening;
    f.leerroute = (JSON.parse(p.inhoud) as { leerroute?: string | null }).leerroute ?? f.leerroute;
  }
  for (const d of await db.selectFrom('pvtDossiers').select(['inburgeraarId', 'datumOndertekening']).where('datumOndertekening', 'is not', null).execute()) {
    feiten(d.inburgeraarId).datumOndertekeningPvt = d.datumOndertekening;
  }
  for (const d of await db.selectFrom('mapDossiers').select(['inburgeraarId', 'eindgesprek']).where('eindgesprek', 'is not', null).execute()) {
    feiten(d.inburgeraarId).datumEindgesprekMap = d.eindgesprek;
  }
  return uit;
}
