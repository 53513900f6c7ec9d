import type { Brief, BriefSectie } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import { ALFABETISERING_LABELS, LEERROUTE_LABELS, LEERROUTES, WIJZIGING_LABELS, type Pip, type PipInhoud } from '../../shared/domain/pip';
import type { BriefTeksten } from '../../shared/domain/teksten';
import { bsnWeergave, datumKort, datumLang, volledigeNaam } from '../../shared/format';
import { DOELGROEP_LABELS, isAsielgroep } from '../../shared/rules/doelgroep';
import { ontzorgenEinde, termijnEindeVanaf } from '../../shared/rules/termijnen';
import { aanspreekvorm, adresregels, vulIn } from './aanspreken';

export interface BeschikkingGegevens {
  inburgeraar: Inburgeraar;
  pip: Pick<Pip, 'soort' | 'inhoud' | 'wijzigingReden' | 'wijzigingToelichting' | 'vorigKenmerk'>;
  /** The start of the inburgeringstermijn this beschikking states (shared/rules/inburgeringstermijn.ts). */
  termijnStart: string;
  vorigeInhoud: PipInhoud | null;
  intakeAfgerondOp: string | null;
  instellingen: Instellingen;
  teksten: BriefTeksten;
  kenmerk: string;
  dagtekening: string;
  ondertekenaar: { naam: string; functie: string; mandaatbesluit: string };
}

function leerroute(inhoud: PipInhoud): string {
  if (!inhoud.leerroute) return '—';
  const naam = inhoud.leerroute === 'onderwijs' ? 'Onderwijsroute (taalschakeltraject)' : inhoud.leerroute === 'z' ? 'Z-route (zelfredzaamheidsroute)' : LEERROUTE_LABELS.b1;
  return inhoud.niveau ? `${naam}, taalniveau ${inhoud.niveau}` : naam;
}

/** The elements of Wi 15 as label/value rows, in the order of the article. */
export function planRegels(inhoud: PipInhoud, asiel: boolean): { label: string; waarde: string }[] {
  const rijen: { label: string; waarde: string }[] = [
    { label: 'Leerroute (art. 15 lid 1 onder a)', waarde: leerroute(inhoud) },
    { label: 'Alfabetisering', waarde: inhoud.alfabetisering ? ALFABETISERING_LABELS[inhoud.alfabetisering] : '—' },
  ];
  if (asiel) rijen.push({ label: 'Intensiteit leerroute (art. 15 lid 2)', waarde: inhoud.geschatteIntensiteitUren !== null ? `ongeveer ${inhoud.geschatteIntensiteitUren} uur` : '—' });
  if (inhoud.magOpleidingAfmaken) rijen.push({ label: 'Opleiding afmaken', waarde: 'U mag de niet-vrijstellende opleiding die u volgt eerst afmaken.' });
  rijen.push(
    { label: 'Ondersteuning en begeleiding (art. 15 lid 1 onder b)', waarde: inhoud.ondersteuningEnBegeleiding ?? '—' },
    { label: 'Participatieverklaringstraject (art. 15 lid 1 onder c)', waarde: inhoud.pvtIntensiteit ?? '—' },
    {
      label: 'Module arbeidsmarkt en participatie (art. 15 lid 1 onder c)',
      waarde: inhoud.leerroute === 'onderwijs' ? 'Niet van toepassing in de onderwijsroute (art. 8 lid 3).' : (inhoud.mapIntensiteit ?? '—'),
    },
    { label: 'Voor- en vroegschoolse educatie (art. 15 lid 1 onder d)', waarde: inhoud.vveAfspraken ?? 'Niet van toepassing.' },
  );
  if (asiel) rijen.push({ label: 'Maatschappelijke begeleiding (art. 13)', waarde: inhoud.maatschappelijkeBegeleiding ?? '—' });
  if (inhoud.ontzorgen) rijen.push({ label: 'Financieel ontzorgen (art. 15 lid 3; art. 56a Pw)', waarde: 'Ja, zie bijlage 2.' });
  rijen.push(
    { label: 'Voortgangsgesprekken (art. 5.3 lid 4 Besluit)', waarde: inhoud.aantalVoortgangsgesprekken ? `${inhoud.aantalVoortgangsgesprekken} gesprekken tijdens de termijn` : '—' },
    { label: 'Taalaanbieder', waarde: inhoud.taalaanbieder ?? '—' },
  );
  if (inhoud.urenNt2 !== null) rijen.push({ label: 'Gevolgde uren NT2', waarde: `${inhoud.urenNt2} uur` });
  return rijen;
}

function wijzigingen(vorige: PipInhoud, nieuw: PipInhoud, asiel: boolean): { label: string; waarde: string }[] {
  const oud = new Map(planRegels(vorige, asiel).map((r) => [r.label, r.waarde]));
  return planRegels(nieuw, asiel)
    .filter((r) => oud.get(r.label) !== r.waarde)
    .map((r) => ({ label: r.label, waarde: `was: ${oud.get(r.label) ?? '—'}\nwordt: ${r.waarde}` }));
}

const sectie = (kop: string | null, alineas: string[], lijst: BriefSectie['lijst'] = []): BriefSectie => ({ kop, alineas, lijst });

/** The PIP beschikking (or its wijziging) per DOMAIN.md §9, as a Brief. */
export function pipBeschikking(g: BeschikkingGegevens): Brief {
  const { inburgeraar: i, pip, instellingen: inst, teksten } = g;
  const asiel = isAsielgroep(i.doelgroep);
  const wijziging = pip.soort === 'wijziging';
  const termijnStart = g.termijnStart;
  const termijnEinde = termijnEindeVanaf(termijnStart);
  const waarden: Record<string, string> = {
    aanspreekvorm: aanspreekvorm(i),
    datumIntake: g.intakeAfgerondOp ? datumLang(g.intakeAfgerondOp) : '—',
    vorigKenmerk: pip.vorigKenmerk ?? '—',
    termijnStart: datumLang(termijnStart),
    termijnEinde: datumLang(termijnEinde),
    gemeente: inst.gemeentenaam,
    bezwaaradres: inst.bezwaarAdres ?? `${inst.postadres}, ${inst.postcode} ${inst.plaats}`,
    rechtbank: inst.rechtbank ?? 'de rechtbank',
    kenmerk: g.kenmerk,
    behandelaar: inst.behandelaarNaam ?? 'de regisseur inburgering',
    telefoon: inst.behandelaarTelefoon ?? 'het algemene nummer van de gemeente',
    startBijstand: pip.inhoud.startBijstand ? datumLang(pip.inhoud.startBijstand) : '—',
    eindeOntzorgen: pip.inhoud.startBijstand ? datumLang(ontzorgenEinde(pip.inhoud.startBijstand)) : '—',
  };
  const t = (tekst: string) => vulIn(tekst, waarden);

  const secties: BriefSectie[] = [sectie(null, [t(wijziging ? teksten.inleidingWijziging : teksten.inleidingPip)])];
  if (wijziging) {
    const alineas = [`Reden: ${pip.wijzigingReden ? WIJZIGING_LABELS[pip.wijzigingReden] : '—'}.`];
    if (pip.wijzigingToelichting) alineas.push(pip.wijzigingToelichting);
    secties.push(sectie('Wat verandert', alineas, g.vorigeInhoud ? wijzigingen(g.vorigeInhoud, pip.inhoud, asiel) : []));
  }
  secties.push(sectie('Ons besluit', [t(teksten.besluitInleiding)], planRegels(pip.inhoud, asiel)));
  secties.push(sectie('Uw termijn', [t(wijziging ? teksten.termijnWijziging : teksten.termijnPip)]));
  const overwogen = LEERROUTES
    .filter((route) => route !== pip.inhoud.leerroute)
    .map((route) => ({
      label: LEERROUTE_LABELS[route],
      waarde: (route === 'b1' ? pip.inhoud.overwegingB1 : route === 'onderwijs' ? pip.inhoud.overwegingOnderwijs : pip.inhoud.overwegingZ) ?? '—',
    }));
  secties.push(sectie('Waarom wij zo besluiten', [pip.inhoud.motivering ?? '—', 'Deze leerroutes hebben wij ook overwogen, en daarom niet gekozen:'], overwogen));
  secties.push(sectie('Bent u het niet eens met dit besluit?', [t(teksten.rechtsmiddelen)]));
  secties.push(sectie(null, [t(teksten.vragen)]));

  const bijlagen: Brief['bijlagen'] = [
    {
      titel: 'Bijlage 1 — Persoonlijk plan inburgering en participatie',
      secties: [
        sectie('Gegevens', [], [
          { label: 'Naam', waarde: volledigeNaam(i) },
          { label: 'Geboortedatum', waarde: datumLang(i.geboortedatum) },
          { label: 'BSN', waarde: bsnWeergave(i.bsn) },
          { label: 'Doelgroep', waarde: DOELGROEP_LABELS[i.doelgroep] },
          { label: 'Kenmerk', waarde: g.kenmerk },
          { label: 'Termijn (art. 11)', waarde: `${datumKort(termijnStart)} tot en met ${datumKort(termijnEinde)}` },
        ]),
        sectie('Het plan', [], planRegels(pip.inhoud, asiel)),
      ],
    },
  ];
  if (pip.inhoud.ontzorgen && pip.inhoud.startBijstand) {
    bijlagen.push({
      titel: 'Bijlage 2 — Besluit financieel ontzorgen (artikel 56a Participatiewet)',
      secties: [
        sectie(null, [t(teksten.ontzorgen)], [
          { label: 'Periode', waarde: `${datumKort(pip.inhoud.startBijstand)} tot en met ${datumKort(ontzorgenEinde(pip.inhoud.startBijstand))}` },
          { label: 'Betalingen namens u', waarde: 'huur; gas, water en stroom; premie verplichte zorgverzekering' },
        ]),
      ],
    });
  }

  return {
    titel: `${wijziging ? teksten.onderwerpWijziging : teksten.onderwerpPip} — ${g.kenmerk}`,
    geadresseerde: adresregels(i),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.dagtekening) },
      { label: 'Behandeld door', waarde: inst.behandelaarNaam ?? '—' },
      { label: 'Telefoon', waarde: inst.behandelaarTelefoon ?? '—' },
    ],
    onderwerp: wijziging ? teksten.onderwerpWijziging : teksten.onderwerpPip,
    aanhef: t(teksten.aanhef),
    secties,
    slot: teksten.slot,
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: g.ondertekenaar.naam,
      functie: g.ondertekenaar.functie,
      mandaat: `Ondertekend in mandaat (art. 10:10 Awb), ${g.ondertekenaar.mandaatbesluit}`,
    },
    bijlagen,
  };
}
