import type { Invoer, Kanaal, KoersApi, Uitvoer } from '../../shared/contract';
import type { Antwoord, Foutcode } from '../../shared/fouten';

declare global {
  interface Window {
    koers: KoersApi;
  }
}

/** A refused call, with the Dutch message from the main process. */
export class KoersFoutMelding extends Error {
  constructor(
    readonly code: Foutcode,
    message: string,
  ) {
    super(message);
  }
}

/** The typed client: unwraps the envelope and throws the Dutch error for the UI to show. */
export async function koers<K extends Kanaal>(kanaal: K, invoer: Invoer<K>): Promise<Uitvoer<K>> {
  const aanroep = window.koers[kanaal] as unknown as (invoer: Invoer<K>) => Promise<Antwoord<Uitvoer<K>>>;
  const antwoord = await aanroep(invoer);
  if (!antwoord.ok) throw new KoersFoutMelding(antwoord.fout.code, antwoord.fout.message);
  return antwoord.data as Uitvoer<K>;
}

export function foutTekst(fout: unknown): string {
  return fout instanceof Error ? fout.message : 'Er ging iets mis. Probeer het opnieuw.';
}
