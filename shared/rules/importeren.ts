import { inburgeraarInvoer, WI_2021_IN_WERKING, type Geslacht, type InburgeraarFormulier, type InburgeraarInvoer } from '../domain/inburgeraar';
import {
  IMPORT_VELDEN,
  IMPORT_VELD_LABELS,
  VERPLICHTE_VELDEN,
  type Aantallen,
  type Celwaarde,
  type GekozenKoppeling,
  type ImportVeld,
  type KolomKoppeling,
  type RijFout,
  type RuwBestand,
  type VoorbeeldRij,
} from '../domain/importeren';
import { pipInhoud, type Leerroute, type PipInhoud } from '../domain/pip';
import { isValidBsn } from './bsn';
import { isIsoDatum, plusDagen } from './datum';
import { DUO_DOELGROEPCODES, isAsielgroep, type Doelgroep, type DuoDoelgroepcode } from './doelgroep';
import { mapVanToepassing } from './pvt';
import type { Status } from './status';
import { inburgeringstermijnStart } from './termijnen';

// Reading an existing caseload: which column is which field, and what each row means for a dossier.
// Pure: the file is read in electron/import, the rows are written in db/importeren.ts.
// Reasons never repeat a cell's value: the error list may be printed or shown to someone else.

// ---------------------------------------------------------------------------------------------
// Column mapping

/** "Datum kennisgeving DUO", "datum_kennisgeving_duo" and "Datum Kennisgeving (DUO)" are one header. */
export function normaliseerKop(kop: string): string {
  return kop
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Headers regisseurs use for the same thing; a match is a suggestion the user confirms, never silent.
const ALIASSEN: Record<ImportVeld, readonly string[]> = {
  bsn: ['burgerservicenummer', 'bsnnummer', 'sofinummer', 'bsnnr'],
  achternaam: ['geslachtsnaam', 'familienaam', 'naam', 'achternamen'],
  tussenvoegsel: ['tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tv'],
  voornamen: ['voornaam', 'roepnaam', 'voorletters'],
  geboortedatum: ['gebdatum', 'geborenop', 'geboortedag', 'gebdat', 'dob'],
  geslacht: ['mv', 'sekse', 'gender'],
  doelgroep: ['groep', 'categorie', 'soortmigrant'],
  datum_kennisgeving_duo: ['kennisgeving', 'kennisgevingduo', 'datumkennisgeving', 'kennisgevingsdatum', 'startplicht', 'datumplicht', 'startinburgeringsplicht'],
  datum_inschrijving_brp: ['inschrijvingbrp', 'datuminschrijving', 'inschrijfdatum', 'datumbrp', 'vestigingsdatum', 'datumvestiging'],
  straat: ['straatnaam', 'adres'],
  huisnummer: ['huisnr', 'nr', 'nummer', 'huisnummertoevoeging'],
  postcode: ['pc'],
  woonplaats: ['plaats', 'gemeente', 'woonplaatsnaam'],
  dagtekening_pip: ['pipdagtekening', 'datumpip', 'pipdatum', 'pipvastgesteld', 'dagtekening', 'datumvaststellingpip', 'vaststellingpip'],
  leerroute: ['route', 'pipleerroute'],
  datum_ondertekening_pvt: ['ondertekeningpvt', 'pvt', 'pvtondertekend', 'datumpvt', 'participatieverklaring', 'datumparticipatieverklaring', 'pvtafgerond'],
  datum_eindgesprek_map: ['eindgesprekmap', 'map', 'mapeindgesprek', 'datummap', 'eindgesprek', 'mapafgerond'],
  nationaliteit: ['nat', 'nationaliteiten'],
  taal: ['voertaal', 'moedertaal', 'spreektaal', 'thuistaal'],
  duo_doelgroep: ['doelgroepduo', 'doelgroepcode', 'duocode'],
};

function bigrammen(tekst: string): string[] {
  const uit: string[] = [];
  for (let i = 0; i < tekst.length - 1; i += 1) uit.push(tekst.slice(i, i + 2));
  return uit;
}

/** Sørensen–Dice similarity of two normalised headers (0 … 1). */
export function gelijkenis(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const rest = bigrammen(b);
  let gedeeld = 0;
  for (const paar of bigrammen(a)) {
    const plek = rest.indexOf(paar);
    if (plek >= 0) {
      gedeeld += 1;
      rest.splice(plek, 1);
    }
  }
  return (2 * gedeeld) / (a.length - 1 + (b.length - 1));
}

const DREMPEL_VOORSTEL = 0.6;

function voorstelScore(kop: string, veld: ImportVeld): number {
  if (!kop) return 0;
  if (ALIASSEN[veld].includes(kop)) return 0.95;
  const namen = [normaliseerKop(veld), ...ALIASSEN[veld]];
  return Math.max(...namen.map((naam) => gelijkenis(kop, naam)));
}

export interface Koppelresultaat {
  kolommen: KolomKoppeling[];
  /** Required fields no column is mapped to. */
  ontbrekend: ImportVeld[];
  /** Fields the user mapped to more than one column. */
  dubbel: ImportVeld[];
  /** A suggestion to confirm, or a required field without a column: ask the user before checking rows. */
  koppelingNodig: boolean;
}

/**
 * Which column holds which field. Without the user's choice: the template's own headers (or Koers's
 * export labels) first, then what was saved from an earlier import, then suggestions by similarity.
 * `opgeslagen` maps a normalised header to a field, or to null for a column the user chose not to import.
 */
export function koppelKolommen(koppen: readonly string[], opgeslagen: Readonly<Record<string, ImportVeld | null>>, gekozen: GekozenKoppeling | null = null): Koppelresultaat {
  const genormaliseerd = koppen.map(normaliseerKop);
  let kolommen: KolomKoppeling[];
  if (gekozen) {
    const keuze = new Map(gekozen.map((k) => [k.index, k.veld]));
    kolommen = koppen.map((kop, index) => {
      const veld = keuze.get(index) ?? null;
      return { index, kop, veld, bron: veld ? 'gekozen' : 'geen' };
    });
  } else {
    const bezet = new Set<ImportVeld>();
    kolommen = koppen.map((kop, index) => ({ index, kop, veld: null, bron: 'geen' }));
    for (const kolom of kolommen) {
      const veld = IMPORT_VELDEN.find((v) => normaliseerKop(v) === genormaliseerd[kolom.index]);
      if (!veld || bezet.has(veld)) continue;
      Object.assign(kolom, { veld, bron: 'exact' });
      bezet.add(veld);
    }
    for (const kolom of kolommen) {
      const sleutel = genormaliseerd[kolom.index]!;
      if (kolom.bron !== 'geen' || !sleutel || !(sleutel in opgeslagen)) continue;
      const veld = opgeslagen[sleutel] ?? null;
      if (veld && bezet.has(veld)) continue;
      Object.assign(kolom, { veld, bron: 'opgeslagen' });
      if (veld) bezet.add(veld);
    }
    // Greedy by score: each column and each field at most once.
    const kandidaten: { kolom: KolomKoppeling; veld: ImportVeld; score: number }[] = [];
    for (const kolom of kolommen.filter((k) => k.bron === 'geen')) {
      for (const veld of IMPORT_VELDEN) {
        if (bezet.has(veld)) continue;
        const score = voorstelScore(genormaliseerd[kolom.index]!, veld);
        if (score >= DREMPEL_VOORSTEL) kandidaten.push({ kolom, veld, score });
      }
    }
    kandidaten.sort((a, b) => b.score - a.score || a.kolom.index - b.kolom.index);
    for (const { kolom, veld } of kandidaten) {
      if (kolom.bron !== 'geen' || bezet.has(veld)) continue;
      Object.assign(kolom, { veld, bron: 'voorstel' });
      bezet.add(veld);
    }
  }
  const gekoppeld = kolommen.flatMap((k) => (k.veld ? [k.veld] : []));
  const dubbel = [...new Set(gekoppeld.filter((veld, i) => gekoppeld.indexOf(veld) !== i))];
  const ontbrekend = VERPLICHTE_VELDEN.filter((veld) => !gekoppeld.includes(veld));
  return { kolommen, ontbrekend, dubbel, koppelingNodig: ontbrekend.length > 0 || dubbel.length > 0 || kolommen.some((k) => k.bron === 'voorstel') };
}

/**
 * What to remember after an import with the user's own mapping: every header that is not a field's own
 * name, with the field it was mapped to (null: "niet importeren"). Next time it is mapped the same way.
 */
export function teOnthoudenKoppeling(kolommen: readonly KolomKoppeling[]): { kop: string; veld: ImportVeld | null }[] {
  return kolommen
    .map((k) => ({ kop: normaliseerKop(k.kop), veld: k.veld }))
    .filter((k) => k.kop !== '' && !IMPORT_VELDEN.some((v) => normaliseerKop(v) === k.kop));
}

// ---------------------------------------------------------------------------------------------
// Cell values

type Uitkomst<T> = { waarde: T; melding?: string } | { fout: string };

const FORMULE = 'De cel bevat een formule. Koers leest alleen waarden: kopieer de kolom en plak als waarden (Plakken speciaal → Waarden).';
const FOUTWAARDE = 'De cel bevat een foutwaarde van Excel (zoals #N/B of #WAARDE!).';

/** The cell as text, trimmed; null when empty. */
export function celTekst(cel: Celwaarde): Uitkomst<string | null> {
  switch (cel.soort) {
    case 'leeg':
      return { waarde: null };
    case 'tekst': {
      const tekst = cel.tekst.replace(/\s+/g, ' ').trim();
      return { waarde: tekst === '' ? null : tekst };
    }
    case 'getal':
      return { waarde: Number.isInteger(cel.getal) ? String(cel.getal) : String(cel.getal).replace('.', ',') };
    case 'datum':
      return { fout: 'Excel heeft deze cel als datum opgeslagen; hier hoort tekst. Zet de cel op Tekst en typ de waarde opnieuw.' };
    case 'formule':
      return { fout: FORMULE };
    case 'foutwaarde':
      return { fout: FOUTWAARDE };
  }
}

// Excel counts days from 1900-01-00 and believes 1900 was a leap year (serial 60 = "29 February 1900").
function excelSerieNaarDatum(serie: number): string | null {
  if (!Number.isInteger(serie) || serie < 1 || serie > 2_958_465 || serie === 60) return null;
  return plusDagen(serie < 60 ? '1899-12-31' : '1899-12-30', serie);
}

const DATUM_VORM = 'Schrijf de datum als dd-mm-jjjj of jjjj-mm-dd.';

/** A date as dd-mm-jjjj or jjjj-mm-dd (also with / or .), an Excel date cell or an Excel day number. */
export function celDatum(cel: Celwaarde): Uitkomst<string | null> {
  if (cel.soort === 'datum') return { waarde: cel.datum };
  if (cel.soort === 'getal') {
    const datum = excelSerieNaarDatum(cel.getal);
    return datum ? { waarde: datum } : { fout: DATUM_VORM };
  }
  const tekst = celTekst(cel);
  if ('fout' in tekst || tekst.waarde === null) return tekst;
  const zonderTijd = tekst.waarde.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '');
  let delen: [string, string, string] | null = null;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(zonderTijd);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(zonderTijd);
  if (iso) delen = [iso[1]!, iso[2]!, iso[3]!];
  else if (nl) delen = [nl[3]!, nl[2]!, nl[1]!];
  else if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(zonderTijd)) return { fout: 'Schrijf het jaar met vier cijfers (dd-mm-jjjj).' };
  if (!delen) return { fout: DATUM_VORM };
  const datum = `${delen[0]}-${delen[1].padStart(2, '0')}-${delen[2].padStart(2, '0')}`;
  return isIsoDatum(datum) ? { waarde: datum } : { fout: 'Deze datum bestaat niet (zoals 31 februari of maand 13).' };
}

/**
 * Besluit BSN: nine digits passing the 11-proef. Excel stores a BSN typed as a number and drops its
 * leading zero; eight digits that pass the 11-proef with a zero in front get it back.
 */
export function celBsn(cel: Celwaarde): Uitkomst<string> {
  const tekst = celTekst(cel);
  if ('fout' in tekst) return tekst;
  if (tekst.waarde === null) return { fout: 'Het BSN ontbreekt.' };
  const cijfers = tekst.waarde.replace(/[\s.-]/g, '');
  if (/^\d+(,\d+)?E\+?\d+$/i.test(cijfers)) {
    return { fout: 'Excel heeft het BSN als wetenschappelijk getal opgeslagen (zoals 1,23E+08); daarbij zijn cijfers verloren. Zet de kolom op Tekst, zet het BSN terug en sla het bestand opnieuw op.' };
  }
  if (!/^\d+$/.test(cijfers)) return { fout: 'Een BSN bestaat alleen uit cijfers.' };
  if (cijfers.length === 8 && isValidBsn(`0${cijfers}`)) {
    return { waarde: `0${cijfers}`, melding: 'De voorloopnul van het BSN is hersteld (Excel had het BSN als getal opgeslagen).' };
  }
  if (cijfers.length === 8) return { fout: 'Een BSN heeft 9 cijfers; dit BSN heeft er 8, en ook met een voorloopnul klopt de 11-proef niet.' };
  if (cijfers.length !== 9) return { fout: `Een BSN heeft 9 cijfers; dit BSN heeft er ${cijfers.length}.` };
  return isValidBsn(cijfers) ? { waarde: cijfers } : { fout: 'Dit BSN klopt niet: het voldoet niet aan de 11-proef. Controleer de cijfers.' };
}

function uitLijst<T>(tekst: string, lijst: Record<string, T>): T | undefined {
  return lijst[normaliseerKop(tekst)];
}

const GESLACHTEN: Record<string, Geslacht> = { m: 'man', man: 'man', mannelijk: 'man', v: 'vrouw', vrouw: 'vrouw', vrouwelijk: 'vrouw', x: 'onbekend', onbekend: 'onbekend', o: 'onbekend' };
/** The template's codes, and the full words Koers's own export writes. */
export const DOELGROEP_CODES: Record<string, Doelgroep> = {
  asiel: 'asielstatushouder', asielstatushouder: 'asielstatushouder', statushouder: 'asielstatushouder',
  gezin: 'gezinsmigrant', gezinsmigrant: 'gezinsmigrant', gezinsmigranten: 'gezinsmigrant',
  overig: 'overige_migrant', overige: 'overige_migrant', overigemigrant: 'overige_migrant', overigemigranten: 'overige_migrant',
};
export const LEERROUTE_CODES: Record<string, Leerroute> = { b1: 'b1', b1route: 'b1', onderwijs: 'onderwijs', onderwijsroute: 'onderwijs', z: 'z', zroute: 'z' };
const DUO_CODES: Record<string, DuoDoelgroepcode> = Object.fromEntries(DUO_DOELGROEPCODES.map((code) => [normaliseerKop(code), code]));

/**
 * The DUO code a template row gets: the doelgroep's main code. "Overig" rather than "Geestelijk
 * bedienaar" (the rarer code listed first): the regisseur corrects the exceptions in the dossier.
 */
export const STANDAARD_DOELGROEPCODE: Record<Doelgroep, DuoDoelgroepcode> = {
  asielstatushouder: 'Asielstatushouder',
  gezinsmigrant: 'Gezinshereniger',
  overige_migrant: 'Overig',
};

/** What the template lacks but a dossier needs; the regisseur fills it in later. */
export const ONBEKEND = 'Onbekend';

// ---------------------------------------------------------------------------------------------
// Rows

/** What one valid row becomes: a dossier, and possibly a historical PIP and the PVT and MAP facts. */
export interface ImportDossier {
  rij: number;
  invoer: InburgeraarInvoer;
  pip: { dagtekening: string; leerroute: Leerroute } | null;
  pvtOndertekend: string | null;
  mapEindgesprek: string | null;
}

export interface GecontroleerdeRij {
  rij: number;
  naam: string;
  bsn: string | null;
  fouten: RijFout[];
  meldingen: string[];
  dossier: ImportDossier | null;
}

// The dossier field behind a zod issue → the column it came from.
const VELD_VAN_INVOER: Partial<Record<keyof InburgeraarFormulier, ImportVeld>> = {
  bsn: 'bsn', voornamen: 'voornamen', tussenvoegsel: 'tussenvoegsel', achternaam: 'achternaam', geboortedatum: 'geboortedatum', geslacht: 'geslacht',
  nationaliteit: 'nationaliteit', taal: 'taal', straat: 'straat', huisnummer: 'huisnummer', postcode: 'postcode', woonplaats: 'woonplaats',
  doelgroep: 'doelgroep', doelgroepcode: 'duo_doelgroep', datumKennisgevingDuo: 'datum_kennisgeving_duo', datumInschrijvingBrp: 'datum_inschrijving_brp',
};

function isLeeg(cel: Celwaarde): boolean {
  return cel.soort === 'leeg' || (cel.soort === 'tekst' && cel.tekst.trim() === '');
}

/** Checks one row; `kolomNaam` names a field's column as the user knows it (their header). */
export function controleerRij(
  rij: number,
  cel: (veld: ImportVeld) => Celwaarde,
  kolomNaam: (veld: ImportVeld) => string,
  vandaag: string,
): GecontroleerdeRij {
  const fouten: RijFout[] = [];
  const meldingen: string[] = [];
  const fout = (veld: ImportVeld, reden: string) => {
    if (!fouten.some((f) => f.kolom === kolomNaam(veld))) fouten.push({ kolom: kolomNaam(veld), reden });
  };
  function lees<T>(veld: ImportVeld, uitkomst: Uitkomst<T>): T | undefined {
    if ('fout' in uitkomst) {
      fout(veld, uitkomst.fout);
      return undefined;
    }
    if (uitkomst.melding) meldingen.push(uitkomst.melding);
    return uitkomst.waarde;
  }
  const tekst = (veld: ImportVeld) => lees(veld, celTekst(cel(veld)));
  const datum = (veld: ImportVeld, label: string | null) => {
    const waarde = lees(veld, celDatum(cel(veld)));
    if (waarde && label && waarde > vandaag) {
      fout(veld, `${label} ligt in de toekomst.`);
      return undefined;
    }
    return waarde;
  };
  const keuze = <T,>(veld: ImportVeld, lijst: Record<string, T>, reden: string): T | null | undefined => {
    const waarde = tekst(veld);
    if (waarde === undefined || waarde === null) return waarde;
    const gekozen = uitLijst(waarde, lijst);
    if (gekozen === undefined) fout(veld, reden);
    return gekozen;
  };

  const bsn = lees('bsn', celBsn(cel('bsn')));
  const voornamen = tekst('voornamen');
  const tussenvoegsel = tekst('tussenvoegsel');
  const achternaam = tekst('achternaam');
  const geboortedatum = datum('geboortedatum', 'De geboortedatum');
  const geslacht = keuze('geslacht', GESLACHTEN, 'Vul bij geslacht M, V of X in.');
  const doelgroep = keuze('doelgroep', DOELGROEP_CODES, 'Onbekende doelgroep: vul asiel, gezin of overig in.');
  const duoCode = keuze('duo_doelgroep', DUO_CODES, `Onbekende DUO-doelgroep: kies uit ${DUO_DOELGROEPCODES.join(', ')}.`);
  const kennisgeving = datum('datum_kennisgeving_duo', 'De datum van de kennisgeving');
  // A statushouder's BRP inschrijving may be known before it happens (housing via the COA is planned).
  const inschrijving = datum('datum_inschrijving_brp', null);
  const dagtekening = datum('dagtekening_pip', 'De dagtekening van het PIP');
  const leerroute = keuze('leerroute', LEERROUTE_CODES, 'Onbekende leerroute: vul B1, onderwijs of Z in (of laat de cel leeg als er nog geen PIP is).');
  const pvt = datum('datum_ondertekening_pvt', 'De datum van ondertekening van de participatieverklaring');
  const map = datum('datum_eindgesprek_map', 'De datum van het eindgesprek MAP');

  if (geslacht === null) fout('geslacht', 'Vul bij geslacht M, V of X in.');
  if (doelgroep === null) fout('doelgroep', 'De doelgroep ontbreekt: vul asiel, gezin of overig in.');
  if (geboortedatum === null) fout('geboortedatum', 'De geboortedatum ontbreekt.');
  // Wi 2021 art. 3; its plicht started on 1 January 2022 at the earliest (Wi 3 lid 3: no retroactivity).
  if (kennisgeving && kennisgeving < WI_2021_IN_WERKING) {
    fout('datum_kennisgeving_duo', 'De kennisgeving ligt vóór 1 januari 2022: dan geldt de Wet inburgering 2013 en hoort het dossier niet in Koers.');
  }
  // Wi 15: a PIP has a dagtekening and a leerroute; either alone is not a PIP.
  if (dagtekening && leerroute === null) fout('leerroute', 'Er is een dagtekening van het PIP maar geen leerroute: vul B1, onderwijs of Z in.');
  if (leerroute && dagtekening === null) fout('dagtekening_pip', 'Er is een leerroute maar geen dagtekening van het PIP: vul de dagtekening in.');
  if (dagtekening && dagtekening < WI_2021_IN_WERKING) fout('dagtekening_pip', 'Een PIP onder de Wet inburgering 2021 kan niet vóór 1 januari 2022 zijn vastgesteld.');
  // DUO validates that the dagtekening does not precede the start of the plicht (DOMAIN.md §3).
  if (dagtekening && kennisgeving && dagtekening < kennisgeving) fout('dagtekening_pip', 'De dagtekening van het PIP ligt vóór de kennisgeving van DUO.');
  // Wi 8 lid 3: no MAP in the onderwijsroute.
  if (map && leerroute && !mapVanToepassing(leerroute)) fout('datum_eindgesprek_map', 'De onderwijsroute heeft geen MAP (art. 8 lid 3 Wi 2021): laat het eindgesprek MAP leeg of kies een andere leerroute.');

  const doelgroepcode = duoCode ?? (doelgroep ? STANDAARD_DOELGROEPCODE[doelgroep] : undefined);
  const formulier: Record<string, unknown> = {
    bsn: bsn ?? '',
    voornamen: voornamen ?? '',
    tussenvoegsel: tussenvoegsel ?? null,
    achternaam: achternaam ?? '',
    naamOorspronkelijkSchrift: null,
    oorspronkelijkSchriftOpDocumenten: false,
    geboortedatum: geboortedatum ?? '',
    geslacht: geslacht ?? '',
    nationaliteit: tekst('nationaliteit') ?? ONBEKEND,
    taal: tekst('taal') ?? ONBEKEND,
    tolkNodig: false,
    straat: tekst('straat') ?? '',
    huisnummer: tekst('huisnummer') ?? '',
    postcode: tekst('postcode') ?? '',
    woonplaats: tekst('woonplaats') ?? '',
    telefoon: null,
    email: null,
    doelgroep: doelgroep ?? '',
    doelgroepcode: doelgroepcode ?? '',
    vNummer: null,
    datumKennisgevingDuo: kennisgeving ?? null,
    datumInschrijvingBrp: inschrijving ?? null,
    datumKoppelingCoa: null,
    // Besluit 5.3 lid 1: an asielstatushouder registered in the BRP after DUO's kennisgeving came via the
    // COA (art. 28 Huisvestingswet 2014); the later BRP date then starts the PIP deadline.
    huisvestingArt28: !!doelgroep && isAsielgroep(doelgroep) && !!kennisgeving && !!inschrijving && inschrijving > kennisgeving,
    verhuisdVanGemeente: null,
    termijnStartEerder: null,
    leerrouteEerder: null,
    niveausEerder: null,
  };
  const gecontroleerd = inburgeraarInvoer.safeParse(formulier);
  if (!gecontroleerd.success) {
    for (const issue of gecontroleerd.error.issues) {
      const veld = VELD_VAN_INVOER[issue.path[0] as keyof InburgeraarFormulier];
      // Without a valid doelgroep there is no DUO code to judge: the doelgroep's own error says it.
      if (veld === 'duo_doelgroep' && doelgroepcode === undefined) continue;
      if (veld) fout(veld, issue.message);
      else fouten.push({ kolom: '(dossier)', reden: issue.message });
    }
  }

  const naam = [voornamen, tussenvoegsel, achternaam].filter(Boolean).join(' ');
  const dossier: ImportDossier | null =
    fouten.length === 0 && gecontroleerd.success
      ? {
          rij,
          invoer: gecontroleerd.data,
          pip: dagtekening && leerroute ? { dagtekening, leerroute } : null,
          pvtOndertekend: pvt ?? null,
          mapEindgesprek: map ?? null,
        }
      : null;
  return { rij, naam, bsn: bsn ?? null, fouten, meldingen, dossier };
}

/** Checks every non-empty row; a BSN that appears twice is an error on the later row. */
export function controleerRijen(bestand: RuwBestand, kolommen: readonly KolomKoppeling[], vandaag: string): GecontroleerdeRij[] {
  const kolomVan = new Map<ImportVeld, KolomKoppeling>();
  for (const kolom of kolommen) if (kolom.veld && !kolomVan.has(kolom.veld)) kolomVan.set(kolom.veld, kolom);
  const kolomNaam = (veld: ImportVeld) => kolomVan.get(veld)?.kop || veld;
  const uit: GecontroleerdeRij[] = [];
  const eerste = new Map<string, number>();
  for (const { rij, cellen } of bestand.rijen) {
    if (cellen.every(isLeeg)) continue;
    const cel = (veld: ImportVeld): Celwaarde => {
      const kolom = kolomVan.get(veld);
      return (kolom && cellen[kolom.index]) || { soort: 'leeg' };
    };
    const gecontroleerd = controleerRij(rij, cel, kolomNaam, vandaag);
    if (gecontroleerd.bsn) {
      const eerder = eerste.get(gecontroleerd.bsn);
      if (eerder !== undefined) {
        gecontroleerd.fouten.unshift({ kolom: kolomNaam('bsn'), reden: `Dit BSN staat ook in rij ${eerder}.` });
        gecontroleerd.dossier = null;
      } else eerste.set(gecontroleerd.bsn, rij);
    }
    uit.push(gecontroleerd);
  }
  return uit;
}

/** The preview: per row new, already present (same BSN) or wrong; and the dossiers that would be made. */
export function maakVoorbeeld(rijen: readonly GecontroleerdeRij[], bestaand: ReadonlySet<string>): { rijen: VoorbeeldRij[]; aantallen: Aantallen; nieuw: ImportDossier[] } {
  const nieuw: ImportDossier[] = [];
  const voorbeeld = rijen.map((r): VoorbeeldRij => {
    const uitkomst = r.fouten.length > 0 || !r.dossier ? 'fout' : bestaand.has(r.dossier.invoer.bsn) ? 'aanwezig' : 'nieuw';
    if (uitkomst === 'nieuw') nieuw.push(r.dossier!);
    return { rij: r.rij, uitkomst, naam: r.naam, metPip: !!r.dossier?.pip, fouten: r.fouten, meldingen: r.meldingen };
  });
  const tel = (u: VoorbeeldRij['uitkomst']) => voorbeeld.filter((r) => r.uitkomst === u).length;
  return {
    rijen: voorbeeld,
    aantallen: { totaal: voorbeeld.length, nieuw: tel('nieuw'), aanwezig: tel('aanwezig'), fout: tel('fout'), metPip: nieuw.filter((d) => d.pip).length },
    nieuw,
  };
}

/** "Rij 5, kolom geboortedatum: De datum bestaat niet …" — one line per error, for the CLI and a refusal. */
export function foutregels(rijen: readonly VoorbeeldRij[]): string[] {
  return rijen.flatMap((r) => r.fouten.map((f) => `Rij ${r.rij}, kolom ${f.kolom}: ${f.reden}`));
}

/** A required field without a column, in words. */
export function ontbrekendeKolommenTekst(ontbrekend: readonly ImportVeld[]): string {
  const namen = ontbrekend.map((v) => `"${v}"`);
  return ontbrekend.length === 1 ? `De kolom ${namen[0]} ontbreekt.` : `De kolommen ${namen.join(', ')} ontbreken.`;
}

export function importVeldLabel(veld: ImportVeld): string {
  return IMPORT_VELD_LABELS[veld];
}

// ---------------------------------------------------------------------------------------------
// Historical facts

/**
 * A PIP from the earlier system: vastgesteld with its own dagtekening; the inburgeringstermijn starts the
 * day after (Wi 11 lid 2). No letter is made. The level follows the route: B1 for the B1-route and the
 * onderwijsroute (Wi 15 lid 1 onder a), none for the Z-route (DUO: B1 not with the Z-route).
 */
export function geimporteerdePip(pip: { dagtekening: string; leerroute: Leerroute }): { inhoud: PipInhoud; termijnStart: string } {
  return {
    inhoud: pipInhoud.parse({ leerroute: pip.leerroute, niveau: pip.leerroute === 'z' ? null : 'B1' }),
    termijnStart: inburgeringstermijnStart(pip.dagtekening),
  };
}

/**
 * The dossier status an imported row starts in: without a PIP "aangemeld" (the PIP deadline runs); with a
 * PIP "PIP vastgesteld"; with a PIP and a signed participatieverklaring or a held MAP eindgesprek the
 * traject has visibly begun: "in traject".
 */
export function statusNaImport(dossier: Pick<ImportDossier, 'pip' | 'pvtOndertekend' | 'mapEindgesprek'>): Status {
  if (!dossier.pip) return 'aangemeld';
  return dossier.pvtOndertekend || dossier.mapEindgesprek ? 'in_traject' : 'pip_vastgesteld';
}
