import type { Brief } from '../../shared/domain/brief';
import type { Inburgeraar } from '../../shared/domain/inburgeraar';
import type { Instellingen } from '../../shared/domain/instellingen';
import type { BriefTeksten } from '../../shared/domain/teksten';
import { datumLang } from '../../shared/format';
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

/** The first oproep, or the schriftelijke waarschuwing with herhaalde oproep (Wi 14 lid 1–2). */
export function oproepBrief(g: OproepGegevens): Brief {
  const { instellingen: inst, teksten } = g;
  const herhaald = g.volgnummer > 1;
  const waarden: Record<string, string> = {
    behandelaar: inst.behandelaarNaam ?? 'de regisseur inburgering',
    telefoon: inst.behandelaarTelefoon ?? 'het algemene nummer van de gemeente',
    vorigeAfspraak: g.vorigeAfspraak ? datumLang(g.vorigeAfspraak) : '—',
  };
  const t = (tekst: string) => vulIn(tekst, waarden);
  const onderwerp = herhaald ? `Schriftelijke waarschuwing en herhaalde oproep brede intake (${g.volgnummer}e oproep)` : 'Uitnodiging brede intake';
  const afspraak = { kop: 'Uw afspraak', alineas: [], lijst: [{ label: 'Datum', waarde: datumLang(g.verschijnenOp) }, { label: 'Tijd en plaats', waarde: g.tijdEnPlaats }] };
  return {
    titel: `${onderwerp} — ${g.kenmerk}`,
    geadresseerde: adresregels(g.inburgeraar),
    referentie: [
      { label: 'Ons kenmerk', waarde: g.kenmerk },
      { label: 'Datum', waarde: datumLang(g.verzonden) },
      { label: 'Behandeld door', waarde: inst.behandelaarNaam ?? '—' },
      { label: 'Telefoon', waarde: inst.behandelaarTelefoon ?? '—' },
    ],
    onderwerp,
    aanhef: vulIn(teksten.aanhef, { aanspreekvorm: aanspreekvorm(g.inburgeraar) }),
    secties: [
      ...(herhaald ? [{ kop: 'Schriftelijke waarschuwing', alineas: [t(teksten.waarschuwing)], lijst: [] }] : []),
      { kop: null, alineas: [t(teksten.oproepInleiding)], lijst: [] },
      afspraak,
      { kop: null, alineas: [t(teksten.oproepVerplichting)], lijst: [] },
    ],
    slot: teksten.slot,
    ondertekening: {
      namens: [`Burgemeester en wethouders van ${inst.gemeentenaam},`, 'namens dezen,'],
      naam: inst.behandelaarNaam ?? '',
      functie: 'regisseur inburgering',
      mandaat: null,
    },
    bijlagen: [],
  };
}
