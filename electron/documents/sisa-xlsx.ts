import { KOSTEN_COMPONENT_LABELS, type KostenRegel, type SpukJaar } from '../../shared/domain/budget';
import { sisaControleNotitie, TEN_LASTE_VAN_SPUK, type BudgetOverzicht, type SisaTabel, type SisaWaarde } from '../../shared/rules/budget';
import { maakXlsx, type Blad } from './xlsx';

// The SiSa worksheet (issue 13 item 3; DOMAIN.md §10): what the controller copies into the SiSa bijlage of the
// jaarrekening. Amounts are numbers in euros (real number cells with a € format), never text.

export interface SisaGegevens {
  jaar: number;
  gemeentenaam: string;
  overzicht: BudgetOverzicht;
  spukInvoer: SpukJaar | null;
  reserveringsruimtePercentage: number;
  tabel: SisaTabel | null;
  kosten: KostenRegel[];
}

const euro = (cent: number | null) => (cent === null ? null : cent / 100);

/** The value of one SiSa indicator from the outcome, in cents; null for the text indicator. */
export function sisaWaarde(waarde: SisaWaarde, o: BudgetOverzicht): number | null {
  switch (waarde) {
    case 'besteding':
      return o.spuk.besteedCent;
    case 'reservering':
      return o.spuk.reserveringCent;
    case 'overbesteding':
      return o.spuk.overbestedingCent;
    case 'toelichting':
      return null;
  }
}

export function sisaToelichting(g: SisaGegevens): string[] {
  const s = g.overzicht.spuk;
  return [
    sisaControleNotitie(g.jaar, g.tabel),
    `Reserveringsruimte: ${g.reserveringsruimtePercentage} % van de SPUK (art. 10.5 Besluit inburgering 2021). Dit percentage is een instelling; controleer het in de Regeling van ${g.jaar}.`,
    'Ten laste van de SPUK: leerroutes, MAP, PVT, maatschappelijke begeleiding, tolken, kinderopvang en reiskosten. Ontzorgen en overige kosten vallen erbuiten (gemeentefonds).',
    'Overbesteding wordt toegerekend aan het volgende jaar (art. 10.6 Besluit); de reservering van het vorige jaar is dit jaar beschikbaar.',
    ...s.meldingen,
  ];
}

export async function maakSisaWerkblad(g: SisaGegevens, nu: Date): Promise<Uint8Array> {
  const o = g.overzicht;
  const s = o.spuk;
  const toelichting = sisaToelichting(g);

  type IndicatorRij = { code: string; indicator: string; bedrag: number | null; toelichting: string | null };
  const indicatoren: Blad<IndicatorRij> = {
    naam: `SiSa ${g.jaar}`,
    kolommen: [
      { kop: 'Code', soort: 'tekst', breedte: 12, waarde: (r) => r.code },
      { kop: 'Indicator', soort: 'tekst', breedte: 70, waarde: (r) => r.indicator },
      { kop: 'Bedrag', soort: 'bedrag', waarde: (r) => r.bedrag },
      { kop: 'Toelichting', soort: 'tekst', breedte: 80, waarde: (r) => r.toelichting },
    ],
    rijen: (g.tabel?.indicatoren ?? []).map((ind) => ({
      code: ind.code,
      indicator: ind.omschrijving,
      bedrag: euro(sisaWaarde(ind.waarde, o)),
      toelichting: ind.waarde === 'toelichting' ? toelichting.join(' ') : null,
    })),
  };

  type ComponentRij = { onderdeel: string; spuk: string; besteed: number; regels: number | null };
  const spukRegels = o.perComponent.filter((r) => TEN_LASTE_VAN_SPUK[r.component]);
  const andere = o.perComponent.filter((r) => !TEN_LASTE_VAN_SPUK[r.component]);
  const perComponent: Blad<ComponentRij> = {
    naam: 'Per component',
    kolommen: [
      { kop: 'Onderdeel', soort: 'tekst', breedte: 34, waarde: (r) => r.onderdeel },
      { kop: 'Ten laste van SPUK', soort: 'tekst', breedte: 20, waarde: (r) => r.spuk },
      { kop: 'Besteed', soort: 'bedrag', waarde: (r) => r.besteed },
      { kop: 'Aantal regels', soort: 'getal', waarde: (r) => r.regels },
    ],
    rijen: [
      ...spukRegels.map((r) => ({ onderdeel: KOSTEN_COMPONENT_LABELS[r.component], spuk: 'ja', besteed: r.besteedCent / 100, regels: r.aantalRegels })),
      { onderdeel: 'Totaal ten laste van de SPUK', spuk: 'ja', besteed: o.totaal.besteedSpukCent / 100, regels: null },
      ...andere.map((r) => ({ onderdeel: KOSTEN_COMPONENT_LABELS[r.component], spuk: 'nee', besteed: r.besteedCent / 100, regels: r.aantalRegels })),
      { onderdeel: 'Totaal alle kosten', spuk: '', besteed: o.totaal.besteedCent / 100, regels: o.perComponent.reduce((n, r) => n + r.aantalRegels, 0) },
    ],
  };

  type PostRij = { post: string; bedrag: number | null };
  const spuk: Blad<PostRij> = {
    naam: 'SPUK',
    kolommen: [
      { kop: 'Post', soort: 'tekst', breedte: 56, waarde: (r) => r.post },
      { kop: 'Bedrag', soort: 'bedrag', waarde: (r) => r.bedrag },
    ],
    rijen: [
      { post: 'SPUK beschikking (verlening)', bedrag: euro(g.spukInvoer?.beschikkingCent ?? null) },
      { post: 'SPUK vaststelling', bedrag: euro(g.spukInvoer?.vaststellingCent ?? null) },
      { post: 'SPUK ontvangen (vaststelling, anders beschikking)', bedrag: euro(s.spukCent) },
      { post: 'Reservering uit vorig jaar', bedrag: euro(s.reserveringVorigJaarCent) },
      { post: 'Besteding ten laste van de SPUK', bedrag: euro(s.besteedCent) },
      { post: 'Overbesteding uit vorig jaar (art. 10.6 Besluit)', bedrag: euro(s.overbestedingVorigJaarCent) },
      { post: `Reserveringsruimte (${g.reserveringsruimtePercentage} %, art. 10.5 Besluit)`, bedrag: euro(s.reserveringsruimteCent) },
      { post: 'Reservering', bedrag: euro(s.reserveringCent) },
      { post: `Overbesteding, toegerekend aan ${g.jaar + 1}`, bedrag: euro(s.overbestedingCent) },
      { post: 'Terug te betalen (boven de reserveringsruimte)', bedrag: euro(s.terugTeBetalenCent) },
    ],
  };

  const kosten: Blad<KostenRegel> = {
    naam: 'Kostenregels',
    kolommen: [
      { kop: 'Datum', soort: 'datum', waarde: (r) => r.datum },
      { kop: 'Leverancier', soort: 'tekst', breedte: 30, waarde: (r) => r.leverancier },
      { kop: 'Onderdeel', soort: 'tekst', breedte: 30, waarde: (r) => KOSTEN_COMPONENT_LABELS[r.component] },
      { kop: 'Bedrag', soort: 'bedrag', waarde: (r) => r.bedragCent / 100 },
      { kop: 'Omschrijving', soort: 'tekst', breedte: 40, waarde: (r) => r.omschrijving },
      { kop: 'Bron', soort: 'tekst', breedte: 30, waarde: (r) => (r.bron === 'import' ? `import ${r.bronBestand ?? ''} rij ${r.bronRij ?? ''}`.trim() : 'invoer') },
    ],
    rijen: [...g.kosten].sort((a, b) => a.datum.localeCompare(b.datum) || a.id - b.id),
  };

  const notities: Blad<string> = {
    naam: 'Toelichting',
    kolommen: [{ kop: `Toelichting SiSa ${g.jaar} – ${g.gemeentenaam || 'gemeente'}`, soort: 'tekst', breedte: 120, waarde: (r) => r }],
    rijen: toelichting,
  };

  return maakXlsx([indicatoren, perComponent, spuk, kosten, notities] as unknown as Blad<unknown>[], { titel: `SiSa-werkblad ${g.jaar}`, nu });
}
