import { BESCHIKKING_SOORT_LABELS, BEZWAAR_UITKOMST_LABELS } from '../../shared/domain/bezwaar';
import { BOETE_SOORT_LABELS, BOETE_STATUS_LABELS } from '../../shared/domain/handhaving';
import { GESLACHT_LABELS } from '../../shared/domain/inburgeraar';
import { OPROEP_UITKOMST_LABELS } from '../../shared/domain/intake';
import { NOTITIESOORT_LABELS } from '../../shared/domain/journaal';
import { MAP_THEMA_LABELS } from '../../shared/domain/pvt';
import { DOELGROEP_LABELS } from '../../shared/rules/doelgroep';
import { bedrag, bsnWeergave, datumKort, datumLang, tijdstipKort, volledigeNaam } from '../../shared/format';
import { STATUS_LABELS, type Status } from '../../shared/rules/status';
import { veiligeBestandsnaam } from './bestandsnaam';
import { Document, GRIJS, MM, type Stijl } from './opmaak';

// AVG art. 15: everything Koers holds about one person, as a PDF summary in plain Dutch (B1, "u") and as a
// JSON file with every row (machine-readable; documents as a list with title, date and SHA-256, no bytes).

type Rij = Record<string, unknown>;

export interface Inzage {
  gemeentenaam: string;
  /** The day it is made (ISO). */
  vandaag: string;
  /** ISO timestamp, for the JSON. */
  tijdstip: string;
  inburgeraarId: number;
  /** Rows per table (`inburgeraars` holds the person), without blobs. */
  tabellen: Record<string, Rij[]>;
  /** PVT/MAP group sessions the person was registered for. */
  groepsdeelname: { groep: string; traject: string; datum: string; uren: number; plaats: string; aanwezig: number }[];
  /** Logboek lines about this dossier and its documents, newest first. */
  logboek: { id: number; tijdstip: string; actor: string; actie: string; object: string; resultaat: string; documentTitel: string | null }[];
}

const tekst = (w: unknown): string => (w === null || w === undefined || w === '' ? '—' : String(w));
const datum = (w: unknown): string => (typeof w === 'string' && /^\d{4}-\d{2}-\d{2}/.test(w) ? datumKort(w.slice(0, 10)) : tekst(w));
const jaNee = (w: unknown): string => (w === 1 || w === true ? 'ja' : 'nee');
const woord = (w: unknown): string => tekst(w).replaceAll('_', ' ');
/** The Dutch label of a stored value; the value itself (in words) when the label map does not know it. */
const label = (labels: Record<string, string>, w: unknown): string => (typeof w === 'string' && labels[w] ? labels[w].toLowerCase() : woord(w));

/** One line per row of a table, in words. */
const REGELS: Record<string, (r: Rij) => string> = {
  intakes: (r) => `Brede intake: ${r.afgerondOp ? `afgerond op ${datum(r.afgerondOp)}` : 'nog niet afgerond'}${r.inAfwezigheid === 1 ? ' (zonder u, na drie oproepen)' : ''}. Laatst gewijzigd ${datum(r.gewijzigd)}.`,
  oproepen: (r) => `Oproep ${tekst(r.volgnummer)}: verstuurd ${datum(r.verzonden)}, om te komen op ${datum(r.verschijnenOp)} (${tekst(r.tijdEnPlaats)}); uitkomst: ${label(OPROEP_UITKOMST_LABELS, r.uitkomst)}.`,
  pips: (r) => `Versie ${tekst(r.versie)} (${woord(r.soort)}): ${woord(r.status)}${r.dagtekening ? `, dagtekening ${datum(r.dagtekening)}` : ''}${r.kenmerk ? `, kenmerk ${tekst(r.kenmerk)}` : ''}${r.wijzigingReden ? `, reden: ${woord(r.wijzigingReden)}` : ''}.`,
  wachtOpDerde: (r) => `Wachten op informatie van een ander: ${tekst(r.omschrijving)}, sinds ${datum(r.sinds)}${r.ontvangenOp ? `, ontvangen ${datum(r.ontvangenOp)}` : ''}.`,
  ontheffingen: (r) => `Ontheffing van de leerbaarheidstoets (${woord(r.beperking)}), dagtekening ${datum(r.dagtekening)}, kenmerk ${tekst(r.kenmerk)}.`,
  pvtDossiers: (r) => `Participatieverklaring: ${r.datumOndertekening ? `ondertekend op ${datum(r.datumOndertekening)}${r.plaatsOndertekening ? ` in ${tekst(r.plaatsOndertekening)}` : ''}` : 'nog niet ondertekend'}; uren uit de intake: ${tekst(r.intakeUren)}.`,
  pvtDeelnemers: (r) => `Ingeschreven in een groep op ${datum(r.ingeschreven)}.`,
  pvtAanwezigheid: (r) => `Bijeenkomst ${tekst(r.sessieId)}: ${r.aanwezig === 1 ? 'aanwezig' : 'niet aanwezig'}.`,
  mapThemas: (r) => `MAP-thema ${label(MAP_THEMA_LABELS, r.thema)}: ${woord(r.status)}, ${tekst(r.uren)} uur${r.aanbieder ? ` bij ${tekst(r.aanbieder)}` : ''}.`,
  mapDossiers: (r) => `MAP-eindgesprek: ${r.eindgesprek ? datum(r.eindgesprek) : 'nog niet gehouden'}.`,
  voortgangsgesprekken: (r) => `Voortgangsgesprek gepland op ${datum(r.gepland)}${r.gehouden ? `, gehouden op ${datum(r.gehouden)}` : ''}${r.verslag ? `. Verslag: ${tekst(r.verslag)}` : ''}.`,
  leerroutePeriodes: (r) => `Taalles bij ${tekst(r.aanbieder)} van ${datum(r.van)} tot ${datum(r.tot)}: ${tekst(r.urenGevolgd)} van ${tekst(r.urenAangeboden)} uur gevolgd.`,
  examenresultaten: (r) => `Examen ${woord(r.onderdeel)}${r.niveau ? ` (${tekst(r.niveau)})` : ''} op ${datum(r.datum)}: ${r.behaald === 1 ? 'gehaald' : 'niet gehaald'}.`,
  participatieactiviteiten: (r) => `${datum(r.datum)}: ${tekst(r.omschrijving)} (${tekst(r.uren)} uur).`,
  participatieladder: (r) => `Participatieladder trede ${tekst(r.trede)} op ${datum(r.datum)}${r.toelichting ? `: ${tekst(r.toelichting)}` : ''}.`,
  zRoute: (r) => `Z-route: eindgesprek ${r.eindgesprek ? datum(r.eindgesprek) : 'nog niet'}; afgerond ${r.afgerondOp ? datum(r.afgerondOp) : 'nog niet'}.`,
  begeleiding: (r) => `Maatschappelijke begeleiding vanaf ${datum(r.start)}${r.afgerondOp ? `, afgerond op ${datum(r.afgerondOp)}` : ''}${r.uitvoerder ? `, door ${tekst(r.uitvoerder)}` : ''}.`,
  ontzorgen: (r) => `Financieel ontzorgen vanaf ${datum(r.startBijstand)} tot ${datum(r.einde)}${r.toelichting ? `: ${tekst(r.toelichting)}` : ''}.`,
  boetes: (r) => `Boete (${label(BOETE_SOORT_LABELS, r.soort)}) voor ${woord(r.gedraging)} op ${datum(r.datumGedraging)}: ${label(BOETE_STATUS_LABELS, r.status)}, ${typeof r.bedrag === 'number' ? bedrag(r.bedrag) : tekst(r.bedrag)}${r.kenmerk ? `, kenmerk ${tekst(r.kenmerk)}` : ''}.`,
  verwijtbaarheid: (r) => `Verwijtbaar (${woord(r.onderdeel)}): ${jaNee(r.verwijtbaar)}, vastgesteld op ${datum(r.vastgesteldOp)}.`,
  bezwaren: (r) => `Bezwaar tegen ${label(BESCHIKKING_SOORT_LABELS, r.beschikkingSoort)}${r.beschikkingKenmerk ? ` (${tekst(r.beschikkingKenmerk)})` : ''}, ontvangen ${datum(r.ontvangenOp)}; uitkomst: ${r.uitkomst ? label(BEZWAAR_UITKOMST_LABELS, r.uitkomst) : 'nog niet beslist'}.`,
  journaal: (r) => `${datum(r.datum)} (${label(NOTITIESOORT_LABELS, r.soort)}): ${tekst(r.tekst)}`,
  afspraken: (r) => `Afspraak op ${datum(r.datum)} om ${tekst(r.tijd)} in ${tekst(r.plaats)}: ${tekst(r.onderwerp)}.`,
  duoMeldingen: (r) => `Aan DUO gemeld op ${datum(r.gemeldOp)}: ${woord(r.veld)} = ${tekst(r.waarde)}.`,
  signaalUitstel: (r) => `Herinnering uitgesteld tot ${datum(r.tot)}: ${tekst(r.reden)}.`,
  statuswijzigingen: (r) => `${datum(r.datum)}: status van ${STATUS_LABELS[r.van as Status] ?? tekst(r.van)} naar ${STATUS_LABELS[r.naar as Status] ?? tekst(r.naar)}${r.correctie === 1 ? ' (correctie)' : ''}${r.reden ? `. Reden: ${tekst(r.reden)}` : ''}.`,
  documenten: (r) => `${tekst(r.titel)} — ${datum(r.aangemaakt)} — SHA-256 ${tekst(r.sha256)}`,
};

/** The parts of the PDF: heading, one sentence of explanation, and the tables it shows. */
const ONDERDELEN: { kop: string; uitleg: string; tabellen: string[] }[] = [
  { kop: 'Intake', uitleg: 'Het gesprek aan het begin (brede intake) en de brieven waarmee wij u uitnodigden.', tabellen: ['intakes', 'oproepen'] },
  { kop: 'Persoonlijk plan (PIP)', uitleg: 'Uw plan inburgering en participatie, met elke versie.', tabellen: ['pips', 'wachtOpDerde', 'ontheffingen'] },
  { kop: 'Participatieverklaring (PVT) en MAP', uitleg: 'Het participatieverklaringstraject en de module arbeidsmarkt en participatie.', tabellen: ['pvtDossiers', 'pvtDeelnemers', 'pvtAanwezigheid', 'mapThemas', 'mapDossiers'] },
  { kop: 'Voortgang', uitleg: 'Gesprekken over hoe het gaat, taalles, examens en meedoen.', tabellen: ['voortgangsgesprekken', 'leerroutePeriodes', 'examenresultaten', 'participatieactiviteiten', 'participatieladder', 'zRoute'] },
  { kop: 'Begeleiding', uitleg: 'Maatschappelijke begeleiding en financieel ontzorgen.', tabellen: ['begeleiding', 'ontzorgen'] },
  { kop: 'Handhaving', uitleg: 'Boetes en of iets u te verwijten was.', tabellen: ['boetes', 'verwijtbaarheid'] },
  { kop: 'Bezwaar', uitleg: 'Bezwaren die u maakte tegen een besluit.', tabellen: ['bezwaren'] },
  { kop: 'Journaal en afspraken', uitleg: 'Notities van de regisseur en afspraken met u.', tabellen: ['journaal', 'afspraken'] },
  { kop: 'Status en meldingen aan DUO', uitleg: 'Hoe uw dossier veranderde en wat wij aan DUO doorgaven.', tabellen: ['statuswijzigingen', 'duoMeldingen', 'signaalUitstel'] },
];

/** A row of a table Koers added later, with no sentence of its own: its fields as they are. */
function algemeneRegel(r: Rij): string {
  return Object.entries(r)
    .filter(([k]) => k !== 'id' && k !== 'inburgeraarId')
    .map(([k, w]) => `${k}: ${tekst(w)}`)
    .join('; ');
}

export function inzageBestandsnaam(naam: string, vandaag: string, extensie: 'pdf' | 'json'): string {
  return veiligeBestandsnaam(`Inzage AVG ${naam} ${datumKort(vandaag)}.${extensie}`);
}

const KOP: Stijl = { grootte: 12.5, vet: true, na: 1 * MM };
const UITLEG: Stijl = { grootte: 9, kleur: GRIJS, na: 1 * MM };
const REGEL: Stijl = { grootte: 9.5 };

function kop(document: Document, tekstKop: string, uitleg: string): void {
  document.y -= 4 * MM;
  document.ruimte(document.regelhoogte(KOP) + document.regelhoogte(UITLEG) + 3 * document.regelhoogte(REGEL));
  document.tekst(tekstKop, KOP);
  document.tekst(uitleg, UITLEG);
}

function lijst(document: Document, regels: string[], leeg = 'Hierover hebben wij niets van u.'): void {
  if (regels.length === 0) {
    document.tekst(leeg, { ...REGEL, kleur: GRIJS });
    return;
  }
  for (const regel of regels) document.opsomming(regel, REGEL);
}

/** The inzage as PDF bytes: per part a heading, a sentence what it is, and what Koers holds. */
export async function maakInzagePdf(resourcesPad: string, inzage: Inzage, nu = new Date()): Promise<Uint8Array> {
  const persoon = inzage.tabellen.inburgeraars?.[0] ?? {};
  const naam = volledigeNaam({ voornamen: tekst(persoon.voornamen), tussenvoegsel: (persoon.tussenvoegsel as string | null) ?? null, achternaam: tekst(persoon.achternaam) });
  const gemeente = inzage.gemeentenaam ? `gemeente ${inzage.gemeentenaam}` : 'de gemeente';
  const document = await Document.nieuw(
    resourcesPad,
    { titel: `Inzage in uw gegevens — ${naam}`, onderwerp: 'Overzicht van persoonsgegevens (artikel 15 AVG)', auteur: inzage.gemeentenaam ? `Gemeente ${inzage.gemeentenaam}` : 'Koers' },
    nu,
  );
  document.tekst('Inzage in uw gegevens', { grootte: 16, vet: true, na: 1 * MM });
  document.tekst(`Voor ${naam}, gemaakt op ${datumLang(inzage.vandaag)}.`, { grootte: 10, na: 2 * MM });
  document.tekst(
    `U vroeg welke gegevens ${gemeente} over u heeft voor uw inburgering. Hieronder staat alles wat wij over u bewaren. ` +
      'Wij gebruiken deze gegevens om u te helpen met uw inburgering (Wet inburgering 2021). Klopt er iets niet? Dan mag u vragen om het te verbeteren. ' +
      'Wij bewaren uw gegevens tot vijf jaar nadat uw inburgeringsplicht is geëindigd (artikel 9.9 Besluit inburgering 2021). ' +
      'Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    { grootte: 10, na: 1 * MM },
  );
  document.tekst('Alle gegevens staan ook in een computerbestand (JSON) dat bij deze brief hoort.', { ...UITLEG });

  kop(document, 'Uw gegevens', 'Wie u bent en waar u woont, zoals wij het hebben vastgelegd.');
  const adres = `${tekst(persoon.straat)} ${tekst(persoon.huisnummer)}, ${tekst(persoon.postcode)} ${tekst(persoon.woonplaats)}`;
  lijst(document, [
    `Naam: ${naam}`,
    ...(persoon.naamOorspronkelijkSchrift ? [`Naam in uw eigen schrift: ${tekst(persoon.naamOorspronkelijkSchrift)}`] : []),
    `BSN: ${typeof persoon.bsn === 'string' ? bsnWeergave(persoon.bsn) : '—'}`,
    `Geboortedatum: ${typeof persoon.geboortedatum === 'string' ? datumLang(persoon.geboortedatum) : '—'}`,
    `Geslacht: ${label(GESLACHT_LABELS, persoon.geslacht)}; nationaliteit: ${tekst(persoon.nationaliteit)}; taal: ${tekst(persoon.taal)}${persoon.tolkNodig === 1 ? ' (met tolk)' : ''}`,
    `Adres: ${adres}`,
    `Telefoon: ${tekst(persoon.telefoon)}; e-mail: ${tekst(persoon.email)}`,
    `Doelgroep: ${label(DOELGROEP_LABELS, persoon.doelgroep)}; V-nummer: ${tekst(persoon.vNummer)}`,
    `Bericht van DUO over uw inburgeringsplicht: ${datum(persoon.datumKennisgevingDuo)}; inschrijving in de gemeente: ${datum(persoon.datumInschrijvingBrp)}`,
    `Status van uw dossier: ${STATUS_LABELS[persoon.status as Status] ?? tekst(persoon.status)}; aangemaakt op ${datum(persoon.aangemaakt)}`,
  ]);

  const getoond = new Set(['inburgeraars', 'documenten', ...ONDERDELEN.flatMap((o) => o.tabellen)]);
  for (const onderdeel of ONDERDELEN) {
    kop(document, onderdeel.kop, onderdeel.uitleg);
    const regels = onderdeel.tabellen.flatMap((t) => (inzage.tabellen[t] ?? []).map((r) => REGELS[t]!(r)));
    if (onderdeel.tabellen.includes('pvtAanwezigheid') && inzage.groepsdeelname.length > 0) {
      regels.push(...inzage.groepsdeelname.map((g) => `Groep ${g.groep} (${woord(g.traject).toUpperCase()}), ${datum(g.datum)} in ${g.plaats}: ${g.uren} uur, ${g.aanwezig === 1 ? 'aanwezig' : 'niet aanwezig'}.`));
    }
    lijst(document, regels);
  }

  const overig = Object.keys(inzage.tabellen).filter((t) => !getoond.has(t) && (inzage.tabellen[t]?.length ?? 0) > 0);
  if (overig.length > 0) {
    kop(document, 'Overige gegevens', 'Andere gegevens over u, zoals ze zijn vastgelegd.');
    lijst(document, overig.flatMap((t) => inzage.tabellen[t]!.map((r) => `${t}: ${algemeneRegel(r)}`)));
  }

  kop(document, 'Documenten', 'Brieven en besluiten die wij maakten of ontvingen. De documenten zelf kunt u ook opvragen.');
  lijst(document, (inzage.tabellen.documenten ?? []).map((r) => REGELS.documenten!(r)), 'Er zijn geen documenten.');

  kop(document, 'Logboek', 'Wie wanneer iets in uw dossier deed. Het logboek bevat zelf geen persoonsgegevens.');
  lijst(
    document,
    inzage.logboek.map((l) => `${tijdstipKort(l.tijdstip)} — ${l.actor} — ${l.actie}${l.documentTitel ? ` (${l.documentTitel})` : ''}${l.resultaat === 'gelukt' ? '' : ` — ${l.resultaat}`}`),
    'Er staat niets in het logboek.',
  );
  return document.bytes();
}

/** The same inzage as JSON: every row, documents without their bytes. */
export function maakInzageJson(inzage: Inzage): Uint8Array {
  const { documenten = [], ...tabellen } = inzage.tabellen;
  const inhoud = {
    soort: 'Inzage persoonsgegevens (artikel 15 AVG)',
    gemaakt: inzage.tijdstip,
    gemeente: inzage.gemeentenaam || null,
    inburgeraarId: inzage.inburgeraarId,
    uitleg: 'Alle gegevens die Koers over deze persoon bewaart, per tabel. Documenten staan erin met titel, datum en SHA-256, zonder de inhoud.',
    tabellen,
    documenten: documenten.map((d) => ({ id: d.id, soort: d.soort, titel: d.titel, bestandsnaam: d.bestandsnaam, datum: d.aangemaakt, mime: d.mime ?? 'application/pdf', sha256: d.sha256 })),
    groepsdeelname: inzage.groepsdeelname,
    logboek: inzage.logboek,
  };
  return new TextEncoder().encode(`${JSON.stringify(inhoud, null, 2)}\n`);
}
