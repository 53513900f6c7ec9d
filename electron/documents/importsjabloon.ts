import ExcelJS from 'exceljs';
import { IMPORT_VELD_LABELS, SJABLOON_VELDEN, VERPLICHTE_VELDEN, type ImportVeld } from '../../shared/domain/importeren';

// The import template (Importsjabloon Koers.xlsx), generated on demand: row 1 holds exactly the field
// names, the BSN column is text (Excel keeps the leading zero), date columns show dd-mm-jjjj, and the
// coded columns offer their values in a list. A second sheet explains every column.

export const SJABLOON_BESTANDSNAAM = 'Importsjabloon Koers.xlsx';
export const TOELICHTING_BLAD = 'Toelichting';

const DATUMVELDEN: readonly ImportVeld[] = ['geboortedatum', 'datum_kennisgeving_duo', 'datum_inschrijving_brp', 'dagtekening_pip', 'datum_ondertekening_pvt', 'datum_eindgesprek_map'];
const KEUZES: Partial<Record<ImportVeld, readonly string[]>> = {
  geslacht: ['M', 'V', 'X'],
  doelgroep: ['asiel', 'gezin', 'overig'],
  leerroute: ['B1', 'onderwijs', 'Z'],
};

const UITLEG: Record<(typeof SJABLOON_VELDEN)[number], string> = {
  bsn: '9 cijfers, voldoet aan de 11-proef. Een weggevallen voorloopnul (8 cijfers) herstelt Koers.',
  achternaam: 'Zoals in de BRP, in Latijnse letters.',
  tussenvoegsel: 'Bijvoorbeeld "van der"; mag leeg.',
  voornamen: 'Alle voornamen zoals in de BRP.',
  geboortedatum: 'dd-mm-jjjj of jjjj-mm-dd.',
  geslacht: 'M, V of X.',
  doelgroep: 'asiel (asielstatushouder), gezin (gezinsmigrant) of overig (overige migrant).',
  datum_kennisgeving_duo: 'Datum van de kennisgeving inburgeringsplicht van DUO; mag leeg.',
  datum_inschrijving_brp: 'Datum van inschrijving in de BRP van de gemeente; mag leeg.',
  straat: 'Straatnaam.',
  huisnummer: 'Huisnummer met eventuele toevoeging.',
  postcode: '1234 AB.',
  woonplaats: 'Woonplaats.',
  dagtekening_pip: 'Dagtekening van het vastgestelde PIP; leeg als er nog geen PIP is.',
  leerroute: 'B1, onderwijs of Z; leeg als er nog geen PIP is.',
  datum_ondertekening_pvt: 'Datum waarop de participatieverklaring is ondertekend; mag leeg.',
  datum_eindgesprek_map: 'Datum van het eindgesprek MAP; mag leeg (niet bij de onderwijsroute).',
};

/** Rows of the template that carry the formats and value lists. */
const OPGEMAAKTE_RIJEN = 1000;

export async function maakImportsjabloon(nu = new Date()): Promise<Uint8Array> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Koers';
  werkmap.created = nu;
  werkmap.title = 'Importsjabloon Koers';
  const blad = werkmap.addWorksheet('Inburgeraars', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = SJABLOON_VELDEN.map((veld) => ({
    header: veld,
    key: veld,
    width: Math.max(14, veld.length + 3),
    style: DATUMVELDEN.includes(veld) ? { numFmt: 'dd-mm-yyyy' } : veld === 'bsn' || veld === 'huisnummer' || veld === 'postcode' ? { numFmt: '@' } : {},
  }));
  blad.getRow(1).font = { bold: true };
  SJABLOON_VELDEN.forEach((veld, i) => {
    const keuzes = KEUZES[veld];
    if (!keuzes) return;
    for (let rij = 2; rij <= OPGEMAAKTE_RIJEN + 1; rij += 1) {
      blad.getCell(rij, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${keuzes.join(',')}"`],
        showErrorMessage: true,
        errorTitle: IMPORT_VELD_LABELS[veld],
        error: `Kies ${keuzes.join(', ')}.`,
      };
    }
  });

  const toelichting = werkmap.addWorksheet(TOELICHTING_BLAD);
  toelichting.columns = [
    { header: 'Kolom', key: 'kolom', width: 26 },
    { header: 'Verplicht', key: 'verplicht', width: 10 },
    { header: 'Wat erin hoort', key: 'uitleg', width: 90 },
  ];
  toelichting.getRow(1).font = { bold: true };
  for (const veld of SJABLOON_VELDEN) {
    toelichting.addRow({ kolom: veld, verplicht: VERPLICHTE_VELDEN.includes(veld) ? 'ja' : 'nee', uitleg: UITLEG[veld] });
  }
  toelichting.addRow({});
  toelichting.addRow({ uitleg: 'Een rij met dagtekening_pip en leerroute wordt een geïmporteerd PIP: vastgesteld op die dagtekening, zonder brief. De inburgeringstermijn begint de dag erna.' });
  toelichting.addRow({ uitleg: 'Nationaliteit en taal staan niet in het sjabloon; Koers vult "Onbekend" in. Vul ze later aan in het dossier.' });
  toelichting.addRow({ uitleg: 'Een BSN dat al in Koers staat, wordt overgeslagen: hetzelfde bestand opnieuw importeren voegt niets toe.' });

  const buffer = await werkmap.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
