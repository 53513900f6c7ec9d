import { deflateSync } from 'node:zlib';

// A small PNG emblem for the fictional gemeente Voorbeeldstad, drawn in code so the repository
// carries no image file: a blue shield with a white wave.

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABEL[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function blok(soort: string, inhoud: Buffer): Buffer {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(inhoud.length);
  const soortEnInhoud = Buffer.concat([Buffer.from(soort, 'latin1'), inhoud]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(soortEnInhoud));
  return Buffer.concat([lengte, soortEnInhoud, crc]);
}

export function voorbeeldstadLogo(breedte = 160, hoogte = 160): Buffer {
  const rijen: Buffer[] = [];
  for (let y = 0; y < hoogte; y += 1) {
    const rij = Buffer.alloc(1 + breedte * 3);
    for (let x = 0; x < breedte; x += 1) {
      const nx = x / breedte - 0.5;
      const ny = y / hoogte;
      const inSchild = Math.abs(nx) < 0.42 * (ny < 0.6 ? 1 : 1 - (ny - 0.6) / 0.45) && ny > 0.05;
      const golf = Math.abs(ny - (0.5 + 0.06 * Math.sin(nx * 14))) < 0.05;
      const [r, g, b] = inSchild ? (golf ? [255, 255, 255] : [11, 83, 148]) : [255, 255, 255];
      rij.writeUInt8(r, 1 + x * 3);
      rij.writeUInt8(g, 2 + x * 3);
      rij.writeUInt8(b, 3 + x * 3);
    }
    rijen.push(rij);
  }
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(breedte, 0);
  kop.writeUInt32BE(hoogte, 4);
  kop.writeUInt8(8, 8); // bit depth
  kop.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok('IHDR', kop),
    blok('IDAT', deflateSync(Buffer.concat(rijen))),
    blok('IEND', Buffer.alloc(0)),
  ]);
}
