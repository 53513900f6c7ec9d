import type { z } from 'zod';
import { contract, type Contract, type Kanaal, type Uitvoer } from '../../shared/contract';
import { KoersFout, ONVERWACHTE_FOUT, type Antwoord } from '../../shared/fouten';
import { veldMeldingen } from '../../shared/zod-nl';

/** A use case receives validated input and returns what the contract's output schema accepts. */
export type UseCase<K extends Kanaal> = (invoer: z.output<Contract[K]['input']>) => Promise<z.input<Contract[K]['output']>>;
export type UseCases = { [K in Kanaal]: UseCase<K> };

/** The use cases of one domain: exactly the channels its contract file declares (shared/contract/<domein>.ts). */
export type UseCasesVan<Kanalen> = { [K in keyof Kanalen & Kanaal]: UseCase<K> };

/** What Electron's ipcMain and the e2e bridge both register: raw payload in, envelope out. */
export type Handlers = { [K in Kanaal]: (ruw: unknown) => Promise<Antwoord<Uitvoer<K>>> };

export type FoutMelder = (kanaal: Kanaal, fout: unknown) => void;

/** Field errors as Dutch sentences that each name their field, e.g. "Controleer de invoer: BSN: een BSN heeft 9 cijfers." */
function invoerFout(fout: z.ZodError): KoersFout {
  return new KoersFout('ONGELDIGE_INVOER', `Controleer de invoer: ${veldMeldingen(fout.issues).join(' ')}`);
}

// Logs carry the channel and the error's kind only: messages can contain personal data.
const standaardMelder: FoutMelder = (kanaal, fout) => {
  console.error(`[koers] ${kanaal}: onverwachte fout (${fout instanceof Error ? fout.name : typeof fout})`);
};

function metEnvelop<K extends Kanaal>(kanaal: K, useCase: UseCase<K>, melder: FoutMelder) {
  const schemas = contract[kanaal];
  return async (ruw: unknown): Promise<Antwoord<Uitvoer<K>>> => {
    try {
      const invoer = schemas.input.safeParse(ruw ?? {});
      if (!invoer.success) throw invoerFout(invoer.error);
      const uitvoer = schemas.output.safeParse(await useCase(invoer.data as z.output<Contract[K]['input']>));
      if (!uitvoer.success) {
        melder(kanaal, new Error('uitvoer past niet bij het contract'));
        return { ok: false, fout: ONVERWACHTE_FOUT };
      }
      return { ok: true, data: uitvoer.data as Uitvoer<K> };
    } catch (fout) {
      if (fout instanceof KoersFout) return { ok: false, fout: { code: fout.code, message: fout.message } };
      melder(kanaal, fout);
      return { ok: false, fout: ONVERWACHTE_FOUT };
    }
  };
}

export function maakRegister(useCases: UseCases, melder: FoutMelder = standaardMelder): Handlers {
  const handlers = {} as Record<Kanaal, unknown>;
  for (const kanaal of Object.keys(contract) as Kanaal[]) {
    handlers[kanaal] = metEnvelop(kanaal, useCases[kanaal] as UseCase<typeof kanaal>, melder);
  }
  return handlers as Handlers;
}
