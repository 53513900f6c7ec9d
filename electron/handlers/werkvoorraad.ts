import { werkvoorraadKanalen } from '../../shared/contract/werkvoorraad';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

export function werkvoorraadHandlers(deps: HandlerDeps): UseCasesVan<typeof werkvoorraadKanalen> {
  const { lezing } = maakUseCases(deps);
  return {
    werkvoorraadLijst: lezing(async (_invoer, { vandaag }) => ({ vandaag, signalen: [] })),
  };
}
