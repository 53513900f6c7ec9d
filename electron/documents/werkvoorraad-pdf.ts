import { SECTIE_LABELS, type Sectie } from '../../shared/domain/signaal';
import { dagenTekst, datumKort, datumLang } from '../../shared/format';
import { veiligeBestandsnaam } from './bestandsnaam';
import { A4, Document, GRIJS, MARGE, MM, type Stijl } from './opmaak';

// The week list the regisseur prints on Monday: what is late and what falls due in the coming days,
// per person. It leaves the vault on paper, so it carries no BSN; the birth date tells two equal names apart.

export interface WeeklijstRij {
  naam: string;
  geboortedatum: string;
  wat: string;
  /** Due date (ISO). */
  datum: string;
  /** Days from today to the due date; negative when overdue. */
  dagenOver: number;
  sectie: Sectie;
  artikel: string;
}

export interface Weeklijst {
  gemeentenaam: string;
  /** The day it is printed (ISO). */
  vandaag: string;
  /** The last day the list covers (ISO), printed in the introduction. */
  totEnMet: string;
  rijen: readonly WeeklijstRij[];
}

/** The sections the week list prints, in this order. */
export const WEEKLIJST_SECTIES = ['te_laat', 'deze_week'] as const satisfies readonly Sectie[];

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function weeknummer(iso: string): number {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dag = new Date(Date.UTC(j, m - 1, d));
  dag.setUTCDate(dag.getUTCDate() + 4 - (dag.getUTCDay() || 7)); // the Thursday of this week decides the year
  const nieuwjaar = Date.UTC(dag.getUTCFullYear(), 0, 1);
  return Math.ceil(((dag.getTime() - nieuwjaar) / 86_400_000 + 1) / 7);
}

/** `Werkvoorraad 23-11-2026.pdf` / `.xlsx`. */
export function werkvoorraadBestandsnaam(vandaag: string, extensie: 'pdf' | 'xlsx'): string {
  return veiligeBestandsnaam(`Werkvoorraad ${datumKort(vandaag)}.${extensie}`);
}

const CEL: Stijl = { grootte: 8 };
const KOP: Stijl = { grootte: 8, vet: true };
const BINNENMARGE = 1.5 * MM;

const KOLOMMEN: { kop: string; breedte: number; waarde: (rij: WeeklijstRij) => string }[] = [
  { kop: 'Naam', breedte: 32 * MM, waarde: (r) => r.naam },
  { kop: 'Geboortedatum', breedte: 27 * MM, waarde: (r) => datumKort(r.geboortedatum) },
  { kop: 'Wat', breedte: 33 * MM, waarde: (r) => r.wat },
  { kop: 'Datum', breedte: 18 * MM, waarde: (r) => datumKort(r.datum) },
  { kop: 'Dagen', breedte: 25 * MM, waarde: (r) => dagenTekst(r.dagenOver) },
  { kop: 'Artikel', breedte: 30 * MM, waarde: (r) => r.artikel },
];

function celRegels(document: Document, teksten: string[], stijl: Stijl): string[][] {
  return teksten.map((tekst, i) => document.regels(tekst, stijl, KOLOMMEN[i]!.breedte - BINNENMARGE));
}

/** One row of cells, each wrapped in its own column; the cursor moves below it. */
function tekenRij(document: Document, cellen: string[][], stijl: Stijl, lijndikte: number): void {
  const regelhoogte = document.regelhoogte(stijl);
  const hoogte = Math.max(...cellen.map((c) => c.length)) * regelhoogte + 1.5 * MM;
  let x = MARGE.links;
  cellen.forEach((regels, i) => {
    regels.forEach((regel, r) => document.regel(regel, x, document.y - (r + 1) * regelhoogte + 2, stijl));
    x += KOLOMMEN[i]!.breedte;
  });
  document.y -= hoogte;
  document.lijn(MARGE.links, document.y, A4.breedte - MARGE.rechts, lijndikte);
}

function rijHoogte(document: Document, cellen: string[][], stijl: Stijl): number {
  return Math.max(...cellen.map((c) => c.length)) * document.regelhoogte(stijl) + 1.5 * MM;
}

function tabelkop(document: Document): void {
  tekenRij(document, celRegels(document, KOLOMMEN.map((k) => k.kop), KOP), KOP, 0.8);
}

function sectiekop(document: Document, tekst: string): void {
  document.y -= 3 * MM;
  document.tekst(tekst, { grootte: 11.5, vet: true, na: 1 * MM });
}

/** The week list as PDF bytes: title with week number and gemeente, te laat and deze week, page numbers. */
export async function maakWerkvoorraadPdf(resourcesPad: string, lijst: Weeklijst, nu = new Date()): Promise<Uint8Array> {
  const titel = `Werkvoorraad week ${weeknummer(lijst.vandaag)} — ${lijst.gemeentenaam || 'gemeente'}`;
  const document = await Document.nieuw(
    resourcesPad,
    { titel, onderwerp: 'Weeklijst van de werkvoorraad inburgering (zonder BSN)', auteur: lijst.gemeentenaam ? `Gemeente ${lijst.gemeentenaam}` : 'Koers' },
    nu,
  );
  document.tekst(titel, { grootte: 15, vet: true, na: 1 * MM });
  document.tekst(`Afgedrukt op ${datumLang(lijst.vandaag)}. Wat te laat is en wat uiterlijk ${datumLang(lijst.totEnMet)} moet gebeuren.`, {
    grootte: 9,
    kleur: GRIJS,
    na: 1 * MM,
  });
  document.tekst('Vertrouwelijk: deze lijst bevat persoonsgegevens. Bewaar hem niet langer dan nodig en vernietig hem daarna.', {
    grootte: 8,
    kleur: GRIJS,
    na: 2 * MM,
  });

  for (const sectie of WEEKLIJST_SECTIES) {
    const rijen = lijst.rijen.filter((r) => r.sectie === sectie);
    const label = SECTIE_LABELS[sectie];
    // A section heading never stands alone at the foot of a page: keep it with the header and first row.
    const eerste = rijen[0] ? rijHoogte(document, celRegels(document, KOLOMMEN.map((k) => k.waarde(rijen[0]!)), CEL), CEL) : 0;
    document.ruimte(3 * MM + document.regelhoogte({ grootte: 11.5 }) + 2 * document.regelhoogte(KOP) + eerste + 2 * MM);
    sectiekop(document, `${label} (${rijen.length})`);
    if (rijen.length === 0) {
      document.tekst(sectie === 'te_laat' ? 'Niets is te laat.' : 'Deze week verloopt geen termijn.', { grootte: 9, kleur: GRIJS });
      continue;
    }
    tabelkop(document);
    for (const rij of rijen) {
      const cellen = celRegels(document, KOLOMMEN.map((k) => k.waarde(rij)), CEL);
      if (document.y - rijHoogte(document, cellen, CEL) < MARGE.onder + 12) {
        document.nieuwePagina();
        sectiekop(document, `${label} (vervolg)`);
        tabelkop(document);
      }
      tekenRij(document, cellen, CEL, 0.3);
    }
  }
  return document.bytes(titel);
}
