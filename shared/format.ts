// Dutch display formats. Input dates are ISO "YYYY-MM-DD" strings; never converted through local time.

const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

function delen(iso: string): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Geen geldige datum: ${iso}`);
  return [match[1]!, match[2]!, match[3]!];
}

/** "14 april 2026" */
export function datumLang(iso: string): string {
  const [j, m, d] = delen(iso);
  return `${Number(d)} ${MAANDEN[Number(m) - 1]} ${j}`;
}

/** "14-04-2026" */
export function datumKort(iso: string): string {
  const [j, m, d] = delen(iso);
  return `${d}-${m}-${j}`;
}

/** "€ 1.040,25" */
// Intl formatters are costly to build and were made per call (a werklijst of 50,000 rows made 50,000): kept
// here for the life of the process, one per number of decimals.
const BEDRAG_FORMAAT = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GETAL_FORMATEN = new Map<number, Intl.NumberFormat>();
function getalFormaat(decimalen: number): Intl.NumberFormat {
  let formaat = GETAL_FORMATEN.get(decimalen);
  if (!formaat) {
    formaat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimalen });
    if (GETAL_FORMATEN.size < 32) GETAL_FORMATEN.set(decimalen, formaat);
  }
  return formaat;
}
const TIJDSTIP_FORMAAT = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function bedrag(euro: number): string {
  const tekst = BEDRAG_FORMAAT.format(Math.abs(euro));
  return `€ ${euro < 0 ? '-' : ''}${tekst}`;
}

/** "1.234", "12,5" — a number the Dutch way, at most `decimalen` decimals (rounded). */
export function getal(waarde: number, decimalen = 1): string {
  return getalFormaat(decimalen).format(waarde === 0 ? 0 : waarde);
}

/** "12,5 %" — a percentage (0–100, not a fraction), with the space Dutch style guides use. */
export function procent(waarde: number, decimalen = 1): string {
  return `${getal(waarde, decimalen)} %`;
}

/** "1234.56.782" — the usual grouping for reading a BSN aloud. */
export function bsnWeergave(bsn: string): string {
  return /^\d{9}$/.test(bsn) ? `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}` : bsn;
}

/** "1234 AB" from any spacing or case. */
export function postcodeWeergave(postcode: string): string {
  const schoon = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(schoon) ? `${schoon.slice(0, 4)} ${schoon.slice(4)}` : postcode;
}

export interface Naamdelen {
  voornamen: string;
  tussenvoegsel?: string | null;
  achternaam: string;
}

/** "Đorđe van Petrović" */
export function volledigeNaam(naam: Naamdelen): string {
  return [naam.voornamen, naam.tussenvoegsel, naam.achternaam].filter((deel) => deel && deel.trim()).join(' ');
}

/** "Petrović, Đorđe van" — for sorted lists. */
export function naamAchternaamEerst(naam: Naamdelen): string {
  const voor = [naam.voornamen, naam.tussenvoegsel].filter((deel) => deel && deel.trim()).join(' ');
  return `${naam.achternaam}, ${voor}`;
}

/** "23-11-2026 10:04" — a moment (ISO with time zone) as the clock in the Netherlands showed it. */
export function tijdstipKort(iso: string): string {
  const delen = Object.fromEntries(
    TIJDSTIP_FORMAAT.formatToParts(new Date(iso))
      .map((deel) => [deel.type, deel.value]),
  );
  return `${delen.day}-${delen.month}-${delen.year} ${delen.hour}:${delen.minute}`;
}

/** Days left of a deadline, as the werkvoorraad and its week list say it: "3 dagen te laat", "1 dag te laat", "vandaag", "morgen", "nog 5 dagen". */
export function dagenTekst(dagenOver: number): string {
  if (dagenOver === 0) return 'vandaag';
  if (dagenOver === 1) return 'morgen';
  if (dagenOver < 0) return `${-dagenOver} ${dagenOver === -1 ? 'dag' : 'dagen'} te laat`;
  return `nog ${dagenOver} dagen`;
}
