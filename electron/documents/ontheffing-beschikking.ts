import type { Brief, BriefSectie } from '../../shared/domain/brief';
import { BEPERKING_IN_BRIEF, type OntheffingBeperking } from '../../shared/domain/ontheffing';
import { datumLang } from '../../shared/format';
import { KoersFout } from '../../shared/fouten';
import { ontbrekendeBriefInstellingen, ontbrekendePlaatshouders } from '../../shared/rules/brief';
import { aanspreekvorm, adresregels, vulIn } from './aanspreken';
import type { HandhavingBriefBasis } from './handhaving-brieven';

export interface OntheffingGegevens extends HandhavingBriefBasis {
  /** Wi 14 lid 6: the impairment that makes the person unable to take the leerbaarheidstoets. */
  beperking: OntheffingBeperking;
  /** The college's own reasoning (Awb 3:46): which facts show the person cannot take the toets. */
  motivering: string;
  /** What the college relied on, e.g. "verklaring van uw oogarts van 2 november 2026"; may be empty. */
  onderbouwing: string | null;
}

/** Wi 14 lid 6 in plain words: who cannot take the toets, and what may change (B1, one subject per sentence). */
const BEPERKING_ZIN: Record<OntheffingBeperking, { wie: string; verandert: string }> = {
  visueel: { wie: 'omdat hij of zij slecht of niet ziet', verandert: 'Gaat u beter zien, of verandert er iets anders aan uw ogen?' },
  auditief: { wie: 'omdat hij of zij slecht of niet hoort', verandert: 'Gaat u beter horen, of verandert er iets anders aan uw oren?' },
};

/** "verklaring van uw oogarts" becomes "de verklaring van uw oogarts."; a text with its own article stays as written. */
function gebaseerdOp(onderbouwing: string): string {
  const tekst = onderbouwing.trim().replace(/[.\s]+$/, '');
  const metLidwoord = /^(de|het|een|uw|onze|ons|deze|die|dit|twee|drie)\b/i.test(tekst);
  return `Wij hebben ons gebaseerd op ${metLidwoord ? '' : 'de '}${tekst}.`;
}

const sectie = (kop: string | null, alineas: string[], lijst: BriefSectie['lijst'] = []): BriefSectie => ({ kop, alineas, lijst });

const regels = (tekst: string) =>
  tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter(Boolean);

/**
 * The beschikking on the ontheffing of the leerbaarheidstoets (Wi 14 lid 6): the decision, its own motivering
 * (Awb 3:46), what it means for the brede intake, and the rechtsmiddelenclausule (Awb 3:45).
 */
export function ontheffingBeschikking(g: OntheffingGegevens): Brief {
  const ontbreekt = [...ontbrekendeBriefInstellingen(g.instellingen, 'beschikking'), ...ontbrekendePlaatshouders(g.teksten, ['rechtsmiddelen'])];
  if (ontbreekt.length > 0) throw new KoersFout('ONGELDIGE_INVOER', ontbreekt.map((b) => b.melding).join(' '));
  if (!g.motivering.trim()) throw new KoersFout('ONGELDIGE_INVOER', 'Schrijf de motivering van de ontheffing op (artikel 3:46 Awb).');
  if (!g.ondertekenaar.naam.trim() || !g.ondertekenaar.functie.trim()) throw new KoersFout('ONGELDIGE_INVOER', 'Kies wie de beschikking ondertekent.');
  const { instellingen: inst, teksten } = g;
  const waarden: Record<string, string> = {
    aanspreekvorm: aanspreekvorm(g.inburgeraar),
    gemeente: inst.gemeentenaam,
    bezwaaradres: inst.bezwaarAdres ?? `${inst.postadres}, ${inst.postcode} ${inst.plaats}`,
    rechtbank: inst.rechtbank ?? '',
    kenmerk: g.kenmerk,
    behandelaar: inst.behandelaarNaam ?? '',
    telefoon: inst.behandelaarTelefoon ?? '',
    dagtekening: datumLang(g.dagtekening),
    beperking: BEPERKING_IN_BRIEF[g.beperking],
  };
  const t = (tekst: string) => regels(vulIn(tekst, waarden));
  const waarom = [
    `De wet zegt: wij geven ontheffing van de leerbaarheidstoets aan iemand die de toets niet kan maken ${BEPERKING_ZIN[g.beperking].wie} (artikel 14 lid 6 Wet inburgering 2021).`,
    ...regels(g.motivering),
  ];
  if (g.onderbouwing?.trim()) waarom.push(gebaseerdOp(g.onderbouwing));
  const secties: BriefSectie[] = [
    sectie('Ons besluit', t(teksten.ontheffingBesluit)),
    sectie('Waarom wij zo besluiten', waarom),
    sectie('Wat betekent dit voor u?', t(teksten.ontheffingGevolg)),
    sectie('Wat moet u doen?', [
      '• U hoeft niets te doen voor de leerbaarheidstoets.',
      `• Kom wel naar de gesprekken van de brede intake. ${BEPERKING_ZIN[g.beperking].verandert} Bel dan ${waarden['behandelaar']} via ${waarden['telefoon']}.`,
    ]),
    sectie('Bent u het niet eens met dit besluit?', t(teksten.rechtsmiddelen)),
    sectie(null, t(teksten.vragen)),
  ];
  return {
    titel: `${teksten.onderwerpOntheffing} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.dagtekening) },
      { label: 'Behandeld door', waarde: inst.behandelaarNaam ?? '' },
      { label: 'Telefoon', waarde: inst.behandelaarTelefoon ?? '' },
    ],
    onderwerp: teksten.onderwerpOntheffing,
    aanhef: vulIn(teksten.aanhef, waarden),
    secties,
    slot: teksten.slot,
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: g.ondertekenaar.naam,
      functie: g.ondertekenaar.functie,
      mandaat: g.ondertekenaar.mandaatbesluit ? `Ondertekend in mandaat (art. 10:10 Awb), ${g.ondertekenaar.mandaatbesluit}` : null,
    },
    bijlagen: [],
  };
}
