import { z } from 'zod';
import { nl } from 'zod/locales';

// zod's own messages (wrong type, unknown key) in Dutch, for both sides of the bridge.
z.config(nl());
