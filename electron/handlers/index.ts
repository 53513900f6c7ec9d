import type { HandlerDeps } from './deps';
import { briefHandlers } from './brieven';
import { documentHandlers } from './documenten';
import { intakeHandlers } from './intake';
import { pipHandlers } from './pip';
import { pvtHandlers } from './pvt';
import { Taken } from '../jobs/taken';
import { inburgeraarHandlers } from './inburgeraars';
import { instellingenHandlers } from './instellingen';
import { kluisHandlers } from './kluis';
import { maakRegister, type FoutMelder, type Handlers } from './register';

export type { HandlerDeps } from './deps';
export type { Handlers } from './register';

/** The one implementation of every channel, registered by Electron and by the e2e bridge alike. */
export function makeHandlers(deps: HandlerDeps, melder?: FoutMelder): Handlers {
  const taken = new Taken();
  return maakRegister(
    {
      ...kluisHandlers(deps),
      ...inburgeraarHandlers(deps),
      ...instellingenHandlers(deps),
      ...documentHandlers(deps),
      ...intakeHandlers(deps),
      ...pipHandlers(deps),
      ...briefHandlers(deps),
      ...pvtHandlers(deps, taken),
    },
    melder,
  );
}
