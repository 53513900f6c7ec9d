import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { BezwaarUitkomst } from '../../shared/domain/bezwaar';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import { datumLang } from '../../shared/format';
import { aanspreekvorm, adresregels } from './aanspreken';

export interface BeslissingGegevens {
  inburgeraar: Inburgeraar;
  instellingen: Instellingen;
  kenmerk: string;
  dagtekening: string;
  uitkomst: Exclude<BezwaarUitkomst, 'ingetrokken'>;
  ontvangenOp: string;
  /** The gronden of the bezwaar as registered (Awb 6:5 lid 1 onder d); printed so the answer can be read against them (Awb 7:12). */
  gronden: string | null;
  beschikkingKenmerk: string | null;
  beschikkingVerzonden: string;
  tijdig: boolean;
  hoorzittingOp: string | null;
  hoorzittingAfgezienReden: string | null;
  adviescommissie: boolean;
  motivering: string;
  ondertekenaar: { naam: string; functie: string; mandaatbesluit: string };
}

const sectie = (kop: string | null, alineas: string[]): BriefSectie => ({ kop, alineas, lijst: [] });

const regels = (tekst: string) =>
  tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter(Boolean);

// What the decision means, in plain words, with the article once (Awb 7:11).
const BESLUIT: Record<BeslissingGegevens['uitkomst'], (besluit: string) => string[]> = {
  ongegrond: (besluit) => [
    'Uw bezwaar is ongegrond.',
    `Dat betekent: wij vinden dat ${besluit} juist is. Het besluit blijft zoals het is (artikel 7:11 Algemene wet bestuursrecht).`,
  ],
  gegrond: (besluit) => [
    'Uw bezwaar is gegrond.',
    `Dat betekent: u hebt gelijk. Wij trekken ${besluit} in. U krijgt van ons een nieuw besluit. Dat nieuwe besluit komt in de plaats van het oude besluit (artikel 7:11 Algemene wet bestuursrecht).`,
  ],
  niet_ontvankelijk: () => [
    'Uw bezwaar is niet-ontvankelijk.',
    'Dat betekent: wij kunnen uw bezwaar niet inhoudelijk behandelen. Hieronder leest u waarom (artikel 6:6 en 6:11 Algemene wet bestuursrecht).',
  ],
};

/**
 * The beslissing op bezwaar (Awb 7:11, 7:12) with the beroep clause (Awb 3:45: who, within which term,
 * where: the rechtbank, six weeks, Awb 6:7 and 8:1), in B1 Dutch, signed namens dezen (Awb 10:10).
 */
export function beslissingOpBezwaarBrief(g: BeslissingGegevens): Brief {
  const inst = g.instellingen;
  const rechtbank = inst.rechtbank ?? '';
  const besluit = g.beschikkingKenmerk ? `ons besluit van ${datumLang(g.beschikkingVerzonden)} met kenmerk ${g.beschikkingKenmerk}` : `ons besluit van ${datumLang(g.beschikkingVerzonden)}`;
  const onderwerp = 'Beslissing op uw bezwaar';
  const gronden = regels(g.gronden ?? '').map((grond) => grond.replace(/^[•\-*]\s*/, ''));
  const onderzoek: string[] = [];
  if (g.hoorzittingOp) onderzoek.push(`Op ${datumLang(g.hoorzittingOp)} hebben wij met u gesproken over uw bezwaar. Dat heet een hoorzitting (artikel 7:2 Algemene wet bestuursrecht).`);
  else onderzoek.push(`Wij hebben u niet uitgenodigd voor een gesprek (hoorzitting). De reden: ${g.hoorzittingAfgezienReden ?? ''} (artikel 7:3 Algemene wet bestuursrecht).`);
  if (g.adviescommissie) onderzoek.push('Een onafhankelijke commissie heeft ons advies gegeven over uw bezwaar (artikel 7:13 Algemene wet bestuursrecht).');
  if (!g.tijdig) onderzoek.push('Uw bezwaarschrift kwam na het einde van de bezwaartermijn van zes weken binnen.');
  const watTeDoen =
    g.uitkomst === 'gegrond'
      ? ['• U hoeft niets te doen. Wij sturen u een nieuw besluit.']
      : ['• U hoeft niets te doen. Het besluit blijft gelden.', '• Bent u het niet eens met deze beslissing? Lees dan hieronder wat u kunt doen.'];
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
      sectie(null, [
        `Op ${datumLang(g.ontvangenOp)} kregen wij uw bezwaarschrift tegen ${besluit}. Een bezwaarschrift is een brief waarin u schrijft dat u het niet eens bent met een besluit. In deze brief leest u onze beslissing.`,
      ]),
      sectie('Ons besluit', BESLUIT[g.uitkomst](besluit)),
      sectie('Hoe hebben wij uw bezwaar behandeld?', onderzoek),
      ...(gronden.length > 0 ? [sectie('Wat schreef u in uw bezwaar?', ['U schreef dat u het niet eens bent met ons besluit. Dit zijn uw redenen:', ...gronden.map((grond) => `• ${grond}`)])] : []),
      sectie('Waarom wij zo besluiten', [
        ...(gronden.length > 0 && g.uitkomst !== 'niet_ontvankelijk' ? ['Wij hebben elke reden uit uw bezwaarschrift bekeken. Dit is ons antwoord:'] : []),
        ...regels(g.motivering),
      ]),
      sectie('Wat moet u doen?', watTeDoen),
      sectie('Bent u het niet eens met deze beslissing?', [
        `Dan kunt u binnen zes weken na de dag van verzending van deze brief beroep instellen bij ${rechtbank}. Beroep instellen betekent: u vraagt de rechter om onze beslissing te beoordelen (artikel 8:1 en 6:7 Algemene wet bestuursrecht).`,
        `Zet in uw beroepschrift uw naam en adres, de datum, het kenmerk ${g.kenmerk} of een kopie van deze brief, waarom u het niet eens bent, en uw handtekening. U kunt ook digitaal beroep instellen via www.rechtspraak.nl. Voor beroep betaalt u griffierecht. Dat is geld dat u aan de rechtbank betaalt. De rechtbank schrijft u hoeveel.`,
        `Is het dringend? Dan kunt u de voorzieningenrechter van ${rechtbank} om een voorlopige voorziening vragen (artikel 8:81 Algemene wet bestuursrecht). De voorzieningenrechter is een rechter die snel beslist. Een voorlopige voorziening is een beslissing die geldt tot de rechtbank over uw beroep heeft beslist. Dat kan alleen als u ook beroep instelt. Ook hiervoor betaalt u griffierecht.`,
      ]),
      sectie(null, [`Hebt u vragen over deze brief? Bel dan ${inst.behandelaarNaam ?? ''} via ${inst.behandelaarTelefoon ?? ''}. Noem het kenmerk ${g.kenmerk}.`]),
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
