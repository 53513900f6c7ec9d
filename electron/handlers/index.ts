import { Taken } from '../jobs/taken';
import { briefHandlers } from './brieven';
import { ceremonieHandlers } from './ceremonie';
import type { HandlerDeps } from './deps';
import { documentHandlers } from './documenten';
import { inburgeraarHandlers } from './inburgeraars';
import { instellingenHandlers } from './instellingen';
import { intakeHandlers } from './intake';
import { kluisHandlers } from './kluis';
import { mapHandlers } from './map';
import { participatieverklaringHandlers } from './participatieverklaring';
import { pipHandlers } from './pip';
import { pvtHandlers } from './pvt';
import { maakRegister, type FoutMelder, type Handlers } from './register';
import { taakHandlers } from './taken';
import { werklijstHandlers } from './werklijst';
import { werkvoorraadHandlers } from './werkvoorraad';
import { weeklijstHandlers } from './weeklijst';
import { voortgangHandlers } from './voortgang';
import { begeleidingHandlers } from './begeleiding';
import { journaalHandlers } from './journaal';
import { duoHandlers } from './duo';
import { logboekHandlers } from './logboek';
import { importerenHandlers } from './importeren';
import { handhavingHandlers } from './handhaving';
import { bezwaarHandlers } from './bezwaar';
import { ontheffingHandlers } from './ontheffing';
import { budgetHandlers } from './budget';
import { jaarverslagHandlers } from './jaarverslag';
import { privacyHandlers } from './privacy';
import { backupHandlers } from './backup';

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
      ...participatieverklaringHandlers(deps),
      ...documentHandlers(deps),
      ...intakeHandlers(deps),
      ...pipHandlers(deps),
      ...briefHandlers(deps),
      ...pvtHandlers(deps),
      ...mapHandlers(deps),
      ...werklijstHandlers(deps),
      ...ceremonieHandlers(deps, taken),
      ...taakHandlers(taken),
      ...werkvoorraadHandlers(deps),
      ...weeklijstHandlers(deps),
      ...voortgangHandlers(deps),
      ...begeleidingHandlers(deps),
      ...journaalHandlers(deps),
      ...duoHandlers(deps),
      ...logboekHandlers(deps),
      ...importerenHandlers(deps, taken),
      ...handhavingHandlers(deps),
      ...bezwaarHandlers(deps),
      ...ontheffingHandlers(deps),
      ...budgetHandlers(deps),
      ...jaarverslagHandlers(deps, taken),
      ...privacyHandlers(deps),
      ...backupHandlers(deps),
    },
    melder,
  );
}
