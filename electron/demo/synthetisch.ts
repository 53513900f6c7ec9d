import { isValidBsn } from '../../shared/rules/bsn';
import { DUO_DOELGROEPCODES, type Doelgroep, type DuoDoelgroepcode } from '../../shared/rules/doelgroep';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { plusDagen } from '../../shared/rules/datum';

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
}

const PERSONEN: readonly SynthetischPersoon[] = [
  { voornamen: 'Gülşen', achternaam: 'Çelik', nationaliteit: 'Turkse', taal: 'Turks' },
  { voornamen: 'Đorđe', achternaam: 'Petrović', nationaliteit: 'Servische', taal: 'Servisch', oorspronkelijk: 'Ђорђе Петровић' },
  { voornamen: 'Łucja', achternaam: 'Wiśniewska', nationaliteit: 'Belarussische', taal: 'Pools' },
  { voornamen: 'Ahmed', achternaam: 'Ivanov', nationaliteit: 'Russische', taal: 'Russisch', oorspronkelijk: 'Ахмед Иванов', opDocumenten: true },
  { voornamen: 'Mohammad', achternaam: 'Al-Ahmad', nationaliteit: 'Syrische', taal: 'Arabisch', oorspronkelijk: 'محمد الأحمد', opDocumenten: true },
  { voornamen: 'Amanuel', achternaam: 'Tesfay', nationaliteit: 'Eritrese', taal: 'Tigrinya', oorspronkelijk: 'ኣማኑኤል ተስፋይ' },
  { voornamen: 'Hamid', achternaam: 'Rahimi', nationaliteit: 'Afghaanse', taal: 'Dari', oorspronkelijk: 'حمید رحیمی', opDocumenten: true },
  { voornamen: 'Samira', achternaam: 'Haddad', nationaliteit: 'Syrische', taal: 'Arabisch' },
  { voornamen: 'Yonas', achternaam: 'Gebremedhin', nationaliteit: 'Eritrese', taal: 'Tigrinya', oorspronkelijk: 'ዮናስ ገብረመድህን' },
  { voornamen: 'Olena', achternaam: 'Kovalenko', nationaliteit: 'Oekraïense', taal: 'Oekraïens', oorspronkelijk: 'Олена Коваленко', opDocumenten: true },
  { voornamen: 'Fatma', achternaam: 'Yıldız', nationaliteit: 'Turkse', taal: 'Turks' },
  { voornamen: 'Abdi', achternaam: 'Warsame', nationaliteit: 'Somalische', taal: 'Somalisch' },
  { voornamen: 'Maria José', achternaam: 'dos Santos', nationaliteit: 'Braziliaanse', taal: 'Portugees' },
  { voornamen: 'Nour', achternaam: 'Al-Hassan', nationaliteit: 'Jemenitische', taal: 'Arabisch', oorspronkelijk: 'نور الحسن', opDocumenten: true },
  { voornamen: 'Zahra', achternaam: 'Hosseini', nationaliteit: 'Iraanse', taal: 'Farsi', oorspronkelijk: 'زهرا حسینی' },
];

const STRATEN = ['Lindelaan', 'Kerkstraat', 'Molenweg', 'Beukenhof', 'Stationsplein', 'Dorpsstraat', 'Zonnebloem'] as const;

function doelgroepVan(code: DuoDoelgroepcode): Doelgroep {
  if (code.includes('Asiel')) return 'asielstatushouder';
  if (code.startsWith('Gezins')) return 'gezinsmigrant';
  return 'overige_migrant';
}

/** Form input for one synthetic inburgeraar; `persoon` picks a name from the list, else at random. */
export function synthetischeInburgeraar(random: () => number, vandaag: string, persoon?: number): InburgeraarFormulier {
  const gekozen = persoon === undefined ? kies(random, PERSONEN) : PERSONEN[persoon % PERSONEN.length]!;
  const code = random() < 0.6 ? 'Asielstatushouder' : kies(random, DUO_DOELGROEPCODES);
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
    geslacht: random() < 0.5 ? 'man' : 'vrouw',
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
    datumInschrijvingBrp: asiel ? plusDagen(kennisgeving, Math.floor(random() * 40)) : plusDagen(kennisgeving, -30),
    datumKoppelingCoa: asiel ? plusDagen(kennisgeving, -60) : null,
    naamOorspronkelijkSchrift: gekozen.oorspronkelijk ?? null,
    oorspronkelijkSchriftOpDocumenten: gekozen.opDocumenten ?? false,
    // Statushouders here come via the COA and register in the BRP after the kennisgeving (Besluit 5.3 lid 1).
    huisvestingArt28: asiel,
  };
}
