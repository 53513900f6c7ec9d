import type { ExportFeiten } from '../../db/importeren';
import { IMPORT_VELD_LABELS as L } from '../../shared/domain/importeren';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import { LEERROUTE_LABELS, type Leerroute } from '../../shared/domain/pip';
import { PVT_STATUS_LABELS } from '../../shared/domain/pvt';
import { DOELGROEP_LABELS } from '../../shared/rules/doelgroep';
import type { WerklijstRij } from '../../shared/rules/werklijst';
import { STATUS_LABELS } from '../../shared/rules/status';
import { maakXlsxBlad, type Kolom } from './xlsx';

// The lists as XLSX (electron/documents/xlsx.ts: Dutch headers, real date cells). The inburgeraars list's
// headers are the import fields' Dutch labels, so the same file can be imported again without a mapping
// step (a round trip gives the same dossiers).

export type InburgeraarExportRij = Inburgeraar & ExportFeiten & { pipUiterlijk: string | null };

const GESLACHT_CODE = { man: 'M', vrouw: 'V', onbekend: 'X' } as const;

const KOLOMMEN: readonly Kolom<InburgeraarExportRij>[] = [
  { kop: L.bsn, soort: 'tekst', waarde: (r) => r.bsn, breedte: 12 },
  { kop: L.achternaam, soort: 'tekst', waarde: (r) => r.achternaam },
  { kop: L.tussenvoegsel, soort: 'tekst', waarde: (r) => r.tussenvoegsel, breedte: 14 },
  { kop: L.voornamen, soort: 'tekst', waarde: (r) => r.voornamen },
  { kop: L.geboortedatum, soort: 'datum', waarde: (r) => r.geboortedatum, breedte: 14 },
  { kop: L.geslacht, soort: 'tekst', waarde: (r) => GESLACHT_CODE[r.geslacht], breedte: 10 },
  { kop: L.doelgroep, soort: 'tekst', waarde: (r) => DOELGROEP_LABELS[r.doelgroep], breedte: 18 },
  { kop: L.duo_doelgroep, soort: 'tekst', waarde: (r) => r.doelgroepcode, breedte: 30 },
  { kop: L.nationaliteit, soort: 'tekst', waarde: (r) => r.nationaliteit, breedte: 16 },
  { kop: L.taal, soort: 'tekst', waarde: (r) => r.taal, breedte: 14 },
  { kop: L.straat, soort: 'tekst', waarde: (r) => r.straat },
  { kop: L.huisnummer, soort: 'tekst', waarde: (r) => r.huisnummer, breedte: 11 },
  { kop: L.postcode, soort: 'tekst', waarde: (r) => r.postcode, breedte: 10 },
  { kop: L.woonplaats, soort: 'tekst', waarde: (r) => r.woonplaats, breedte: 16 },
  { kop: L.datum_kennisgeving_duo, soort: 'datum', waarde: (r) => r.datumKennisgevingDuo, breedte: 14 },
  { kop: L.datum_inschrijving_brp, soort: 'datum', waarde: (r) => r.datumInschrijvingBrp, breedte: 14 },
  { kop: L.dagtekening_pip, soort: 'datum', waarde: (r) => r.dagtekeningPip, breedte: 14 },
  { kop: L.leerroute, soort: 'tekst', waarde: (r) => (r.leerroute ? LEERROUTE_LABELS[r.leerroute as Leerroute] : null), breedte: 15 },
  { kop: L.datum_ondertekening_pvt, soort: 'datum', waarde: (r) => r.datumOndertekeningPvt, breedte: 14 },
  { kop: L.datum_eindgesprek_map, soort: 'datum', waarde: (r) => r.datumEindgesprekMap, breedte: 14 },
  { kop: 'Status', soort: 'tekst', waarde: (r) => STATUS_LABELS[r.status], breedte: 16 },
  { kop: 'PIP uiterlijk', soort: 'datum', waarde: (r) => r.pipUiterlijk, breedte: 14 },
];

export function inburgeraarsXlsx(rijen: readonly InburgeraarExportRij[], nu: Date): Promise<Uint8Array> {
  return maakXlsxBlad({ naam: 'Inburgeraars', kolommen: KOLOMMEN, rijen }, { titel: 'Inburgeraars', nu });
}

const WERKLIJST: readonly Kolom<WerklijstRij>[] = [
  { kop: 'Naam', soort: 'tekst', waarde: (r) => r.naam, breedte: 30 },
  { kop: 'Geboortedatum', soort: 'datum', waarde: (r) => r.geboortedatum, breedte: 14 },
  { kop: 'Doelgroep', soort: 'tekst', waarde: (r) => DOELGROEP_LABELS[r.doelgroep], breedte: 18 },
  { kop: 'Einde inburgeringstermijn', soort: 'datum', waarde: (r) => r.termijnEinde, breedte: 16 },
  { kop: 'PVT', soort: 'tekst', waarde: (r) => PVT_STATUS_LABELS[r.pvtStatus], breedte: 26 },
  { kop: 'PVT-uren', soort: 'getal', waarde: (r) => r.pvtUren },
  { kop: 'MAP', soort: 'tekst', waarde: (r) => (!r.mapVanToepassing ? 'n.v.t. (onderwijsroute)' : r.mapAfgerond ? 'Afgerond' : 'Nog niet af'), breedte: 22 },
  { kop: 'Groep', soort: 'tekst', waarde: (r) => r.groepen, breedte: 24 },
];

/** The PVT and MAP werklijst, in the order of the screen (end of the termijn first). */
export function pvtWerklijstXlsx(rijen: readonly WerklijstRij[], nu: Date): Promise<Uint8Array> {
  return maakXlsxBlad({ naam: 'PVT en MAP', kolommen: WERKLIJST, rijen }, { titel: 'Werklijst PVT en MAP', nu });
}
