import { plusDagen, weekdag } from '../../shared/rules/datum';

// What every step of the demo shares: the handler answer unwrapped, and the movable clock.

export type Antwoord<T> = Promise<{ ok: true; data: T } | { ok: false; fout: { message: string } }>;
export type Verwacht = <T>(antwoord: Antwoord<T>) => Promise<T>;

/** The answer's data, or the handler's Dutch message as an error: the demo stops on the first refusal. */
export async function verwacht<T>(antwoord: Antwoord<T>): Promise<T> {
  const uitkomst = await antwoord;
  if (!uitkomst.ok) throw new Error(uitkomst.fout.message);
  return uitkomst.data;
}

/** The demo's clock: each step happens on its own day, so nothing is backdated. */
export interface Klok {
  zet: (datum: string) => void;
}

/** One step on its day; later steps may use what earlier ones returned. */
export type Stap = [dag: string, doe: () => Promise<unknown>];

/** Runs the steps in the order of their days (steps of one day in the order given), the clock on each step's day. */
export async function speelAf(klok: Klok, stappen: Stap[]): Promise<void> {
  for (const [dag, doe] of [...stappen].sort((a, b) => a[0].localeCompare(b[0]))) {
    klok.zet(dag);
    await doe();
  }
}

// Nobody has an appointment at the gemeente on Sunday: the demo's own steps happen on weekdays.

/** The day itself on a weekday, else the Monday after it (for what is still to come). */
export function werkdagVanaf(datum: string): string {
  const dag = weekdag(datum);
  return dag === 6 ? plusDagen(datum, 2) : dag === 0 ? plusDagen(datum, 1) : datum;
}

/** The day itself on a weekday, else the Friday before it (for what happened: never later than planned). */
export function werkdagTot(datum: string): string {
  const dag = weekdag(datum);
  return dag === 6 ? plusDagen(datum, -1) : dag === 0 ? plusDagen(datum, -2) : datum;
}
