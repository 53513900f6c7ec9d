import type { Brief } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import { datumLang } from '../../shared/format';
import { aanspreekvorm, adresregels } from './aanspreken';

export interface VerdagingGegevens {
  inburgeraar: Inburgeraar;
  instellingen: Instellingen;
  kenmerk: string;
  dagtekening: string;
  ontvangenOp: string;
  beschikkingKenmerk: string | null;
  beschikkingVerzonden: string;
  /** The end of the beslistermijn before and after the verdaging (Awb 7:10 lid 1 and 3). */
  oudeDatum: string;
  nieuweDatum: string;
  reden: string;
  ondertekenaar: { naam: string; functie: string; mandaatbesluit: string };
}

/** The letter that verdaagt the beslissing op bezwaar by at most six weeks (Awb 7:10 lid 3), in B1 Dutch. */
export function verdagingBrief(g: VerdagingGegevens): Brief {
  const inst = g.instellingen;
  const besluit = g.beschikkingKenmerk ? `ons besluit van ${datumLang(g.beschikkingVerzonden)} met kenmerk ${g.beschikkingKenmerk}` : `ons besluit van ${datumLang(g.beschikkingVerzonden)}`;
  const onderwerp = 'Wij beslissen later op uw bezwaar';
  return {
    titel: `${onderwerp} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.dagtekening) },
      { label: 'Ontvangen op', waarde: datumLang(g.ontvangenOp) },
      { label: 'Behandeld door', waarde: inst.behandelaarNaam ?? '' },
      { label: 'Telefoon', waarde: inst.behandelaarTelefoon ?? '' },
    ],
    onderwerp,
    aanhef: `Geachte ${aanspreekvorm(g.inburgeraar)},`,
    secties: [
      {
        kop: null,
        alineas: [
          `Op ${datumLang(g.ontvangenOp)} kregen wij uw bezwaarschrift tegen ${besluit}. Een bezwaarschrift is een brief waarin u schrijft dat u het niet eens bent met een besluit.`,
          `Wij moesten uiterlijk op ${datumLang(g.oudeDatum)} beslissen. Wij hebben meer tijd nodig om goed te beslissen. Daarom stellen wij de beslissing uit. Dat heet verdagen. De wet staat dat één keer toe, voor ten hoogste zes weken (artikel 7:10 lid 3 Algemene wet bestuursrecht).`,
        ],
        lijst: [],
      },
      { kop: 'Waarom hebben wij meer tijd nodig?', alineas: [g.reden], lijst: [] },
      {
        kop: 'Wanneer beslissen wij?',
        alineas: [`Wij beslissen uiterlijk op ${datumLang(g.nieuweDatum)}.`],
        lijst: [],
      },
      {
        kop: 'Wat moet u doen?',
        alineas: [
          '• U hoeft nu niets te doen. U krijgt onze beslissing met de post.',
          `• Hebt u na ${datumLang(g.nieuweDatum)} nog geen beslissing? Schrijf ons dan een brief dat wij te laat zijn. Dat heet een ingebrekestelling. Twee weken daarna kunt u naar de rechter gaan (artikel 6:12 Algemene wet bestuursrecht).`,
        ],
        lijst: [],
      },
      { kop: null, alineas: [`Hebt u vragen over deze brief? Bel dan ${inst.behandelaarNaam ?? ''} via ${inst.behandelaarTelefoon ?? ''}. Noem het kenmerk ${g.kenmerk}.`], lijst: [] },
    ],
    slot: 'Met vriendelijke groet,',
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: g.ondertekenaar.naam,
      functie: g.ondertekenaar.functie,
      mandaat: `Ondertekend in mandaat (art. 10:10 Awb), ${g.ondertekenaar.mandaatbesluit}`,
    },
    bijlagen: [],
  };
}
