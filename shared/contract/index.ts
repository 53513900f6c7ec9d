import type { z } from 'zod';
import '../zod-nl';
import type { Antwoord } from '../fouten';
import { brievenKanalen } from './brieven';
import { ceremonieKanalen } from './ceremonie';
import { documentenKanalen } from './documenten';
import { inburgeraarsKanalen } from './inburgeraars';
import { instellingenKanalen } from './instellingen';
import { intakeKanalen } from './intake';
import { kluisKanalen } from './kluis';
import { mapKanalen } from './map';
import { participatieverklaringKanalen } from './participatieverklaring';
import { pipKanalen } from './pip';
import { pvtKanalen } from './pvt';
import { takenKanalen } from './taken';
import { werklijstKanalen } from './werklijst';
import { werkvoorraadKanalen } from './werkvoorraad';
import { weeklijstKanalen } from './weeklijst';
import { voortgangKanalen } from './voortgang';
import { begeleidingKanalen } from './begeleiding';
import { journaalKanalen } from './journaal';
import { duoKanalen } from './duo';
import { logboekKanalen } from './logboek';
import { importerenKanalen } from './importeren';
import { handhavingKanalen } from './handhaving';
import { bezwaarKanalen } from './bezwaar';
import { ontheffingKanalen } from './ontheffing';
import { backupKanalen } from './backup';
import { privacyKanalen } from './privacy';
import { jaarverslagKanalen } from './jaarverslag';
import { budgetKanalen } from './budget';

// Every IPC channel of Koers: its name, the zod schema of its input and of its output.
// window.koers is generated from this object; a channel that is not here does not exist.
// Each domain declares its channels in ./<domein>.ts, beside electron/handlers/<domein>.ts.

export const contract = {
  ...kluisKanalen,
  ...inburgeraarsKanalen,
  ...instellingenKanalen,
  ...participatieverklaringKanalen,
  ...intakeKanalen,
  ...pipKanalen,
  ...documentenKanalen,
  ...brievenKanalen,
  ...pvtKanalen,
  ...mapKanalen,
  ...werklijstKanalen,
  ...ceremonieKanalen,
  ...takenKanalen,
  ...werkvoorraadKanalen,
  ...weeklijstKanalen,
  ...voortgangKanalen,
  ...begeleidingKanalen,
  ...journaalKanalen,
  ...duoKanalen,
  ...logboekKanalen,
  ...importerenKanalen,
  ...handhavingKanalen,
  ...bezwaarKanalen,
  ...ontheffingKanalen,
  ...backupKanalen,
  ...privacyKanalen,
  ...jaarverslagKanalen,
  ...budgetKanalen,
} as const;

export type Contract = typeof contract;
export type Kanaal = keyof Contract;
export const KANALEN = Object.keys(contract) as Kanaal[];

// A spread silently lets a later domain overwrite a channel of an earlier one. This fails to compile,
// naming the channel, when a name is declared twice or a spread domain is missing from Domeinen.
type Domeinen = [
  typeof kluisKanalen,
  typeof inburgeraarsKanalen,
  typeof instellingenKanalen,
  typeof participatieverklaringKanalen,
  typeof intakeKanalen,
  typeof pipKanalen,
  typeof documentenKanalen,
  typeof brievenKanalen,
  typeof pvtKanalen,
  typeof mapKanalen,
  typeof werklijstKanalen,
  typeof ceremonieKanalen,
  typeof takenKanalen,
  typeof werkvoorraadKanalen,
  typeof weeklijstKanalen,
  typeof voortgangKanalen,
  typeof begeleidingKanalen,
  typeof journaalKanalen,
  typeof duoKanalen,
  typeof logboekKanalen,
  typeof importerenKanalen,
  typeof handhavingKanalen,
  typeof bezwaarKanalen,
  typeof ontheffingKanalen,
  typeof backupKanalen,
  typeof privacyKanalen,
  typeof jaarverslagKanalen,
  typeof budgetKanalen,
];
type SleutelsVan<T> = T extends unknown ? keyof T : never;
type Dubbel<T extends readonly unknown[]> = T extends readonly [infer Eerste, ...infer Rest] ? (keyof Eerste & SleutelsVan<Rest[number]>) | Dubbel<Rest> : never;
type Geen<T extends never> = T;
type _ElkKanaalEenmaal = Geen<Dubbel<Domeinen> | Exclude<Kanaal, SleutelsVan<Domeinen[number]>>>;

export type Invoer<K extends Kanaal> = z.input<Contract[K]['input']>;
export type Uitvoer<K extends Kanaal> = z.output<Contract[K]['output']>;

/** The shape of window.koers: one function per channel, answering with an envelope. */
export type KoersApi = { [K in Kanaal]: (invoer: Invoer<K>) => Promise<Antwoord<Uitvoer<K>>> } & {
  /** Main-process events (menu "Nu vergrendelen"); returns a function that unsubscribes. */
  bijGebeurtenis: (naam: Gebeurtenis, luisteraar: () => void) => () => void;
};

export const GEBEURTENISSEN = ['vergrendeld'] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

export const IPC_PREFIX = 'koers:';
