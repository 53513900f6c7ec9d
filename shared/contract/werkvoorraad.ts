import { z } from 'zod';
import {
  SECTIES,
  SIGNAALSOORTEN,
  signaal,
  signaalUitstelInvoer,
  signaalUitstelOpheffenInvoer,
  uitgesteldSignaal,
  wachtOpDerde,
  wachtOpDerdeInvoer,
  wachtOpDerdeOntvangenInvoer,
} from '../domain/signaal';
import { id } from '../domain/velden';
import { DOELGROEPEN } from '../rules/doelgroep';
import { niets } from './gedeeld';

/** Rows per part of the werkvoorraad when the screen does not ask for more; "Meer tonen" asks for more. */
export const WERKVOORRAAD_STANDAARD_AANTAL = 50;
/** The most rows of one part in one answer (issue 14: no channel returns an unbounded list). */
export const WERKVOORRAAD_MAX_AANTAL = 1000;

/** The parts of the werkvoorraad that are paged separately: the four sections, the snoozed ones, wacht op derde. */
export const WERKVOORRAAD_DELEN = [...SECTIES, 'uitgesteld', 'wachtOpDerde'] as const;
export type WerkvoorraadDeel = (typeof WERKVOORRAAD_DELEN)[number];

const aantal = z.number({ error: 'Vul een aantal rijen in.' }).int().min(1).max(WERKVOORRAAD_MAX_AANTAL, `Ten hoogste ${WERKVOORRAAD_MAX_AANTAL} rijen per deel.`);
const perDeel = <T extends z.ZodType>(veld: T) =>
  z.object({ te_laat: veld, deze_week: veld, binnen_vier_weken: veld, later: veld, uitgesteld: veld, wachtOpDerde: veld });

export const werkvoorraadLijstInvoer = z
  .object({
    doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een geldige doelgroep.' }).nullish(),
    soort: z.enum(SIGNAALSOORTEN, { error: 'Kies een geldige soort signaal.' }).nullish(),
    /** Only the open signals of dossiers whose PIP waits for a third party (Besluit 5.3 lid 2). */
    alleenWachtOpDerde: z.boolean().optional(),
    /** Rows per part (default WERKVOORRAAD_STANDAARD_AANTAL); the totals always count everything. */
    aantal: perDeel(aantal).partial().strict().optional(),
  })
  .strict();
export type WerkvoorraadLijstInvoer = z.input<typeof werkvoorraadLijstInvoer>;

// The werkvoorraad: the open signals of every dossier, sorted by due date then name (shared/rules/signalen.ts),
// filtered on the server and paged per section: each part returns its first `aantal` rows and its total.
// The counts per status and doelgroep stay on the `werkvoorraad` channel of ./inburgeraars.ts.
export const werkvoorraadKanalen = {
  werkvoorraadLijst: {
    input: werkvoorraadLijstInvoer,
    output: z.object({
      vandaag: z.string(),
      /** The first rows of each of the four sections, in one list sorted by date then name. */
      signalen: z.array(signaal).max(SECTIES.length * WERKVOORRAAD_MAX_AANTAL),
      /** Snoozed signals (with the doelgroep and soort filters). */
      uitgesteld: z.array(uitgesteldSignaal).max(WERKVOORRAAD_MAX_AANTAL),
      /** Besluit 5.3 lid 2: dossiers whose PIP waits for a third party (only while the PIP term runs). */
      wachtOpDerde: z.array(wachtOpDerde).max(WERKVOORRAAD_MAX_AANTAL),
      /** How many rows each part has in all, with the filters. */
      totalen: perDeel(z.number().int()),
    }),
  },
  /** The signals of one dossier, for the dossier page. */
  dossierSignalen: {
    input: z.object({ inburgeraarId: id }),
    output: z.object({
      vandaag: z.string(),
      signalen: z.array(signaal),
      uitgesteld: z.array(uitgesteldSignaal),
      wachtOpDerde: wachtOpDerde.nullable(),
    }),
  },
  /** Snooze a signal until a date, always with a reason. */
  signaalUitstellen: { input: signaalUitstelInvoer, output: niets },
  signaalUitstelOpheffen: { input: signaalUitstelOpheffenInvoer, output: niets },
  /** Besluit 5.3 lid 2: record that the PIP waits for information from a third party. */
  wachtOpDerdeVastleggen: { input: wachtOpDerdeInvoer, output: niets },
  /** The information arrived: the PIP is due within two weeks after this day. */
  wachtOpDerdeOntvangen: { input: wachtOpDerdeOntvangenInvoer, output: niets },
  wachtOpDerdeOpheffen: { input: z.object({ inburgeraarId: id }), output: niets },
} as const;
