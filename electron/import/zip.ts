import { inflateRawSync } from 'node:zlib';

// Just enough of the ZIP format (APPNOTE 4.3) to look inside an .xlsx before exceljs loads it whole:
// which parts it has, whether they are encrypted, and how many rows a sheet holds.

export interface ZipDeel {
  naam: string;
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  ongecomprimeerd: number;
  lokaleKop: number;
}

const EOCD = 0x06054b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;

/** The central directory, or null when the bytes are not a readable ZIP file. */
export function zipInhoud(bytes: Buffer): ZipDeel[] | null {
  if (bytes.length < 22) return null;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const aantal = bytes.readUInt16LE(eocd + 10);
  let plek = bytes.readUInt32LE(eocd + 16);
  const delen: ZipDeel[] = [];
  for (let n = 0; n < aantal; n += 1) {
    if (plek + 46 > bytes.length || bytes.readUInt32LE(plek) !== CENTRAAL) return null;
    const naamLengte = bytes.readUInt16LE(plek + 28);
    const extraLengte = bytes.readUInt16LE(plek + 30);
    const commentaarLengte = bytes.readUInt16LE(plek + 32);
    delen.push({
      naam: bytes.toString('utf8', plek + 46, plek + 46 + naamLengte),
      versleuteld: (bytes.readUInt16LE(plek + 8) & 1) === 1,
      methode: bytes.readUInt16LE(plek + 10),
      gecomprimeerd: bytes.readUInt32LE(plek + 20),
      ongecomprimeerd: bytes.readUInt32LE(plek + 24),
      lokaleKop: bytes.readUInt32LE(plek + 42),
    });
    plek += 46 + naamLengte + extraLengte + commentaarLengte;
  }
  return delen;
}

/** The uncompressed bytes of one part; null when it cannot be read (damaged, or a method we do not know). */
export function leesZipDeel(bytes: Buffer, deel: ZipDeel, maxBytes: number): Buffer | null {
  const kop = deel.lokaleKop;
  if (kop + 30 > bytes.length || bytes.readUInt32LE(kop) !== LOKAAL) return null;
  const start = kop + 30 + bytes.readUInt16LE(kop + 26) + bytes.readUInt16LE(kop + 28);
  const data = bytes.subarray(start, start + deel.gecomprimeerd);
  if (data.length !== deel.gecomprimeerd) return null;
  try {
    if (deel.methode === 0) return data;
    if (deel.methode === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}
