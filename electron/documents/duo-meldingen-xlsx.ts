import { DUO_VELD_LABELS, DUO_VELD_SOORTEN, DUO_VELDEN, duoWaardeTekst, type DuoExportRij, type DuoVeld } from '../../shared/domain/duo';
import { datumKort } from '../../shared/format';
import { maakXlsxBlad, type Kolom } from './xlsx';

// The list for DUO's Portal Inburgering: one row per dossier, the facts in DUO's field order, dates as real
// date cells. It is the one export of Koers that carries the BSN: DUO's portal finds a person by BSN.

export const DUO_MELDINGEN_BLAD = 'DUO-meldingen';

/** "DUO-meldingen 23-11-2026.xlsx" */
export function duoMeldingenBestandsnaam(vandaag: string): string {
  return `DUO-meldingen ${datumKort(vandaag)}.xlsx`;
}

function veldKolom(veld: DuoVeld): Kolom<DuoExportRij> {
  const soort = DUO_VELD_SOORTEN[veld];
  return {
    kop: DUO_VELD_LABELS[veld],
    soort,
    waarde: (rij) => {
      const waarde = rij.waarden[veld];
      if (waarde === null) return null;
      if (soort === 'getal') return Number(waarde);
      return soort === 'datum' ? waarde : duoWaardeTekst(veld, waarde);
    },
  };
}

export const DUO_MELDINGEN_KOLOMMEN: readonly Kolom<DuoExportRij>[] = [
  { kop: 'BSN', soort: 'tekst', waarde: (rij) => rij.bsn, breedte: 12 },
  { kop: 'Naam', soort: 'tekst', waarde: (rij) => rij.naam, breedte: 30 },
  ...DUO_VELDEN.map(veldKolom),
  { kop: 'Nog te melden', soort: 'tekst', waarde: (rij) => rij.nogTeMelden.map((v) => DUO_VELD_LABELS[v]).join(', '), breedte: 40 },
];

export function maakDuoMeldingenXlsx(rijen: readonly DuoExportRij[], vandaag: string): Promise<Uint8Array> {
  return maakXlsxBlad(
    { naam: DUO_MELDINGEN_BLAD, kolommen: DUO_MELDINGEN_KOLOMMEN, rijen },
    { titel: `DUO-meldingen ${datumKort(vandaag)}`, nu: new Date(`${vandaag}T12:00:00Z`) },
  );
}
