import { createContext, useContext } from 'react';

/**
 * Hands a new herstelcode to KluisPoort, which shows it full screen (once) until it is retyped. Used after
 * the data key was replaced inside the app (new herstelcode, passphrase possibly known, vervanger removed).
 */
export const HerstelcodeContext = createContext<(herstelcode: string) => void>(() => {
  throw new Error('HerstelcodeContext ontbreekt: gebruik dit binnen KluisPoort.');
});

export function useToonHerstelcode(): (herstelcode: string) => void {
  return useContext(HerstelcodeContext);
}
