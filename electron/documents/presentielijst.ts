import type { Instellingen } from '../../shared/domain/instellingen';
import { MAP_THEMA_LABELS, SESSIESOORT_LABELS, type Sessie } from '../../shared/domain/pvt';
import { datumKort, datumLang } from '../../shared/format';
import { formatUren } from '../../shared/rules/pvt';
import { tekenBriefhoofd } from './briefhoofd';
import { A4, Document, GRIJS, MARGE, MM } from './opmaak';

// The list passes from hand to hand: it shows names only, never a birth date or BSN. Two equal
// names are told apart by a number (onderscheidenNamen in shared/rules/pvt.ts).
export interface PresentielijstDeelnemer {
  naam: string;
}

const RIJHOOGTE = 11 * MM;
const KOLOMMEN = { nr: 0, naam: 10 * MM, handtekening: 100 * MM } as const;

function kop(document: Document): void {
  const y = document.y;
  const labels: [keyof typeof KOLOMMEN, string][] = [['nr', 'Nr.'], ['naam', 'Naam'], ['handtekening', 'Handtekening']];
  for (const [kolom, label] of labels) document.pagina.drawText(label, { x: MARGE.links + KOLOMMEN[kolom], y: y - 10, size: 9, font: document.vet });
  document.lijn(MARGE.links, y - 14, A4.breedte - MARGE.rechts, 0.8);
  document.y = y - 14;
}

/** Besluit 3.1 lid 4: the college registers attendance; the trainer has each participant sign. No BSN, no birth dates. */
export async function maakPresentielijst(
  resourcesPad: string,
  instellingen: Instellingen,
  groepNaam: string,
  sessie: Sessie,
  deelnemers: PresentielijstDeelnemer[],
): Promise<Uint8Array> {
  const document = await Document.nieuw(resourcesPad, {
    titel: `Presentielijst ${groepNaam} — ${datumKort(sessie.datum)}`,
    onderwerp: 'Presentielijst participatieverklaringstraject (art. 3.1 lid 4 Besluit inburgering 2021)',
    auteur: `Gemeente ${instellingen.gemeentenaam}`,
  });
  await tekenBriefhoofd(document, instellingen);
  document.tekst('Presentielijst participatieverklaringstraject', { grootte: 15, vet: true, na: 3 * MM });
  const gegevens: [string, string][] = [
    ['Groep', groepNaam],
    ['Onderdeel', `${SESSIESOORT_LABELS[sessie.soort]}${sessie.kernwaarde ? ` (kernwaarde: ${sessie.kernwaarde})` : ''}${sessie.mapThema ? ` (thema: ${MAP_THEMA_LABELS[sessie.mapThema]})` : ''}`],
    ['Datum en tijd', `${datumLang(sessie.datum)}, ${sessie.tijd} uur (${formatUren(sessie.uren)} uur)`],
    ['Plaats', sessie.plaats],
    ['Trainer of uitvoerder', sessie.uitvoerder],
    ['Tolk', sessie.tolk ?? '—'],
  ];
  for (const [label, waarde] of gegevens) document.tekst(`${label}: ${waarde}`, { grootte: 10 });
  document.y -= 5 * MM;
  kop(document);
  deelnemers.forEach((deelnemer, index) => {
    if (document.y - RIJHOOGTE < MARGE.onder + 30 * MM) {
      document.nieuwePagina();
      kop(document);
    }
    const basis = document.y - RIJHOOGTE;
    document.pagina.drawText(String(index + 1), { x: MARGE.links + KOLOMMEN.nr, y: basis + 4 * MM, size: 10, font: document.gewoon });
    document.regel(deelnemer.naam, MARGE.links + KOLOMMEN.naam, basis + 4 * MM, { grootte: 10 });
    document.lijn(MARGE.links, basis, A4.breedte - MARGE.rechts, 0.4);
    document.y = basis;
  });
  document.y -= 10 * MM;
  document.tekst('Handtekening trainer: ______________________________', { grootte: 10, na: 2 * MM });
  document.tekst('Lever deze lijst in bij de regisseur inburgering; de aanwezigheid wordt in Koers vastgelegd.', { grootte: 8, kleur: GRIJS });
  return document.bytes(`Presentielijst ${groepNaam}`);
}
