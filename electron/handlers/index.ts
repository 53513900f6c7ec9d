import type { HandlerDeps } from './deps';
import { documentHandlers } from './documenten';
import { inburgeraarHandlers } from './inburgeraars';
import { instellingenHandlers } from './instellingen';
import { kluisHandlers } from './kluis';
import { maakRegister, type FoutMelder, type Handlers } from './register';

export type { HandlerDeps } from './deps';
export type { Handlers } from './register';

/** The one implementation of every channel, registered by Electron and by the e2e bridge alike. */
export function makeHandlers(deps: HandlerDeps, melder?: FoutMelder): Handlers {
  return maakRegister(
    {
      ...kluisHandlers(deps),
      ...inburgeraarHandlers(deps),
      ...instellingenHandlers(deps),
      ...documentHandlers(deps),
    },
    melder,
  );
}
