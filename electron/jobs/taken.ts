import { randomUUID } from 'node:crypto';
import type { TaakStatus } from '../../shared/domain/taak';

// Long work (batch PDFs) runs as a task: it reports progress, can be cancelled, and the window polls
// its state. Finished tasks are forgotten after a while so nothing piles up in memory.

export interface TaakStand {
  status: TaakStatus;
  voortgang: number;
  totaal: number;
  resultaat: { bestandsnaam: string; opgeslagen: boolean } | null;
  fout: string | null;
}

export interface TaakContext {
  meld: (voortgang: number, totaal: number) => void;
  geannuleerd: () => boolean;
}

const BEWAARTIJD_MS = 10 * 60_000;

export class Taken {
  private readonly taken = new Map<string, TaakStand & { annuleren: boolean }>();

  start(werk: (context: TaakContext) => Promise<TaakStand['resultaat']>, foutTekst: (fout: unknown) => string): string {
    const id = randomUUID();
    const stand: TaakStand & { annuleren: boolean } = { status: 'bezig', voortgang: 0, totaal: 0, resultaat: null, fout: null, annuleren: false };
    this.taken.set(id, stand);
    const context: TaakContext = {
      meld: (voortgang, totaal) => Object.assign(stand, { voortgang, totaal }),
      geannuleerd: () => stand.annuleren,
    };
    void werk(context)
      // Cancelled means no result: a cancel that arrives after the file was made does not hide it.
      .then((resultaat) => Object.assign(stand, stand.annuleren && resultaat === null ? { status: 'geannuleerd' } : { status: 'klaar', resultaat }))
      .catch((fout: unknown) => Object.assign(stand, { status: 'mislukt', fout: foutTekst(fout) }))
      .finally(() => setTimeout(() => this.taken.delete(id), BEWAARTIJD_MS).unref?.());
    return id;
  }

  stand(id: string): TaakStand | null {
    const stand = this.taken.get(id);
    if (!stand) return null;
    const { annuleren: _annuleren, ...rest } = stand;
    return rest;
  }

  annuleer(id: string): void {
    const stand = this.taken.get(id);
    if (stand) stand.annuleren = true;
  }
}

/** Lets the event loop breathe between pages, so progress can be read while the batch runs. */
export function adem(): Promise<void> {
  return new Promise((klaar) => setImmediate(klaar));
}
