import { z } from 'zod';
import { id, isoDatum, optioneleDatum, optioneleTekst } from './velden';

// Maatschappelijke begeleiding (Wi 13; Besluit 5.1) and financieel ontzorgen (Pw 56a, 57).

/** The four parts of the VNG guide; 'voorlichting' is Besluit 5.1 onder b on its own. */
export const BEGELEIDING_DELEN = ['praktische_hulp', 'voorlichting', 'start_inburgering', 'participatie', 'pvt'] as const;
export type BegeleidingDeel = (typeof BEGELEIDING_DELEN)[number];
export const BEGELEIDING_DEEL_LABELS: Record<BegeleidingDeel, string> = {
  praktische_hulp: 'Praktische hulp bij basisvoorzieningen',
  voorlichting: 'Voorlichting',
  start_inburgering: 'Hulp bij de start van de inburgering',
  participatie: 'Stimuleren van participatie en integratie',
  pvt: 'Uitvoering van het participatieverklaringstraject',
};
export const BEGELEIDING_DEEL_ARTIKELEN: Record<BegeleidingDeel, string> = {
  praktische_hulp: 'art. 5.1 onder a Besluit inburgering 2021',
  voorlichting: 'art. 5.1 onder b Besluit inburgering 2021',
  start_inburgering: 'art. 13 lid 1 Wi 2021; VNG-handreiking',
  participatie: 'art. 13 lid 1 Wi 2021; VNG-handreiking',
  pvt: 'art. 6 lid 1 onder a en lid 3 Wi 2021; art. 3.1 Besluit inburgering 2021',
};

export interface BegeleidingOnderdeelInfo {
  deel: BegeleidingDeel;
  label: string;
  /** Where the item comes from; the VNG items without their own article name the guide. */
  artikel: string;
}

// The checklist: Besluit 5.1 (a) names the basisvoorzieningen "wonen, zorg, werk, inkomen, verzekeringen,
// onderwijs en kennismaking met de lokale woonomgeving"; the VNG guide adds bank and huur to the practical
// help. (b) names the voorlichting topics "wonen, inkomen, werk, zorg, onderwijs, opvoeding en kennismaking
// met maatschappelijke organisaties". The other three VNG parts are one item each.
export const BEGELEIDING_ONDERDELEN = {
  hulp_wonen: { deel: 'praktische_hulp', label: 'Wonen: woning, inrichting, nutsvoorzieningen', artikel: 'art. 5.1 onder a Besluit' },
  hulp_huur: { deel: 'praktische_hulp', label: 'Huur: huurcontract, huurtoeslag', artikel: 'art. 5.1 onder a Besluit; VNG-handreiking' },
  hulp_zorg: { deel: 'praktische_hulp', label: 'Zorg: huisarts, tandarts, apotheek', artikel: 'art. 5.1 onder a Besluit' },
  hulp_werk: { deel: 'praktische_hulp', label: 'Werk: inschrijving, eerste contact met werkgevers', artikel: 'art. 5.1 onder a Besluit' },
  hulp_inkomen: { deel: 'praktische_hulp', label: 'Inkomen: uitkering, toeslagen', artikel: 'art. 5.1 onder a Besluit' },
  hulp_bank: { deel: 'praktische_hulp', label: 'Bank: betaalrekening, DigiD', artikel: 'art. 5.1 onder a Besluit; VNG-handreiking' },
  hulp_verzekeringen: { deel: 'praktische_hulp', label: 'Verzekeringen: zorgverzekering, aansprakelijkheid, inboedel', artikel: 'art. 5.1 onder a Besluit' },
  hulp_onderwijs: { deel: 'praktische_hulp', label: 'Onderwijs: school en kinderopvang voor de kinderen', artikel: 'art. 5.1 onder a Besluit' },
  hulp_woonomgeving: { deel: 'praktische_hulp', label: 'Kennismaking met de lokale woonomgeving', artikel: 'art. 5.1 onder a Besluit' },
  voorlichting_wonen: { deel: 'voorlichting', label: 'Wonen', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_inkomen: { deel: 'voorlichting', label: 'Inkomen', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_werk: { deel: 'voorlichting', label: 'Werk', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_zorg: { deel: 'voorlichting', label: 'Zorg', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_onderwijs: { deel: 'voorlichting', label: 'Onderwijs', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_opvoeding: { deel: 'voorlichting', label: 'Opvoeding', artikel: 'art. 5.1 onder b Besluit' },
  voorlichting_organisaties: { deel: 'voorlichting', label: 'Kennismaking met maatschappelijke organisaties', artikel: 'art. 5.1 onder b Besluit' },
  start_inburgering: { deel: 'start_inburgering', label: 'Hulp bij de start: intake, leerroute, eerste lessen', artikel: 'VNG-handreiking' },
  participatie: { deel: 'participatie', label: 'Participatie: vrijwilligerswerk, vereniging, buurt', artikel: 'VNG-handreiking' },
  pvt: { deel: 'pvt', label: 'Participatieverklaringstraject begeleid', artikel: 'art. 6 lid 3 Wi 2021; VNG-handreiking' },
} as const satisfies Record<string, BegeleidingOnderdeelInfo>;
export type BegeleidingOnderdeel = keyof typeof BEGELEIDING_ONDERDELEN;
export const BEGELEIDING_ONDERDEEL_CODES = Object.keys(BEGELEIDING_ONDERDELEN) as BegeleidingOnderdeel[];

/** Per item the day it was done; an item that is absent (or null) is still open. */
export const begeleidingOnderdelen = z.partialRecord(z.enum(BEGELEIDING_ONDERDEEL_CODES), optioneleDatum('Datum gedaan'));

export const begeleidingInvoer = z
  .object({
    inburgeraarId: id,
    start: isoDatum('Start begeleiding'),
    /** Empty means: the named default duration (shared/rules/begeleiding.ts). */
    geplandEinde: optioneleDatum('Gepland einde'),
    uitvoerder: optioneleTekst('Uitvoerder', 200),
    onderdelen: begeleidingOnderdelen.default({}),
  })
  .superRefine((b, ctx) => {
    if (b.geplandEinde && b.geplandEinde < b.start) ctx.addIssue({ code: 'custom', path: ['geplandEinde'], message: 'Het geplande einde ligt vóór de start van de begeleiding.' });
    for (const [code, datum] of Object.entries(b.onderdelen)) {
      if (datum && datum < b.start) {
        const label = BEGELEIDING_ONDERDELEN[code as BegeleidingOnderdeel].label;
        ctx.addIssue({ code: 'custom', path: ['onderdelen', code], message: `"${label}" is gedaan vóór de start van de begeleiding. Controleer de datum.` });
      }
    }
  });
export type BegeleidingInvoer = z.output<typeof begeleidingInvoer>;

export const begeleidingAfrondInvoer = z.object({ inburgeraarId: id, datum: isoDatum('Datum afronding') });

export const begeleiding = z.object({
  start: z.string(),
  geplandEinde: z.string().nullable(),
  afgerondOp: z.string().nullable(),
  uitvoerder: z.string().nullable(),
  onderdelen: z.partialRecord(z.enum(BEGELEIDING_ONDERDEEL_CODES), z.string()),
});
export type Begeleiding = z.infer<typeof begeleiding>;

// Financieel ontzorgen. Pw 56a lid 2 names five vaste lasten; more (budgetbeheer) is possible under Pw 57.
export const VASTE_LASTEN_56A = ['huur', 'gas', 'water', 'stroom', 'zorgverzekering'] as const;
export const VASTE_LASTEN_57 = ['gemeentelijke_belastingen', 'waterschapsbelasting', 'inboedel_aansprakelijkheid', 'internet_telefoon', 'schulden'] as const;
export const VASTE_LASTEN = [...VASTE_LASTEN_56A, ...VASTE_LASTEN_57] as const;
export type VasteLast = (typeof VASTE_LASTEN)[number];
export const VASTE_LAST_LABELS: Record<VasteLast, string> = {
  huur: 'Huur',
  gas: 'Gas',
  water: 'Water',
  stroom: 'Stroom',
  zorgverzekering: 'Verplichte zorgverzekering',
  gemeentelijke_belastingen: 'Gemeentelijke belastingen',
  waterschapsbelasting: 'Waterschapsbelasting',
  inboedel_aansprakelijkheid: 'Inboedel- en aansprakelijkheidsverzekering',
  internet_telefoon: 'Internet en telefoon',
  schulden: 'Aflossing van schulden',
};

export function isVasteLast56a(last: VasteLast): boolean {
  return (VASTE_LASTEN_56A as readonly string[]).includes(last);
}

export const ontzorgenInvoer = z
  .object({
    inburgeraarId: id,
    startBijstand: isoDatum('Start bijstand'),
    vasteLasten: z.array(z.enum(VASTE_LASTEN, { error: 'Kies een vaste last uit de lijst.' })).max(VASTE_LASTEN.length).default([]),
    /** Empty means: the legal minimum, six months (Pw 56a lid 2). */
    einde: optioneleDatum('Einde ontzorgen'),
    uitstroomgesprek: optioneleDatum('Datum uitstroomgesprek'),
    toelichting: optioneleTekst('Toelichting', 2000),
  })
  .superRefine((o, ctx) => {
    if (o.uitstroomgesprek && o.uitstroomgesprek < o.startBijstand) {
      ctx.addIssue({ code: 'custom', path: ['uitstroomgesprek'], message: 'Het uitstroomgesprek ligt vóór de start van de bijstand. Controleer de datum.' });
    }
  })
  .transform((o) => ({ ...o, vasteLasten: VASTE_LASTEN.filter((l) => o.vasteLasten.includes(l)) }));
export type OntzorgenInvoer = z.output<typeof ontzorgenInvoer>;

export const ontzorgen = z.object({
  startBijstand: z.string(),
  vasteLasten: z.array(z.enum(VASTE_LASTEN)),
  einde: z.string(),
  uitstroomgesprek: z.string().nullable(),
  toelichting: z.string().nullable(),
});
export type Ontzorgen = z.infer<typeof ontzorgen>;
