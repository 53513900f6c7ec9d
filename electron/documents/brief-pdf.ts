import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { Instellingen } from '../../shared/domain/instellingen';
import { tekenBriefhoofd } from './briefhoofd';
import { A4, Document, GRIJS, MARGE, MM } from './opmaak';

// Draws a Brief on A4: briefhoofd, address in the window of a standard window envelope (left window,
// NEN 1026 position), referentieregel, onderwerp, body, a signature block with room for wet ink that is
// never split over two pages, bijlagen on their own pages, and "Pagina x van y".

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

function sectie(document: Document, s: BriefSectie): void {
  if (s.kop) {
    document.ruimte(document.regelhoogte({ grootte: 10.5 }) * 3);
    document.tekst(s.kop, { grootte: 10.5, vet: true, na: 1 * MM });
  }
  for (const alinea of s.alineas) document.tekst(alinea, { ...TEKST, na: 2.5 * MM });
  // Each item as a bold label over its value, kept together on one page: long legal labels
  // ("Participatieverklaringstraject (art. 15 lid 1 onder c)") never squeeze into a narrow column.
  for (const { label, waarde } of s.lijst) {
    const inspringing = 5 * MM;
    const hoogte = (document.regels(label, { ...TEKST, vet: true }).length + document.regels(waarde, TEKST, document.tekstbreedte - inspringing).length) * document.regelhoogte(TEKST);
    document.ruimte(hoogte);
    document.tekst(label, { ...TEKST, vet: true });
    document.tekst(waarde, { ...TEKST, na: 2 * MM }, MARGE.links + inspringing, document.tekstbreedte - inspringing);
  }
  if (s.lijst.length > 0) document.y -= 1 * MM;
}

function ondertekening(document: Document, brief: Brief): void {
  const { namens, naam, functie, mandaat } = brief.ondertekening;
  const regelhoogte = document.regelhoogte(TEKST);
  const handtekening = 22 * MM;
  document.ruimte(regelhoogte * (2 + namens.length + 3) + handtekening);
  document.y -= 2 * MM;
  document.tekst(brief.slot, TEKST);
  for (const regel of namens) document.tekst(regel, TEKST);
  document.y -= handtekening; // room for the wet-ink signature
  document.tekst(naam, TEKST);
  document.tekst(functie, TEKST);
  if (mandaat) document.tekst(mandaat, { grootte: 8, kleur: GRIJS });
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
  document.tekst(brief.aanhef, { ...TEKST, na: 3 * MM });
  for (const s of brief.secties) sectie(document, s);
  ondertekening(document, brief);
  for (const bijlage of brief.bijlagen) {
    document.nieuwePagina();
    document.tekst(bijlage.titel, { grootte: 13, vet: true, na: 5 * MM });
    for (const s of bijlage.secties) sectie(document, s);
  }
  return document.bytes(voettekst);
}
