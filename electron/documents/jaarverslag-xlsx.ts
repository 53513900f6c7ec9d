import ExcelJS from 'exceljs';
import type { Cel, Jaarverslag, KolomSoort, Tabel } from '../../shared/domain/jaarverslag';

// The jaarverslag as an XLSX for the controller (issue 13 items 2, 5, 6, 7): first the sheet `Kerncijfers`
// (columns `indicator` and `waarde`, numbers as numbers), then one sheet per Tabel with the EXACT numbers,
// each marked intern in its second row and in the workbook properties. The same Jaarverslag gives the same
// bytes: the workbook dates are the report's gemaaktOp, and so are the timestamps inside the zip.

export const INTERN_MARKERING = 'Intern: exacte aantallen voor de controller. Niet openbaar maken; de raadsrapportage (PDF) toont aantallen onder de drempel als "< 5".';

const BREEDTE: Record<KolomSoort, number> = { tekst: 44, aantal: 12, getal: 12, aandeel: 14, dagen: 14, bedrag: 16, datum: 12 };
const NUMMERFORMAAT: Partial<Record<KolomSoort, string>> = { bedrag: '€ #,##0.00', aandeel: '0.0', dagen: '0.0', datum: 'dd-mm-yyyy' };

function celwaarde(soort: KolomSoort, waarde: Cel): ExcelJS.CellValue {
  if (waarde === null || waarde === '') return null;
  if (typeof waarde === 'number') return waarde;
  if (soort === 'datum' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)) return new Date(`${waarde}T12:00:00Z`);
  // Text stays text (exceljs writes strings as shared strings, never as formulas).
  return waarde;
}

/** Sheet names are unique, at most 31 characters, without []:*?/\ (Excel's rules). */
function bladnamen(tabellen: readonly Tabel[]): string[] {
  const gebruikt = new Set<string>(['kerncijfers']);
  return tabellen.map((t) => {
    const basis = t.blad.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Tabel';
    let naam = basis;
    for (let i = 2; gebruikt.has(naam.toLowerCase()); i += 1) naam = `${basis.slice(0, 31 - String(i).length - 1)} ${i}`;
    gebruikt.add(naam.toLowerCase());
    return naam;
  });
}

function voegTabelToe(werkmap: ExcelJS.Workbook, naam: string, tabel: Tabel): void {
  const blad = werkmap.addWorksheet(naam, { views: [{ state: 'frozen', ySplit: 3 }] });
  blad.columns = tabel.kolommen.map((k) => ({ width: Math.max(BREEDTE[k.soort], Math.min(60, k.kop.length + 2)), style: NUMMERFORMAAT[k.soort] ? { numFmt: NUMMERFORMAAT[k.soort]! } : {} }));
  blad.addRow([tabel.titel]).font = { bold: true, size: 13 };
  blad.addRow([INTERN_MARKERING]).font = { italic: true, color: { argb: 'FF9C0006' } };
  blad.addRow(tabel.kolommen.map((k) => k.kop)).font = { bold: true };
  for (const rij of tabel.rijen) blad.addRow(tabel.kolommen.map((k, i) => celwaarde(k.soort, rij[i] ?? null)));
  if (tabel.toelichting) {
    blad.addRow([]);
    blad.addRow([tabel.toelichting]).font = { italic: true };
  }
}

// DOS date and time (APPNOTE 4.4.6), in UTC so the bytes do not depend on the machine's zone.
function dosTijd(moment: Date): { tijd: number; datum: number } {
  const jaar = Math.min(2107, Math.max(1980, moment.getUTCFullYear()));
  return {
    tijd: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2),
    datum: ((jaar - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
  };
}

/** Sets the modification time of every entry (local header and central directory) to one moment. */
export function zetZipTijden(bytes: Uint8Array, moment: Date): Uint8Array {
  const buf = Buffer.from(bytes);
  const { tijd, datum } = dosTijd(moment);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Geen geldig XLSX-bestand gemaakt.');
  const aantal = buf.readUInt16LE(eocd + 10);
  let plek = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < aantal; i += 1) {
    if (buf.readUInt32LE(plek) !== 0x02014b50) throw new Error('Geen geldig XLSX-bestand gemaakt.');
    buf.writeUInt16LE(tijd, plek + 12);
    buf.writeUInt16LE(datum, plek + 14);
    const lokaal = buf.readUInt32LE(plek + 42);
    if (buf.readUInt32LE(lokaal) !== 0x04034b50) throw new Error('Geen geldig XLSX-bestand gemaakt.');
    buf.writeUInt16LE(tijd, lokaal + 10);
    buf.writeUInt16LE(datum, lokaal + 12);
    plek += 46 + buf.readUInt16LE(plek + 28) + buf.readUInt16LE(plek + 30) + buf.readUInt16LE(plek + 32);
  }
  return new Uint8Array(buf);
}

/** The XLSX bytes of an EXACT (unmasked) Jaarverslag. */
export async function maakJaarverslagXlsx(verslag: Jaarverslag): Promise<Uint8Array> {
  const moment = new Date(verslag.gemaaktOp);
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Koers';
  werkmap.lastModifiedBy = 'Koers';
  werkmap.created = moment;
  werkmap.modified = moment;
  werkmap.title = `Jaarverslag inburgering ${verslag.jaar}${verslag.gemeentenaam ? ` ${verslag.gemeentenaam}` : ''} (intern)`;
  werkmap.subject = 'Intern: exacte aantallen voor de controller';
  werkmap.keywords = 'intern';
  werkmap.category = 'Intern';

  const kern = werkmap.addWorksheet('Kerncijfers', { views: [{ state: 'frozen', ySplit: 1 }] });
  kern.columns = [
    { header: 'indicator', key: 'indicator', width: 34 },
    { header: 'waarde', key: 'waarde', width: 12 },
  ];
  kern.getRow(1).font = { bold: true };
  for (const k of verslag.kerncijfers) kern.addRow({ indicator: k.indicator, waarde: k.waarde });

  const tabellen = verslag.secties.flatMap((s) => s.tabellen);
  bladnamen(tabellen).forEach((naam, i) => voegTabelToe(werkmap, naam, tabellen[i]!));

  const buffer = await werkmap.xlsx.writeBuffer();
  return zetZipTijden(new Uint8Array(buffer as ArrayBuffer), moment);
}
