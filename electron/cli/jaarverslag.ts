import { Weigering } from './gedeeld';

// `npm run koers -- jaarverslag --vault <map> --jaar <jjjj> --out <map>` (issue 13).

/** Lines for the help text. */
export const JAARVERSLAG_HULP = '';

export async function jaarverslagOpdracht(_args: string[]): Promise<number> {
  throw new Weigering('Het jaarverslag is nog niet beschikbaar.');
}
