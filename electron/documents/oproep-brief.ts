import type { Brief } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import type { BriefTeksten } from '../../shared/domain/teksten';
import { bedrag, datumLang } from '../../shared/format';
import { boeteWi22 } from '../../shared/rules/boete';
import { ontbrekendeBriefInstellingen } from '../../shared/rules/brief';
import { MAX_OPROEPEN } from '../../shared/rules/intake';
import { aanspreekvorm, adresregels, vulIn } from './aanspreken';

export interface OproepGegevens {
  inburgeraar: Inburgeraar;
  instellingen: Instellingen;
  teksten: BriefTeksten;
  kenmerk: string;
  verzonden: string;
  volgnummer: number;
  verschijnenOp: string;
  tijdEnPlaats: string;
  /** The missed appointment, for the waarschuwing with a herhaalde oproep (Wi 14 lid 1). */
  vorigeAfspraak: string | null;
}

/** The standard texts each letter of the oproep line prints (for the placeholder check before sending). */
export function tekstenVoorOproep(volgnummer: number): ('oproepVerplichting' | 'waarschuwing' | 'laatsteOproep')[] {
  if (volgnummer === 1) return ['oproepVerplichting'];
  return [volgnummer >= MAX_OPROEPEN ? 'laatsteOproep' : 'waarschuwing', 'oproepVerplichting'];
}

/** A standard text may hold several paragraphs or instructions, one per line. */
function regels(tekst: string): string[] {
  return tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter(Boolean);
}

/**
 * The oproep line of Wi 14 lid 1–2: the first oproep; the schriftelijke waarschuwing with herhaalde
 * oproep and a new date, which states the Wi 22 boete; and the third, last oproep, after which the
 * college completes the intake without the inburgeraar.
 */
export function oproepBrief(g: OproepGegevens): Brief {
  const { instellingen: inst, teksten } = g;
  // The handler refuses earlier with the same message; this guards any other caller.
  const ontbreekt = ontbrekendeBriefInstellingen(inst, 'oproep');
  if (ontbreekt.length > 0) throw new Error(ontbreekt.map((b) => b.melding).join(' '));
  const behandelaar = inst.behandelaarNaam!;
  const telefoon = inst.behandelaarTelefoon!;
  const herhaald = g.volgnummer > 1;
  const laatste = g.volgnummer >= MAX_OPROEPEN;
  const waarden: Record<string, string> = {
    behandelaar,
    telefoon,
    datumAfspraak: datumLang(g.verschijnenOp),
    boete: bedrag(boeteWi22(g.verzonden)),
    vorigeAfspraak: g.vorigeAfspraak ? datumLang(g.vorigeAfspraak) : '',
  };
  const t = (tekst: string) => regels(vulIn(tekst, waarden));
  const onderwerp = herhaald ? `Schriftelijke waarschuwing en herhaalde oproep brede intake (${g.volgnummer}e oproep)` : 'Uitnodiging brede intake';
  const waarschuwing = laatste
    ? { kop: 'Schriftelijke waarschuwing en laatste oproep', alineas: t(teksten.laatsteOproep), lijst: [] }
    : { kop: 'Schriftelijke waarschuwing', alineas: t(teksten.waarschuwing), lijst: [] };
  return {
    titel: `${onderwerp} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.verzonden) },
      { label: 'Behandeld door', waarde: behandelaar },
      { label: 'Telefoon', waarde: telefoon },
    ],
    onderwerp,
    aanhef: vulIn(teksten.aanhef, { aanspreekvorm: aanspreekvorm(g.inburgeraar) }),
    // What to do comes first; in a herhaalde oproep the explanation of the intake follows as background.
    secties: [
      herhaald ? waarschuwing : { kop: null, alineas: t(teksten.oproepInleiding), lijst: [] },
      {
        kop: herhaald ? 'Uw nieuwe afspraak' : 'Uw afspraak',
        alineas: [],
        lijst: [
          { label: 'Datum', waarde: datumLang(g.verschijnenOp) },
          { label: 'Tijd en plaats', waarde: g.tijdEnPlaats },
        ],
      },
      { kop: 'Wat moet u doen?', alineas: t(teksten.oproepVerplichting).map((regel) => `• ${regel}`), lijst: [] },
      ...(herhaald ? [{ kop: 'Over de brede intake', alineas: t(teksten.oproepInleiding), lijst: [] }] : []),
    ],
    slot: teksten.slot,
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: behandelaar,
      functie: 'regisseur inburgering',
      mandaat: null,
    },
    bijlagen: [],
  };
}
