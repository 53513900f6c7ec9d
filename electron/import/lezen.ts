import ExcelJS from 'exceljs';
import { MAX_IMPORT_RIJEN, type Celwaarde, type RuwBestand } from '../../shared/domain/importeren';
import { KoersFout } from '../../shared/fouten';
import { TOELICHTING_BLAD } from '../documents/importsjabloon';
import { decodeerTekst, leesCsv, scheidingsteken } from './csv';
import { leesZipDeel, zipInhoud } from './zip';

// Reads an import file into rows of cells, whatever Excel or another program made of it. Every refusal
// is a KoersFout with a Dutch sentence that says what to do; nothing is written anywhere (no temp files:
// the rows are personal data and stay in memory).

const weiger = (melding: string) => new KoersFout('ONGELDIGE_INVOER', melding);

const LEEG = 'Het bestand is leeg. Kies het bestand met de inburgeraars (het importsjabloon of een eigen Excel-lijst).';
const GEEN_RIJEN = 'Het bestand heeft een kopregel maar geen rijen met inburgeraars.';
const BESCHADIGD = 'Dit Excel-bestand is beschadigd en kan niet worden gelezen. Open het in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het nog eens.';
const GEEN_BESTAND = 'Dit is geen Excel- of CSV-bestand. Kies een .xlsx- of .csv-bestand, bijvoorbeeld het importsjabloon.';
const BEVEILIGD = 'Dit bestand is met een wachtwoord beveiligd. Open het in Excel, haal de beveiliging eraf (Bestand → Info → Werkmap beveiligen → Versleutelen met wachtwoord: leegmaken), sla het op en probeer het opnieuw.';
const OUD_EXCEL = 'Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx), of als CSV, en probeer het opnieuw.';
const TE_VEEL = (aantal: string) =>
  `Dit bestand heeft ${aantal} rijen. Koers leest hoogstens ${MAX_IMPORT_RIJEN.toLocaleString('nl-NL')} rijen per keer; verdeel het bestand in delen en importeer die na elkaar.`;

/** Uncompressed sheet XML larger than this is refused before parsing (also guards against a zip bomb). */
const MAX_BLAD_BYTES = 200 * 1024 * 1024;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An encrypted .xlsx is an OLE compound file with an "EncryptionInfo" stream; other OLE files are old .xls. */
function oleBestand(bytes: Buffer): never {
  throw weiger(bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? BEVEILIGD : OUD_EXCEL);
}

export async function leesImportbestand(bytes: Buffer): Promise<RuwBestand> {
  if (bytes.length === 0) throw weiger(LEEG);
  if (bytes.subarray(0, 8).equals(OLE)) oleBestand(bytes);
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return leesXlsx(bytes);
  return leesCsvBestand(bytes);
}

// ------------------------------------------------------------------------------------------------
// CSV

function leesCsvBestand(bytes: Buffer): RuwBestand {
  const gedecodeerd = decodeerTekst(bytes);
  if (!gedecodeerd) throw weiger(GEEN_BESTAND);
  let tekst = gedecodeerd.tekst;
  // Excel's own hint on the first line: "sep=;".
  const hint = /^sep=(.)\r?\n/.exec(tekst);
  if (hint) tekst = tekst.slice(hint[0].length);
  if (tekst.trim() === '') throw weiger(LEEG);
  const records = leesCsv(tekst, hint ? hint[1]! : scheidingsteken(tekst), MAX_IMPORT_RIJEN + 2);
  const [koppen = [], ...rest] = records;
  if (rest.length > MAX_IMPORT_RIJEN) {
    const totaal = leesCsv(tekst, hint ? hint[1]! : scheidingsteken(tekst)).filter((r) => r.some((c) => c.trim() !== '')).length - 1;
    if (totaal > MAX_IMPORT_RIJEN) throw weiger(TE_VEEL(totaal.toLocaleString('nl-NL')));
  }
  const rijen = rest.map((cellen, i) => ({
    rij: i + 2,
    cellen: cellen.map((c): Celwaarde => (c.trim() === '' ? { soort: 'leeg' } : { soort: 'tekst', tekst: c })),
  }));
  if (!rijen.some((r) => r.cellen.some((c) => c.soort !== 'leeg'))) throw weiger(GEEN_RIJEN);
  return { soort: 'csv', koppen: koppen.map((k) => k.trim()), rijen, meldingen: [] };
}

// ------------------------------------------------------------------------------------------------
// XLSX

/** Looks inside the ZIP before exceljs loads everything: encryption, the kind of file, the number of rows. */
function controleerZip(bytes: Buffer): void {
  const delen = zipInhoud(bytes);
  if (!delen) throw weiger(BESCHADIGD);
  if (delen.some((d) => d.versleuteld)) throw weiger(BEVEILIGD);
  if (delen.some((d) => d.naam === 'mimetype') && !delen.some((d) => d.naam === 'xl/workbook.xml')) {
    throw weiger('Dit is een OpenDocument-bestand (.ods). Sla het in LibreOffice op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.');
  }
  if (!delen.some((d) => d.naam === 'xl/workbook.xml')) throw weiger(GEEN_BESTAND);
  let meesteRijen = 0;
  for (const deel of delen.filter((d) => /^xl\/worksheets\/[^/]+\.xml$/.test(d.naam))) {
    if (deel.ongecomprimeerd > MAX_BLAD_BYTES) throw weiger(TE_VEEL(`meer dan ${MAX_IMPORT_RIJEN.toLocaleString('nl-NL')}`));
    const xml = leesZipDeel(bytes, deel, MAX_BLAD_BYTES);
    if (!xml) throw weiger(BESCHADIGD);
    let rijen = 0;
    for (const _ of xml.toString('latin1').matchAll(/<(?:\w+:)?row[\s>]/g)) rijen += 1;
    meesteRijen = Math.max(meesteRijen, rijen);
  }
  // One row more for the header; empty formatted rows count here, so the precise check follows later.
  if (meesteRijen > MAX_IMPORT_RIJEN * 2) throw weiger(TE_VEEL(`ongeveer ${(meesteRijen - 1).toLocaleString('nl-NL')}`));
}

// exceljs gives a date cell as a JS Date at UTC midnight (plus the time of day, if any).
function isoVanDatum(datum: Date): string | null {
  return Number.isNaN(datum.getTime()) ? null : datum.toISOString().slice(0, 10);
}

function celwaarde(cel: ExcelJS.Cell): Celwaarde {
  const waarde = cel.value;
  if (waarde === null || waarde === undefined) return { soort: 'leeg' };
  if (typeof waarde === 'string') return waarde.trim() === '' ? { soort: 'leeg' } : { soort: 'tekst', tekst: waarde };
  if (typeof waarde === 'number') return { soort: 'getal', getal: waarde };
  if (typeof waarde === 'boolean') return { soort: 'tekst', tekst: waarde ? 'WAAR' : 'ONWAAR' };
  if (waarde instanceof Date) {
    const iso = isoVanDatum(waarde);
    return iso ? { soort: 'datum', datum: iso } : { soort: 'foutwaarde' };
  }
  if ('formula' in waarde || 'sharedFormula' in waarde) return { soort: 'formule' };
  if ('error' in waarde) return { soort: 'foutwaarde' };
  if ('richText' in waarde) return { soort: 'tekst', tekst: waarde.richText.map((deel) => deel.text).join('') };
  if ('text' in waarde) return { soort: 'tekst', tekst: String(waarde.text) };
  return { soort: 'tekst', tekst: String(cel.text) };
}

async function leesXlsx(bytes: Buffer): Promise<RuwBestand> {
  controleerZip(bytes);
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw weiger(BESCHADIGD);
  }
  const bladen = werkmap.worksheets.filter((b) => b.state === 'visible' || b.state === undefined);
  const blad = bladen.find((b) => b.actualRowCount > 0);
  if (!blad) throw weiger(LEEG);
  const meldingen: string[] = [];
  if (bladen.some((b) => b !== blad && b.name !== TOELICHTING_BLAD && b.actualRowCount > 0)) meldingen.push(`Alleen het werkblad "${blad.name}" is gelezen; de andere werkbladen zijn overgeslagen.`);

  // The header is the first row with something in it.
  let kopRij = 1;
  while (kopRij <= blad.rowCount && !blad.getRow(kopRij).hasValues) kopRij += 1;
  const kop = blad.getRow(kopRij);
  const aantalKolommen = kop.cellCount;
  const koppen: string[] = [];
  for (let k = 1; k <= aantalKolommen; k += 1) {
    const cel = celwaarde(kop.getCell(k));
    koppen.push(cel.soort === 'tekst' ? cel.tekst.trim() : cel.soort === 'getal' ? String(cel.getal) : '');
  }

  const rijen: RuwBestand['rijen'] = [];
  let gevuld = 0;
  for (let r = kopRij; r <= blad.rowCount; r += 1) {
    const rij = blad.getRow(r);
    if (!rij.hasValues && r !== kopRij) continue;
    const cellen: Celwaarde[] = [];
    for (let k = 1; k <= aantalKolommen; k += 1) {
      const cel = rij.getCell(k);
      // A merged cell repeats or hides values: which row a value belongs to is no longer certain.
      if (cel.isMerged) {
        throw weiger(
          `Het werkblad heeft samengevoegde cellen (bijvoorbeeld ${cel.address}). Maak het samenvoegen ongedaan (Start → Samenvoegen en centreren), zet in elke cel zijn eigen waarde en probeer het opnieuw.`,
        );
      }
      cellen.push(celwaarde(cel));
    }
    if (r === kopRij) continue;
    if (cellen.some((c) => c.soort !== 'leeg')) gevuld += 1;
    if (gevuld > MAX_IMPORT_RIJEN) throw weiger(TE_VEEL(`meer dan ${MAX_IMPORT_RIJEN.toLocaleString('nl-NL')}`));
    rijen.push({ rij: r, cellen });
  }
  if (gevuld === 0) throw weiger(GEEN_RIJEN);
  return { soort: 'xlsx', koppen, rijen, meldingen };
}
