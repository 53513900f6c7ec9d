import { isValidBsn } from '../../shared/rules/bsn';
import { DUO_DOELGROEPCODES, type Doelgroep, type DuoDoelgroepcode } from '../../shared/rules/doelgroep';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { plusDagen } from '../../shared/rules/datum';

const vroegsteVan = (a: string, b: string): string => (a <= b ? a : b);

// Synthetic, seeded test and demo data. Names are combined from lists, BSNs are generated to pass the
// 11-proef, addresses are in the fictional gemeente Voorbeeldstad: no real person is described.

export function maakRandom(zaad: number): () => number {
  let toestand = zaad >>> 0;
  return () => {
    toestand = (toestand + 0x6d2b79f5) >>> 0;
    let t = toestand;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function kies<T>(random: () => number, lijst: readonly T[]): T {
  return lijst[Math.floor(random() * lijst.length)]!;
}

/** A BSN that passes the 11-proef, starting with 9 so it looks unlike most issued numbers. */
export function synthetischBsn(random: () => number): string {
  for (;;) {
    const kandidaat = `9${Array.from({ length: 8 }, () => Math.floor(random() * 10)).join('')}`;
    if (isValidBsn(kandidaat)) return kandidaat;
  }
}

export const AANTAL_SYNTHETISCHE_NAMEN = 15;

// BRP names in Latin letters, plausible for the nationality. Where the person's language has its own
// script, `oorspronkelijk` is the name in that script; `opDocumenten` ticks the box that prints it on the
// participatieverklaring. Ge'ez (Tigrinya) is stored but not printed: the document font has no Ge'ez.
interface SynthetischPersoon {
  voornamen: string;
  achternaam: string;
  nationaliteit: string;
  taal: string;
  oorspronkelijk?: string;
  opDocumenten?: boolean;
  geslacht: 'man' | 'vrouw';
  /** False where asylum is not a plausible route (Ukraine: tijdelijke bescherming; Brazil, Serbia): only regular permits. */
  asiel: boolean;
}

const PERSONEN: readonly SynthetischPersoon[] = [
  { voornamen: 'Gülşen', achternaam: 'Çelik', nationaliteit: 'Turkse', taal: 'Turks', geslacht: 'vrouw', asiel: true },
  { voornamen: 'Đorđe', achternaam: 'Petrović', nationaliteit: 'Servische', taal: 'Servisch', oorspronkelijk: 'Ђорђе Петровић', geslacht: 'man', asiel: false },
  { voornamen: 'Łucja', achternaam: 'Wiśniewska', nationaliteit: 'Belarussische', taal: 'Pools', geslacht: 'vrouw', asiel: false },
  { voornamen: 'Ahmed', achternaam: 'Ivanov', nationaliteit: 'Russische', taal: 'Russisch', oorspronkelijk: 'Ахмед Иванов', opDocumenten: true, geslacht: 'man', asiel: true },
  { voornamen: 'Mohammad', achternaam: 'Al-Ahmad', nationaliteit: 'Syrische', taal: 'Arabisch', oorspronkelijk: 'محمد الأحمد', opDocumenten: true, geslacht: 'man', asiel: true },
  { voornamen: 'Amanuel', achternaam: 'Tesfay', nationaliteit: 'Eritrese', taal: 'Tigrinya', oorspronkelijk: 'ኣማኑኤል ተስፋይ', geslacht: 'man', asiel: true },
  { voornamen: 'Hamid', achternaam: 'Rahimi', nationaliteit: 'Afghaanse', taal: 'Dari', oorspronkelijk: 'حمید رحیمی', opDocumenten: true, geslacht: 'man', asiel: true },
  { voornamen: 'Samira', achternaam: 'Haddad', nationaliteit: 'Syrische', taal: 'Arabisch', geslacht: 'vrouw', asiel: true },
  { voornamen: 'Yonas', achternaam: 'Gebremedhin', nationaliteit: 'Eritrese', taal: 'Tigrinya', oorspronkelijk: 'ዮናስ ገብረመድህን', geslacht: 'man', asiel: true },
  { voornamen: 'Olena', achternaam: 'Kovalenko', nationaliteit: 'Oekraïense', taal: 'Oekraïens', oorspronkelijk: 'Олена Коваленко', opDocumenten: true, geslacht: 'vrouw', asiel: false },
  { voornamen: 'Fatma', achternaam: 'Yıldız', nationaliteit: 'Turkse', taal: 'Turks', geslacht: 'vrouw', asiel: true },
  { voornamen: 'Abdi', achternaam: 'Warsame', nationaliteit: 'Somalische', taal: 'Somalisch', geslacht: 'man', asiel: true },
  { voornamen: 'Maria José', achternaam: 'dos Santos', nationaliteit: 'Braziliaanse', taal: 'Portugees', geslacht: 'vrouw', asiel: false },
  { voornamen: 'Nour', achternaam: 'Al-Hassan', nationaliteit: 'Jemenitische', taal: 'Arabisch', oorspronkelijk: 'نور الحسن', opDocumenten: true, geslacht: 'vrouw', asiel: true },
  { voornamen: 'Zahra', achternaam: 'Hosseini', nationaliteit: 'Iraanse', taal: 'Farsi', oorspronkelijk: 'زهرا حسینی', geslacht: 'vrouw', asiel: true },
];

// Regular permits only: no asylum code, nor a family member of an asielstatushouder.
const REGULIER = DUO_DOELGROEPCODES.filter((code) => !code.includes('Asiel'));

const STRATEN = ['Lindelaan', 'Kerkstraat', 'Molenweg', 'Beukenhof', 'Stationsplein', 'Dorpsstraat', 'Zonnebloem'] as const;

function doelgroepVan(code: DuoDoelgroepcode): Doelgroep {
  if (code.includes('Asiel')) return 'asielstatushouder';
  if (code.startsWith('Gezins')) return 'gezinsmigrant';
  return 'overige_migrant';
}

/** Form input for one synthetic inburgeraar; `persoon` picks a name from the list, else at random. */
export function synthetischeInburgeraar(random: () => number, vandaag: string, persoon?: number): InburgeraarFormulier {
  const gekozen = persoon === undefined ? kies(random, PERSONEN) : PERSONEN[persoon % PERSONEN.length]!;
  const code = gekozen.asiel && random() < 0.6 ? 'Asielstatushouder' : kies(random, gekozen.asiel ? DUO_DOELGROEPCODES : REGULIER);
  const geboortejaar = 1960 + Math.floor(random() * 48);
  const geboortedatum = `${geboortejaar}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const kennisgeving = plusDagen(vandaag, -Math.floor(random() * 120));
  const asiel = doelgroepVan(code) === 'asielstatushouder';
  return {
    bsn: synthetischBsn(random),
    voornamen: gekozen.voornamen,
    tussenvoegsel: null,
    achternaam: gekozen.achternaam,
    geboortedatum,
    geslacht: gekozen.geslacht,
    nationaliteit: gekozen.nationaliteit,
    taal: gekozen.taal,
    tolkNodig: random() < 0.5,
    straat: kies(random, STRATEN),
    huisnummer: String(1 + Math.floor(random() * 140)),
    postcode: `${9900 + Math.floor(random() * 90)} ${kies(random, ['AB', 'CD', 'EF', 'GH'])}`,
    woonplaats: 'Voorbeeldstad',
    telefoon: `06-${String(10000000 + Math.floor(random() * 89999999))}`,
    email: null,
    doelgroep: doelgroepVan(code),
    doelgroepcode: code,
    vNummer: random() < 0.7 ? String(1000000000 + Math.floor(random() * 8999999999)) : null,
    datumKennisgevingDuo: kennisgeving,
    // Up to 40 days after the kennisgeving, but never after today: a BRP inschrijving is not in the future.
    datumInschrijvingBrp: asiel ? vroegsteVan(plusDagen(kennisgeving, Math.floor(random() * 40)), vandaag) : plusDagen(kennisgeving, -30),
    datumKoppelingCoa: asiel ? plusDagen(kennisgeving, -60) : null,
    naamOorspronkelijkSchrift: gekozen.oorspronkelijk ?? null,
    oorspronkelijkSchriftOpDocumenten: gekozen.opDocumenten ?? false,
    // Statushouders here come via the COA and register in the BRP after the kennisgeving (Besluit 5.3 lid 1).
    huisvestingArt28: asiel,
  };
}
