// CSV as Excel and other programs write it: comma, semicolon or tab; quoted fields with "" for a quote and
// line breaks inside quotes; UTF-8 with or without BOM, UTF-16 ("Unicode-tekst"), or Windows-1252 (what
// Excel writes for "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows).

export type Codering = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text of the file and the encoding it was read in; null when the bytes are not text at all. */
export function decodeerTekst(bytes: Uint8Array): { tekst: string; codering: Codering } | null {
  let tekst: string;
  let codering: Codering;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    codering = 'utf-8';
    tekst = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    codering = 'utf-16le';
    tekst = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    codering = 'utf-16be';
    tekst = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      codering = 'utf-8';
    } catch {
      tekst = new TextDecoder('windows-1252').decode(bytes);
      codering = 'windows-1252';
    }
  }
  // Control characters other than tab and line breaks mean a binary file, not a CSV.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(tekst.slice(0, 65536))) return null;
  return { tekst, codering };
}

const SCHEIDINGSTEKENS = [';', ',', '\t'] as const;

/** The delimiter that occurs most often outside quotes in the first record (the header). */
export function scheidingsteken(tekst: string): string {
  const telling = new Map<string, number>(SCHEIDINGSTEKENS.map((t) => [t, 0]));
  let inAanhalingstekens = false;
  for (const teken of tekst) {
    if (teken === '"') inAanhalingstekens = !inAanhalingstekens;
    else if (!inAanhalingstekens && (teken === '\n' || teken === '\r')) break;
    else if (!inAanhalingstekens && telling.has(teken)) telling.set(teken, telling.get(teken)! + 1);
  }
  let beste: string = ';';
  for (const [teken, aantal] of telling) if (aantal > telling.get(beste)!) beste = teken;
  return beste;
}

/** RFC 4180 records; `maxRecords` stops early (the caller refuses the file when it is reached). */
export function leesCsv(tekst: string, scheiding: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let veld = '';
  let inAanhalingstekens = false;
  let i = 0;
  const sluitRecord = () => {
    record.push(veld);
    records.push(record);
    record = [];
    veld = '';
  };
  while (i < tekst.length) {
    const teken = tekst[i]!;
    if (inAanhalingstekens) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 2;
        continue;
      }
      if (teken === '"') inAanhalingstekens = false;
      else veld += teken;
      i += 1;
      continue;
    }
    if (teken === '"' && veld.trim() === '') {
      veld = '';
      inAanhalingstekens = true;
    } else if (teken === scheiding) {
      record.push(veld);
      veld = '';
    } else if (teken === '\r' || teken === '\n') {
      sluitRecord();
      if (records.length >= maxRecords) return records;
      if (teken === '\r' && tekst[i + 1] === '\n') i += 1;
    } else veld += teken;
    i += 1;
  }
  if (veld !== '' || record.length > 0) sluitRecord();
  return records;
}
