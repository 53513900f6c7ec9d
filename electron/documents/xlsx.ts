import ExcelJS from 'exceljs';

// Every list Koers exports is one XLSX sheet: Dutch headers, real date cells (dd-mm-jjjj), numbers as
// numbers, a frozen and filterable header row. Cells never start a formula: text is written as text.

export type KolomSoort = 'tekst' | 'datum' | 'getal' | 'bedrag';

export interface Kolom<R> {
  kop: string;
  soort: KolomSoort;
  waarde: (rij: R) => string | number | null | undefined;
  /** Width in characters; a sensible default per soort. */
  breedte?: number;
}

export interface Blad<R> {
  naam: string;
  kolommen: readonly Kolom<R>[];
  rijen: readonly R[];
}

const STANDAARDBREEDTE: Record<KolomSoort, number> = { tekst: 24, datum: 12, getal: 10, bedrag: 14 };

// An ISO date as a date cell at noon UTC, so no time zone moves it to another day in Excel.
function datumCel(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

function celwaarde(soort: KolomSoort, waarde: string | number | null | undefined): ExcelJS.CellValue {
  if (waarde === null || waarde === undefined || waarde === '') return null;
  if (soort === 'datum' && typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)) return datumCel(waarde);
  if ((soort === 'getal' || soort === 'bedrag') && typeof waarde === 'number') return waarde;
  // Text that Excel would read as a formula stays text: exceljs writes strings as shared strings, never as formulas.
  return String(waarde);
}

export async function maakXlsx(bladen: readonly Blad<never>[] | readonly Blad<unknown>[], opties: { titel?: string; nu?: Date } = {}): Promise<Uint8Array> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Koers';
  werkmap.created = opties.nu ?? new Date();
  if (opties.titel) werkmap.title = opties.titel;
  for (const blad of bladen as readonly Blad<unknown>[]) {
    const sheet = werkmap.addWorksheet(blad.naam.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = blad.kolommen.map((k) => ({
      header: k.kop,
      width: k.breedte ?? Math.max(STANDAARDBREEDTE[k.soort], k.kop.length + 2),
      style: k.soort === 'datum' ? { numFmt: 'dd-mm-yyyy' } : k.soort === 'bedrag' ? { numFmt: '€ #,##0.00' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const rij of blad.rijen) sheet.addRow(blad.kolommen.map((k) => celwaarde(k.soort, k.waarde(rij))));
    if (blad.kolommen.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: blad.kolommen.length } };
  }
  const buffer = await werkmap.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** One sheet: the common case. */
export function maakXlsxBlad<R>(blad: Blad<R>, opties: { titel?: string; nu?: Date } = {}): Promise<Uint8Array> {
  return maakXlsx([blad as unknown as Blad<unknown>], opties);
}
