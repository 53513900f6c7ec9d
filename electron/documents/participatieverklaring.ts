import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import { KoersFout } from '../../shared/fouten';
import { datumLang, volledigeNaam } from '../../shared/format';
import { tekenBriefhoofd } from './briefhoofd';
import { Document, GRIJS, MARGE, MM } from './opmaak';
import type { ParticipatieverklaringSjabloon } from './sjablonen';

export interface ParticipatieverklaringGegevens {
  /** Full name exactly as in the BRP (Latin letters). The BSN is deliberately not part of the form. */
  naam: string;
  /** The name in its own script, printed on an extra line under the BRP name; only when the regisseur ticked it. */
  naamOorspronkelijkSchrift?: string | null;
  geboortedatum: string;
  /** Printed when known; otherwise left open for the ceremony. */
  datum?: string | null;
  plaats?: string | null;
}

const TEKST = { grootte: 9 } as const;

type Naamgegevens = Pick<Inburgeraar, 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'naamOorspronkelijkSchrift' | 'oorspronkelijkSchriftOpDocumenten'>;

/** The names on the form: always the BRP name; the original-script name only where the box is ticked. */
export function namenOpVerklaring(persoon: Naamgegevens): Pick<ParticipatieverklaringGegevens, 'naam' | 'naamOorspronkelijkSchrift'> {
  return {
    naam: volledigeNaam(persoon),
    naamOorspronkelijkSchrift: persoon.oorspronkelijkSchriftOpDocumenten ? persoon.naamOorspronkelijkSchrift : null,
  };
}

function datumMetStreepjes(iso: string): string {
  const [j, m, d] = iso.split('-');
  return `${d} - ${m} - ${j}`;
}

function vulIn(tekst: string, waarden: Record<string, string>): string {
  return tekst.replace(/\{(\w+)\}/g, (_, sleutel: string) => waarden[sleutel] ?? '');
}

/** Draws one participatieverklaring on a fresh page of `document`. */
export async function tekenParticipatieverklaring(
  document: Document,
  sjabloon: ParticipatieverklaringSjabloon,
  instellingen: Instellingen,
  gegevens: ParticipatieverklaringGegevens,
): Promise<void> {
  await tekenBriefhoofd(document, instellingen);
  document.tekst(sjabloon.titel, { grootte: 16, vet: true, na: 2 * MM });
  for (const blok of sjabloon.blokken) {
    if (blok.soort === 'kop') document.tekst(blok.tekst, { grootte: 10.5, vet: true, na: MM });
    if (blok.soort === 'tussenkop') document.tekst(blok.tekst, { ...TEKST, vet: true });
    if (blok.soort === 'alinea') document.tekst(blok.tekst, { ...TEKST, na: MM });
    if (blok.soort === 'opsomming') document.opsomming(blok.tekst, TEKST);
  }

  const ondertekenaar = [instellingen.ondertekenaarNaam, instellingen.ondertekenaarFunctie].filter(Boolean).join(', ');
  document.y -= MM;
  document.tekst(vulIn(sjabloon.namensGemeente, { gemeente: instellingen.gemeentenaam, ondertekenaar: ondertekenaar || '______________________________' }), TEKST);
  document.y -= 9 * MM;
  document.lijn(MARGE.links, document.y, MARGE.links + 70 * MM);
  document.y -= 4 * MM;

  document.tekst(sjabloon.slotformule, { ...TEKST, vet: true, na: 3 * MM });

  const rij = (label: string, waarde: string, na = 2 * MM) => document.tekst(`${label}: ${waarde}`, { grootte: 10, na });
  const origineel = gegevens.naamOorspronkelijkSchrift?.trim();
  if (origineel) {
    // The schema refuses scripts the font lacks; this guards the last step, so no empty boxes are printed.
    if (!document.kanAfdrukken(origineel, { grootte: 10 })) {
      throw new KoersFout(
        'ONGELDIGE_INVOER',
        `De naam in het oorspronkelijke schrift van ${gegevens.naam} bevat tekens die Koers niet kan afdrukken. Zet bij deze inburgeraar het vinkje "Ook op de participatieverklaring" uit.`,
      );
    }
    rij('Naam', gegevens.naam, 0.5 * MM);
    document.tekst(origineel, { grootte: 10, na: 2 * MM }, MARGE.links + document.gewoon.widthOfTextAtSize('Naam: ', 10));
  } else {
    rij('Naam', gegevens.naam);
  }
  rij('Geboortedatum', datumLang(gegevens.geboortedatum));
  rij('Handtekening', '______________________________');
  const datum = gegevens.datum ? datumMetStreepjes(gegevens.datum) : '____ - ____ - ________';
  rij('Datum', `${datum}, te ${gegevens.plaats ?? '______________________'}`);
  document.tekst(`Tekstversie ${sjabloon.versie}`, { grootte: 7, kleur: GRIJS });
}

export async function maakParticipatieverklaring(
  resourcesPad: string,
  sjabloon: ParticipatieverklaringSjabloon,
  instellingen: Instellingen,
  gegevens: ParticipatieverklaringGegevens,
): Promise<Uint8Array> {
  const document = await Document.nieuw(resourcesPad, {
    titel: `Participatieverklaring — ${gegevens.naam}`,
    onderwerp: 'Participatieverklaring (art. 6 Wet inburgering 2021)',
    auteur: instellingen.gemeentenaam ? `Gemeente ${instellingen.gemeentenaam}` : 'Koers',
  });
  await tekenParticipatieverklaring(document, sjabloon, instellingen, gegevens);
  return document.bytes();
}

/**
 * The ceremony batch: one form per person on its own page, fonts and logo embedded once.
 * `voortgang` is called after each page; `stoppen` is asked before each page.
 */
export async function maakParticipatieverklaringen(
  resourcesPad: string,
  sjabloon: ParticipatieverklaringSjabloon,
  instellingen: Instellingen,
  personen: readonly ParticipatieverklaringGegevens[],
  opties: { voortgang?: (klaar: number) => Promise<void> | void; stoppen?: () => boolean } = {},
): Promise<Uint8Array | null> {
  const document = await Document.nieuw(resourcesPad, {
    titel: `Participatieverklaringen (${personen.length})`,
    onderwerp: 'Participatieverklaringen voor de ondertekeningsbijeenkomst (art. 6 Wet inburgering 2021)',
    auteur: instellingen.gemeentenaam ? `Gemeente ${instellingen.gemeentenaam}` : 'Koers',
  });
  for (const [index, persoon] of personen.entries()) {
    if (opties.stoppen?.()) return null;
    if (index > 0) document.nieuwePagina();
    await tekenParticipatieverklaring(document, sjabloon, instellingen, persoon);
    await opties.voortgang?.(index + 1);
  }
  return document.bytes(undefined, false);
}
