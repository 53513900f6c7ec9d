import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { Instellingen } from '../../shared/domain/instellingen';
import { tekenBriefhoofd } from './briefhoofd';
import { A4, Document, GRIJS, MARGE, MM, Stroom } from './opmaak';

// Draws a Brief on A4: briefhoofd, address in the window of a standard window envelope (left window,
// NEN 1026 position), referentieregel, onderwerp, body, a signature block with room for wet ink that is
// never split over two pages and never on a page without text of the decision, bijlagen on their own
// pages, and "Pagina x van y". Page breaks follow widow/orphan rules (see `Stroom` in opmaak.ts).

const TEKST = { grootte: 10 } as const;
const VENSTER = { links: 22 * MM, boven: 50 * MM, breedte: 85 * MM } as const;

function adresInVenster(document: Document, regels: string[]): void {
  let y = A4.hoogte - VENSTER.boven - 11;
  for (const regel of regels) {
    document.regel(regel, VENSTER.links, y, { grootte: 10.5 });
    y -= 14;
  }
}

function referentieregel(document: Document, velden: Brief['referentie']): void {
  const y = A4.hoogte - 100 * MM;
  const breedte = document.tekstbreedte / Math.max(velden.length, 1);
  velden.forEach((veld, index) => {
    const x = MARGE.links + index * breedte;
    document.pagina.drawText(veld.label, { x, y, size: 7.5, font: document.gewoon, color: GRIJS });
    document.regel(veld.waarde, x, y - 12, { grootte: 9.5 });
  });
  document.y = y - 14 * MM;
}

function sectie(stroom: Stroom, s: BriefSectie): void {
  if (s.kop) stroom.kop(s.kop, { grootte: 10.5, vet: true, na: 1 * MM });
  for (const alinea of s.alineas) stroom.alinea(alinea, { ...TEKST, na: 2.5 * MM });
  // Each item as a bold label over its value, kept together on one page: long legal labels
  // ("Participatieverklaringstraject (art. 15 lid 1 onder c)") never squeeze into a narrow column.
  const inspringing = 5 * MM;
  s.lijst.forEach(({ label, waarde }, index) => {
    // The last row never stands alone at the top of a page: the row before it comes along.
    if (index > 0 && index === s.lijst.length - 1) stroom.houdBijVorige(3);
    stroom.heel(() => {
      stroom.alinea(label, { ...TEKST, vet: true });
      stroom.alinea(waarde, { ...TEKST, na: 2 * MM }, MARGE.links + inspringing, stroom.tekstbreedte - inspringing);
    });
  });
  if (s.lijst.length > 0) stroom.wit(1 * MM);
}

/**
 * Lines of the body that move to a new page with the signature block when it does not fit: a jurist does
 * not sign a page that carries none of the decision. With widow control this is at least the last two
 * lines of the last paragraph, and usually the whole paragraph.
 */
const TEKST_BIJ_HANDTEKENING = 4;

function ondertekening(stroom: Stroom, brief: Brief): void {
  const { namens, naam, functie, mandaat } = brief.ondertekening;
  stroom.houdBijVorige(TEKST_BIJ_HANDTEKENING);
  stroom.heel(() => {
    stroom.wit(2 * MM);
    stroom.alinea(brief.slot, TEKST);
    for (const regel of namens) stroom.alinea(regel, TEKST);
    stroom.wit(22 * MM); // room for the wet-ink signature
    stroom.alinea(naam, TEKST);
    stroom.alinea(functie, TEKST);
    if (mandaat) stroom.alinea(mandaat, { grootte: 8, kleur: GRIJS });
  });
}

export async function maakBriefPdf(resourcesPad: string, brief: Brief, instellingen: Instellingen, voettekst: string): Promise<Uint8Array> {
  const document = await Document.nieuw(resourcesPad, {
    titel: brief.titel,
    onderwerp: brief.onderwerp,
    auteur: `Gemeente ${instellingen.gemeentenaam}`,
  });
  await tekenBriefhoofd(document, instellingen, { metPostadres: true });
  adresInVenster(document, brief.geadresseerde);
  referentieregel(document, brief.referentie);
  document.tekst(`Onderwerp: ${brief.onderwerp}`, { grootte: 10.5, vet: true, na: 6 * MM });
  // The body and the signature block are laid out as one flow, so the page breaks can look ahead.
  const brieftekst = new Stroom(document);
  brieftekst.alinea(brief.aanhef, { ...TEKST, na: 3 * MM });
  for (const s of brief.secties) sectie(brieftekst, s);
  ondertekening(brieftekst, brief);
  document.zet(brieftekst);
  for (const bijlage of brief.bijlagen) {
    document.nieuwePagina();
    const bijlagetekst = new Stroom(document);
    bijlagetekst.kop(bijlage.titel, { grootte: 13, vet: true, na: 5 * MM });
    for (const s of bijlage.secties) sectie(bijlagetekst, s);
    document.zet(bijlagetekst);
  }
  return document.bytes(voettekst);
}
